"""kg query FILE runs on an in-memory Oxigraph store: the same answers as rdflib's engine, syntax errors placed."""
from decimal import Decimal

import pytest

from kg.cli import cli
from kg.errors import GraphError
from kg.sparql.engine import list_queries, load_graph, load_store, named_query, query_params, run_query

from .conftest import SAMPLE

EXAMPLES = {"region": "山西", "year": "2023", "industry": "煤炭", "prefecture": "吕梁", "label": "链长制",
            "report": "shanxi-2024", "indicator": "地区生产总值"}


def same(result):
    """Rows with every value by its lexical form or number (Oxigraph writes 5.0 as 5)."""
    def value(term):
        python = None if term is None else (term.toPython() if hasattr(term, "toPython") else str(term))
        return python.normalize() if isinstance(python, Decimal) else python
    return sorted((tuple(map(str, map(value, row))) for row in result.rows), key=repr)


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    from click.testing import CliRunner

    path = tmp_path_factory.mktemp("q") / "graph.ttl"
    assert CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(path), "--no-html"]).exit_code == 0
    return path


@pytest.mark.parametrize("name", [n for n, _ in list_queries()])
def test_named_queries_answer_the_same_on_oxigraph_and_rdflib(graph_file, name):
    params = {p: EXAMPLES[p] for p, _, optional, _ in query_params(name) if not optional and p in EXAMPLES}
    text, bindings = named_query(name, params)
    assert same(run_query(load_store(graph_file), text, bindings)) == same(run_query(load_graph(graph_file), text, bindings))


def test_the_store_holds_the_file_s_triples(graph_file):
    assert len(load_store(graph_file)) == len(load_graph(graph_file))


def test_a_broken_file_names_line_and_column(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "x .\n', encoding="utf-8")
    with pytest.raises(GraphError, match=r"bad.ttl: turtle syntax error at line 3, column \d+: "):
        load_store(bad)
    with pytest.raises(GraphError, match="no such file"):
        load_store(tmp_path / "missing.ttl")
