"""The kg command: every command's happy path, exit codes and exact one-line errors."""
import json
import re
import shutil

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import cli

from .conftest import SAMPLE

TEXT = "山西省政府工作报告。报告回顾了2023年的主要工作。全省地区生产总值达到 2.57万亿\n\n元，增长 5%。"


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def built(runner, tmp_path):
    out = tmp_path / "graph.ttl"
    result = runner.invoke(cli, ["build", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_the_graph_and_a_summary(runner, built):
    graph = Graph().parse(built)
    assert len(graph) > 1000
    result = runner.invoke(cli, ["build", str(SAMPLE), "-o", str(built)])
    assert result.output.startswith(f"wrote {built}: 1 report(s), ")
    detail = runner.invoke(cli, ["-v", "build", str(SAMPLE), "-o", str(built)])
    assert detail.output.splitlines()[0] == f"{SAMPLE}: 山西省, reviews 2023"  # what kg found out, with -v
    assert "observations" in result.output and "triples in" in result.output
    assert re.search(r"entities: Province \d+, City \d+", result.output)


def test_build_without_arguments_reads_data_reports(runner, tmp_path, monkeypatch):
    (tmp_path / "data" / "reports").mkdir(parents=True)
    shutil.copy(SAMPLE, tmp_path / "data" / "reports")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["build"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 10000


def test_building_twice_gives_identical_bytes_in_every_format(runner, tmp_path):
    for fmt, suffix in (("turtle", "ttl"), ("nt", "nt"), ("json-ld", "jsonld")):
        first, second = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
        for out in (first, second):
            assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--format", fmt]).exit_code == 0
        assert first.read_bytes() == second.read_bytes()
    assert isomorphic(Graph().parse(tmp_path / "a.ttl"), Graph().parse(tmp_path / "a.jsonld", format="json-ld"))


def test_build_reads_stdin_gb18030_and_bom(runner, tmp_path):
    graphs = []
    for name, data in (("utf8.txt", TEXT.encode("utf-8")), ("gbk.txt", TEXT.encode("gb18030")),
                       ("bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"))):
        out = tmp_path / f"{name}.nt"
        (tmp_path / name).write_bytes(data)
        result = runner.invoke(cli, ["build", str(tmp_path / name), "-o", str(out)])
        assert result.exit_code == 0, result.output
        graphs.append(Graph().parse(out))
    result = runner.invoke(cli, ["build", "-", "-o", str(tmp_path / "stdin.ttl")], input=TEXT.encode("gb18030"))
    assert result.exit_code == 0, result.output
    counts = {len(list(g.query("SELECT ?o WHERE { ?o a kg:Observation }", initNs={"kg": "https://w3id.org/kg-cn/def#"})))
              for g in graphs + [Graph().parse(tmp_path / "stdin.ttl")]}
    assert counts == {1}


@pytest.mark.parametrize("content, message", [
    (b"", "is empty; give a report with text in it"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is binary, not text; give a text, PDF, web page or Word report"),
    (bytes(range(0x80, 0x100)) * 4, "is not valid UTF-8 text: byte 0x80 at offset 0 (line 1) cannot be read; "
                                    "fix that byte or save the file as UTF-8, then try again"),
])
def test_bad_input_is_one_line_exit_1_and_leaves_output_untouched(runner, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "graph.ttl"
    out.write_text("previous graph", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == f"Error: {bad} {message}\n"
    assert out.read_text(encoding="utf-8") == "previous graph"
    assert list(tmp_path.iterdir()) == sorted([bad, out]) or set(tmp_path.iterdir()) == {bad, out}


def test_missing_input(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.ttl")])
    assert (result.exit_code, result.output) == (1, f"Error: {tmp_path / 'nope.txt'}: no such file or folder\n")
    assert not (tmp_path / "g.ttl").exists()


def test_region_and_year_can_be_overridden(runner, report, tmp_path):
    out = tmp_path / "g.ttl"
    assert runner.invoke(cli, ["build", str(report), "-o", str(out), "--region", "太原市", "--year", "2020"]).exit_code == 0
    rows = runner.invoke(cli, ["query", str(out), "--format", "csv",
                               "SELECT ?code ?year WHERE { ?r a kg:Report ; kg:refArea/kg:divisionCode ?code ; kg:refPeriod ?year }"])
    assert rows.output.splitlines()[1] == "140100,2020"
    bad = runner.invoke(cli, ["build", str(report), "-o", str(out), "--region", "火星"])
    assert (bad.exit_code, bad.output) == (1, "Error: --region 火星: not a known region name; give a province, city or county (山西省, 太原市, 交城县) or 全国\n")


def test_a_report_without_region_or_year_asks_for_them(runner, tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("产量达到5万吨。", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(path), "-o", str(tmp_path / "g.ttl")])
    assert (result.exit_code, result.output) == (
        1, f"Error: {path}: cannot tell which region the report is about; pass --region NAME\n")


def test_query_formats(runner, built):
    select = "SELECT ?label WHERE { ?i a kg:Indicator ; rdfs:label ?label FILTER(?label = '地区生产总值'@zh) }"
    table = runner.invoke(cli, ["query", str(built), select])
    assert table.exit_code == 0 and "地区生产总值" in table.output
    as_json = json.loads(runner.invoke(cli, ["query", str(built), select, "--format", "json"]).output)
    assert as_json["results"]["bindings"][0]["label"]["value"] == "地区生产总值"
    ask = runner.invoke(cli, ["query", str(built), "ASK { ?o a kg:Observation }", "--format", "json"])
    assert json.loads(ask.output)["boolean"] is True
    construct = runner.invoke(cli, ["query", str(built), "CONSTRUCT { ?r a kg:Report } WHERE { ?r a kg:Report }",
                                    "--format", "turtle"])
    assert len(Graph().parse(data=construct.output, format="turtle")) == 1


def test_query_from_file_and_stdin(runner, built, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?r a kg:Report }", encoding="utf-8")
    assert runner.invoke(cli, ["query", str(built), "-f", str(rq), "--format", "csv"]).output.splitlines()[1] == "1"
    piped = runner.invoke(cli, ["query", str(built), "--format", "csv"], input="ASK { ?r a kg:Report }")
    assert piped.output.strip().lower().endswith("true")


def test_query_syntax_error_names_line_and_column(runner, built):
    result = runner.invoke(cli, ["query", str(built), "SELECT ?x WHERE {\n  ?x ?y \n}"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "line" in result.output and "column" in result.output
    assert result.output.count("\n") == 1


def test_query_refuses_updates(runner, built):
    result = runner.invoke(cli, ["query", str(built), "DELETE WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1 and result.output.count("\n") == 1


def test_export_round_trips(runner, built, tmp_path):
    for fmt, name in (("nt", "g.nt"), ("json-ld", "g.jsonld"), ("turtle", "g.ttl")):
        result = runner.invoke(cli, ["export", str(built), "--format", fmt, "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert isomorphic(Graph().parse(built), Graph().parse(tmp_path / name, format={"g.jsonld": "json-ld"}.get(name)))


def test_export_of_a_broken_graph(runner, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kg: <x#> .\nkg:a kg:b \n", encoding="utf-8")
    result = runner.invoke(cli, ["export", str(broken), "-o", str(tmp_path / "x.nt")])
    assert result.exit_code == 1 and result.output.startswith(f"Error: {broken}: turtle syntax error")
    assert not (tmp_path / "x.nt").exists()


def test_validate(runner, built, tmp_path):
    ok = runner.invoke(cli, ["validate", str(built)])
    assert (ok.exit_code, ok.output) == (0, f"{built}: conforms to kg's shapes\n")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/kg-cn/def#> .\n<http://x/o> a kg:Observation ; kg:rank 0 .\n",
                   encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "an observation needs exactly one indicator" in result.output
    assert result.output.splitlines()[-1].startswith(f"Error: {bad}: ")


def test_version_and_help(runner):
    assert runner.invoke(cli, ["--version"]).output.startswith("kg, version ")
    for command in cli.commands:
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, command


def test_unknown_option_is_a_usage_error(runner):
    assert runner.invoke(cli, ["build", "--frobnicate"]).exit_code == 2


def test_viz_writes_an_offline_page_and_build_writes_one_too(runner, tmp_path):
    out = tmp_path / "graph.ttl"
    assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(out)]).exit_code == 0
    built_page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "山西省" in built_page and "https://" not in built_page.split("<script")[0]
    page = tmp_path / "taiyuan.html"
    result = runner.invoke(cli, ["viz", str(out), "-o", str(page), "--focus", "太原", "--depth", "1",
                                 "--types", "City,County,Place,Organization,Program"])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(rf"wrote {re.escape(str(page))}: \d+ nodes, \d+ edges\n", result.output)
    missing = runner.invoke(cli, ["viz", str(out), "-o", str(tmp_path / "x.html"), "--focus", "火星"])
    assert missing.exit_code == 1 and missing.output.startswith("Error: ") and missing.output.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


def test_build_says_which_values_are_guesses(runner, tmp_path):
    report = tmp_path / "report-2016.txt"  # no header, no review heading: the year comes from the file name
    report.write_text("各位代表：\n现在，我代表国务院向大会报告政府工作。\n国内生产总值增长6.7%。\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(report), "-o", str(tmp_path / "g.ttl"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"{report}: 中国, reviews 2015 (a guess: pass --year)"
