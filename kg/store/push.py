"""Push stage: copy a graph to a remote triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

With an update endpoint the chunks go to a staging graph and one `MOVE` replaces the target, so
readers never see half a graph. Without one the first chunk replaces the target (PUT) and the
rest are added (POST): readers may see a partial graph until the push ends.
"""
import base64
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass

from rdflib import BNode, Graph

from ..errors import PushError

NT = "application/n-triples"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


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
    checked with SELECT COUNT on query_endpoint, else by reading the graph back.
    """
    started = time.monotonic()
    client = _Client(auth, retries, retry_delay, timeout)
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
        raise PushError(f"{target} at {endpoint} holds {found} triples after the push, not {total}; "
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
        except (ValueError, KeyError, IndexError) as exc:
            raise PushError(f"{query_endpoint} did not answer SELECT COUNT with SPARQL JSON results") from exc
    text = client.send("GET", _graph_url(endpoint, graph_iri), None, None, accept=NT, missing_ok=True)
    return sum(1 for line in text.decode("utf-8").splitlines() if line.strip() and not line.startswith("#"))


def _graph_url(endpoint, graph_iri):
    query = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    return endpoint + ("&" if "?" in endpoint else "?") + query


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


class _Client:
    """urllib with auth, a timeout and retries of transient failures."""

    def __init__(self, auth, retries, delay, timeout):
        self.headers = {"User-Agent": "kg-push"}
        if isinstance(auth, (tuple, list)):
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode("utf-8")).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"
        elif auth:
            self.headers["Authorization"] = f"Bearer {auth}"
        self.retries, self.delay, self.timeout = max(1, retries), delay, timeout

    def send(self, method, url, body, content_type, accept=None, missing_ok=False, tries=None):
        headers = dict(self.headers, **({"Content-Type": content_type} if content_type else {}),
                       **({"Accept": accept} if accept else {}))
        tries = tries or self.retries
        for attempt in range(1, tries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read()
            except urllib.error.HTTPError as exc:
                detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
                exc.close()
                if missing_ok and exc.code == 404:
                    return b""
                reason = f"{method} {url} answered HTTP {exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
                if exc.code in (401, 403):
                    reason += " (check the user, password or token)"
                if exc.code not in RETRY_STATUS:
                    raise PushError(reason) from None
            except (urllib.error.URLError, OSError) as exc:
                reason = f"cannot reach {url}: {getattr(exc, 'reason', exc)}"
            if attempt < tries:
                time.sleep(self.delay * 2 ** (attempt - 1))
        raise PushError(f"{reason} (tried {tries} times)")
