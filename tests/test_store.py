"""Store stage: one named graph per report, a set union for queries, atomic replace and crash safety."""
import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

import kg.store.local
from kg.errors import QueryError, StoreError
from kg.sparql.engine import named_query, run_query
from kg.store.local import (STAGING, add_report_graph, count_triples, list_reports, open_store, query_store,
    remove_report, store_to_graph)

from .test_query import REPORT_2024, report_graph, rows, sample_graph

SHANXI = URIRef("https://w3id.org/kg-cn/id/region/140000")
R2024 = "https://w3id.org/kg-cn/id/report/shanxi-2024"


def same(graph):
    """Triples compared by value: Oxigraph writes decimals canonically (5.0 comes back as 5)."""
    return {tuple((t.toPython(), t.datatype) if isinstance(t, Literal) and t.datatype else t for t in triple)
            for triple in graph}


@pytest.fixture
def store_dir(tmp_path):
    path = tmp_path / "store"
    add_report_graph(path, R2024, report_graph("shanxi-2024"))
    add_report_graph(path, "shanxi-2025", report_graph("shanxi-2025"))
    return path


def test_add_keeps_one_graph_per_report_and_a_set_union(store_dir):
    assert list_reports(store_dir) == [("shanxi-2024", len(report_graph("shanxi-2024"))),
                                       ("shanxi-2025", len(report_graph("shanxi-2025")))]
    union = sample_graph()
    assert count_triples(store_dir) == len(union) < sum(n for _, n in list_reports(store_dir))
    assert same(store_to_graph(store_dir)) == same(union)
    labels = query_store(store_dir, "SELECT ?l WHERE { kgid:region\\/140000 rdfs:label ?l }")
    assert sorted(str(r[0]) for r in labels.rows) == ["Shanxi", "山西省"]  # not twice each


def test_remove_report_keeps_what_other_reports_share(store_dir):
    removed = remove_report(store_dir, "shanxi-2024")
    assert removed == len(report_graph("shanxi-2024"))
    assert [key for key, _ in list_reports(store_dir)] == ["shanxi-2025"]
    left = store_to_graph(store_dir)
    assert same(left) == same(report_graph("shanxi-2025"))
    assert (SHANXI, RDFS.label, Literal("山西省", lang="zh")) in left
    assert not list(left.triples((URIRef(R2024), None, None)))
    remove_report(store_dir, R2024.replace("2024", "2025"))
    assert count_triples(store_dir) == 0 and list_reports(store_dir) == []


def test_remove_unknown_report_names_the_known_ones(store_dir):
    with pytest.raises(StoreError, match="no report henan-2024 in the store; it holds shanxi-2024, shanxi-2025"):
        remove_report(store_dir, "henan-2024")


def test_add_replaces_a_report_graph(store_dir):
    smaller = report_graph("shanxi-2024")
    obs = URIRef("https://w3id.org/kg-cn/id/obs/shanxi-2024/600-0")
    smaller.remove((obs, None, None))
    assert add_report_graph(store_dir, "shanxi-2024", smaller) == len(smaller)
    assert dict(list_reports(store_dir))["shanxi-2024"] == len(smaller)
    assert same(store_to_graph(store_dir)) == same(smaller + report_graph("shanxi-2025"))
    add_report_graph(store_dir, "shanxi-2024", type(smaller)())  # an empty graph removes the report
    assert [key for key, _ in list_reports(store_dir)] == ["shanxi-2025"]


@pytest.mark.parametrize("name,params", [
    ("figures-for-region-year", {"region": "山西", "year": "2023"}),
    ("figures-for-region-year", {"region": "山西省", "year": "2024"}),
    ("fastest-growing", {}), ("fastest-growing", {"year": "2023", "region": "Shanxi"}),
    ("national-ranks", {}), ("national-ranks", {"scope": "any"}),
    ("targets-vs-actuals", {"year": "2024"}),
    ("programs-by-industry", {}), ("programs-by-industry", {"industry": "新能源汽车"}),
    ("counties-by-prefecture", {}), ("counties-by-prefecture", {"prefecture": "吕梁", "report": "shanxi-2024"}),
    ("entity", {"label": "链长制"}),
])
def test_named_queries_answer_the_same_from_the_store(store_dir, name, params):
    text, bindings = named_query(name, params)
    from_store = rows(query_store(store_dir, text, bindings))
    assert from_store == rows(run_query(sample_graph(), text, bindings))
    assert from_store


def test_store_queries_refuse_updates_and_remote_graphs_but_allow_report_graphs(store_dir):
    with pytest.raises(QueryError, match="refused"):
        query_store(store_dir, "DROP ALL")
    for allow_remote in (False, True):
        with pytest.raises(QueryError, match="the store has no graph, and kg loads no graph from elsewhere"):
            query_store(store_dir, "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }",
                        allow_remote=allow_remote)
    only_2025 = query_store(store_dir, f"SELECT (COUNT(*) AS ?n) FROM <{R2024[:-1]}5> WHERE {{ ?s ?p ?o }}")
    assert int(only_2025.rows[0][0]) == len(report_graph("shanxi-2025"))
    assert count_triples(store_dir) == len(sample_graph())


def test_a_failure_mid_load_leaves_the_store_as_before(store_dir, monkeypatch):
    before_reports, before = list_reports(store_dir), set(store_to_graph(store_dir))
    convert, calls = kg.store.local.to_ox_term, []

    def failing(term):
        calls.append(term)
        if len(calls) > 150:  # part way through the 2nd report's triples
            raise RuntimeError("disk full")
        return convert(term)

    monkeypatch.setattr(kg.store.local, "to_ox_term", failing)
    changed = report_graph("shanxi-2024")
    changed.add((SHANXI, RDFS.comment, Literal("新的")))
    with pytest.raises(RuntimeError, match="disk full"):
        add_report_graph(store_dir, "shanxi-2024", changed)
    with pytest.raises(RuntimeError, match="disk full"):
        add_report_graph(store_dir, "henan-2024", changed)
    monkeypatch.undo()
    assert list_reports(store_dir) == before_reports  # reopened: the store on disk is as it was
    assert set(store_to_graph(store_dir)) == before
    assert not [g for g in open_store(store_dir).named_graphs() if g.value.startswith(STAGING)]


def test_open_drops_a_staging_graph_left_by_a_crash(store_dir):
    store = open_store(store_dir)
    staging = ox.NamedNode(STAGING + "crashed")
    store.add(ox.Quad(ox.NamedNode(str(SHANXI)), ox.NamedNode(str(RDFS.comment)), ox.Literal("半截"), staging))
    del store
    assert not open_store(store_dir).contains_named_graph(staging)
    assert count_triples(store_dir) == len(sample_graph())


def test_open_store_errors(tmp_path, store_dir):
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "missing")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "file", create=True)
    held = open_store(store_dir)
    with pytest.raises(StoreError, match="another kg process"):
        open_store(store_dir)
    del held


def test_turtle_in_the_store_round_trips(store_dir):
    assert "链长制" in REPORT_2024
    graph = store_to_graph(store_dir)
    assert len(graph) == len(sample_graph())
    assert graph.namespace_manager.store.namespace("kg") is not None
