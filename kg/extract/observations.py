"""Observation stage: the figures of one sentence read into Observations.

A sentence is cut into clauses, clauses into list items; each figure takes its indicator
from the words around it, or, when it has none (增长5%), adds to the figure before it.
分别 pairs list items with figures in order; 均 gives every item the same figure.
"""
import re
from dataclasses import dataclass, replace
from typing import Callable, Optional

from ..lexicon import figure_prefixes, figure_suffixes, figures, units
from ..model import Observation
from .clauses import CLAUSE_END, bracketed, clause_before, clause_spans, each_marker
from .figures import classify, find_doublings, find_quantities, find_ranks, is_count
from .indicators import (clean_name, ends_with_head, object_phrase, only_function_words, peel_head, rate_head, split_name,
                         names_people, pending_name, strip_words, with_subject)
from .periods import clause_year, is_annual_average, reaches_level, stated_year

_ITEM_SEPARATORS = re.compile(figures()["indicator"]["item_separators"])
_RESPECTIVELY = "分别"


@dataclass(frozen=True)
class SentenceContext:
    """What the report says about a sentence: its period, whether it sets targets, how to spot other regions."""
    period: int
    target: bool = False
    area_of: Optional[Callable] = None
    period_start: Optional[int] = None
    reviewed: Optional[int] = None  # the year the report reviews


