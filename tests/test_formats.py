"""Reports as people get them: PDF, web pages, Word files, each yielding what the plain text it came from yields."""
import re

import pytest
from rdflib import Graph

from kg.cli import cli
from kg.errors import InputError
from kg.model import Document
from kg.pipeline import parse_document
from kg.rdf.graph import to_graph
from kg.text.reader import read_document
from kg.vocab import KG

from .conftest import NATIONAL as CORPUS, SAMPLE
from .formats import government_page, newspaper_pdf, observations, word_file

TEXT = SAMPLE.read_text(encoding="utf-8")
NATIONAL = CORPUS / "national-2022.txt"


def plain(text, name="report.txt"):
    return parse_document(Document(name=name, text=text, checksum="sha256:0"))


def squeezed(text):
    return re.sub(r"\s+", "", text)


def assert_same_report(path, text, header=""):
    """The file yields the plain text's observations, and every quote is the text's own (after its header lines)."""
    parsed = parse_document(read_document(str(path)))
    assert observations(parsed) == observations(plain(text))
    for observation in parsed.observations:
        sentence = observation.sentence
        assert squeezed(parsed.document.text[sentence.start:sentence.end]) in squeezed(header + text)
    return parsed


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    return newspaper_pdf(TEXT, tmp_path_factory.mktemp("pdf") / "shanxi-2024.pdf")


def test_a_two_column_pdf_reads_column_by_column_without_headers_footers_or_page_numbers(sample_pdf):
    document = read_document(str(sample_pdf))
    assert document.format == "pdf" and len(document.pages) >= 2
    assert squeezed(document.text) == "政府工作报告" + squeezed(TEXT)
    assert "山西日报" not in document.text and "要闻" not in document.text and "—" not in document.text


def test_a_pdf_yields_the_observations_of_its_plain_text(sample_pdf):
    assert_same_report(sample_pdf, TEXT)


def test_evidence_from_a_pdf_cites_the_page_its_quote_starts_on(sample_pdf):
    parsed = parse_document(read_document(str(sample_pdf)))
    graph = to_graph([parsed])
    pages = parsed.document.pages
    cited = set()
    for evidence in graph.subjects(KG.page, None):
        page = int(graph.value(evidence, KG.page))
        start = int(graph.value(evidence, KG.startOffset))
        end = pages[page] if page < len(pages) else len(parsed.document.text)
        assert pages[page - 1] <= start < end
        assert str(graph.value(evidence, KG.text)) == parsed.document.text[start:int(graph.value(evidence, KG.endOffset))]
        cited.add(page)
    assert cited == set(range(1, len(pages) + 1))


def test_a_national_report_in_three_columns_reads_like_its_plain_text(tmp_path):
    text = NATIONAL.read_text(encoding="utf-8")
    path = newspaper_pdf(text, tmp_path / "national-2022.pdf", paper="人民日报　2022年3月13日　第2版", columns=3)
    assert_same_report(path, text)


def test_a_single_column_pdf_set_solid_with_latin_digits_in_another_font_reads_like_its_plain_text(tmp_path):
    path = newspaper_pdf(TEXT, tmp_path / "shanxi-2024.pdf", columns=1, line_height=1.0, latin_font="DejaVu Serif")
    parsed = assert_same_report(path, TEXT)
    assert squeezed(parsed.document.text) == "政府工作报告" + squeezed(TEXT)


def _cjk_fonts():
    """The proportional Chinese font families the machine has, one of each (Noto Sans CJK SC, not also its TC)."""
    import shutil
    import subprocess

    if not shutil.which("fc-list"):
        return []
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    families = sorted({line.split(",")[0].strip() for line in listed.splitlines() if line.strip()},
                      key=lambda family: (" SC" not in family, family))
    kept = {}
    for family in families:
        if "Mono" not in family:
            kept.setdefault(re.sub(r"\b(SC|TC|HK|JP|KR)\b", "", family).strip(), family)
    return sorted(kept.values())


def test_a_pdf_reads_as_the_same_text_whatever_chinese_font_printed_it(tmp_path):
    """A font's side bearings leave a gap between a digit and a Chinese character (623.5 斤 in Noto Sans CJK,
    623.5斤 in WenQuanYi): that gap is layout, so every font gives one text, with no space between 5 and 斤."""
    texts = {}
    for index, font in enumerate(_cjk_fonts()[:4] or [None]):
        path = newspaper_pdf(TEXT, tmp_path / f"font-{index}.pdf", latin_font=font)
        texts[font] = read_document(str(path)).text
    assert len(set(texts.values())) == 1, sorted(texts)
    text = next(iter(texts.values()))
    assert "平均亩产623.5斤" in text
    assert not re.search(r"[\u4e00-\u9fff] [0-9]|[0-9%] [\u4e00-\u9fff]", text)


def test_a_letter_spaced_title_keeps_its_spaces_and_latin_words_theirs():
    from kg.text.formats.columns import Glyph, page_lines

    def glyphs(chars, step, width=10.0, x=0.0):
        found = []
        for char in chars:
            found.append(Glyph(char, x, x + width, 100.0, 98.0, 110.0))
            x += width + step
        return found

    assert page_lines(glyphs("政府工作报告", step=8.0))[0][0].text == "政 府 工 作 报 告"
    assert page_lines(glyphs("GDP", step=0.0) + glyphs("增长", step=0.0, x=32.0))[0][0].text == "GDP增长"
    assert page_lines(glyphs("a", step=0.0) + glyphs("b", step=0.0, x=13.0))[0][0].text == "a b"


