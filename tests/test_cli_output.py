"""The command line people know: -o - is stdout, status on stderr, -q/-v, formats by suffix, stable output."""
import json
import os
import subprocess
import sys

import pytest
from rdflib import Graph

from kg.cli import cli
from kg.sparql.engine import load_graph

from .conftest import ROOT, SAMPLE

OTHER = "山西省政府工作报告。报告回顾了2022年的主要工作。太原市地区生产总值增长5%。煤炭产量达到13亿吨。"


@pytest.fixture
def graph_file(runner, tmp_path):
    out = tmp_path / "g.ttl"
    assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--no-html"]).exit_code == 0
    return out


@pytest.fixture
def two_report_store(runner, tmp_path):
    other = tmp_path / "other-2022.txt"
    other.write_text(OTHER, encoding="utf-8")
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(SAMPLE), str(other), "--store", str(store)]).exit_code == 0
    return store


def test_build_to_stdout_writes_the_graph_there_and_status_to_stderr(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["build", str(SAMPLE), "-o", "-", "--format", "nt"])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout, format="nt")) > 1000
    assert result.stderr.startswith("wrote stdout: 1 report(s), ")
    assert list(tmp_path.iterdir()) == []  # no file named '-', no page


def test_status_lines_go_to_stderr_and_quiet_silences_them(runner, tmp_path):
    out = tmp_path / "g.ttl"
    loud = runner.invoke(cli, ["build", str(SAMPLE), "-o", str(out)])
    assert loud.stdout == "" and loud.stderr.startswith(f"wrote {out}: ")
    for args in (["-q", "build", str(SAMPLE), "-o", str(out)], ["build", "-q", str(SAMPLE), "-o", str(out)]):
        quiet = runner.invoke(cli, args)
        assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")
    verbose = runner.invoke(cli, ["build", "-v", str(SAMPLE), "-o", str(out)])
    assert verbose.stderr.startswith(f"{SAMPLE}: 山西省, reviews 2023")
    assert verbose.stderr.splitlines()[1].startswith("  key shanxi-2024, ")


def test_export_writes_to_stdout_by_default(runner, graph_file):
    result = runner.invoke(cli, ["export", str(graph_file), "--format", "nt"])
    assert result.exit_code == 0 and result.stderr.startswith("wrote stdout: ")
    assert len(Graph().parse(data=result.stdout, format="nt")) == len(Graph().parse(graph_file))


def test_query_and_viz_write_to_stdout_or_a_file(runner, graph_file, tmp_path):
    rows = runner.invoke(cli, ["query", str(graph_file), "SELECT ?r WHERE { ?r a kg:Report }", "--format", "csv",
                               "-o", str(tmp_path / "rows.csv")])
    assert rows.exit_code == 0 and rows.stdout == ""
    assert (tmp_path / "rows.csv").read_text(encoding="utf-8").splitlines()[0] == "r"
    page = runner.invoke(cli, ["viz", str(graph_file), "-o", "-", "--focus", "太原", "--depth", "1"])
    assert page.exit_code == 0 and page.stdout.startswith("<!DOCTYPE html>") and page.stderr.startswith("wrote stdout")


@pytest.mark.parametrize("name,fmt", [("g.ttl", "turtle"), ("g.nt", "nt"), ("g.nq", "nquads"), ("g.trig", "trig"),
                                      ("g.jsonld", "json-ld"), ("g.rdf", "xml"), ("g.owl", "xml")])
def test_formats_by_suffix(runner, graph_file, tmp_path, name, fmt):
    out = tmp_path / name
    result = runner.invoke(cli, ["export", str(graph_file), "-o", str(out)])
    assert result.exit_code == 0 and result.stderr.endswith(f"triples ({fmt})\n")
    assert len(load_graph(out, fmt=fmt)) == len(load_graph(graph_file))


