"""Viz stage, layout: a view of the story (all reports, or one) as the page first shows it: where each
node sits, which nodes are folded into an "N more" node that opens on click, and how large each label is."""
import math
from dataclasses import dataclass

from .geometry import Band, Item, fit_scale, mind_map, spring, text_width, tile
from .labels import strings

FONTS = {"report": 22, "section": 14, "region": 15, "top": 13, "small": 9, "more": 10}
LEGIBLE = 14  # px on screen, at the first view, for the labels that carry the story
MIN_SHOWN = 2  # every section shows at least its two most mentioned things
BOX_MARGIN = {"report": 9, "section": 5}
MORE_PREFIX = "kg-more:"


@dataclass(frozen=True)
class Cluster:
    """An "N more" node: what it folds, by class, and the node it hangs from."""

    id: str
    parent: str
    label: str
    members: tuple
    counts: tuple  # (class key, count)


@dataclass(frozen=True)
class Layout:
    """One view of the network: nodes at (x, y) with a font and node size; folded nodes and their clusters."""

    key: str
    label: str
    nodes: dict  # id -> (x, y, font size, node size, 1 when its label must read at the first view)
    folded: dict  # id -> the cluster id it is folded into
    clusters: tuple
    bands: dict = None  # id -> the section or report it is drawn beside (a section's: its report)


def _places(net, reports):
    """Sections of the given reports in reading order, and each section's report."""
    index = {r: i for i, r in enumerate(reports)}
    found = [(index[r], net.nodes[s].get("order", 0), s, r) for s, r, kind in net.edges(data="kind")
             if kind == "section" and r in index]
    return [s for _, _, s, _ in sorted(found)], {s: r for _, _, s, r in found}


def _homes(net, reports):
    """Each node's parent in one view: sections under reports, a thing under the section that mentions
    it most (the latest report on a tie), a report's region under the report, linked-only nodes under
    what they link to."""
    index = {r: i for i, r in enumerate(reports)}
    sections, report_of = _places(net, reports)
    order = {s: i for i, s in enumerate(sections)}
    parent = {s: report_of[s] for s in sections}
    for node, attrs in sorted(net.nodes(data=True)):
        if attrs["kind"] != "member":
            continue
        found = [(data["weight"], index.get(report_of.get(place, place), -1), -order.get(place, 0), place)
                 for _, place, data in net.out_edges(node, data=True)
                 if data["kind"] == "mention" and (place in order or place in index)]
        if found:
            parent[node] = max(found)[3]
    for report in reports:
        for _, region, kind in net.out_edges(report, data="kind"):
            if kind == "area":
                parent[region] = report
    queue = sorted((n for n in parent if net.nodes[n]["kind"] == "member"), key=lambda n: _rank(net, n))
    while queue:
        node = queue.pop(0)
        linked = {m for m, _, k in net.in_edges(node, data="kind") if k == "link"}
        linked |= {m for _, m, k in net.out_edges(node, data="kind") if k == "link"}
        for other in sorted(linked, key=lambda n: _rank(net, n)):
            if other not in parent and not any(k == "mention" for _, _, k in net.out_edges(other, data="kind")) \
                    and net.nodes[other]["kind"] == "member":
                parent[other] = node
                queue.append(other)
    return parent, sections


def _rank(net, node):
    return (-net.nodes[node].get("weight", 0), net.nodes[node]["label"], node)


def _children(net, parent):
    """Each node's children; a place's things by weight, each class's second and later ones discounted
    (0.6 per turn), so a section shows its most mentioned things and yet more than one kind."""
    kids = {}
    for node in sorted(parent, key=lambda n: _rank(net, n)):
        kids.setdefault(parent[node], []).append(node)
    for place, found in kids.items():
        seen, score = {}, {}
        for node in found:
            cls = net.nodes[node]["cls"]
            seen[cls] = seen.get(cls, -1) + 1
            score[node] = net.nodes[node].get("weight", 0) * 0.6 ** seen[cls]
        kids[place] = sorted(found, key=lambda n: (-score[n],) + _rank(net, n))
    return kids


def _subtree(kids, node):
    out = [node]
    for child in kids.get(node, ()):
        out += _subtree(kids, child)
    return out


