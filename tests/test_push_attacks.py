"""Push against servers that misbehave: redirects, trickles, floods, credentials in URLs, injected graph names."""
import json
import time
import urllib.parse
import urllib.request

import pytest

from kg.cli import cli
from kg.errors import PushError
from kg.store.push import push

from .mock_http import answer, serve
from .test_query import report_graph

TARGET = "https://example.org/graphs/mine"
COUNT = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "0"}}]}})


def accept_all(handler):
    if handler.command == "POST" and handler.path.startswith("/query"):
        answer(handler, body=COUNT.encode())
    else:
        answer(handler, 204)


def test_graph_names_that_would_inject_sparql_are_refused_before_any_request():
    evil = f"{TARGET}> ; DROP GRAPH <https://example.org/victim> ; CREATE SILENT GRAPH <urn:x"
    with serve(accept_all) as (base, seen):
        with pytest.raises(PushError, match=r"--graph .* is not an IRI \(Invalid IRI code point '>'\)"):
            push(report_graph("shanxi-2025"), base + "/store", evil, update_endpoint=base + "/update")
    assert seen == []


def test_graph_injection_leaves_other_graphs_on_a_real_server(runner, oxigraph_server, tmp_path):
    victim = "https://example.org/victim"
    push(report_graph("shanxi-2025"), oxigraph_server.store, victim)
    graph_file = tmp_path / "g.nt"
    report_graph("shanxi-2025").serialize(graph_file, format="nt", encoding="utf-8")
    result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", oxigraph_server.store,
                                 "--update-endpoint", oxigraph_server.update, "--chunk", "10",
                                 "--graph", f"{TARGET}> ; DROP GRAPH <{victim}> ; CREATE SILENT GRAPH <urn:x"])
    assert result.exit_code == 1 and result.output.startswith("Error: --graph ") and result.output.count("\n") == 1
    query = urllib.parse.urlencode({"query": f"ASK {{ GRAPH <{victim}> {{ ?s ?p ?o }} }}"})
    request = urllib.request.Request(f"{oxigraph_server.query}?{query}", headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert json.load(response)["boolean"] is True


def test_credentials_do_not_follow_a_redirect_to_another_origin():
    with serve(lambda h: answer(h, body=b"")) as (elsewhere, stolen):
        def redirect(handler):
            if handler.command == "GET":
                answer(handler, 302, headers=[("Location", elsewhere + "/steal")])
            else:
                answer(handler, 204)

        with serve(redirect) as (base, seen):
            with pytest.raises(PushError, match="holds 0 triples after the push"):
                push(report_graph("shanxi-2025"), base + "/store", TARGET, auth=("kg", "secret"), retries=1)
    assert seen[0][2] and seen[0][2].startswith("Basic ")  # the server asked for gets them
    assert stolen and all(auth is None for _, _, auth in stolen)


def test_a_redirect_within_the_origin_keeps_the_credentials():
    def redirect(handler):
        if handler.command == "GET" and handler.path.startswith("/store"):
            answer(handler, 302, headers=[("Location", "/moved" + handler.path[len("/store"):])])
        else:
            answer(handler, 204)

    with serve(redirect) as (base, seen):
        with pytest.raises(PushError, match="holds 0 triples"):
            push(report_graph("shanxi-2025"), base + "/store", TARGET, auth="t0ken", retries=1)
    assert [auth for method, path, auth in seen if path.startswith("/moved")] == ["Bearer t0ken"]


def test_a_redirected_post_is_refused_not_turned_into_a_get():
    with serve(lambda h: answer(h, 204)) as (elsewhere, stolen):
        with serve(lambda h: answer(h, 307 if h.command == "PUT" else 302,
                                    headers=[("Location", elsewhere + "/x")])) as (base, _):
            with pytest.raises(PushError, match="was redirected to .*give that URL as the endpoint"):
                push(report_graph("shanxi-2025"), base + "/store", TARGET, auth=("kg", "secret"), retries=1)
            with pytest.raises(PushError, match="POST .* was redirected"):
                push(report_graph("shanxi-2025"), base + "/store", TARGET, chunk_triples=5,
                     update_endpoint=base + "/update", retries=1)
    assert stolen == []


def test_a_password_in_the_endpoint_url_is_used_and_never_printed(runner, tmp_path):
    def refuse(handler):
        answer(handler, 401, body=b"who are you?")

    graph_file = tmp_path / "g.nt"
    report_graph("shanxi-2025").serialize(graph_file, format="nt", encoding="utf-8")
    with serve(refuse) as (base, seen):
        url = base.replace("http://", "http://kg:s3cret@") + "/store"
        result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", url])
    assert result.exit_code == 1 and "s3cret" not in result.output
    assert "HTTP 401" in result.output
    assert seen[0][2] == "Basic a2c6czNjcmV0"  # kg:s3cret


def trickle(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.end_headers()
    for _ in range(100):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.2)


def test_a_trickling_server_is_cut_off_at_the_deadline():
    with serve(trickle) as (base, _):
        started = time.monotonic()
        with pytest.raises(PushError, match=r"did not finish within 1s"):
            push(report_graph("shanxi-2025"), base + "/store", TARGET, timeout=1, retries=3, retry_delay=0.01)
        assert time.monotonic() - started < 10


def test_a_server_that_trickles_its_headers_is_cut_off_too():
    def slow_headers(handler):
        for char in b"HTTP/1.0 200 OK\r\nX-Slow: " + b"x" * 100:
            handler.wfile.write(bytes([char]))
            handler.wfile.flush()
            time.sleep(0.1)

    with serve(slow_headers) as (base, _):
        started = time.monotonic()
        with pytest.raises(PushError, match=r"did not finish within 1s"):
            push(report_graph("shanxi-2025"), base + "/store", TARGET, timeout=1, retries=1)
        assert time.monotonic() - started < 10


def test_a_huge_count_answer_is_not_read_into_memory():
    def flood(handler):
        if handler.command == "POST" and handler.path.startswith("/query"):
            handler.send_response(200)
            handler.end_headers()
            block = b"[" * 65536
            for _ in range(1000):  # 65 MB, more than any count
                handler.wfile.write(block)
        else:
            answer(handler, 204)

    with serve(flood) as (base, _):
        with pytest.raises(PushError, match=r"answered more than 1,048,576 bytes"):
            push(report_graph("shanxi-2025"), base + "/store", TARGET, query_endpoint=base + "/query")


@pytest.mark.parametrize("url", ["localhost:7878/store", "127.0.0.1:7878/store", "ftp://example.org/store",
                                 "http:///store"])
def test_an_endpoint_without_a_scheme_is_refused_at_once(runner, tmp_path, url):
    graph_file = tmp_path / "g.nt"
    report_graph("shanxi-2025").serialize(graph_file, format="nt", encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", url])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: --endpoint {url!r} is not an http:// or https:// URL")
    assert time.monotonic() - started < 5
