"""Mention stage: the names in one sentence — regions, programs, organizations, events, people, places, industries.

Chinese has no spaces, so a name is found by its end (a head word such as 建设, 论坛, 银行)
and its start (a boundary: punctuation, a verb that introduces things, a number's measure word),
or by quotes, a title before a person, or the gazetteer for regions.
"""
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .figures import find_quantities, quoted_spans
from .industries import industry_lexicon
from .lexicon import data_path, longest_prefix, longest_suffix
from .regions import gazetteer

import tomllib

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = set("，。；：！？、,.;:!?（）()《》“”\"‘’「」 \n")
_QUOTES = "“”\"‘’「」『』"


@dataclass(frozen=True)
class Mention:
    """A name found in a sentence: its kind, normalized label, span and what it was resolved to."""
    kind: str
    label: str
    start: int
    end: int
    written: str = ""
    code: Optional[str] = None
    parent: Optional[str] = None
    industry: Optional[str] = None


@lru_cache(maxsize=None)
def rules():
    """kg/data/entities.toml with its head patterns compiled."""
    with data_path("entities.toml").open("rb") as handle:
        data = tomllib.load(handle)
    heads = []
    for kind in ("Event", "Organization", "Place", "Program"):
        for word in data["heads"][kind]:
            heads.append((kind, re.compile(f"(?:{word})") if any(c in word for c in "[]+") else None, word))
    data["head_list"] = heads
    return data


def normalize_label(text):
    """A label without quotes, spaces or book-title marks: the form entities are merged on.

    >>> normalize_label("“1+N”政策体系"), normalize_label("《山西晚报》")
    ('1+N政策体系', '山西晚报')
    """
    return re.sub(r"[\s“”\"‘’「」『』《》]", "", text)


def _heads_ending_at(text):
    """(end, kind, head length) for every head word that ends somewhere in text."""
    found = []
    for kind, pattern, word in rules()["head_list"]:
        if pattern is not None:
            found += [(m.end(), kind, m.end() - m.start()) for m in pattern.finditer(text)]
            continue
        at = text.find(word)
        while at >= 0:
            found.append((at + len(word), kind, len(word)))
            at = text.find(word, at + 1)
    return found


def _boundaries(text, blocked):
    """Positions where a name may start: after punctuation, boundary words and counted quantities."""
    starts = {0}
    for index, ch in enumerate(text):
        if ch in _PUNCT:
            starts.add(index + 1)
    for word in rules()["boundaries"]["before"]:
        at = text.find(word)
        while at >= 0:
            starts.add(at + len(word))
            at = text.find(word, at + 1)
    for quantity in find_quantities(text):
        starts.add(quantity.end)
    return sorted(s for s in starts if s not in blocked)


def _head_ends_word(text, end, head_length):
    """A head ends a word when the next character does not continue it (战略性, 工作面 are no heads)."""
    if any(text.endswith(word, 0, end) for word in rules()["heads"]["not_heads"]):
        return False
    if end >= len(text):
        return True
    following = text[end]
    if following in rules()["heads"]["not_before"]:
        return False
    if head_length == 1:  # 制, 泉: only right before punctuation or a verb that ends the name
        return following in _PUNCT or any(text.startswith(w, end) for w in rules()["boundaries"]["stops"])
    return True


def _strip_lead(name, start):
    """Peel boundary words and descriptors off the front of a name (布局建设 → 建设)."""
    bounds = rules()["boundaries"]
    while True:
        word = longest_prefix(name, bounds["before"])
        if not word or len(word) >= len(name):
            return name, start
        name, start = name[len(word):], start + len(word)


def headed_names(text, taken):
    """Names that end in a head word, each from the nearest boundary that leaves a real name."""
    bounds = rules()["boundaries"]
    whole = rules()["heads"]["whole_names"]
    stops = bounds["stops"]
    candidates = []
    ends = {}
    for end, kind, head_length in _heads_ending_at(text):
        if _head_ends_word(text, end, head_length) and ends.get((end, kind), 0) < head_length:
            ends[(end, kind)] = head_length
    starts = _boundaries(text, set())
    for (end, kind), head_length in sorted(ends.items()):
        for start in sorted((s for s in starts if s < end), reverse=True):
            name = text[start:end]
            if any(ch in _PUNCT for ch in name) or any(stop in name for stop in stops) or len(name) > bounds["max_length"]:
                break
            if any(a < end and start < b for a, b in taken):
                break
            if len(name) < bounds["min_length"]:
                continue  # 举办首届博士后创新大赛: 大赛 alone is too short, look further left
            if len(name) <= head_length and name not in whole:
                break
            name, start = _strip_lead(name, start)
            if (len(name) > head_length or name in whole) and len(name) >= bounds["min_length"] \
                    and not name[0].isdigit() and not find_quantities(name):
                candidates.append((start, end, kind, head_length))
            break
    return _outermost(text, candidates)