def _fold(net, kids, places, budget):
    """Which things each place shows, and which it folds: the first MIN_SHOWN of each, then the most mentioned."""
    shown = set()
    for place in places:
        shown |= set(kids.get(place, [])[:MIN_SHOWN])
    rest = sorted(((i, n) for p in places for i, n in enumerate(kids.get(p, [])) if i >= MIN_SHOWN),
                  key=lambda pair: (pair[0],) + _rank(net, pair[1]))
    rest = [n for _, n in rest]
    shown |= set(rest[:max(0, budget - len(shown))])
    for place in places:  # folding one thing away saves nothing
        hidden = [n for n in kids.get(place, []) if n not in shown]
        if len(hidden) == 1:
            shown.add(hidden[0])
    return shown


def _item(net, node, font, size, kind=None):
    label = net.nodes[node]["label"] if kind is None else kind
    if net.nodes[node]["kind"] in BOX_MARGIN and kind is None:
        margin = BOX_MARGIN[net.nodes[node]["kind"]]
        return Item(node, text_width(label, font) + 2 * margin + 4, font * 1.3 + 2 * margin)
    height = 2 * size + font * 1.3 + 6
    return Item(node, max(2 * size, text_width(label, font)) + 0.8 * font, height, size + 3 - height / 2)


def node_size(net, node):
    """A dot's radius: larger for things mentioned more often."""
    return round(min(14.0, 5 + 1.5 * math.sqrt(net.nodes[node].get("weight", 1))), 1)


def _view(net, reports, key, label, lang):
    parent, sections = _homes(net, reports)
    kids = _children(net, parent)
    listed = {p: [c for c in kids.get(p, []) if net.nodes[c]["kind"] == "member" and not _is_region(net, p, c)]
              for p in sections + list(reports)}
    places = [p for p in sections + list(reports) if listed[p]]
    budget = min(200, max(40, 5 * len(places)))
    shown = _fold(net, listed, places, budget)
    single = len(reports) == 1
    ranked = sorted(((i, n) for p in places for i, n in enumerate(listed[p]) if n in shown),
                    key=lambda pair: (pair[0],) + _rank(net, pair[1]))
    top = {n for _, n in ranked[:2 * len(places) if single else 6 + 2 * len(reports)]}
    words = strings(lang)
    scale_up, result = 1.0, None
    for _ in range(8):
        fonts = {k: v * (scale_up if k in ("report", "section", "region", "top") else 1) for k, v in FONTS.items()}
        result = _place(net, reports, kids, places, parent, shown, top, fonts, key, words)
        scale = fit_scale(result[1])
        need = LEGIBLE / (scale * FONTS["section"])
        if need <= scale_up * 1.01:
            break
        scale_up = need * 1.03  # fonts grow the map a little: aim past the mark
    nodes, _, folded, clusters = result
    return Layout(key, label, nodes, folded, tuple(clusters), _bands(net, parent, reports))


def _bands(net, parent, reports):
    """The section or report each thing is drawn beside; for a section its report; a report itself."""
    bands = {report: report for report in reports}
    for node in sorted(parent):
        up = node if net.nodes[node]["kind"] == "report" else parent[node]
        while up is not None and net.nodes[up]["kind"] == "member":
            up = parent.get(up)
        if up is not None:
            bands[node] = up
    return bands


def _is_region(net, place, child):
    return net.nodes[place]["kind"] == "report" and any(
        k == "area" for _, c, k in net.out_edges(place, data="kind") if c == child)