class _Reader:
    """Reads one sentence; keeps the observation being built and the topic carried between clauses."""

    def __init__(self, sentence, context):
        self.sentence, self.context = sentence, context
        self.text = sentence.text
        self.quantities = find_quantities(self.text)
        self.fixed = find_ranks(self.text) + find_doublings(self.text)  # figures whose role is fixed
        self.found, self.current, self.topic, self.group, self.pending = [], None, None, [], None

    def items(self, start, end):
        quantities = [(q.start, q) for q in self.quantities if start <= q.start < end]
        fixed = [(f.quantity.start, f) for f in self.fixed if start <= f.quantity.start < end]
        return [item for _, item in sorted(quantities + fixed, key=lambda pair: pair[0])]

    def read(self):
        if not self.quantities and not self.fixed:
            return []
        for start, end in clause_spans(self.text):
            items = self.items(start, end)
            clause = self.text[start:end]
            if any(marker in clause for marker in figures()["context"]["background"]):
                self.topic = clean_name(clause[: clause.find("在")]) if "在" in clause else self.topic
                continue
            if not items:
                # 下调…单位缴费比例，各地可降至16%: a clause without figures may name the one after it
                candidate = pending_name(clause)
                self.pending = candidate if len(candidate) >= 2 and not only_function_words(candidate) else None
                continue
            if _RESPECTIVELY in clause and self.respectively(start, end, items):
                continue
            if each_marker(self.text, start, end) >= 0 and self.each(start, end, items):
                continue
            if self.shared_change(start, end, items):
                continue
            self.pieces(start, end, items)
            self.pending = None
        return [observation for index, found in enumerate(self.found) for observation in self.freeze(index, found)]

    def shared_change(self, start, end, items):
        """二氧化硫、氮氧化物排放量要下降3%: one rate after a list holds for each item, as 均 says."""
        if len(items) != 1 or hasattr(items[0], "role") or "、" not in self.text[start:items[0].start]:
            return False
        figure, rest, bound = classify(self.text, items[0], start)
        if figure is None or figure.role != "changePercent":
            return False
        names = [clean_name(part) for part in rest.split("、")]
        if len(names) < 2 or any(len(name) < 2 for name in names):
            return False
        _, head = peel_head(names[-1])
        if not head:
            return False
        for number, name in enumerate(names):
            self.current = None
            self.apply(name if ends_with_head(name) else name + head, figure, bound, items[0].start, number)
        return True

    # -- list handling ---------------------------------------------------------------

    def pieces(self, start, end, items):
        """Cut a clause at 、/和 where each side has its own figure, and read each piece."""
        inside = bracketed(self.text, start, end)
        cuts = [start] + [m.end() for m in _ITEM_SEPARATORS.finditer(self.text, start, end) if m.start() not in inside]
        spans = [(a, (cuts[i + 1] - 1 if i + 1 < len(cuts) else end)) for i, a in enumerate(cuts)]
        merged = []
        for a, b in spans:
            if merged and not self.items(merged[-1][0], merged[-1][1]):
                a = merged.pop()[0]
            merged.append((a, b))
        if len(merged) > 1 and not self.items(*merged[-1]):
            last = merged.pop()
            merged[-1] = (merged[-1][0], last[1])
        lead = None
        for number, (a, b) in enumerate(merged):
            lead = self.piece(a, b, self.items(a, b), lead if number else None)

    def piece(self, start, end, items, shared_lead=None):
        """Read the figures of one list item; returns the verb that a following item may share."""
        previous_end, lead = start, None
        for index, item in enumerate(items):
            if hasattr(item, "role"):  # a rank or a doubling: its role is fixed
                self.apply(clean_name(self.text[previous_end:item.quantity.start]), item, None, item.quantity.start)
                previous_end = item.quantity.end
                continue
            figure, rest, bound = classify(self.text, item, previous_end)
            following = items[index + 1] if index + 1 < len(items) else None
            right_end = (following.quantity.start if hasattr(following, "role") else following.start) if following else end
            if figure is not None:
                name = clean_name(rest)
                if figure.role == "level" and (is_count(item.unit) or item.unit is None):
                    counted = self.counted(item, right_end)
                    if counted:
                        if not name and shared_lead:
                            name = shared_lead
                        lead = name if index == 0 and name in figures()["indicator"]["count_verbs"] else None
                        name = strip_words(name + counted)
                elif figure.role == "level" and self.text.startswith("的", item.end):
                    counted = object_phrase(self.text[item.end + 1:right_end])  # 336亿元的农业税赋: an amount of what
                    name = counted if len(counted) >= 2 else name
                elif figure.role == "level" and units().get(item.unit, (None, None))[1] == "currency":
                    name = self.purpose(name, item, right_end) or name
                verb_only = (name and (name in figures()["indicator"]["not_names"] or only_function_words(name))) or \
                    (not name and rest.strip("，,、；; ") and only_function_words(rest.strip("，,、；; ")))  # 完成350公里…
                nothing_before = not name and self.topic is None and \
                    not (self.current is not None and self.fits(self.current, "level", item))
                if figure.role == "level" and (verb_only or nothing_before):
                    counted = object_phrase(self.text[item.end:right_end])  # 增发1万亿元国债: what was issued
                    if len(counted) >= 2 and not name.endswith(counted):
                        name = strip_words(name + counted)
                if item.unit is None and name and names_people(name):
                    # 农业转移人口在城镇落户1400万, 8000万纳税人: a count of people without its measure word
                    figure = replace(figure, quantity=replace(item, unit=figures()["indicator"]["person_unit"]))
                self.apply(name, figure, bound, item.start)
            previous_end = item.end
        return lead

    def counted(self, item, right_end):
        """The thing a count counts, from the words after it (15项核心技术取得突破 counts 核心技术)."""
        rules = figures()["indicator"]
        after = self.text[item.end:right_end]
        if item.unit in rules["noun_units"] and (not after.strip("。！？!?；;") or after.startswith("的")):
            return rules["noun_units"][0]  # 近14亿人口的发展中大国: the figure is the population
        if item.unit is None:
            after = after.split("的", 1)[0]  # 14亿多中国人的饭碗: a bare count of people counts the people
        counted = object_phrase(after)
        if counted in rules["bare_objects"]:
            # 17个省（区、市）完成…并轨: the count is of provinces that did something; say what
            counted = clean_name(re.sub(r"（[^）]*）|\([^)]*\)", "", after))
        return counted

    def purpose(self, name, item, right_end):
        """安排219亿元，支持国有企业政策性关闭破产: money a funder spends is named by its purpose."""
        rules = figures()["indicator"]
        verb = next((v for v in sorted(rules["spending_verbs"], key=len, reverse=True) if name.endswith(v)), None)
        if verb is None and name:
            return None
        spent = object_phrase(_ITEM_SEPARATORS.split(self.text[item.end:right_end], 1)[0])
        if verb and len(spent) >= 2 and not any(ch.isdigit() for ch in spent) and not only_function_words(spent):
            return spent  # 国家今年再安排30亿元国债资金: the money is named after the figure
        after = self.text[item.end:].lstrip("，,")
        word = next((w for w in sorted(rules["purpose_words"], key=len, reverse=True) if after.startswith(w)), None)
        if word is None:
            return None
        purpose = clean_name(CLAUSE_END.split(after[len(word):], 1)[0])
        funder = name[: len(name) - len(verb)] if verb else ""
        return strip_words(funder + rules["purpose_joiner"] + purpose) if purpose else None

    def respectively(self, start, end, items):
        """水果、蔬菜产量分别达到1093.2万吨、1065.9万吨: pair the names with the figures in order."""
        at = self.text.index(_RESPECTIVELY, start)
        after = [item for item in items if not hasattr(item, "role") and item.start > at]
        if len(after) < 2:
            return False
        first, _, _ = classify(self.text, after[0], at + len(_RESPECTIVELY))
        if first is None:
            return False
        names = self.respective_names(self.text[start:at], len(after))
        if not names and len(self.group) != len(after) and len(self.found) >= len(after):
            self.group = self.found[-len(after):]  # the figures just named, in order
        if not names and len(self.group) == len(after):
            # 分别达到10493元和3255元，扣除价格因素，分别增长9.6%和6.2%: the same items again
            for observation, quantity in zip(self.group, after):
                role = first.role
                if self.fits(observation, role, quantity):
                    self.set(observation, role, replace(first, quantity=quantity), quantity.bound)
            return True
        if len(names) != len(after):
            return False
        _, head = peel_head(names[-1])
        if head:
            names = [name if ends_with_head(name) else name + head for name in names[:-1]] + [names[-1]]
        group = []
        for name, quantity in zip(names, after):
            self.current = None
            figure = replace(first, quantity=quantity)
            self.apply(name, figure, quantity.bound or (first_bound(self.text, after[0], at) if quantity is after[0] else None),
                       quantity.start)
            if self.current is not None:
                group.append(self.current)
        self.group = group
        return True

    @staticmethod
    def respective_names(text, count):
        """The list of names 分别 pairs with count figures: cut at 、, else also at 和/及/与, else one name split
        (城乡居民) or repeated."""
        for separators in ("、", _ITEM_SEPARATORS):
            parts = text.split(separators) if isinstance(separators, str) else separators.split(text)
            names = [name for name in (clean_name(part) for part in parts) if name]
            if len(names) == count:
                return names
        names = [name for name in (clean_name(part) for part in text.split("、")) if name]
        if len(names) == 1:
            names = split_name(names[0])
        if len(names) == 1:
            names = names * count
        return names

    def each(self, start, end, items):
        """A、B增速均保持在20%以上: the figure after 均 holds for every item before it."""
        at = each_marker(self.text, start, end)
        after = [item for item in items if not hasattr(item, "role") and item.start > at]
        if not after:
            return False
        cuts = [start] + [m.end() for m in re.finditer("、", self.text[start:at])]
        spans = [(a if i == 0 else start + a, (start + cuts[i + 1] - 1) if i + 1 < len(cuts) else at)
                 for i, a in enumerate(cuts)]
        _, head = peel_head(self.text[spans[-1][0]:spans[-1][1]])
        spans[-1] = (spans[-1][0], spans[-1][1] - len(head))
        names = []
        for a, b in spans:
            inner = self.items(a, b)
            if inner:
                self.piece(a, b, inner)
            words = self.text[a:b]
            for quantity in reversed([q for q in inner if not hasattr(q, "role")]):
                words = words[: quantity.start - a] + words[quantity.end - a:]
            names.append(clean_name(words))
        for quantity in after:
            figure, _, bound = classify(self.text, quantity, at + 1)
            if figure is None:
                continue
            for number, name in enumerate(names):
                self.current = None
                self.apply(name + head, figure, bound, quantity.start, number)
        return True

    # -- building observations -----------------------------------------------------

    def apply(self, name, figure, bound, anchor, copy=0):
        """Add a figure: a new observation when it has a name, else onto the one before it."""
        area = None
        if name and self.context.area_of:
            area, name = self.context.area_of(name)
        role, quantity, rules = figure.role, figure.quantity, figures()["indicator"]
        name = with_subject(name, self.text[:anchor])  # 粮食连续增产，总产量10570亿斤: the output is grain's
        if name and name.startswith(rules["share_of"]) and self.topic:
            name = self.topic + name  # 城镇常住人口…，占常住人口比重为63.99%
        elif name in rules["totals"] and self.current is not None and role == "level" \
                and self.fits(self.current, role, quantity):
            # 国内生产总值增长6.6%，总量突破90万亿元: the level joins the growth rate, whose bound (none) stays
            self.set(self.current, role, figure, None if self.current.get("changePercent") is not None else bound)
            return
        elif name in rules["totals"] and self.topic:
            verb = figure_prefixes("indicator", "count_verbs").longest(self.topic)
            name = self.topic[len(verb or ""):] + name  # 新增高新技术企业2200家、总数达1.45万家
        if name and (len(name) < 2 or name in rules["not_names"]):
            name = ""  # 增长5%, 中…: a fragment or a verb names nothing; the figure belongs to the one before
        head = rate_head(name) if name else None
        if role == "level" and quantity.unit == "%" and head:
            role = "changePercent"
            name = name[: -len(head)] or name
        if not name:
            if area is not None and self.topic:
                name = self.topic  # 洛阳市突破5400亿元: the figure before, for another region
            elif self.current is not None and self.fits(self.current, role, quantity):
                self.set(self.current, role, figure, bound)
                return
            if not self.topic and not self.pending:
                return
            name = self.topic or self.pending
        observation = {"indicator": name, "anchor": f"{anchor}-{copy}", "area": area,
                       "from": role == "level" and bool(
                           figure_suffixes("change", "from_words").longest(self.text, quantity.start))}
        self.set(observation, role, figure, bound)
        self.found.append(observation)
        self.current, self.topic = observation, name

    @staticmethod
    def fits(observation, role, quantity):
        if role == "level":
            return observation.get("value") is None and observation.get("unit") in (None, quantity.unit)
        if role == "changeValue":
            return observation.get("changeValue") is None and observation.get("unit") in (None, quantity.unit)
        return observation.get(role) is None

    def set(self, observation, role, figure, bound):
        quantity = figure.quantity
        if role in ("level", "changeValue") and quantity.kind in ("multiple", "tenths"):
            return  # 两倍, 三成: a ratio is never a level or an amount, whatever a pattern paired it with
        if role in ("changePercent", "changeValue", "changePoints") and self.states_annual_average(quantity.start):
            observation["annual"] = True
        if role == "level":
            observation["value"], observation["unit"] = quantity.value, quantity.unit
            observation["level_at"] = quantity.start
        elif role == "changePercent":
            observation.setdefault("change_at", quantity.start)
            factor = 100 if quantity.kind == "multiple" else 1
            observation["changePercent"] = quantity.value * factor * figure.sign
        elif role == "changeValue":
            observation.setdefault("change_at", quantity.start)
            observation["changeValue"] = quantity.value * figure.sign
            observation.setdefault("unit", quantity.unit)
            if observation["unit"] is None:
                observation["unit"] = quantity.unit
        elif role == "changePoints":
            observation["changePoints"] = quantity.value * figure.sign
        elif role == "rank":
            observation["rank"], observation["rankScope"] = int(quantity.value), figure.rank_scope
        if bound and not observation.get("bound"):
            observation["bound"] = bound
        if quantity.upper is not None and role != "rank":
            observation["lower"], observation["upper"] = quantity.value * figure.sign, quantity.upper * figure.sign
            if figure.sign < 0:
                observation["lower"], observation["upper"] = observation["upper"], observation["lower"]
            observation["bound"] = "between"
        if role == "changePoints" and observation.get("unit") == "%" and observation.get("changeValue") is None:
            observation["changeValue"] = observation["changePoints"]  # points are the change of a share in %

    def states_annual_average(self, at):
        """Whether the change at this offset is an average annual one (年均增长7.1%, 平均每年减少1000万人): an
        annual word among the few characters of its clause before it."""
        return is_annual_average(clause_before(self.text, at, 8))

    def freeze(self, index, found):
        period, start, target = self.context.period, self.context.period_start, self.context.target
        at = found.get("level_at")
        own_year = stated_year(self.text, at) or clause_year(self.text, at) if at is not None else None
        if own_year is not None:
            # 从2012年的639亿元增加到2017年的1923亿元: each level in the year it names, a goal if still to come
            later = self.context.reviewed if self.context.reviewed is not None else self.context.period
            period, start, target = own_year, None, own_year > later
        elif found.get("from") and period is not None:
            # 国内生产总值从54万亿元增加到82.7万亿元 over 2013–2017: 54万亿 is the level the span started from
            period, start, target = (start or period) - 1, None, False
        elif start is not None and at is not None and reaches_level(self.text, at):
            if found.get("change_at") is not None:
                # 从54万亿元增加到82.7万亿元，年均增长7.1%: the level of the span's last year, the change of the span
                level, rate = _level_and_rate(found)
                return self._frozen(level, period, None, target) + self._frozen(rate, period, start, target)
            start = None  # 铁路营业里程达到12.7万公里 after five years: the level at the span's end
        elif start is not None and at is not None and found.get("annual") and found.get("change_at") is not None:
            # 累计支出4.47万亿元，年均增长23.5%: the span's sum and its average yearly rate are two figures
            level, rate = _level_and_rate(found)
            return self._frozen(level, period, start, target) + self._frozen(rate, period, start, target)
        return self._frozen(found, period, start, target)

    def _frozen(self, found, period, start, target):
        return (Observation(
            indicator=found["indicator"], sentence=self.sentence, anchor=found["anchor"],
            value=found.get("value"), unit=found.get("unit"), change_percent=found.get("changePercent"),
            change_value=found.get("changeValue"), change_points=found.get("changePoints"),
            rank=found.get("rank"), rank_scope=found.get("rankScope"), bound=found.get("bound"),
            period=period, area=found.get("area"), target=target,
            period_start=start, annual_average=bool(found.get("annual")),
            lower=found.get("lower"), upper=found.get("upper")),)


def first_bound(text, quantity, at):
    """A bound word standing between 分别 and the first figure (分别超过…)."""
    _, _, bound = classify(text, quantity, at)
    return bound


def read_observations(sentence, context):
    """Every figure of a sentence as Observations, in the order they stand."""
    return tuple(_Reader(sentence, context).read())


def _level_and_rate(found):
    """An observation read with both a level and a change, as two: the level, and the change on its own anchor."""
    level = {key: found[key] for key in ("indicator", "anchor", "value", "unit", "bound", "area", "rank", "rankScope")
             if key in found}
    rate = {key: value for key, value in found.items() if key not in ("value", "level_at", "bound", "rank", "rankScope")
            and (key != "unit" or found.get("changeValue") is not None)}
    rate["anchor"] = f"{found['change_at']}-0"
    return level, rate
