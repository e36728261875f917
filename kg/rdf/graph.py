"""Graph stage: parsed reports into an rdflib Graph; the only stage that adds triples."""
from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal

from ..extract.regions import gazetteer, is_municipality
from ..extract.report import report_names
from ..lexicon import units
from ..text.normalize import layout
from ..vocab import DCTERMS, GEO, KG, KGU, QUDT, RDF, RDFS, SKOS, XSD, bind_prefixes
from . import iris
from .catalog import add_catalog_link

_LEVEL_CLASS = {"country": KG.Country, "province": KG.Province, "city": KG.City, "county": KG.County,
                "township": KG.Township, "village": KG.Village}


ENTITY_CLASSES = ("Province", "City", "County", "Township", "Village", "Place", "Person",
                  "Organization", "Event", "Program", "Industry", "Indicator")


def new_graph():
    """An empty graph with kg's prefixes bound."""
    return bind_prefixes(Graph())


def decimal(value):
    """An xsd:decimal literal in canonical form (2570000000000.0): the same after a Turtle round trip."""
    text = format(Decimal(value), "f")
    if "." not in text:
        text += ".0"
    elif text.endswith("0"):
        text = text.rstrip("0") + ("0" if text.rstrip("0").endswith(".") else "")
    return _decimal_literal(text)


# Literals that recur across a report's sentences and across reports (offsets, amounts, names), made once:
# an rdflib Literal takes microseconds to make.
@lru_cache(maxsize=4096)
def _decimal_literal(text):
    return Literal(text, datatype=XSD.decimal)


@lru_cache(maxsize=1 << 14, typed=True)
def integer(value):
    """An xsd:integer literal (offsets, pages)."""
    return Literal(value)


@lru_cache(maxsize=4096)
def chinese(text):
    """A literal in Chinese (@zh): labels, names, roles."""
    return Literal(text, lang="zh")


def add_region(graph, region, gaz=None, named=True):
    """A region with its code, labels, coordinates and its chain of parents.

    A region the report names gets its class (kg:City…); the parents it only implies are
    plain kg:Regions, so "the cities this report names" has one answer.
    """
    gaz = gaz or gazetteer()
    node = iris.region_iri(region.code)
    described = (node, KG.divisionCode, None) in graph
    # 北京市, 上海市: municipalities are province-level divisions, and cities as people name them
    level_class = KG.City if is_municipality(region) else _LEVEL_CLASS[region.level]
    graph.add((node, RDF.type, level_class if named else KG.Region))
    if described:
        return node
    for triple in _region_description(region):
        graph.add(triple)
    parent = gaz.parent(region)
    if parent is not None:
        graph.add((node, KG.partOf, add_region(graph, parent, gaz, named=False)))
    return node


@lru_cache(maxsize=4096)  # every report describes its regions again: the same triples, made once
def _region_description(region):
    """A region's labels, code and coordinates."""
    node = iris.region_iri(region.code)
    triples = [(node, RDFS.label, Literal(region.name, lang="zh"))]
    for alias in sorted({region.short_name, *region.aliases} - {region.name}):
        if alias.isascii():
            triples.append((node, RDFS.label, Literal(alias, lang="en")))  # China
        else:
            triples.append((node, SKOS.altLabel, Literal(alias, lang="zh")))
    if region.pinyin:
        triples.append((node, RDFS.label, Literal(region.pinyin, lang="zh-Latn-pinyin")))
    triples.append((node, KG.divisionCode, Literal(region.code)))
    if region.latitude and region.longitude:
        triples.append((node, GEO.lat, decimal(region.latitude)))
        triples.append((node, GEO.long, decimal(region.longitude)))
    return tuple(triples)


def add_unit(graph, word):
    """A unit resource labelled with its Chinese symbol (the first word the unit table gives it)."""
    for triple in _unit_triples(word):
        graph.add(triple)
    return units()[word][0]


@lru_cache(maxsize=None)
def _unit_triples(word):
    node, kind, english = units()[word]
    canonical = next(w for w, (iri, _, _) in units().items() if iri == node)
    return ((node, RDF.type, KG.Unit if node.startswith(str(KGU)) else QUDT.Unit),
            (node, RDFS.label, Literal(canonical, lang="zh")),
            (node, RDFS.label, Literal(english, lang="en")),
            (node, QUDT.symbol, Literal(canonical)))


def add_period(graph, start, end):
    """A year as an xsd:gYear, or a span of years as a kg:Period with its first and last year."""
    if start is None or start == end:
        return year_literal(end)
    node = iris.period_iri(start, end)
    graph.add((node, RDF.type, KG.Period))
    graph.add((node, RDFS.label, Literal(f"{start}—{end}年", lang="zh")))
    graph.add((node, KG.startYear, year_literal(start)))
    graph.add((node, KG.endYear, year_literal(end)))
    return node


@lru_cache(maxsize=1024)
def year_literal(year):
    """A year as an xsd:gYear literal."""
    return Literal(str(year), datatype=XSD.gYear)


