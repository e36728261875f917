"""Graph stage, entities: regions, programs, industries and the rest as resources with their links."""
from functools import lru_cache

from ..extract.industries import industry_graph, industry_of
from ..extract.regions import gazetteer
from ..text.variants import written_forms
from ..vocab import KG, RDF, RDFS, SKOS
from . import iris
from .graph import add_evidence, add_region, chinese


def entity_node(entity):
    """The IRI of an entity: division codes for regions, the county for townships and villages, else kind and label."""
    if entity.code:
        return iris.region_iri(entity.code)
    if entity.kind in ("Township", "Village"):
        return iris.local_region_iri(entity.parent, entity.label)
    if entity.kind == "Industry":
        return entity.industry
    return iris.entity_iri(entity.kind, entity.label)


def add_industry(graph, concept, named=True):
    """An industry concept with its labels, code and broader concepts, copied from the shipped scheme.

    Only industries a report names are typed kg:Industry; the broader concepts they imply stay
    plain skos:Concepts of the scheme, so "the industries this report names" has one answer.
    """
    if (concept, RDF.type, KG.Industry if named else SKOS.Concept) in graph:
        return concept
    pairs, labels = _scheme_entry(concept)
    for predicate, value in pairs:
        if predicate == RDF.type and value == KG.Industry and not named:
            continue
        graph.add((concept, predicate, value))
        if predicate == SKOS.broader:
            add_industry(graph, value, named=False)
    if named:
        graph.add((concept, RDF.type, KG.Industry))
    for label in labels:
        graph.add((concept, RDFS.label, label))
    return concept


@lru_cache(maxsize=None)
def _scheme_entry(concept):
    """A concept's (predicate, object) pairs and preferred labels in the shipped scheme, read once."""
    scheme = industry_graph()
    return tuple(scheme.predicate_objects(concept)), tuple(scheme.objects(concept, SKOS.prefLabel))


def add_entity(graph, parsed, entity, keys):
    gaz = gazetteer()
    if entity.code:
        node = add_region(graph, gaz.region(entity.code), gaz)
    elif entity.kind == "Industry":
        node = add_industry(graph, entity.industry)
    else:
        node = entity_node(entity)
        graph.add((node, RDF.type, KG[entity.kind]))
        graph.add((node, RDFS.label, chinese(entity.label)))
        if entity.kind in ("Township", "Village"):
            graph.add((node, KG.partOf, add_region(graph, gaz.region(entity.parent), gaz, named=False)))
        elif entity.parent:
            graph.add((node, KG.locatedIn, add_region(graph, gaz.region(entity.parent), gaz, named=False)))
    text = parsed.document.text  # a Traditional report's own spellings are labels too (综合改革 as 綜合改革)
    for alias in entity.aliases + written_forms(entity.label, text, [(s.start, s.end) for s in entity.sentences]):
        graph.add((node, SKOS.altLabel, chinese(alias)))
    for role in entity.roles:
        graph.add((node, KG.role, chinese(role)))
    report = iris.report_iri(parsed.info.key)
    graph.add((node, KG.mentionedIn, report))
    for sentence in entity.sentences:
        graph.add((node, KG.mention, add_evidence(graph, parsed, sentence)))
    for name, key in entity.links:
        target = keys.get(key)
        if target is not None and target != node:
            graph.add((node, KG[name], target))
    return node


def add_entities(graph, parsed):
    """Every entity of a parsed report, and each observation's link to the industry it measures."""
    keys = {entity.key: entity_node(entity) for entity in parsed.entities}
    for entity in parsed.entities:
        add_entity(graph, parsed, entity, keys)
    named = {entity.industry for entity in parsed.entities if entity.kind == "Industry"}
    for observation in parsed.observations:
        found = industry_of(observation.indicator)
        if found is not None and found[0] in named:
            node = iris.observation_iri(parsed.info.key, observation.sentence.start, observation.anchor)
            graph.add((node, KG.industry, add_industry(graph, found[0])))
    return graph
