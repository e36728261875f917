"""Query stage: read a graph file, check a SPARQL query is read-only and local, run it, named queries."""
import io
import itertools
import os
import re
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseBaseException
from rdflib import Dataset, Graph, URIRef, Variable
from rdflib.namespace import NamespaceManager
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from ..errors import GraphError, QueryError
from ..rdf.formats import FORMATS as GRAPH_FORMATS, graph_format
from ..vocab import PREFIXES
from .guard import checked_source, doctype
from .named import PARAM_TYPES, list_queries, named_query, query_params, select_blocks  # noqa: F401 (re-exported)
from .results import from_oxigraph, from_rdflib, to_rdflib_term
from .terms import sparql_term

FORMATS = {**{suffix: f.name for f in GRAPH_FORMATS for suffix in f.suffixes}, ".n3": "n3"}  # readable suffixes
QUERY_PREFIXES = {k: str(v) for k, v in PREFIXES.items()}
PARAMS_MARK = "# @params"


def load_graph(source, fmt=None, allow_remote=False, keep_graphs=False):
    """Parse a graph file ("-" or a binary file object for stdin) into an rdflib.Graph.

    The format comes from fmt or the file extension (Turtle for stdin); quad formats (.trig, .nq)
    are read as the union of their graphs, or as a Dataset of them with keep_graphs=True.
    Nothing in the file makes kg reach the network (a remote JSON-LD @context) unless
    allow_remote; RDF/XML entity bombs are refused (guard.py).
    """
    name = getattr(source, "name", "<stdin>") if not isinstance(source, (str, os.PathLike)) else str(source)
    refuse_folder(source, name)
    if fmt and fmt != "n3":
        fmt = graph_format(fmt=fmt).name
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
                return _load_quads(io.BytesIO(data), fmt, base, keep_graphs)
            if fmt == "xml" and b"<!ENTITY" not in doctype(data) and (len(data) > 1 << 20 or _ox_reads(data, base)):
                return _ox_graph(data, base)  # rdflib's RDF/XML parser grows a long literal quadratically
            # no rdflib default prefixes: a query on a file knows the same prefixes as on a store
            return Graph(bind_namespaces="none").parse(io.BytesIO(data), format=fmt, publicID=base)
    except Exception as exc:  # every rdflib parser has its own exception type
        if isinstance(exc, MemoryError):
            raise
        raise GraphError(f"{name}: {fmt} syntax error{_where(exc)}: {_why(exc)}") from exc


def _ox_reads(data, base):
    """Whether Oxigraph reads a small RDF/XML file; if not, rdflib's parser says where it goes wrong."""
    try:
        for _ in ox.parse(data, format=ox.RdfFormat.RDF_XML, base_iri=base):
            pass
        return True
    except (SyntaxError, ValueError):
        return False


def _ox_graph(data, base):
    """An RDF/XML document read by Oxigraph's parser into an rdflib.Graph."""
    graph = Graph(bind_namespaces="none")
    for triple in ox.parse(data, format=ox.RdfFormat.RDF_XML, base_iri=base):
        graph.add((to_rdflib_term(triple.subject), to_rdflib_term(triple.predicate), to_rdflib_term(triple.object)))
    return graph


_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
               "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


def load_store(source, fmt=None):
    """Parse a graph file into an in-memory Oxigraph store, its triples in the default graph (for queries).

    Oxigraph parses and queries many times faster than rdflib. Quad formats are read as the union
    of their graphs; JSON-LD and N3 go through load_graph (rdflib) first. The same checks as
    load_graph: nothing reaches the network, entity bombs are refused.
    """
    name = getattr(source, "name", "<stdin>") if not isinstance(source, (str, os.PathLike)) else str(source)
    refuse_folder(source, name)
    if fmt and fmt != "n3":
        fmt = graph_format(fmt=fmt).name
    fmt = fmt or ("turtle" if name in ("-", "<stdin>") else FORMATS.get(Path(name).suffix.lower()))
    store = ox.Store()
    if fmt not in _OX_FORMATS:
        graph = load_graph(source, fmt)
        store.bulk_extend(ox.Quad(*(_to_ox(t) for t in triple)) for triple in graph)
        return store
    data = checked_source(_read_bytes(source, name), fmt, name, False)
    base = Path(name).absolute().as_uri() if isinstance(source, (str, os.PathLike)) and name != "-" else None
    try:
        if fmt in ("trig", "nquads"):
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                              for q in ox.parse(data, format=_OX_FORMATS[fmt], base_iri=base))
        else:
            store.bulk_load(data, format=_OX_FORMATS[fmt], base_iri=base, to_graph=ox.DefaultGraph())
    except SyntaxError as exc:
        why = str(exc.msg).split(": ", 1)[-1].strip().splitlines()[0]
        where = f" at line {exc.lineno}, column {exc.offset}" if exc.lineno else ""
        raise GraphError(f"{name}: {fmt} syntax error{where}: {why}") from None
    except (OSError, ValueError) as exc:
        raise GraphError(f"{name}: cannot read the graph ({_first_line(exc)})") from None
    return store


