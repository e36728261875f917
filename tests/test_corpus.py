"""Corpus builds: streamed, parallel, all-or-nothing; the same graph as the rdflib path, byte for byte across -j N."""
import os
import shutil
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.pipeline import build_graph
from kg.rdf.runs import SortedRuns

from .conftest import ROOT, SAMPLE

CASES = sorted((ROOT / "tests" / "cases").glob("*/input.txt"))
UNREADABLE = {"empty.txt": b"", "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00"}


@pytest.fixture
def corpus(tmp_path):
    """The sample and the golden cases as one folder of reports."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SAMPLE, folder)
    for case in CASES:
        shutil.copy(case, folder / f"{case.parent.name}.txt")
    return folder


@pytest.mark.parametrize("fmt, suffix", [("turtle", "ttl"), ("nt", "nt"), ("json-ld", "jsonld")])
def test_a_streamed_build_is_the_graph_the_library_builds(runner, corpus, tmp_path, fmt, suffix):
    out = tmp_path / f"graph.{suffix}"
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(out), "--no-html", "-j", "2"])
    assert result.exit_code == 0, result.output
    built = Graph().parse(out, format=fmt)
    assert isomorphic(built, build_graph([str(corpus)]))
    assert f"{len(built)} triples" in result.output


def test_every_job_count_and_hash_seed_writes_the_same_bytes(corpus, tmp_path):
    outputs = []
    for jobs, seed in (("1", "0"), ("2", "1"), ("3", "12345")):
        out = tmp_path / f"g{jobs}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-j", jobs, "-q"],
                       check=True, env=env, cwd=tmp_path)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_runs_spilled_to_disk_merge_into_the_same_sorted_unique_lines(tmp_path):
    texts = ["b\na\nc", "c\nd", "a\ne\nb", "f"]
    with SortedRuns(directory=tmp_path, budget=4) as runs:
        for text in texts:
            runs.add(text)
        assert len(runs.runs) >= 2
        assert list(runs.lines()) == ["a", "b", "c", "d", "e", "f"]
    assert not list(tmp_path.iterdir())  # run files removed


def test_unreadable_reports_are_all_listed_and_nothing_is_written(runner, corpus, tmp_path):
    for name, data in UNREADABLE.items():
        (corpus / name).write_bytes(data)
    out = tmp_path / "graph.ttl"
    out.write_text("previous graph", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == f"Error: 2 of {len(CASES) + 3} reports cannot be read; nothing was written " \
                       "(--keep-going builds the rest):"
    assert lines[1:] == [f"  {corpus / 'binary.txt'} is binary, not text; give a text, PDF, web page or Word report",
                         f"  {corpus / 'empty.txt'} is empty; give a report with text in it"]
    assert out.read_text(encoding="utf-8") == "previous graph" and not (tmp_path / "graph.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "reports"]


def test_keep_going_builds_the_rest_and_lists_what_it_skipped(runner, corpus, tmp_path):
    for name, data in UNREADABLE.items():
        (corpus / name).write_bytes(data)
    out = tmp_path / "graph.ttl"
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(out), "--keep-going", "--no-html"])
    assert result.exit_code == 0, result.output
    assert f"skipped {corpus / 'empty.txt'} is empty; give a report with text in it" in result.output
    assert f"wrote {out}: {len(CASES) + 1} report(s)" in result.output
    readable = sorted(str(p) for p in corpus.iterdir() if p.name not in UNREADABLE)
    assert isomorphic(Graph().parse(out), build_graph(readable))


def test_keep_going_with_nothing_readable_is_an_error(runner, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"")
    result = runner.invoke(cli, ["build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o",
                                 str(tmp_path / "g.ttl"), "--keep-going"])
    assert result.exit_code == 1 and result.output.startswith("Error: none of the 2 reports can be read:\n")
    assert not (tmp_path / "g.ttl").exists()


def test_the_page_never_takes_the_graph_name(runner, tmp_path):
    out = tmp_path / "graph.html"
    assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--format", "turtle"]).exit_code == 0
    assert len(Graph().parse(out, format="turtle")) > 1000
    assert (tmp_path / "graph.page.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>") or \
        "<html" in (tmp_path / "graph.page.html").read_text(encoding="utf-8")


def test_a_failed_page_leaves_the_old_graph_and_page(runner, tmp_path, monkeypatch):
    import kg.viz

    out, page = tmp_path / "graph.ttl", tmp_path / "graph.html"
    out.write_text("old graph", encoding="utf-8")
    page.write_text("old page", encoding="utf-8")

    def failing(view):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.viz, "to_html", failing)
    result = runner.invoke(cli, ["build", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert (out.read_text(encoding="utf-8"), page.read_text(encoding="utf-8")) == ("old graph", "old page")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]


def test_progress_shows_on_a_terminal_only(runner, corpus, tmp_path, monkeypatch):
    import kg.cli.build

    args = ["build", str(corpus), "-o", str(tmp_path / "g.ttl"), "--no-html", "-j", "1"]
    assert "reports," not in runner.invoke(cli, args).output  # not a terminal: no bar
    monkeypatch.setattr(kg.cli.build, "_interactive", lambda: True)
    shown = runner.invoke(cli, args).output
    assert f"{len(CASES) + 1}/{len(CASES) + 1} reports" in shown and "MB/s" in shown
    assert runner.invoke(cli, args + ["-q"]).output == ""


def test_a_store_load_cut_short_is_finished_when_the_store_is_next_opened(corpus, tmp_path, monkeypatch):
    import pyoxigraph as ox

    import kg.store.load
    from kg.errors import StoreError
    from kg.pipeline.corpus import build_store
    from kg.store.local import count_triples, list_reports, open_store

    whole = build_store([str(corpus)], tmp_path / "whole")
    apply = kg.store.load.apply_spool

    def crash(store, spool):  # the report graphs are in, the union is not: the power goes
        for path in spool.glob("reports-*.nq"):
            store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(kg.store.load, "apply_spool", crash)
    with pytest.raises(StoreError, match="opening the store again finishes it"):
        build_store([str(corpus)], tmp_path / "cut")
    monkeypatch.setattr(kg.store.load, "apply_spool", apply)
    store = open_store(tmp_path / "cut")  # finishes the load the journal names
    assert not store.contains_named_graph(kg.store.load.JOURNAL)
    del store
    assert list_reports(tmp_path / "cut") == list_reports(tmp_path / "whole") == sorted(whole.reports)
    assert count_triples(tmp_path / "cut") == count_triples(tmp_path / "whole")
    assert not list(tmp_path.glob(".cut.kg-load-*"))  # the spool went once loaded


RESOLUTION = ("第十四届全国人民代表大会第二次会议关于政府工作报告的决议\n"
              "第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告。"
              "会议充分肯定国务院过去一年的工作，同意报告提出的今年经济社会发展总体要求和政策取向，决定批准这个报告。\n")


def test_a_document_with_no_figures_is_named_as_no_report(runner, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "shanxi-2024.txt")
    (folder / "resolution.txt").write_text(RESOLUTION, encoding="utf-8")
    out = tmp_path / "graph.ttl"
    refused = runner.invoke(cli, ["build", str(folder), "-o", str(out), "--no-html"])
    assert refused.exit_code == 1 and not out.exists()
    assert f"  {folder / 'resolution.txt'}: states no figures, so it does not read as a report" in refused.output
    kept = runner.invoke(cli, ["build", str(folder), "-o", str(out), "--no-html", "--keep-going"])
    assert kept.exit_code == 0 and f"wrote {out}: 1 report(s)" in kept.output
