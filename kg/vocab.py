"""Vocabulary stage: the namespaces kg writes, each term declared once (ontology/kg.ttl is the source)."""
from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg-cn/"


class KG(DefinedNamespace):
    """Terms of ontology/kg.ttl; a misspelt term raises AttributeError instead of minting a new IRI."""

    _NS = Namespace(BASE + "def#")
    _fail = True

    # classes
    Report: object
    Section: object
    Evidence: object
    Entity: object
    Region: object
    Country: object
    Province: object
    City: object
    County: object
    Township: object
    Village: object
    Place: object
    Person: object
    Organization: object
    Event: object
    Program: object
    Industry: object
    Indicator: object
    Observation: object
    TargetObservation: object
    Period: object
    Unit: object
    Bound: object
    RankScope: object
    # individuals
    atLeast: object
    moreThan: object
    approx: object
    atMost: object
    between: object
    scopeNation: object
    scopeMacroRegion: object
    scopeProvince: object
    # properties
    indicator: object
    value: object
    unit: object
    refArea: object
    refPeriod: object
    changePercent: object
    changeValue: object
    changePoints: object
    rank: object
    rankScope: object
    bound: object
    lowerBound: object
    upperBound: object
    annualAverage: object
    startYear: object
    endYear: object
    evidence: object
    industry: object
    text: object
    startOffset: object
    endOffset: object
    page: object
    inReport: object
    inSection: object
    sourceFile: object
    checksum: object
    deliveredOn: object
    deliveredAt: object
    deliveredBy: object
    role: object
    partOf: object
    locatedIn: object
    divisionCode: object
    concerns: object
    mentionedIn: object
    mention: object
    isicCode: object


ID = Namespace(BASE + "id/")
KGU = Namespace(BASE + "unit/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
CURRENCY = Namespace("http://qudt.org/vocab/currency/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
QB = Namespace("http://purl.org/linked-data/cube#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "kg": KG._NS, "kgid": ID, "kgu": KGU, "unit": UNIT, "cur": CURRENCY, "qudt": QUDT,
    "qb": QB, "geo": GEO, "schema": SCHEMA,
}


def bind_prefixes(graph):
    """Bind kg's prefixes so every serialization reads the same."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph
