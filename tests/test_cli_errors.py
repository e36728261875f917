"""What attacks a reader or trips a user: formula cells, terminal escapes, broken XML, odd query files, tracebacks."""
import csv
import io
from xml.etree import ElementTree as ET

import pytest

from kg.cli import cli

from .conftest import SAMPLE

NASTY = ("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
         '<http://x/a> rdfs:label "=HYPERLINK(\\"http://evil\\",\\"点我\\")" .\n'
         '<http://x/b> rdfs:label "\\u001b[2J\\u001b]0;pwned\\u0007红\\u202e字" .\n'
         '<http://x/c> rdfs:label "-5.2" .\n'
         '<http://x/d> rdfs:label "@SUM(1+1)" .\n'
         '<http://x/e> rdfs:label "a\\u0000b\\u000bc\\r\\nd" .\n')
LABELS = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s"


@pytest.fixture
def nasty(tmp_path):
    path = tmp_path / "nasty.ttl"
    path.write_text(NASTY, encoding="utf-8")
    return path


def test_csv_cells_that_would_run_as_formulas_are_neutralized(runner, nasty):
    rows = list(csv.reader(io.StringIO(runner.invoke(cli, ["query", str(nasty), LABELS, "--format", "csv"]).stdout)))
    labels = [row[1] for row in rows[1:]]
    assert labels[0] == "'=HYPERLINK(\"http://evil\",\"点我\")" and labels[3] == "'@SUM(1+1)"
    assert labels[2] == "-5.2"  # a negative number stays a number
    raw = list(csv.reader(io.StringIO(runner.invoke(cli, ["query", str(nasty), LABELS, "--format", "csv",
                                                          "--raw"]).stdout)))
    assert raw[1][1].startswith("=HYPERLINK")


def test_terminal_escapes_never_reach_the_terminal_in_tables(runner, nasty):
    table = runner.invoke(cli, ["query", str(nasty), LABELS]).stdout
    assert not any(ch in table for ch in "\x1b\x07\x00\x0b\r\u202e")
    assert "\\x1b[2J" in table and "红\\u202e字" in table


def test_xml_results_are_always_well_formed(runner, nasty):
    text = runner.invoke(cli, ["query", str(nasty), LABELS, "--format", "xml"]).stdout
    root = ET.fromstring(text.encode("utf-8"))
    literals = [e.text for e in root.iter("{http://www.w3.org/2005/sparql-results#}literal")]
    assert literals[0].startswith("=HYPERLINK") and "\ufffd[2J" in literals[1]
    assert literals[4] == "a\ufffdb\ufffdc\r\nd"  # CR kept as a character reference


@pytest.mark.parametrize("encoding,prefix", [("gbk", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b"")])
def test_query_files_in_gbk_or_with_a_bom_run(runner, tmp_path, encoding, prefix):
    graph = tmp_path / "g.ttl"
    assert runner.invoke(cli, ["build", str(SAMPLE), "-o", str(graph), "--no-html"]).exit_code == 0
    rq = tmp_path / "q.rq"
    rq.write_bytes(prefix + "# 地区生产总值\nSELECT (COUNT(*) AS ?n) WHERE { ?i rdfs:label '地区生产总值'@zh }".encode(encoding))
    result = runner.invoke(cli, ["query", str(graph), "-f", str(rq), "--format", "csv"])
    assert (result.exit_code, result.stdout.split()) == (0, ["n", "1"]), result.output


def test_a_query_file_that_is_not_text_is_one_line(runner, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_bytes(bytes(range(0x80, 0x100)))
    result = runner.invoke(cli, ["query", str(SAMPLE), "-f", str(rq)])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("year", ["-5", "100000000000000000000000", "1850", "abc"])
def test_year_out_of_range_is_a_usage_error(runner, year):
    result = runner.invoke(cli, ["build", str(SAMPLE), "--year", year, "-o", "-"])
    assert result.exit_code == 2 and "--year" in result.output and "Traceback" not in result.output


def test_an_unexpected_error_is_one_line_naming_the_input_and_debug_shows_it(runner, monkeypatch, tmp_path):
    import kg.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("something deep broke\nsecond line")

    monkeypatch.setattr(kg.pipeline, "parse_document", broken)
    result = runner.invoke(cli, ["build", str(SAMPLE), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert result.output == (f"Error: kg build {SAMPLE} -o {tmp_path / 'g.ttl'}: unexpected RuntimeError: something "
                             "deep broke; this is a bug in kg: rerun with --debug for the traceback and report it\n")
    debug = runner.invoke(cli, ["--debug", "build", str(SAMPLE), "-o", str(tmp_path / "g.ttl")])
    assert isinstance(debug.exception, RuntimeError)
    assert not (tmp_path / "g.ttl").exists()


def test_error_lines_never_carry_terminal_escapes(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "x\x1b[2J\u202e.txt")])
    assert result.exit_code == 1 and "\x1b" not in result.output and "\u202e" not in result.output
    assert "x\\x1b[2J\\u202e.txt: no such file" in result.output


def test_kgs_own_jsonld_context_declares_kgs_prefixes():
    from kg.sparql.guard import kg_context
    from kg.vocab import PREFIXES

    assert kg_context() == {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
