"""Mention stage: the names in one sentence — regions, programs, organizations, events, people, places, industries.

Regions come from the gazetteer, industries from their scheme, people after a title; the rest
are headed or quoted names (kg/names.py).
"""
import re
from dataclasses import replace
from functools import lru_cache

from ..lexicon import PrefixIndex, SuffixIndex
from ..model import Mention
from .industries import industry_lexicon
from .known import find_known
from .marked import find_book_titles, find_numbered_events
from .names import PUNCT, find_quoted, headed_names, is_generic, is_proper_place, normalize_label, rules
from .regions import gazetteer, is_municipality, township_names
from .words import is_word_start

_CJK = re.compile(r"[\u4e00-\u9fff]")


def find_regions(text, scope):
    """Regions the gazetteer knows, by full name anywhere or by short name for provinces and cities."""
    gaz = gazetteer()
    lengths, starts, openings = _region_lengths()
    phrases, any_phrase = _not_regions()
    blocked = [(m.start(), m.end()) for phrase, pattern in (phrases if any_phrase.search(text) else ())
               if phrase in text for m in pattern.finditer(text)]  # most sentences hold none: one search tells
    found, index = [], 0
    while index < len(text):
        candidate = starts.search(text, index)  # skip characters no name starts with
        if candidate is None:
            break
        index = candidate.start()
        match = None
        if text[index:index + 2] not in openings:  # no name starts with these two characters
            index += 1
            continue
        for length in lengths[text[index]]:  # longest first, as the gazetteer has them
            if index + length > len(text):
                continue
            name = text[index:index + length]
            if name not in gaz.by_name:
                continue
            region = gaz.resolve(name, scope)
            if region is None:
                continue
            if name != region.name and region.level == "county" and region.parent_code != scope.code:
                continue  # a county's bare short name (交城) is too often an ordinary word, but not in its city's report
            if name != region.name and not is_word_start(text, index, len(name)):
                continue  # 平衡水资源, 文山会海: a short name inside other words
            if name == region.name and len(name) < 3 and region.level == "county":
                continue  # 城区, 郊区: only with their city
            if any(a <= index < b for a, b in blocked):
                continue
            if name != region.name and _longer_name_inside(text, index, len(name)):
                continue  # 会议上海拉尔区: 上海 gives way to the longer name that starts inside it
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
    return found + _townships(text, scope, found)


def _townships(text, scope, found):
    """The townships of the report's own city or county written in full (奋斗镇, 靠山街道), where no other
    region's name already stands."""
    pattern, towns = township_names(scope)
    if pattern is None:
        return []
    taken = [(m.start, m.end) for m in found]
    return [Mention(kind="township", label=match.group(), start=match.start(), end=match.end(), written=match.group(),
                    code=towns[match.group()].code, parent=towns[match.group()].parent_code)
            for match in pattern.finditer(text)
            if not any(start < match.end() and match.start() < end for start, end in taken)]


def _longer_name_inside(text, index, length):
    """True when a full division name longer than the short name at index starts inside it."""
    lengths = _region_lengths()[0]
    gaz = gazetteer()
    for inner in range(index + 1, index + length):
        for size in lengths.get(text[inner], ()):
            name = text[inner:inner + size]
            if size > length and inner + size <= len(text) and name in gaz.by_name \
                    and any(gaz.by_code[code].name == name for code in gaz.by_name[name]):
                return True
    return False


@lru_cache(maxsize=None)
def _region_lengths():
    """For each character a gazetteer name (2 to 12 characters) starts with, the lengths of those names,
    longest first; a pattern matching those characters before a character such a name goes on with; the names'
    first two characters."""
    lengths = {}
    for name in gazetteer().by_name:
        if 2 <= len(name) <= 12:
            lengths.setdefault(name[0], set()).add(len(name))
    openings = frozenset(name[:2] for name in gazetteer().by_name if 2 <= len(name) <= 12)
    firsts, seconds = sorted(lengths), sorted({opening[1] for opening in openings})
    return ({first: sorted(found, reverse=True) for first, found in lengths.items()},
            re.compile(f"[{''.join(map(re.escape, firsts))}](?=[{''.join(map(re.escape, seconds))}])"), openings)


@lru_cache(maxsize=None)
def _not_regions():
    """(phrase, its pattern) for the phrases no region name inside is one, and a pattern finding any of them."""
    phrases = rules()["regions"]["not_regions"]
    return [(phrase, re.compile(re.escape(phrase))) for phrase in phrases], _any_of(phrases)


