"""Normalization stage: messy PDF text into matchable text that maps back to the original.

Line breaks inside sentences and numbers go, full-width digits and signs become ASCII,
spaces between numbers and units go; heading lines stay on lines of their own.
"""
import re
import tomllib
import unicodedata
from functools import lru_cache

from ..lexicon import data_path
from ..model import NormalizedText, OffsetMap
from .variants import simplify

_SPACES = " \t\u3000\u2002\u2003\u00a0\f\v"
# a paragraph's indentation (two full-width spaces) after a sentence's end in the middle of a line: the paragraphs
# were joined into one line (research datasets join them with spaces), so the indentation starts a new line, and a
# heading among them stands on a line of its own again (not 区长　　张天喜 in a title block: no sentence ended)
_JOINED_PARAGRAPH = re.compile("(?<=[^\\s])[ \u00a0\t]*[\u3000\u2003]{2,}")
_PARAGRAPH_END = "。！？：；!?:;”’」』）)"


def paragraph_breaks(text):
    r"""text with a line break where a joined paragraph starts (same length: offsets stay offsets).

    >>> paragraph_breaks("请予审议。  \u2003\u2003一、2021年工作回顾  \u2003\u2003过去一年")
    '请予审议。\n \u2003\u2003一、2021年工作回顾\n \u2003\u2003过去一年'
    """
    if "\u3000\u3000" not in text and "\u2003\u2003" not in text:
        return text
    chars, line_start = None, 0
    for match in _JOINED_PARAGRAPH.finditer(text):
        line_start = max(line_start, text.rfind("\n", 0, match.start()) + 1)
        before = text[line_start:match.start()].strip(_SPACES)
        # after a paragraph's end, or after a numbered heading that ran on (一、2021年工作回顾　　过去一年…)
        if before and (before[-1] in _PARAGRAPH_END or (len(before) <= 40 and is_numbered_heading(before))):
            chars = chars or list(text)
            chars[match.start()] = "\n"
            line_start = match.start() + 1
    return "".join(chars) if chars else text


@lru_cache(maxsize=None)  # called for every character of every report: a few thousand distinct ones
def is_invisible(ch):
    """Zero-width and other format characters (U+200B, U+FEFF, soft hyphen): dropped before matching.

    >>> is_invisible("\\u200b"), is_invisible("5")
    (True, False)
    """
    return unicodedata.category(ch) == "Cf"


class _Visible(dict):
    """A str.translate table that drops format characters, filled as characters are first met."""

    def __missing__(self, code):
        self[code] = None if is_invisible(chr(code)) else code
        return self[code]


_VISIBLE = _Visible()


def _visible(line):
    return line.translate(_VISIBLE).strip(_SPACES)


@lru_cache(maxsize=None)
def layout():
    """Heading patterns and sentence punctuation from kg/data/text.toml."""
    with data_path("text.toml").open("rb") as handle:
        rules = tomllib.load(handle)
    rules["headings"]["numbered_re"] = [re.compile(p) for p in rules["headings"]["numbered"]]
    title = rules["title_block"]
    title["salutation_re"] = re.compile(title["salutation"])
    title["marker_re"] = re.compile(title["marker"])
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


def is_title_line(line, previous, wrap_width=None, following=None):
    """A short unpunctuated line after a finished sentence ("能源保障坚实有力").

    In text wrapped by a PDF column, a title is clearly shorter than the column:
    a full-width line that merely lacks punctuation is the start of a sentence.
    A short line that the next line continues (a web page's link text on a line of its
    own: "党的十八届六中全会" / "正式明确" / …) is a fragment of a sentence, not a title.
    """
    rules = layout()["headings"]
    longest = rules["title_max"] if wrap_width is None else min(rules["title_max"], int(wrap_width * 0.8))
    if not rules["title_min"] <= len(line) <= longest:
        return False
    if any(ch in rules["title_forbidden"] for ch in line):
        return False
    if following and _continues(following, longest):
        return False
    return previous is None or previous[-1] in layout()["sentences"]["enders"] or is_numbered_heading(previous)


