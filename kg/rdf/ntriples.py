"""Fast writing stage: a report's triples as sorted text lines, without an rdflib Graph.

The graph builders (graph.py, entities.py) add triples to a TripleLines instead of an rdflib
Graph; its lines are sorted and unique, so lines from many reports merge into one graph file
(runs.py) and Turtle is written from that stream (turtle.py). The same report always gives
the same lines, in every process.
"""
import re
from functools import lru_cache

from rdflib import BNode, Literal, URIRef

from ..errors import GraphError
from ..vocab import PREFIXES, RDF, XSD

_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
            **{code: f"\\u{code:04X}" for code in (*range(0, 9), 11, 12, *range(14, 32), 127)}}
_TO_ESCAPE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_ESCAPES)) + "]")
# Longest namespace first, so kgid: (…/id/) wins over a shorter prefix of the same IRI.
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in {**PREFIXES, "rdf": RDF._NS, "rdfs": URIRef(
    "http://www.w3.org/2000/01/rdf-schema#"), "skos": URIRef("http://www.w3.org/2004/02/skos/core#"),
    "dcterms": URIRef("http://purl.org/dc/terms/"), "xsd": XSD._NS}.items()), key=lambda kv: -len(kv[0]))
_PREFIX_OF = {namespace: prefix for namespace, prefix in _NAMESPACES}
_LOCAL_OK = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def turtle_prefixes():
    """The prefixes a Turtle file declares, sorted by name."""
    return sorted((prefix, namespace) for namespace, prefix in _NAMESPACES)


class TripleLines:
    """The part of rdflib.Graph the graph builders use (add, `in`), keeping each triple as its text line (as
    nt_lines or turtle_lines write it) at once: no set of rdflib terms to hash."""

    __slots__ = ("_lines", "_pairs", "_line")

    def __init__(self, style="nt"):
        self._lines, self._pairs = set(), set()
        self._line = _LINE[style]

    def add(self, triple):
        s, p, o = triple
        self._pairs.add((s, p))
        self._lines.add(self._line(s, p, o))
        return self

    def __contains__(self, triple):
        return triple[:2] in self._pairs if triple[2] is None else self._line(*triple) in self._lines

    def __len__(self):
        return len(self._lines)

    def sorted(self):
        """The lines, sorted."""
        return sorted(self._lines)


