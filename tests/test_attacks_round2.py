"""What a second attack on kg found, one regression test per finding (issue: nothing lost, round 2)."""
import shutil

from kg.cli import cli

from .conftest import SAMPLE
from .formats import government_page

TEXT = SAMPLE.read_text(encoding="utf-8")


def test_a_build_never_overwrites_its_html_input_with_its_page(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = government_page(TEXT)
    (tmp_path / "report.html").write_bytes(page)
    result = runner.invoke(cli, ["build", "report.html", "-o", "report.ttl"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.html").read_bytes() == page
    assert "note: the page is report.page.html: report.html is a report this build reads" in result.output
    assert (tmp_path / "report.page.html").read_text(encoding="utf-8").count('name="generator" content="kg') == 1
    # the same from a folder scan
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "report.html").write_bytes(page)
    assert runner.invoke(cli, ["build", "dir", "-o", "dir/report.ttl"]).exit_code == 0
    assert (folder / "report.html").read_bytes() == page and (folder / "report.page.html").is_file()


def test_a_rebuild_does_not_read_its_own_page(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    shutil.copy(SAMPLE, tmp_path / "in" / "shanxi-2024.txt")
    first = runner.invoke(cli, ["build", "in", "-o", "in/graph.ttl"])
    assert first.exit_code == 0 and (tmp_path / "in" / "graph.html").is_file()
    for extra in ([], ["--region", "山西省"]):
        again = runner.invoke(cli, ["build", "in", "-o", "in/graph.ttl"] + extra)
        assert again.exit_code == 0, again.output
        assert "wrote in/graph.ttl: 1 report(s)" in again.output
    given = runner.invoke(cli, ["build", "in/graph.html", "-o", "x.ttl"])
    assert (given.exit_code, given.output) == (1, "Error: in/graph.html is a page kg drew from a graph, not a report; "
                                                  "leave it out\n")
