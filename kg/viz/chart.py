"""Viz stage, chart: a series drawn offline as SVG, PNG or HTML: result and target lines, ranges as bands, sources under it.

matplotlib draws it (the `chart` extra); Chinese labels use the first CJK font the machine has
(kg/data/chart.toml), and SVG text is drawn as paths, so the file shows the same everywhere.
The same series gives the same bytes.
"""
import html
import io
import tomllib
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from ..errors import ChartError
from ..lexicon import data_path
from ..rdf.files import write_atomic
from ..sparql.readable import plain, readable_range, rules as number_rules
from ..sparql.series import report_cell, unit_symbol

SUFFIXES = (".svg", ".png", ".html")


@lru_cache(maxsize=None)
def style():
    """Fonts, colours and limits for charts (kg/data/chart.toml)."""
    with data_path("chart.toml").open("rb") as handle:
        return tomllib.load(handle)


def cjk_font():
    """The first font of chart.toml's list that matplotlib finds on this machine, or None."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in style()["cjk_fonts"] if name in installed), None)


def write_chart(series, path):
    """Draw series into path (.svg, .png or .html, by its suffix), written atomically; returns the path."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ChartError(f"--chart {path}: use a file ending in {', '.join(SUFFIXES)}")
    return write_atomic(path, chart_bytes(series, suffix))


def chart_bytes(series, suffix):
    """The chart of a series as the bytes of an .svg, .png or .html file."""
    matplotlib, Figure = _matplotlib()
    plot = plot_data(series)
    font = cjk_font()
    settings = {"svg.hashsalt": "kg", "svg.fonttype": "path", "font.family": [font, "DejaVu Sans"] if font
                else ["DejaVu Sans"], "axes.spines.top": False, "axes.spines.right": False}
    with matplotlib.rc_context(settings):
        figure = Figure(figsize=(9, 5.2), dpi=110, layout="constrained")
        _draw(figure.add_subplot(), plot)
        figure.text(0.01, 0.005, plot["source"], fontsize=7.5, color="#555555", ha="left", va="bottom", wrap=True)
        figure.get_layout_engine().set(rect=(0, 0.06, 1, 0.94))
        out = io.BytesIO()
        kind = "png" if suffix == ".png" else "svg"
        metadata = {"Software": None} if kind == "png" else {"Date": None, "Creator": None}
        figure.savefig(out, format=kind, metadata=metadata)
    data = out.getvalue()
    return _page(series, plot, data.decode("utf-8")) if suffix == ".html" else data


def _matplotlib():
    """matplotlib and its Figure, imported without changing pyparsing's packrat setting for the process.

    matplotlib's mathtext turns packrat caching on for every pyparsing grammar; rdflib's SPARQL
    parser then keeps parse state (and the query results its frames hold) alive across queries,
    and Oxigraph's results must be freed by the thread that made them.
    """
    from pyparsing import ParserElement

    packrat = getattr(ParserElement, "_packratEnabled", None)
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise ChartError("--chart needs matplotlib: pip install 'kg[chart]'") from None
    finally:
        if packrat is False and getattr(ParserElement, "_packratEnabled", False):
            ParserElement.disable_memoization()
    return matplotlib, Figure


def plot_data(series):
    """What the chart shows: per area (at most max_areas) the results and targets in one unit, scaled."""
    points = [p for p in series.points if p.actual is not None or p.target_low is not None or p.target_high is not None]
    if not points:
        raise ChartError(f"nothing to draw: no figures of {series.concept.notation} match the options")
    units = sorted({p.unit for p in points}, key=lambda u: (-sum(p.unit == u for p in points), u))
    unit = units[0]
    shown = [p for p in points if p.unit == unit]
    areas = list(dict.fromkeys(p.area for p in sorted(shown, key=lambda p: p.area)))
    limit = style()["max_areas"]
    divisor, unit_label = _scale([abs(v) for p in shown for v in (p.actual, p.target_low, p.target_high)
                                  if v is not None], unit_symbol(unit))
    lines = []
    for area in areas[:limit]:
        mine = [p for p in shown if p.area == area]
        lines.append({"area": area,
                      "actual": [(p.year, float(p.actual / divisor)) for p in mine if p.actual is not None],
                      "target": [(p.year, _scaled(p.target_low, divisor), _scaled(p.target_high, divisor), p.bound)
                                 for p in mine if p.target_low is not None or p.target_high is not None]})
    reports = sorted({r for p in shown if p.area in areas[:limit] for r in (p.actual_report, p.target_report) if r})
    notes = []
    if len(areas) > limit:
        notes.append(f"{len(areas) - limit} more areas not drawn (--area picks one)")
    if len(units) > 1:
        notes.append(f"{len(points) - len(shown)} figures in other units ({', '.join(unit_symbol(u) or '?' for u in units[1:])}) not drawn")
    span = f"{reports[0]} … {reports[-1]}" if len(reports) > 2 else ", ".join(reports)
    source = (f"Source: {len(reports)} report{'s' if len(reports) != 1 else ''} ({span}), the sentences kg quotes for "
              f"each figure (kg series --format json); indicator {series.concept.notation} of kg's catalog.")
    concept = series.concept
    title = f"{concept.label} · {concept.label_en}" + (", change on the year before" if series.measure == "change" else "")
    return {"lines": lines, "unit": unit_label, "title": title, "source": "  ".join([source] + notes)}


