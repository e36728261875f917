"""Library API: the few functions a notebook user imports (re-exported by kg/__init__.py)."""
from pathlib import Path


def build(paths, region=None, year=None):
    """The knowledge graph (an rdflib.Graph) of the reports that paths name: files (text, PDF, web page, Word), folders.

    region and year override what each report's text says (a region name such as 山西省, a year such as 2023).
    """
    from .pipeline import build_graph

    return build_graph(_as_list(paths), region=region, year=year)


def parse(text, name="report.txt", region=None, year=None):
    """One report's text read into a ParsedReport: observations and entities as plain data, before RDF."""
    import hashlib

    from .model import Document
    from .pipeline import parse_document

    checksum = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    return parse_document(Document(name=name, text=text, checksum=checksum), region=region, year=year)


def load(path):
    """A graph file (Turtle, N-Triples, JSON-LD, RDF/XML, TriG, N-Quads) as an rdflib.Graph."""
    from .sparql.engine import load_graph

    return load_graph(str(path))


def query(source, sparql_or_name, **params):
    """Run a SPARQL query, or a named query with its parameters, on a graph, a graph file or a Store.

    Returns a Result: `.variables` and `.rows` (tuples of rdflib terms) for SELECT, `.answer` for
    ASK, `.graph` for CONSTRUCT and DESCRIBE.
    """
    import re

    from .sparql.engine import named_query, run_query

    bindings = None
    text = sparql_or_name
    if re.fullmatch(r"[A-Za-z][\w-]*", sparql_or_name.strip()):  # a name, not SPARQL: one of kg's queries
        values = {key: str(value) for key, value in params.items() if value is not None}
        text, bindings = named_query(sparql_or_name.strip(), values, how="the keyword argument {name}=…")
    elif params:
        raise TypeError("parameters are for named queries; put the values into the SPARQL text instead")
    source = _source(source)
    if isinstance(source, Store):
        return source.query(text, bindings)
    if isinstance(source, (str, Path)):
        from .sparql.engine import load_store

        source = load_store(str(source))  # Oxigraph: many times faster than rdflib on a big file
    return run_query(source, text, bindings)


def series(source, indicator, measure=None, area=None, first=None, last=None, evidence=False, unit=None):
    """One catalog indicator year by year, as `kg series` prints it: a Series of Points (area, year,
    actual, target range, bound, unit, reports), with `.to_python()` rows and `.to_dataframe()`.

    source is a graph, a graph file or a Store (or a store's folder); indicator a notation (gdp,
    grain-output) or a name reports use (国内生产总值); first and last bound the years; unit (万吨, 斤) the unit
    every figure is converted into (by default the indicator's own where its figures come in several units).
    """
    from .sparql.series import build_series, memory_store

    source = _source(source)
    if not isinstance(source, Store):
        return build_series(memory_store(source), indicator, measure, area, first, last, evidence=evidence, unit=unit)
    from .store.local import open_store
    from .store.locks import reading

    with reading(source.path):
        return build_series(open_store(source.path, read_only=True), indicator, measure, area, first, last,
                            evidence=evidence, unit=unit)


def _source(source):
    """A store's folder given as a path is that Store."""
    from .store.local import is_store

    return Store(source) if isinstance(source, (str, Path)) and is_store(source) else source


class Store:
    """An on-disk Oxigraph store holding one named graph per report (created on first add)."""

    def __init__(self, path):
        self.path = str(path)

    def add(self, paths, region=None, year=None, jobs=1):
        """Build reports into the store, each replacing its earlier graph; returns {report key: triples}.

        jobs > 1 parses reports in that many worker processes; memory stays flat however many reports.
        """
        from .pipeline.corpus import build_store

        return dict(build_store(_as_list(paths), self.path, region, year, jobs=jobs).reports)

    def remove(self, report):
        """Remove one report's graph (by key or IRI); returns the number of triples removed."""
        from .store.local import remove_report

        return remove_report(self.path, report)

    def reports(self):
        """The IRIs of the reports in the store."""
        from .store.local import list_reports

        return list_reports(self.path)

    def query(self, text, bindings=None):
        """Run a read-only SPARQL query on the union of the store's reports."""
        from .store.local import query_store

        return query_store(self.path, text, bindings)

    def graph(self):
        """The union of the store's report graphs as an rdflib.Graph."""
        from .store.local import store_to_graph

        return store_to_graph(self.path)

    def __len__(self):
        from .store.local import count_triples

        return count_triples(self.path)

    def __repr__(self):
        return f"Store({self.path!r})"


def _as_list(paths):
    return [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
