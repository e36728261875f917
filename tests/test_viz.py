"""Viz stage: which nodes and edges a page draws, their Chinese text, and the page's safety offline."""
import json
import re
from decimal import Decimal

import pytest
from rdflib import Graph

from kg.errors import GraphError, KgError
from kg.viz import format_amount, page_data, to_html, to_network, write_html
from kg.vocab import ID
from tests.browser import XSS_BREAKOUT, XSS_IMG, XSS_SCRIPT, sample_graph, synthetic_graph

PROVINCE, TAIYUAN = str(ID["region/140000"]), str(ID["region/140100"])
COAL_OBS, GDP_OBS = str(ID["obs/shanxi-2024/610-0"]), str(ID["obs/shanxi-2024/512-0"])


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


@pytest.fixture(scope="module")
def view(graph):
    return to_network(graph)


@pytest.mark.parametrize("value, unit, text", [
    ("1378000000", "吨", "13.78亿吨"),
    ("2570000000000.0", "元", "2.57万亿元"),
    ("57430000", "吨", "5743万吨"),
    ("12000", "亩", "1.2万亩"),
    ("9999", "户", "9999户"),
    ("0.5", "%", "0.5%"),
    ("-3200000000", "元", "-32亿元"),
    ("123456789012345678", "元", "123456.79万亿元"),
])
def test_format_amount_uses_chinese_magnitudes(value, unit, text):
    assert format_amount(Decimal(value), unit) == text


def test_observations_read_as_figures(view):
    labels = {n: a["label"] for n, a in view.graph.nodes(data=True)}
    assert labels[COAL_OBS] == "煤炭产量 13.78亿吨 +5743万吨 全国第1"
    assert labels[GDP_OBS] == "地区生产总值 超2.57万亿元 +5%"


def test_entities_keep_chinese_labels_and_classes(view):
    nodes = dict(view.graph.nodes(data=True))
    assert nodes[PROVINCE]["label"] == "山西省"
    assert (nodes[PROVINCE]["cls"], nodes[PROVINCE]["cls_label"]) == ("Province", "省级行政区")
    assert nodes[TAIYUAN]["names"] == ["太原"]


def test_evidence_reports_and_units_are_details_not_nodes(view):
    assert view.graph.number_of_nodes() == 11
    assert not [n for n in view.graph if "/evidence/" in n or "/report/" in n or "qudt" in n]
    details = dict(view.graph.nodes[COAL_OBS]["details"])
    assert details["单位"] == "吨" and details["地区"] == "山西省" and details["排名范围"] == "全国"
    assert view.graph.nodes[COAL_OBS]["evidence"] == [
        ["山西省政府工作报告（2024） @600", "煤炭产量13.78亿吨，增产5743万吨。" + XSS_IMG]]


def test_edges_carry_the_property_label(view):
    labels = {(s, o): a["label"] for s, o, a in view.graph.edges(data=True)}
    assert labels[(COAL_OBS, PROVINCE)] == "地区"
    assert labels[(TAIYUAN, PROVINCE)] == "隶属于"
    assert view.graph.number_of_edges() == 11


@pytest.mark.parametrize("focus, depth, expected", [
    ("太原", 0, {TAIYUAN}),
    ("太原市", 1, {TAIYUAN, PROVINCE, str(ID["region/140106"]), str(ID["program/chain"])}),
    ("交城", 1, {str(ID["region/141122"]), str(ID["region/141100"])}),
])
def test_focus_draws_a_neighbourhood(graph, focus, depth, expected):
    view = to_network(graph, focus=focus, depth=depth)
    assert set(view.graph) == expected
    assert view.focus and set(view.focus) <= expected


def test_types_keep_classes_and_their_subclasses(graph):
    assert {a["cls"] for _, a in to_network(graph, types=["Region"]).graph.nodes(data=True)} == {
        "Province", "City", "County"}
    view = to_network(graph, types=["kg:City", "产业"])
    assert {a["label"] for _, a in view.graph.nodes(data=True)} == {"太原市", "吕梁市", "煤炭产业"}


