"""Store stage: an on-disk Oxigraph store holding one named graph per report, queried as their union.

Each report's graph carries its own copy of the shared resources it uses (regions, indicators,
industries, units), so removing one report never loses what another still states. The store's
default graph holds the union of the report graphs as a set (Oxigraph's own union default graph
is a bag: a region named by 30 reports would come back 30 times), kept in step by the same
transaction that changes a report graph; queries read it.
"""
import functools
import itertools
import re
import uuid
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import KgError, StoreError
from ..sparql.results import to_rdflib_term
from ..sparql.terms import checked_iri
from ..rdf import iris
from ..vocab import bind_prefixes
from .locks import INTENT_NAME, LOCK_NAME, reading, writing
from .sources import forget_update, is_report_graph, read_sources, record_update, source_quads

STAGING = "urn:kg:staging:"


def _releasing(func):
    """Raise kg's errors without the frames that hold the store: RocksDB locks its directory
    until the last reference to the open store goes, and a traceback is such a reference."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            error = type(exc)(*exc.args)
        raise error
    return wrapper


def _read_locked(func):
    """A reader of a store given by its folder holds the store's read lock while it runs (kg/store/locks.py)."""
    inner = _releasing(func)

    @functools.wraps(func)
    def wrapper(store_dir, *args, **kwargs):
        if isinstance(store_dir, ox.Store):
            return inner(store_dir, *args, **kwargs)
        # a streamed result is read after the call returns: the lock stays until the process ends
        with reading(store_dir, keep=kwargs.get("stream", False)):
            return inner(store_dir, *args, **kwargs)
    return wrapper


def _write_locked(func):
    """A writer to a store given by its folder holds the store's write lock while it runs."""
    inner = _releasing(func)

    @functools.wraps(func)
    def wrapper(store_dir, *args, **kwargs):
        if isinstance(store_dir, ox.Store):
            return inner(store_dir, *args, **kwargs)
        with writing(store_dir):
            return inner(store_dir, *args, **kwargs)
    return wrapper


def is_store(directory):
    """Whether directory holds an Oxigraph store (RocksDB's CURRENT file names its live manifest)."""
    return (Path(directory) / "CURRENT").is_file()


def open_store(directory, create=False, read_only=False):
    """Open the store in directory and drop any half-built report.

    create=True makes a new store in a missing or empty folder; a folder that holds other files
    is never turned into a store. read_only=True opens without the write lock, so any number of
    readers share a store (a build may run meanwhile) and a store on read-only media answers.
    """
    path = Path(directory)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory")
    if not is_store(path):
        if not path.exists() and not create:
            raise StoreError(f"{path}: no store here; create one with `kg build REPORTS --store DIR` first")
        if path.exists() and (not create or any(p.name not in (LOCK_NAME, INTENT_NAME) for p in path.iterdir())):
            raise StoreError(f"{path} is a folder but not a kg store; give the folder a build made with "
                             "--store, or a new or empty folder to build into")
    if read_only:
        try:
            store = ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: {_damage(exc, 'cannot read the store')}") from None
        _refuse_unfinished(store, path)
        return store
    try:
        store = ox.Store(str(path))
    except OSError as exc:
        message = _first_line(exc)
        if "lock" in message.lower():
            raise StoreError(f"{path}: another kg process is changing the store ({message}); "
                             "wait for it to finish and try again") from None
        raise StoreError(f"{path}: {_damage(exc, 'cannot open the store for writing')}") from None
    from .load import recover

    recover(store, path)  # finish a multi-report load a crash interrupted
    leftovers = [g for g in store.named_graphs() if g.value.startswith(STAGING)]
    if leftovers:
        store.update("".join(f"DROP SILENT GRAPH <{g.value}> ;\n" for g in leftovers))
    return store


def _target(store_or_dir, create=False):
    return store_or_dir if isinstance(store_or_dir, ox.Store) else open_store(store_or_dir, create)


def _reader(store_or_dir):
    return store_or_dir if isinstance(store_or_dir, ox.Store) else open_store(store_or_dir, read_only=True)


