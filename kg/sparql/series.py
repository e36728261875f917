"""Series stage: a catalog indicator's results and targets lined up by area and year (the named query `series`).

The choice of figure (a result from the report delivered soonest after its year, a target from
the report that set it) is made once, in kg/sparql/named/series.rq, so `kg series` and
`kg query --name series` give the same rows; this module resolves the indicator, runs the query
on Oxigraph and reads the rows, with every figure's evidence when asked.
"""
import csv
import difflib
import io
import json
import re
from collections import namedtuple
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

import pyoxigraph as ox
from rdflib import Graph, Literal

from ..errors import QueryError
from ..extract.catalog import catalog, find_concept
from ..lexicon import units
from .engine import QUERY_PREFIXES, fill_params, load_store, named_query, run_query
from .readable import plain, readable_figure, readable_range
from .results import Result, format_result, to_dataframe

MEASURES = ("value", "change")


@dataclass(frozen=True)
class Figure:
    """One figure stated for an area and year: a result or a target, with the sentence it came from."""
    role: str
    number: Decimal
    low: Optional[Decimal]
    high: Optional[Decimal]
    bound: Optional[str]
    unit: str
    report: str
    quote: str
    start: int
    chosen: bool


@dataclass(frozen=True)
class Point:
    """One area and year: the chosen result, the chosen target's ends and bound, the reports they came from."""
    area: str
    year: int
    actual: Optional[Decimal]
    target_low: Optional[Decimal]
    target_high: Optional[Decimal]
    bound: Optional[str]
    unit: str
    actual_report: Optional[str]
    target_report: Optional[str]
    figures: tuple = ()
    actual_bound: Optional[str] = None
    target_unit: Optional[str] = None  # the target's unit where it is not the result's


@dataclass(frozen=True)
class Series:
    """A catalog indicator year by year: its concept, the measure shown (value or change) and the points."""
    concept: object
    measure: str
    points: tuple

    def to_python(self):
        """The rows of `kg series --format csv` as Python values: year an int, numbers Decimal, None where empty."""
        return [[p.area, p.year, p.actual, p.target_low, p.target_high, p.bound, unit_symbol(p.unit), report_cell(p)]
                for p in self.points]

    def to_dataframe(self):
        """The rows as a pandas DataFrame (`pip install 'kg[pandas]'`), the numbers' columns float64."""
        return to_dataframe(COLUMNS, self.to_python())


def resolve(indicator, measure=None):
    """The catalog concept an --indicator names and the measure to show (default: change for growth rates)."""
    concept = find_concept(indicator)
    if concept is None:
        names = sorted(catalog().by_notation) + list(catalog().labels)
        close = difflib.get_close_matches(indicator.strip(), names, n=3, cutoff=0.5)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise QueryError(f"--indicator {indicator}: not in kg's indicator catalog; {hint}"
                         f"`kg series --list` shows its {len(catalog().concepts)} indicators")
    if measure is not None and measure not in MEASURES:
        raise QueryError(f"--measure {measure}: use value (levels) or change (growth rates)")
    if concept.measure == "growth" or concept.growth_of is not None:
        measure = "change"
    return concept, measure or "value"


def series_params(concept, measure, area=None, first=None, last=None, figures=False):
    """The parameters of the named query `series` for one concept."""
    params = {"indicator": concept.notation, "measure": measure, "region": area,
              "from": None if first is None else str(first), "to": None if last is None else str(last),
              "figures": "all" if figures else None}
    return {k: v for k, v in params.items() if v is not None}


