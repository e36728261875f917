"""Periods: the years a figure covers, read from its sentence or heading (one year, or a span of years)."""
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import figures
from .clauses import CLAUSE_END, clause_before
from .header import YEAR, year_value
from .numbers import NUMBER, parse_chinese_numeral

_STATED_YEAR = re.compile(rf"({YEAR})年")


@dataclass(frozen=True)
class Span:
    """A span of years, first to last (both included)."""
    start: int
    end: int


@lru_cache(maxsize=None)
def _rules():
    rules = figures()["period"]
    return {
        "spans": [re.compile(p.replace("{Y}", YEAR)) for p in rules["spans"]],
        "since": [re.compile(p.replace("{Y}", f"(?P<year>{YEAR})")) for p in rules["since"]],
        "plan": re.compile(rules["plan"]),
        "back": sorted(rules["back"].items(), key=lambda kv: -len(kv[0])),
        "forward": sorted(rules["forward"].items(), key=lambda kv: -len(kv[0])),
        "annual": tuple(rules["annual"]),
    }


def plan_years(numeral):
    """The years of the Nth five-year plan (“十五” is the 10th: 2001–2005).

    >>> plan_years("十"), plan_years("十一"), plan_years("十四")
    (Span(start=2001, end=2005), Span(start=2006, end=2010), Span(start=2021, end=2025))
    """
    number = parse_chinese_numeral(numeral)
    if number is None:
        return None
    first, year = max((n, y) for n, y in figures()["period"]["plan_anchors"] if n <= number)
    start = year + 5 * (number - first)
    return Span(start, start + 4)


def find_span(text, reviewed):
    """The span of years a sentence or heading names, or None for a single year.

    >>> find_span("过去五年，国内生产总值年均增长7.1%", 2022)
    Span(start=2018, end=2022)
    >>> find_span("“十一五”时期国内生产总值年均增长7.5%", 2005), find_span("2018—2022年累计减税", 2022)
    (Span(start=2006, end=2010), Span(start=2018, end=2022))
    >>> find_span("城镇居民人均可支配收入比五年前增长58.3%", 2005), find_span("全年增长5%", 2023)
    (Span(start=2001, end=2005), None)
    >>> find_span("今后五年中央财政将投入100亿元", 2005)
    Span(start=2006, end=2010)
    """
    rules = _rules()
    for pattern in rules["spans"]:
        match = pattern.search(text)
        if match:
            start, end = year_value(match.group("start")), year_value(match.group("end"))
            if start is not None and end is not None and start != end:
                start, end = min(start, end), max(start, end)  # 2005年与2000年相比: either order
                return Span(start + (1 if match.groupdict().get("compared") else 0), end)
    for phrase, years in rules["back"]:
        if phrase in text:
            return Span(reviewed - years + 1, reviewed)
    for phrase, years in rules["forward"]:
        if phrase in text:
            return Span(reviewed + 1, reviewed + years)
    match = rules["plan"].search(text)
    if match:
        return plan_years(match.group("plan"))
    for pattern in rules["since"]:
        match = pattern.search(text)
        if not match:
            continue
        if "year" in match.groupdict() and match.group("year"):
            base = year_value(match.group("year"))
            if base is not None and base < reviewed - 1:
                return Span(base + 1, _year_compared(text[:match.start()], base) or reviewed)
        elif match.groupdict().get("n"):
            return Span(reviewed - parse_chinese_numeral(match.group("n")) + 1, reviewed)
    return None


def _year_compared(before, base):
    """The year a change against a base year is for, when the words before name one (2010年人均国内生产总值比2000年
    翻一番 is for 2010, not the year reviewed); None when they name none later than the base."""
    years = [year_value(y) for y in _STATED_YEAR.findall(before)]
    later = [y for y in years if y is not None and y > base]
    return later[-1] if later else None


def is_annual_average(text):
    """True when the text states an average annual rate (年均增长)."""
    return any(word in text for word in _rules()["annual"])


def stated_year(text, at):
    """The year written right before a figure (2017年的1923亿元), or None."""
    match = _year_of().search(clause_before(text, at, 10))
    return year_value(match.group("year")) if match else None


def clause_year(text, at):
    """A year opening the figure's clause, or standing alone as the clause before it, with no number between it
    and the figure (到一九四九年，粮食产量只有二千二百六十亿斤; 2007年产量达到50150万吨); None otherwise."""
    parts = CLAUSE_END.split(text[max(0, at - 40):at])
    own = _clause_year().match(parts[-1])
    if own is not None:
        between = parts[-1][own.end():]
    elif len(parts) > 1 and _clause_year().fullmatch(parts[-2].strip()):
        own, between = _clause_year().fullmatch(parts[-2].strip()), parts[-1]
    else:
        return None
    return None if NUMBER.search(between) else year_value(own.group("year"))


@lru_cache(maxsize=None)
def _clause_year():
    return re.compile(figures()["period"]["clause_year"].replace("{Y}", YEAR))


@lru_cache(maxsize=None)
def _year_of():
    return re.compile(figures()["period"]["year_of"].replace("{Y}", YEAR))


def reaches_level(text, at):
    """Whether the figure at `at` is a level reached (达到, 增加到) rather than a sum over a span (累计)."""
    clause = clause_before(text, at, 40)
    ending = clause.rstrip("了约近逾为")
    words = figures()["period"]
    return any(ending.endswith(w) for w in words["end_level"]) and not any(w in clause for w in words["cumulative"])