def report_graph_iri(report):
    """A report's graph IRI from its IRI or its key (shanxi-2024); anything else is refused."""
    text = str(report).strip()
    if ":" in text:
        return URIRef(checked_iri(text, "report", StoreError))
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", text):
        raise StoreError(f"{text!r} is not a report key: keys are lower-case letters, digits and '-', "
                         "e.g. shanxi-2024, or give the report's IRI")
    return iris.report_iri(text)


@_releasing
def add_report_graph(store_dir, report_iri, graph):
    """Put graph into the store as report_iri's named graph, replacing the old one atomically.

    Returns the triple count. See add_report_graphs.
    """
    return add_report_graphs(store_dir, [(report_iri, graph)])[0]


@_write_locked
def add_report_graphs(store_dir, reports, sources=None):
    """Put several (report IRI, graph) pairs into the store at once, each replacing its old graph.

    sources, when given, are the reports' resolved source paths (kg/text/keys.py), recorded
    beside them in the same transaction.

    When every report is new, one atomic extend writes them all. Otherwise every graph first
    goes to a staging graph; then one SPARQL Update takes each old graph's triples out of the
    union, moves each staging graph over its report graph and adds it to the union. Either way
    a failure (or a crash) leaves the store as it was before the build: staging graphs left
    behind are dropped when the store is next opened. Returns the counts.
    """
    store = _target(store_dir, create=True)
    reports = [(ox.NamedNode(str(report_graph_iri(iri))), graph) for iri, graph in reports]
    sources = list(sources or [None] * len(reports))
    if not any(store.contains_named_graph(target) for target, _ in reports):
        # All new: one atomic extend writes every report graph, the union and the sources together.
        try:
            store.extend(itertools.chain(
                (q for target, graph in reports for triple in graph for q in _quads(triple, target, ox.DefaultGraph())),
                (q for (target, _), path in zip(reports, sources) for q in source_quads(target, path))))
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"could not store the reports: {_first_line(exc)}; the store is unchanged") from None
        return [len(graph) for _, graph in reports]
    staged = []
    try:
        try:
            for target, graph in reports:
                staging = ox.NamedNode(f"{STAGING}{uuid.uuid4().hex}")
                staged.append((target, staging, len(graph)))
                store.extend(q for triple in graph for q in _quads(triple, staging))
            store.update(" ;\n".join(_swap(target.value, staging.value, count) + " ;\n" + record_update(target.value, path)
                                      for (target, staging, count), path in zip(staged, sources)))
        finally:
            for _, staging, _ in staged:
                if store.contains_named_graph(staging):
                    store.remove_graph(staging)
    except (OSError, ValueError, SyntaxError) as exc:
        raise StoreError(f"could not store the reports: {_first_line(exc)}; the store is unchanged") from None
    return [count for _, _, count in staged]


def _swap(target, staging, count):
    """SPARQL Update that replaces report graph target by staging, keeping the union in step."""
    if not count:
        return _unlink(target) + f"DROP SILENT GRAPH <{target}>"
    return (_unlink(target) + f"MOVE SILENT GRAPH <{staging}> TO GRAPH <{target}> ;\n"
            f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}")


def _quads(triple, *graphs):
    terms = [to_ox_term(t) for t in triple]
    return [ox.Quad(*terms, g) for g in graphs]


def remove_report(store_dir, report):
    """Remove one report's graph (by IRI or key); returns how many triples went."""
    if not isinstance(store_dir, ox.Store) and not is_store(store_dir):
        _target(store_dir)  # says why there is no store here (before a lock file is made in the folder)
    return _remove_report(store_dir, report)


@_write_locked
def _remove_report(store_dir, report):
    store = _target(store_dir)
    name = ox.NamedNode(str(report_graph_iri(report)))
    if not store.contains_named_graph(name):
        known = ", ".join(key for key, _ in list_reports(store)) or "none"
        raise StoreError(f"no report {report} in the store; it holds {known}")
    count = _count(store, name)
    store.update(_unlink(name.value) + f"DROP GRAPH <{name.value}> ;\n" + forget_update(name.value))
    return count


