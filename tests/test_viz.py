"""Viz stage: what a page draws (the story of the reports), its text in Chinese and English, its
layout, and the page's safety offline."""
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import GraphError, KgError
from kg.viz import format_amount, page_data, to_html, to_network, write_html
from kg.viz.layout import MORE_PREFIX, layouts
from kg.vocab import ID, KG
from tests.browser import XSS_BREAKOUT, XSS_IMG, XSS_SCRIPT, national_graph, sample_graph, synthetic_graph

PROVINCE, TAIYUAN, LVLIANG = str(ID["region/140000"]), str(ID["region/140100"]), str(ID["region/141100"])
COAL, GDP, OUTPUT, CHAIN = (str(ID[x]) for x in ("industry/coal", "indicator/gdp", "indicator/coal-output",
                                                  "program/chain"))
REPORT, OPENING, REVIEW, TASKS = (str(ID[x]) for x in ("report/shanxi-2024", "section/shanxi-2024/0",
                                                        "section/shanxi-2024/1", "section/shanxi-2024/2"))


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


@pytest.fixture(scope="module")
def view(graph):
    return to_network(graph)


def attrs(view):
    return dict(view.graph.nodes(data=True))


@pytest.mark.parametrize("value, unit, lang, text", [
    ("1378000000", "吨", "zh", "13.78亿吨"),
    ("2570000000000.0", "元", "zh", "2.57万亿元"),
    ("57430000", "吨", "zh", "5743万吨"),
    ("12000", "亩", "zh", "1.2万亩"),
    ("9999", "户", "zh", "9999户"),
    ("0.5", "%", "zh", "0.5%"),
    ("-3200000000", "元", "zh", "-32亿元"),
    ("123456789012345678", "元", "zh", "123456.79万亿元"),
    ("1378000000", "tonne", "en", "1.38 billion tonne"),
    ("12000000", "", "en", "12 million"),
    ("5", "%", "en", "5%"),
])
def test_format_amount_uses_the_magnitudes_of_the_language(value, unit, lang, text):
    assert format_amount(Decimal(value), unit, lang) == text


@pytest.mark.parametrize("value", ["1E+38", "1E+400", "-1E+5000", "Infinity", "-Infinity", "NaN", "1E-400"])
def test_format_amount_never_raises_on_extreme_numbers(value):
    assert format_amount(Decimal(value), "元")


def test_observations_fold_into_their_indicator_with_their_figures(view):
    nodes = attrs(view)
    assert not [n for n in nodes if "/obs/" in n or "/evidence/" in n or "/unit/" in n]
    assert nodes[OUTPUT]["cls"] == "Indicator"
    assert [row[2] for row in nodes[OUTPUT]["figures"]] == ["13.78亿吨 +5743万吨 全国第1"]
    assert [row[2] for row in nodes[GDP]["figures"]] == ["超2.57万亿元 +5%"]
    assert nodes[GDP]["figures"][0][:2] == ["山西省 2024年政府工作报告", "2023"]


def test_things_link_to_the_sections_that_mention_them(view):
    edges = {(s, o): a for s, o, a in view.graph.edges(data=True)}
    assert edges[(CHAIN, TASKS)]["kind"] == "mention"
    assert edges[(OUTPUT, REVIEW)]["kind"] == "mention"
    assert edges[(TASKS, REPORT)]["kind"] == "section"
    assert edges[(REPORT, PROVINCE)]["kind"] == "area"


def test_only_links_the_text_states_are_drawn(view):
    links = {(s, o) for s, o, kind in view.graph.edges(data="kind") if kind == "link"}
    assert (CHAIN, COAL) in links  # 煤炭产业链长制 names 煤炭产业
    assert (CHAIN, TAIYUAN) not in links  # they only share a sentence
    assert (OUTPUT, COAL) in links  # the figure measures the industry
    assert (str(ID["region/141122"]), LVLIANG) in links


def test_every_node_has_a_class_and_an_edge(view):
    nodes = attrs(view)
    assert nodes[LVLIANG]["cls"] == "City"  # only implied by 交城县, drawn as its level
    assert not [n for n in nodes if n.endswith(("scheme/industries", "industry/energy"))]
    assert all(a["cls"] != "Other" for a in nodes.values())
    assert all(view.graph.degree(n) > 0 for n in view.graph)


def test_reports_are_named_by_region_and_year_and_counted():
    view = to_network(national_graph())
    assert [name for _, name in view.reports] == ["中国 2022年政府工作报告", "中国 2023年政府工作报告", "中国 2024年政府工作报告"]
    assert view.title == "中国 2022、2023、2024年政府工作报告 · 3 份报告"
    english = to_network(national_graph(), lang="en")
    assert english.title == "China 2022, 2023, 2024 work reports · 3 reports"