def nt_term(term):
    """A term in N-Triples syntax.

    >>> nt_term(Literal("增长\\n5%", lang="zh")), nt_term(Literal(5))
    ('"增长\\\\n5%"@zh', '"5"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    kind = type(term)  # rdflib's terms check their class through abc: look at the exact class first
    if kind is URIRef or (kind is not Literal and isinstance(term, URIRef)):
        return "".join(("<", term, ">"))
    if kind is Literal or isinstance(term, Literal):
        text = '"' + _escaped(str(term)) + '"'
        language = term.language
        if language:
            return f"{text}@{language}"
        datatype = term.datatype
        if datatype is not None and not _is_string(datatype):
            return "".join((text, "^^<", datatype, ">"))
        return text
    if isinstance(term, BNode):
        raise GraphError(f"kg writes no blank nodes, but a builder made one ({term!r})")
    raise GraphError(f"not an RDF term: {term!r}")


def _escaped(text):
    """text with the characters a quoted literal may not hold escaped (most texts have none: one search tells)."""
    return text.translate(_ESCAPES) if _TO_ESCAPE.search(text) else text


def turtle_term(term):
    """A term in Turtle syntax: prefixed names where the local part allows, bare numbers.

    >>> turtle_term(XSD.decimal), turtle_term(Literal("2.5", datatype=XSD.decimal))
    ('xsd:decimal', '2.5')
    """
    kind = type(term)
    if kind is URIRef or (kind is not Literal and isinstance(term, URIRef)):
        return _compact(str(term))
    if kind is Literal or isinstance(term, Literal):
        datatype = term.datatype
        if datatype is not None and not term.language:
            number = _NUMBERS.get(str(datatype)) if type(datatype) is URIRef else None
            lexical = str(term)
            if number is not None and _is_number(lexical, number):
                return lexical
            if not _is_string(datatype):
                return '"' + _escaped(lexical) + '"^^' + _compact(str(datatype))
    return nt_term(term)


# datatype (as a plain str: a URIRef key is compared by rdflib's Python __eq__): written bare when the lexical
# form allows
_NUMBERS = {str(XSD.integer): False, str(XSD.decimal): True}
_STRING = str(XSD.string)


def _is_string(datatype):
    """datatype == XSD.string, compared in C (rdflib's __eq__ makes two copies in Python): the same class, the same text."""
    return type(datatype) is URIRef and str.__eq__(datatype, _STRING)


@lru_cache(maxsize=1 << 16)
def _compact(iri):
    """A prefixed name when iri (a plain str: a URIRef key would be compared by rdflib's Python __eq__) is a
    namespace plus a plain local name, else <iri>.

    The local name holds no / or #, so its namespace is iri up to the last of them.
    """
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    prefix = _PREFIX_OF.get(iri[:cut])
    local = iri[cut:]
    if prefix is not None and local and local[0] != "-" and _LOCAL_OK.issuperset(local):
        return f"{prefix}:{local}"
    return f"<{iri}>"


def _is_number(lexical, decimal):
    body = lexical[1:] if lexical[:1] in "+-" else lexical
    whole, dot, fraction = body.partition(".")
    if decimal:
        return bool(dot) and whole.isdigit() and fraction.isdigit() and whole.isascii() and fraction.isascii()
    return not dot and body.isdigit() and body.isascii()


def nt_lines(triples):
    """Sorted, unique N-Triples lines (no newline) of triples."""
    return sorted({_nt_line(s, p, o) for s, p, o in triples})


def _nt_line(s, p, o):
    # what builders give, written here without a call each; joined, as a format would call each URIRef's __format__
    if type(s) is URIRef and type(p) is URIRef:
        if type(o) is URIRef:
            return "".join(("<", s, "> <", p, "> <", o, "> ."))
        return "".join(("<", s, "> <", p, "> ", nt_term(o), " ."))
    return f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ."


def turtle_lines(triples):
    """Sorted, unique 'subject TAB predicate TAB object' lines in Turtle syntax, for turtle.write_turtle.

    The rdf:type predicate is written 'a'. A tab never occurs inside a term: literals escape it.
    """
    return sorted({_turtle_line(s, p, o) for s, p, o in triples})


def _turtle_line(s, p, o):
    return f"{_compact(str(s))}\t{_predicate(p)}\t{_compact(str(o)) if type(o) is URIRef else turtle_term(o)}"


@lru_cache(maxsize=1024)
def _predicate(iri):
    return "a" if iri == RDF.type else _compact(str(iri))


def used_prefixes(text):
    """The prefixes of turtle_prefixes that Turtle lines (from turtle_lines, joined by newlines) write, as a
    frozenset of names.

    A prefixed name opens a part of a line (parts are split by tabs, which no term holds) or follows
    the last ^^ of a literal (^^ occurs in no IRI or prefixed name): searches of the text for a tab,
    a newline or ^^ before a prefix find them, without a loop over the lines.

    >>> sorted(used_prefixes('kgid:r1\\ta\\tkg:Report\\nkgid:r1\\trdfs:label\\t"2.5^^x"^^xsd:decimal'))
    ['kg', 'kgid', 'rdfs', 'xsd']
    """
    used = set(_AFTER_TAB.findall(text))
    used.update(_AFTER_NEWLINE.findall("\n" + text[:text.find(":") + 1]))
    used.update(_AFTER_NEWLINE.findall(text))
    used.update(_DATATYPE.findall(text))
    return frozenset(used)


_PREFIX_NAMES = "|".join(sorted({prefix for _, prefix in _NAMESPACES}, key=lambda name: (-len(name), name)))
# each search opens with a fixed character, which the regex engine looks for fast
_AFTER_TAB = re.compile(rf"\t({_PREFIX_NAMES}):")
_AFTER_NEWLINE = re.compile(rf"\n({_PREFIX_NAMES}):")
_DATATYPE = re.compile(rf"\^\^({_PREFIX_NAMES}):(?=(?:[^\t\n^]|\^(?!\^))*(?:\n|$))")


_LINE = {"nt": _nt_line, "turtle": _turtle_line}
