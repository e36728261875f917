"""Mention stage: the figures in a sentence (quantities and ranks) and the role each plays."""
import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from ..lexicon import SuffixIndex, figure_prefixes, figure_suffixes, figures, units
from ..model import Figure, Quantity
from .numbers import NUMBER, parse_number, read_quantity

_QUOTE_PAIRS = (("“", "”"), ("\"", "\""), ("‘", "’"), ("「", "」"))
_MAX_QUOTED_NAME = 14
_CJK = re.compile(r"[\u4e00-\u9fff]")


def quoted_spans(text):
    """Spans of short quoted names (“十四五”, “1+N”): numbers inside them are names, not figures."""
    spans = []
    for opener, closer in _QUOTE_PAIRS:
        at = 0
        while True:
            start = text.find(opener, at)
            if start < 0:
                break
            end = text.find(closer, start + 1)
            if end < 0:
                break
            if end - start - 1 <= _MAX_QUOTED_NAME:
                spans.append((start, end + 1))
            at = end + 1
    return spans


def is_name_or_date(text, quantity, quotes):
    """True when a number is part of a name, date, ordinal or specification rather than a figure."""
    context = figures()["context"]
    start, end = quantity.start, quantity.end
    before = text[start - 1] if start else ""
    after = text[end:end + 2]
    if before in ("第", "前") or (before.isascii() and before.isalpha()):
        return True  # 第十四届, 前10位 (a rank), PM2.5
    if any(a <= start < b for a, b in quotes):
        return True
    if figure_prefixes("context", "name_followers").longest(after) is not None:
        return True  # 世界500强, 百万千瓦级
    if after[:1].isascii() and after[:1].isalpha():
        return True  # 5G, 5A
    if quantity.unit in context["spec_units"] and _CJK.match(after[:1] or " "):
        return True  # 4.3米焦炉
    if (before and before in "×*") or (quantity.unit in context["spec_capacity_units"]
                            and _names_a_project(text[end:end + context["spec_gap"] + 3])):
        return True  # 2×35万千瓦, 大唐700万吨露天矿项目
    return False


def _names_a_project(after):
    """Whether the words right after a number run, without a break, into a project's head (700万吨露天矿项目)."""
    run = re.match(r"[\u4e00-\u9fff]*", after).group(0)
    return any(head in run for head in figures()["context"]["spec_heads"])


def _number_precedes_nonunit(text, match):
    following = text[match.end():match.end() + 4]
    if following[:1] in "多余":
        following = following[1:]  # 二十多年: a duration, bounded
    word = figure_prefixes("context", "non_units").longest(following)
    if word in figures()["context"]["duration_units"] and _duration_subject().search(text, 0, match.start()):
        return False  # 平均受教育年限达到9年, 人均预期寿命75岁: years are the figure's unit here
    return word is not None


@lru_cache(maxsize=None)
def _duration_subject():
    return re.compile(figures()["context"]["duration_subject"])


def find_quantities(text):
    """Quantities in a sentence that are figures: dates, ordinals, names and specifications left out.

    >>> [str(q.value) + (q.unit or "") for q in find_quantities("1月23日，建成5G基站9.3万个，关停4.3米焦炉，世界500强")]
    ['93000个']
    """
    return list(_quantities(text))


def states_quantity(text):
    """True when text states at least one figure (what find_quantities finds), read only up to the first.

    >>> states_quantity("第十四届，世界500强"), states_quantity("建成5G基站9.3万个")
    (False, True)
    """
    return next(_each_quantity(text), None) is not None


@lru_cache(maxsize=4096)
def _quantities(text):
    """find_quantities, remembered for the sentences just read: names and figures both scan each sentence."""
    return tuple(_each_quantity(text))


def _each_quantity(text):
    """The figures of find_quantities one by one, as they are read (a whole report's: only up to the first)."""
    quotes = None
    found = []
    numbers = NUMBER.finditer(text)
    following = next(numbers, None)
    skip_to = -1
    while following is not None:
        match, following = following, next(numbers, None)
        if match.start() < skip_to or _number_precedes_nonunit(text, match):
            continue
        quantity = read_quantity(text, match)
        ranged = _range(text, match, quantity, following)
        if ranged is not None:
            quantity, skip_to = ranged, ranged.end
        if quantity is None:
            continue
        if match.group("chinese") and quantity.kind == "plain" and _small_count(text, quantity):
            continue  # 一批, 两个积极性, 八项规定: words and names, not counts
        if text[quantity.end:quantity.end + 1] == "+" or text[match.end():match.end() + 1] == "+":
            continue  # “1+N”
        if quotes is None:
            quotes = quoted_spans(text)
        if is_name_or_date(text, quantity, quotes):
            continue
        found.append(_signed(text, quantity, found))
        yield found[-1]


def _range(text, match, first, following):
    """6%－6.5%, 5%—6%, 6-6.5%: one quantity from the low end to the high end, or None."""
    rules = figures()["context"]
    end = first.end if first is not None else match.end()
    if following is None or following.start() != end + 1 or text[end] not in rules["range_separators"]:
        return None
    if any(text.endswith(word, 0, match.start()) for word in rules["range_not_after"]):
        return None
    if match.group("percent") is not None and first is not None:
        # 百分之八至九, 百分之八至百分之九: the high end is a percent too
        high_value = parse_number(following.group("percent") or following.group("chinese") or following.group("arabic")
                                  or "")
        if high_value is None or high_value <= first.value:
            return None
        return replace(first, upper=high_value, end=following.end(), bound="between")
    high = read_quantity(text, following)
    if high is None or (first is not None and first.unit not in (None, high.unit)) or match.group("percent"):
        return None
    low = parse_number(match.group(0)) if first is None else first.value
    if low is None or high.value <= low or (first is None and not match.group("arabic")):
        return None
    if first is not None and first.unit is None and high.unit is not None:
        return None  # 1386万-2000万人: magnitudes would differ
    return replace(high, value=low, upper=high.value, start=match.start(), bound="between")


