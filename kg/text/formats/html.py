"""Reading stage: a saved web page's article through readability-lxml; navigation, footers and scripts dropped.

An article that does not open with its own title block (title, delivery line, speaker) gets the
page's title and date as its first lines, where a report's header is read from.
"""
import re
import tomllib
from functools import lru_cache

from ...errors import InputError
from ...lexicon import data_path
from ..encoding import decode
from ..normalize import title_block_lines

# elements whose start and end break a line
_BLOCKS = frozenset("address article aside blockquote br center dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
                    "header hr li main ol p pre section table tbody thead tfoot tr ul".split())
_CELLS = frozenset(("td", "th"))
_SKIPPED = frozenset(("script", "style", "noscript", "template", "head"))
_CELL_END = "\x1f"  # marks a cell's end until white space is collapsed, then becomes a tab
_DATE = r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"


# scripts, styles and templates hold no article text; inline data (data: images) is not text either. Taken out
# before parsing: a parser keeps a text or attribute of at most 10 MB and silently drops the rest of the page
_BULK = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|(?<=[=\s])([\"'])data:[^\"']{1024,}\2",
                   re.IGNORECASE | re.DOTALL)
_MAX_TEXT = 9_000_000  # characters in one text between tags: past what lxml keeps (10 MB of UTF-8)
_LONG_TEXT = re.compile(r"[^<]{" + str(_MAX_TEXT // 1000) + r",}")


def without_bulk(text):
    """A page without its scripts, styles and inline data, which hold no text of the article.

    >>> without_bulk('<head><script>var a = "<b>";</script></head><img src="data:,x">')
    '<head></head><img src="data:,x">'
    """
    return _BULK.sub(lambda m: '"data:,"' if m.group(2) else "", text)


def _refuse_huge_text(name, text):
    """A single text over what the HTML parser keeps would be cut short silently: the file is refused instead."""
    for match in _LONG_TEXT.finditer(text):
        if len(match.group()) > _MAX_TEXT:
            raise InputError(f"{name} holds one run of text of {len(match.group()):,} characters without markup, "
                             "more than kg's web page reader keeps whole; save the report as text and try again")


@lru_cache(maxsize=1)
def rules():
    """Title and date cues of web pages, from kg/data/formats.toml."""
    with data_path("formats.toml").open("rb") as handle:
        return tomllib.load(handle)["html"]


def read(name, raw):
    """The article text of a web page, after its title and date lines; no pages."""
    from lxml import html
    from readability import Document as Readable

    text = re.sub(r"^\s*<\?xml[^>]*>", "", decode(name, raw))  # lxml refuses a str with an encoding declaration
    text = without_bulk(text)
    _refuse_huge_text(name, text)
    try:
        page = html.document_fromstring(text)
        article = html.fragment_fromstring(Readable(text).summary(html_partial=True), create_parent="div")
    except Exception as exc:  # lxml and readability raise what their parsers meet: this file's error, no other's
        raise InputError(f"{name}: cannot read this web page ({type(exc).__name__}: "
                         f"{(str(exc).strip().splitlines() or [''])[0][:120]}); save it as text or PDF") from None
    lines = block_lines(article)
    header = []
    if not title_block_lines(lines):  # an article without its own title block opens with the page's
        header = [line for line in (page_title(page), page_date(page)) if line and line not in lines[:5]]
    return "\n".join(header + lines), ()


def block_lines(element):
    """The text of an element as lines: one per block (paragraph, heading, list item), table cells split by tabs."""
    parts = []
    _walk(element, parts)
    lines = (re.sub(r"[ \t\r\n\f]+", " ", line).strip(" \u00a0") for line in "".join(parts).split("\n"))
    return [re.sub(f" ?{_CELL_END}+ ?", "\t", line).strip("\t") for line in lines
            if line.strip(" \u00a0\u3000" + _CELL_END)]


def _walk(element, parts):
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIPPED or not isinstance(element.tag, str):
        parts.append("\n" if tag in _BLOCKS else "")
    else:
        if tag in _BLOCKS:
            parts.append("\n")
        parts.append(_flat(element.text))
        for child in element:
            _walk(child, parts)
        if tag in _BLOCKS:
            parts.append("\n")
        elif tag in _CELLS:
            parts.append(_CELL_END)
    parts.append(_flat(element.tail))


def _flat(text):
    # line ends inside the HTML source are not line ends on the page
    return re.sub(r"[\t\r\n]+", " ", text) if text else ""


def page_title(page):
    """The article's title: its meta title, else the page <title> without the site's name."""
    cues = rules()
    for key in cues["title_meta"]:
        content = _meta(page, key)
        if content:
            return content
    title = " ".join((page.findtext(".//title") or "").split())
    for separator in cues["title_separators"]:
        title = title.split(separator)[0]
    return title.strip()


def page_date(page):
    """The page's publication date as YYYY-MM-DD: from its meta tags, else after a date label in its text."""
    cues = rules()
    found = None
    for key in cues["date_meta"]:
        found = found or re.search(_DATE, _meta(page, key))
    if found is None:
        body = " ".join(page.text_content().split())
        labels = "|".join(map(re.escape, cues["date_labels"]))
        found = re.search(rf"(?:{labels})\s*[:：]?\s*{_DATE}", body)
    if found is None:
        return None
    year, month, day = (int(g) for g in found.groups()[-3:])
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _meta(page, key):
    for meta in page.iter("meta"):
        if key.lower() in ((meta.get("name") or "").lower(), (meta.get("property") or "").lower()):
            return " ".join((meta.get("content") or "").split())
    return ""
