"""Reading reports: encodings (never a silent wrong decode), folders, formats told by content, missing extras."""
import importlib
import os
import re

import pytest

from kg.errors import InputError
from kg.model import Document
from kg.pipeline import parse_document
from kg.text.encoding import decode
from kg.text.formats import sniff, to_text
from kg.text.reader import read_document, report_paths

from .conftest import SAMPLE
from .formats import observations

TEXT = SAMPLE.read_text(encoding="utf-8")


def traditional(text, config="s2t"):
    """Text in Traditional characters as OpenCC writes it: s2t (OpenCC's standard), s2tw (Taiwan), s2hk (Hong Kong)."""
    opencc = pytest.importorskip("opencc")
    return opencc.OpenCC(config).convert(text)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_every_encoding_of_the_sample_reads_back_exactly(encoding):
    assert decode("r.txt", TEXT.encode(encoding)) == TEXT


@pytest.mark.parametrize("config, encoding", [("s2tw", "big5"), ("s2tw", "cp950"), ("s2hk", "utf-8"),
                                             ("s2t", "utf-16-le")])
def test_traditional_copies_read_back_exactly(config, encoding):
    text = traditional(TEXT, config)
    assert decode("r.txt", text.encode(encoding)) == text


def test_big5_is_not_silently_decoded_as_gb18030():
    text = traditional(TEXT, "s2tw")
    raw = text.encode("big5")
    raw.decode("gb18030")  # the bytes are valid GB18030 too: only the reading tells them apart
    assert decode("r.txt", raw) == text


@pytest.mark.parametrize("raw, words", [
    ("各位代表\ue4c6现在\ue4c6我代表省人民政府\ue4c6向大会报告工作\ue4c6。".encode("utf-8"),
     "reads as UTF-8 only with 4 replacement or private-use characters (the first on line 1)"),
    (("增长5%。" * 40 + "\ufffd").encode("utf-8"), "reads as UTF-8 only with 1 replacement or private-use"),
])
def test_a_text_that_reads_only_with_private_use_or_replacement_characters_is_refused(raw, words):
    with pytest.raises(InputError, match=re.escape(words)):
        decode("r.txt", raw)


@pytest.mark.parametrize("encoding, bad, label", [("utf-8", b"\xff", "UTF-8"), ("gb18030", b"\x80", "GB18030"),
                                                  ("utf-16", b"\x00\xd8", "UTF-16")])
def test_one_bad_byte_is_named_with_its_offset_and_line(encoding, bad, label):
    raw = TEXT.encode(encoding)
    at = len(TEXT[:2000].encode(encoding))
    at -= at % 2 if encoding == "utf-16" else 0
    damaged = raw[:at] + bad + raw[at:]
    line = damaged.count(b"\n", 0, at) + 1 if encoding != "utf-16" else None
    with pytest.raises(InputError) as error:
        decode("r.txt", damaged)
    message = str(error.value)
    assert message.startswith(f"r.txt is not valid {label} text: byte 0x")
    if line:
        assert f"at offset {at} (line {line})" in message


def test_binary_and_empty_files_are_refused():
    with pytest.raises(InputError, match="is binary, not text"):
        decode("x.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="is empty"):
        decode("x.txt", b"\xef\xbb\xbf \r\n")


@pytest.mark.parametrize("raw, fmt", [
    (b"%PDF-1.7\n...", "pdf"),
    (b"\xef\xbb\xbf<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>x</p></body></html>", "html"),
    ("<html><body>".encode("utf-16"), "html"),
    ("<报告>增长5%".encode("utf-8"), "text"),
    ("政府工作报告".encode("gb18030"), "text"),
])
def test_the_format_comes_from_the_bytes_not_the_suffix(raw, fmt):
    assert sniff("report.txt", raw) == fmt


@pytest.mark.parametrize("raw, words", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "is an old Office file (.doc, .wps, .xls); save it as .docx"),
    (b"PK\x03\x04" + bytes(40), "is a damaged ZIP or Word file"),
])
def test_files_kg_cannot_read_say_what_they_are(raw, words):
    with pytest.raises(InputError, match=re.escape(words)):
        sniff("r.docx", raw)


def test_a_missing_extra_names_its_install_command(monkeypatch):
    real = importlib.import_module

    def without_pdfium(name, package=None):
        if name == "pypdfium2":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", without_pdfium)
    with pytest.raises(InputError) as error:
        to_text("r.pdf", b"%PDF-1.7\n")
    assert str(error.value) == "r.pdf: reading PDF needs the pdf extra; install it with pip install 'kg[pdf]' and try again"


def test_folders_take_every_report_format_in_any_case_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.TXT", "a.txt", "c.Htm", "d.html", "e.pdf", "f.docx", "g.md", ".hidden.txt", "~$f.docx",
                 ".git/x.txt"):
        (tmp_path / name).write_text("增长5%", encoding="utf-8")
    found = [os.path.relpath(p, tmp_path) for p in report_paths([str(tmp_path)])]
    assert found == ["a.txt", os.path.join("b", "2.TXT"), "c.Htm", "d.html", "e.pdf", "f.docx"]


def test_an_unreadable_subfolder_is_an_error_not_skipped(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "a.txt").write_text("增长5%", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError) as error:
        report_paths([str(tmp_path)])
    assert str(error.value) == (f"{locked}: cannot read this folder (Permission denied); "
                                "fix its permissions or move it out of the input folder")


def test_a_report_in_a_file_named_pdf_is_read_as_text(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(TEXT.encode("gb18030"))
    document = read_document(str(path))
    assert (document.format, document.text, document.pages) == ("text", TEXT, ())


@pytest.mark.parametrize("config, encoding", [("s2tw", "big5"), ("s2hk", "utf-8"), ("s2t", "utf-16")])
def test_a_traditional_copy_yields_the_observations_of_the_plain_text_and_quotes_itself(config, encoding, tmp_path):
    text = traditional(TEXT, config)
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    parsed = parse_document(read_document(str(path)))
    plain = parse_document(Document(name="report.txt", text=TEXT, checksum="sha256:0"))
    assert observations(parsed) == observations(plain)
    quotes = {parsed.document.text[o.sentence.start:o.sentence.end] for o in parsed.observations}
    assert quotes and all(quote in text for quote in quotes)
    assert any("增長" in quote for quote in quotes)


def test_a_traditional_report_keeps_its_written_forms_as_alternative_labels(tmp_path):
    from rdflib.namespace import RDFS, SKOS

    from kg.pipeline import build_graph
    from kg.text.variants import to_simplified

    text = traditional(TEXT)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    graph, plain_graph = build_graph([str(path)]), build_graph([str(SAMPLE)])
    labels = {str(label) for label in graph.objects(None, RDFS.label)}
    assert labels == {str(label) for label in plain_graph.objects(None, RDFS.label)}
    written = ({str(label) for label in graph.objects(None, SKOS.altLabel)}
               - {str(label) for label in plain_graph.objects(None, SKOS.altLabel)})
    assert len(written) >= 10
    for form in written:
        assert form in re.sub(r"\s+", "", text)
        assert to_simplified(form) in labels