def _scale(values, symbol):
    """The magnitude word that keeps the largest value readable (万亿, 亿, 万) and the axis unit label."""
    if symbol in number_rules()["plain_units"] or not values:
        return Decimal(1), symbol
    for word, size in number_rules()["magnitudes"]:
        if max(values) >= size:
            return size, word + symbol
    return Decimal(1), symbol


def _scaled(value, divisor):
    return None if value is None else float(value / divisor)


def _draw(axes, plot):
    colors = style()["colors"]
    for number, line in enumerate(plot["lines"]):
        color = colors[number % len(colors)]
        name = line["area"] if len(plot["lines"]) > 1 else ""
        if line["actual"]:
            years, values = _gaps(line["actual"])
            axes.plot(years, values, marker="o", color=color, linewidth=2, label=f"{name} actual".strip())
        bands = [(y, lo, hi) for y, lo, hi, _ in line["target"] if lo is not None and hi is not None and lo != hi]
        for year, low, high in bands:
            axes.fill_between([year - 0.4, year + 0.4], [low] * 2, [high] * 2, color=color, alpha=0.18, linewidth=0)
        points = [(y, lo if lo is not None else hi) for y, lo, hi, _ in line["target"]]
        if points:
            years, values = _gaps(points)
            axes.plot(years, values, linestyle="--", marker="_", markersize=14, color=color, alpha=0.8,
                      label=f"{name} target".strip())
        for year, low, high, bound in line["target"]:
            if bound in ("atLeast", "moreThan") or (low is not None and high is None):
                axes.annotate("", (year, low), (year, low + _arrow(axes, low)), arrowprops={"arrowstyle": "<-", "color": color})
            elif bound == "atMost" or (high is not None and low is None):
                axes.annotate("", (year, high), (year, high - _arrow(axes, high)), arrowprops={"arrowstyle": "<-", "color": color})
    if any(lo != hi for line in plot["lines"] for _, lo, hi, _ in line["target"] if lo is not None and hi is not None):
        axes.fill_between([], [], [], color="#888888", alpha=0.18, label="target range")
    axes.set_title(plot["title"], fontsize=12, loc="left")
    axes.set_ylabel(plot["unit"])
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.legend(loc="best", fontsize=8, frameon=False)


def _gaps(pairs):
    """Years and values with NaN in the years a series skips, so the line breaks there instead of bridging them."""
    known = dict(pairs)
    years = list(range(min(known), max(known) + 1))
    return years, [known.get(year, float("nan")) for year in years]


def _arrow(axes, value):
    return max(abs(value) * 0.06, 0.2)


def _page(series, plot, svg):
    """An offline HTML page: the chart's SVG inline and the table of its figures below it."""
    rows = "".join(
        f"<tr><td>{html.escape(p.area)}</td><td>{p.year}</td>"
        f"<td>{'' if p.actual is None else plain(p.actual)}</td>"
        f"<td>{html.escape(readable_range(p.target_low, p.target_high, unit_symbol(p.unit), p.bound))}</td>"
        f"<td>{html.escape(unit_symbol(p.unit))}</td><td>{html.escape(report_cell(p))}</td></tr>"
        for p in series.points)
    svg = svg[svg.index("<svg"):]
    return ("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"kg\">"
            f"<title>{html.escape(plot['title'])}</title>"
            "<style>body{font-family:sans-serif;margin:2em;max-width:60em}svg{max-width:100%;height:auto}"
            "table{border-collapse:collapse}td,th{padding:.2em .8em;border-bottom:1px solid #ddd;text-align:left}"
            "</style></head><body>\n" + svg + "\n<table><thead><tr><th>area</th><th>year</th><th>actual</th>"
            "<th>target</th><th>unit</th><th>report</th></tr></thead><tbody>" + rows + "</tbody></table>\n"
            f"<p>{html.escape(plot['source'])}</p></body></html>\n").encode("utf-8")
