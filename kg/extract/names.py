"""Name stage: where a name starts and ends in text without spaces.

A name ends in a head word (建设, 论坛, 银行, read from kg/data/entities.toml) and starts at a
boundary: punctuation, a verb that introduces things (加快, 举办), or a counted quantity. Quoted
names stand on their own.
"""
import re
import tomllib
from functools import lru_cache

from ..lexicon import PrefixIndex, SuffixIndex, data_path
from ..model import Mention
from .figures import find_quantities, quoted_spans, states_quantity
from .numbers import NUMBER
from .regions import gazetteer
from .words import after_function_word, dictionary, holds_name, is_noun, is_word_start, leading_function_word, word_at

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十两双百千万]")  # “双减”, “六稳”: a numbered slogan names a programme
PUNCT = set("，。；：！？、,.;:!?（）()《》“”\"‘’「」 \n—")
_PUNCT_CLASS = re.compile("[" + "".join(re.escape(ch) for ch in sorted(PUNCT)) + "]")
KINDS = ("Event", "Organization", "Place", "Program")  # the kinds of names head words end


@lru_cache(maxsize=None)
def rules():
    """kg/data/entities.toml with its head patterns compiled."""
    with data_path("entities.toml").open("rb") as handle:
        data = tomllib.load(handle)
    heads = []
    for kind in KINDS:
        for word in data["heads"][kind]:
            heads.append((kind, re.compile(f"(?:{word})") if any(c in word for c in "[]+") else None, word))
    provinces = sorted((r.short_name for r in gazetteer().by_code.values() if r.level == "province"), key=len, reverse=True)
    tour = f"(?:{'|'.join(map(re.escape, provinces))}){data['heads']['province_tour']}"
    heads.append(("Event", re.compile(tour), tour))
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
    found = [(m.end(), kind, m.end() - m.start()) for kind, pattern in _head_patterns() for m in pattern.finditer(text)]
    found += [(end, kind, len(word)) for end, (kind, word) in _word_ends(text, *_head_words())]
    return found


@lru_cache(maxsize=None)
def _head_patterns():
    return tuple((kind, pattern) for kind, pattern, _ in rules()["head_list"] if pattern is not None)


@lru_cache(maxsize=None)
def _head_words():
    return _by_last_character((word, (kind, word)) for kind, pattern, word in rules()["head_list"] if pattern is None)


@lru_cache(maxsize=None)
def _boundary_words():
    return _by_last_character((word, word) for word in rules()["boundaries"]["before"])


def _by_last_character(pairs):
    """(a pattern finding where a word may end, ({last two characters: [(length, word, payload)], shortest first},
    {one-character word: [payloads]})) for finding where words end."""
    by_pair, single = {}, {}
    for word, payload in pairs:
        if len(word) > 1:
            by_pair.setdefault(word[-2:], []).append((len(word), word, payload))
        elif word:
            single.setdefault(word, []).append(payload)
    for found in by_pair.values():
        found.sort(key=lambda entry: entry[0])  # stable: a word's payloads keep their order
    # a word may end at a last character after a character some word has before its last, or at a one-character
    # word (the last character first: the pattern skips to it)
    after = ([f"(?<={_character_class({pair[0] for pair in by_pair})}.)"] if by_pair else []) + \
        ([f"(?<={_character_class(single)})"] if single else [])
    lasts = _character_class({pair[1] for pair in by_pair} | single.keys())
    return re.compile(f"{lasts}(?:{'|'.join(after)})" if after else "(?!)"), (by_pair, single)


def _character_class(characters):
    return "[" + "".join(re.escape(ch) for ch in sorted(characters)) + "]" if characters else "(?!)"


def _word_ends(text, lasts, table):
    """[(end, payload)] for every occurrence of every word of a _by_last_character table, overlaps included."""
    return [(match.end(), payload) for match in lasts.finditer(text)
            for payload in _ending_at(text, match.end(), table)]


def _ending_at(text, end, table):
    """[payload] of the words of a _by_last_character table that end at text[end] (end > 0)."""
    by_pair, single = table
    found = by_pair.get(text[end - 2:end]) if end > 1 else None  # most characters end no word here
    if found is None:
        return single.get(text[end - 1], ())
    return [*single.get(text[end - 1], ()),
            *(payload for length, word, payload in found if length <= end and text.startswith(word, end - length))]


