"""Validation stage: a graph checked against ontology/shapes.ttl with pySHACL."""
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from ..vocab import short_iri


@dataclass(frozen=True)
class Violation:
    """One broken constraint: the node, the property path (prefixed names) and what is wrong, in words."""
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
    """The violations of graph against kg's shapes, sorted; empty when the graph conforms.

    Each says what is wrong in words: the shape's own message, else one made from the
    constraint it breaks (never pySHACL's dump of a shape).
    """
    from pyshacl import (
        validate as shacl_validate,  # heavy import, only for this command
    )

    shapes = shapes_graph()
    _, report, _ = shacl_validate(graph, shacl_graph=shapes, ont_graph=ontology_graph(),
                                  inference="rdfs", allow_warnings=True)
    found = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        found.add(Violation(focus=short(focus), path=short(path) if path is not None else "",
                            message=_message(report, result, shapes)))
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))


def short(term):
    """A term as kg prints it: a prefixed name where one reads back, else <IRI>, literals quoted."""
    if isinstance(term, URIRef):
        return short_iri(term) or f"<{term}>"
    if isinstance(term, Literal):
        return json.dumps(str(term), ensure_ascii=False)
    return str(term)


# What each kind of constraint says when broken: the shape's term holding the limit, and the words.
_WORDS = {
    SH.MinInclusiveConstraintComponent: (SH.minInclusive, "{value} is less than {limit}"),
    SH.MaxInclusiveConstraintComponent: (SH.maxInclusive, "{value} is more than {limit}"),
    SH.MinExclusiveConstraintComponent: (SH.minExclusive, "{value} is not more than {limit}"),
    SH.MaxExclusiveConstraintComponent: (SH.maxExclusive, "{value} is not less than {limit}"),
    SH.MinCountConstraintComponent: (SH.minCount, "needs at least {limit} value(s)"),
    SH.MaxCountConstraintComponent: (SH.maxCount, "may have at most {limit} value(s)"),
    SH.DatatypeConstraintComponent: (SH.datatype, "{value} is not a {limit}"),
    SH.ClassConstraintComponent: (SH["class"], "{value} is not a {limit}"),
    SH.NodeKindConstraintComponent: (SH.nodeKind, "{value} is not a {limit}"),
    SH.PatternConstraintComponent: (SH.pattern, "{value} does not match {limit}"),
    SH.MinLengthConstraintComponent: (SH.minLength, "{value} is shorter than {limit} characters"),
}


def _message(report, result, shapes):
    component = report.value(result, SH.sourceConstraintComponent)
    shape = report.value(result, SH.sourceShape)
    value = report.value(result, SH.value)
    own = shapes.value(shape, SH.message) if shape is not None else None
    if own is not None:
        return f"{own}" + (f" ({short(value)})" if value is not None else "")
    if component == SH.OrConstraintComponent:
        options = shapes.value(shape, SH["or"])
        paths = [short(shapes.value(member, SH.path)) for member in Collection(shapes, options)
                 if shapes.value(member, SH.path) is not None] if options is not None else []
        return "needs one of " + ", ".join(paths) if paths else "matches none of the allowed shapes"
    if component in _WORDS:
        term, words = _WORDS[component]
        limit = shapes.value(shape, term)
        return words.format(value=short(value), limit=short(limit).replace("sh:", "") if isinstance(limit, URIRef)
                            else limit)
    message = report.value(result, SH.resultMessage)
    return (str(message).splitlines() or ["constraint not met"])[0] if message is not None else "constraint not met"