def add_report(graph, info):
    node = iris.report_iri(info.key)
    graph.add((node, RDF.type, KG.Report))
    graph.add((node, DCTERMS.title, Literal(info.title, lang="zh")))
    region_en = next((alias for alias in info.region.aliases if alias.isascii()), None) or info.region.pinyin
    zh, en = report_names(info, region_en)
    graph.add((node, RDFS.label, Literal(zh, lang="zh")))
    graph.add((node, RDFS.label, Literal(en, lang="en")))
    graph.add((node, KG.refArea, add_region(graph, info.region)))
    graph.add((node, KG.refPeriod, year_literal(info.year)))
    if info.delivery_year:
        graph.add((node, KG.deliveryYear, year_literal(info.delivery_year)))
    graph.add((node, KG.sourceFile, Literal(info.name.replace("\\", "/").rsplit("/", 1)[-1])))
    graph.add((node, KG.checksum, Literal(info.checksum)))
    if info.delivered:
        graph.add((node, KG.deliveredOn, Literal(info.delivered, datatype=XSD.date)))
    if info.session:
        session = iris.entity_iri("Event", info.session)
        graph.add((session, RDF.type, KG.Event))
        graph.add((session, RDFS.label, Literal(info.session, lang="zh")))
        graph.add((node, KG.deliveredAt, session))
    if info.speaker:
        speaker = iris.entity_iri("Person", info.speaker)
        graph.add((speaker, RDF.type, KG.Person))
        graph.add((speaker, RDFS.label, Literal(info.speaker, lang="zh")))
        if info.speaker_role:
            graph.add((speaker, KG.role, Literal(info.speaker_role, lang="zh")))
        graph.add((node, KG.deliveredBy, speaker))
    return node


def add_section(graph, info, section):
    node = iris.section_iri(info.key, section.index)
    graph.add((node, RDF.type, KG.Section))
    graph.add((node, RDFS.label, Literal(section.title or "（开篇）", lang="zh")))
    graph.add((node, KG.inReport, iris.report_iri(info.key)))
    graph.add((node, KG.startOffset, integer(section.start)))
    graph.add((node, KG.endOffset, integer(section.end)))
    return node


def add_evidence(graph, parsed, sentence):
    """The sentence quoted exactly from the original text, with its offsets."""
    info = parsed.info
    node = iris.evidence_iri(info.key, sentence.start, sentence.end)
    if (node, RDF.type, KG.Evidence) in graph:
        return node
    graph.add((node, RDF.type, KG.Evidence))
    graph.add((node, KG.text, Literal(parsed.document.text[sentence.start:sentence.end])))
    graph.add((node, KG.startOffset, integer(sentence.start)))
    graph.add((node, KG.endOffset, integer(sentence.end)))
    page = parsed.document.page_at(sentence.start)
    if page is not None:
        graph.add((node, KG.page, integer(page)))
    graph.add((node, KG.inReport, iris.report_iri(info.key)))
    graph.add((node, KG.inSection, iris.section_iri(info.key, sentence.section)))
    return node


def add_indicator(graph, label):
    triples = _indicator_triples(label)
    for triple in triples:
        graph.add(triple)
    return triples[0][0]


@lru_cache(maxsize=4096)  # indicators recur across sentences and reports
def _indicator_triples(label):
    node, name = iris.indicator_iri(label), Literal(label, lang="zh")
    return (node, RDF.type, KG.Indicator), (node, RDFS.label, name), (node, SKOS.prefLabel, name)


def add_observation(graph, parsed, observation, regions):
    info = parsed.info
    node = iris.observation_iri(info.key, observation.sentence.start, observation.anchor)
    graph.add((node, RDF.type, KG.Observation))
    if observation.target:
        graph.add((node, RDF.type, KG.TargetObservation))
    graph.add((node, KG.indicator, add_indicator(graph, observation.indicator)))
    add_catalog_link(graph, node, observation)
    area = regions.get(observation.area, info.region) if observation.area else info.region
    graph.add((node, KG.refArea, add_region(graph, area)))
    graph.add((node, KG.refPeriod, add_period(graph, observation.period_start, observation.period or info.year)))
    if observation.annual_average:
        graph.add((node, KG.annualAverage, Literal(True)))
    for prop, value in ((KG.lowerBound, observation.lower), (KG.upperBound, observation.upper)):
        if value is not None:
            graph.add((node, prop, decimal(value)))
    if observation.value is not None:
        graph.add((node, KG.value, decimal(observation.value)))
    if observation.unit is not None:
        graph.add((node, KG.unit, add_unit(graph, observation.unit)))
    for prop, value in ((KG.changePercent, observation.change_percent), (KG.changeValue, observation.change_value),
                        (KG.changePoints, observation.change_points)):
        if value is not None:
            graph.add((node, prop, decimal(value)))
    if observation.rank is not None:
        graph.add((node, KG.rank, Literal(observation.rank, datatype=XSD.integer)))
        graph.add((node, KG.rankScope, KG[observation.rank_scope]))
    if observation.bound:
        graph.add((node, KG.bound, KG[observation.bound]))
    graph.add((node, KG.evidence, add_evidence(graph, parsed, observation.sentence)))
    return node


def add_parsed(graph, parsed):
    """Every triple one parsed report yields."""
    add_report(graph, parsed.info)
    for section in parsed.sections:
        add_section(graph, parsed.info, section)
    regions = gazetteer().by_code
    for observation in parsed.observations:
        add_observation(graph, parsed, observation, regions)
    return graph


def to_graph(parsed_reports, extra=()):
    """One graph for many parsed reports; extra are functions (graph, parsed) that add more (entities)."""
    graph = new_graph()
    for parsed in parsed_reports:
        add_parsed(graph, parsed)
        for add in extra:
            add(graph, parsed)
    return graph
