"""Reading stage: the characters of a page laid out in reading order: columns, then blocks, then lines.

A page is cut recursively along its empty bands (a recursive XY cut): a vertical gutter splits
columns before anything else, then the widest horizontal gaps split blocks, down to lines; so a
newspaper page in two or three columns reads column by column, whatever order the file drew it in.
"""
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from statistics import median

# a gutter between columns is at least this many character heights wide; within one line (a
# letter-spaced title "政 府 工 作 报 告", a header with the paper's name left and the date right)
# only a much wider gap parts it
_GUTTER = 0.7
_LINE_GUTTER = 3.0
# horizontal gaps this close (in character heights) to the widest are cut together
_GAP_TOLERANCE = 0.25
# a gap between two characters of a line wider than this (in character heights) is a space: a narrow
# one between Latin letters or digits, a wide one between Chinese characters (a letter-spaced title);
# between a Chinese character and a Latin letter or digit a gap is layout, never text: a font's side
# bearings (623.5 斤 in one font, 623.5斤 in another) or a justified line's stretch
_SPACE = 0.15
_WIDE_SPACE = 0.5


@dataclass(frozen=True)
class Glyph:
    """One character on a page: its box, its baseline, the vertical band it takes in a line, and its font."""
    char: str
    left: float
    right: float
    baseline: float
    low: float
    high: float
    font: tuple = ()


@dataclass(frozen=True)
class Line:
    """One line of a page in reading order: its band (PDF points, y up), its column and its most used font."""
    text: str
    top: float
    bottom: float
    left: float = 0.0
    right: float = 0.0
    column: tuple = (0.0, 0.0)
    font: tuple = ()


def page_lines(glyphs):
    """A page's glyphs as lines of text in reading order, and the typical character height."""
    if not glyphs:
        return [], 1.0
    size = median(g.high - g.low for g in glyphs) / 0.8 or 1.0
    lines = []
    _cut(glyphs, size, lines, _bounds(glyphs))
    return lines, size


def _bounds(glyphs):
    return min(g.left for g in glyphs), max(g.right for g in glyphs)


def _cut(glyphs, size, lines, column):
    one_line = max(g.baseline for g in glyphs) - min(g.baseline for g in glyphs) <= 0.3 * size
    cuts = _gutters(glyphs, size, size * (_LINE_GUTTER if one_line else _GUTTER))
    if cuts:
        for part in _groups(glyphs, lambda g: g.left, cuts):
            # the parts of one line (a header's left and right ends) stay in the column they share
            _cut(part, size, lines, column if one_line else _bounds(part))
        return
    gaps = _gaps(glyphs, lambda g: (-g.high, -g.low), 0.0)
    if gaps:
        widest = max(end - start for start, end in gaps)
        cuts = [end for start, end in gaps if end - start >= widest - size * _GAP_TOLERANCE]
        for block in _groups(glyphs, lambda g: -g.high, cuts):
            _cut(block, size, lines, column)
        return
    lines.extend(_lines(glyphs, size, column))


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


def _lines(glyphs, size, column):
    """Glyphs with no empty band between them, grouped by baseline, each line read left to right."""
    lines = []
    for row in _rows(glyphs, size):
        # a heading made bold by printing it twice, a hair apart, gives each character twice
        row = [g for i, g in enumerate(row) if not (i and g.char == row[i - 1].char
                                                    and g.left - row[i - 1].left < 0.3 * (g.right - g.left))]
        parts = [row[0].char]
        for before, glyph in zip(row, row[1:]):
            latin = before.char.isascii() + glyph.char.isascii()
            gap = glyph.left - before.right
            spaced = gap > _SPACE * size if latin == 2 else latin == 0 and gap > _WIDE_SPACE * size
            parts.append((" " if spaced else "") + glyph.char)
        lines.append(Line("".join(parts), max(g.high for g in row), min(g.low for g in row),
                          row[0].left, row[-1].right, column, Counter(g.font for g in row).most_common(1)[0][0]))
    return lines
