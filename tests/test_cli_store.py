"""The store and push commands: build --store, query/export/viz --store, remove, push to a real server."""
import json
import os

import pytest
from rdflib import Graph

from kg.cli import cli

from .conftest import SAMPLE

OTHER = "山西省政府工作报告。报告回顾了2022年的主要工作。太原市地区生产总值增长5%。煤炭产量达到13亿吨。"


@pytest.fixture
def store(runner, tmp_path):
    directory = tmp_path / "store"
    result = runner.invoke(cli, ["build", str(SAMPLE), "--store", str(directory)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("stored shanxi-2024: ")
    return directory


def count(runner, store):
    result = runner.invoke(cli, ["query", "--store", str(store), "--format", "json",
                                 "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    return int(json.loads(result.output)["results"]["bindings"][0]["n"]["value"])


def test_build_into_a_store_matches_the_file(runner, store, tmp_path):
    assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(tmp_path / "g.ttl"), "--no-html"]).exit_code == 0
    assert runner.invoke(cli, ["export", "--store", str(store), "-o", str(tmp_path / "s.nt")]).exit_code == 0
    built, stored = Graph().parse(tmp_path / "g.ttl"), Graph().parse(tmp_path / "s.nt")
    # Oxigraph writes literals canonically (5.0 as 5, zh-Latn as zh-latn): same triples, other spellings
    assert len(built) == len(stored)
    assert set(built.subjects()) == set(stored.subjects())
    assert set(built.predicates()) == set(stored.predicates())
    assert not (tmp_path / "store" / "graph.ttl").exists()


def test_add_replace_and_remove_reports(runner, store, tmp_path):
    alone = count(runner, store)
    other = tmp_path / "other-2023.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert runner.invoke(cli, ["build", str(other), "--store", str(store)]).exit_code == 0
    both = count(runner, store)
    assert both > alone
    # rebuilding the same report replaces its graph: nothing is counted twice
    assert runner.invoke(cli, ["build", str(other), "--store", str(store)]).exit_code == 0
    assert count(runner, store) == both
    removed = runner.invoke(cli, ["remove", "--store", str(store), "other-2023"])
    assert removed.exit_code == 0 and removed.output.startswith("removed other-2023: ")
    assert count(runner, store) == alone  # 山西省 and 太原市, named by both, are still there
    query = "ASK { ?r kg:divisionCode '140000' ; rdfs:label ?l }"
    assert runner.invoke(cli, ["query", "--store", str(store), query, "--format", "csv"]).output.strip().endswith("true")


def test_remove_an_unknown_report(runner, store):
    result = runner.invoke(cli, ["remove", "--store", str(store), "nope"])
    assert result.exit_code == 1 and result.output.startswith("Error: no report nope in the store")


def test_named_queries_and_viz_read_the_store(runner, store, tmp_path):
    ranks = runner.invoke(cli, ["query", "--store", str(store), "--name", "national-ranks", "--format", "csv"])
    assert ranks.exit_code == 0 and "人工造林规模" in ranks.output
    page = tmp_path / "store.html"
    result = runner.invoke(cli, ["viz", "--store", str(store), "-o", str(page), "--focus", "太原"])
    assert result.exit_code == 0, result.output
    assert page.read_text(encoding="utf-8").count("<html") == 1


def test_store_refuses_updates(runner, store):
    result = runner.invoke(cli, ["query", "--store", str(store), "DROP ALL"])
    assert result.exit_code == 1 and result.output.startswith("Error: ")
    assert count(runner, store) > 0


def test_push_a_graph_and_a_store_to_a_server(runner, store, tmp_path, oxigraph_server):
    graph_file = tmp_path / "g.ttl"
    assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(graph_file), "--no-html"]).exit_code == 0
    target = "https://example.org/graphs/shanxi"
    result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", oxigraph_server.store, "--graph", target,
                                 "--update-endpoint", oxigraph_server.update, "--query-endpoint",
                                 oxigraph_server.query, "--chunk", "500"])
    assert result.exit_code == 0, result.output
    assert "count checked" in result.output
    local = Graph().parse(graph_file)
    result = runner.invoke(cli, ["push", "--store", str(store), "--endpoint", oxigraph_server.store,
                                 "--graph", target + "-store", "--chunk", "1000"])
    assert result.exit_code == 0, result.output
    assert f"pushed {len(local)} triples" in result.output


