"""Viz stage in a real browser: the page opens offline in headless Chromium, draws, searches,
filters, and runs nothing hostile."""
import json

import pytest

from kg.viz import to_network, write_html
from kg.vocab import ID
from tests.browser import XSS_BREAKOUT, XSS_IMG, XSS_SCRIPT, Browser, find_chromium, sample_graph, synthetic_graph

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="Chromium is not installed (apt-get install -y chromium; .ci/run installs it)")

TAIYUAN, CHAIN = str(ID["region/140100"]), str(ID["program/chain"])


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


def test_the_page_draws_every_node_and_edge_offline(browser, sample):
    counts = browser.evaluate("[kgView.nodes.length, kgView.edges.length, kgView.data.nodes.length,"
                              " kgView.network.body.nodeIndices.length]")
    assert counts == [sample.graph.number_of_nodes(), sample.graph.number_of_edges()] + [
        sample.graph.number_of_nodes()] * 2
    assert browser.evaluate("document.title") == "山西省政府工作报告（2024）"
    assert browser.evaluate("document.getElementById('kg-classes').children.length") == 7
    assert_clean(browser)


def test_the_search_box_focuses_a_node(browser, sample):
    browser.evaluate("document.getElementById('kg-search').focus()")
    browser.send("Input.insertText", {"text": "太原"})
    for kind in ("keyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                                "windowsVirtualKeyCode": 13, "text": "\r"})
    browser.wait_for(f"kgView.focused === {json.dumps(TAIYUAN)}", timeout=10)
    assert browser.evaluate("kgView.network.getSelectedNodes()") == [TAIYUAN]
    assert browser.evaluate("document.querySelector('#kg-details h3').textContent") == "太原市"
    assert browser.evaluate("document.getElementById('kg-search-status').textContent") == "已定位：太原市"
    assert_clean(browser)


def test_the_class_filter_hides_a_class(browser, sample):
    browser.evaluate("document.querySelector('#kg-classes input[value=Observation]').click()")
    assert browser.evaluate("kgView.nodes.get({filter: n => n.hidden}).map(n => n.group)") == [
        "Observation", "Observation"]
    browser.evaluate("document.querySelector('#kg-classes input[value=Observation]').click()")
    assert browser.evaluate("kgView.nodes.get({filter: n => n.hidden}).length") == 0


def test_clicking_a_hostile_node_shows_its_text_and_runs_nothing(browser, sample):
    x, y = browser.evaluate(f"""(() => {{
        const p = kgView.network.canvasToDOM(kgView.network.getPosition({json.dumps(CHAIN)}));
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }})()""")
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        browser.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                  "clickCount": 1})
    browser.wait_for("document.querySelector('#kg-details h3') !== null", timeout=10)
    panel = browser.evaluate("document.getElementById('kg-details').textContent")
    assert "链长制" + XSS_IMG in panel and XSS_SCRIPT + XSS_BREAKOUT in panel
    assert browser.evaluate("[typeof window.__pwned, document.images.length,"
                            " document.scripts.length]") == ["undefined", 0, 3]
    assert_clean(browser)


def test_a_large_graph_is_laid_out_beforehand(browser, tmp_path):
    view = open_view(browser, to_network(synthetic_graph(600)), tmp_path / "large.html")
    assert browser.evaluate("[kgView.data.physics, kgView.nodes.length, kgView.edges.length]") == [
        False, view.graph.number_of_nodes(), view.graph.number_of_edges()]
    assert_clean(browser)


def test_the_page_says_what_was_left_out(browser, tmp_path):
    view = open_view(browser, to_network(synthetic_graph(400), max_nodes=40), tmp_path / "cut.html")
    assert browser.evaluate("kgView.nodes.length") == 40
    note = browser.evaluate("[document.getElementById('kg-omitted').hidden,"
                            " document.getElementById('kg-omitted').textContent]")
    assert note[0] is False and f"另有 {view.omitted_nodes} 个节点" in note[1]
    assert_clean(browser)
