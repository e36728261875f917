"""kg build: reports into a graph file (and its page) or a store."""
import time
from pathlib import Path

import click

from .app import (DEFAULT_INPUT, DEFAULT_OUTPUT, GRAPH_FORMATS, STDOUT, cli, shown, status, stdin_bytes, verbosity,
                  write_output)


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", default=None,
              help=f"Graph file to write, - for stdout [default: {DEFAULT_OUTPUT}, none with --store].")
@click.option("--format", "fmt", type=click.Choice(GRAPH_FORMATS), help="Graph format (default: from the suffix).")
@click.option("--store", "store_dir", metavar="DIR",
              help="Build into an on-disk Oxigraph store: one named graph per report, replaced when rebuilt.")
@click.option("--region", help="Region the reports are about (overrides the text), e.g. 山西省.")
@click.option("--year", type=click.IntRange(1900, 2100), help="Year the reports review (overrides the text), e.g. 2023.")
@click.option("--html/--no-html", default=True, show_default=True,
              help="Also write the network page (graph.html) next to the graph file (not with -o -).")
@verbosity
def build(inputs, output, fmt, store_dir, region, year, html):
    """Build a graph from report files, folders of them, or - for stdin.

    A report is text (UTF-8, UTF-16, GB18030 or Big5; Simplified or Traditional), a PDF with a
    text layer, a saved web page or a Word .docx file; a folder gives every *.txt, *.pdf, *.html,
    *.htm and *.docx below it. PDF, web pages and Word need extras: pip install 'kg[formats]'.

    With no INPUTS, builds data/reports into out/graph.ttl (and out/graph.html).
    With --store, each report goes into the store as its own named graph.

    \b
    Example:
      kg build data/reports/shanxi-2024.txt -o out/graph.ttl
      kg build data/reports --store out/store
    """
    from ..pipeline import GRAPH_STAGES, parse_paths, to_dataset, to_graph
    from ..rdf.formats import graph_format
    from ..rdf.outputs import serialize

    started = time.perf_counter()
    inputs = inputs or (DEFAULT_INPUT,)
    chosen = graph_format(output or DEFAULT_OUTPUT, fmt)  # an unknown suffix is refused before any work
    _refuse_overwriting_an_input(inputs, output)
    parsed = parse_paths(inputs, region, year, stdin_bytes(inputs), store_dir)
    from ..extract.report import describe

    for report in parsed:  # what kg found out about each report: always when a value is a guess, else with -v
        guessed = "guess" in (report.info.region_source, report.info.year_source)
        status(describe(report.info), detail=not guessed)
        status(f"  key {report.info.key}, {len(report.observations)} observations", detail=True)
    if store_dir:
        _build_into_store(parsed, store_dir, started)
        if output is None:
            return
    output = output or DEFAULT_OUTPUT
    graph = to_graph(parsed, extra=GRAPH_STAGES)
    write_output(output, serialize(to_dataset(parsed) if chosen.quads else graph, chosen))
    if html and output != STDOUT and Path(output).is_file():  # no page beside stdout, a device or a pipe
        from ..viz import to_network, write_html

        write_html(to_network(graph), Path(output).with_name("graph.html"))
    elapsed = time.perf_counter() - started
    status(_summary(graph, len(parsed), shown(output), elapsed))


def _refuse_overwriting_an_input(inputs, output):
    from ..text.reader import report_paths

    if output and output != STDOUT and Path(output).exists():
        target = Path(output).resolve()
        if any(path != "-" and Path(path).resolve() == target for path in report_paths(inputs)):
            raise click.UsageError(f"-o {output} is one of the reports being read; give the graph another name")


def _build_into_store(parsed, store_dir, started):
    from ..pipeline import store_reports
    from ..store.local import count_triples

    for key, count in store_reports(parsed, store_dir):
        status(f"stored {key}: {count} triples")
    status(f"store {store_dir}: {count_triples(store_dir)} triples in {time.perf_counter() - started:.2f}s")


def _summary(graph, reports, output, elapsed):
    from ..rdf.graph import ENTITY_CLASSES, count_by_class

    counts = count_by_class(graph)
    entities = ", ".join(f"{name} {counts[name]}" for name in ENTITY_CLASSES if counts[name])
    return (f"wrote {output}: {reports} report(s), {counts['Observation']} observations "
            f"({counts['TargetObservation']} targets), {len(graph)} triples in {elapsed:.2f}s\nentities: {entities}")
