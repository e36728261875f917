"""Viz stage, model: an rdflib graph to the network a page draws (nodes, links, what was left out)."""
import csv
import heapq
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import networkx as nx
from rdflib import OWL, RDF, RDFS, BNode, Literal, URIRef

from ..errors import GraphError
from ..vocab import KG
from .labels import all_labels, label_of, observation_label, ontology, quantity, term_label

DEFAULT_MAX_NODES = 1000
MAX_EVIDENCE = 5
MAX_TEXT = 400
OTHER = "Other"
# Resources shown as properties of the nodes they describe, not as nodes of their own.
HIDDEN_CLASSES = frozenset({KG.Report, KG.Section, KG.Evidence, KG.Unit, KG.Bound, KG.RankScope})
# Links to such resources, or to the sentence a node came from, are details, not edges.
DETAIL_PREDICATES = frozenset({RDF.type, KG.unit, KG.bound, KG.rankScope, KG.evidence, KG.mention,
                               KG.mentionedIn, KG.inReport, KG.inSection})
SCHEMA_NAMESPACES = (str(RDF), str(RDFS), str(OWL))
FIGURES = (KG.value, KG.changeValue, KG.changePercent, KG.changePoints)


@dataclass(frozen=True)
class ClassStyle:
    """How one class is drawn: its key, Chinese label, colour, shape and precedence."""

    key: str
    label: str
    color: str
    shape: str
    rank: int


@dataclass(frozen=True)
class NetworkView:
    """A drawable network: a frozen networkx MultiDiGraph and what was left out of it."""

    graph: nx.MultiDiGraph
    title: str
    focus: tuple = ()
    omitted_nodes: int = 0
    omitted_edges: int = 0
    omitted_classes: tuple = ()  # (class label, count) of the nodes left out, most first


@lru_cache(maxsize=1)
def class_styles():
    """The drawn classes, by IRI, read once from viz/assets/styles.csv."""
    text = resources.files("kg").joinpath("viz/assets/styles.csv").read_text(encoding="utf-8")
    styles = {}
    for row in csv.DictReader(text.splitlines()):
        iri = KG[row["class"]]
        styles[iri] = ClassStyle(row["class"], term_label(ontology(), iri), row["color"],
                                 row["shape"], int(row["rank"]))
    return styles


OTHER_STYLE = ClassStyle(OTHER, "其他", "#bababa", "dot", 99)


def style_of(graph, node):
    """The style of a node's most specific drawn class, or the style for anything else."""
    styles = class_styles()
    found = [styles[t] for t in graph.objects(node, RDF.type) if t in styles]
    return min(found, key=lambda s: s.rank) if found else OTHER_STYLE


def _node_id(term):
    return "_:" + str(term) if isinstance(term, BNode) else str(term)


def _structure(graph):
    """Nodes and edges of the whole graph, before any focus, filter or cut."""
    hidden = {s for c in HIDDEN_CLASSES for s in graph.subjects(RDF.type, c)}
    net = nx.MultiDiGraph()
    for s, p, o in graph:
        if (isinstance(o, Literal) or p in DETAIL_PREDICATES or str(p).startswith(SCHEMA_NAMESPACES)
                or s == o or s in hidden or o in hidden):
            continue
        net.add_edge(s, o, key=p)
    styles = class_styles()
    for cls in styles:
        net.add_nodes_from(s for s in graph.subjects(RDF.type, cls) if s not in hidden)
    return net


def _matches(graph, nodes, text):
    """Nodes whose label is `text`; else those whose label contains it."""
    wanted = text.strip().casefold()
    labelled = {n: {x.casefold() for x in all_labels(graph, n)} for n in nodes}
    exact = [n for n, labels in labelled.items() if wanted in labels]
    return exact or [n for n, labels in labelled.items() if any(wanted in x for x in labels)]


def _neighbourhood(net, seeds, depth):
    undirected = net.to_undirected(as_view=True)
    kept = set()
    for seed in seeds:
        kept |= set(nx.single_source_shortest_path_length(undirected, seed, cutoff=depth))
    return kept


def _allowed_classes(names):
    """Class IRIs named by the user (Province, kg:Province, 省级行政区), with their subclasses."""
    styles, onto = class_styles(), ontology()
    by_name = {}
    for iri, style in styles.items():
        by_name[style.key.casefold()] = by_name["kg:" + style.key.casefold()] = iri
        by_name[style.label.casefold()] = by_name[str(iri).casefold()] = iri
    allowed = set()
    for name in names:
        iri = by_name.get(name.strip().casefold())
        if iri is None:
            known = ", ".join(s.key for s in sorted(styles.values(), key=lambda s: s.rank))
            raise GraphError(f"unknown class {name.strip()!r} in --types; use one of: {known}")
        allowed |= {c for c in onto.transitive_subjects(RDFS.subClassOf, iri) if c in styles}
    return allowed


