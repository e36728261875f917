"""Push stage: Graph Store Protocol pushes to a real Oxigraph server, and the ways they fail."""
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.errors import PushError
from kg.store.push import push, split

from .oxigraph_server import free_port, start_server
from .test_query import report_graph, sample_graph
from .test_store import same

TARGET = "https://w3id.org/kg-cn/id/graph/test"


def fetch_graph(server, graph_iri=None):
    """Read a graph back through the SPARQL protocol (CONSTRUCT on the query endpoint)."""
    where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    url = server.query + "?" + urllib.parse.urlencode({"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"})
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


def test_push_in_chunks_through_a_staging_graph(oxigraph_server):
    graph, seen = sample_graph(), []
    report = push(graph, oxigraph_server.store, TARGET, chunk_triples=40, progress=lambda *a: seen.append(a),
                  update_endpoint=oxigraph_server.update, query_endpoint=oxigraph_server.query)
    assert (report.triples, report.chunks, report.staged) == (len(graph), 4, True)
    assert seen == [(40, len(graph)), (80, len(graph)), (120, len(graph)), (len(graph), len(graph))]
    assert same(fetch_graph(oxigraph_server, TARGET)) == same(graph)
    assert not [g for g in _graph_names(oxigraph_server) if g.startswith("urn:kg:push:")]  # staging moved


def test_push_again_replaces_the_target(oxigraph_server):
    push(sample_graph(), oxigraph_server.store, TARGET + "2", chunk_triples=50,
         update_endpoint=oxigraph_server.update, query_endpoint=oxigraph_server.query)
    smaller = report_graph("shanxi-2025")
    report = push(smaller, oxigraph_server.store, TARGET + "2", chunk_triples=50,
                  update_endpoint=oxigraph_server.update, query_endpoint=oxigraph_server.query)
    assert report.triples == len(smaller)
    assert same(fetch_graph(oxigraph_server, TARGET + "2")) == same(smaller)


def test_push_without_update_endpoint_puts_then_posts_and_counts_by_reading_back(oxigraph_server):
    graph = sample_graph()
    report = push(graph, oxigraph_server.store, TARGET + "3", chunk_triples=30)
    assert (report.chunks, report.staged) == (5, False)
    assert same(fetch_graph(oxigraph_server, TARGET + "3")) == same(graph)


def test_push_to_the_default_graph_with_blank_nodes(tmp_path):
    server = start_server(tmp_path / "db")
    try:
        graph = report_graph("shanxi-2025")
        node = BNode()
        graph.add((URIRef(TARGET), RDFS.seeAlso, node))
        graph.add((node, RDFS.label, Literal("空白节点")))
        push(graph, server.store, None, chunk_triples=7, update_endpoint=server.update, query_endpoint=server.query)
        back = fetch_graph(server)
        assert len(back) == len(graph)
        assert len({o for o in back.objects(URIRef(TARGET), RDFS.seeAlso)}) == 1
        assert list(back.objects(next(back.objects(URIRef(TARGET), RDFS.seeAlso)), RDFS.label)) == [Literal("空白节点")]
    finally:
        server.stop()


def test_split_keeps_blank_node_triples_together():
    graph = report_graph("shanxi-2025")
    node = BNode()
    graph.add((node, RDFS.label, Literal("a")))
    graph.add((URIRef(TARGET), RDFS.seeAlso, node))
    chunks = split(graph, 10)
    assert sum(len(c) for c in chunks) == len(graph)
    assert all(len(c) <= 10 for c in chunks[:-1]) and len(chunks[-1]) == 2
    with pytest.raises(PushError, match="at least 1"):
        split(graph, 0)


def test_a_server_that_is_not_there():
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(PushError) as info:
        push(sample_graph(), url, TARGET, chunk_triples=100, retries=2, retry_delay=0.01)
    message = str(info.value)
    assert message.startswith("chunk 1 of 2 (triples 1-100) failed: cannot reach")
    assert "(tried 2 times)" in message and message.endswith(f"<{TARGET}> is unchanged")


def test_a_server_that_refuses(oxigraph_server):
    with pytest.raises(PushError, match=r"chunk 1 of 1 .*HTTP 404.*is unchanged"):
        push(sample_graph(), oxigraph_server.base + "/no-such-endpoint", TARGET, retry_delay=0.01)


def test_a_server_killed_mid_push(tmp_path):
    server = start_server(tmp_path / "db")
    graph = sample_graph()

    def kill_after_two_chunks(sent, total):
        if sent == 40:
            server.kill()

    try:
        with pytest.raises(PushError) as info:
            push(graph, server.store, TARGET, chunk_triples=20, progress=kill_after_two_chunks,
                 update_endpoint=server.update, query_endpoint=server.query, retries=2, retry_delay=0.01)
    finally:
        server.stop()
    message = str(info.value)
    assert message.startswith("chunk 3 of 7 (triples 41-60) failed: cannot reach")
    assert "the target is unchanged, but staging graph <urn:kg:push:" in message
    assert "may hold 40 triples; remove it with DROP SILENT GRAPH <urn:kg:push:" in message


class _Recorder(BaseHTTPRequestHandler):
    seen = []

    def do_PUT(self):  # noqa: N802 (http.server names)
        self.seen.append(self.headers.get("Authorization"))
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(401, "Unauthorized")
        self.send_header("Content-Length", "12")
        self.end_headers()
        self.wfile.write(b"who are you?")

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("auth,header", [(("kg", "秘密"), "Basic a2c656eY5a+G"), ("t0ken", "Bearer t0ken")])
def test_auth_headers_and_a_401(auth, header):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(PushError, match=r"HTTP 401 Unauthorized: who are you\? \(check the user, password or token\)"):
            push(report_graph("shanxi-2025"), f"http://127.0.0.1:{server.server_port}/store", TARGET, auth=auth)
    finally:
        server.shutdown()
        server.server_close()
    assert _Recorder.seen[-1] == header


def _graph_names(server):
    url = server.query + "?" + urllib.parse.urlencode({"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"})
    request = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode("utf-8").split()[1:]
