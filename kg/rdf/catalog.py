"""Graph stage, catalog: each observation linked to the catalog indicator it is an instance of.

The concepts a report uses are copied from the shipped catalog (ontology/indicators.ttl) into
its graph, with the level a growth rate is the change of, so every report graph in a store is
whole on its own and queries need no other file.
"""
from functools import lru_cache

from ..extract.catalog import catalog_graph, concept_of
from ..vocab import KG


def add_concept(graph, concept):
    """A catalog concept with every triple the catalog states about it (and the concept it is the growth of)."""
    if (concept, KG.measure, None) in graph:
        return concept
    for predicate, value in _statements(concept):
        graph.add((concept, predicate, value))
        if predicate == KG.growthOf:
            add_concept(graph, value)
    return concept


@lru_cache(maxsize=None)  # every report that uses a concept copies the same triples: looked up in the catalog once
def _statements(concept):
    return tuple(catalog_graph().predicate_objects(concept))


def add_catalog_link(graph, node, observation):
    """Link an observation node to its catalog concept, when the catalog covers it; returns the concept or None."""
    concept = concept_of(observation)
    if concept is None:
        return None
    graph.add((node, KG.catalogIndicator, add_concept(graph, concept.iri)))
    return concept.iri
