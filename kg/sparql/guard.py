"""Query stage: a graph file checked before a parser reads it, so data never reaches the network or explodes.

rdflib's JSON-LD parser fetches every `@context` or `@import` given as a URL (or a file path),
and its RDF/XML parser expands entities a DTD declares. kg reads neither from data: a remote
context is refused unless the user passed --allow-remote (kg's own context is read from the
package), and entity declarations that nest, are parameters or point outside the file are
refused.
"""
import json
import re
from functools import lru_cache
from importlib import resources

from ..errors import GraphError

CONTEXT_URL = "https://w3id.org/kg-cn/context.jsonld"
_ENTITY = re.compile(rb"<!ENTITY\s+(%\s*)?([^\s>]+)\s+(SYSTEM|PUBLIC|\"[^\"]*\"|'[^']*')", re.I)


@lru_cache(maxsize=None)
def kg_context():
    """kg's own JSON-LD @context (kg/ontology/context.jsonld), as a dict."""
    text = (resources.files("kg") / "ontology" / "context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def checked_source(data, fmt, name, allow_remote=False):
    """The bytes a parser may read for a graph file in format fmt; GraphError naming what was refused."""
    if fmt == "json-ld":
        return _checked_jsonld(data, name, allow_remote)
    if fmt == "xml":
        _check_entities(data, name)
    return data


def _checked_jsonld(data, name, allow_remote):
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise GraphError(f"{name}: json-ld syntax error at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except (UnicodeDecodeError, RecursionError) as exc:
        raise GraphError(f"{name}: json-ld syntax error: {'not UTF-8' if isinstance(exc, UnicodeDecodeError) else 'nested too deeply'}") from None
    changed = False
    todo = [doc]
    while todo:
        node = todo.pop()
        if isinstance(node, list):
            todo.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key in ("@context", "@import"):
            if key not in node:
                continue
            value = node[key]
            items = value if isinstance(value, list) else [value]
            resolved = [_context(item, name, allow_remote) if isinstance(item, str) else item for item in items]
            if resolved != items:
                node[key] = resolved if isinstance(value, list) else resolved[0]
                changed = True
        todo.extend(node.values())
    return json.dumps(doc, ensure_ascii=False).encode("utf-8") if changed else data


def _context(reference, name, allow_remote):
    if reference.rstrip("#") == CONTEXT_URL:
        return kg_context()
    if allow_remote and re.match(r"https?://", reference, re.I):
        return reference
    hint = "; kg does not fetch it unless you pass --allow-remote" if re.match(r"https?://", reference, re.I) \
        else "; kg reads no other file for it"
    raise GraphError(f"{name}: JSON-LD context {reference!r} is not in the file{hint} (or put the context in the file)")


def doctype(data):
    """The DOCTYPE declaration of an XML document's prolog (b"" when there is none), however long the comments
    and processing instructions before it: the prolog is read up to the root element, not a fixed number of bytes.

    >>> doctype(b'<?xml version="1.0"?><!--' + b"x" * 100_000 + b'--><!DOCTYPE r [<!ENTITY a "b">]><r/>')[:12]
    b'<!DOCTYPE r '
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16", "replace").encode("utf-8")
    at = 0
    while True:
        at = data.find(b"<", at)
        if at < 0:
            return b""
        if data.startswith(b"<?", at):
            end = data.find(b"?>", at)
        elif data.startswith(b"<!--", at):
            end = data.find(b"-->", at)
        elif data[at:at + 9].upper() == b"<!DOCTYPE":
            subset = data.find(b"[", at)
            close = data.find(b">", at)
            if 0 <= subset < close or (close < 0 <= subset):
                end = _subset_end(data, subset + 1)
                end = data.find(b">", end) if end >= 0 else -1
            else:
                end = close
            return data[at:len(data) if end < 0 else end + 1]
        else:
            return b""  # the root element: the prolog is over
        if end < 0:
            return b""
        at = end + 2


def _subset_end(data, at):
    """Where a DTD's internal subset ends (its "]"), past quoted values and comments that may hold one; -1 if never."""
    for match in _SUBSET_PARTS.finditer(data, at):
        if match.group() == b"]":
            return match.start()
    return -1


_SUBSET_PARTS = re.compile(rb'"[^"]*"|\'[^\']*\'|<!--.*?-->|\]', re.S)


def _check_entities(data, name):
    head = doctype(data)
    for match in _ENTITY.finditer(head):
        parameter, entity, value = match.groups()
        if parameter or value.upper() in (b"SYSTEM", b"PUBLIC") or b"&" in value or b"%" in value:
            raise GraphError(f"{name}: the DTD declares entity {entity.decode('utf-8', 'replace')} that "
                             f"{'points outside the file' if value.upper() in (b'SYSTEM', b'PUBLIC') else 'expands other entities'}"
                             "; kg reads RDF/XML whose entities are plain text only")