def _outermost(text, candidates):
    """Of overlapping names keep the longest, unless its head is weak and a name inside it is real."""
    weak = rules()["boundaries"]["weak_heads"]
    kept = []
    for start, end, kind, head_length in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
        inner = [c for c in candidates if c != (start, end, kind, head_length) and start <= c[0] and c[1] <= end]
        if inner and text[end - head_length:end] in weak:
            continue
        if any(k[0] <= start and end <= k[1] for k in kept):
            continue
        kept = [k for k in kept if not (start <= k[0] and k[1] <= end)]
        kept.append((start, end, kind, head_length))
    return kept


def _is_generic(label, kind):
    bounds = rules()["boundaries"]
    bare = label
    while True:
        word = longest_prefix(bare, bounds["lead_strip"])
        if not word or len(bare) == len(word):
            break
        bare = bare[len(word):]
    if label in bounds["generic"] or bare in bounds["generic"]:
        return True
    if kind in ("Organization", "Place") and longest_prefix(label, bounds["generic_prefixes"]):
        return True
    return False


def find_regions(text, scope):
    """Regions the gazetteer knows, by full name anywhere or by short name for provinces and cities."""
    gaz = gazetteer()
    names = rules()["regions"]
    blocked = [(m.start(), m.end()) for phrase in names["not_regions"] for m in re.finditer(re.escape(phrase), text)]
    found, index = [], 0
    while index < len(text):
        match = None
        for length in range(min(12, len(text) - index), 1, -1):
            name = text[index:index + length]
            if name not in gaz.by_name:
                continue
            region = gaz.resolve(name, scope)
            if region is None:
                continue
            if name != region.name and region.level == "county":
                continue  # a county's bare short name (交城) is too often an ordinary word
            if name == region.name and len(name) < 3 and region.level == "county":
                continue  # 城区, 郊区: only with their city
            if any(a <= index < b for a, b in blocked):
                continue
            match = (region, name)
            break
        if match is None:
            index += 1
            continue
        region, name = match
        end = index + len(name)
        found.append(Mention(kind=region.level, label=region.name, start=index, end=end, written=name, code=region.code))
        if region.level == "county":
            local = _local_place(text, end, region)
            if local is not None:
                found.append(local)
                end = local.end
        index = end
    return found


def _local_place(text, at, county):
    """A township or village named right after its county (偏关县老牛湾村)."""
    suffixes = rules()["regions"]["local_suffixes"]
    match = re.match(r"[\u4e00-\u9fff]{1,5}?(" + "|".join(map(re.escape, suffixes)) + ")", text[at:])
    if not match:
        return None
    name = match.group(0)
    kind = "township" if match.group(1) in ("乡", "镇", "街道") else "village"
    return Mention(kind=kind, label=name, start=at, end=at + len(name), written=name, parent=county.code)


def find_quoted(text):
    """Quoted names: programs unless their head says event or organization; slogans left out."""
    quoted = rules()["quoted"]
    found = []
    for start, end in quoted_spans(text):
        inner = text[start + 1:end - 1]
        if not inner or inner in quoted["slogans"] or not _CJK.search(inner) and not re.search(r"[A-Za-z+]", inner):
            continue
        if re.fullmatch(r"[一二三四五六七八九十两0-9]+[五]?", inner):
            continue
        tail = re.match(r"[\u4e00-\u9fff]{1,6}", text[end:])
        written, stop = text[start:end], end
        if tail:
            for kind, pattern, word in rules()["head_list"]:
                if kind in ("Program", "Event") and pattern is None and tail.group(0).startswith(word) is False \
                        and tail.group(0).endswith(word) and len(tail.group(0)) <= 4:
                    written, stop = text[start:end + len(tail.group(0))], end + len(tail.group(0))
                    break
        kind = _kind_of(normalize_label(written))
        kind = kind if kind in ("Event", "Organization") else "Program"  # a quoted name is no place
        if kind == "Program" and _campaign_follows(text, stop):
            kind = "Event"
        found.append(Mention(kind=kind, label=normalize_label(written), start=start, end=stop, written=written))
    return found