@pytest.mark.parametrize("kwargs, message", [
    ({"focus": "火星"}, "no node is labelled '火星'"),
    ({"types": ["Planet"]}, "unknown class 'Planet'"),
    ({"depth": -1}, "--depth must be 0 or more"),
    ({"max_nodes": 0}, "--max-nodes must be 1 or more"),
])
def test_bad_arguments_raise_graph_errors(graph, kwargs, message):
    with pytest.raises(GraphError, match=re.escape(message)):
        to_network(graph, **kwargs)
    assert issubclass(GraphError, KgError)


def test_max_nodes_keeps_the_most_connected_part_and_says_what_is_left_out():
    big = synthetic_graph(400)
    full = to_network(big, max_nodes=10_000)
    cut = to_network(big, max_nodes=50)
    assert cut.graph.number_of_nodes() == 50
    assert cut.omitted_nodes == full.graph.number_of_nodes() - 50
    assert cut.omitted_edges == full.graph.number_of_edges() - cut.graph.number_of_edges()
    assert str(ID["region/100000"]) in cut.graph  # the province hub stays
    assert sum(n for _, n in cut.omitted_classes) == cut.omitted_nodes
    note = page_data(cut)["omitted"]
    assert f"另有 {cut.omitted_nodes} 个节点" in note and "观测值" in note


def test_large_views_get_fixed_positions_and_no_physics():
    small, large = page_data(to_network(synthetic_graph(100))), page_data(to_network(synthetic_graph(600)))
    assert small["physics"] and "x" not in small["nodes"][0]
    assert not large["physics"] and large["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in large["nodes"])
    assert len({(n["x"], n["y"]) for n in large["nodes"]}) > 0.9 * len(large["nodes"])


def test_a_construct_result_without_types_is_drawn():
    g = Graph()
    g.parse(data="""@prefix kg: <https://w3id.org/kg-cn/def#> . @base <https://w3id.org/kg-cn/id/> .
        <region/140100> kg:partOf <region/140000> . <region/140106> kg:partOf <region/140100> .""",
            format="turtle")
    view = to_network(g)
    assert view.graph.number_of_nodes() == 3 and view.graph.number_of_edges() == 2
    assert {a["cls"] for _, a in view.graph.nodes(data=True)} == {"Other"}


@pytest.fixture(scope="module")
def page(view):
    return to_html(view)


def test_document_text_is_escaped_in_the_page(page):
    for hostile in (XSS_IMG, XSS_SCRIPT, XSS_BREAKOUT):
        assert hostile not in page
    assert page.count("</script>") == 3  # the data, vis-network and the page's own script
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert not set("<>&\u2028\u2029") & set(data)
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in data
    chain = next(n for n in json.loads(data)["nodes"] if n["id"].endswith("program/chain"))
    assert chain["label"] == "链长制" + XSS_IMG
    assert XSS_SCRIPT + XSS_BREAKOUT in chain["evidence"][0][1]


def test_page_fetches_nothing_from_the_network(page):
    tags = re.findall(r"<(?:script|link|img|iframe|source|style)\b[^>]*>", page, re.I)
    assert not [t for t in tags if re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", t, re.I)]
    styles = "".join(re.findall(r"<style>(.*?)</style>", page, re.S))
    assert "@import" not in styles and not re.search(r"url\(\s*[\"']?(https?:)?//", styles)
    assert "default-src 'none'" in page and "connect-src 'none'" in page
    assert not re.search(r"<link\b", page, re.I)


def test_page_is_deterministic(graph, page):
    assert to_html(to_network(graph)) == page
    big = synthetic_graph(500)
    assert to_html(to_network(big)) == to_html(to_network(big))


def test_write_html_is_utf8_and_atomic(tmp_path, view, page):
    out = write_html(view, tmp_path / "sub" / "graph.html")
    assert out.read_bytes() == page.encode("utf-8")
    assert "山西省政府工作报告（2024）" in out.read_text(encoding="utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


def test_write_html_reports_an_unwritable_path(tmp_path, view):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(GraphError, match="cannot write"):
        write_html(view, blocker / "graph.html")


def test_an_empty_graph_gives_an_empty_page():
    data = page_data(to_network(Graph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["title"] == "知识图谱"
