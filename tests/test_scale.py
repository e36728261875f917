"""Scale past one machine: the Dask example builds each report as its own task into N-Quads, pushed to a server."""
import importlib.util
import json
import shutil
import urllib.parse
import urllib.request

import pytest

from kg.cli import cli

from .conftest import ROOT, SAMPLE

pytest.importorskip("dask")
CASES = sorted((ROOT / "tests" / "cases").glob("*/input.txt"))


def example():
    spec = importlib.util.spec_from_file_location("dask_build", ROOT / "examples" / "dask_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_builds_each_report_into_its_named_graph_and_kg_pushes_them(runner, tmp_path, oxigraph_server):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(SAMPLE, reports)
    for case in CASES:
        shutil.copy(case, reports / f"{case.parent.name}.txt")
    (reports / "notes.txt").write_text("", encoding="utf-8")  # not a report: listed, not fatal
    paths = sorted(reports.iterdir())
    results = example().build(paths, tmp_path / "nq", workers=2)
    assert [r[0] for r in results] == [None if p.name == "notes.txt" else p.stem for p in paths]
    built = [r for r in results if r[0] is not None]
    for key, graph, count in built:
        nquads = (tmp_path / "nq" / f"{key}.nq").read_text(encoding="utf-8").splitlines()
        assert {line.rsplit(" ", 2)[1] for line in nquads} == {f"<{graph}>"} and len(nquads) == count
        alone = tmp_path / f"{key}.nt"  # the same triples as a build of the report alone
        assert runner.invoke(cli, ["build", str(reports / f"{key}.txt"), "-o", str(alone), "--no-html"]).exit_code == 0
        assert [line.replace(f" <{graph}> .", " .") for line in nquads] == alone.read_text(encoding="utf-8").splitlines()
        pushed = runner.invoke(cli, ["push", str(tmp_path / "nq" / f"{key}.nq"), "--endpoint",
                                     oxigraph_server.store, "--graph", graph])
        assert pushed.exit_code == 0, pushed.output
    for key, graph, count in built:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        url = f"{oxigraph_server.query}?query={urllib.parse.quote(query)}"
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert int(json.load(answer)["results"]["bindings"][0]["n"]["value"]) == count
