"""Viz stage, model: an rdflib graph to the network a page draws (the story, narrowed by focus,
classes and size) and what was left out of it."""
from dataclasses import dataclass

import networkx as nx
from rdflib import RDFS

from ..errors import GraphError
from ..vocab import KG
from .labels import LANGS, ontology, strings
from .story import STRUCTURE, class_styles, read_story, reports_of, title_of

DEFAULT_MAX_NODES = 2000


@dataclass(frozen=True)
class NetworkView:
    """A drawable network: a frozen networkx MultiDiGraph and what was left out of it."""

    graph: nx.MultiDiGraph
    title: str
    lang: str = "zh"
    reports: tuple = ()  # (node id, name) of each report, by year
    focus: tuple = ()
    omitted_nodes: int = 0
    omitted_classes: tuple = ()  # (class label, count) of the nodes left out, most first
    unlinked: int = 0  # nodes linked to nothing, never drawn


def _matches(net, text):
    """Nodes whose label or a name is `text`; else those whose names contain it."""
    wanted = text.strip().casefold()
    names = {n: {x.casefold() for x in [a["label"], *a["names"]]} for n, a in net.nodes(data=True)}
    exact = [n for n, found in names.items() if wanted in found]
    return sorted(exact or [n for n, found in names.items() if any(wanted in x for x in found)])


def _allowed_classes(names, lang):
    """Class keys named by the user (Province, kg:Province, 省级行政区), with their subclasses."""
    styles, onto = class_styles(lang), ontology()
    by_name = {}
    for iri, style in styles.items():
        for name in (style.key, "kg:" + style.key, str(iri), *(class_styles(x)[iri].label for x in LANGS)):
            by_name[name.casefold()] = iri
    # Observations are drawn folded into their indicators.
    for folded in (KG.Observation, KG.TargetObservation):
        for name in (folded.fragment, "kg:" + folded.fragment, str(folded)):
            by_name[name.casefold()] = KG.Indicator
    allowed = set()
    for name in names:
        iri = by_name.get(name.strip().casefold())
        if iri is None or iri in STRUCTURE:
            known = ", ".join(s.key for s in sorted(styles.values(), key=lambda s: s.rank) if s.key not in
                              ("Report", "Section"))
            raise GraphError(f"unknown class {name.strip()!r} in --types; use one of: {known}")
        allowed |= {styles[c].key for c in onto.transitive_subjects(RDFS.subClassOf, iri) if c in styles}
    return allowed


def _context(net, kept):
    """The sections and reports that mention what is kept, so nothing is drawn cut off from its report."""
    more = set(kept)
    for node in kept:
        for _, place, kind in net.out_edges(node, data="kind"):
            if kind in ("mention", "section"):
                more.add(place)
    for node in list(more):
        if net.nodes[node]["kind"] == "section":
            more |= {r for _, r, kind in net.out_edges(node, data="kind") if kind == "section"}
    return more


def _prune(net, kept):
    """Drop sections that name nothing kept, then anything left with no edge."""
    sub = net.subgraph(kept)
    empty = {n for n in kept if sub.nodes[n]["kind"] == "section"
             and not any(sub.nodes[m]["kind"] == "member" for m, _ in sub.in_edges(n))}
    sub = net.subgraph(kept - empty)
    return {n for n in sub if sub.degree(n) > 0}


def _cut(net, kept, limit):
    """At most `limit` nodes: reports and sections first, then the most mentioned."""
    order = sorted(kept, key=lambda n: ({"report": 0, "section": 1}.get(net.nodes[n]["kind"], 2),
                                        -net.nodes[n].get("weight", 0), n))
    return set(order[:limit])


def to_network(graph, focus=None, depth=2, types=None, max_nodes=DEFAULT_MAX_NODES, lang="zh"):
    """The network to draw from a graph: optionally around `focus`, of some `types`, at most `max_nodes`."""
    if depth < 0:
        raise GraphError(f"--depth must be 0 or more, not {depth}")
    if max_nodes < 1:
        raise GraphError(f"--max-nodes must be 1 or more, not {max_nodes}")
    if lang not in LANGS:
        raise GraphError(f"unknown language {lang!r}; use one of: {', '.join(LANGS)}")
    net, unlinked = read_story(graph, lang)
    kept, seeds = set(net), []
    if focus:
        seeds = _matches(net, focus)
        if not seeds:
            raise GraphError(f"no node is labelled {focus!r} in the graph; "
                             "check the spelling or list labels with kg query")
        undirected = net.to_undirected(as_view=True)
        kept = set()
        for seed in seeds:
            kept |= set(nx.single_source_shortest_path_length(undirected, seed, cutoff=depth))
        kept = _context(net, kept)
    if types:
        allowed = _allowed_classes([t for t in types if t.strip()], lang)
        kept = {n for n in kept if n in seeds or net.nodes[n]["kind"] != "member" or net.nodes[n]["cls"] in allowed}
    kept = _prune(net, kept)
    wanted = kept
    if len(kept) > max_nodes:
        kept = _prune(net, _cut(net, kept, max_nodes))
    counts = {}
    for node in wanted - kept:
        label = net.nodes[node]["cls_label"]
        counts[label] = counts.get(label, 0) + 1
    reports = tuple((n, net.nodes[n]["label"]) for n in sorted(kept, key=lambda n: (
        net.nodes[n].get("year", ""), net.nodes[n]["label"], n)) if net.nodes[n]["kind"] == "report")
    return NetworkView(
        graph=nx.freeze(net.subgraph(kept).copy()), title=title_of(reports_of(graph, lang), lang, graph), lang=lang,
        reports=reports, focus=tuple(s for s in seeds if s in kept), omitted_nodes=len(wanted - kept),
        omitted_classes=tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), unlinked=unlinked)


def omitted_note(view):
    """A sentence saying what the page leaves out, in the page's language ('' when nothing is)."""
    words = strings(view.lang)
    notes = []
    if view.omitted_nodes:
        kinds = words["list_sep"].join(f"{label} {count}" for label, count in view.omitted_classes[:6])
        notes.append(words["omitted"].format(shown=len(view.graph), count=view.omitted_nodes, kinds=kinds))
    if view.unlinked:
        notes.append(words["unlinked"].format(count=view.unlinked))
    return " ".join(notes)