def refuse_folder(source, name):
    """A folder is no graph file: a store's folder is named as one, with the option that reads it."""
    if isinstance(source, (str, os.PathLike)) and Path(source).is_dir():
        if (Path(source) / "CURRENT").is_file():  # RocksDB's live manifest: an Oxigraph store
            raise GraphError(f"{name} is a store, not a graph file; read it with --store {name}")
        raise GraphError(f"{name} is a folder; give a graph file")


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


def _load_quads(source, fmt, base, keep_graphs=False):
    dataset = Dataset()
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="none")
    dataset.parse(source, format=fmt, publicID=base)
    if keep_graphs:
        return dataset
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace)
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
    parsed = _parse(text)
    _check_prefixes(parsed)
    for node in _find_all(parsed, "pname"):  # rdflib keeps the backslash of kgid:report\/x; SPARQL drops it
        if "\\" in str(node.get("localname") or ""):
            node["localname"] = re.sub(r"\\(.)", r"\1", str(node["localname"]))
    return _refuse_remote(parsed, allow_remote, {str(g) for g in local_graphs})


def _check_prefixes(parsed):
    """Refuse a prefixed name whose prefix neither the query nor kg declares, on files and stores alike."""
    declared = set(QUERY_PREFIXES) | {str(d.get("prefix") or "") for d in parsed[0] if d.name == "PrefixDecl"}
    for node in _find_all(parsed, "pname"):
        prefix = str(node.get("prefix") or "")
        if prefix not in declared:
            raise QueryError(f"unknown prefix {prefix}: in {prefix}:{node.get('localname') or ''}; declare it with "
                             f"PREFIX {prefix}: <…> (kg declares {', '.join(p + ':' for p in QUERY_PREFIXES)})")


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
    raise QueryError(f"SPARQL syntax error at line {line}, column {col}: {msg}: {source!r}{_prefix_hint(text)}")


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
        term = service.get("term")
        shown = f"?{term}" if isinstance(term, Variable) else f"<{term}>"
        raise QueryError(f"SERVICE {shown} would query a remote endpoint; "
                         "pass --allow-remote to permit it")
    return parsed


def _find(node, name):
    return next(_find_all(node, name), None)


def _find_all(node, name):
    """Every CompValue called name in a parse tree, depth first."""
    todo = [node]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            if node.name == name:
                yield node
            todo.extend(reversed(list(node.values())))
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            todo.extend(reversed(list(node)))


def run_query(target, text, bindings=None, allow_remote=False, stream=False):
    """Run a read-only SPARQL query on an rdflib.Graph or a pyoxigraph.Store; return a Result.

    kg's prefixes (vocab.PREFIXES) are declared for every query, and no others. bindings maps
    variable names to rdflib terms (see named_query). A store's default graph is the union of
    its report graphs (kg.store keeps it so). SELECT * columns come in the order the variables
    first appear in the query. With stream=True the rows are an iterator, computed as read.
    """
    text, bindings = fill_params(text, bindings)
    if isinstance(target, ox.Store):
        check_query(text, allow_remote, [g.value for g in target.named_graphs()])
        return run_checked(target, text, bindings, stream)
    parsed = check_query(text, allow_remote)
    try:
        algebra = translateQuery(parsed, initNs=QUERY_PREFIXES)
        answer = target.query(algebra, initBindings={Variable(k): v for k, v in bindings.items()})
        return in_query_order(_failing_as_query_errors(from_rdflib(answer, stream)), parsed, text)
    except QueryError:
        raise
    except Exception as exc:  # rdflib raises bare Exception for unknown prefixes and eval errors
        raise QueryError(f"query failed: {_first_line(exc)}{_prefix_hint(text)}") from None


