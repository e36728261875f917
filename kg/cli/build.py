"""kg build: reports into a graph file (and its page) or a store."""
import sys
import time
from pathlib import Path

import click

from .app import (DEFAULT_INPUT, DEFAULT_OUTPUT, GRAPH_FORMATS, STDOUT, cli, is_quiet, shown, status, stdin_bytes,
                  verbosity)


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
              help="Also draw the network page beside the graph file (graph.ttl → graph.html; not with -o -).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Reports parsed at once, in worker processes [default: the machine's cores].")
@click.option("--keep-going", is_flag=True,
              help="Build the reports that can be read and list the others, instead of writing nothing.")
@verbosity
def build(inputs, output, fmt, store_dir, region, year, html, jobs, keep_going):
    """Build a graph from report files, folders of them, or - for stdin.

    A report is text (UTF-8, UTF-16, GB18030 or Big5; Simplified or Traditional), a PDF with a
    text layer, a saved web page or a Word .docx file; a folder gives every *.txt, *.pdf, *.html,
    *.htm and *.docx below it. PDF, web pages and Word need extras: pip install 'kg[formats]'.

    With no INPUTS, builds data/reports into out/graph.ttl (and out/graph.html).
    With --store, each report goes into the store as its own named graph.
    Reports are parsed in -j worker processes and streamed, so memory stays flat.
    A report that cannot be read stops the build before anything is written
    (every such report is listed); --keep-going builds the rest.

    \b
    Example:
      kg build data/reports/shanxi-2024.txt -o out/graph.ttl
      kg build data/reports --store out/store -j 4
    """
    from ..pipeline.corpus import build_file, build_store
    from ..rdf.formats import graph_format

    started = time.perf_counter()
    inputs = inputs or (DEFAULT_INPUT,)
    graph_format(output or DEFAULT_OUTPUT, fmt)  # an unknown suffix is refused before any work
    _refuse_overwriting_an_input(inputs, output)
    options = dict(region=region, year=year, stdin_bytes=stdin_bytes(inputs), jobs=jobs, keep_going=keep_going)
    if store_dir:
        with _Progress() as progress:
            result = build_store(inputs, store_dir, progress=progress, **options)
        _report_skipped(result)
        _store_summary(result, store_dir, started)
        if output is None:
            return
    output = output or DEFAULT_OUTPUT
    stream = sys.stdout.buffer if output == STDOUT else None
    with _Progress() as progress:
        result = build_file(inputs, output, fmt, page=html, progress=progress, stream=stream, **options)
    if stream is not None:
        stream.flush()
    _report_skipped(result)
    if result.page_renamed:
        status(f"note: {result.page_renamed}")
    if result.page_skipped:
        status(f"note: {result.page_skipped}")
    status(_summary(result, shown(output), time.perf_counter() - started))


class _Progress:
    """A progress line on stderr (reports, MB, rate, ETA) when stderr is a terminal and not -q; -v lines per report."""

    def __init__(self):
        self.shown, self.last = False, 0.0
        self.started = time.perf_counter()
        self.bar = not is_quiet() and _interactive()

    def __enter__(self):
        return self

    def __call__(self, lines, reports, total_reports, done, total):
        if lines.detail:  # what kg found out about the report: always when a value is a guess, else with -v
            self._clear()
            status(lines.detail, detail=not lines.guessed)
            status(f"  key {lines.key}, {lines.observations} observations", detail=True)
        now = time.perf_counter()
        if not self.bar or (now - self.last < 0.2 and reports < total_reports):
            return
        self.last, elapsed = now, max(now - self.started, 1e-6)
        rate = done / elapsed
        eta = (total - done) / rate if rate else 0
        line = (f"building {reports}/{total_reports} reports, {done / 1e6:.1f}/{total / 1e6:.1f} MB, "
                f"{rate / 1e6:.2f} MB/s, ETA {int(eta) // 60}:{int(eta) % 60:02d}")
        click.echo(f"\r{line}\x1b[K", nl=False, err=True)
        self.shown = True

    def _clear(self):
        if self.shown:
            click.echo("\r\x1b[K", nl=False, err=True)

    def __exit__(self, *exc):
        if self.shown:
            click.echo("", err=True)


def _interactive():
    return sys.stderr.isatty()


def _refuse_overwriting_an_input(inputs, output):
    from ..text.reader import report_paths

    if output and output != STDOUT and Path(output).exists():
        target = Path(output).resolve()
        if any(path != "-" and Path(path).resolve() == target for path in report_paths(inputs)):
            raise click.UsageError(f"-o {output} is one of the reports being read; give the graph another name")


def _report_skipped(result):
    for name, reason in result.skipped:
        click.echo(f"skipped {reason}" if reason.startswith(name) else f"skipped {name}: {reason}", err=True)


def _store_summary(result, store_dir, started):
    from ..store.local import count_triples

    for key, count in result.reports:
        status(f"stored {key}: {count} triples")
    status(f"store {store_dir}: {count_triples(store_dir)} triples in {time.perf_counter() - started:.2f}s")


def _summary(result, output, elapsed):
    from ..rdf.graph import ENTITY_CLASSES

    entities = ", ".join(f"{name} {result.count(name)}" for name in ENTITY_CLASSES if result.count(name))
    return (f"wrote {output}: {len(result.reports)} report(s), {result.count('Observation')} observations "
            f"({result.count('TargetObservation')} targets), {result.triples} triples in {elapsed:.2f}s\n"
            f"entities: {entities}")
