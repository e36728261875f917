"""Normalization stage: messy PDF text into matchable text that maps back to the original.

Line breaks inside sentences and numbers go, full-width digits and signs become ASCII,
spaces between numbers and units go; heading lines stay on lines of their own.
"""
import re
import tomllib
from functools import lru_cache

from ..lexicon import data_path
from ..model import NormalizedText

_SPACES = " \t\u3000\u00a0\f\v"


@lru_cache(maxsize=None)
def layout():
    """Heading patterns and sentence punctuation from kg/data/text.toml."""
    with data_path("text.toml").open("rb") as handle:
        rules = tomllib.load(handle)
    rules["headings"]["numbered_re"] = [re.compile(p) for p in rules["headings"]["numbered"]]
    return rules


def to_halfwidth(ch):
    """Full-width ASCII forms to ASCII, except the genre's own separators.

    >>> "".join(map(to_halfwidth, "５％，１２．５"))
    '5%，12.5'
    """
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E and ch not in layout()["sentences"]["keep_fullwidth"]:
        return chr(code - 0xFEE0)
    return ch


def is_numbered_heading(line):
    """A line opening a numbered section ("一、…", "（二）…")."""
    return any(p.match(line) for p in layout()["headings"]["numbered_re"])


def is_title_line(line, previous, wrap_width=None):
    """A short unpunctuated line after a finished sentence ("能源保障坚实有力").

    In text wrapped by a PDF column, a title is clearly shorter than the column:
    a full-width line that merely lacks punctuation is the start of a sentence.
    """
    rules = layout()["headings"]
    longest = rules["title_max"] if wrap_width is None else min(rules["title_max"], int(wrap_width * 0.8))
    if not rules["title_min"] <= len(line) <= longest:
        return False
    if any(ch in rules["title_forbidden"] for ch in line):
        return False
    return previous is None or previous[-1] in layout()["sentences"]["enders"] or is_numbered_heading(previous)


def heading_lines(text):
    """Indices of the lines of text that are headings."""
    lines = text.split("\n")
    found, previous = set(), None
    width = wrap_width(lines)
    for number, raw in enumerate(lines):
        line = raw.strip(_SPACES)
        if not line:
            continue
        if is_numbered_heading(line) or is_title_line(line, previous, width):
            found.add(number)
        previous = line
    return found


def wrap_width(lines):
    """The column width of text wrapped by a PDF extractor, or None when lines are paragraphs."""
    lengths = sorted(len(line.strip(_SPACES)) for line in lines if len(line.strip(_SPACES)) >= 8)
    if len(lengths) < 5:
        return None
    median = lengths[len(lengths) // 2]
    return median if median <= 60 else None


def normalize(text):
    """Normalize report text; origin maps every kept character back to the original.

    >>> n = normalize("全省地区生产总值达到 2.57万亿\\n\\n元，增长 ５%。")
    >>> n.text
    '全省地区生产总值达到2.57万亿元，增长5%。'
    >>> n.span(10, 17)
    (11, 20)
    """
    headings = heading_lines(text)
    chars, origin = [], []
    line_number, at = 0, 0
    for line in text.split("\n"):
        if line_number in headings:
            _hard_break(chars, origin, at)
        for offset, ch in enumerate(line):
            index = at + offset
            if ch in _SPACES:
                # keep one space only between two ASCII words ("GDP growth")
                following = _next_visible(line, offset)
                if chars and chars[-1].isascii() and chars[-1].isalpha() and following.isascii() and following.isalpha():
                    chars.append(" ")
                    origin.append(index)
                continue
            chars.append(to_halfwidth(ch))
            origin.append(index)
        if line_number in headings:
            _hard_break(chars, origin, at + len(line))
        at += len(line) + 1
        line_number += 1
    return NormalizedText(text="".join(chars), origin=tuple(origin), original_length=len(text))


def _hard_break(chars, origin, index):
    if chars and chars[-1] != "\n":
        chars.append("\n")
        origin.append(index)


def _next_visible(line, offset):
    for ch in line[offset + 1:]:
        if ch not in _SPACES:
            return ch
    return ""
