"""Indicator catalog: an observation's indicator name, unit and figures matched to a concept of ontology/indicators.ttl.

Reports name one quantity in many ways (国内生产总值, 地区生产总值, GDP, 经济总量); the catalog
lists those names. A name matches when, framing words peeled off (全省, 今年, 预期目标…), it is
one of a concept's labels; the figure's unit must then fit the concept's unit dimension, so
国内生产总值 in 元 is GDP but a share of it in % is not.
"""
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from rdflib import URIRef
from rdflib.namespace import RDF, SKOS

from ..lexicon import data_path, longest_prefix, longest_suffix, shipped_graph, units
from ..vocab import KG, QUANTITYKIND, QUDT

CATALOG_FILE = "indicators.ttl"
# Units whose dimension units.csv already says; physical units take theirs from the catalog file.
_KIND_OF_UNIT_KIND = {"currency": QUANTITYKIND.Currency, "percent": QUANTITYKIND.DimensionlessRatio,
                      "count": QUANTITYKIND.Count}
_MEASURES = {KG.measureLevel: "level", KG.measureGrowth: "growth", KG.measureShare: "share",
             KG.measureCount: "count"}


@dataclass(frozen=True)
class Concept:
    """One catalog indicator: its IRI, notation, labels, measure (level, growth, share, count) and unit dimensions."""
    iri: URIRef
    notation: str
    label: str
    label_en: str
    measure: str
    kinds: tuple = ()
    growth_of: Optional[URIRef] = None


@dataclass(frozen=True)
class Catalog:
    """The concepts by notation and by every Chinese label (casefolded), and the dimension of each physical unit."""
    concepts: tuple
    by_notation: dict
    by_label: dict
    unit_kinds: dict
    labels: tuple = ()


def catalog_graph():
    """The catalog as a Graph (empty when the file is not shipped)."""
    return shipped_graph(CATALOG_FILE)


def _text(graph, node, predicate, language):
    return next((str(o) for o in sorted(graph.objects(node, predicate)) if o.language == language), "")


@lru_cache(maxsize=None)
def catalog():
    """The shipped catalog, read once."""
    graph = catalog_graph()
    concepts, by_label, labels = [], {}, set()
    for node in sorted(graph.subjects(RDF.type, KG.CatalogIndicator)):
        concept = Concept(iri=node, notation=str(graph.value(node, SKOS.notation)),
                          label=_text(graph, node, SKOS.prefLabel, "zh"), label_en=_text(graph, node, SKOS.prefLabel, "en"),
                          measure=_MEASURES[graph.value(node, KG.measure)],
                          kinds=tuple(sorted(graph.objects(node, QUDT.hasQuantityKind))),
                          growth_of=graph.value(node, KG.growthOf))
        concepts.append(concept)
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(node, predicate):
                if label.language == "zh":
                    by_label[_key(str(label))] = concept
                    labels.add(str(label))
    unit_kinds = {unit: kind for unit, kind in graph.subject_objects(QUDT.hasQuantityKind)
                  if (unit, RDF.type, KG.CatalogIndicator) not in graph}
    return Catalog(concepts=tuple(concepts), by_notation={c.notation: c for c in concepts},
                   by_label=by_label, unit_kinds=unit_kinds, labels=tuple(sorted(labels)))


@lru_cache(maxsize=None)
def frame_words():
    """The framing words peeled off names (kg/data/catalog.toml): {"lead": [...], "tail": [...]}."""
    with data_path("catalog.toml").open("rb") as handle:
        return tomllib.load(handle)["frame"]


def _key(label):
    return label.casefold()


def lookup(name):
    """The concept a name stands for, framing words peeled off, or None.

    >>> lookup("中央提出今年经济增长预期目标").notation, lookup("全市GDP").notation
    ('gdp-growth', 'gdp')
    >>> lookup("单位国内生产总值能耗").notation, lookup("财政性教育经费占国内生产总值比重").notation
    ('energy-intensity', 'education-spending-share')
    >>> lookup("国内生产总值年") is None
    True
    """
    by_label, words = catalog().by_label, frame_words()
    while name:
        found = by_label.get(_key(name))
        if found is not None:
            return found
        lead = longest_prefix(name, words["lead"])
        if lead and len(lead) < len(name):
            name = name[len(lead):]
            continue
        tail = longest_suffix(name, words["tail"])
        if not tail or len(tail) == len(name):
            return None
        name = name[: -len(tail)]
    return None


def unit_kind(word):
    """The dimension (a QUDT quantity kind) of a unit word as reports write it, or None.

    >>> [str(unit_kind(word)).rsplit("/", 1)[-1] for word in ("元", "吨", "%", "户", "年", "日")]
    ['Currency', 'Mass', 'DimensionlessRatio', 'Count', 'Time', 'None']
    """
    entry = units().get(word)
    if entry is None:
        return None
    iri, kind, _ = entry
    return _KIND_OF_UNIT_KIND.get(kind) or catalog().unit_kinds.get(iri)


def fits(concept, observation):
    """Whether an observation's figures can be figures of the concept: levels in a unit of its dimension."""
    if observation.value is not None or observation.change_value is not None:
        return unit_kind(observation.unit) in concept.kinds
    if observation.change_points is not None and observation.change_percent is None:
        return concept.measure == "share"
    return observation.change_percent is not None or observation.rank is not None


def concept_of(observation):
    """The catalog concept an observation is an instance of, or None when the catalog does not cover it."""
    concept = lookup(observation.indicator)
    return concept if concept is not None and fits(concept, observation) else None


def find_concept(text):
    """A concept named by its notation (gdp), any of its Chinese labels or its English label; None if none.

    >>> find_concept("GDP").notation, find_concept("地区生产总值").notation, find_concept("grain output").notation
    ('gdp', 'gdp', 'grain-output')
    """
    text = text.strip()
    cat = catalog()
    found = cat.by_notation.get(text.lower()) or cat.by_label.get(_key(text))
    if found is None:
        found = next((c for c in cat.concepts if c.label_en.casefold() == text.casefold()), None)
    return found
