"""Corpus builds: every report streamed from its worker into one graph file (and its page) or a store.

Memory stays flat: a report's triples are held only until they are merged (files) or spooled
(stores). By default a report kg cannot read stops the build before anything is written, after
every such report has been listed; with keep_going the others are built and the bad ones listed.
"""
import io
import os
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import InputError
from ..rdf.iris import report_iri
from ..rdf.ntriples import nt_term
from ..rdf.files import open_atomic, write_atomic
from ..rdf.formats import graph_format
from ..rdf.outputs import serialize
from ..rdf.runs import SortedRuns
from ..rdf.turtle import write_turtle
from ..text.keys import keyed_paths
from ..text.reader import STDIN, report_paths
from ..vocab import KG
from .jobs import run_jobs

PAGE_LIMIT = 200_000  # triples past which the page is not drawn: it would hold the whole graph in memory
_NT_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "


@dataclass
class BuildResult:
    """What a build wrote: reports built (key, triples), reports skipped (name, reason), counts."""
    reports: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    triples: int = 0
    classes: Counter = field(default_factory=Counter)
    output: Optional[Path] = None
    page: Optional[Path] = None
    page_skipped: Optional[str] = None
    page_renamed: Optional[str] = None  # why the page has another name than graph.html

    def count(self, name):
        """Resources of class kg:name in the graph written."""
        return self.classes[nt_term(KG[name])] + self.classes[f"kg:{name}"]


def page_path(output, inputs=()):
    """The page drawn beside a graph file: graph.ttl → graph.html, never the graph's own name, and never a
    report being read (report.ttl beside report.html, a report: report.page.html)."""
    output = Path(output)
    page = output.with_suffix(".html")
    read = {_same_file_key(path) for path in inputs if path != STDIN}
    if page == output or _same_file_key(page) in read:
        page = output.with_name(f"{output.stem}.page.html")
    return page


def _same_file_key(path):
    return os.path.normcase(os.path.realpath(path))


def sizes(paths, stdin_bytes=None):
    """Bytes of each input (for progress and rates)."""
    found = []
    for path in paths:
        try:
            found.append(len(stdin_bytes or b"") if path == STDIN else os.stat(path).st_size)
        except OSError:
            found.append(0)
    return found


def reports(inputs, result, region=None, year=None, stdin_bytes=None, style="nt", jobs=None, keep_going=False,
            progress=None, store_dir=None):
    """Yield each readable report's ReportLines in input order; the unreadable ones go to result.skipped.

    Without keep_going the first failure stops the yielding and InputError lists every unreadable
    report at the end (all are still read, so the list is whole); the caller then writes nothing.
    Keys are unique in the build and, with store_dir, against the reports the store holds.
    """
    stored = ()
    if store_dir and Path(store_dir).is_dir():
        from ..store.local import is_store, stored_sources

        stored = stored_sources(store_dir) if is_store(store_dir) else ()
    keyed = keyed_paths(report_paths(inputs), stdin_bytes, stored)
    failures = []
    weights = sizes([path for path, _ in keyed], stdin_bytes)
    total, done = sum(weights), 0
    for index, (lines, size) in enumerate(zip(run_jobs(keyed, region, year, stdin_bytes, style, jobs), weights)):
        done += size
        if progress is not None:
            progress(lines, index + 1, len(keyed), done, total)
        if lines.error is not None:
            failures.append(lines)
        elif keep_going or not failures:
            yield lines
    result.skipped = [(f.name, f.error) for f in failures]
    if failures and (not keep_going or len(failures) == len(keyed)):
        raise InputError(_failure_message(failures, len(keyed), keep_going))


def _failure_message(failures, total, keep_going):
    if len(failures) == 1 and total == 1:
        return failures[0].error
    head = (f"none of the {total} reports can be read" if keep_going else
            f"{len(failures)} of {total} reports cannot be read; nothing was written "
            "(--keep-going builds the rest)")
    return head + ":\n" + "\n".join(f"  {f.error}" for f in failures)


def build_file(inputs, output, fmt=None, region=None, year=None, stdin_bytes=None, jobs=None,
               keep_going=False, page=True, progress=None, stream=None):
    """Build the reports inputs name into one graph file (and its page); returns a BuildResult.

    Turtle, N-Triples and N-Quads stream: memory stays flat. TriG, JSON-LD and RDF/XML are written
    from the whole graph in memory. With stream (a binary file, e.g. stdout), the graph goes there
    and no page is drawn. Otherwise the graph and the page are one result: a failure leaves an
    earlier pair untouched.
    """
    chosen = graph_format(output, fmt)
    output = Path(output)
    result = BuildResult(output=output)
    style = "turtle" if chosen.name == "turtle" else "nt"
    whole = [] if chosen.name in ("trig", "json-ld", "xml") else None
    prefixes = set()
    paths = report_paths(inputs)
    if page and stream is None:
        result.page, beside = page_path(output, paths), page_path(output)
        if result.page != beside:
            result.page_renamed = f"the page is {result.page.name}: {beside.name} is a report this build reads"
    with SortedRuns(directory=_spill_dir(output, stream)) as runs:
        for lines in reports(paths, result, region, year, stdin_bytes, style, jobs, keep_going, progress):
            text = lines.text
            if chosen.name == "nquads" and text:
                text = (text + "\n").replace(" .\n", f" <{report_iri(lines.key)}> .\n").rstrip("\n")
            if whole is not None:
                whole.append((lines.key, lines.text))
            else:
                runs.add(text)
            prefixes |= lines.prefixes
            result.reports.append((lines.key, lines.triples))
        if stream is not None:
            _write_graph(runs, whole, chosen, result, prefixes, stream)
            return result
        with open_atomic(output) as target:
            graph = _write_graph(runs, whole, chosen, result, prefixes, target)
            target.flush()
            if page and target.temporary is not None:
                _draw_page(result, graph, target.temporary, chosen)
    return result