@lru_cache(maxsize=None)
def _local_pattern():
    suffixes = rules()["regions"]["local_suffixes"]
    return re.compile(r"[\u4e00-\u9fff]{1,5}?(" + "|".join(map(re.escape, suffixes)) + ")")


def _local_place(text, at, county):
    """A township or village named right after its county (偏关县老牛湾村)."""
    match = _local_pattern().match(text, at)
    if not match:
        return None
    name = match.group(0)
    kind = "township" if match.group(1) in ("乡", "镇", "街道") else "village"
    known = township_names(county)[1].get(name)
    return Mention(kind=kind, label=name, start=at, end=at + len(name), written=name, parent=county.code,
                   code=known.code if known else None)


def _occurrences(word, text):
    """Where word occurs in text, left to right, without overlaps (as re.finditer finds a plain word)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def find_people(text):
    """People named after a title (省长金湘军)."""
    people = rules()["people"]
    found = []
    titles, any_title, comrade = _titles()
    for title in titles if any_title.search(text) else ():  # most sentences name no title: one scan tells
        for start in _occurrences(title, text):
            at = start + len(title)
            if at >= len(text) or text[at] not in people["surnames"]:
                continue
            for length in (3, 2):
                after = text[at + length:]
                if _CJK.fullmatch(text[at:at + length][-1:] or "x") and \
                        (not after or _after_name().longest(after) is not None):
                    found.append(Mention(kind="Person", label=text[at:at + length], start=at, end=at + length,
                                         written=text[at:at + length], role=title))
                    break
    for match in comrade.finditer(text):  # 以习近平同志为核心: a name before 同志
        for length in (3, 2):
            at = match.start() - length
            name = text[at:match.start()]
            if at >= 0 and name[0] in people["surnames"] and _CJK.fullmatch(name[-1]) \
                    and not any(m.start <= at < m.end for m in found):
                found.append(Mention(kind="Person", label=name, start=at, end=match.start(), written=name))
                break
    return found


@lru_cache(maxsize=None)
def _titles():
    """Titles longest first, a pattern finding any of them, and the pattern of a name before 同志."""
    people = rules()["people"]
    titles = tuple(sorted(people["titles"], key=len, reverse=True))
    return titles, _any_of(titles), re.compile(people["comrade"])


def _any_of(words):
    """A pattern that finds any of words (to tell at once that a sentence holds none of them)."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def find_bodies(text, region):
    """The congress, consultative conference, government and party committee of the report's region and of the
    regions above it, by their short forms (市委 in a district's report is its city's)."""
    found = []
    bodies, any_alias = _bodies(region)
    for label, aliases in bodies if any_alias.search(text) else ():
        for alias in aliases:
            for start in _occurrences(alias, text):
                if any(m.start <= start < m.end for m in found):
                    continue
                found.append(Mention(kind="Organization", label=label, start=start, end=start + len(alias),
                                     written=alias))
    return found


@lru_cache(maxsize=None)
def _bodies(region):
    """(label, aliases longest first) for each body of the report's region and of the regions above it, and a
    pattern finding any alias."""
    national = region.level == "country"
    levels = {} if national else _levels_above(region)
    found = []
    for body in rules()["bodies"].values():
        if national:
            if "national_label" in body:
                found.append((body["national_label"], tuple(sorted(body["own"] + [body["national_label"]],
                                                                    key=len, reverse=True))))
            continue
        for level, owner in sorted(levels.items()):
            words = body[level] + (body["own"] if owner.code == region.code else [])
            label = body["label"].format(region=owner.name)
            aliases = {alias.format(region=owner.name) for alias in words} | {label}
            found.append((label, tuple(sorted(aliases, key=lambda a: (-len(a), a)))))
    return tuple(found), _any_of([alias for _, aliases in found for alias in aliases])


def _levels_above(region):
    """{province|city|county: the region of that level a report's region is or lies in}; a municipality is the
    city of its districts' reports, and its own."""
    gaz = gazetteer()
    chain = [region] + gaz.ancestors(region)
    levels = {r.level: r for r in chain if r.level in ("province", "city", "county")}
    municipality = next((r for r in chain if is_municipality(r)), None)
    if municipality is not None:
        levels["city"] = municipality
    return levels