def _starts_before(text, end, noun_starts):
    """Where a name ending at end may start, nearest first: at 0, after punctuation, a counted quantity
    (noun_starts) or a boundary word; no further back than max_length, nor than the punctuation before end (a
    name holds neither, so the search for its start stops there)."""
    not_before, table = rules()["heads"]["not_before"], _boundary_words()[1]
    by_pair, single = table
    for start in range(end - 1, max(end - rules()["boundaries"]["max_length"], 0) - 1, -1):
        if start == 0 or start in noun_starts:
            yield start
        elif text[start - 1] in PUNCT:
            yield start
            return
        elif (text[start - 2:start] in by_pair or text[start - 1] in single) \
                and text[start] not in not_before \
                and any(is_word_start(text, start - len(word), len(word)) for word in _ending_at(text, start, table)):
            yield start  # not 创新 in 创新型国家, not 全市 in 健全市场, not 把 in 把握


def _head_ends_word(text, end, head_length, kind=None):
    """A head ends a word when the next character does not continue it (战略性, 工作面 are no heads)."""
    if _suffixes("not_heads", "heads").longest(text, end) is not None:
        return False
    if end >= len(text):
        return True
    following = text[end]
    if following in rules()["heads"]["not_before"] or \
            _prefixes("not_before_words", "heads").longest(text, end) is not None:
        return False
    if kind == "Organization" and head_length > 1 and after_function_word(text, end - head_length):
        return False  # 扩大学: 大学 is no head where the verb 扩大 takes its first character
    if head_length == 1:  # 制, 泉: only right before punctuation or a verb that ends the name
        if text[end - 2:end] in dictionary() and not holds_name(text[end - 2:end]):
            return False  # 红线, 底线, 航线: the head ends a common word, not a name (长江, a name, does)
        if following in PUNCT or _prefixes("stops").longest(text, end) is not None:
            return True
        # or, for a place (苏州河环境整治, 洋山港区), where a word starts that does not go on from the head
        return kind == "Place" and text[end - 1:end + 1] not in dictionary() and word_at(text, end) is not None
    return True


def _strip_lead(name, start, noun_start=False):
    """Peel boundary words and descriptors off the front of a name (布局建设 → 建设), and verbs where a verb may
    stand (支持大型商业银行), not where a noun must (4个抽水蓄能电站项目)."""
    stripped = _without_lead(name, noun_start)
    return stripped, start + len(name) - len(stripped)


@lru_cache(maxsize=4096)  # the same names recur across a report's sentences
def _without_lead(name, noun_start):
    while True:
        word = _prefixes("before").longest(name)
        longer = word_at(name, 0) if word else None
        if longer and len(longer) > len(word) and is_noun(longer):
            word = None  # 对话关系: 对 opens a noun, it introduces nothing here
        word = word or (None if noun_start else leading_function_word(name))
        if not word or len(word) >= len(name) or name[len(word)] in rules()["heads"]["not_before"]:
            return name  # 学习型社会: 学习 is no verb here
        name = name[len(word):]


def headed_names(text, taken):
    """Names that end in a head word, each from the nearest boundary that leaves a real name."""
    bounds = rules()["boundaries"]
    whole = rules()["heads"]["whole_names"]
    candidates = []
    ends = {}
    for end, kind, head_length in _heads_ending_at(text):
        if _head_ends_word(text, end, head_length, kind) and ends.get((end, kind), 0) < head_length:
            ends[(end, kind)] = head_length
    if not ends:
        return []  # no head word ends a name here: no need to find where names could start
    noun_starts = {quantity.end for quantity in find_quantities(text)}
    stopped = _any_word("stops", "boundaries")
    for (end, kind), head_length in sorted(ends.items()):
        for start in _starts_before(text, end, noun_starts):
            name = text[start:end]
            if _PUNCT_CLASS.search(name) or stopped.search(name) or len(name) > bounds["max_length"]:
                break
            if any(a < end and start < b for a, b in taken):
                break
            if len(name) < bounds["min_length"]:
                if len(name) <= head_length and _suffixes("governing_verbs").longest(text, start) is not None:
                    break  # 海南自贸试验区启动建设: the verb takes the head, no name ends here
                continue  # 举办首届博士后创新大赛: 大赛 alone is too short, look further left
            if len(name) <= head_length and name not in whole:
                break
            name, start = _strip_lead(name, start, start in noun_starts)
            if _negated(text, start, end, headed=True):
                break  # 不搞形象工程, 防止重复建设: a practice to end, not a program
            if (len(name) > head_length or name in whole) and len(name) >= bounds["min_length"] \
                    and not name[0].isdigit() and (NUMBER.search(name) is None or not states_quantity(name)) \
                    and (kind != "Program" or name in whole or is_specific_program(normalize_label(name), head_length)):
                candidates.append((start, end, kind, head_length))
            break
    return _outermost(text, candidates)