def _continues(following, longest):
    """True when a line reads as the rest of the line before it, not as a new paragraph."""
    if following[0] in layout()["headings"]["continuation_starts"]:
        return True
    return len(following) <= longest and not is_numbered_heading(following) \
        and not any(ch in layout()["headings"]["title_forbidden"] for ch in following)


def title_block_lines(lines):
    """How many leading lines form the report's title block (title, delivery line, speaker), or 0.

    The block ends at the salutation (各位代表：) or the first numbered heading, and must name
    a report or a session (政府工作报告, ——2024年3月5日在…会议上).
    """
    return _title_block(map(_visible, lines))


def _title_block(visible):
    """title_block_lines of lines already through _visible."""
    rules = layout()["title_block"]
    seen = []
    for number, line in enumerate(visible):
        if not line:
            continue
        if rules["salutation_re"].match(line) or is_numbered_heading(line):
            break
        if line[-1] in layout()["sentences"]["enders"] and not any(
                ch in layout()["sentences"]["clause_enders"] for _, title in seen for ch in title):
            break  # a statistical bulletin has no salutation: its title lines stand before the first sentence
        if len(seen) >= rules["max_lines"] or len(line) > rules["max_line_length"] \
                or line[-1] in layout()["sentences"]["enders"]:
            return 0
        seen.append((number, line))
    else:
        return 0
    if seen and rules["marker_re"].search("".join(line for _, line in seen)):
        return seen[-1][0] + 1
    return 0


def heading_lines(text):
    """The headings of text as {first line: last line}, and how many lines the title block takes.

    A heading ends on its own line, unless it ends inside a 《…》 or “…” that later lines close
    ("三、关于《" / "国民经济和社会发展第十一个五年规划纲要" / "》的说明"): it runs on to them.
    """
    return _headings([line.strip(_SPACES) for line in text.translate(_VISIBLE).split("\n")])


def _headings(visible):
    """heading_lines of a text's lines already through _visible (one translate of the whole text, not one per line)."""
    found, previous = {}, None
    width = _wrap_width(visible)
    title_end = _title_block(visible)
    following = {}
    upcoming = None
    for number in range(len(visible) - 1, -1, -1):
        following[number] = upcoming
        if visible[number]:
            upcoming = visible[number]
    number = title_end
    while number < len(visible):
        line = visible[number]
        if line and (is_numbered_heading(line) or is_title_line(line, previous, width, following[number])):
            last = _closing_line(visible, number)
            found[number] = last
            line = "".join(visible[number:last + 1])
            number = last
        if line:
            previous = line
        number += 1
    return found, title_end


def _closing_line(visible, first):
    """The line that closes the brackets a heading line leaves open (itself when none are open)."""
    pairs = layout()["headings"]["bracket_pairs"]
    depth, last = 0, first
    for number in range(first, min(len(visible), first + 4)):
        for ch in visible[number]:
            if ch in pairs:
                depth += 1
            elif ch in pairs.values() and depth:
                depth -= 1
        last = number
        if depth == 0:
            break
    return last if depth == 0 else first


def wrap_width(lines):
    """The column width of text wrapped by a PDF extractor, or None when lines are paragraphs."""
    return _wrap_width([_visible(line) for line in lines])


def _wrap_width(visible):
    lengths = sorted(length for length in map(len, visible) if length >= 8)
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
    text = paragraph_breaks(simplify(text))  # one for one: offsets into text stay offsets into the original
    kept = text.translate(_VISIBLE).split("\n")  # each line without its format characters
    headings, title_lines = _headings([line.strip(_SPACES) for line in kept])
    out, half = _Output(), _half_width()
    line_number, at, title_end = 0, 0, 0
    heading_ends = set(headings.values())
    for line in text.split("\n"):
        if line_number in headings or (title_lines and line_number == title_lines):
            out.hard_break(at)
            if line_number == title_lines:
                title_end = out.length
        if len(kept[line_number]) == len(line):  # no format characters: full-width forms folded one for one
            folded = line.translate(half[0]) if half[1].search(line) else line
            _add_line(out, line, _grouped(line, folded), at)
        else:
            _add_line_slowly(out, line, at)
        if line_number in heading_ends:
            out.hard_break(at + len(line))
        at += len(line) + 1
        line_number += 1
    return NormalizedText(text="".join(out.pieces), origin=out.offsets(), original_length=len(text),
                          title_end=title_end)


