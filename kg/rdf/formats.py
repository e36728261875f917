"""Output stage: the graph formats kg reads and writes, one registry (names, suffixes, media types).

Kept free of rdflib so the command line can list formats without loading it.
"""
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphError


@dataclass(frozen=True)
class GraphFormat:
    """A graph format: its name (as --format takes it), the suffixes that select it, its media type."""
    name: str
    suffixes: tuple
    media_type: str
    quads: bool = False


FORMATS = (
    GraphFormat("turtle", (".ttl", ".turtle"), "text/turtle"),
    GraphFormat("nt", (".nt",), "application/n-triples"),
    GraphFormat("nquads", (".nq",), "application/n-quads", quads=True),
    GraphFormat("trig", (".trig",), "application/trig", quads=True),
    GraphFormat("json-ld", (".jsonld", ".json"), "application/ld+json"),
    GraphFormat("xml", (".rdf", ".xml", ".owl"), "application/rdf+xml"),
)
NAMES = tuple(f.name for f in FORMATS)
_ALIASES = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "n-quads": "nquads", "jsonld": "json-ld",
            "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml"}
_BY_NAME = {f.name: f for f in FORMATS}


def graph_format(path=None, fmt=None):
    """The format to write: fmt when given, else the one path's suffix names, else Turtle for stdout ('-').

    >>> graph_format("out/g.nq").name, graph_format("-").name, graph_format("g.ttl", "ntriples").name
    ('nquads', 'turtle', 'nt')
    """
    if fmt:
        found = _BY_NAME.get(_ALIASES.get(str(fmt).lower(), str(fmt).lower()))
        if found is None:
            raise GraphError(f"unknown graph format {fmt!r}; use one of {', '.join(NAMES)}")
        return found
    if path is None or is_stdout(path) or _is_stream(path):
        return _BY_NAME["turtle"]
    if os.path.isdir(str(path)):
        raise GraphError(f"{path} is a folder; give a file name to write, e.g. {Path(str(path)) / 'graph.ttl'}")
    suffix = Path(str(path)).suffix.lower()
    found = next((f for f in FORMATS if suffix in f.suffixes), None)
    if found is None:
        known = " ".join(s for f in FORMATS for s in f.suffixes)
        raise GraphError(f"{path}: kg does not know the suffix {suffix or '(none)'!r}; name the file with one of "
                         f"{known}, or give --format ({', '.join(NAMES)})")
    return found


def _is_stream(path):
    """A device or pipe (/dev/null, /dev/stdout, a FIFO): it has no suffix to go by."""
    text = str(path)
    return text.startswith(("/dev/", "/proc/")) or (os.path.exists(text) and not os.path.isfile(text)
                                                     and not os.path.isdir(text))


def is_stdout(path):
    """Whether an output path means standard output ('-')."""
    return str(path) == "-"
