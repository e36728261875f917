"""Viz stage, labels: the text a network page shows for nodes, edges and figures, in Chinese or English."""
import tomllib
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from ..errors import GraphError
from ..vocab import KG

LANGS = ("zh", "en")
_CENT = Decimal("0.01")
_WIDE = Context(prec=80)  # room for any figure a report can state, and then some
_HUGE = Decimal(10) ** 30  # past this a figure is written with an exponent
# Which language tags a label may have, best first, for each page language ("" is untagged).
_PREFERENCE = {"zh": ("zh", "zh-cn", "zh-hans", "", "zh-latn-pinyin", "en"),
               "en": ("en", "en-gb", "en-us", "zh-latn-pinyin", "", "zh", "zh-cn", "zh-hans")}
_BOUNDS = {KG.approx: "approx", KG.moreThan: "moreThan", KG.atLeast: "atLeast", KG.atMost: "atMost"}


@lru_cache(maxsize=None)
def strings(lang="zh"):
    """The page's own words in one language, from viz/assets/strings.toml."""
    if lang not in LANGS:
        raise GraphError(f"unknown language {lang!r}; use one of: {', '.join(LANGS)}")
    source = resources.files("kg").joinpath("viz/assets/strings.toml")
    return tomllib.loads(source.read_text(encoding="utf-8"))[lang]


@lru_cache(maxsize=1)
def ontology():
    """kg's ontology, parsed once: the labels of its classes and properties."""
    graph = Graph()
    source = resources.files("kg").joinpath("ontology/kg.ttl")
    graph.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def catalog_names():
    """English names of indicators by their Chinese names, from ontology/indicators.ttl when kg ships one."""
    source = resources.files("kg").joinpath("ontology/indicators.ttl")
    if not source.is_file():
        return {}
    graph = Graph()
    graph.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    names = {}
    for concept in sorted(set(graph.subjects(SKOS.prefLabel, None))):
        english = _best(graph.objects(concept, SKOS.prefLabel), "en", only_english=True)
        if english is None:
            continue
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in sorted(graph.objects(concept, prop)):
                if (label.language or "").lower().startswith("zh"):
                    names.setdefault(str(label), english)
    return names


def _best(literals, lang, only_english=False):
    """The label in the best language tag for `lang`, or None."""
    order = _PREFERENCE[lang]
    ranked = []
    for lit in literals:
        if not isinstance(lit, Literal):
            continue
        tag = (lit.language or "").lower()
        if only_english and not tag.startswith("en"):
            continue
        rank = order.index(tag) if tag in order else len(order)
        ranked.append((rank, tag, str(lit)))
    return min(ranked)[2] if ranked else None


def _own_label(graph, node, lang):
    for prop in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
        found = _best(graph.objects(node, prop), lang)
        if found is not None:
            return found
    return None


def _english(graph, node):
    """An English name for a node: its own, a linked scheme concept's, or the indicator catalog's."""
    for prop in (RDFS.label, SKOS.prefLabel):
        found = _best(graph.objects(node, prop), "en", only_english=True)
        if found:
            return found
    for prop, concept in sorted(graph.predicate_objects(node)):
        if prop != RDF.type and isinstance(concept, URIRef) and (concept, RDF.type, SKOS.Concept) in graph:
            found = _best(graph.objects(concept, SKOS.prefLabel), "en", only_english=True)
            if found:
                return found
    chinese = _own_label(graph, node, "zh")
    return catalog_names().get(chinese) if chinese else None


def tail(node):
    """The last segment of an IRI, for a node with no label."""
    text = str(node).rstrip("/#")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def label_of(graph, node, lang="zh", fallback=True):
    """A node's label in `lang` (Chinese, else pinyin…; English, else pinyin, else Chinese); else its IRI's tail."""
    found = (_english(graph, node) if lang == "en" else None) or _own_label(graph, node, lang)
    if found is not None or not fallback:
        return found
    return tail(node)


def all_labels(graph, node):
    """Every label a user might search a node by: rdfs:label and skos labels in any language."""
    return {str(o) for prop in (RDFS.label, SKOS.altLabel, SKOS.prefLabel)
            for o in graph.objects(node, prop) if isinstance(o, Literal)}


def term_label(graph, term, lang="zh"):
    """The label of a class or property, from the graph itself or else kg's ontology."""
    if isinstance(term, URIRef):
        found = _own_label(graph, term, lang) or _own_label(ontology(), term, lang)
        if found:
            return found
    return label_of(graph, term, lang)


def to_decimal(literal):
    """The number in a literal as a Decimal, or None when it holds none."""
    try:
        return Decimal(str(literal.toPython() if isinstance(literal, Literal) else literal))
    except (InvalidOperation, ValueError, TypeError):
        return None