def _campaign_follows(text, at):
    """“晋情消费·全晋乐购”“东方甄选”山西行等促消费活动: quoted names listed before …活动 are events."""
    rest = re.sub(r"“[^”]{0,12}”", "", text[at:at + 30])
    match = re.match(r"[\u4e00-\u9fff]{0,4}?等[\u4e00-\u9fff]{0,4}活动", rest)
    return match is not None


def _kind_of(label):
    best = None
    for kind, pattern, word in rules()["head_list"]:
        if pattern is not None:
            if pattern.search(label) and label.endswith(pattern.search(label).group(0)):
                return kind
        elif label.endswith(word) and (best is None or len(word) > best[1]):
            best = (kind, len(word))
    return best[0] if best else None


def find_people(text):
    """People named after a title (省长金湘军)."""
    people = rules()["people"]
    found = []
    for title in sorted(people["titles"], key=len, reverse=True):
        for match in re.finditer(re.escape(title), text):
            at = match.end()
            if at >= len(text) or text[at] not in people["surnames"]:
                continue
            for length in (3, 2):
                after = text[at + length:]
                if _CJK.fullmatch(text[at:at + length][-1:] or "x") and \
                        (not after or any(after.startswith(w) for w in people["after"])):
                    found.append(Mention(kind="Person", label=text[at:at + length], start=at, end=at + length,
                                         written=text[at:at + length]))
                    break
    return found


def find_bodies(text, region):
    """The report region's congress, consultative conference and government by their short forms."""
    found = []
    for key, body in rules()["bodies"].items():
        label = body["label"].format(region=region.name)
        for alias in sorted(body["aliases"] + [label], key=len, reverse=True):
            for match in re.finditer(re.escape(alias), text):
                if any(m.start <= match.start() < m.end for m in found):
                    continue
                found.append(Mention(kind="Organization", label=label, start=match.start(), end=match.end(),
                                     written=alias))
    return found


def find_industries(text):
    """Industries named in text, by the labels and synonyms of the industry scheme, longest first."""
    lexicon = industry_lexicon()
    found, index = [], 0
    while index < len(text):
        word = lexicon.index.longest(text, index)
        if word is not None and text[index + len(word):index + len(word) + 1] in tuple(rules()["heads"]["not_before"]):
            word = None  # 工业化 is no industry
        if word is None:
            index += 1
            continue
        iri, label = lexicon.by_word[word]
        found.append(Mention(kind="Industry", label=label, start=index, end=index + len(word), written=word,
                             industry=iri))
        index += len(word)
    return found


def find_mentions(text, region):
    """Every mention in one sentence of normalized text, in order; region is the report's region."""
    regions = find_regions(text, region)
    people = find_people(text)
    quoted = find_quoted(text)
    taken = [(m.start, m.end) for m in people + quoted]
    named = []
    for start, end, kind, _ in headed_names(text, taken):
        label = normalize_label(text[start:end])
        if _is_generic(label, kind):
            continue
        if kind in ("Organization", "Place") and not _anchored(text, start, regions):
            continue
        within = [r for r in regions if start <= r.start < end and r.kind in ("province", "city", "county")]
        named.append(Mention(kind=kind, label=label, start=start, end=end, written=text[start:end],
                             parent=within[0].code if within and within[0].start == start else None))
    events = [n for n in named if n.kind == "Event"]
    bodies = [b for b in find_bodies(text, region) if not any(e.start <= b.start and b.end <= e.end for e in events)]
    industries = find_industries(text)  # also inside names: a program names the industries it concerns
    named = [n for n in named if n.label not in industry_lexicon().by_word]
    mentions = regions + people + bodies + quoted + named + industries
    return sorted(mentions, key=lambda m: (m.start, -m.end, m.kind))


def _anchored(text, start, regions):
    """An organization or place is named, not described, when a region or 我省 stands at its start."""
    if any(r.start == start for r in regions):
        return True
    own = rules()["regions"]["own"]
    return longest_suffix(text[:start], own) is not None or start == 0 or text[start - 1] in _PUNCT \
        or text[start - 1] in "的"
