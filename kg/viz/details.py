"""Viz stage, details: what the page's side pane shows for a node: properties, source sentences
and, for an indicator, its figures across reports and years with a small chart."""
import math

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from ..vocab import KG
from .labels import figure_text, label_of, strings, term_label, to_decimal, unit_label

MAX_EVIDENCE = 5
MAX_TEXT = 400
MAX_ROWS = 30
MAX_FIGURES = 60
HEADING_LENGTH = 14
CLAUSE_ENDS = "，,。；;：:"
# Shown elsewhere on the page (label, search names, sentences) or of no use to a reader.
_SKIPPED = frozenset({RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, KG.mention, KG.evidence,
                      KG.startOffset, KG.endOffset, KG.checksum, SKOS.inScheme, SKOS.topConceptOf})


def short_heading(heading, lang="zh"):
    """A section heading cut to its first clause, short enough to label a node.

    >>> short_heading("一、加大升级再造力度，壮大转型发展支撑")
    '一、加大升级再造力度'
    >>> short_heading("（五）对标全面建成小康社会任务扎实推进脱贫攻坚")
    '（五）对标全面建成小康社会…'
    """
    cut = min([i for i, c in enumerate(heading) if c in CLAUSE_ENDS and i >= 4], default=len(heading))
    text = heading[:cut]
    return text if len(text) <= HEADING_LENGTH else text[:HEADING_LENGTH - 1] + "…"


def _text(graph, term, names, lang):
    if isinstance(term, Literal):
        return str(term)[:MAX_TEXT]
    return names.get(term) or term_label(graph, term, lang)


def details_of(graph, node, names, lang="zh"):
    """A node's properties as (property label, text) rows; reports are named by region and year."""
    rows = []
    for p, o in sorted(graph.predicate_objects(node)):
        if p in _SKIPPED:
            continue
        rows.append([term_label(graph, p, lang), _text(graph, o, names, lang)])
    return rows[:MAX_ROWS]


def evidence_of(graph, quotes, where, names, headings, lang="zh"):
    """The sentences a node came from, each with its report, section and offset, at most MAX_EVIDENCE."""
    found = []
    order = {report: index for index, report in enumerate(names)}
    for ev in quotes:
        text = graph.value(ev, KG.text)
        if text is None:
            continue
        report, section = where.get(ev, (None, None))
        start = to_decimal(graph.value(ev, KG.startOffset))
        source = " · ".join(part for part in (names.get(report), headings.get(section)) if part)
        at = f"@{start}" if start is not None else ""
        found.append((order.get(report, len(order)), start if start is not None else -1, str(ev),
                      " ".join(p for p in (source, at) if p), str(text)[:MAX_TEXT]))
    found.sort()
    shown = [[where_, text] for *_, where_, text in found[:MAX_EVIDENCE]]
    if len(found) > MAX_EVIDENCE:
        shown.append(["", strings(lang)["more_quotes"].format(count=len(found) - MAX_EVIDENCE)])
    return shown


def _year(graph, period):
    """The last year a period covers: a gYear, or a kg:Period's end year."""
    if isinstance(period, URIRef):
        period = graph.value(period, KG.endYear)
    text = str(period or "")[:4]
    return int(text) if text.isdigit() else None


def _period_text(graph, period):
    if period is None:
        return ""
    if isinstance(period, Literal):
        return str(period)
    start, end = graph.value(period, KG.startYear), graph.value(period, KG.endYear)
    return f"{start}–{end}" if start is not None and end is not None else label_of(graph, period)


def _report(graph, obs, names):
    for ev in sorted(graph.objects(obs, KG.evidence)):
        report = graph.value(ev, KG.inReport)
        if report in names:
            return report
    return None


def _number(literal):
    number = to_decimal(literal)
    if number is None or not number.is_finite():
        return None
    value = float(number)
    return value if math.isfinite(value) else None


def _series(graph, observations, lang):
    """The one measure of an indicator that has figures for the most years: [(year, y, target, text)]."""
    series = {}
    for obs in observations:
        year = _year(graph, graph.value(obs, KG.refPeriod))
        if year is None:
            continue
        target = (obs, RDF.type, KG.TargetObservation) in graph
        text = figure_text(graph, obs, lang)
        value = _number(graph.value(obs, KG.value))
        if value is not None:
            series.setdefault(("value", unit_label(graph, obs, lang)), []).append((year, value, target, text))
        change = _number(graph.value(obs, KG.changePercent))
        if change is None and graph.value(obs, KG.bound) == KG.between:
            low, high = _number(graph.value(obs, KG.lowerBound)), _number(graph.value(obs, KG.upperBound))
            change = (low + high) / 2 if low is not None and high is not None else None
        if change is not None:
            series.setdefault(("change", "%"), []).append((year, change, target, text))
    ranked = sorted(series.items(), key=lambda kv: (-len({p[0] for p in kv[1]}), kv[0]))
    if not ranked or len({p[0] for p in ranked[0][1]}) < 2:
        return None
    (measure, unit), points = ranked[0]
    return {"measure": measure, "unit": unit, "points": [list(p) for p in sorted(points, key=lambda p: (p[0], p[2], p[1], p[3]))]}


def figures_of(graph, observations, names, lang="zh"):
    """An indicator's figures as table rows (report, period, figure, target?) and a chart when it has several years."""
    rows = []
    for obs in observations:
        report = _report(graph, obs, names)
        target = (obs, RDF.type, KG.TargetObservation) in graph
        rows.append((_year(graph, graph.value(obs, KG.refPeriod)) or 0, target, names.get(report, ""),
                     _period_text(graph, graph.value(obs, KG.refPeriod)),
                     figure_text(graph, obs, lang) or label_of(graph, obs, lang), str(obs)))
    rows.sort()  # by year, results before targets
    table = [[report, period, text, target] for _, target, report, period, text, _ in rows[:MAX_FIGURES]]
    return table, _series(graph, observations, lang)