def in_query_order(result, parsed, text):
    """result with the columns of a SELECT * in the order their variables first appear in text.

    Both engines choose their own order for SELECT * (rdflib's changes with the hash seed).
    """
    if result.kind != "select" or dict.get(parsed[1], "projection"):
        return result
    seen = []
    for match in _TOKENS.finditer(text):
        name = match.group("var")
        if name and name not in seen:
            seen.append(name)
    order = sorted(range(len(result.variables)),
                   key=lambda i: (seen.index(result.variables[i]) if result.variables[i] in seen else len(seen),
                                  result.variables[i]))
    if order == list(range(len(order))):
        return result
    rows = (tuple(row[i] for i in order) for row in result.rows)
    return replace(result, variables=tuple(result.variables[i] for i in order),
                   rows=rows if not isinstance(result.rows, tuple) else tuple(rows))


# Strings, IRIs and comments are skipped so that only real variables count.
_TOKENS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>'
                     r"|#[^\n]*|[?$](?P<var>[A-Za-z0-9_\u00b7\u00c0-\ufffd]+)")


def _failing_as_query_errors(result):
    """A streamed result whose evaluation errors (raised while rows are read) are QueryErrors."""
    if result.kind != "select" or isinstance(result.rows, tuple):
        return result

    def rows(source):
        try:
            yield from source
        except QueryError:
            raise
        except Exception as exc:  # rdflib evaluates lazily and raises bare exceptions
            raise QueryError(f"query failed: {_first_line(exc)}") from None

    return replace(result, rows=rows(result.rows))


def _prefix_hint(text):
    """A likely cause when a query fails: a prefixed name holding '/', as kgid:report/x."""
    match = re.search(r"(?<![\w<?$])([A-Za-z][\w-]*):([\w.-]*/[^\s;,.)}]*)", _TOKENS.sub(_keep_names, text))
    if not match:
        return ""
    prefix, local = match.groups()
    return (f" (likely cause: {prefix}:{local} is not a prefixed name SPARQL reads, '/' must be escaped: "
            f"write {prefix}:{local.replace('/', chr(92) + '/')} or the full <IRI>)")


def _keep_names(match):
    token = match.group(0)
    return " " * len(token) if token[0] in "\"'<#" else token


def _first_line(exc):
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


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


def run_checked(store, text, bindings=None, stream=False, named_graphs=None):
    """Run a query that check_query accepted on a pyoxigraph.Store (GRAPH ?g limited to named_graphs if given)."""
    subs = {ox.Variable(k): _to_ox(v) for k, v in (bindings or {}).items()}
    try:
        answer = store.query(text, prefixes=QUERY_PREFIXES, substitutions=subs, named_graphs=named_graphs)
        return in_query_order(_failing_as_query_errors(from_oxigraph(answer, stream)), parseQuery(text), text)
    except SyntaxError as exc:
        message = _oxigraph_syntax(str(exc)) + _prefix_hint(text)
    except (OSError, ValueError, RuntimeError) as exc:
        message = f"query failed in the store: {_first_line(exc)}"
    raise QueryError(message)


def _oxigraph_syntax(message):
    """Oxigraph's 'error at 3:2: expected …' as kg says syntax errors, on one line."""
    match = re.match(r"error at (\d+):(\d+): (.*)", message.strip(), re.S)
    if not match:
        return f"SPARQL syntax error: {message.strip().splitlines()[0]}"
    line, col, why = match.groups()
    why = why.splitlines()[0]
    if len(why) > 80:
        why = why[:why.find("[")].rstrip(", ") + " …" if "[" in why else why[:80] + " …"
    return f"SPARQL syntax error at line {line}, column {col}: {why}"


def values_clause(bindings):
    """A one-row VALUES clause binding each variable to its term, escaped as SPARQL syntax.

    >>> from rdflib import Literal, XSD
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