def memory_store(source):
    """A graph file (or an rdflib Graph) in an in-memory Oxigraph store: rdflib runs the series query slowly."""
    if isinstance(source, Graph):
        store = ox.Store()
        store.bulk_load(source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store
    return load_store(source)


def build_series(target, indicator, measure=None, area=None, first=None, last=None, evidence=False, unit=None):
    """The series of an indicator (notation or label) in a graph or store, optionally with every figure's evidence.

    target is an rdflib Graph or a pyoxigraph Store (a store directory's, or memory_store's); unit (万吨, 斤) is
    the unit every figure is converted into (kg/sparql/conversion.py: by default the indicator's own, e.g. 万吨
    for grain, where its figures come in several units of one dimension).
    """
    from .conversion import in_one_unit

    concept, measure = resolve(indicator, measure)
    if first is not None and last is not None and first > last:
        raise QueryError(f"--from {first} is after --to {last}")
    rows = _run(target, series_params(concept, measure, area, first, last))
    figures = _run(target, series_params(concept, measure, area, first, last, figures=True)) if evidence else None
    return in_one_unit(read_series(concept, measure, rows, figures), unit)


def _run(target, params):
    """The rows of the named query as (variables, rows of lexical strings or None)."""
    text, bindings = named_query("series", params)
    if not isinstance(target, ox.Store):
        result = run_query(target, text, bindings)
        return _Rows(result.variables, [tuple(None if t is None else str(t) for t in row) for row in result.rows])
    # kg's own query with escaped values: no need for rdflib's parser (a second on this query), nor for
    # rdflib terms (a fifth of the time on 1,000 reports)
    text, _ = fill_params(text, bindings)
    try:
        solutions = target.query(text, prefixes=QUERY_PREFIXES)
        names = tuple(v.value for v in solutions.variables)
        return _Rows(names, [tuple(None if s[n] is None else s[n].value for n in names) for s in solutions])
    except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed in the store: {exc}") from None


_Rows = namedtuple("_Rows", "variables rows")


def read_series(concept, measure, rows, figures=None):
    """A Series from the rows of the named query `series` (and its figures=all rows, for evidence)."""
    by_point = _figures(figures) if figures is not None else {}
    points = []
    for row in rows.rows:
        values = dict(zip(rows.variables, row))
        area, year = str(values["area"] or ""), int(str(values["year"]))
        actual_report, _, target_report = str(values["report"]).partition(" / ")
        points.append(Point(
            area=area, year=year, actual=_decimal(values["actual"]), target_low=_decimal(values["target_low"]),
            target_high=_decimal(values["target_high"]), bound=_text(values["bound"]),
            unit=str(values["unit"] or ""), actual_report=None if actual_report == "-" else actual_report,
            target_report=None if target_report in ("-", "") else target_report,
            figures=tuple(by_point.get((area, year), ())), actual_bound=_text(values.get("actual_bound")),
            target_unit=_text(values.get("target_unit"))))
    return Series(concept=concept, measure=measure, points=tuple(points))


def _figures(result):
    """Every figure by (area, year), each marked chosen when its key is the least of its role (as MIN is in SPARQL)."""
    rows = [dict(zip(result.variables, row)) for row in result.rows]
    best = {}
    for row in rows:
        slot = (str(row["area"] or ""), int(str(row["year"])), str(row["role"]))
        best[slot] = min(best.get(slot, str(row["key"])), str(row["key"]))
    found = {}
    for row in rows:
        area, year, role = str(row["area"] or ""), int(str(row["year"])), str(row["role"])
        found.setdefault((area, year), []).append(Figure(
            role=role, number=_decimal(row["number"]), low=_decimal(row["low"]), high=_decimal(row["high"]),
            bound=_text(row["bound"]), unit=str(row["unit"] or ""), report=str(row["report"]),
            quote=str(row["quote"] or ""), start=int(str(row["start"])), chosen=str(row["key"]) == best[(area, year, role)]))
    return found


def unit_symbol(iri):
    """The word reports write for a unit IRI (元, %, 吨), or "" when kg has none."""
    if not iri:
        return ""
    found = next((word for word, (node, _, _) in units().items() if str(node) == str(iri)), None)
    return found if found is not None else ("" if "://" in str(iri) or ":" in str(iri) else str(iri))


def _decimal(term):
    if term is None or str(term) == "":
        return None
    return Decimal(str(term))


def _text(term):
    return None if term is None or str(term) == "" else str(term)


# ---------------------------------------------------------------- output

COLUMNS = ("area", "year", "actual", "target_low", "target_high", "bound", "unit", "report")


def report_cell(point):
    """The reports a row's figures came from: the result's, then the target's ("-" for none)."""
    return f"{point.actual_report or '-'} / {point.target_report or '-'}"


def exact_rows(series):
    """The rows as exact text: decimals in full, the unit as reports write it, bound as kg names it."""
    def text(value):
        return "" if value is None else plain(value)
    return [[p.area, str(p.year), text(p.actual), text(p.target_low), text(p.target_high), p.bound or "",
             unit_symbol(p.unit), report_cell(p)] for p in series.points]


def to_csv(series):
    """The series as CSV (CRLF line ends, like kg query's CSV), exact decimals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(exact_rows(series))
    return out.getvalue()


def to_table(series, raw=False):
    """The series as a table for people: 2.57万亿元, 5%左右, 6%－6.5% (raw: the CSV columns, exact)."""
    if raw:
        header, body = list(COLUMNS), exact_rows(series)
    else:
        header = ["area", "year", "actual", "target", "report"]
        body = [[p.area, str(p.year), _actual_text(p), readable_range(p.target_low, p.target_high, unit_symbol(p.unit),
                                                                          p.bound), report_cell(p)]
                for p in series.points]
    table = format_result(Result("select", tuple(header), tuple(tuple(Literal(c) for c in row) for row in body)),
                          "table", max_width=None)
    return f"{series.concept.label} ({series.concept.notation}), {series.measure}\n{table}"


def _actual_text(point):
    return "" if point.actual is None else readable_figure(point.actual, unit_symbol(point.unit), point.actual_bound)


def to_json(series):
    """The series as JSON: the indicator, then per area and year the chosen figures and every figure with its quote.

    Numbers are JSON numbers written with their exact decimal digits.
    """
    concept = series.concept
    doc = {"indicator": {"notation": concept.notation, "label": concept.label, "label_en": concept.label_en,
                         "iri": str(concept.iri), "measure": concept.measure},
           "measure": series.measure, "columns": list(COLUMNS), "rows": []}
    for point in series.points:
        doc["rows"].append({
            "area": point.area, "year": point.year, "actual": _number(point.actual),
            "target_low": _number(point.target_low), "target_high": _number(point.target_high), "bound": point.bound,
            "unit": unit_symbol(point.unit), "report": {"actual": point.actual_report, "target": point.target_report},
            "figures": [{"role": f.role, "value": _number(f.number), "low": _number(f.low), "high": _number(f.high),
                         "bound": f.bound, "unit": unit_symbol(f.unit), "report": f.report, "chosen": f.chosen,
                         "quote": f.quote, "start": f.start} for f in point.figures]})
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    return re.sub(r'"\\u0000(-?[0-9.]+)\\u0000"', r"\1", text) + "\n"


def _number(value):
    """A decimal marked so to_json writes it as a bare JSON number with its exact digits."""
    return None if value is None else f"\0{plain(value)}\0"