def _spill_dir(output, stream):
    """Where sorted runs go: beside a graph file (its disk has room for it), else the system's temporary folder."""
    if stream is not None or str(output).startswith(("/dev/", "/proc/")) or (output.exists() and not output.is_file()):
        return None
    return output.resolve().parent if output.resolve().parent.is_dir() else None


def _write_graph(runs, whole, chosen, result, prefixes, binary):
    """Write the merged lines (or the whole graph) to a binary stream; returns the rdflib graph if one was made."""
    if whole is not None:
        graph = _whole_graph(whole, chosen)
        binary.write(serialize(graph, chosen))
        result.triples = len({quad[:3] for quad in graph.quads((None, None, None, None))}) if chosen.quads \
            else len(graph)
        result.classes = _classes(graph)
        return None if chosen.quads else graph
    text = io.TextIOWrapper(binary, encoding="utf-8", newline="\n", write_through=False)
    try:
        if chosen.name == "turtle":
            result.triples += write_turtle(runs.lines(), text, prefixes, result.classes)
        else:
            text.writelines(line + "\n" for line in _counting(runs.lines(), result))
        text.flush()
    finally:
        text.detach()
    return None


def _whole_graph(whole, chosen):
    """The reports' lines as one rdflib Graph, or a Dataset of one graph per report for quad formats."""
    from rdflib import Dataset, Graph

    with warnings.catch_warnings():  # rdflib 7.6's Dataset calls its own deprecated API
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        if chosen.quads:
            dataset = Dataset()
            for key, text in whole:
                dataset.graph(report_iri(key)).parse(data=text, format="nt")
            return dataset
        graph = Graph()
        for _, text in whole:
            graph.parse(data=text, format="nt")
        return graph


def _classes(graph):
    """How many distinct resources of each class (by the rdf:type object's N-Triples form) a graph or dataset holds."""
    from rdflib.namespace import RDF

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        typed = {(s, o) for s, _, o, *_ in (graph.quads((None, RDF.type, None, None)) if hasattr(graph, "quads")
                                            else graph.triples((None, RDF.type, None)))}
    return Counter(nt_term(cls) for _, cls in typed)


def _counting(lines, result):
    """Pass N-Triples lines through, counting triples and the objects of rdf:type."""
    classes = result.classes
    for line in lines:
        result.triples += 1
        if _NT_TYPE in line:
            classes[line.split(_NT_TYPE, 1)[1].split(" ", 1)[0]] += 1
        yield line


def _draw_page(result, graph, temporary, chosen):
    """Draw the page from the graph just written and put it in place, before the graph is moved over the old one."""
    target, result.page = result.page, None
    if result.triples > PAGE_LIMIT:
        result.page_skipped = (f"{target} not drawn: {result.triples:,} triples is past the page's "
                               f"{PAGE_LIMIT:,}; draw a part with kg viz --focus NAME")
        if target.is_file():
            target.unlink()
            result.page_skipped += f" (the old {target.name} was removed)"
        return
    from ..sparql.engine import load_graph
    from ..viz import to_html, to_network

    graph = graph if graph is not None else load_graph(temporary, chosen.name)
    write_atomic(target, to_html(to_network(graph)).encode("utf-8"))
    result.page = target


def build_store(inputs, store_dir, region=None, year=None, stdin_bytes=None, jobs=None, keep_going=False,
                progress=None):
    """Build the reports inputs name into a store, each as its own named graph; returns a BuildResult.

    All or nothing: reports are spooled beside the store and written in one commit at the end.
    """
    from ..store.load import ReportLoader, spool_error

    result = BuildResult()
    loader = None
    try:
        for lines in reports(inputs, result, region, year, stdin_bytes, "nt", jobs, keep_going, progress, store_dir):
            loader = loader or ReportLoader(store_dir)  # after the workers start: they fork without the store
            loader.stage(report_iri(lines.key), lines.text, lines.triples, lines.source)
            result.reports.append((lines.key, lines.triples))
            result.triples += lines.triples
    except BaseException as exc:
        if loader is not None:
            loader.abort()
        if isinstance(exc, OSError):
            raise spool_error(exc, store_dir) from None
        raise
    if loader is not None:
        loader.commit()
    return result
