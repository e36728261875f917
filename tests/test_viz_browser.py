"""Viz stage in a real browser: the page opens offline in headless Chromium and tells the reports' story
(every drawn node linked, the main labels legible), searches, filters, opens folded nodes, switches
reports, charts an indicator, and runs nothing hostile."""
import json

import pytest

from kg.viz import to_network, write_html
from kg.vocab import ID
from tests.browser import (XSS_BREAKOUT, XSS_IMG, XSS_SCRIPT, Browser, find_chromium, national_graph, sample_graph,
                           synthetic_graph)
from tests.conftest import NATIONAL

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="Chromium is not installed (apt-get install -y chromium; .ci/run installs it)")

TAIYUAN, CHAIN = str(ID["region/140100"]), str(ID["program/chain"])
UNLINKED = """(() => {
  const shown = new Set(kgView.nodes.get({filter: n => !n.hidden}).map(n => n.id));
  const linked = new Set();
  kgView.edges.get({filter: e => !e.hidden && shown.has(e.from) && shown.has(e.to)})
    .forEach(e => { linked.add(e.from); linked.add(e.to); });
  return [...shown].filter(id => !linked.has(id)); })()"""
# Labels the first view must make legible, with their size on screen in px.
KEY_LABELS = """(() => {
  const scale = kgView.network.getScale(), pos = kgView.current.pos;
  return kgView.nodes.get({filter: n => !n.hidden && pos[n.id] && pos[n.id][4]})
    .map(n => [n.label, n.font.size * scale]); })()"""
ON_SCREEN = """(() => {
  const r = document.getElementById('kg-network').getBoundingClientRect();
  return kgView.nodes.get({filter: n => !n.hidden}).filter(n => {
    const p = kgView.network.canvasToDOM(kgView.network.getPosition(n.id));
    return p.x < -1 || p.y < -1 || p.x > r.width + 1 || p.y > r.height + 1; }).length; })()"""


@pytest.fixture(scope="module")
def browser():
    with Browser() as b:
        yield b


def open_view(browser, view, path):
    write_html(view, path)
    browser.open(path.as_uri())
    browser.wait_for("window.kgView && kgView.ready === true")
    return view


@pytest.fixture
def sample(browser, tmp_path):
    return open_view(browser, to_network(sample_graph()), tmp_path / "graph.html")


def assert_clean(browser):
    browser.pump(0.2)
    assert browser.errors() == []
    assert browser.dialogs() == []
    assert [u for u in browser.requests() if not u.startswith(("file:", "data:", "about:"))] == []


def assert_story(browser):
    """Every drawn node has a drawn edge; the report, section and headline labels read at 12 px or more."""
    assert browser.evaluate(UNLINKED) == []
    labels = browser.evaluate(KEY_LABELS)
    assert labels and all(size >= 12 for _, size in labels), labels
    assert browser.evaluate(ON_SCREEN) == 0


def test_the_first_view_tells_the_story_offline(browser, sample):
    assert browser.evaluate("document.title") == "山西省 2024年政府工作报告 · 1 份报告"
    assert_story(browser)
    labels = [label for label, _ in browser.evaluate(KEY_LABELS)]
    assert {"山西省 2024年政府工作报告", "山西省", "一、2023年工作回顾", "二、2024年重点工作"} <= set(labels)
    assert browser.evaluate("kgView.nodes.get({filter: n => !n.hidden}).length") == sample.graph.number_of_nodes()
    assert_clean(browser)


def test_the_real_sample_report_has_no_node_without_an_edge(browser, tmp_path, sample_graph):
    for options in ({}, {"types": ["City", "County", "Program"]}, {"lang": "en"}, {"focus": "太原"}):
        open_view(browser, to_network(sample_graph, **options), tmp_path / "real.html")
        assert_story(browser)
        assert_clean(browser)


def test_national_reports_have_no_node_without_an_edge(browser, tmp_path):
    from kg.pipeline import build_graph

    graph = build_graph([str(NATIONAL / f"national-{y}.txt") for y in (2021, 2022)])
    open_view(browser, to_network(graph), tmp_path / "national.html")
    assert_story(browser)
    assert browser.evaluate("kgView.data.views.length") == 3
    assert_clean(browser)


