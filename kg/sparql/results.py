"""Results stage: one plain result type for rdflib and Oxigraph answers, and its output formats."""
import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from xml.etree import ElementTree as ET

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from ..errors import QueryError
from ..vocab import PREFIXES, bind_prefixes

ROW_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "nt")
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
_SHORT = sorted({**PREFIXES, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD,
                 "dcterms": DCTERMS}.items(), key=lambda kv: -len(str(kv[1])))


@dataclass(frozen=True)
class Result:
    """A query answer: kind is "select" (variables, rows), "ask" (answer) or "graph" (graph).

    Rows are tuples of rdflib terms, None where a variable is unbound.
    """

    kind: str
    variables: tuple = ()
    rows: tuple = ()
    answer: bool = False
    graph: Graph = None


def from_rdflib(result):
    """Turn an rdflib query result into a Result."""
    if result.type == "ASK":
        return Result("ask", answer=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return Result("graph", graph=bind_prefixes(_copy(result.graph)))
    names = tuple(str(v) for v in result.vars)
    rows = tuple(tuple(row.get(v) for v in result.vars) for row in result.bindings)
    return Result("select", names, rows)


def from_oxigraph(answer):
    """Turn a pyoxigraph query answer (solutions, boolean or triples) into a Result."""
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", answer=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(to_rdflib_term(s[n]) for n in names) for s in answer)
        return Result("select", names, rows)
    graph = bind_prefixes(Graph())
    for t in answer:
        graph.add((to_rdflib_term(t.subject), to_rdflib_term(t.predicate), to_rdflib_term(t.object)))
    return Result("graph", graph=graph)


def to_rdflib_term(term):
    """An Oxigraph term as the rdflib term a Turtle parser would have made (plain strings stay plain)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"kg cannot show the RDF-star term {term}; select its parts instead")


def format_result(result, fmt, bom=False, max_width=80):
    """Render a Result as text: table|csv|tsv|json|xml for rows and booleans, turtle|nt for graphs.

    CSV and TSV use CRLF line ends (SPARQL 1.1 CSV/TSV); bom=True prefixes U+FEFF so Excel reads
    the CSV as UTF-8. Write the text to a binary stream as UTF-8 so line ends stay as they are.
    """
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"format {fmt} does not fit a CONSTRUCT/DESCRIBE result; use turtle or nt")
        return result.graph.serialize(format="nt" if fmt == "nt" else "turtle")
    if fmt not in ROW_FORMATS:
        raise QueryError(f"format {fmt} does not fit a SELECT/ASK result; use one of {', '.join(ROW_FORMATS)}")
    text = {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json, "xml": _xml}[fmt](result, max_width)
    return ("\ufeff" + text) if bom and fmt == "csv" else text


def display_width(text):
    """Columns a terminal gives text: East Asian wide and full-width characters take two.

    >>> display_width("山西省 GDP")
    10
    """
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def short_name(term):
    """A term as a person reads it: prefixed IRIs, literals without quotes, blank for unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in _SHORT:
            if term.startswith(str(ns)) and len(term) > len(str(ns)):
                return f"{prefix}:{term[len(str(ns)):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _clip(text, width):
    text = text.replace("\r", "").replace("\n", "\\n").replace("\t", " ")
    if width is None or display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        used += display_width(c)
        if used > width - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def _pad(text, width):
    return text + " " * (width - display_width(text))


def _table(result, max_width):
    if result.kind == "ask":
        return ("yes" if result.answer else "no") + "\n"
    header = list(result.variables)
    body = [[_clip(short_name(t), max_width) for t in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'' if len(body) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _csv(result, _):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerows([["ask"], ["true" if result.answer else "false"]])
        return out.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
    return out.getvalue()


def _tsv_term(term):
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    lex = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    lex = lex.replace("\r", "\\r").replace("\t", "\\t")
    if term.language:
        return f'"{lex}"@{term.language}'
    return f'"{lex}"^^<{term.datatype}>' if term.datatype else f'"{lex}"'


def _tsv(result, _):
    if result.kind == "ask":
        return "?ask\r\n" + ("true" if result.answer else "false") + "\r\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\r\n".join(lines) + "\r\n"


def _json_term(term):
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _json(result, _):
    if result.kind == "ask":
        doc = {"head": {}, "boolean": result.answer}
    else:
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                    for row in result.rows]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _xml(result, _):
    ET.register_namespace("", SPARQL_RESULTS_NS)
    q = "{%s}" % SPARQL_RESULTS_NS
    root = ET.Element(q + "sparql")
    head = ET.SubElement(root, q + "head")
    if result.kind == "ask":
        ET.SubElement(root, q + "boolean").text = "true" if result.answer else "false"
    else:
        for v in result.variables:
            ET.SubElement(head, q + "variable", name=v)
        results = ET.SubElement(root, q + "results")
        for row in result.rows:
            element = ET.SubElement(results, q + "result")
            for v, t in zip(result.variables, row):
                if t is not None:
                    _xml_term(ET.SubElement(element, q + "binding", name=v), t, q)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _xml_term(parent, term, q):
    if isinstance(term, URIRef):
        ET.SubElement(parent, q + "uri").text = str(term)
    elif isinstance(term, BNode):
        ET.SubElement(parent, q + "bnode").text = str(term)
    else:
        element = ET.SubElement(parent, q + "literal")
        element.text = str(term)
        if term.language:
            element.set("{http://www.w3.org/XML/1998/namespace}lang", term.language)
        elif term.datatype:
            element.set("datatype", str(term.datatype))


def _copy(graph):
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out