def _place(net, reports, kids, places, parent, shown, top, fonts, key, words):
    """One pass of placing a view with the given fonts: (nodes, box, folded, clusters)."""
    font_of, size_of = {}, {}
    maps, folded, clusters, rects = [], {}, [], {}
    for report in reports:
        font_of[report], size_of[report] = fonts["report"], 20
        center = _item(net, report, fonts["report"], 20)
        region = next((c for c in kids.get(report, []) if _is_region(net, report, c)), None)
        region_item = None
        if region is not None:
            font_of[region], size_of[region] = fonts["region"], 14
            region_item = _item(net, region, fonts["region"], 14)
        bands = []
        for place in [p for p in places if p == report or parent.get(p) == report]:
            head = Item(place + "#", 1, 1) if place == report else _item(net, place, fonts["section"], 8)
            font_of[place], size_of[place] = fonts["section"], 8
            visible, hidden = [], []
            for member in kids.get(place, []):
                if net.nodes[member]["kind"] != "member" or _is_region(net, place, member):
                    continue
                for node in _subtree(kids, member):
                    size_of[node] = node_size(net, node)
                    font_of[node] = fonts["top"] if node in top else fonts["small"]
                    (visible if member in shown else hidden).append(_item(net, node, font_of[node], size_of[node]))
            if hidden:
                cluster = _cluster(net, key, place, [i.id for i in hidden], words)
                clusters.append(cluster)
                font_of[cluster.id], size_of[cluster.id] = fonts["more"], 9
                tall = 18 + fonts["more"] * 1.3 + 6
                visible.append(Item(cluster.id, max(18, text_width(cluster.label, fonts["more"])) + 8, tall,
                                    12 - tall / 2))
                folded.update({i.id: cluster.id for i in hidden})
            bands.append(Band(head, tuple(visible), tuple(hidden)))
        if region_item is not None:
            for node in _subtree(kids, region)[1:]:
                size_of[node], font_of[node] = node_size(net, node), fonts["small"]
        maps.append(mind_map(center, region_item, bands))
        for item in [center, region_item] + [i for b in bands for i in (b.head, *b.shown, *b.folded)]:
            if item is not None:
                rects[item.id] = item
    offsets, _ = tile([box for _, box in maps])
    pos = {}
    for (placed, _), (dx, dy) in zip(maps, offsets):
        for node, (x, y) in placed.items():
            if not node.endswith("#") or node[:-1] not in reports:
                pos[node] = (x + dx, y + dy)
    _hang(net, kids, parent, pos, size_of, font_of, fonts)
    box = _extent(pos, folded, rects)
    key_fonts = {fonts[k] for k in ("report", "section", "region", "top")}
    nodes = {n: (round(x), round(y), round(font_of.get(n, fonts["small"]), 1), size_of.get(n, 6),
                 int(n not in folded and font_of.get(n) in key_fonts)) for n, (x, y) in sorted(pos.items())}
    return nodes, box, folded, clusters


def _hang(net, kids, parent, pos, size_of, font_of, fonts):
    """Nodes that hang from a report's region (its parents) go just above it."""
    for node in sorted(parent):
        if node not in pos and parent[node] in pos:
            x, y = pos[parent[node]]
            pos[node] = (x, y - 60)
            size_of.setdefault(node, node_size(net, node))
            font_of.setdefault(node, fonts["small"])


def _extent(pos, folded, rects):
    """The box the first view's nodes and labels take."""
    found = [(x - r.width / 2, y - r.dy - r.height / 2, x + r.width / 2, y - r.dy + r.height / 2)
             for n, (x, y) in pos.items() if n not in folded and (r := rects.get(n)) is not None]
    if not found:
        return (0, 0, 1, 1)
    return (min(f[0] for f in found), min(f[1] for f in found), max(f[2] for f in found), max(f[3] for f in found))


def _cluster(net, key, place, members, words):
    counts = {}
    for member in members:
        counts[net.nodes[member]["cls"]] = counts.get(net.nodes[member]["cls"], 0) + 1
    label = words["cluster"].format(count=len(members))
    return Cluster(f"{MORE_PREFIX}{key}:{place}", place, label, tuple(members),
                   tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))


def _fallback(net, lang):
    """A network without reports (a CONSTRUCT result): a spring layout, its best-linked nodes labelled."""
    pos = spring([(s, o) for s, o in net.edges()], list(net.nodes))
    degree = dict(net.degree())
    top = set(sorted(net.nodes, key=lambda n: (-degree[n], n))[:15])
    box = (min((x for x, _ in pos.values()), default=0), min((y for _, y in pos.values()), default=0),
           max((x for x, _ in pos.values()), default=1), max((y for _, y in pos.values()), default=1))
    top_font = max(FONTS["top"], LEGIBLE / fit_scale((box[0] - 80, box[1] - 40, box[2] + 80, box[3] + 40)))
    nodes = {n: (round(x), round(y), round(top_font if n in top else FONTS["small"], 1), node_size(net, n),
                 int(n in top)) for n, (x, y) in sorted(pos.items())}
    return Layout("all", strings(lang)["all_reports"], nodes, {}, (), {})


def layouts(view):
    """The views a page offers: all reports, then each report alone when there are several."""
    net = view.graph
    reports = [r for r, _ in view.reports]
    if not reports:
        return (_fallback(net, view.lang),) if len(net) else ()
    words = strings(view.lang)
    found = [_view(net, reports, "all", words["all_reports"], view.lang)]
    if len(reports) > 1:
        found += [_view(net, [r], str(i), name, view.lang) for i, (r, name) in enumerate(view.reports)]
    return tuple(found)
