"""Output stage: graphs serialized deterministically in the formats kg writes, and written atomically.

One registry names every graph format (the CLI's --format choices, the suffixes it knows, the
formats of query results). Same graph, same bytes: N-Triples and N-Quads are sorted, JSON-LD is
sorted and compacted with a context of only the prefixes it uses, RDF/XML and TriG are written
from a sorted copy. Quad formats (N-Quads, TriG) keep one named graph per report when given a
Dataset; a plain Graph goes into the default graph.
"""
import bisect
import json
import warnings

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..errors import GraphError
from ..vocab import PREFIXES
from .files import open_atomic, write_all, write_atomic
from .formats import FORMATS, NAMES, GraphFormat, graph_format, is_stdout

__all__ = ["FORMATS", "NAMES", "GraphFormat", "graph_format", "serialize", "write_graph", "write_atomic",
           "write_all", "open_atomic", "is_stdout", "used_prefixes"]


def serialize(graph, fmt="turtle"):
    """Bytes of graph (a Graph, or a Dataset of named graphs) in fmt; the same graph always gives the same bytes."""
    fmt = graph_format(fmt=fmt.name if isinstance(fmt, GraphFormat) else fmt)
    with warnings.catch_warnings():  # rdflib 7.6's JSON-LD and quad serializers call its deprecated API
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        if fmt.name in ("nt", "nquads"):
            # a Graph's triples in N-Quads are N-Triples lines: the default graph has no name
            quads = fmt.quads and isinstance(graph, Dataset)
            source = graph if quads else _triples(graph)
            text = source.serialize(format="nquads" if quads else "nt", encoding="utf-8").decode("utf-8")
            return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip())).encode("utf-8")
        if fmt.name == "json-ld":
            return _jsonld(graph)
        if fmt.name == "trig":
            return _trig(graph)
        if fmt.name == "xml":
            return _rdfxml(_triples(graph))
        return _bound(_triples(graph)).serialize(format="turtle", encoding="utf-8")


def write_graph(graph, path, fmt=None):
    """Serialize graph and write it atomically to path (format from fmt or the suffix)."""
    return write_atomic(path, serialize(graph, graph_format(path, fmt)))


def used_prefixes(graph):
    """{prefix: namespace} of kg's prefixes (vocab.PREFIXES) and the graph's own that its IRIs use."""
    candidates = {p: str(ns) for p, ns in graph.namespaces() if p and not p[-1].isdigit()}
    candidates.update({p: str(ns) for p, ns in PREFIXES.items()})
    iris = set()
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                iris.add(str(term))
            elif isinstance(term, Literal) and term.datatype:
                iris.add(str(term.datatype))
    ordered = sorted(iris)
    by_ns = {}
    for prefix, ns in sorted(candidates.items(), key=lambda kv: (kv[0] not in PREFIXES, kv[0])):
        if ns not in by_ns.values() and _has_longer(ordered, ns):
            by_ns[prefix] = ns
    return dict(sorted(by_ns.items()))


def _has_longer(ordered, ns):
    """Whether the sorted list of IRIs holds one that starts with ns and goes on."""
    at = bisect.bisect_right(ordered, ns)
    return at < len(ordered) and ordered[at].startswith(ns)


def _bound(graph):
    """graph with only the prefixes it uses bound (no rdflib defaults, geo: is WGS84)."""
    from rdflib.namespace import NamespaceManager

    manager = NamespaceManager(graph, bind_namespaces="none")
    for prefix, ns in used_prefixes(graph).items():
        manager.bind(prefix, ns, override=True, replace=True)
    graph.namespace_manager = manager
    return graph


def _triples(graph):
    """A Dataset's union as one Graph; a Graph as it is."""
    if not isinstance(graph, Dataset):
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _sorted_copy(graph):
    copy = Graph()
    for triple in sorted(_triples(graph)):
        copy.add(triple)
    return copy


def _rdfxml(graph):
    """RDF/XML from the sorted triples (rdflib's writer follows set order, which changes with the hash seed)."""
    import pyoxigraph as ox

    def term(node):
        if isinstance(node, URIRef):
            return ox.NamedNode(str(node))
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(str(node), language=node.language)
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)) if node.datatype else None)
        return ox.BlankNode(str(node))

    triples = (ox.Triple(term(s), term(p), term(o)) for s, p, o in sorted(graph))
    try:
        return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=used_prefixes(graph))
    except ValueError as exc:
        raise GraphError(f"the graph cannot be written as RDF/XML ({exc}); use another format") from None


def _named_graphs(graph):
    """[(name or None for the default graph, Graph)] in name order."""
    if not isinstance(graph, Dataset):
        return [(None, graph)]
    found = []
    for context in graph.graphs():
        if len(context):
            found.append((None if context.identifier == DATASET_DEFAULT_GRAPH_ID else context.identifier, context))
    return sorted(found, key=lambda item: (item[0] is not None, str(item[0] or "")))


def _trig(graph):
    """TriG: the prefixes once, then each graph's Turtle body in a block named by the graph."""
    prefixes = used_prefixes(_triples(graph))
    out = [f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()]
    for name, part in _named_graphs(graph):
        body = _bound(_sorted_copy(part)).serialize(format="turtle", encoding="utf-8").decode("utf-8")
        lines = [line for line in body.splitlines() if not line.startswith("@prefix")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        head = "{" if name is None else f"<{name}> {{"
        out.append(f"\n{head}\n" + "".join(("    " + line if line.strip() else "") + "\n" for line in lines) + "}\n")
    return "".join(out).encode("utf-8")


def _jsonld(graph):
    context = used_prefixes(_triples(graph))
    source = graph if isinstance(graph, Dataset) and len(_named_graphs(graph)) > 1 else _triples(graph)
    data = json.loads(source.serialize(format="json-ld", context=context, encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("@context"), dict):  # rdf: for @type is never written
        body = json.dumps({k: v for k, v in data.items() if k != "@context"}, ensure_ascii=False)
        data["@context"] = {p: ns for p, ns in data["@context"].items() if f'"{p}:' in body}
    return (json.dumps(_sorted_jsonld(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _sorted_jsonld(data, key=None):
    """JSON-LD with nodes and value sets in a stable order (rdflib follows store order); @list keeps its order."""
    if isinstance(data, dict):
        return {k: _sorted_jsonld(value, k) for k, value in data.items()}
    if isinstance(data, list):
        items = [_sorted_jsonld(item) for item in data]
        if key in ("@list", "@context"):
            return items
        return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return data