def test_the_search_box_focuses_a_node_with_legible_labels(browser, sample):
    browser.evaluate("document.getElementById('kg-search').focus()")
    browser.send("Input.insertText", {"text": "太原"})
    for kind in ("keyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                                "windowsVirtualKeyCode": 13, "text": "\r"})
    browser.wait_for(f"kgView.focused === {json.dumps(TAIYUAN)}", timeout=10)
    assert browser.evaluate("kgView.network.getSelectedNodes()") == [TAIYUAN]
    assert browser.evaluate("document.querySelector('#kg-details h3').textContent") == "太原市"
    assert browser.evaluate("document.getElementById('kg-search-status').textContent") == "已定位：太原市"
    size = browser.evaluate(f"kgView.nodes.get({json.dumps(TAIYUAN)}).font.size * kgView.network.getScale()")
    assert size >= 12
    assert_clean(browser)


def test_the_class_filter_hides_a_class_and_fits_what_remains(browser, sample):
    browser.evaluate("document.querySelector('#kg-classes input[value=Indicator]').click()")
    assert browser.evaluate("kgView.nodes.get({filter: n => !n.hidden && n.group === 'Indicator'}).length") == 0
    assert browser.evaluate(ON_SCREEN) == 0 and browser.evaluate(UNLINKED) == []
    browser.evaluate("document.querySelector('#kg-classes input[value=Indicator]').click()")
    assert browser.evaluate("kgView.nodes.get({filter: n => !n.hidden && n.group === 'Indicator'}).length") == 2


def click(browser, node_id):
    x, y = browser.evaluate(f"""(() => {{
        const p = kgView.network.canvasToDOM(kgView.network.getPosition({json.dumps(node_id)}));
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }})()""")
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        browser.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                  "clickCount": 1})


def test_clicking_a_hostile_node_shows_its_text_and_runs_nothing(browser, sample):
    click(browser, CHAIN)
    browser.wait_for("document.querySelector('#kg-details h3') !== null", timeout=10)
    panel = browser.evaluate("document.getElementById('kg-details').textContent")
    assert "煤炭产业链长制" + XSS_IMG in panel and XSS_SCRIPT + XSS_BREAKOUT in panel
    assert browser.evaluate("[typeof window.__pwned, document.images.length,"
                            " document.scripts.length]") == ["undefined", 0, 3]
    assert_clean(browser)


def test_a_folded_node_opens_on_click(browser, tmp_path):
    open_view(browser, to_network(synthetic_graph(600)), tmp_path / "large.html")
    assert_story(browser)
    more = browser.evaluate("kgView.nodes.get({filter: n => !n.hidden && n.kind === 'more'})"
                            ".sort((a, b) => b.members.length - a.members.length)[0].id")
    members = browser.evaluate(f"kgView.data.nodes.find(n => n.id === {json.dumps(more)}).members")
    browser.evaluate(f"kgView.network.focus({json.dumps(more)}, {{scale: 1.5, animation: false}})")
    click(browser, more)
    browser.wait_for(f"kgView.opened[{json.dumps(more)}] === true", timeout=10)
    shown = browser.evaluate(f"{json.dumps(members)}.filter(id => !kgView.nodes.get(id).hidden).length")
    assert shown == len(members)
    assert browser.evaluate(f"kgView.nodes.get({json.dumps(more)}).hidden") is True
    assert browser.evaluate(UNLINKED) == []
    assert_clean(browser)


def test_a_report_can_be_shown_alone_and_an_indicator_charts_its_years(browser, tmp_path):
    open_view(browser, to_network(national_graph()), tmp_path / "national.html")
    assert_story(browser)
    options = browser.evaluate("[...document.querySelectorAll('#kg-view option')].map(o => o.textContent)")
    assert options == ["全部报告", "中国 2022年政府工作报告", "中国 2023年政府工作报告", "中国 2024年政府工作报告"]
    browser.evaluate("const s = document.getElementById('kg-view'); s.value = '2';"
                     " s.dispatchEvent(new Event('change'))")
    reports = browser.evaluate("kgView.nodes.get({filter: n => !n.hidden && n.kind === 'report'}).map(n => n.label)")
    assert reports == ["中国 2023年政府工作报告"]
    assert_story(browser)
    browser.evaluate(f"kgView.show({json.dumps(str(ID['indicator/gdp-growth']))})")
    chart = browser.evaluate("[document.querySelectorAll('#kg-details svg circle').length,"
                             " document.querySelectorAll('#kg-details svg polyline').length,"
                             " document.querySelectorAll('#kg-details tr.kg-target').length]")
    assert chart == [6, 2, 3]
    assert_clean(browser)


def test_the_english_page_speaks_english(browser, tmp_path):
    open_view(browser, to_network(national_graph(), lang="en"), tmp_path / "en.html")
    assert browser.evaluate("[document.documentElement.lang, document.getElementById('kg-locate').textContent,"
                            " document.getElementById('kg-search').placeholder]") == ["en", "Find",
                                                                                       "Search node names…"]
    labels = [label for label, _ in browser.evaluate(KEY_LABELS)]
    assert "China 2024 work report" in labels and "China" in labels
    assert_story(browser)
    assert_clean(browser)
