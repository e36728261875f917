"""Query stage: read a graph file, check a SPARQL query is read-only and local, run it, named queries."""
import io
import itertools
import os
import re
import sys
import warnings
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseBaseException
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from ..errors import GraphError, QueryError
from ..rdf import iris
from ..text.keys import report_key
from ..vocab import PREFIXES
from .guard import checked_source
from .results import from_oxigraph, from_rdflib
from .terms import checked_iri, sparql_term

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".trig": "trig",
           ".nq": "nquads", ".n3": "n3"}
QUERY_PREFIXES = {**{k: str(v) for k, v in PREFIXES.items()}, "rdf": str(RDF), "rdfs": str(RDFS),
                  "skos": str(SKOS), "xsd": str(XSD), "dcterms": str(DCTERMS)}
PARAMS_MARK = "# @params"
PARAM_TYPES = ("text", "label", "year", "report", "iri", "integer")
_PARAM = re.compile(r"#\s*param:\s*(\w+)\s+(\w+)(\s+optional)?\s*[-—:]\s*(.*)")


def load_graph(source, fmt=None, allow_remote=False):
    """Parse a graph file ("-" or a binary file object for stdin) into an rdflib.Graph.

    The format comes from fmt or the file extension (Turtle for stdin); quad formats (.trig, .nq)
    are read as the union of their graphs. Nothing in the file makes kg reach the network (a
    remote JSON-LD @context) unless allow_remote; RDF/XML entity bombs are refused (guard.py).
    """
    name = getattr(source, "name", "<stdin>") if not isinstance(source, (str, os.PathLike)) else str(source)
    fmt = fmt or ("turtle" if name in ("-", "<stdin>") else FORMATS.get(Path(name).suffix.lower()))
    if fmt is None:
        raise GraphError(f"{name}: cannot tell the graph format from the extension; "
                         f"use one of {' '.join(sorted(FORMATS))}")
    data = checked_source(_read_bytes(source, name), fmt, name, allow_remote)
    base = Path(name).absolute().as_uri() if isinstance(source, (str, os.PathLike)) and name != "-" else None
    try:
        with warnings.catch_warnings():  # rdflib 7.6's JSON-LD and quad parsers call its deprecated API
            warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
            if fmt in ("trig", "nquads"):
                return _load_quads(io.BytesIO(data), fmt, base)
            return Graph().parse(io.BytesIO(data), format=fmt, publicID=base)
    except Exception as exc:  # every rdflib parser has its own exception type
        if isinstance(exc, MemoryError):
            raise
        raise GraphError(f"{name}: {fmt} syntax error{_where(exc)}: {_why(exc)}") from exc


