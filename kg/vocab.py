"""Vocabulary stage: the namespaces kg writes, each term declared once (ontology/kg.ttl is the source)."""
import re

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, DefinedNamespace

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
    CatalogIndicator: object
    Measure: object
    # individuals
    atLeast: object
    moreThan: object
    approx: object
    atMost: object
    between: object
    scopeNation: object
    scopeMacroRegion: object
    scopeProvince: object
    scopeWorld: object
    measureLevel: object
    measureGrowth: object
    measureShare: object
    measureCount: object
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
    catalogIndicator: object
    measure: object
    growthOf: object
    nbsName: object
    text: object
    startOffset: object
    endOffset: object
    page: object
    inReport: object
    inSection: object
    sourceFile: object
    checksum: object
    deliveredOn: object
    deliveryYear: object
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


def _stored(namespace, declared):
    """namespace with the terms of a DefinedNamespace (declared) stored on it as plain attributes.

    DefinedNamespace looks each term up through its metaclass's __getattr__, a microsecond a time on
    the path of every triple kg writes; a stored term is found at once (a typo still fails).
    """
    for term in vars(declared)["__annotations__"]:
        type.__setattr__(namespace, term, declared._NS[term])
    return namespace


_stored(KG, KG)
# rdflib's own vocabularies, as subclasses holding the same terms stored (rdflib's classes stay as they are)
RDF, RDFS, SKOS, DCTERMS, XSD = (_stored(type(ns.__name__, (ns,), {"__doc__": ns.__doc__}), ns)
                                 for ns in (RDF, RDFS, SKOS, DCTERMS, XSD))

ID = Namespace(BASE + "id/")
KGU = Namespace(BASE + "unit/")
CATALOG = Namespace(BASE + "id/catalog/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
CURRENCY = Namespace("http://qudt.org/vocab/currency/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
QUANTITYKIND = Namespace("http://qudt.org/vocab/quantitykind/")
QB = Namespace("http://purl.org/linked-data/cube#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("https://schema.org/")

# Every prefix kg binds, in files, in stores, in queries and in tables: bound here only.
PREFIXES = {
    "kg": KG._NS, "kgid": ID, "kgu": KGU, "unit": UNIT, "cur": CURRENCY, "qudt": QUDT,
    "qb": QB, "geo": GEO, "schema": SCHEMA, "rdf": RDF._NS, "rdfs": RDFS._NS, "xsd": XSD._NS,
    "skos": SKOS._NS, "dcterms": DCTERMS._NS, "owl": OWL._NS,
    "kgcat": CATALOG, "quantitykind": QUANTITYKIND,
}


def bind_prefixes(graph):
    """Bind kg's prefixes so every serialization reads the same."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


_PN_ESCAPABLE = set("_~.-!$&'()*+,;=/?#@%")


def prefixed_name(iri, prefix, namespace):
    r"""iri as prefix:local, a prefixed name SPARQL and Turtle read back (escaping '/' and the like), or None.

    >>> prefixed_name("https://w3id.org/kg-cn/id/report/00-2025", "kgid", "https://w3id.org/kg-cn/id/")
    'kgid:report\\/00-2025'
    >>> prefixed_name("https://w3id.org/kg-cn/id/a b", "kgid", "https://w3id.org/kg-cn/id/") is None
    True
    """
    iri = str(iri)
    if not iri.startswith(namespace) or len(iri) == len(namespace):
        return None
    local, out = iri[len(namespace):], []
    for index, char in enumerate(local):
        last = index == len(local) - 1
        if char.isalnum() or char == "_" or (char == "-" and index) or (char == "." and index and not last):
            out.append(char)
        elif char == "%" and re.fullmatch(r"%[0-9A-Fa-f]{2}", local[index:index + 3]):
            out.append(char)
        elif char in _PN_ESCAPABLE:
            out.append("\\" + char)
        elif ord(char) > 0x7f and (char.isalpha() or char.isdigit()):
            out.append(char)
        else:
            return None
    return f"{prefix}:{''.join(out)}"


def short_iri(iri):
    r"""iri as a prefixed name with kg's prefixes (the longest namespace that fits), else None.

    >>> short_iri("https://w3id.org/kg-cn/id/region/140000"), short_iri("http://example.org/x")
    ('kgid:region\\/140000', None)
    """
    for prefix, namespace in _BY_LENGTH:
        name = prefixed_name(iri, prefix, namespace)
        if name:
            return name
    return None


_BY_LENGTH = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))