class _Output:
    """Normalized text as it is built: its pieces, and where each run of them came from in the original."""

    __slots__ = ("pieces", "starts", "shifts", "length", "last")

    def __init__(self):
        self.pieces, self.starts, self.shifts, self.length, self.last = [], [], [], 0, ""

    def add(self, piece, origin):
        """Add a piece of text whose first character stands at origin in the original, the rest after it."""
        shift = origin - self.length
        if not self.shifts or self.shifts[-1] != shift:
            self.starts.append(self.length)
            self.shifts.append(shift)
        self.pieces.append(piece)
        self.length += len(piece)
        self.last = piece[-1]

    def hard_break(self, origin):
        if self.length and self.last != "\n":
            self.add("\n", origin)

    def offsets(self):
        return OffsetMap(starts=tuple(self.starts), shifts=tuple(self.shifts), length=self.length)


_SPACE_RUN = re.compile(f"[{_SPACES}]+")


def _add_line(out, line, folded, at):
    """A line without format characters: its runs between spaces copied whole (folded), one space kept only
    between two ASCII words ("GDP growth")."""
    copied = 0
    for match in _SPACE_RUN.finditer(line):
        start, end = match.span()
        if start > copied:
            out.add(folded[copied:start], at + copied)
        if _is_ascii_letter(out.last) and _is_ascii_letter(line[end:end + 1]):
            out.add(" ", at + start)
        copied = end
    if copied < len(line):
        out.add(folded[copied:], at + copied)


def _add_line_slowly(out, line, at):
    """A line holding format characters (U+200B, U+FEFF), character by character."""
    for offset, ch in enumerate(line):
        if is_invisible(ch):
            continue
        if ch in _SPACES:
            if _is_ascii_letter(out.last) and _is_ascii_letter(_next_visible(line, offset)):
                out.add(" ", at + offset)
            continue
        out.add(to_halfwidth(ch), at + offset)


def _is_ascii_letter(ch):
    return ch.isascii() and ch.isalpha()


# a number written in full-width digits with full-width thousands separators (１２，３４５．６７), or in ASCII digits
# grouped so right before its magnitude or unit (粮食产量33，212万吨): the commas group its digits; elsewhere a
# full-width comma parts clauses and stays one
_GROUPED = re.compile("[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])"
                      "|(?<![0-9.])[0-9]{1,3}(?:，[0-9]{3})+(?=[万亿元吨斤人户个项座台辆%])")


def _grouped(line, folded):
    """folded (line with full-width forms folded one for one) with the thousands separators of full-width
    numbers as ASCII commas.

    >>> _grouped("达到１２，３４５．６７亿元，增长５%", "达到12，345.67亿元，增长5%")
    '达到12,345.67亿元，增长5%'
    """
    if "，" not in line:
        return folded
    chars = None
    for match in _GROUPED.finditer(line):
        chars = chars or list(folded)
        for at in range(match.start(), match.end()):
            if line[at] == "，":
                chars[at] = ","
    return "".join(chars) if chars else folded


@lru_cache(maxsize=None)
def _half_width():
    """to_halfwidth as a str.translate table, and a pattern finding the characters it changes."""
    table = {code: ord(to_halfwidth(chr(code))) for code in range(0xFF01, 0xFF5F) if to_halfwidth(chr(code)) != chr(code)}
    return table, re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]" if table else "(?!)")


def _next_visible(line, offset):
    for ch in line[offset + 1:]:
        if ch not in _SPACES and not is_invisible(ch):
            return ch
    return ""
