"""Store stage: where each stored report came from, so a rebuild finds its report and no other.

A store keeps, beside the report graphs, one small graph (urn:kg:store:sources) saying which
file each report was built from (its resolved path). Together with the checksum the report
graph itself states, that is what kg/text/keys.py needs to give a rebuilt file its old key and
another file with the same name a new one. The graph stays out of the union that queries,
exports and pushes read: local paths are not data to publish.
"""
import pyoxigraph as ox

from ..sparql.terms import sparql_term
from ..text.keys import Source
from ..vocab import KG
from ..rdf import iris

SOURCES = ox.NamedNode("urn:kg:store:sources")
SOURCE_PATH = ox.NamedNode("urn:kg:store:sourcePath")
INTERNAL = ("urn:kg:",)


def is_report_graph(name):
    """Whether a named graph of the store is a report's (not kg's own bookkeeping or staging)."""
    return not name.value.startswith(INTERNAL)


def read_sources(store):
    """Every report in an open store as a Source: key, source path (None when unknown) and checksum."""
    prefix = str(iris.report_iri(""))
    answer = store.query(
        f"SELECT ?g ?checksum ?path WHERE {{ GRAPH ?g {{ ?g <{KG.checksum}> ?checksum }} "
        f"OPTIONAL {{ GRAPH <{SOURCES.value}> {{ ?g <{SOURCE_PATH.value}> ?path }} }} }}")
    found = []
    for row in answer:
        name = row["g"].value
        if name.startswith(prefix):
            path = row["path"]
            found.append(Source(name[len(prefix):], path.value if path is not None else None, row["checksum"].value))
    return sorted(found, key=lambda s: s.key)


def source_quads(report, path):
    """The quads recording that report (a NamedNode) was built from path."""
    return [ox.Quad(report, SOURCE_PATH, ox.Literal(path), SOURCES)] if path else []


def forget_update(report):
    """SPARQL Update that drops what the sources graph says of report."""
    return f"DELETE WHERE {{ GRAPH <{SOURCES.value}> {{ <{report}> ?p ?o }} }}"


def record_update(report, path):
    """SPARQL Update that records report's source path, replacing the old record."""
    if not path:
        return forget_update(report)
    from rdflib import Literal

    return (forget_update(report) + " ;\n" +
            f"INSERT DATA {{ GRAPH <{SOURCES.value}> {{ <{report}> <{SOURCE_PATH.value}> {sparql_term(Literal(path))} }} }}")