def _signed(text, quantity, found):
    """A quantity after a minus sign (增长-5%) is negative, unless the sign ends a range before it."""
    at = quantity.start - 1
    if at < 0 or text[at] not in figures()["context"]["minus_signs"]:
        return quantity
    if any(q.end == at for q in found) or (at > 0 and text[at - 1].isdigit()):
        return quantity
    return replace(quantity, value=-quantity.value, start=at)


def _small_count(text, quantity):
    rules = figures()["context"]
    if quantity.value == 1:
        return True  # 一批, 一个大的转变: an article, not a count
    if quantity.value >= rules["small_count_limit"] or not is_count(quantity.unit):
        return False
    before = text[max(0, quantity.start - 4):quantity.start]
    return not any(before.endswith(verb) for verb in rules["small_count_verbs"])


@lru_cache(maxsize=None)
def _rank_pattern():
    rank = figures()["rank"]
    verbs = "|".join(sorted(map(re.escape, rank["verbs"]), key=len, reverse=True))
    scopes = "|".join(sorted(map(re.escape, rank["scopes"]), key=len, reverse=True))
    # 排全国第2位; 保持全国首位 (first place, always with its scope: 摆在首位 is a priority, no rank)
    return re.compile(
        rf"(?P<verb>{verbs})?(?P<scope>{scopes})?(?:同类城市|城市|省份|省区市|各省)?"
        rf"(?:{_ORDINAL}(?P<n>\d+|[一二三四五六七八九十]+)(?P<tail>位|名)?|(?P<first>{_FIRST}))")


_ORDINAL = "第"  # a rank is written 第N, or 首位 after its scope
_FIRST = "首位"


def find_ranks(text):
    """Ranks stated in a sentence ("排全国第2位", "居中部第一"), as Figures with their scope.

    >>> [(f.quantity.value, f.rank_scope) for f in find_ranks("改善幅度排全国第2位，第十四届")]
    [(Decimal('2'), 'scopeNation')]
    """
    ranks = []
    if _ORDINAL not in text and _FIRST not in text:  # most sentences state no rank
        return ranks
    for match in _rank_pattern().finditer(text):
        if not (match.group("verb") or match.group("scope")):
            continue
        if match.group("first") and not match.group("scope"):
            continue
        if not match.group("tail") and text[match.end():match.end() + 1] in ("届", "次", "批", "期", "个", "轮", "季"):
            continue
        value = Decimal(1) if match.group("first") else parse_number(match.group("n"))
        if value is None:
            continue
        scope = figures()["rank"]["scopes"].get(match.group("scope") or "", None)
        quantity = Quantity(value=value, unit=None, start=match.start(), end=match.end(), kind="rank")
        ranks.append(Figure(role="rank", quantity=quantity, rank_scope=scope or "scopeNation"))
    return ranks


def find_doublings(text):
    """翻一番 / 翻两番 as percent changes (100, 300).

    >>> [f.quantity.value for f in find_doublings("经济总量翻一番，收入翻两番")]
    [Decimal('100'), Decimal('300')]
    """
    found = []
    for match in _doubling_pattern().finditer(text):
        times = parse_number(match.group("n"))
        value = (2 ** int(times) - 1) * 100
        quantity = Quantity(value=Decimal(value), unit=None, start=match.start(), end=match.end(), kind="percent")
        found.append(Figure(role="changePercent", quantity=quantity))
    return found


@lru_cache(maxsize=None)
def _doubling_pattern():
    return re.compile(figures()["change"]["doubling"])


def classify(text, quantity, clause_start):
    """Role of a quantity (level, change, rank) from the words right before it; returns (Figure, rest, bound).

    rest is the text between clause_start and the role's trigger words: where the indicator is.
    """
    change = figures()["change"]
    before_bounds = figures()["bounds"]["before"]
    left = text[clause_start:quantity.start]
    bound = quantity.bound
    stripping = True
    while stripping:
        stripping = False
        word = _bounds_and_fillers().longest(left)
        if word:
            if word in before_bounds and bound is None:
                bound = before_bounds[word]
            left = left[: -len(word)]
            stripping = True
    level = figure_suffixes("change", "level_verbs").longest(left)
    verb = None if level else figure_suffixes("change", "verbs").longest(left)
    kind = quantity.kind
    if verb and not (verb == "多" and left.endswith("多") and len(left) > 1 and kind != "percent"):
        sign = change["verbs"][verb]
        role = {"percent": "changePercent", "multiple": "changePercent", "points": "changePoints"}.get(kind, "changeValue")
        return Figure(role=role, quantity=quantity, sign=sign), left[: -len(verb)], bound
    if kind == "multiple":
        return None, left, bound  # 是上年的1.6倍: a ratio, not a level
    role = "changePoints" if kind == "points" else "level"
    return Figure(role=role, quantity=quantity), left[: -len(level)] if level else left, bound


@lru_cache(maxsize=None)
def _bounds_and_fillers():
    return SuffixIndex(list(figures()["bounds"]["before"]) + figures()["change"]["fillers"])


def is_count(unit):
    """True for measure words that count things (个, 家, 户, 人)."""
    return unit is not None and unit in units() and units()[unit][1] == "count"
