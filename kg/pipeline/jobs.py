"""Pipeline jobs: each report read, parsed and turned into sorted triple lines, in worker processes.

Reports are independent jobs. Results come back in input order whatever the number of workers,
so every -j N writes the same bytes; at most a few results wait at once, so memory stays flat
however many reports there are.
"""
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Optional

from ..errors import KgError
from ..model import Document
from ..rdf.ntriples import TripleLines, used_prefixes
from ..text.keys import source_path
from ..text.reader import read_document

AHEAD = 4  # results a worker may run ahead of the writer


@dataclass(frozen=True)
class ReportLines:
    """One report as text lines of triples (sorted, unique), or the reason it could not be read.

    detail says what was found out (region, year; guessed when either is a guess); prefixes are
    those the Turtle lines use.
    """
    name: str
    key: Optional[str] = None
    text: str = ""
    triples: int = 0
    error: Optional[str] = None
    detail: str = ""
    guessed: bool = False
    observations: int = 0
    prefixes: frozenset = frozenset()
    source: Optional[str] = None


def default_jobs():
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def report_triples(parsed, style="nt"):
    """A parsed report's triples (what to_graph adds for it) as sorted, unique lines of a style (nt, turtle)."""
    from . import add_parsed_report

    return add_parsed_report(TripleLines(style), parsed).sorted()


def report_lines(path, key=None, region=None, year=None, stdin_bytes=None, style="nt"):
    """Read and parse one report into ReportLines; a report kg cannot read gives its error instead.

    key is the report's key in the build (kg/text/keys.py); without it, the one its name gives.
    """
    from ..extract.report import describe
    from . import parse_document

    source = source_path(path)
    try:
        document = _read(path, stdin_bytes)
        document = replace(document, key=key or document.key, source=source)
        parsed = parse_document(document, region, year)
    except KgError as exc:
        return ReportLines(name=path, error=str(exc))
    lines = report_triples(parsed, style)
    guessed = "guess" in (parsed.info.region_source, parsed.info.year_source)
    text = "\n".join(lines)
    return ReportLines(name=path, key=parsed.info.key, text=text, triples=len(lines),
                       detail=describe(parsed.info), guessed=guessed, observations=len(parsed.observations),
                       prefixes=used_prefixes(text) if style == "turtle" else frozenset(), source=source)


def _read(path, stdin_bytes):
    """read_document, where a reading library's own failure on one file (a PDF, page or Word library's
    exception) is that file's error: --keep-going builds the rest."""
    from ..errors import InputError

    try:
        return read_document(path, stdin_bytes)
    except KgError:
        raise
    except RecursionError:
        raise InputError(f"{path}: nested too deeply to read; save it as plain text or PDF") from None
    except Exception as exc:
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        raise InputError(f"{path}: cannot be read (unexpected {type(exc).__name__}{': ' + detail if detail else ''}); "
                         "save it as text or PDF, and report it as a bug in kg") from None


def report_nquads(path, region=None, year=None):
    """One report as an independent job: (report key, its graph IRI, N-Quads of its triples in that graph).

    For building on an engine of many machines (Dask, Ray, Spark): each worker runs this on one
    file and writes the text out; raises InputError for a report kg cannot read.
    """
    from ..errors import InputError
    from ..rdf.iris import report_iri

    lines = report_lines(path, None, region, year)
    if lines.error is not None:
        raise InputError(lines.error)
    graph = report_iri(lines.key)
    return lines.key, str(graph), (lines.text + "\n").replace(" .\n", f" <{graph}> .\n")


def _warm():
    """Load the lexicons once in the parent, so forked workers start with them."""
    from . import parse_document

    parse_document(Document(name="warm.txt", text="2023年全省地区生产总值增长5%。", checksum="sha256:0"), "山西省", 2023)


def _job(args):
    return report_lines(*args)


def run_jobs(keyed, region=None, year=None, stdin_bytes=None, style="nt", jobs=None):
    """ReportLines for every (path, key), in order, computed by up to jobs worker processes."""
    jobs = min(jobs or default_jobs(), len(keyed))
    tasks = [(path, key, region, year, stdin_bytes, style) for path, key in keyed]
    if jobs <= 1:
        yield from map(_job, tasks)
        return
    _warm()
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm) as pool:
        pending = deque()
        queue = iter(tasks)
        try:
            for task in queue:
                pending.append(pool.submit(_job, task))
                if len(pending) >= jobs * AHEAD:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