def _read_bytes(source, name):
    if name == "-":
        if sys.stdin is None:
            raise GraphError("stdin is closed; pipe a graph into kg or name a graph file")
        source = sys.stdin.buffer
    if hasattr(source, "read"):
        try:
            return source.read()
        except (OSError, ValueError) as exc:
            raise GraphError(f"{name}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    path = Path(source)
    if path.is_dir():
        raise GraphError(f"{name} is a folder; give a graph file")
    if not path.is_file():
        raise GraphError(f"{name}: no such file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GraphError(f"{name}: cannot read ({exc.strerror})") from None


def _load_quads(source, fmt, base):
    dataset = Dataset()
    dataset.parse(source, format=fmt, publicID=base)
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _where(exc):
    line = getattr(exc, "lineno", None) or getattr(exc, "lines", None)
    col = getattr(exc, "colno", None) or getattr(exc, "col", None)
    if hasattr(exc, "getLineNumber"):
        line, col = exc.getLineNumber(), exc.getColumnNumber()
    if hasattr(exc, "_why") and line is not None:
        line += 1  # notation3.BadSyntax counts lines from zero
    if line is None:
        return ""
    return f" at line {line}" + (f", column {col}" if col is not None else "")


def _why(exc):
    return str(getattr(exc, "_why", None) or getattr(exc, "msg", None) or exc).strip().splitlines()[0]


def check_query(text, allow_remote=False, local_graphs=()):
    """Parse a SPARQL query; refuse updates and, unless allow_remote, remote data.

    FROM / FROM NAMED are allowed only for graphs in local_graphs (a store's report graphs):
    rdflib would fetch any other IRI from the web. Returns rdflib's parse tree.
    """
    return _refuse_remote(_parse(text), allow_remote, {str(g) for g in local_graphs})


def _parse(text):
    # Keep plain values, not the exceptions, which would tie this frame into a reference cycle.
    try:
        return parseQuery(text)
    except ParseBaseException as exc:
        as_query = (exc.loc, exc.lineno, exc.col, exc.msg, exc.line.strip())
    try:
        parseUpdate(text)
    except ParseBaseException as exc:
        as_update = (exc.loc, exc.lineno, exc.col, exc.msg, exc.line.strip())
    else:
        raise QueryError("SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) "
                         "is refused: kg runs read-only queries")
    _, line, col, msg, source = as_query if as_query[0] >= as_update[0] else as_update
    raise QueryError(f"SPARQL syntax error at line {line}, column {col}: {msg}: {source!r}")


def _refuse_remote(parsed, allow_remote, local):
    for clause in dict.get(parsed[1], "datasetClause") or ():  # CompValue.get defaults to the key
        iri = dict.get(clause, "default") or dict.get(clause, "named")
        if str(iri) not in local:
            # Neither engine would fetch it (rdflib ignores FROM on a graph, Oxigraph reads its own
            # graphs only): say so rather than answer from the wrong data.
            where = "the store has no graph" if local else "a query on a graph file reads that file only"
            raise QueryError(f"FROM <{iri}>: {where}, and kg loads no graph from elsewhere; "
                             f"drop the FROM clause{', or name a report graph (kgid:report/KEY)' if local else ''}")
    if allow_remote:
        return parsed
    service = _find(parsed, "ServiceGraphPattern")
    if service is not None:
        raise QueryError(f"SERVICE <{service.get('term')}> would query a remote endpoint; "
                         "pass --allow-remote to permit it")
    return parsed


def _find(node, name):
    if isinstance(node, CompValue):
        if node.name == name:
            return node
        children = node.values()
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        children = node
    else:
        return None
    for child in children:
        found = _find(child, name)
        if found is not None:
            return found
    return None


def run_query(target, text, bindings=None, allow_remote=False):
    """Run a read-only SPARQL query on an rdflib.Graph or a pyoxigraph.Store; return a Result.

    kg's prefixes (kg:, kgid:, rdfs:, skos:, xsd: …) are declared for every query. bindings maps
    variable names to rdflib terms (see named_query). A store's default graph is the union of
    its report graphs (kg.store keeps it so).
    """
    text, bindings = fill_params(text, bindings)
    if isinstance(target, ox.Store):
        check_query(text, allow_remote, [g.value for g in target.named_graphs()])
        return run_checked(target, text, bindings)
    parsed = check_query(text, allow_remote)
    try:
        algebra = translateQuery(parsed, initNs=QUERY_PREFIXES)
        return from_rdflib(target.query(algebra, initBindings={Variable(k): v for k, v in bindings.items()}))
    except QueryError:
        raise
    except Exception as exc:  # rdflib raises bare Exception for unknown prefixes and eval errors
        raise QueryError(f"query failed: {exc}") from None


def fill_params(text, bindings):
    """Put bindings into each of the query's `# @params` lines as a VALUES row; others stay as bindings.

    Both engines then read the values the same way; without the line, rdflib gets them as
    initBindings and Oxigraph as substitutions (which must be projected variables). A second
    `# @params` line inside an OPTIONAL binds the values there too, which engines that
    evaluate OPTIONAL bottom-up need to use their indexes.
    """
    bindings = {str(k): v for k, v in (bindings or {}).items()}
    if bindings and PARAMS_MARK in text:
        return text.replace(PARAMS_MARK, values_clause(bindings)), {}
    return text, {k: v[0] if isinstance(v, tuple) else v for k, v in bindings.items()}


def run_checked(store, text, bindings=None):
    """Run a query that check_query accepted on a pyoxigraph.Store."""
    subs = {ox.Variable(k): _to_ox(v) for k, v in (bindings or {}).items()}
    try:
        return from_oxigraph(store.query(text, prefixes=QUERY_PREFIXES, substitutions=subs))
    except SyntaxError as exc:
        message = f"SPARQL syntax error: {exc}"
    except (OSError, ValueError, RuntimeError) as exc:
        message = f"query failed in the store: {exc}"
    raise QueryError(message)


def values_clause(bindings):
    """A one-row VALUES clause binding each variable to its term, escaped as SPARQL syntax.

    >>> print(values_clause({"region": Literal('山西" } DROP ALL #'), "year": Literal("2023", datatype=XSD.gYear)}))
    VALUES ($region $year) { ("山西\\" } DROP ALL #" "2023"^^<http://www.w3.org/2001/XMLSchema#gYear>) }
    """
    names = " ".join("$" + k for k in bindings)
    choices = [v if isinstance(v, tuple) else (v,) for v in bindings.values()]
    rows = " ".join(f"({' '.join(sparql_term(t) for t in row)})" for row in itertools.product(*choices))
    return f"VALUES ({names}) {{ {rows} }}"


def _to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def _query_files():
    return sorted((p for p in resources.files("kg").joinpath("sparql", "named").iterdir() if p.name.endswith(".rq")),
                  key=lambda p: p.name)


def list_queries():
    """The named queries shipped with kg as [(name, description)]."""
    return [(p.name[:-3], p.read_text("utf-8").splitlines()[0].lstrip("# ").strip()) for p in _query_files()]


def query_params(name):
    """The parameters of a named query as [(name, type, optional, description)]."""
    return [(m[1], m[2], bool(m[3]), m[4].strip())
            for m in map(_PARAM.match, _read_named(name).splitlines()) if m]


def named_query(name, params):
    """The text of named query NAME and its bindings: each $param bound to a typed RDF term.

    Values never enter the query text, so a label like 山西" } DROP … stays a literal.
    """
    text = _read_named(name)
    declared = {p[0]: p for p in query_params(name)}
    unknown = set(params) - set(declared)
    if unknown:
        raise QueryError(f"query {name} has no parameter {', '.join(sorted(unknown))}; "
                         f"it takes {', '.join(declared) or 'none'}")
    bindings = {}
    for pname, ptype, optional, _ in declared.values():
        value = params.get(pname)
        if value is None or value == "":
            if not optional:
                raise QueryError(f"query {name} needs --param {pname}=VALUE")
            continue
        bindings[pname] = _param_term(pname, ptype, str(value))
    return select_blocks(text, bindings), bindings


def select_blocks(text, bindings):
    r"""Keep the lines between `# @if NAME` and `# @endif` only when NAME is bound (`# @ifnot NAME`: unbound).

    Lets one query take the fast path for each case: a pattern with a free parameter would
    otherwise match everything before a FILTER throws it away.

    >>> select_blocks("a\n# @if region\nb\n# @endif\n# @ifnot region\nc\n# @endif", {})
    'a\nc'
    """
    kept, keep = [], [True]
    for line in text.splitlines():
        match = re.match(r"\s*# @(if|ifnot|endif)\b\s*(\w*)", line)
        if match and match.group(1) == "endif":
            keep.pop()
        elif match:
            bound = match.group(2) in bindings
            keep.append(keep[-1] and (bound if match.group(1) == "if" else not bound))
        elif keep[-1]:
            kept.append(line)
    return "\n".join(kept)


def _read_named(name):
    for path in _query_files():
        if path.name == f"{name}.rq":
            return path.read_text("utf-8")
    names = ", ".join(n for n, _ in list_queries())
    raise QueryError(f"no named query {name}; kg has {names}")


def _param_term(pname, ptype, value):
    value = value.strip()
    if ptype == "year":
        year = value.rstrip("年")
        if not re.fullmatch(r"\d{4}", year):
            raise QueryError(f"parameter {pname} must be a year like 2023, not {value!r}")
        return Literal(year, datatype=XSD.gYear)
    if ptype == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"parameter {pname} must be a whole number, not {value!r}")
        return Literal(int(value))
    if ptype == "report":
        if value.startswith(str(iris.ID)):
            return URIRef(checked_iri(value, f"parameter {pname}"))
        return iris.report_iri(report_key(value))
    if ptype == "iri":
        return URIRef(checked_iri(value, f"parameter {pname}"))
    if ptype == "label":
        # Exact terms let a store use its indexes; a label is written in Chinese or in pinyin.
        return (Literal(value, lang="zh"), Literal(value, lang="zh-latn-pinyin"), Literal(value))
    return Literal(value)
