"""Properties of every built graph: nothing invented, nothing anonymous, offsets that quote the original."""
from decimal import Decimal

from rdflib import BNode
from rdflib.namespace import RDF

from kg.extract.figures import find_quantities, find_ranks
from kg.text.normalize import normalize
from kg.vocab import KG

from .conftest import SAMPLE


def numbers_in(text):
    """Every value, percent and rank a sentence states, with magnitudes folded in."""
    clean = normalize(text).text
    found = set()
    for quantity in find_quantities(clean):
        found.add(quantity.value)
        if quantity.kind == "multiple":
            found.add(quantity.value * 100)
    for rank in find_ranks(clean):
        found.add(rank.quantity.value)
    return found


def test_every_value_change_and_rank_stands_in_its_evidence(sample_graph):
    checked = 0
    for observation in sample_graph.subjects(RDF.type, KG.Observation):
        evidence = sample_graph.value(observation, KG.evidence)
        stated = numbers_in(str(sample_graph.value(evidence, KG.text)))
        for prop in (KG.value, KG.changePercent, KG.changeValue, KG.changePoints, KG.rank):
            value = sample_graph.value(observation, prop)
            if value is not None:
                assert abs(Decimal(str(value))) in stated, (observation, prop, value)
                checked += 1
    assert checked > 100


def test_evidence_offsets_quote_the_original_document(sample_graph):
    original = SAMPLE.read_text(encoding="utf-8")
    for evidence in sample_graph.subjects(RDF.type, KG.Evidence):
        start = int(sample_graph.value(evidence, KG.startOffset))
        end = int(sample_graph.value(evidence, KG.endOffset))
        assert original[start:end] == str(sample_graph.value(evidence, KG.text))


def test_no_blank_nodes(sample_graph):
    assert not any(isinstance(term, BNode) for triple in sample_graph for term in triple)


def test_graph_conforms_to_the_shapes(sample_graph):
    from kg.rdf.validate import validate

    assert validate(sample_graph) == []
