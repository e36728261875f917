"""Reading stage: a PDF's text layer through pypdfium2, laid out in reading order, one page after another.

pypdfium2 gives every character with its box. A page is cut recursively along its empty
bands (a recursive XY cut): a vertical gutter splits columns before anything else, then the
widest horizontal gaps split blocks, down to lines; so a newspaper page in two or three
columns reads column by column. Lines at a page's top or bottom edge that repeat on other
pages (running headers, footers) or hold only a page number are dropped.
"""
import ctypes
import re
from bisect import bisect_right
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from ...errors import InputError
from ...lexicon import data_path
from ..variants import fold_lookalikes

# a gutter between columns is at least this many character heights wide; within one line (a
# letter-spaced title "政 府 工 作 报 告", a header with the paper's name left and the date right)
# only a much wider gap parts it
_GUTTER = 0.7
_LINE_GUTTER = 3.0
# horizontal gaps this close (in character heights) to the widest are cut together
_GAP_TOLERANCE = 0.25
# a gap between two characters of a line wider than this (in character heights) is a space: a narrow
# one next to a Latin letter or digit, a wide one between Chinese characters (justified lines space those)
_SPACE = 0.15
_WIDE_SPACE = 0.5
# a running header or footer stands in this share of the page's height at its top or bottom
_EDGE = 0.15
_NOT_TEXT = frozenset(" \t\r\n\u00a0\ufffe\x00\x02")


@dataclass(frozen=True)
class Glyph:
    """One character on a page: its box, its baseline and the vertical band it takes in a line."""
    char: str
    left: float
    right: float
    baseline: float
    low: float
    high: float


@dataclass(frozen=True)
class Line:
    """One line of a page in reading order, with the top and bottom of its band (PDF points, y up)."""
    text: str
    top: float
    bottom: float


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
        why = "is password-protected" if "password" in str(exc).lower() else "is not a readable PDF"
        raise InputError(f"{name} {why}; save an unprotected copy or give the report's text, then try again") from None
    pages = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append((page.get_size()[1], page_lines(page_glyphs(textpage))))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    if not any(lines for _, lines in pages):
        raise InputError(f"{name} has no text layer (a scanned image?); kg does not do OCR: "
                         "run OCR on it first (e.g. ocrmypdf) or give the report's text")
    return join_pages(drop_running_lines(pages))


def page_glyphs(textpage):
    """The characters of a page with their boxes; spaces and line ends are left to the layout."""
    import pypdfium2.raw as pdfium_c

    glyphs, box, x, y = [], pdfium_c.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index))
        if char in _NOT_TEXT or "\ud800" <= char <= "\udfff":
            continue
        # the loose box spans the font's advance, ascent and descent: even for "一" or "、"
        pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, index, box)
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
        inset = 0.1 * (box.top - box.bottom)  # so that lines set solid still leave a gap between them
        glyphs.append(Glyph(char, box.left, box.right, y.value, box.bottom + inset, box.top - inset))
    return glyphs


def page_lines(glyphs):
    """A page's glyphs as lines of text in reading order."""
    if not glyphs:
        return []
    size = median(g.high - g.low for g in glyphs) / 0.8 or 1.0
    lines = []
    _cut(glyphs, size, lines)
    return lines


def _cut(glyphs, size, lines):
    one_line = max(g.baseline for g in glyphs) - min(g.baseline for g in glyphs) <= 0.3 * size
    cuts = _gutters(glyphs, size, size * (_LINE_GUTTER if one_line else _GUTTER))
    if cuts:
        for column in _groups(glyphs, lambda g: g.left, cuts):
            _cut(column, size, lines)
        return
    gaps = _gaps(glyphs, lambda g: (-g.high, -g.low), 0.0)
    if gaps:
        widest = max(end - start for start, end in gaps)
        cuts = [end for start, end in gaps if end - start >= widest - size * _GAP_TOLERANCE]
        for block in _groups(glyphs, lambda g: -g.high, cuts):
            _cut(block, size, lines)
        return
    lines.extend(_lines(glyphs, size))


def _gaps(glyphs, extent, least):
    """The empty bands (start, end) wider than least between the glyphs' extents along one axis."""
    spans = sorted(extent(g) for g in glyphs)
    gaps, reach = [], spans[0][1]
    for start, end in spans[1:]:
        if start - reach > least:
            gaps.append((reach, start))
        reach = max(reach, end)
    return gaps


def _groups(glyphs, key, cuts):
    """Glyphs split at the cut positions along one axis, in order."""
    groups = [[] for _ in range(len(cuts) + 1)]
    for glyph in glyphs:
        groups[bisect_right(cuts, key(glyph))].append(glyph)
    return [group for group in groups if group]


def _gutters(glyphs, size, least):
    """Where columns part: empty vertical bands that no line steps over with its own letter spacing.

    A title set with wide letter spacing ("政 府 工 作 报 告") can leave a band as wide as the
    gutter below it; but its gap is one of its even steps, while a gutter is far wider than
    the spacing of the lines on either side.
    """
    gaps = _gaps(glyphs, lambda g: (g.left, g.right), least)
    if not gaps:
        return []
    rows = _rows(glyphs, size)
    return [end for start, end in gaps if not any(_steps_over(row, start, end, size) for row in rows)]


def _steps_over(row, start, end, size):
    across = [b.left - a.right for a, b in zip(row, row[1:]) if a.right <= start and b.left >= end]
    steps = [b.left - a.right for a, b in zip(row, row[1:]) if not (a.right <= start and b.left >= end)]
    return bool(across and steps) and end - start <= 2 * max(median(steps), 0) + 0.2 * size


def _rows(glyphs, size):
    """Glyphs grouped by baseline, top to bottom, each row sorted left to right."""
    rows = []
    for glyph in sorted(glyphs, key=lambda g: -g.baseline):
        if rows and abs(rows[-1][0].baseline - glyph.baseline) <= 0.3 * size:
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    for row in rows:
        row.sort(key=lambda g: g.left)
    return rows


def _lines(glyphs, size):
    """Glyphs with no empty band between them, grouped by baseline, each line read left to right."""
    lines = []
    for row in _rows(glyphs, size):
        parts = [row[0].char]
        for before, glyph in zip(row, row[1:]):
            latin = before.char.isascii() or glyph.char.isascii()
            spaced = glyph.left - before.right > (_SPACE if latin else _WIDE_SPACE) * size
            parts.append((" " if spaced else "") + glyph.char)
        lines.append(Line("".join(parts), max(g.high for g in row), min(g.low for g in row)))
    return lines


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


def join_pages(pages):
    """One text of all pages' lines, and the offset where each page starts."""
    parts, starts, at = [], [], 0
    for lines in pages:
        starts.append(at)
        page = "".join(line.text + "\n" for line in lines)
        parts.append(page)
        at += len(page)
    return fold_lookalikes("".join(parts)), tuple(starts)
