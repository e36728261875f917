"""Extraction context: what a sentence's place in the report says about its figures (period, target, other regions)."""
import re

from ..lexicon import figures
from ..text.normalize import is_numbered_heading, is_title_line
from .figures import quoted_spans
from .observations import SentenceContext
from .regions import gazetteer, leading_region

_LEADING_YEAR = re.compile(r"^(?:\d+月\d+日，)?((?:19|20)\d{2})年(?![度底末])")


def is_heading(block):
    """A block of normalized text that opens a section (numbered, or a short title line)."""
    return is_numbered_heading(block) or is_title_line(block, None)


def is_target(sentence, section_title):
    """A sentence that sets goals for the coming year rather than stating results."""
    rules = figures()["target"]
    text = sentence.text
    for start, end in reversed(quoted_spans(text)):
        text = text[:start] + text[end:]  # 职业教育“双高计划”: a name, not a plan
    return any(m in text for m in rules["markers"]) or any(h in section_title for h in rules["headings"])


def sentence_context(sentence, info, sections, area_of):
    """The period a sentence's figures are for, and whether they are targets."""
    target = is_target(sentence, sections[sentence.section].title)
    period = info.year + 1 if target else info.year
    later = re.search(figures()["target"]["by_year"], sentence.text)
    if later and int(later.group(1)) > info.year:
        target, period = True, int(later.group(1))  # 到2025年…: a goal for that year
    stated = _LEADING_YEAR.match(sentence.text)
    if stated and not target:
        period = int(stated.group(1))
    return SentenceContext(period=period, target=target, area_of=area_of)


def area_finder(scope):
    """A function that splits a region named at the start of an indicator name off it: (code or None, rest)."""
    gaz = gazetteer()

    def area_of(name):
        region, rest = leading_region(name, scope, gaz)
        return (region.code, rest) if region is not None else (None, name)

    return area_of
