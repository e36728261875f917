"""Results stage: one plain result type for rdflib and Oxigraph answers, and its output formats."""
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import QueryError
from ..vocab import bind_prefixes, short_iri
from .readable import readable_number
from .streams import write_rows

ROW_FORMATS = ("table", "csv", "tsv", "json", "xml")
_YEARS = (XSD.gYear,)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": " "}


@dataclass(frozen=True)
class Result:
    """A query answer: kind is "select" (variables, rows), "ask" (answer) or "graph" (graph).

    Rows are tuples of rdflib terms, None where a variable is unbound (an iterator when streamed).
    """

    kind: str
    variables: tuple = ()
    rows: tuple = ()
    answer: bool = False
    graph: Graph = None

    def to_python(self):
        """The rows as lists of Python values, columns in the query's order: Decimal for xsd:decimal, float for
        xsd:double, int for integers and years, bool, datetime.date, str for text and IRIs, None where unbound."""
        if self.kind != "select":
            raise QueryError(f"a {self.kind.upper()} answer has no rows; use .answer or .graph")
        return [[python_value(term) for term in row] for row in self.rows]

    def to_dataframe(self):
        """The rows as a pandas DataFrame (`pip install 'kg[pandas]'`): the query's columns in its order, a column
        of numbers numeric (integers as Int64, other numbers as float64), of dates datetime64, the rest text."""
        return to_dataframe(self.variables, self.to_python())


def python_value(term):
    """An RDF term as the Python value analysts work with (see Result.to_python).

    >>> python_value(Literal("5.5", datatype=XSD.decimal)), python_value(Literal("2023", datatype=XSD.gYear))
    (Decimal('5.5'), 2023)
    """
    if term is None:
        return None
    if not isinstance(term, Literal):
        return str(term)
    if term.datatype in _YEARS:
        match = re.fullmatch(r"(-?\d{4,})(Z|[+-]\d\d:\d\d)?", str(term))
        return int(match.group(1)) if match else str(term)
    value = term.toPython()
    if isinstance(value, Literal) or term.datatype is None or term.datatype == XSD.string:
        return str(term)
    return value


def to_dataframe(columns, rows):
    """A pandas DataFrame of rows of Python values: numeric columns numeric, dates as datetime64."""
    try:
        import pandas as pd
    except ImportError:
        raise QueryError("to_dataframe needs pandas: pip install 'kg[pandas]'") from None
    frame = pd.DataFrame(rows, columns=list(columns), dtype=object)
    for column, values in zip(columns, zip(*rows) if rows else [()] * len(columns)):
        present = [v for v in values if v is not None]
        if not present:
            continue
        if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
            frame[column] = frame[column].astype("Int64")
        elif all(isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) for v in present):
            frame[column] = pd.to_numeric(frame[column].map(lambda v: None if v is None else float(v)))
        elif all(isinstance(v, (date, datetime)) for v in present):
            frame[column] = pd.to_datetime(frame[column])
    return frame


def from_rdflib(result, stream=False):
    """Turn an rdflib query result into a Result; with stream=True its rows are an iterator, read once."""
    if result.type == "ASK":
        return Result("ask", answer=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return Result("graph", graph=bind_prefixes(_copy(result.graph)))
    names = tuple(str(v) for v in result.vars)
    # rdflib keeps every row it hands out when iterated; its generator does not
    solutions = getattr(result, "_genbindings", None) if stream else None
    rows = (tuple(row.get(v) for v in result.vars) for row in (solutions or result.bindings))
    return Result("select", names, rows if stream else tuple(rows))


def from_oxigraph(answer, stream=False):
    """Turn a pyoxigraph query answer (solutions, boolean or triples) into a Result (rows lazy with stream=True)."""
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", answer=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = tuple(v.value for v in answer.variables)
        rows = (tuple(to_rdflib_term(s[n]) for n in names) for s in answer)
        return Result("select", names, rows if stream else tuple(rows))
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


def format_result(result, fmt, bom=False, max_width=80, raw=False):
    """Render a Result as text: table|csv|tsv|json|xml for rows and booleans, a graph format for graphs.

    CSV and TSV use CRLF line ends (SPARQL 1.1 CSV/TSV); bom=True prefixes U+FEFF so Excel reads
    the CSV as UTF-8; raw=True keeps CSV cells a spreadsheet would run as formulas as they are, and
    tables' decimals exact (else written as people read them: 2.57万亿).
    Write the text to a binary stream as UTF-8 so line ends stay as they are.
    """
    if result.kind == "graph" or fmt != "table":
        out = io.BytesIO()
        write_result(result, fmt, out, bom=bom, raw=raw)
        return out.getvalue().decode("utf-8")
    return _table(result, max_width, raw)


def write_result(result, fmt, stream, bom=False, raw=False, max_width=80):
    """Write a Result to a binary stream; rows are written as they come except for a table."""
    if result.kind == "graph":
        from ..rdf.outputs import NAMES, serialize

        if fmt not in NAMES:
            raise QueryError(f"format {fmt} does not fit a CONSTRUCT/DESCRIBE result; use one of {', '.join(NAMES)}")
        stream.write(serialize(result.graph, fmt))
        return
    if fmt not in ROW_FORMATS:
        raise QueryError(f"format {fmt} does not fit a SELECT/ASK result; use one of {', '.join(ROW_FORMATS)}")
    if fmt == "table":
        stream.write(_table(result, max_width, raw).encode("utf-8"))
        return
    if bom and fmt == "csv":
        stream.write("\ufeff".encode("utf-8"))
    write_rows(result, fmt, stream, raw=raw)


def display_width(text):
    """Columns a terminal gives text: East Asian wide and full-width characters take two.

    >>> display_width("山西省 GDP")
    10
    """
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def short_name(term):
    """A term as a person reads it and a query reads back: prefixed names or <IRI>s, literals without quotes."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        # A prefixed name only when a query would read it back (kgid:report\/x, not kgid:report/x)
        return short_iri(term) or f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _clip(text, width):
    text = visible(text)
    if width is None or display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        used += display_width(c)
        if used > width - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def visible(text):
    r"""text safe to show on a terminal: line breaks as \n, other control and bidi characters as escapes.

    >>> visible("红\x1b[2J\u202e字\n")
    '红\\x1b[2J\\u202e字\\n'
    """
    return _UNSAFE.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                                         else f"\\u{ord(m.group()):04x}"), text)


def _pad(text, width):
    return text + " " * (width - display_width(text))


def readable_term(term):
    """A term for a table: decimals as people read them (2.57万亿), anything else as short_name."""
    if isinstance(term, Literal) and term.datatype == XSD.decimal and isinstance(term.value, Decimal):
        return readable_number(term.value)
    return short_name(term)


def _table(result, max_width, raw=False):
    if result.kind == "ask":
        return ("yes" if result.answer else "no") + "\n"
    header = list(result.variables)
    body = [[_clip(short_name(t) if raw else readable_term(t), max_width) for t in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    lines.append(f"({len(body)} row{'' if len(body) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _copy(graph):
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out
