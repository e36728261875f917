"""What a second attack on kg found, one regression test per finding (issue: nothing lost, round 2)."""
import re
import shutil

from kg.cli import cli

from .conftest import SAMPLE
from .formats import government_page
from .oxigraph_server import free_port

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


def _ask(server, graph):
    import json
    import urllib.parse
    import urllib.request

    query = urllib.parse.urlencode({"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
    request = urllib.request.Request(f"{server.query}?{query}", headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["boolean"]


def test_an_endpoint_with_a_fragment_is_refused_and_the_remote_dataset_stays(runner, oxigraph_server, tmp_path):
    from kg.store.push import push

    from .test_query import report_graph

    victim = "https://example.org/victim"
    push(report_graph("shanxi-2025"), oxigraph_server.store, victim)
    graph_file = tmp_path / "g.nt"
    report_graph("shanxi-2024").serialize(graph_file, format="nt", encoding="utf-8")
    for endpoint in (oxigraph_server.store + "#", oxigraph_server.store + "#frag"):
        result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", endpoint, "--graph", "https://e.org/g"])
        assert result.exit_code == 1 and "ends in a #fragment" in result.output and result.output.count("\n") == 1
    assert _ask(oxigraph_server, victim)


def test_a_graph_store_request_always_names_its_graph():
    from kg.store.push import _graph_url

    assert _graph_url("http://h/store", "https://e.org/g") == "http://h/store?graph=https%3A%2F%2Fe.org%2Fg"
    assert _graph_url("http://h/store?x=1", None) == "http://h/store?x=1&default"


def test_credentials_are_never_printed(runner, tmp_path, monkeypatch):
    from .test_query import report_graph

    graph_file = tmp_path / "g.nt"
    report_graph("shanxi-2024").serialize(graph_file, format="nt", encoding="utf-8")
    port = free_port()  # nobody listens there
    for endpoint, secret in ((f"http://admin:pa#ss@127.0.0.1:{port}/store", "pa#ss"),
                             (f"http://admin:pa/ss@127.0.0.1:{port}/store", "pa/ss"),
                             (f"http://admin:pa?ss@127.0.0.1:{port}/store", "pa?ss"),
                             (f"http://s3cr3tT0ken@127.0.0.1:{port}/store", "s3cr3tT0ken"),
                             (f"http://127.0.0.1:{port}/store?api_key=s3cr3tK3y", "s3cr3tK3y")):
        result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", endpoint, "--graph", "https://e.org/g",
                                     "--timeout", "2"])
        assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
        assert secret not in result.output
    # an unexpected error names the command, without its secrets
    monkeypatch.setattr("kg.store.push.push", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    result = runner.invoke(cli, ["push", str(graph_file), "--endpoint", f"http://u:hunter2@127.0.0.1:{port}/s",
                                 "--graph", "https://e.org/g", "--password", "hunter3", "--token=t0k3n"])
    assert "unexpected RuntimeError" in result.output, result.output
    for secret in ("hunter2", "hunter3", "t0k3n"):
        assert secret not in result.output


LAUGHS = ('<!DOCTYPE rdf:RDF [\n <!ENTITY a "aaaaaaaaaa">\n' +
          "".join(f' <!ENTITY {b} "{("&" + a + ";") * 10}">\n' for a, b in zip("abcdefgh", "bcdefghi")) +
          ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex/">'
          '<rdf:Description rdf:about="http://ex/a"><ex:p>&i;</ex:p></rdf:Description></rdf:RDF>\n')


def test_an_entity_bomb_behind_a_long_comment_is_refused_by_every_command(runner, tmp_path):
    import time

    path = tmp_path / "bomb.rdf"
    path.write_text('<?xml version="1.0"?>\n<!--' + "x" * 70_000 + "-->\n<?pi " + "y" * 70_000 + "?>\n" + LAUGHS,
                    encoding="utf-8")
    for command in (["query", str(path), "SELECT * WHERE { ?s ?p ?o }"], ["export", str(path), "--format", "nt"],
                    ["validate", str(path)], ["viz", str(path), "-o", str(tmp_path / "v.html")]):
        started = time.monotonic()
        result = runner.invoke(cli, command)
        assert result.exit_code == 1 and "expands other entities" in result.output, (command, result.output)
        assert time.monotonic() - started < 10


def test_a_long_many_line_rdfxml_literal_reads_in_linear_time(runner, tmp_path):
    path = tmp_path / "long.rdf"
    literal = "第一行\n" * 300_000  # 2.7 MB: rdflib's parser took minutes on a quarter of it
    path.write_text('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                    f'xmlns:ex="http://ex/"><rdf:Description rdf:about="http://ex/a"><ex:p>{literal}</ex:p>'
                    "</rdf:Description></rdf:RDF>", encoding="utf-8")
    result = runner.invoke(cli, ["export", str(path), "--format", "nt", "-o", str(tmp_path / "long.nt")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "long.nt").read_text(encoding="utf-8").count("第一行\\n") == 300_000


def test_web_pages_with_huge_scripts_and_inline_data_read_whole_and_a_bad_one_fails_alone(runner, tmp_path):
    from kg.pipeline import parse_document
    from kg.text.reader import read_document

    page = government_page(TEXT).decode("utf-8")
    scripted = page.replace("</title>", "</title><script>var x = '" + "a" * 11_000_000 + "';</script>", 1)
    (tmp_path / "scripted.html").write_text(scripted, encoding="utf-8")
    imaged = page.replace('<div id="content"', '<img src="data:image/png;base64,' + "A" * 11_000_000 + '">'
                          '<div id="content"', 1)
    (tmp_path / "imaged.html").write_text(imaged, encoding="utf-8")
    plain = len(parse_document(read_document(str(SAMPLE))).observations)
    for name in ("scripted.html", "imaged.html"):
        assert len(parse_document(read_document(str(tmp_path / name))).observations) == plain == 105
    (tmp_path / "wall.html").write_text(page.replace("<p>", "<p>" + "字" * 9_500_000, 1), encoding="utf-8")
    result = runner.invoke(cli, ["build", str(tmp_path), "-o", str(tmp_path / "g.ttl"), "--keep-going", "--no-html"])
    assert result.exit_code == 0, result.output
    assert "skipped " + str(tmp_path / "wall.html") + " holds one run of text of 9,5" in result.output
    assert "wrote " + str(tmp_path / "g.ttl") + ": 2 report(s)" in result.output


def test_a_failure_inside_a_reader_library_is_that_files_error(runner, tmp_path, monkeypatch):
    import shutil

    shutil.copy(SAMPLE, tmp_path / "good.txt")
    (tmp_path / "page.html").write_bytes(government_page(TEXT))

    def broken(name, raw):
        raise AssertionError("too many bodies")

    monkeypatch.setattr("kg.text.formats.html.read", broken)
    result = runner.invoke(cli, ["build", str(tmp_path), "-o", str(tmp_path / "g.ttl"), "--keep-going", "-j", "1",
                                 "--no-html"])
    assert result.exit_code == 0, result.output
    assert "unexpected AssertionError: too many bodies" in result.output and "1 report(s)" in result.output


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(runner, tmp_path, monkeypatch):
    import io
    import zipfile

    from .formats import word_file

    buffer = io.BytesIO(word_file(TEXT))
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/fill.xml", b"\0" * 3_000_000)
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    monkeypatch.setattr("kg.text.formats.docx.MAX_UNPACKED", 2_000_000)
    result = runner.invoke(cli, ["build", str(tmp_path / "bomb.docx"), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert re.search(r"bomb.docx unpacks to \d MB, more than a Word report holds .*a zip bomb", result.output)


def test_endless_inputs_are_refused_with_one_line(runner, tmp_path, monkeypatch):
    monkeypatch.setattr("kg.cli.app.MAX_QUERY_BYTES", 1000)
    monkeypatch.setattr("kg.cli.query.MAX_QUERY_BYTES", 1000)
    result = runner.invoke(cli, ["query", str(SAMPLE), "-f", "/dev/zero"])
    assert (result.exit_code, result.output) == (1, "Error: /dev/zero holds more than 0 MB, more than a query can be; "
                                                    "give the right file\n")
    monkeypatch.setattr("kg.cli.app.MAX_REPORT_BYTES", 2 * 2**20)
    with open("/dev/zero", "rb") as zero:
        result = runner.invoke(cli, ["build", "-", "-o", str(tmp_path / "g.ttl")], input=zero)
    assert result.exit_code == 1 and "stdin holds more than 2 MB, more than a report can be" in result.output


def test_linked_folders_are_followed_once_and_a_dangling_link_is_named(runner, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    shutil.copy(SAMPLE, real / "shanxi-2024.txt")
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "linked").symlink_to(real)
    (real / "loop").symlink_to(inbox)  # a link back up: no endless walk
    result = runner.invoke(cli, ["build", str(inbox), "-o", str(tmp_path / "g.ttl"), "--no-html"])
    assert result.exit_code == 0 and "1 report(s)" in result.output, result.output
    (inbox / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = runner.invoke(cli, ["build", str(inbox), "-o", str(tmp_path / "g.ttl"), "--no-html"])
    assert result.exit_code == 1 and "gone.txt is a link to" in result.output and "which is not there" in result.output


def test_smaller_findings(runner, tmp_path):
    import kg

    parsed = kg.parse("山西省政府工作报告\n2023年，全省地区生产总值达到１２，３４５．６７亿元，增长５%。", region="山西省", year=2023)
    assert [(o.indicator, o.value) for o in parsed.observations] == [("地区生产总值", 1234567000000)]
    noise = kg.parse("山西省政府工作报告\n2023年，全省粮食产量达到" + "9" * 310 + "万吨，增长5%。地区生产总值增长5%。",
                     region="山西省", year=2023)
    assert all(not re.search(r"\d{8}", o.indicator) for o in noise.observations)
    graph_file = tmp_path / "g.ttl"
    graph_file.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = runner.invoke(cli, ["query", str(graph_file), "SELECT * WHERE { SERVICE ?u { ?s ?p ?o } }"])
    assert result.output == "Error: SERVICE ?u would query a remote endpoint; pass --allow-remote to permit it\n"


def test_a_utf8_mark_before_gbk_text_reads_as_gbk_and_damaged_utf8_keeps_its_offset():
    import codecs

    import pytest

    from kg.errors import InputError
    from kg.text.encoding import decode

    assert decode("r.txt", codecs.BOM_UTF8 + "山西省地区生产总值增长5%。".encode("gbk")) == "山西省地区生产总值增长5%。"
    with pytest.raises(InputError, match="is not valid UTF-8 text"):
        decode("r.txt", codecs.BOM_UTF8 + "山西".encode("utf-8") + b"\xff")


def test_a_long_unpunctuated_line_is_read_in_bounded_sentences():
    """Text that lost its punctuation is cut into sentences of at most 2,000 characters (at a clause end where it
    has one), so a figure's quote and the work on its sentence do not grow with the file."""
    import kg

    line = "全省地区生产总值增长5%" + "，工业和农业持续发展" * 30_000
    parsed = kg.parse("山西省政府工作报告\n" + line + "\n", region="山西省", year=2023)
    assert [(o.indicator, o.change_percent) for o in parsed.observations] == [("地区生产总值", 5)]
    sentence = parsed.observations[0].sentence
    assert sentence.end - sentence.start <= 2000


def test_a_report_that_lost_its_punctuation_still_builds_and_no_ratio_becomes_a_unit(runner, tmp_path):
    from .conftest import NATIONAL

    text = re.sub(r"[。，；：！？、\s]", "", (NATIONAL / "national-2008.txt").read_text(encoding="utf-8"))
    path = tmp_path / "unpunctuated.txt"
    path.write_text("国务院政府工作报告\n" + text + "\n", encoding="utf-8")
    import kg

    parsed = kg.parse(path.read_text(encoding="utf-8"), name="unpunctuated.txt", region="中国", year=2007)
    assert parsed.observations and not [o for o in parsed.observations if o.unit in ("倍", "成")]
    result = runner.invoke(cli, ["build", str(path), "-o", str(tmp_path / "g.ttl"), "--no-html", "--region", "中国",
                                 "--year", "2007"])
    assert result.exit_code == 0, result.output


def test_a_file_far_longer_than_any_report_is_refused_at_once(runner, tmp_path):
    """A 50 MB line took minutes and gigabytes; past 2 M characters (35 times the longest State Council report)
    a file is many reports in one or none, and is refused before it is parsed."""
    path = tmp_path / "huge.txt"
    path.write_text("山西省政府工作报告\n" + "全省地区生产总值增长5" * 250_000 + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(path), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1 and "holds 2,750,011 characters, more than one report can (2,000,000" in result.output
