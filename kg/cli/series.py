"""kg series: a catalog indicator year by year (results and targets lined up) as a table, CSV, JSON or chart."""
import click

from .app import STDOUT, cli, status, verbosity
from .limits import DEFAULT_TIMEOUT, bounded


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.option("--indicator", "-i", metavar="ID_OR_LABEL",
              help="Catalog indicator: a notation (gdp, cpi, grain-output) or any name reports use (地区生产总值).")
@click.option("--area", metavar="NAME", help="Only this area, e.g. 中国 or 山西省 (default: every area).")
@click.option("--measure", type=click.Choice(("value", "change")),
              help="value: levels; change: growth rates (points for shares). Default: change for growth rates, else value.")
@click.option("--from", "first", type=int, metavar="YEAR", help="First year.")
@click.option("--to", "last", type=int, metavar="YEAR", help="Last year.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(("table", "csv", "json")),
              help="table for people (2.57万亿元, 5%左右); csv and json keep exact decimals, json every figure's quote.")
@click.option("-o", "--output", default=STDOUT, show_default=True, help="File to write the rows to (- is stdout).")
@click.option("--chart", "chart_file", metavar="FILE", help="Also draw the series into FILE (.svg, .png or .html).")
@click.option("--raw", is_flag=True, help="Tables print exact decimals in the CSV columns.")
@click.option("--unit", metavar="UNIT",
              help="Convert every figure into this unit (万吨, 吨, 斤): one series across the units reports use "
                   "[default: the indicator's own, e.g. 万吨 for grain-output].")
@click.option("--store", "store_dir", metavar="DIR", help="Read an on-disk store instead of a GRAPH file.")
@click.option("--list", "list_indicators", is_flag=True, help="List the catalog's indicators and exit.")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds the series may take before kg stops it.")
@click.option("--max-memory", type=click.IntRange(min=64), metavar="MB",
              help="Memory it may use before kg stops it [default: as kg query].")
@verbosity
def series(graph_file, indicator, area, measure, first, last, fmt, output, chart_file, raw, unit, store_dir,
           list_indicators, timeout, max_memory):
    """One indicator year by year: the result of each year and its target, per area.

    Reports name one indicator in many ways (国内生产总值, 地区生产总值, GDP, 经济增长);
    kg's catalog lines them up. A year's result comes from the report delivered soonest
    after it, its target from the report that set it; the others stay in --format json.
    Columns: area, year, actual, target_low, target_high, bound, unit, report (the
    result's report / the target's).

    \b
    Example:
      kg series out/national.ttl --indicator gdp --measure change
      kg series --store out/store -i 粮食产量 --area 山西省 --from 2015 --chart grain.png
    """
    from ..sparql.series import build_series, memory_store, to_csv, to_json, to_table

    if list_indicators:
        from ..extract.catalog import catalog

        for concept in catalog().concepts:
            click.echo(f"{concept.notation:28} {concept.measure:7} {concept.label}  ({concept.label_en})")
        return
    if not indicator:
        raise click.UsageError("give --indicator ID_OR_LABEL (kg series --list shows them)")
    if not store_dir and not graph_file:
        raise click.UsageError("give a GRAPH file or --store DIR")

    def work(stream):
        if store_dir:
            from ..store.local import open_store

            target = open_store(store_dir, read_only=True)
        else:
            target = memory_store(graph_file)
        result = build_series(target, indicator, measure, area, first, last, evidence=fmt == "json", unit=unit)
        text = {"table": lambda: to_table(result, raw), "csv": lambda: to_csv(result),
                "json": lambda: to_json(result)}[fmt]()
        if chart_file:  # drawn first: a chart that cannot be drawn stops the command before any output
            from ..viz.chart import write_chart

            write_chart(result, chart_file)
        stream.write(text.encode("utf-8"))
        return len(result.points)

    if store_dir:
        from ..store.locks import reading

        with reading(store_dir, keep=True):  # until the command ends: a commit waits, or is waited for
            rows = bounded(work, output, timeout, f"the series on {store_dir}", max_memory)
    else:
        rows = bounded(work, output, timeout, f"the series on {graph_file}", max_memory)
    if output != STDOUT:
        status(f"wrote {output}: {rows} rows ({fmt})")
    if chart_file:
        status(f"wrote {chart_file}")
