"""Extraction context: what a sentence's place in the report says about its figures (period, target, other regions).

A report looks back first (一、2023年工作回顾) and then forward (二、2024年主要预期目标, 三、今年重点
工作): every figure in a section of goals is a target for the coming year, unless its sentence
says it is a result (去年…). Spans of years (过去五年, “十四五”时期, 2018—2022年) come from the
sentence or, failing that, from its heading.
"""
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ..lexicon import figure_prefixes, figure_words, figures
from ..text.normalize import is_numbered_heading, is_title_line
from .figures import quoted_spans
from .header import YEAR, year_value
from .observations import SentenceContext
from .periods import Span, find_span, is_annual_average
from .regions import gazetteer, leading_region

_LEADING_YEAR = re.compile(rf"^(?:\d+月\d+日，)?({YEAR})年(?![度底末])")
_HEADING_YEAR = re.compile(rf"({YEAR})年")
_SPAN_CARRIED = 12  # sentences after one naming a span that still review it, unless one names a year of its own


@dataclass(frozen=True)
class SectionPlan:
    """What a section's heading (or the top-level heading above it) says about its figures."""
    target: bool = False
    year: Optional[int] = None
    span: Optional[Span] = None


def is_heading(block):
    """A block of normalized text that opens a section (numbered, or a short title line)."""
    return is_numbered_heading(block) or is_title_line(block, None)


def _without_quotes(text):
    for start, end in reversed(quoted_spans(text)):
        text = text[:start] + text[end:]  # 职业教育“双高计划”: a name, not a plan
    return text


def is_target(sentence, section_title):
    """A sentence that sets goals rather than stating results (by its own words or its heading's)."""
    text = _without_quotes(sentence.text)
    if figure_words("target", "met").search(text):
        return False
    return bool(figure_words("target", "markers").search(text) or figure_words("target", "headings").search(section_title))


def heading_plan(title, reviewed):
    """SectionPlan of one heading on its own, or None when the heading says nothing of time."""
    rules = figures()["target"]
    span = find_span(title, reviewed)
    if span is not None:
        return SectionPlan(target=span.start > reviewed, year=span.end, span=span)
    years = [year_value(y) for y in _HEADING_YEAR.findall(title)]
    if years and years[0] is not None:
        return SectionPlan(target=years[0] > reviewed, year=years[0])
    if any(word in title for word in rules["review_headings"]):
        return SectionPlan(target=False, year=reviewed)
    if any(word in title for word in rules["headings"]):
        return SectionPlan(target=True, year=reviewed + 1)
    return None


@lru_cache(maxsize=64)
def section_plans(sections, reviewed):
    """A SectionPlan per section: sub-headings inherit from the top-level heading above them, and
    once the report has looked back under a top-level heading, later unmarked ones look forward."""
    top = re.compile(figures()["target"]["top_heading"])
    plans, current, looked_back = [], SectionPlan(year=reviewed), False
    for section in sections:
        own = heading_plan(section.title, reviewed) if section.title else None
        if section.title and top.match(section.title):
            current = own or (SectionPlan(target=True, year=reviewed + 1) if looked_back else SectionPlan(year=reviewed))
            looked_back = looked_back or (own is not None and not own.target)
            plans.append(current)
        else:
            plans.append(own or current)
    return tuple(plans)


