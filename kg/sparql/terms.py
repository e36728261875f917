"""Query stage: RDF terms written into SPARQL text or requests, checked and escaped so data never becomes syntax."""
import re

import pyoxigraph as ox
from rdflib import URIRef

from ..errors import QueryError


def checked_iri(text, what="IRI", error=QueryError):
    """text when it is an absolute IRI (RFC 3987, as Oxigraph parses it), else error naming what it was for.

    >>> checked_iri("https://example.org/mine")
    'https://example.org/mine'
    >>> checked_iri("https://example.org/mine> ; DROP ALL ; <urn:x", "--graph")
    Traceback (most recent call last):
    kg.errors.QueryError: --graph 'https://example.org/mine> ; DROP ALL ; <urn:x' is not an IRI (Invalid IRI code point '>'); give an absolute IRI such as https://example.org/reports
    """
    try:
        return ox.NamedNode(str(text)).value
    except ValueError as exc:
        raise error(f"{what} {str(text)!r} is not an IRI ({exc}); "
                    "give an absolute IRI such as https://example.org/reports") from None


def sparql_term(term):
    """An IRI or literal written in SPARQL syntax with every special character escaped."""
    if isinstance(term, URIRef):
        if re.search(r'[\x00-\x20<>"{}|^`\\]', term):
            raise QueryError(f"{term!r} cannot be an IRI")
        return f"<{checked_iri(term)}>"
    text = str(term)
    for a, b in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r")):
        text = text.replace(a, b)
    if term.language:
        return f'"{text}"@{term.language}'
    return f'"{text}"^^{sparql_term(URIRef(term.datatype))}' if term.datatype else f'"{text}"'