def find_industries(text):
    """Industries named in text, by the labels and synonyms of the industry scheme, longest first."""
    lexicon = industry_lexicon()
    starts, not_before = _industry_starts(), _not_before()
    found, index = [], 0
    while index < len(text):
        candidate = starts.search(text, index)  # skip characters no industry word starts with
        if candidate is None:
            break
        index = candidate.start()
        word = lexicon.index.longest(text, index)
        if word is not None and text[index + len(word):index + len(word) + 1] in not_before:
            word = None  # 工业化 is no industry
        if word is None:
            index += 1
            continue
        iri, label = lexicon.by_word[word]
        found.append(Mention(kind="Industry", label=label, start=index, end=index + len(word), written=word,
                             industry=iri))
        index += len(word)
    return found


@lru_cache(maxsize=None)
def _industry_starts():
    return industry_lexicon().index.starts()


@lru_cache(maxsize=None)
def _not_before():
    return tuple(rules()["heads"]["not_before"])


def find_mentions(text, region):
    """Every mention in one sentence of normalized text, in order; region is the report's region."""
    regions = find_regions(text, region)
    people = find_people(text)
    quoted = find_quoted(text) + [_placed(m, regions) for m in find_book_titles(text)] + find_numbered_events(text)
    taken = [(m.start, m.end) for m in people + quoted]
    named = []
    for start, end, kind, head_length in headed_names(text, taken):
        label = normalize_label(text[start:end])
        if is_generic(label, kind) or any(r.end == end and r.code for r in regions):
            continue  # 上海浦东新区 is the district 浦东新区, no place of its own
        if kind in ("Organization", "Place") and not _anchored(text, start, regions) \
                and not (kind == "Place" and is_proper_place(label, head_length)):
            continue  # 建成一批口袋公园: a kind of place; 启动三角地商圈改造: a proper name wherever it stands
        within = [r for r in regions if start <= r.start < end and r.kind in ("province", "city", "county")]
        named.append(Mention(kind=kind, label=label, start=start, end=end, written=text[start:end],
                             parent=within[0].code if within and within[0].start == start else None))
    events = [n for n in named if n.kind == "Event"]
    bodies = [b for b in find_bodies(text, region) if not any(e.start <= b.start and b.end <= e.end for e in events)]
    industries = find_industries(text)  # also inside names: a program names the industries it concerns
    named = [n for n in named if n.label not in industry_lexicon().by_word]
    # one thing, one mention: the lexicon's label wins over a quoted or headed form of the same words, and
    # over a headed name that only puts a verb before it (用好超长期特别国债)
    # a known program inside a longer named one (“两基”攻坚计划) is part of it; known places and bodies stay
    # a known zone that is a district of the report's own region (浦东新区 in Shanghai's report) is that district
    own = [r for r in regions if r.kind == "county" and region.level != "country"]
    known = [k for k in find_known(text) if not any(r.start <= k.start and k.end <= r.end for r in own)]
    known = [k for k in known
             if k.kind != "Program" or not (
                 any(n.start <= k.start and k.end < n.end and n.kind in ("Program", "Event") for n in named)
                 or any(q.start <= k.start and k.end <= q.end and len(q.label) > len(k.written) for q in quoted))]
    named = [n for n in named if not any(k.start <= n.start and n.end <= k.end or (k.end == n.end and k.kind == n.kind)
                                         for k in known)]
    quoted = [q for q in quoted if not any(k.start < q.end and q.start < k.end and k.end - k.start >= len(q.label)
                                           for k in known)]
    bodies = [b for b in bodies if not any(k.start <= b.start and b.end <= k.end for k in known)]
    mentions = regions + people + bodies + quoted + named + known + industries
    return sorted(mentions, key=lambda m: (m.start, -m.end, m.kind))


def _placed(mention, regions):
    """An organization whose name opens with a region (《晋中日报》) lies in that region."""
    opening = [r for r in regions if r.start in (mention.start, mention.start + 1) and r.kind in ("province", "city", "county")]
    if mention.kind != "Organization" or not opening:
        return mention
    return replace(mention, parent=opening[0].code)


def _anchored(text, start, regions):
    """An organization or place is named, not described, when a region or 我省 stands at its start."""
    if any(r.start == start for r in regions):
        return True
    return _own_words().longest(text, start) is not None or start == 0 or text[start - 1] in PUNCT \
        or text[start - 1] in "的"


@lru_cache(maxsize=None)
def _own_words():
    return SuffixIndex(rules()["regions"]["own"])


@lru_cache(maxsize=None)
def _after_name():
    return PrefixIndex(rules()["people"]["after"])