def sentence_context(sentence, info, sections, area_of, plans=None):
    """The period a sentence's figures are for (a year or a span), and whether they are targets.

    plans are section_plans(sections, info.year), when the caller has them.
    """
    reviewed = info.year
    plan = (plans or section_plans(tuple(sections), reviewed))[sentence.section]
    text = sentence.text
    opens_with_result = figure_prefixes("target", "result_openers").longest(text) is not None or \
        (figure_words("target", "past_markers").search(text) and not figure_words("target", "markers").search(text))
    target = (plan.target and not opens_with_result) or is_target(sentence, "")
    if target:
        period = plan.year if plan.target and plan.year else reviewed + 1
        span = plan.span if plan.target else None
    else:
        period = reviewed if plan.target else (plan.year or reviewed)
        span = None if plan.target else plan.span
    own_span = find_span(_without_quotes(text), reviewed)
    if own_span is not None:
        span, target = own_span, own_span.end > reviewed  # no result is stated for years still to come
        period = own_span.end
    elif span is not None and (figure_words("period", "one_year").search(text) or _names_reviewed_year(text, reviewed)):
        # 比上年增长: one year's change; 刚刚过去的2017年，…: the year reviewed, in a section on five years
        span, period = None, (reviewed + 1 if target else reviewed)
    later = _by_year().search(text)
    later_year = year_value(later.group("year")) if later else None
    if later_year is not None and later_year > reviewed:
        target, period, span = True, later_year, None  # 到2025年…, 到一九八五年…: a goal for that year
    stated = _LEADING_YEAR.match(text)
    if stated and own_span is None and not (later_year is not None and later_year > reviewed):
        year = year_value(stated.group(1))
        if year is not None and year <= reviewed:
            target, period, span = False, year, None  # 2012年，…: the year says it is a result
    if span is not None:
        period = span.end
        if span.start == span.end:
            span = None
    return SentenceContext(period=period, target=target, area_of=area_of,
                           period_start=span.start if span is not None else None, reviewed=reviewed)


def _names_reviewed_year(text, reviewed):
    """Whether text opens with the year reviewed on its own (刚刚过去的2017年，…), before any figure and not as the
    end of a span (五年累计7.79万亿元，2012年占…比例达到4% stays a sentence on the span)."""
    match = re.search(f"(?<![—－–~至到-]){reviewed}年(?![底末]?[—－–~至到])", text)
    return match is not None and not re.search(r"\d", text[:match.start()])


@lru_cache(maxsize=None)
def _by_year():
    return re.compile(figures()["target"]["by_year"].replace("{Y}", YEAR))


def sentence_contexts(sentences, info, sections, area_of):
    """sentence_context for each sentence; an average annual rate with no span of its own (年均增长7.8%)
    takes the span the sentence before it in its section named (“十二五”时期…), and a sentence right after
    one that looks back (过去一年，…) in a section of goals states results too."""
    contexts, last_span, looked_back = [], None, None
    openers = figures()["target"]["result_openers"]
    plans = section_plans(tuple(sections), info.year)  # once: hashing the sections per sentence costs more
    for sentence in sentences:
        context = sentence_context(sentence, info, sections, area_of, plans)
        if looked_back == sentence.section and context.target and context.period_start is None \
                and not is_target(sentence, ""):
            # 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…: the results it announced
            context = replace(context, target=False, period=info.year)
        looked_back = sentence.section if any(sentence.text.startswith(w) for w in openers) else None
        if context.period_start is not None:
            last_span = (sentence.section, sentence.index, context)
        elif _LEADING_YEAR.match(sentence.text) or figure_words("period", "one_year").search(sentence.text) \
                or _names_reviewed_year(sentence.text, info.year):
            last_span = None  # a year of its own (刚刚过去的2017年) ends the span's paragraph
        elif last_span and last_span[0] == sentence.section and context.target == last_span[2].target \
                and sentence.index - last_span[1] <= (6 if is_annual_average(sentence.text) else _SPAN_CARRIED):
            # 过去五年…。一是…城镇新增就业人数超过6400万人: the review of the span goes on; a level it reached is the
            # level of its last year (the observation stage tells them apart)
            context = replace(context, period=last_span[2].period, period_start=last_span[2].period_start)
            last_span = (last_span[0], sentence.index, last_span[2])
        contexts.append(context)
    return contexts


def area_finder(scope):
    """A function that splits a region named at the start of an indicator name off it: (code or None, rest)."""
    gaz = gazetteer()

    def area_of(name):
        region, rest = leading_region(name, scope, gaz)
        return (region.code, rest) if region is not None else (None, name)

    return area_of