@pytest.mark.parametrize("command", [["build", str(SAMPLE)], ["export", "{graph}"]])
@pytest.mark.parametrize("name", ["g.xyz", "g", "g.TXT"])
def test_an_unknown_suffix_is_refused_with_the_list(runner, graph_file, tmp_path, command, name):
    args = [a.replace("{graph}", str(graph_file)) for a in command] + ["-o", str(tmp_path / name)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "name the file with one of .ttl .turtle .nt .nq .trig .jsonld .json .rdf .xml .owl" in result.output
    assert not (tmp_path / name).exists()


def test_nquads_and_trig_keep_one_named_graph_per_report(runner, two_report_store, tmp_path):
    for name, fmt in (("all.nq", "nquads"), ("all.trig", "trig")):
        result = runner.invoke(cli, ["export", "--store", str(two_report_store), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        back = load_graph(tmp_path / name, keep_graphs=True)
        names = sorted(str(g.identifier).rsplit("/", 1)[-1] for g in back.graphs() if len(g))
        assert names == ["other-2022", "shanxi-2024"], fmt
    build = runner.invoke(cli, ["build", str(SAMPLE), "-o", str(tmp_path / "b.trig"), "--no-html"])
    assert build.exit_code == 0
    assert "<https://w3id.org/kg-cn/id/report/shanxi-2024> {" in (tmp_path / "b.trig").read_text(encoding="utf-8")


def test_jsonld_context_holds_only_the_prefixes_used_and_geo_is_wgs84(runner, graph_file):
    doc = json.loads(runner.invoke(cli, ["export", str(graph_file), "--format", "json-ld"]).stdout)
    context = doc["@context"]
    assert context["geo"] == "http://www.w3.org/2003/01/geo/wgs84_pos#"
    assert not {"brick", "csvw", "odrl", "foaf", "geo1", "owl"} & set(context)
    text = json.dumps(doc)
    assert all(f'"{prefix}:' in text for prefix in context)


def test_the_same_prefixes_on_a_file_and_a_store(runner, graph_file, two_report_store):
    for where in ([str(graph_file)], ["--store", str(two_report_store)]):
        foaf = runner.invoke(cli, ["query", *where, "SELECT ?p WHERE { ?p a foaf:Person }"])
        assert foaf.exit_code == 1 and foaf.output.startswith("Error: unknown prefix foaf: in foaf:Person; "
                                                              "declare it with PREFIX foaf: <…> (kg declares kg:, kgid:")
        geo = runner.invoke(cli, ["query", *where, "ASK { ?r geo:lat ?lat }", "--format", "csv"])
        assert geo.stdout.split() == ["ask", "true"]


def test_iris_in_a_table_paste_back_into_a_query(runner, graph_file):
    table = runner.invoke(cli, ["query", str(graph_file), "SELECT ?r WHERE { ?r a kg:Report }"]).stdout
    printed = table.splitlines()[2].strip()
    assert printed == "kgid:report\\/shanxi-2024"
    again = runner.invoke(cli, ["query", str(graph_file), f"ASK {{ {printed} a kg:Report }}", "--format", "csv"])
    assert again.stdout.split() == ["ask", "true"]
    slash = runner.invoke(cli, ["query", str(graph_file), "ASK { kgid:report/shanxi-2024 a kg:Report }"])
    assert slash.exit_code == 1 and "write kgid:report\\/shanxi-2024 or the full <IRI>" in slash.output


def test_store_syntax_errors_are_one_line_with_line_and_column(runner, two_report_store):
    for text in ("SELECT ?x WHERE {\n  ?x ?y \n}", "SELECT * WHERE { ?x ?p ?o } LIMIT x"):
        result = runner.invoke(cli, ["query", "--store", str(two_report_store), text])
        assert result.exit_code == 1 and result.output.count("\n") == 1
        assert result.output.startswith("Error: SPARQL syntax error at line ") and ", column " in result.output


def test_validate_says_focus_path_and_what_is_wrong(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/kg-cn/def#> .\n<http://x/o> a kg:Observation .\n",
                   encoding="utf-8")
    lines = runner.invoke(cli, ["validate", str(bad)]).stdout.splitlines()
    assert "<http://x/o> — (the node itself) — needs one of kg:value, kg:changePercent, kg:changeValue, " \
           "kg:changePoints, kg:rank" in lines
    assert "<http://x/o> — kg:indicator — an observation needs exactly one indicator" in lines
    assert not any("sh:minCount" in line or "Literal(" in line for line in lines)


def test_query_list_shows_parameters_types_and_defaults(runner):
    listing = runner.invoke(cli, ["query", "--list"]).stdout
    assert "    --param year=<year>  required — reference year, e.g. 2023" in listing
    assert "    --param scope=<text>  optional, default: 全国 — rank scope" in listing


def test_graph_output_is_byte_identical_under_every_hash_seed():
    script = ("import hashlib, sys; from kg.pipeline import build_graph, to_dataset, parse_paths; "
              "from kg.rdf.outputs import serialize; parsed = parse_paths([sys.argv[1]]); "
              "graph = build_graph([sys.argv[1]]); dataset = to_dataset(parsed); "
              "print([hashlib.sha256(serialize(dataset if f in ('nquads', 'trig') else graph, f)).hexdigest() "
              "for f in ('turtle', 'nt', 'nquads', 'trig', 'json-ld', 'xml')])")
    digests = {subprocess.run([sys.executable, "-c", script, str(SAMPLE)], check=True, timeout=180, cwd=ROOT,
                              capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
                              ).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_query_output_format_follows_the_suffix(runner, graph_file, tmp_path):
    rows = tmp_path / "rows.json"
    assert runner.invoke(cli, ["query", str(graph_file), "SELECT ?r WHERE { ?r a kg:Report }", "-o", str(rows)]).exit_code == 0
    assert json.loads(rows.read_text(encoding="utf-8"))["head"]["vars"] == ["r"]
    quads = tmp_path / "part.nq"
    assert runner.invoke(cli, ["query", str(graph_file), "CONSTRUCT WHERE { ?r a kg:Report }", "-o", str(quads)]).exit_code == 0
    assert quads.read_text(encoding="utf-8").endswith("<https://w3id.org/kg-cn/def#Report> .\n")