def test_an_indicator_lists_its_figures_across_reports_with_a_chart():
    nodes = attrs(to_network(national_graph()))
    growth = nodes[str(ID["indicator/gdp-growth"])]
    assert [(r[0], r[1], r[3]) for r in growth["figures"]] == [
        ("中国 2022年政府工作报告", "2021", False), ("中国 2023年政府工作报告", "2022", False), ("中国 2022年政府工作报告", "2022", True),
        ("中国 2024年政府工作报告", "2023", False), ("中国 2023年政府工作报告", "2023", True), ("中国 2024年政府工作报告", "2024", True)]
    chart = growth["chart"]
    assert chart["unit"] == "%" and [p[:3] for p in chart["points"]] == [
        [2021, 8.1, False], [2022, 3.0, False], [2022, 5.0, True], [2023, 5.2, False], [2023, 5.0, True],
        [2024, 5.0, True]]
    quotes = growth["evidence"]
    assert quotes[0][0].startswith("中国 2022年政府工作报告 · 一、2021年工作回顾")


def test_the_english_page_uses_english_and_pinyin(graph):
    view = to_network(graph, lang="en")
    nodes = attrs(view)
    assert nodes[REPORT]["label"] == "Shanxi 2024 work report"
    assert nodes[TAIYUAN]["label"] == "Taiyuan" and nodes[TAIYUAN]["cls_label"] == "City"
    assert nodes[COAL]["label"] == "coal industry"
    assert nodes[OUTPUT]["figures"][0][2] == "1.38 billion tonne +57.43 million tonne rank 1 (nation)"
    data = page_data(view)
    assert data["words"]["search"] == "Search node names…"
    assert to_html(view).startswith('<!DOCTYPE html>\n<html lang="en">')


@pytest.mark.parametrize("focus, depth, inside, outside", [
    ("太原", 0, {TAIYUAN, OPENING, TASKS, REPORT}, {CHAIN, GDP}),
    ("太原市", 2, {TAIYUAN, CHAIN, COAL, PROVINCE}, set()),
    ("交城", 1, {str(ID["region/141122"]), LVLIANG, OPENING}, {CHAIN}),
])
def test_focus_draws_a_neighbourhood_with_its_sections(graph, focus, depth, inside, outside):
    view = to_network(graph, focus=focus, depth=depth)
    assert inside <= set(view.graph) and not outside & set(view.graph)
    assert view.focus and all(view.graph.degree(n) > 0 for n in view.graph)


def test_types_keep_classes_their_subclasses_and_the_reports_structure(graph):
    view = to_network(graph, types=["City", "County", "Program"])
    kept = {a["cls"] for _, a in view.graph.nodes(data=True)}
    assert kept == {"Report", "Section", "City", "County", "Program"}
    assert LVLIANG in view.graph  # an implied city is a city
    assert {a["cls"] for _, a in to_network(graph, types=["Region"]).graph.nodes(data=True)} >= {
        "Province", "City", "County"}
    assert {a["label"] for _, a in to_network(graph, types=["kg:City", "产业"]).graph.nodes(data=True)} >= {
        "太原市", "煤炭产业"}
    assert all(view.graph.degree(n) > 0 for n in view.graph)


@pytest.mark.parametrize("kwargs, message", [
    ({"focus": "火星"}, "no node is labelled '火星'"),
    ({"types": ["Planet"]}, "unknown class 'Planet'"),
    ({"depth": -1}, "--depth must be 0 or more"),
    ({"max_nodes": 0}, "--max-nodes must be 1 or more"),
    ({"lang": "fr"}, "unknown language 'fr'"),
])
def test_bad_arguments_raise_graph_errors(graph, kwargs, message):
    with pytest.raises(GraphError, match=re.escape(message)):
        to_network(graph, **kwargs)
    assert issubclass(GraphError, KgError)


def test_max_nodes_keeps_the_most_mentioned_and_says_what_is_left_out():
    big = synthetic_graph(400)
    full = to_network(big, max_nodes=10_000)
    cut = to_network(big, max_nodes=50)
    assert cut.graph.number_of_nodes() <= 50
    assert cut.omitted_nodes == full.graph.number_of_nodes() - cut.graph.number_of_nodes()
    assert sum(n for _, n in cut.omitted_classes) == cut.omitted_nodes
    weights = sorted((a.get("weight", 0) for _, a in full.graph.nodes(data=True) if a["kind"] == "member"),
                     reverse=True)
    kept = [a["weight"] for _, a in cut.graph.nodes(data=True) if a["kind"] == "member"]
    assert min(kept) >= weights[len(kept) + 5]
    note = page_data(cut)["omitted"]
    assert f"另有 {cut.omitted_nodes} 个节点" in note
    assert all(cut.graph.degree(n) > 0 for n in cut.graph)