def _core(net, limit):
    """The `limit` nodes of the most connected part: grown from the best-linked node, hubs first."""
    undirected = nx.Graph(net.to_undirected(as_view=True))
    degree = dict(undirected.degree())
    order = sorted(undirected, key=lambda n: (-degree[n], str(n)))
    kept, queued = set(), set()
    for start in order:
        if len(kept) >= limit:
            break
        if start in kept:
            continue
        heap = [(-degree[start], str(start), start)]
        queued.add(start)
        while heap and len(kept) < limit:
            _, _, node = heapq.heappop(heap)
            kept.add(node)
            for other in undirected[node]:
                if other not in queued:
                    queued.add(other)
                    heapq.heappush(heap, (-degree[other], str(other), other))
        queued = set(kept)
    return kept


def _evidence(graph, node):
    """The sentences a node came from, with their report and offsets, capped at MAX_EVIDENCE."""
    quotes = []
    for prop in (KG.evidence, KG.mention):
        for ev in graph.objects(node, prop):
            text = graph.value(ev, KG.text)
            if text is None:
                continue
            report, start = graph.value(ev, KG.inReport), graph.value(ev, KG.startOffset)
            source = label_of(graph, report) if report is not None else ""
            where = f"{source} @{start}" if start is not None else source
            quotes.append((where, str(start).zfill(12), str(text)[:MAX_TEXT]))
    quotes.sort()
    shown = [[where, text] for where, _, text in quotes[:MAX_EVIDENCE]]
    if len(quotes) > MAX_EVIDENCE:
        shown.append(["", f"……另有 {len(quotes) - MAX_EVIDENCE} 处"])
    return shown


def _details(graph, node):
    """Key properties of a node as (Chinese property label, text) pairs."""
    rows = []
    for p, o in sorted(graph.predicate_objects(node)):
        if p in (RDF.type, RDFS.label, KG.evidence, KG.mention) or p in FIGURES:
            continue
        text = term_label(graph, o) if not isinstance(o, Literal) else str(o)[:MAX_TEXT]
        rows.append([term_label(graph, p), text])
    rows += [[term_label(graph, p), q] for p in FIGURES if (q := quantity(graph, node, p))]
    return rows[:30]


def _attributes(graph, node):
    style = style_of(graph, node)
    is_figure = graph.value(node, KG.value) is not None or graph.value(node, KG.indicator) is not None
    label = observation_label(graph, node) if is_figure else label_of(graph, node)
    return {
        "label": label, "names": sorted(all_labels(graph, node) - {label}),
        "cls": style.key, "cls_label": style.label, "color": style.color, "shape": style.shape,
        "iri": _node_id(node), "details": _details(graph, node), "evidence": _evidence(graph, node),
        "figure": is_figure,
    }


def _title(graph):
    reports = sorted({label_of(graph, r) for r in graph.subjects(RDF.type, KG.Report)})
    if len(reports) == 1:
        return reports[0]
    return f"{len(reports)} 份报告的知识图谱" if reports else "知识图谱"


def to_network(graph, focus=None, depth=2, types=None, max_nodes=DEFAULT_MAX_NODES):
    """The network to draw from a graph: optionally around `focus`, of some `types`, at most `max_nodes`."""
    if depth < 0:
        raise GraphError(f"--depth must be 0 or more, not {depth}")
    if max_nodes < 1:
        raise GraphError(f"--max-nodes must be 1 or more, not {max_nodes}")
    net = _structure(graph)
    kept, seeds = set(net), []
    if focus:
        seeds = sorted(_matches(graph, net, focus), key=str)
        if not seeds:
            raise GraphError(f"no node is labelled {focus!r} in the graph; "
                             "check the spelling or list labels with kg query")
        kept = _neighbourhood(net, seeds, depth)
    if types:
        allowed = _allowed_classes([t for t in types if t.strip()])
        kept = {n for n in kept if n in seeds or KG[style_of(graph, n).key] in allowed}
    sub = net.subgraph(kept)
    shown = _core(sub, max_nodes) if len(kept) > max_nodes else kept
    left_out = kept - shown
    counts = {}
    for node in left_out:
        label = style_of(graph, node).label
        counts[label] = counts.get(label, 0) + 1
    out = nx.MultiDiGraph()
    for node in sorted(shown, key=_node_id):
        out.add_node(_node_id(node), **_attributes(graph, node))
    edges = sorted((_node_id(s), _node_id(o), str(p)) for s, o, p in sub.edges(keys=True)
                   if s in shown and o in shown)
    for s, o, p in edges:
        out.add_edge(s, o, key=p, label=term_label(graph, URIRef(p)))
    return NetworkView(
        graph=nx.freeze(out), title=_title(graph), focus=tuple(_node_id(s) for s in seeds),
        omitted_nodes=len(left_out), omitted_edges=sub.number_of_edges() - len(edges),
        omitted_classes=tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