def test_a_traditional_pdf_yields_the_observations_of_the_simplified_text(tmp_path):
    opencc = pytest.importorskip("opencc")
    traditional = opencc.OpenCC("s2tw").convert(TEXT)
    path = newspaper_pdf(traditional, tmp_path / "shanxi-2024-hant.pdf", title="政府工作報告", paper="山西日報")
    parsed = parse_document(read_document(str(path)))
    assert observations(parsed) == observations(plain(TEXT))
    assert "增長" in parsed.document.text


def test_a_pdf_without_a_text_layer_is_one_line_saying_so(tmp_path, runner):
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    path = tmp_path / "scan.pdf"
    pdf.save(str(path))
    result = runner.invoke(cli, ["build", str(path), "-o", str(tmp_path / "g.ttl")])
    assert (result.exit_code, result.output) == (
        1, f"Error: {path} has no text layer (a scanned image?); kg does not do OCR: "
           "run OCR on it first (e.g. ocrmypdf) or give the report's text\n")
    assert not (tmp_path / "g.ttl").exists()


def test_a_damaged_pdf_is_one_line(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")
    with pytest.raises(InputError, match="broken.pdf is not a readable PDF"):
        read_document(str(path))


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_saved_web_page_yields_the_observations_of_its_article(tmp_path, charset):
    path = tmp_path / "report.html"
    path.write_bytes(government_page(TEXT, charset=charset))
    parsed = assert_same_report(path, TEXT, header="政府工作报告\n2024-01-30\n")
    lines = parsed.document.text.splitlines()
    assert lines[:2] == ["政府工作报告", "2024-01-30"]
    assert squeezed("".join(lines[2:])) == squeezed(TEXT)
    for chrome in ("首页", "当前位置", "分享到", "相关文章", "ICP备", "统计代码", "_hmt"):
        assert chrome not in parsed.document.text


def test_a_table_laid_out_web_page_yields_its_article_under_its_own_title_block(tmp_path):
    text = NATIONAL.read_text(encoding="utf-8")
    path = tmp_path / "page.htm"
    path.write_bytes(government_page(text, date="2022年03月12日", layout="table"))
    parsed = assert_same_report(path, text)
    assert parsed.document.text.splitlines()[:2] == ["政府工作报告", "——2022年3月5日在第十三届全国人民代表大会第五次会议上"]
    assert "2022-03-12" not in parsed.document.text  # the article's own title block stands; no page date
    for chrome in ("首页", "国务院常务会议", "版权所有"):
        assert chrome not in parsed.document.text


def test_a_word_file_yields_the_observations_of_its_paragraphs(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(word_file(TEXT))
    parsed = assert_same_report(path, TEXT)
    assert parsed.document.format == "docx"
    assert "办公厅" not in parsed.document.text and "第 1 页" not in parsed.document.text


def test_word_tables_read_as_rows_of_cells(tmp_path):
    path = tmp_path / "table.docx"
    path.write_bytes(word_file("各位代表：", table=[["指标", "2023年", "增长"], ["地区生产总值", "2.57万亿元", "5%"]]))
    assert read_document(str(path)).text == "各位代表：\n指标\t2023年\t增长\n地区生产总值\t2.57万亿元\t5%"


def test_a_folder_of_mixed_formats_builds_each_report_once(tmp_path, runner, sample_pdf):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(sample_pdf.read_bytes())
    (folder / "b.HTML").write_bytes(government_page(TEXT))
    (folder / "c.docx").write_bytes(word_file(TEXT))
    (folder / "d.TXT").write_bytes(TEXT.encode("gb18030"))
    out = tmp_path / "g.ttl"
    result = runner.invoke(cli, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    reports = list(graph.subjects(predicate=KG.checksum))
    assert len(reports) == 4
    counts = {len({o for e in graph.subjects(KG.inReport, report) for o in graph.subjects(KG.evidence, e)})
              for report in reports}
    assert counts == {len(plain(TEXT).observations)}


@pytest.mark.parametrize("head, body, title, date", [
    ('<meta name="ArticleTitle" content="2024年山西省政府工作报告"><meta name="PubDate" content="2024-01-30 09:12">',
     "", "2024年山西省政府工作报告", "2024-01-30"),
    ("<title>政府工作报告_中国政府网</title>", "<span>发布时间：2022年03月12日 21:37</span>", "政府工作报告", "2022-03-12"),
    ("<title>政府工作报告 | 北京市人民政府</title>", "<p>日期：2023/1/5</p>", "政府工作报告", "2023-01-05"),
    ("<title>政府工作报告</title>", "<p>2024年13月45日</p>", "政府工作报告", None),
])
def test_a_pages_title_and_date(head, body, title, date):
    lxml_html = pytest.importorskip("lxml.html")
    from kg.text.formats.html import page_date, page_title

    page = lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}<p>正文</p></body></html>")
    assert (page_title(page), page_date(page)) == (title, date)


def test_a_traditional_web_page_in_big5_yields_the_observations_of_the_simplified_text(tmp_path):
    opencc = pytest.importorskip("opencc")
    traditional = opencc.OpenCC("s2tw").convert(TEXT)
    path = tmp_path / "report.htm"
    path.write_bytes(government_page(traditional, title="政府工作報告", charset="big5"))
    parsed = parse_document(read_document(str(path)))
    assert observations(parsed) == observations(plain(TEXT))
    assert "增長" in parsed.document.text and "ICP" not in parsed.document.text
