"""Push stage: copy a graph to a remote triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

With an update endpoint the chunks go to a staging graph and one `MOVE` replaces the target, so
readers never see half a graph. Without one the first chunk replaces the target (PUT) and the
rest are added (POST): readers may see a partial graph until the push ends.
"""
import json
import time
import urllib.parse
import uuid
from dataclasses import dataclass

from rdflib import BNode, Graph

from ..errors import PushError
from ..sparql.terms import checked_iri
from .http import Client, checked_url, redact

NT = "application/n-triples"


@dataclass(frozen=True)
class PushReport:
    """What a push did: target graph (None for the default graph), triples sent, chunks, seconds."""

    target: str
    triples: int
    chunks: int
    seconds: float
    staged: bool


def push(graph, endpoint, graph_iri=None, auth=None, chunk_triples=50_000, progress=None,
         update_endpoint=None, query_endpoint=None, retries=3, retry_delay=1.0, timeout=60.0):
    """Replace graph_iri (default graph when None) at a Graph Store endpoint with graph; verify the count.

    auth is (user, password) for Basic auth or a token string for Bearer auth. progress, when
    given, is called as progress(triples_sent, triples_total) after each chunk. The count is
    checked with SELECT COUNT on query_endpoint, else by reading the graph back. timeout bounds
    each request in total, however slowly a server answers.
    """
    started = time.monotonic()
    for url, what in ((endpoint, "--endpoint"), (update_endpoint, "--update-endpoint"),
                      (query_endpoint, "--query-endpoint")):
        if url:
            checked_url(url, what)
    if graph_iri is not None:
        graph_iri = checked_iri(graph_iri, "--graph", PushError)
    client = Client(auth, retries, retry_delay, timeout)
    chunks = split(graph, chunk_triples)
    total = len(graph)
    staging = f"urn:kg:push:{uuid.uuid4()}" if update_endpoint and len(chunks) > 1 else None
    sent = 0
    for number, chunk in enumerate(chunks, 1):
        method, into = ("POST", staging) if staging else ("PUT" if number == 1 else "POST", graph_iri)
        try:
            client.send(method, _graph_url(endpoint, into), chunk.serialize(format="nt", encoding="utf-8"), NT)
        except PushError as exc:
            raise PushError(f"chunk {number} of {len(chunks)} (triples {sent + 1}-{sent + len(chunk)}) "
                            f"failed: {exc}; {_left(client, endpoint, staging, graph_iri, sent, total)}") from None
        sent += len(chunk)
        if progress:
            progress(sent, total)
    target = f"<{graph_iri}>" if graph_iri else "DEFAULT"
    if staging:
        try:
            client.send("POST", update_endpoint, f"MOVE <{staging}> TO {target}".encode(), "application/sparql-update")
        except PushError as exc:
            raise PushError(f"all {len(chunks)} chunks arrived but MOVE into {target} failed: {exc}; "
                            f"{_left(client, endpoint, staging, graph_iri, sent, total)}") from None
    found = count_remote(client, endpoint, graph_iri, query_endpoint)
    if found != total:
        raise PushError(f"{target} at {redact(endpoint)} holds {found} triples after the push, not {total}; "
                        "push again, or check the server's log for rejected triples")
    return PushReport(graph_iri, total, len(chunks), time.monotonic() - started, bool(staging))


def split(graph, size):
    """Cut a graph into graphs of at most size triples; triples with blank nodes go in one last chunk.

    N-Triples labels blank nodes per document, so a node cut across two requests would become two.
    """
    if size < 1:
        raise PushError(f"chunk size must be at least 1 triple, not {size}")
    ground, blank, chunks = [], Graph(), []
    for triple in graph:
        (blank.add(triple) if any(isinstance(t, BNode) for t in triple) else ground.append(triple))
    for start in range(0, len(ground), size):
        chunk = Graph()
        for triple in ground[start:start + size]:
            chunk.add(triple)
        chunks.append(chunk)
    if len(blank) or not chunks:
        chunks.append(blank)
    return chunks


def count_remote(client, endpoint, graph_iri, query_endpoint=None):
    """Triples in graph_iri at the server: SELECT COUNT on query_endpoint, else GET and count lines."""
    if query_endpoint:
        where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
        body = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"}).encode()
        answer = client.send("POST", query_endpoint, body, "application/x-www-form-urlencoded",
                             accept="application/sparql-results+json")
        try:
            return int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])
        except (ValueError, KeyError, IndexError, TypeError):
            raise PushError(f"{redact(query_endpoint)} did not answer SELECT COUNT with SPARQL JSON results") from None
    return client.send("GET", _graph_url(endpoint, graph_iri), None, None, accept=NT, missing_ok=True, lines=True)


def _graph_url(endpoint, graph_iri):
    """The Graph Store Protocol URL of a graph (?graph=IRI, or ?default for the default graph), built with the
    endpoint's own query kept: a request never goes to the bare endpoint, where a PUT replaces the whole dataset.

    >>> _graph_url("http://h/store?x=1", "https://e.org/g#1")
    'http://h/store?x=1&graph=https%3A%2F%2Fe.org%2Fg%231'
    """
    parts = urllib.parse.urlsplit(endpoint)
    kept = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if graph_iri:
        query = urllib.parse.urlencode(kept + [("graph", graph_iri)])
    else:
        query = "&".join(filter(None, [urllib.parse.urlencode(kept), "default"]))
    url = urllib.parse.urlunsplit(parts._replace(query=query, fragment=""))
    if "graph=" not in query and not query.endswith("default"):
        raise PushError(f"kg will not send a request to {redact(endpoint)} without naming its graph")
    return url


def _left(client, endpoint, staging, graph_iri, sent, total):
    """Say what the failed push left on the server, after trying to delete the staging graph."""
    if not staging:
        where = f"<{graph_iri}>" if graph_iri else "the default graph"
        if sent == 0:
            return f"{where} is unchanged"
        return f"{where} now holds only {sent} of {total} triples; push again to replace it"
    try:
        client.send("DELETE", _graph_url(endpoint, staging), None, None, missing_ok=True, tries=1)
    except PushError:
        return (f"the target is unchanged, but staging graph <{staging}> may hold {sent} triples; "
                f"remove it with DROP SILENT GRAPH <{staging}>")
    return "the target is unchanged and the staging graph was deleted"
