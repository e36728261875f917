"""Results stage: SELECT and ASK answers written row by row as CSV, TSV, JSON or XML.

Rows are written as they come, so a query with millions of answers streams instead of growing
in memory. CSV cells a spreadsheet would run as a formula (=, +, -, @ and the rest OWASP
lists) get a leading apostrophe unless raw=True; XML never holds a character XML 1.0 forbids.
"""
import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, URIRef

SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
_FORMULA = re.compile(r"[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_rows(result, fmt, stream, raw=False):
    """Write a select or ask Result to a binary stream in fmt (csv, tsv, json, xml); returns rows written."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    try:
        return {"csv": _csv, "tsv": _tsv, "json": _json, "xml": _xml}[fmt](result, text, raw)
    finally:
        text.flush()
        text.detach()


def safe_cell(text):
    """A CSV cell a spreadsheet shows as text: a leading apostrophe before a would-be formula.

    Numbers stay numbers, so -5.2 is not touched.

    >>> safe_cell("=1+2"), safe_cell("-5.2"), safe_cell("@SUM(A1)"), safe_cell("山西")
    ("'=1+2", '-5.2', "'@SUM(A1)", '山西')
    """
    if text and _FORMULA.match(text) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def xml_text(text):
    """text with the characters XML 1.0 cannot hold (control characters, U+FFFE) as U+FFFD.

    >>> xml_text("a\\x1b[31mb")
    'a\\ufffd[31mb'
    """
    return _NOT_XML.sub("\ufffd", text)


def _csv(result, out, raw):
    writer = csv.writer(out, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerows([["ask"], ["true" if result.answer else "false"]])
        return 1
    writer.writerow(result.variables)
    count = 0
    for row in result.rows:
        cells = ["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row]
        writer.writerow(cells if raw else [safe_cell(c) for c in cells])
        count += 1
    return count


def tsv_term(term):
    """A term as SPARQL TSV writes it: <iri>, _:b, "lexical"@lang or "lexical"^^<datatype>."""
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


def _tsv(result, out, _):
    if result.kind == "ask":
        out.write("?ask\r\n" + ("true" if result.answer else "false") + "\r\n")
        return 1
    out.write("\t".join("?" + v for v in result.variables) + "\r\n")
    count = 0
    for row in result.rows:
        out.write("\t".join(tsv_term(t) for t in row) + "\r\n")
        count += 1
    return count


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


def _json(result, out, _):
    if result.kind == "ask":
        out.write(json.dumps({"head": {}, "boolean": result.answer}, ensure_ascii=False, indent=1) + "\n")
        return 1
    out.write('{\n "head": {\n  "vars": ' + json.dumps(list(result.variables), ensure_ascii=False) +
              '\n },\n "results": {\n  "bindings": [')
    count = 0
    for row in result.rows:
        binding = {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
        out.write(("," if count else "") + "\n   " + json.dumps(binding, ensure_ascii=False))
        count += 1
    out.write("\n  ]\n }\n}\n" if count else "]\n }\n}\n")
    return count


def _xml(result, out, _):
    out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}">\n<head>')
    if result.kind == "ask":
        out.write(f"</head>\n<boolean>{'true' if result.answer else 'false'}</boolean>\n</sparql>\n")
        return 1
    out.write("".join(f"<variable name={quoteattr(xml_text(v))}/>" for v in result.variables) + "</head>\n<results>\n")
    count = 0
    for row in result.rows:
        cells = "".join(f"<binding name={quoteattr(xml_text(v))}>{_xml_term(t)}</binding>"
                        for v, t in zip(result.variables, row) if t is not None)
        out.write(f"<result>{cells}</result>\n")
        count += 1
    out.write("</results>\n</sparql>\n")
    return count


def _xml_term(term):
    if isinstance(term, URIRef):
        return f"<uri>{_xml_escape(term)}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{_xml_escape(term)}</bnode>"
    attribute = (f" xml:lang={quoteattr(term.language)}" if term.language else
                 f" datatype={quoteattr(str(term.datatype))}" if term.datatype else "")
    return f"<literal{attribute}>{_xml_escape(term)}</literal>"


def _xml_escape(term):
    return escape(xml_text(str(term)), {"\r": "&#13;"})  # a bare CR would be read back as a line feed
