"""Reading stage: a PDF's text layer through pypdfium2, in reading order, one page after another.

pypdfium2 gives every character with its box; `columns` lays each page out column by column.
Lines at a page's top or bottom edge that repeat on other pages (running headers, footers) or
hold only a page number are dropped, and a line that runs to its column's edge is joined to
the next (across columns and pages too), so a paragraph, or a heading that wrapped, is one line.
"""
import ctypes
import re
import tomllib
from collections import Counter
from functools import lru_cache

from ...errors import InputError
from ...lexicon import data_path
from ..normalize import layout
from ..variants import fold_lookalikes
from .columns import Glyph, page_lines

# a running header or footer stands in this share of the page's height at its top or bottom
_EDGE = 0.15
# a line ending this close (in character heights) to its column's right edge wrapped there
_WRAPPED = 1.0
# a line starting this far (in character heights) into its column opens a paragraph
_INDENT = 1.5
_NOT_TEXT = frozenset(" \t\r\n\u00a0\ufffe\x00\x02")
_UNMAPPED = re.compile("[\ue000-\uf8ff\ufffd]")


@lru_cache(maxsize=1)
def page_number_patterns():
    """Lines that hold only a page number ("— 3 —", "第3页", "3/12"), from kg/data/formats.toml."""
    with data_path("formats.toml").open("rb") as handle:
        return [re.compile(p) for p in tomllib.load(handle)["pdf"]["page_number"]]


def read(name, raw):
    """The text of a PDF's pages in reading order, and the offsets where each page starts."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(f"{name} is password-protected; save an unprotected copy or give the report's text, "
                             "then try again") from None
        raise InputError(f"{name} is not a readable PDF (damaged or cut short); download it again or give "
                         "the report's text, then try again") from None
    pages, sizes, unmapped = [], [], []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            glyphs = page_glyphs(textpage)
            unmapped.extend(g.char for g in glyphs if _UNMAPPED.match(g.char))
            lines, size = page_lines(glyphs)
            pages.append((page.get_size()[1], lines))
            sizes.append(size)
            textpage.close()
            page.close()
    except pdfium.PdfiumError:
        raise InputError(f"{name}: page {len(pages) + 1} of this PDF cannot be read; save a repaired copy "
                         "or give the report's text, then try again") from None
    finally:
        pdf.close()
    if not any(lines for _, lines in pages):
        raise InputError(f"{name} has no text layer (a scanned image?); kg does not do OCR: "
                         "run OCR on it first (e.g. ocrmypdf) or give the report's text")
    refuse_unmapped(name, unmapped, sum(len(line.text) for _, lines in pages for line in lines))
    return join_pages(drop_running_lines(pages), sizes)


def refuse_unmapped(name, unmapped, total):
    """A text layer whose fonts do not say which characters they draw reads as private-use or
    replacement characters: refused, rather than passed on as text.

    >>> refuse_unmapped("r.pdf", ["\ue001"] * 30, 100)
    Traceback (most recent call last):
    kg.errors.InputError: r.pdf: 30 of its 100 characters have no known meaning (its fonts carry no Unicode map); run OCR on it (e.g. ocrmypdf) or give the report's text
    """
    if len(unmapped) > max(2, total // 1000):
        raise InputError(f"{name}: {len(unmapped)} of its {total} characters have no known meaning (its fonts "
                         "carry no Unicode map); run OCR on it (e.g. ocrmypdf) or give the report's text")


def page_glyphs(textpage):
    """The characters of a page with their boxes; spaces and line ends are left to the layout."""
    import pypdfium2.raw as pdfium_c

    glyphs, box, x, y = [], pdfium_c.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index))
        if pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, index) == 1:
            char = "\ufffd"
        if char in _NOT_TEXT or "\ud800" <= char <= "\udfff":
            continue
        # the loose box spans the font's advance, ascent and descent: even for "一" or "、"
        pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, index, box)
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
        inset = 0.1 * (box.top - box.bottom)  # so that lines set solid still leave a gap between them
        pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, len(name), flags)
        font = (name.value, pdfium_c.FPDFText_GetFontWeight(textpage.raw, index),
                round(pdfium_c.FPDFText_GetFontSize(textpage.raw, index), 1))
        glyphs.append(Glyph(char, box.left, box.right, y.value, box.bottom + inset, box.top - inset, font))
    return glyphs


def drop_running_lines(pages):
    """Pages without their running headers, footers and page numbers.

    Only the two outermost bands of lines at a page's top and bottom edges are looked at. A line
    there goes when the same line (its digits aside) stands there on at least two pages and a
    third of them, or when it is only a page number alone in the outermost band (a number that
    merely wrapped to the last line of a column shares its band with the other column).
    """
    def shape(line):
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    edges = [edge_bands(height, lines) for height, lines in pages]
    counts = Counter(key for bands in edges for key in {shape(line) for band in bands for line in band})
    least = max(2, len(pages) / 3)
    kept = []
    for (_, lines), bands in zip(pages, edges):
        running = {id(line) for band in bands for line in band if counts[shape(line)] >= least}
        running.update(id(band[0]) for band in bands[::2] if len(band) == 1 and _is_page_number(band[0].text))
        kept.append([line for line in lines if id(line) not in running])
    return kept


def edge_bands(height, lines):
    """[outermost top band, next top band, outermost bottom band, next bottom band]: lines side by side."""
    bands = []
    for from_top in (True, False):
        ordered = sorted(lines, key=lambda line: -line.top if from_top else line.bottom)
        found, edge = [], None
        for line in ordered:
            if (line.bottom < height * (1 - _EDGE)) if from_top else (line.top > height * _EDGE):
                break
            beside = edge is not None and (line.top > edge if from_top else line.bottom < edge)
            if not beside:
                if len(found) == 2:
                    break
                found.append([])
            found[-1].append(line)
            edge = min(l.bottom for l in found[-1]) if from_top else max(l.top for l in found[-1])
        bands.extend(found + [[]] * (2 - len(found)))
    return bands


def _is_page_number(text):
    return any(p.match(text.strip()) for p in page_number_patterns())


def join_pages(pages, sizes):
    """One text of all pages, a paragraph a line, and the offset where each page starts."""
    parts, starts, at, previous = [], [], 0, None
    for lines, size in zip(pages, sizes):
        starts.append(at)
        for line in lines:
            if previous is not None:
                glue = _glue(previous, line, size)
                parts.append(glue)
                at += len(glue)
            parts.append(line.text)
            at += len(line.text)
            previous = line
    return fold_lookalikes("".join(parts) + "\n"), tuple(starts)


def _glue(line, following, size):
    """What joins two lines: nothing inside a paragraph (a space between Latin words), else a line end."""
    wrapped = line.right >= line.column[1] - _WRAPPED * size
    indented = following.left >= following.column[0] + _INDENT * size
    ends = line.text[-1] in layout()["sentences"]["enders"]
    # a paragraph may end right at the edge: a one-line paragraph (a title) after it still stands apart
    apart = ends and following.right < following.column[1] - _WRAPPED * size
    # a heading is set in another font (黑体 or bold against 宋体) or size
    if not wrapped or indented or apart or line.font != following.font:
        return "\n"
    return " " if line.text[-1].isascii() and line.text[-1].isalnum() and following.text[0].isascii() else ""