def test_the_first_view_folds_long_tails_into_nodes_that_open():
    view = to_network(synthetic_graph(600))
    first = layouts(view)[0]
    shown = [n for n in first.nodes if n not in first.folded]
    assert len(shown) < 250 and len(first.folded) > 300
    assert set(first.nodes) >= set(view.graph)  # every node has a place, folded or not
    for cluster in first.clusters:
        assert cluster.id.startswith(MORE_PREFIX) and cluster.id in first.nodes and len(cluster.members) >= 2
        assert {first.folded[m] for m in cluster.members} == {cluster.id}
    labelled = [n for n in shown if first.nodes[n][4]]
    assert {n for n, a in view.graph.nodes(data=True) if a["kind"] in ("report", "section")} <= set(labelled)


def test_each_report_has_a_view_of_its_own():
    view = to_network(national_graph())
    found = layouts(view)
    assert [v.label for v in found] == ["全部报告", "中国 2022年政府工作报告", "中国 2023年政府工作报告", "中国 2024年政府工作报告"]
    one = found[2]
    assert str(ID["report/national-2023"]) in one.nodes and str(ID["report/national-2024"]) not in one.nodes


def test_a_construct_result_without_reports_is_drawn():
    g = Graph()
    g.parse(data="""@prefix kg: <https://w3id.org/kg-cn/def#> . @base <https://w3id.org/kg-cn/id/> .
        <region/140100> kg:partOf <region/140000> . <region/140106> kg:partOf <region/140100> .
        <region/999999> kg:divisionCode "999999" .""", format="turtle")
    view = to_network(g)
    assert view.graph.number_of_nodes() == 3 and view.graph.number_of_edges() == 2
    assert len(page_data(view)["views"][0]["pos"]) == 3


def test_extreme_figures_draw_a_page(graph):
    g = Graph() + graph
    obs = ID["obs/shanxi-2024/610-0"]
    g.set((obs, KG.value, Literal("1E+38", datatype=XSD.decimal)))
    g.set((obs, KG.changeValue, Literal("INF", datatype=XSD.double)))
    g.set((obs, KG.changePercent, Literal("NaN", datatype=XSD.double)))
    g.set((URIRef(str(ID["obs/shanxi-2024/512-0"])), KG.value, Literal("1" + "0" * 500, datatype=XSD.decimal)))
    page = to_html(to_network(g))
    assert "1.0000E38吨" in page and "NaN" not in page.split("kg-data")[0]


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
    chain = next(n for n in json.loads(data)["nodes"] if n["id"] == CHAIN)
    assert chain["label"] == "煤炭产业链长制" + XSS_IMG
    assert XSS_SCRIPT + XSS_BREAKOUT in chain["evidence"][0][1]


def test_page_fetches_nothing_from_the_network(page):
    tags = re.findall(r"<(?:script|link|img|iframe|source|style)\b[^>]*>", page, re.I)
    assert not [t for t in tags if re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", t, re.I)]
    styles = "".join(re.findall(r"<style>(.*?)</style>", page, re.S))
    assert "@import" not in styles and not re.search(r"url\(\s*[\"']?(https?:)?//", styles)
    assert "default-src 'none'" in page and "connect-src 'none'" in page
    assert not re.search(r"<link\b", page, re.I)


_HASHED = """import sys; sys.path.insert(0, {root!r})
from tests.browser import synthetic_graph, national_graph
from kg.viz import to_html, to_network
import hashlib
print(hashlib.sha256((to_html(to_network(synthetic_graph(500))) + to_html(to_network(national_graph(),
      lang="en"))).encode()).hexdigest())"""


def test_page_is_byte_identical_across_runs_and_hash_seeds(graph, page):
    assert to_html(to_network(graph)) == page
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    digests = {subprocess.run([sys.executable, "-c", _HASHED.format(root=root)], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("0", "1", "12345")}
    assert len(digests) == 1


def test_write_html_is_utf8_and_atomic(tmp_path, view, page):
    out = write_html(view, tmp_path / "sub" / "graph.html")
    assert out.read_bytes() == page.encode("utf-8")
    assert "山西省 2024年政府工作报告" in out.read_text(encoding="utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


def test_write_html_reports_an_unwritable_path(tmp_path, view):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(GraphError, match="cannot write"):
        write_html(view, blocker / "graph.html")


def test_an_empty_graph_gives_an_empty_page():
    data = page_data(to_network(Graph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["title"] == "知识图谱" and data["views"] == []
