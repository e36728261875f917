"""The sample report's extraction score, as measured by shared/eval/score.py, must not regress."""
import importlib.util

import pytest

from .conftest import SHARED

SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "gold-shanxi-2024.json"


@pytest.fixture(scope="module")
def score(sample_graph, tmp_path_factory):
    if not SCORER.exists():
        pytest.skip(f"the scorer is not beside this checkout ({SCORER})")
    spec = importlib.util.spec_from_file_location("kg_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    path = tmp_path_factory.mktemp("score") / "graph.ttl"
    sample_graph.serialize(path, format="turtle")
    import json

    from rdflib import Graph

    graph = Graph().parse(path)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    entities, predicted = scorer.score_entities(graph, gold["entities"])
    observations = scorer.score_observations(graph, gold["observations"], gold["period"], gold["area"])
    hierarchy = scorer.score_hierarchy(graph, gold["entities"], predicted)
    return {"entities": entities, "observations": observations, "hierarchy": hierarchy}


def test_observation_precision_and_recall(score):
    observations = score["observations"]
    assert observations["precision"] >= 0.95, observations["false_positives"]
    assert observations["recall"] >= 0.95, observations["misses"]


@pytest.mark.parametrize("field", ["unit", "period", "evidence", "area", "change_percent", "rank", "bound"])
def test_observation_fields(score, field):
    assert score["observations"]["fields"][field] >= 0.95


def test_entity_precision_recall_and_types(score):
    entities = score["entities"]
    assert entities["precision"] >= 0.85, entities["false_positives"]
    assert entities["recall"] >= 0.85, entities["misses"]
    assert entities["typed_recall"] >= 0.80


def test_region_hierarchy(score):
    assert score["hierarchy"]["recall"] >= 0.90
