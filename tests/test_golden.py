"""Golden graphs: each tests/cases/NAME/input.txt builds a graph isomorphic to its expected.ttl.

Run `pytest --update-golden` to rewrite the expected files after a deliberate change; git shows the diff.
"""
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline import build_graph
from kg.rdf.outputs import write_graph

CASES = sorted((Path(__file__).parent / "cases").glob("*/input.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.parent.name for p in CASES])
def test_case_builds_its_expected_graph(path, update_golden):
    graph = build_graph([str(path)])
    expected_path = path.with_name("expected.ttl")
    if update_golden:
        write_graph(graph, expected_path)
    expected = Graph().parse(expected_path, format="turtle")
    if not isomorphic(graph, expected):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(graph))
        pytest.fail(f"{len(missing)} triples missing, {len(extra)} unexpected; first missing: "
                    f"{sorted(missing)[:3]}; first unexpected: {sorted(extra)[:3]}")


def test_there_are_cases():
    assert len(CASES) >= 2