def _plain(number):
    """Decimal as plain text, with no trailing zeros (and an exponent only past 10^30)."""
    if number.is_nan():
        return "NaN"
    if number.is_infinite():
        return "-∞" if number.is_signed() else "∞"
    if abs(number) >= _HUGE:
        return f"{number:.4E}".replace("E+", "E")
    text = format(number.normalize(_WIDE), "f")
    return "0" if text in ("-0", "") else text


def format_amount(value, unit="", lang="zh"):
    """A figure written with the magnitudes of the page's language, as a report writes it.

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
    >>> format_amount(Decimal("2570000000000"), "yuan", "en"), format_amount(Decimal("5.0"), "%", "en")
    ('2.57 trillion yuan', '5%')
    >>> format_amount(Decimal("1E+38"), "元"), format_amount(Decimal("Infinity"), "%")
    ('1.0000E38元', '∞%')
    """
    words = strings(lang)
    sign, size = ("-" if value.is_signed() and not value.is_nan() else ""), abs(value)
    number, magnitude = _plain(size), ""
    if size.is_finite() and size < _HUGE:
        scales = [(Decimal(int(scale)), word) for scale, word in words["magnitudes"]]
        for index, (scale, word) in enumerate(scales):
            if size >= scale:
                shown = (size / scale).quantize(_CENT, ROUND_HALF_UP, context=_WIDE)
                if shown >= scales[-1][0] and index > 0:  # 9999.999万 reads better as 1亿
                    scale, word = scales[index - 1]
                    shown = (size / scale).quantize(_CENT, ROUND_HALF_UP, context=_WIDE)
                number, magnitude = _plain(shown), word
                break
    if unit == "%":
        return f"{sign}{number}{magnitude}%"
    return words["amount"].format(number=sign + number, magnitude=magnitude, unit=unit).strip()


def signed(text):
    """Text of a change with an explicit plus sign for growth.

    >>> signed("5%"), signed("-3.2%"), signed("NaN%")
    ('+5%', '-3.2%', 'NaN%')
    """
    return text if text.startswith(("-", "NaN")) else "+" + text


def unit_label(graph, obs, lang="zh"):
    """The unit of an observation's value in the page's language ('' when it has none)."""
    unit = graph.value(obs, KG.unit)
    if unit is None:
        return ""
    return label_of(graph, unit, lang, fallback=False) or ""


def quantity(graph, obs, prop, lang="zh"):
    """One numeric property of an observation with its unit, as text, or None."""
    number = to_decimal(graph.value(obs, prop))
    if number is None:
        return None
    if prop == KG.changePercent:
        return signed(format_amount(number, "%", lang))
    if prop == KG.changePoints:
        return signed(strings(lang)["points"].format(number=_plain(number)))
    text = format_amount(number, unit_label(graph, obs, lang), lang)
    return signed(text) if prop == KG.changeValue else text


def figure_text(graph, obs, lang="zh"):
    """An observation's figures read as a report states them: `超2.57万亿元 +5%`, `全国第1`."""
    words = strings(lang)
    value = quantity(graph, obs, KG.value, lang)
    changes = {p: quantity(graph, obs, p, lang) for p in (KG.changeValue, KG.changePercent, KG.changePoints)}
    bound = graph.value(obs, KG.bound)
    low, high = to_decimal(graph.value(obs, KG.lowerBound)), to_decimal(graph.value(obs, KG.upperBound))
    if bound == KG.between and low is not None and high is not None:
        unit = unit_label(graph, obs, lang) if value else "%"
        span = words["between"].format(low=format_amount(low, unit, lang), high=format_amount(high, unit, lang))
        if value:
            value = span
        else:
            changes[KG.changePercent] = signed(span)
    elif bound in _BOUNDS:
        if value:
            value = words[_BOUNDS[bound]].format(figure=value)
        else:
            first = next((p for p, text in changes.items() if text), None)
            if first is not None:
                changes[first] = words[_BOUNDS[bound]].format(figure=changes[first])
    if str(graph.value(obs, KG.annualAverage)).lower() == "true" and changes[KG.changePercent]:
        changes[KG.changePercent] = words["annual"].format(figure=changes[KG.changePercent])
    parts = [text for text in [value, *changes.values()] if text]
    rank = graph.value(obs, KG.rank)
    if rank is not None:
        scope = graph.value(obs, KG.rankScope)
        parts.append(words["rank"].format(scope=term_label(graph, scope, lang) if scope is not None else "",
                                          rank=rank).strip())
    return " ".join(parts)


def observation_label(graph, obs, lang="zh"):
    """An observation read as a figure: `煤炭产量 13.78亿吨 +5743万吨 全国第1`."""
    indicator = graph.value(obs, KG.indicator)
    name = label_of(graph, indicator if indicator is not None else obs, lang)
    return " ".join(part for part in (name, figure_text(graph, obs, lang)) if part)