def _outermost(text, candidates):
    """Of overlapping names keep the longest, unless its head is weak and a name inside it is real."""
    weak = rules()["boundaries"]["weak_heads"]
    works = rules()["boundaries"]["works_on_places"]
    kept = []
    for start, end, kind, head_length in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
        inner = [c for c in candidates if c != (start, end, kind, head_length) and start <= c[0] and c[1] <= end]
        if inner and text[end - head_length:end] in weak:
            continue
        if kind == "Program" and text[end - head_length:end] in works and any(
                c[2] == "Place" and c[1] == end - head_length and is_proper_place(text[c[0]:c[1]], c[3]) for c in inner):
            continue  # 三角地商圈改造, 东山组团建设: building a place; the place is the thing named
        if any(k[0] <= start and end <= k[1] for k in kept):
            continue
        kept = [k for k in kept if not (start <= k[0] and k[1] <= end)]
        kept.append((start, end, kind, head_length))
    return kept


def is_proper_place(name, head_length):
    """A place named by a proper name (三角地商圈, 伊敏河), not a kind of place described by a common word
    (口袋公园, 市民广场): its modifier is no common word, or one the dictionary tags as a place or name."""
    modifier = name[:-head_length]
    if len(modifier) < 2 or _prefixes("generic_modifiers").longest(modifier):
        return False
    opening = word_at(modifier, 0)
    if opening is not None and dictionary()[opening] == "v":
        return False  # 细化落实长江: a verb opens a clause, not a name
    # common words only (农村寄宿制, 装备制造) describe a kind
    return holds_name(modifier, rules()["boundaries"]["common_names"])


@lru_cache(maxsize=4096)  # the same names recur across a report's sentences
def is_specific_program(label, head_length):
    """A headed program name that names one program, not policy talk (货币政策, 重要改革, 农村改革).

    >>> is_specific_program("健康山西建设", 2), is_specific_program("货币政策", 2), is_specific_program("职业技能提升行动", 2)
    (True, False, True)
    >>> is_specific_program("城市数字底座建设", 2)  # a weak head after common words only
    False
    """
    bounds = rules()["boundaries"]
    modifier = label[:-head_length]
    while True:
        word = _prefixes("generic_modifiers").longest(modifier)
        if not word:
            break
        modifier = modifier[len(word):]
    if any(word in label for word in bounds["inner_generic"]) or any(word in label for word in bounds["project_words"]):
        return False
    ending = _suffixes("kind_endings").longest(label)
    if ending and len(ending) < len(label):
        return False  # 环境治理重点工程, 重点领域项目建设: a kind of project named by what it is for
    if any(not _CJK.match(ch) for ch in modifier) or _holds_region_name(modifier):
        return bool(modifier)
    if _suffixes("institution_heads").longest(label) is not None:
        return False
    if modifier in dictionary() and len(modifier) < bounds["weak_head_modifier"] + 2:
        return False  # 生态工程, 环保专项, 金融机构改革: a common word and a head name a kind of thing, not one
    if _suffixes("domain_heads").longest(label) is not None and _suffixes("domain_endings").longest(modifier) is not None:
        return False
    if _suffixes("strong_heads").longest(label) is not None:
        return len(modifier) >= 2
    if _suffixes("marked_heads").longest(label) is not None and not holds_name(modifier, bounds["common_names"]):
        return False  # 城市数字底座建设, 高能级共性技术创新平台: common words before a weak head describe work, not a name
    return len(modifier) >= bounds["weak_head_modifier"]


@lru_cache(maxsize=None)
def _region_names():
    return frozenset(r.short_name for r in gazetteer().by_code.values() if r.level in ("province", "city"))


@lru_cache(maxsize=None)
def _region_name_lengths():
    return sorted({len(name) for name in _region_names()})


def _holds_region_name(text):
    """Whether a province's or city's short name occurs in text: its substrings looked up, not every name scanned."""
    names = _region_names()
    return any(text[at:at + length] in names for length in _region_name_lengths()
               for at in range(len(text) - length + 1))


