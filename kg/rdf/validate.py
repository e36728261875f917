"""Validation stage: a graph checked against ontology/shapes.ttl with pySHACL."""
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph
from rdflib.namespace import RDF, SH


@dataclass(frozen=True)
class Violation:
    """One broken constraint: the node, the property path and the message."""
    focus: str
    path: str
    message: str


@lru_cache(maxsize=None)
def ontology_text(name):
    return (resources.files("kg") / "ontology" / name).read_text(encoding="utf-8")


def ontology_graph():
    """ontology/kg.ttl as a Graph."""
    return Graph().parse(data=ontology_text("kg.ttl"), format="turtle")


def shapes_graph():
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


def validate(graph):
    """The violations of graph against kg's shapes, sorted; empty when the graph conforms."""
    from pyshacl import (
        validate as shacl_validate,  # heavy import, only for this command
    )

    _, report, _ = shacl_validate(graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                  inference="rdfs", allow_warnings=True)
    found = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        found.add(Violation(focus=str(focus), path=str(path) if path is not None else "",
                            message=str(message) if message is not None else "constraint not met"))
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))
