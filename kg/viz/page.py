"""Viz stage, page: a NetworkView to one self-contained, offline HTML page (vis-network inlined)."""
import base64
import hashlib
import html
import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from .. import __version__
from ..errors import GraphError
from ..rdf.outputs import write_atomic

PHYSICS_LIMIT = 300   # above this many nodes positions are computed here and physics is off
SPRING_LIMIT = 400    # nodes laid out by networkx's spring layout; the rest are placed around them
EDGE_LABEL_LIMIT = 300
SEED = 7
FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
VIS_VERSION = "vis-9.1.2"


def _asset(name):
    return resources.files("kg").joinpath("viz", "assets", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vis_network_js():
    """vis-network's browser bundle (Apache-2.0 or MIT), as shipped inside the pyvis package."""
    import pyvis  # only for the path of the vis-network bundle pyvis ships
    lib = Path(pyvis.__file__).parent / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"))
    chosen = [p for p in found if p.parent.name == VIS_VERSION] or found[-1:]
    if not chosen:
        raise GraphError(f"vis-network is missing from the pyvis package at {lib}; reinstall pyvis")
    return chosen[0].read_text(encoding="utf-8")


def _ring(center, count, radius, phase):
    return [(center[0] + radius * math.cos(phase + 2 * math.pi * i / count),
             center[1] + radius * math.sin(phase + 2 * math.pi * i / count)) for i in range(count)]


def _spring(graph, scale):
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    pos = nx.spring_layout(graph, seed=SEED, iterations=60)
    center = sum(pos.values()) / len(pos)
    radii = {n: float(((p - center) ** 2).sum()) ** 0.5 for n, p in pos.items()}
    reach = max(radii.values()) or 1.0
    # A square-root radial spread: a dense core opens up, far-flung outliers come in.
    out = {}
    for n, p in pos.items():
        stretch = scale * (radii[n] / reach) ** 0.5 / radii[n] if radii[n] else 0.0
        out[n] = (float(p[0] - center[0]) * stretch, float(p[1] - center[1]) * stretch)
    return out


def layout(net):
    """Positions for a large network, in pixels: a seeded spring layout of its hubs,
    the other nodes set on rings around the neighbour they hang from."""
    und = nx.Graph(net.to_undirected(as_view=True))
    degree = dict(und.degree())
    order = sorted(und, key=lambda n: (-degree[n], n))
    scale = 45 * math.sqrt(len(und)) + 200
    hubs = und.subgraph(order[:SPRING_LIMIT])
    pos = _spring(hubs, scale)
    placed, frontier = set(pos), set(pos)
    while frontier:
        children = {}
        for node in sorted(frontier, key=lambda n: (-degree[n], n)):
            for other in sorted(und[node]):
                if other not in placed:
                    placed.add(other)
                    children.setdefault(node, []).append(other)
        frontier = set()
        for parent, kids in sorted(children.items()):
            radius = 40 + 9 * math.sqrt(len(kids))
            phase = (sum(map(ord, parent)) % 628) / 100
            for kid, point in zip(kids, _ring(pos[parent], len(kids), radius, phase)):
                pos[kid] = point
            frontier.update(kids)
    leftover = und.subgraph(set(und) - placed)
    rest = sorted((sorted(c) for c in nx.connected_components(leftover)), key=lambda c: (-len(c), c[0]))
    top = max((y for _, y in pos.values()), default=0) + 150
    x = min((x for x, _ in pos.values()), default=0)
    for comp in rest:  # components apart from the hubs, in rows underneath
        sub = _spring(und.subgraph(comp), 30 * math.sqrt(len(comp)))
        for n, (px, py) in sub.items():
            pos[n] = (x + px, top + py)
        x += 60 * math.sqrt(len(comp)) + 60
        if x > scale:
            x, top = -scale, top + 120
    return {n: (round(px), round(py)) for n, (px, py) in pos.items()}


def _options(count, physics):
    edges = {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
             "color": {"color": "#b8b8b8", "highlight": "#444", "hover": "#666"},
             "font": {"size": 10, "face": FONT, "color": "#666", "strokeWidth": 3, "align": "middle"},
             "smooth": {"type": "continuous"} if physics else False, "width": 1}
    opts = {"autoResize": True, "edges": edges,
            "nodes": {"font": {"face": FONT, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                      "borderWidth": 1},
            "interaction": {"hover": True, "tooltipDelay": 300, "hideEdgesOnDrag": count > PHYSICS_LIMIT,
                            "hideEdgesOnZoom": count > PHYSICS_LIMIT, "multiselect": False},
            "layout": {"randomSeed": SEED, "improvedLayout": count <= 150}}
    if physics:
        opts["physics"] = {"enabled": True, "solver": "barnesHut",
                           "barnesHut": {"gravitationalConstant": -5000, "springLength": 110,
                                         "springConstant": 0.04, "damping": 0.3, "avoidOverlap": 0.2},
                           "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50,
                                             "fit": True},
                           "minVelocity": 1.0}
    else:
        opts["physics"] = {"enabled": False}
    return opts


def _omitted_note(view):
    if not view.omitted_nodes:
        return ""
    kinds = "、".join(f"{label} {count}" for label, count in view.omitted_classes[:6])
    return (f"为保持可读，图中只显示连接最多的 {len(view.graph)} 个节点；另有 {view.omitted_nodes} 个节点"
            f"（{kinds}）和 {view.omitted_edges} 条边未显示。可用 --focus、--types 或 --max-nodes 查看其余部分。")


def page_data(view):
    """The JSON-ready content of the page: nodes, edges, legend, options and the note on what was left out."""
    net = view.graph
    count = len(net)
    physics = count <= PHYSICS_LIMIT
    pos = {} if physics else layout(net)
    nodes, classes = [], {}
    for node_id, attrs in sorted(net.nodes(data=True)):
        degree = len(set(net.predecessors(node_id)) | set(net.successors(node_id)))
        item = {"id": node_id, "label": attrs["label"], "group": attrs["cls"], "cls_label": attrs["cls_label"],
                "degree": degree, "details": attrs["details"], "evidence": attrs["evidence"],
                "iri": attrs["iri"], "names": attrs.get("names", []),
                "size": 6 if attrs["figure"] else round(9 + 4 * math.sqrt(degree), 1)}
        if attrs["figure"]:
            item["font"] = {"size": 11, "color": "#335"}
        if node_id in view.focus:
            item["borderWidth"] = 4
        if node_id in pos:
            item["x"], item["y"] = pos[node_id]
        nodes.append(item)
        style = classes.setdefault(attrs["cls"], {"key": attrs["cls"], "label": attrs["cls_label"],
                                                  "color": attrs["color"], "shape": attrs["shape"], "count": 0})
        style["count"] += 1
    edges = []
    for number, (s, o, key, attrs) in enumerate(sorted(net.edges(keys=True, data=True))):
        edge = {"id": number, "from": s, "to": o, "name": attrs["label"]}
        if count <= EDGE_LABEL_LIMIT:
            edge["label"] = attrs["label"]
        edges.append(edge)
    options = _options(count, physics)
    options["groups"] = {c["key"]: {"shape": c["shape"], "color": {"background": c["color"], "border": "#555",
                                    "highlight": {"background": c["color"], "border": "#000"}}}
                         for c in classes.values()}
    legend = sorted(classes.values(), key=lambda c: (-c["count"], c["key"]))
    return {"title": view.title, "nodes": nodes, "edges": edges, "classes": legend, "options": options,
            "physics": physics, "focus": list(view.focus), "omitted": _omitted_note(view)}


def script_json(value):
    """JSON that is safe inside a <script> element: no `<`, `>`, `&` or line separators left raw.

    >>> script_json({"t": "</script><b>&\\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _sha256(script):
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def to_html(view):
    """The whole page as text: no network fetch, scripts allowed only by their hashes."""
    vis_js, app_js = vis_network_js(), _asset("page.js")
    if "</script" in vis_js.lower() or "</script" in app_js.lower():
        raise GraphError("a bundled script contains </script and cannot be inlined")
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(app_js) +
           "; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = {"__KG_CSP__": csp, "__KG_VERSION__": __version__, "__KG_TITLE__": html.escape(view.title),
             "__KG_STYLE__": _asset("page.css"), "__KG_DATA__": script_json(page_data(view)),
             "__KG_VIS__": vis_js, "__KG_APP__": app_js}
    template = _asset("page.html")
    out, rest = [], template
    # Substitute in one pass so text inside a substituted part is never read as a placeholder.
    while "__KG_" in rest:
        head, _, tail = rest.partition("__KG_")
        name = "__KG_" + tail.split("__", 1)[0] + "__"
        out += [head, parts[name]]
        rest = tail[len(name) - len("__KG_"):]
    out.append(rest)
    return "".join(out)


def write_html(view, path):
    """Write the page to `path` as UTF-8, atomically (see outputs.write_atomic)."""
    return write_atomic(path, to_html(view).encode("utf-8"))