def _unlink(target):
    """SPARQL Update that takes from the union the triples only graph target states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{target}>) }} }} ;\n")


@_read_locked
def list_reports(store_dir):
    """The reports in the store as [(key, triple count)], sorted by key."""
    store = _reader(store_dir)
    prefix = str(iris.report_iri(""))
    return sorted((g.value[len(prefix):] if g.value.startswith(prefix) else g.value, _count(store, g))
                  for g in store.named_graphs() if is_report_graph(g))


def stored_sources(store_dir):
    """The reports a store holds as [Source] (key, source path, checksum); none when there is no store yet."""
    return _stored_sources(store_dir) if is_store(store_dir) else []


@_read_locked
def _stored_sources(store_dir):
    return read_sources(_reader(store_dir))


@_read_locked
def count_triples(store_dir):
    """Distinct triples in the union of all report graphs."""
    store = _reader(store_dir)
    answer = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(next(iter(answer))["n"].value)


@_read_locked
def store_to_graph(store_dir):
    """The union of every report graph as one rdflib.Graph (for export and pictures)."""
    store = _reader(store_dir)
    graph = bind_prefixes(Graph())
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        graph.add((to_rdflib_term(quad.subject), to_rdflib_term(quad.predicate), to_rdflib_term(quad.object)))
    return graph


@_read_locked
def store_to_dataset(store_dir):
    """The store's report graphs as an rdflib Dataset, one named graph per report (for N-Quads and TriG)."""
    from rdflib import Dataset

    store = _reader(store_dir)
    dataset = Dataset()
    for name in sorted((g for g in store.named_graphs() if is_report_graph(g)), key=lambda g: g.value):
        graph = dataset.graph(URIRef(name.value))
        for quad in store.quads_for_pattern(None, None, None, name):
            graph.add((to_rdflib_term(quad.subject), to_rdflib_term(quad.predicate), to_rdflib_term(quad.object)))
    return dataset


@_read_locked
def query_store(store_dir, text, bindings=None, allow_remote=False, stream=False):
    """Run a read-only SPARQL query over the union of the store's report graphs; returns a Result.

    Streamed rows are read after this returns: the store stays locked for reading until the process ends."""
    from ..sparql.engine import (  # query needs store's terms only lazily
        check_query,
        fill_params,
        run_checked,
    )

    text, bindings = fill_params(text, bindings)
    # Check before the store is opened in a frame below the parser: pyparsing leaves reference
    # cycles through its callers' frames, and an open store in one keeps its directory locked.
    names = _graph_names(store_dir)
    check_query(text, allow_remote, names)
    # GRAPH ?g sees the report graphs only: the sources record holds local paths, not data
    return run_checked(_reader(store_dir), text, bindings, stream, [ox.NamedNode(n) for n in names])


def _refuse_unfinished(store, path):
    """A reader finding the journal of a commit that a crash cut short sees only part of it: it says so."""
    from .load import JOURNAL

    if store.contains_named_graph(JOURNAL):
        raise StoreError(f"{path}: a build was cut short while writing to this store, so it holds only part of "
                         f"that build's reports; run any write (kg build … --store {path}, kg remove) to finish it")


def _damage(exc, doing):
    """What to say when RocksDB cannot open a store: damaged files are named as damage, with what to do."""
    message = _first_line(exc)
    if any(word in message for word in ("Corruption", "No such file", "MANIFEST", "CURRENT", "truncated")):
        return (f"the store is damaged ({message}); rebuild it from the reports into a new folder "
                "(kg build REPORTS --store NEW), or restore it from a copy")
    return f"{doing} ({message})"


def _graph_names(store_dir):
    return [g.value for g in _reader(store_dir).named_graphs() if is_report_graph(g)]


def to_ox_term(term):
    """An rdflib term as an Oxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = term.datatype if term.datatype and term.datatype != XSD.string else None
        return ox.Literal(str(term), datatype=ox.NamedNode(str(datatype)) if datatype else None)
    raise StoreError(f"kg cannot store the term {term!r}")


def _count(store, name):
    answer = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name.value}> {{ ?s ?p ?o }} }}")
    return int(next(iter(answer))["n"].value)


def _first_line(exc):
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
