"""Viz stage, labels: the Chinese text a network view shows for nodes, edges and figures."""
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from ..vocab import KG

_MAGNITUDES = ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
_CENT = Decimal("0.01")
# Bounds read before the figure (约 2万, 超过 2万) or after it (2万以上).
_BOUND_PREFIX = {KG.approx: "约", KG.moreThan: "超"}
_BOUND_SUFFIX = {KG.atLeast: "以上", KG.atMost: "以内"}


@lru_cache(maxsize=1)
def ontology():
    """kg's ontology, parsed once: the labels of its classes and properties."""
    graph = Graph()
    source = resources.files("kg").joinpath("ontology/kg.ttl")
    graph.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    return graph


def _plain(number):
    """Decimal as plain text with no exponent and no trailing zeros."""
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def to_decimal(literal):
    """The number in a literal as a Decimal, or None when it holds none."""
    try:
        return Decimal(str(literal.toPython() if isinstance(literal, Literal) else literal))
    except (InvalidOperation, ValueError, TypeError):
        return None


def format_amount(value, unit=""):
    """A figure written with Chinese magnitudes, as a report writes it.

    >>> format_amount(Decimal("1378000000"), "吨")
    '13.78亿吨'
    >>> format_amount(Decimal("2570000000000.0"), "元")
    '2.57万亿元'
    >>> format_amount(Decimal("57430000"), "吨")
    '5743万吨'
    >>> format_amount(Decimal("-12345678"))
    '-1234.57万'
    >>> format_amount(Decimal("5.0"), "%")
    '5%'
    >>> format_amount(Decimal("99999999.9"), "元")
    '1亿元'
    """
    sign = "-" if value < 0 else ""
    size = abs(value)
    for index, (scale, word) in enumerate(_MAGNITUDES):
        if size >= scale:
            shown = (size / scale).quantize(_CENT, ROUND_HALF_UP)
            if shown >= 10000 and index == 0:
                return f"{sign}{_plain(shown)}{word}{unit}"
            if shown >= 10000:
                bigger, big_word = _MAGNITUDES[index - 1]
                return f"{sign}{_plain((size / bigger).quantize(_CENT, ROUND_HALF_UP))}{big_word}{unit}"
            return f"{sign}{_plain(shown)}{word}{unit}"
    return f"{sign}{_plain(size)}{unit}"


def signed(text):
    """Text of a change with an explicit plus sign for growth.

    >>> signed("5%"), signed("-3.2%")
    ('+5%', '-3.2%')
    """
    return text if text.startswith("-") else "+" + text


def _ranked(literals):
    """Literals in preference order: Chinese, then untagged, then any other language."""
    def key(lit):
        lang = (lit.language or "").lower() if isinstance(lit, Literal) else ""
        order = 0 if lang in ("zh", "zh-cn", "zh-hans") else 1 if lang == "" else 2
        return (order, lang, str(lit))
    return sorted(literals, key=key)


def label_of(graph, node, fallback=True):
    """The node's rdfs:label (or skos:prefLabel, dcterms:title), preferring @zh; else its IRI's tail."""
    for prop in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
        found = _ranked(o for o in graph.objects(node, prop) if isinstance(o, Literal))
        if found:
            return str(found[0])
    if not fallback:
        return None
    text = str(node).rstrip("/#")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def all_labels(graph, node):
    """Every label a user might search a node by: rdfs:label and skos:altLabel in any language."""
    return {str(o) for prop in (RDFS.label, SKOS.altLabel, SKOS.prefLabel)
            for o in graph.objects(node, prop) if isinstance(o, Literal)}


def term_label(graph, term):
    """The Chinese label of a class or property, from the graph itself or else kg's ontology."""
    if isinstance(term, URIRef):
        found = label_of(graph, term, fallback=False) or label_of(ontology(), term, fallback=False)
        if found:
            return found
    return label_of(graph, term)


def quantity(graph, obs, prop):
    """One numeric property of an observation with its unit, as Chinese text, or None."""
    number = to_decimal(graph.value(obs, prop))
    if number is None:
        return None
    if prop == KG.changePercent:
        return signed(format_amount(number, "%"))
    if prop == KG.changePoints:
        return signed(f"{_plain(number)}个百分点")
    unit = graph.value(obs, KG.unit)
    unit_label = (label_of(graph, unit, fallback=False) or "") if unit is not None else ""
    text = format_amount(number, unit_label)
    return signed(text) if prop == KG.changeValue else text


def observation_label(graph, obs):
    """An observation read as a figure: `煤炭产量 13.78亿吨 +5743万吨 +5%`."""
    indicator = graph.value(obs, KG.indicator)
    parts = [label_of(graph, indicator) if indicator is not None else label_of(graph, obs)]
    value = quantity(graph, obs, KG.value)
    if value:
        bound = graph.value(obs, KG.bound)
        parts.append(_BOUND_PREFIX.get(bound, "") + value + _BOUND_SUFFIX.get(bound, ""))
    parts += [q for q in (quantity(graph, obs, p) for p in (KG.changeValue, KG.changePercent, KG.changePoints)) if q]
    rank = graph.value(obs, KG.rank)
    if rank is not None:
        scope = graph.value(obs, KG.rankScope)
        parts.append(f"{term_label(graph, scope) if scope is not None else ''}第{rank}")
    return " ".join(parts)
