"""Report header: the title block's delivery date, session and speaker, and years written in any numerals."""
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..text.normalize import layout

# Digits of a year written in Chinese numerals (一九八五年, 一九八○年): the numeral system, not vocabulary.
_YEAR_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
YEAR = r"(?:19|20)\d{2}|一九[〇○零一二三四五六七八九]{2}|二〇[〇○零一二三四五六七八九]{2}|二○[〇○零一二三四五六七八九]{2}"


def year_value(token):
    """The year a 4-digit token means, in Arabic or Chinese numerals; None otherwise.

    >>> year_value("2023"), year_value("一九八五"), year_value("一九八○"), year_value("八五")
    (2023, 1985, 1980, None)
    """
    if len(token) != 4:
        return None
    if token.isdigit():
        return int(token)
    if all(ch in _YEAR_DIGITS for ch in token):
        return int("".join(str(_YEAR_DIGITS[ch]) for ch in token))
    return None


@lru_cache(maxsize=None)
def year_patterns(group):
    """The [report] patterns of one group (year, plan_year, …) with {Y} standing for a year in any numerals."""
    return tuple(re.compile(p.replace("{Y}", f"(?P<year>{YEAR})"), re.MULTILINE) for p in layout()["report"][group])


@lru_cache(maxsize=None)
def _year_first(group):
    """(index, pattern) of the group's patterns that open with the year, and of the others."""
    patterns = list(enumerate(year_patterns(group)))
    opening = {index for index, source in enumerate(layout()["report"][group]) if source.startswith("{Y}")}
    return [p for p in patterns if p[0] in opening], [p for p in patterns if p[0] not in opening]


_YEAR_START = re.compile(f"(?=(?:{YEAR}))")


@lru_cache(maxsize=4)  # the same text is asked for two groups
def _year_starts(text):
    return [match.start() for match in _YEAR_START.finditer(text)]


def first_year(text, group):
    """The year the first matching pattern of a group names, with the pattern's match; (None, None) if none.

    Of matches at the same place, the group's first pattern wins. Patterns that open with the year
    are tried only where a year starts (one search finds those places), not searched for across the text.
    """
    year_first, others = _year_first(group)
    found = [(match.start(), index, match) for index, match in ((i, p.search(text)) for i, p in others) if match]
    for start in _year_starts(text) if year_first else ():
        if found and start > min(found)[0]:
            break
        opening = next(((i, m) for i, m in ((i, p.match(text, start)) for i, p in year_first) if m), None)
        if opening is not None:
            found.append((start, opening[0], opening[1]))
            break
    if not found:
        return None, None
    best = min(found, key=lambda item: item[:2])[2]
    return year_value(best.group("year")), best


@dataclass(frozen=True)
class Header:
    """What a report's title block says: the date it was delivered, the session, the speaker and office."""
    title: Optional[str] = None
    delivered: Optional[str] = None
    session: Optional[str] = None
    speaker: Optional[str] = None
    office: Optional[str] = None


def read_header(block):
    """The delivery date (ISO), session, speaker and office a title block states.

    >>> h = read_header("政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理李强")
    >>> h.delivered, h.session, h.office, h.speaker
    ('2024-03-05', '第十四届全国人民代表大会第二次会议', '国务院总理', '李强')
    >>> read_header("政府工作报告1957年6月26日在第一届全国人民代表大会第四次會議上周恩来").speaker
    '周恩来'
    """
    if not block:
        return Header()
    rules = layout()["report"]["header"]
    titled = re.match(layout()["report"]["title_ends"], block)
    title = titled.group(0) if titled else None
    delivered = session = None
    match = re.search(rules["delivery"].replace("{Y}", f"(?P<year>{YEAR})"), block)
    rest = block
    if match:
        year = year_value(match.group("year"))
        delivered = f"{year:04d}-{int(match.group('month')):02d}-{int(match.group('day')):02d}"
        session = match.group("session")
        rest = block[match.end():]
        title = block[:match.start()].strip("—- ") or title
    office = speaker = None
    who = re.fullmatch(rules["speaker"], rest.strip("—- "))
    if who:
        office, speaker = who.group("office") or None, who.group("name")
    return Header(title=title, delivered=delivered, session=session, speaker=speaker, office=office)