def is_generic(label, kind):
    bounds = rules()["boundaries"]
    bare = label
    while True:
        word = _prefixes("lead_strip").longest(bare)
        if not word or len(bare) == len(word):
            break
        bare = bare[len(word):]
    if label in bounds["generic"] or bare in bounds["generic"]:
        return True
    if kind in ("Organization", "Place") and _prefixes("generic_prefixes").longest(label):
        return True
    return False


@lru_cache(maxsize=None)
def _prefixes(name, section="boundaries"):
    """The word list section.name as a PrefixIndex (the longest word a text starts with)."""
    return PrefixIndex(rules()[section][name])


@lru_cache(maxsize=None)
def _suffixes(name, section="boundaries"):
    """The word list section.name as a SuffixIndex (the longest word a text ends with)."""
    return SuffixIndex(rules()[section][name])


def find_quoted(text):
    """Quoted names: programs unless their head says event or organization; slogans left out."""
    quoted = rules()["quoted"]
    found = []
    for start, end in quoted_spans(text):
        inner = text[start + 1:end - 1]
        tail = re.match(r"[\u4e00-\u9fff]{1,6}", text[end:])
        written, stop = text[start:end], end
        if tail and len(tail.group(0)) <= 4 and _head_suffixes(("Program", "Event")).longest(tail.group(0)):
            written, stop = text[start:end + len(tail.group(0))], end + len(tail.group(0))
        elif not inner or inner in quoted["slogans"] or re.fullmatch(r"[一二三四五六七八九十两0-9]+[五]?", inner):
            continue  # “十四五” alone is a period's name, “十四五”规划 a plan
        if not _CJK.search(inner) and not re.search(r"[A-Za-z+]", inner):
            continue
        if stop == end and (inner in dictionary() or len(inner) <= 3 and not _NUMERAL.search(inner)) \
                and _CJK_ONLY.fullmatch(inner) and not holds_name(inner):
            continue  # “绣花”功夫, “大文章”, “金点子”: common words in quotes are a figure of speech, not a name
        if len(normalize_label(written)) < 2:
            continue  # 在“稳”的基础上“进”: a quoted character is a word stressed, not a name
        kind = kind_of(normalize_label(written))
        if _negated(text, start, stop):
            continue  # 不搞“大水漫灌”, 防止“半拉子”工程: practices to end, not names
        kind = kind if kind in ("Event", "Organization") else "Program"  # a quoted name is no place
        if kind == "Program" and _campaign_follows(text, stop):
            kind = "Event"
        found.append(Mention(kind=kind, label=normalize_label(written), start=start, end=stop, written=written))
    return found


def _negated(text, start, stop, headed=False):
    """Whether a name is a practice to end (不搞“大水漫灌”, 解决“准入不准营”问题): a negating word just before
    it (for a headed name, one of fewer words and within its clause: 综合治理，实施…工程 is no negation) or a
    word of trouble after it."""
    before = text[max(0, start - 6):start]
    if headed:
        before = _PUNCT_CLASS.split(before)[-1]
    negations = _any_word("negated_before_headed" if headed else "negated_before")
    return negations.search(before) is not None or _any_word("negated_after").match(text, stop) is not None


@lru_cache(maxsize=None)
def _any_word(name, section="quoted"):
    """A pattern finding any word of the word list section.name (one search instead of one per word)."""
    return re.compile("|".join(map(re.escape, rules()[section][name])) or "(?!)")


def _campaign_follows(text, at):
    """“晋情消费·全晋乐购”“东方甄选”山西行等促消费活动: quoted names listed before …活动 are events."""
    rest = re.sub(r"“[^”]{0,12}”", "", text[at:at + 30])
    match = re.match(r"[\u4e00-\u9fff]{0,4}?等[\u4e00-\u9fff]{0,4}活动", rest)
    return match is not None


def kind_of(label):
    """The kind a label's head says: the first head pattern that ends it, else its longest head word (of words as
    long, the first listed)."""
    for kind, pattern in _head_patterns():
        if pattern.search(label) and label.endswith(pattern.search(label).group(0)):
            return kind
    word = _head_suffixes(KINDS).longest(label)
    return _head_kinds()[word] if word else None


@lru_cache(maxsize=None)
def _head_kinds():
    """{head word: the kind it is first listed under}."""
    kinds = {}
    for kind, pattern, word in rules()["head_list"]:
        if pattern is None:
            kinds.setdefault(word, kind)
    return kinds


@lru_cache(maxsize=None)
def _head_suffixes(kinds):
    """The head words of kinds as a SuffixIndex."""
    return SuffixIndex(word for kind, pattern, word in rules()["head_list"] if pattern is None and kind in kinds)
