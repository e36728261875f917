"""Viz stage, page: a NetworkView to one self-contained, offline HTML page (vis-network inlined)."""
import base64
import hashlib
import html
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import __version__
from ..errors import GraphError
from ..rdf.outputs import write_atomic
from .labels import strings
from .layout import MORE_PREFIX, layouts
from .model import omitted_note

FONT = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", '
        '"WenQuanYi Micro Hei", "Noto Sans SC", sans-serif')
VIS_VERSION = "vis-9.1.2"
# The page's own words, handed to page.js.
PAGE_WORDS = ("search", "search_label", "locate", "found", "not_found", "summary", "legend", "hint", "empty",
              "network", "source", "figures", "report_select", "target", "actual", "fig_report", "fig_period",
              "fig_figure", "list_sep")
EDGE_STYLES = {
    "section": {"color": {"color": "#9e9ac8"}, "width": 1.6},
    "area": {"color": {"color": "#b2182b"}, "width": 2},
    "mention": {"color": {"color": "rgba(110,110,110,0.35)"}, "width": 0.8},
    "link": {"color": {"color": "#d95f02"}, "width": 1.3, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
    "more": {"color": {"color": "rgba(110,110,110,0.45)"}, "width": 0.8, "dashes": [4, 4]},
}
BOXES = {"Report": {"color": {"background": "#2b2b2b", "border": "#000"}, "font": {"color": "#ffffff"},
                    "margin": 9, "shape": "box"},
         "Section": {"color": {"background": "#efedf5", "border": "#9e9ac8"}, "font": {"color": "#222222"},
                     "margin": 5, "shape": "box"}}
MORE_STYLE = {"shape": "dot", "color": {"background": "#ffffff", "border": "#888888"},
              "shapeProperties": {"borderDashes": [3, 3]}, "font": {"color": "#555555"}}


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


def _options():
    return {"autoResize": True, "physics": {"enabled": False},
            "layout": {"improvedLayout": False},
            "nodes": {"font": {"face": FONT, "size": 10, "strokeWidth": 3, "strokeColor": "#ffffff"},
                      "borderWidth": 1, "scaling": {"label": {"drawThreshold": 13, "maxVisible": 34}}},
            "edges": {"smooth": False, "arrows": {"to": {"enabled": False}}, "selectionWidth": 1.5,
                      "hoverWidth": 0.5},
            "interaction": {"hover": True, "tooltipDelay": 300, "multiselect": False, "hideEdgesOnDrag": True}}


def _groups(classes):
    groups = {}
    for c in classes:
        style = {"shape": c["shape"], "color": {"background": c["color"], "border": "#555555",
                                                "highlight": {"background": c["color"], "border": "#000000"}}}
        groups[c["key"]] = {**style, **BOXES.get(c["key"], {})}
    groups["more"] = MORE_STYLE
    return groups


def _far(edge, bands, kinds):
    """An edge drawn only while one of its ends is selected: it leaves the band its node is drawn in,
    or the report it is drawn in."""
    start, end = edge["from"], edge["to"]
    if edge["kind"] == "mention":
        return bands.get(start, end) != end
    if edge["kind"] == "area":
        return bands.get(end, start) != start
    if edge["kind"] != "link" or start not in bands or end not in bands:
        return False

    def report(node):
        while kinds.get(node) != "report" and node in bands:
            node = bands[node]
        return node
    both_members = kinds.get(start) == kinds.get(end) == "member"
    return (both_members and bands[start] != bands[end]) or report(start) != report(end)


def _view_data(layout, edges, kinds):
    bands = layout.bands or {}
    return {"key": layout.key, "label": layout.label, "pos": {n: list(v) for n, v in layout.nodes.items()},
            "folded": dict(sorted(layout.folded.items())), "clusters": [c.id for c in layout.clusters],
            "far": [e["id"] for e in edges if _far(e, bands, kinds)]}


def page_data(view):
    """The JSON-ready content of the page: nodes, edges, views (positions), legend, words and notes."""
    net, words = view.graph, strings(view.lang)
    views = layouts(view)
    first = views[0].nodes if views else {}
    nodes, classes = [], {}
    for node_id, attrs in sorted(net.nodes(data=True)):
        item = {"id": node_id, "label": attrs["label"], "group": attrs["cls"], "cls_label": attrs["cls_label"],
                "kind": attrs["kind"], "weight": attrs.get("weight", 0), "details": attrs["details"],
                "evidence": attrs["evidence"], "iri": attrs["iri"], "names": attrs["names"]}
        if attrs.get("figures"):
            item["figures"], item["chart"] = attrs["figures"], attrs.get("chart")
        if node_id in view.focus:
            item["borderWidth"] = 4
        _place(item, first.get(node_id), views[0].folded if views else {})
        nodes.append(item)
        style = classes.setdefault(attrs["cls"], {"key": attrs["cls"], "label": attrs["cls_label"],
                                                  "color": attrs["color"], "shape": attrs["shape"], "count": 0})
        style["count"] += 1
    edges = []
    for s, o, key, attrs in sorted(net.edges(keys=True, data=True)):
        edges.append({"id": len(edges), "from": s, "to": o, "name": attrs["label"], "kind": attrs["kind"],
                      **EDGE_STYLES[attrs["kind"]]})
    for layout in views:
        for cluster in layout.clusters:
            item = {"id": cluster.id, "label": cluster.label, "group": "more", "kind": "more",
                    "members": list(cluster.members), "parent": cluster.parent, "weight": 0, "details": [
                        [next((c["label"] for c in classes.values() if c["key"] == k), k), str(n)]
                        for k, n in cluster.counts], "evidence": [], "iri": "", "names": [],
                    "cls_label": cluster.label}
            _place(item, layout.nodes.get(cluster.id), {}, hidden=layout is not views[0])
            nodes.append(item)
            edges.append({"id": len(edges), "from": cluster.id, "to": cluster.parent, "name": "", "kind": "more",
                          **EDGE_STYLES["more"]})
    legend = sorted(classes.values(), key=lambda c: (-c["count"], c["key"]))
    options = _options()
    options["groups"] = _groups(legend)
    return {"title": view.title, "lang": view.lang, "words": {k: words[k] for k in PAGE_WORDS},
            "nodes": nodes, "edges": edges, "classes": legend, "options": options,
            "views": [_view_data(v, edges, dict(net.nodes(data="kind"))) for v in views], "reports": len(view.reports),
            "focus": list(view.focus), "omitted": omitted_note(view), "more": MORE_PREFIX}


def _place(item, placed, folded, hidden=False):
    if placed is None:
        item["hidden"] = True
        return
    item["x"], item["y"] = placed[0], placed[1]
    item["font"] = {"size": placed[2]}
    if item["kind"] not in ("report", "section"):
        item["size"] = placed[3]
    item["hidden"] = hidden or item["id"] in folded


def script_json(value):
    """JSON that is safe inside a <script> element: no `<`, `>`, `&` or line separators left raw.

    >>> script_json({"t": "</script><b>&\\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
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
             "__KG_LANG__": strings(view.lang)["lang"], "__KG_STYLE__": _asset("page.css"),
             "__KG_DATA__": script_json(page_data(view)), "__KG_VIS__": vis_js, "__KG_APP__": app_js}
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
