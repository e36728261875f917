"""The sample report's extraction score, as measured by eval/score.py, must not regress."""
import importlib.util
import pathlib

import pytest

from .conftest import EVAL, NATIONAL

SCORER = EVAL / "score.py"
GOLD = EVAL / "gold-shanxi-2024.json"


@pytest.fixture(scope="module")
def score(sample_graph, tmp_path_factory):
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
    # 0.83, not 0.85: programme heads that need more than common words before them (数字政府建设) cost the sample
    # two names and gain precision on every report not tuned on (eval/run_all.py)
    assert entities["recall"] >= 0.83, entities["misses"]
    assert entities["typed_recall"] >= 0.80


def test_region_hierarchy(score):
    assert score["hierarchy"]["recall"] >= 0.90


# floors a rule change must not push the State Council's reports below (measured, less a small margin)
NATIONAL_FLOORS = {
    "2019": {"observation_f1": 0.95, "entity_f1": 0.85, "entity_precision": 0.81, "area": 0.98, "period": 0.95},
    "2006": {"observation_f1": 0.94, "entity_f1": 0.82, "entity_precision": 0.80, "area": 0.98, "period": 0.93},
}


@pytest.mark.parametrize("year", sorted(NATIONAL_FLOORS))
def test_national_reports_score_above_their_floors(year, tmp_path):
    """Our own annotations of two State Council reports of different decades (tests/gold/)."""
    report = NATIONAL / f"national-{year}.txt"
    import json

    from rdflib import Graph

    from kg.pipeline import build_graph

    spec = importlib.util.spec_from_file_location("kg_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    path = tmp_path / "graph.ttl"
    build_graph([str(report)]).serialize(path, format="turtle")
    graph = Graph().parse(path)
    gold = json.loads((pathlib.Path(__file__).parent / "gold" / f"national-{year}.json").read_text(encoding="utf-8"))
    entities, _ = scorer.score_entities(graph, gold["entities"])
    observations = scorer.score_observations(graph, gold["observations"], gold["period"], gold["area"])
    floors = NATIONAL_FLOORS[year]
    assert scorer.f1(observations["precision"], observations["recall"]) >= floors["observation_f1"], observations["misses"]
    assert scorer.f1(entities["precision"], entities["recall"]) >= floors["entity_f1"], entities["false_positives"]
    assert entities["precision"] >= floors["entity_precision"], entities["false_positives"]
    assert observations["fields"]["area"] >= floors["area"]
    assert observations["fields"]["period"] >= floors["period"]