def test_push_to_a_server_that_is_not_there(runner, tmp_path):
    from .oxigraph_server import free_port

    graph_file = tmp_path / "g.ttl"
    assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(graph_file), "--no-html"]).exit_code == 0
    result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", f"http://127.0.0.1:{free_port()}/store"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("Error: chunk 1 of 1")


def test_a_build_that_fails_midway_leaves_the_store_as_it_was(runner, store, tmp_path, monkeypatch):
    import kg.store.load

    before = count(runner, store)
    for name in ("a-2023.txt", "b-2023.txt"):
        (tmp_path / name).write_text(OTHER.replace("13亿吨", f"{len(name)}亿吨"), encoding="utf-8")
    stage, calls = kg.store.load.ReportLoader.stage, []

    def failing(loader, *args):
        calls.append(args)
        if len(calls) > 1:  # the disk fills while the second report is spooled
            raise OSError(28, "No space left on device")
        return stage(loader, *args)

    monkeypatch.setattr(kg.store.load.ReportLoader, "stage", failing)
    result = runner.invoke(cli, ["build", str(tmp_path / "a-2023.txt"), str(tmp_path / "b-2023.txt"),
                                 "--store", str(store)])
    monkeypatch.undo()
    assert result.exit_code == 1 and "the store is unchanged" in result.output
    assert count(runner, store) == before
    listed = runner.invoke(cli, ["query", "--store", str(store), "--format", "csv",
                                 "SELECT (COUNT(?r) AS ?n) WHERE { ?r a kg:Report }"])
    assert listed.output.splitlines()[1] == "1"
    assert not list(tmp_path.glob(".store.kg-load-*"))  # the spool went with the failed build


@pytest.mark.parametrize("command", [
    ["query", "SELECT * WHERE { ?s ?p ?o }"], ["export", "-o", "{tmp}/x.nt"], ["remove", "shanxi-2024"],
    ["viz", "-o", "{tmp}/x.html"], ["build", str(SAMPLE)]])
def test_a_folder_that_is_not_a_store_is_refused_and_left_as_it_was(runner, tmp_path, command):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("x", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = runner.invoke(cli, [args[0], "--store", str(folder)] + args[1:])
    assert result.exit_code == 1
    assert result.output == f"Error: {folder} is a folder but not a kg store; give the folder a build made with " \
                            "--store, or a new or empty folder to build into\n"
    assert [p.name for p in folder.iterdir()] == ["todo.txt"]


def test_readers_share_a_store_while_another_process_holds_it(runner, store):
    import pyoxigraph as ox

    writer = ox.Store(str(store))  # as a running build would
    try:
        assert count(runner, store) > 0
        assert count(runner, store) > 0
        result = runner.invoke(cli, ["build", str(SAMPLE), "--store", str(store)])
        assert result.exit_code == 1 and "another kg process is changing the store" in result.output
        assert result.output.count("\n") == 1
    finally:
        del writer


def _snapshot(folder):
    return sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir())


def test_reading_a_store_writes_nothing_in_it_so_read_only_stores_answer(runner, store, tmp_path):
    before = _snapshot(store)
    assert count(runner, store) > 0
    assert runner.invoke(cli, ["export", "--store", str(store), "-o", str(tmp_path / "x.nt")]).exit_code == 0
    assert _snapshot(store) == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores read-only file modes")
def test_a_read_only_store_answers_queries(runner, store):
    for path in [store, *store.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        assert count(runner, store) > 0
    finally:
        for path in [store, *store.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)


@pytest.mark.parametrize("key", ["shanxi 2024", "x> ; DROP ALL ; <y", "https://example.org/a b", "../etc"])
def test_remove_refuses_what_is_not_a_key_or_an_iri(runner, store, key):
    before = count(runner, store)
    result = runner.invoke(cli, ["remove", "--store", str(store), key])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert count(runner, store) == before
