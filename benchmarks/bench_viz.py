"""Benchmark of the viz stage (not a test): time to a drawn network page and its size.

    python benchmarks/bench_viz.py [100 1000 5000]

For each size it builds a synthetic report graph, times to_network and to_html, then opens the
page in headless Chromium with the network off and reports the page's own clock at the moment
the network was drawn (positions are computed beforehand; the first view folds long tails, so it
also reports how many nodes that view shows).
"""
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.viz import to_html, to_network, write_html  # noqa: E402
from tests.browser import Browser, find_chromium, synthetic_graph  # noqa: E402


def run(sizes):
    rows = []
    browser = Browser() if find_chromium() else None
    try:
        with tempfile.TemporaryDirectory() as folder:
            for size in sizes:
                graph = synthetic_graph(size)
                start = time.perf_counter()
                view = to_network(graph, max_nodes=size * 2)
                modelled = time.perf_counter()
                html = to_html(view)
                rendered = time.perf_counter()
                path = write_html(view, Path(folder) / f"graph-{size}.html")
                row = {"nodes": view.graph.number_of_nodes(), "edges": view.graph.number_of_edges(),
                       "to_network_s": modelled - start, "to_html_s": rendered - modelled,
                       "html_kib": len(html.encode("utf-8")) / 1024, "settled_s": None, "shown": None}
                if browser:
                    browser.open(path.as_uri())
                    browser.wait_for("window.kgView && kgView.ready === true", timeout=300)
                    row["settled_s"] = browser.evaluate("kgView.stabilizedAt") / 1000
                    row["shown"] = browser.evaluate("kgView.nodes.get({filter: n => !n.hidden}).length")
                    assert browser.errors() == [], browser.errors()
                rows.append(row)
    finally:
        if browser:
            browser.close()
    return rows


def main(argv):
    sizes = [int(a) for a in argv] or [100, 1000, 5000]
    print(f"{'nodes':>6} {'edges':>6} {'to_network':>11} {'to_html':>8} {'html':>9} {'shown':>6} {'drawn':>8}")
    for r in run(sizes):
        settled = f"{r['settled_s']:.2f} s" if r["settled_s"] is not None else "no chromium"
        print(f"{r['nodes']:>6} {r['edges']:>6} {r['to_network_s']:>9.2f} s {r['to_html_s']:>6.2f} s "
              f"{r['html_kib']:>6.0f} KiB {str(r['shown']):>6} {settled:>8}")


if __name__ == "__main__":
    main(sys.argv[1:])
