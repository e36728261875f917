"""Indicator naming: the words around a figure cleaned into the name of what it measures."""
import re
from functools import lru_cache

from ..lexicon import figure_prefixes, figure_suffixes, figures
from .numbers import MAX_DIGITS
from .words import dictionary, is_noun, leading_function_word, word_at

_EDGE_PUNCT = "、，,；;：:。！？!?的和及与或 "


_CLAUSE_MARK = re.compile(r"[，；：,;:]")


@lru_cache(maxsize=None)
def _drop_patterns():
    """The patterns dropped from indicator names, in order, and one finding any of them."""
    patterns = figures()["indicator"]["drop_patterns"]
    return [re.compile(p) for p in patterns], re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def _dropped(text):
    """text with every drop pattern removed, one after another (none to remove in most texts: one search tells)."""
    patterns, any_pattern = _drop_patterns()
    if any_pattern.search(text) is None:
        return text
    for pattern in patterns:
        text = pattern.sub("", text)
    return text


def strip_words(text, lead=True, tail=True):
    """Peel framing words off both ends ("全省…达到", "出台…")."""
    changed = True
    while changed and text:
        changed = False
        text = _strip_edges(text)
        if lead:
            word = figure_prefixes("indicator", "lead_strip").longest(text)
            longer = word_at(text, 0) if word else None  # not the 计划 of 计划生育
            if word and (len(word) > 1 or text[:2] not in dictionary()) \
                    and not (len(word) > 1 and longer and len(longer) > len(word)):
                text, changed = text[len(word):], True  # nor the 在 of 在校学生, the 从 of 从业人员
        if tail:
            word = figure_suffixes("indicator", "tail_strip").longest(text)
            if word:
                text, changed = text[: -len(word)], True
    return _strip_edges(text)


def _strip_edges(text):
    """Punctuation and particles off both ends, but not the 及 of a verb (惠及, 涉及)."""
    kept = figure_suffixes("indicator", "verbs_ending_in_particles").longest(text)
    if kept:
        return text[:-len(kept)].lstrip(_EDGE_PUNCT) + kept if len(text) > len(kept) else text
    return text.strip(_EDGE_PUNCT)


def only_function_words(name):
    """True when a name is made of verbs and adverbs alone (坚决守住, 新建): it says what was done, not to what.

    >>> only_function_words("坚决守住"), only_function_words("耕地")
    (True, False)
    """
    rest = name
    while rest:
        word = leading_function_word(rest)
        if word is None:
            break
        rest = rest[len(word):]
    # what is left after the verbs is no name when it is a short word the dictionary does not call a noun (守住)
    return bool(name) and (not rest or (len(rest) <= 2 and not is_noun(rest)))


_NOISE = re.compile(r"\d{%d,}" % (MAX_DIGITS + 1))


def clean_name(text):
    """An indicator name from the raw words before or around a figure.

    >>> clean_name("初步核算，全省地区生产总值达到")
    '地区生产总值'
    >>> clean_name("人工造林规模连续3年")
    '人工造林规模'
    >>> clean_name("出台“山西精品”")
    '山西精品'
    """
    if _NOISE.search(text):  # a run of digits too long for any figure: noise, and no name reads through it
        return ""
    text = _dropped(text)
    if "等" in text:
        text = text[text.rindex("等") + 1:]  # 创建太原钟楼步行街等: examples, not the name
    text = _CLAUSE_MARK.split(text)[-1]
    text = strip_words(text)
    limit = figures()["indicator"]["max_length"]
    return text[-limit:] if len(text) > limit else text


def object_phrase(text):
    """The counted noun after a count ("15项核心技术取得突破" gives 核心技术).

    >>> object_phrase("核心技术取得突破"), object_phrase("抽水蓄能电站项目完成核准")
    ('核心技术', '抽水蓄能电站项目')
    """
    stops = figures()["indicator"]["object_stops"]
    cut = len(text)
    for word in stops:
        at = text.find(word)
        if 0 < at < cut:
            cut = at
    return _dropped(text[:cut]).strip(_EDGE_PUNCT)


def peel_head(name):
    """Split a shared head off the last item of a list: 蔬菜产量 gives ('蔬菜', '产量').

    >>> peel_head("10大重点专业镇营业收入增速"), peel_head("门票收入")
    (('10大重点专业镇', '营业收入增速'), ('门票收入', ''))
    """
    heads = figure_suffixes("indicator", "heads")
    head = ""
    while True:
        word = heads.longest(name)
        if not word or len(name) - len(word) < 2:
            return name, head
        name, head = name[: -len(word)], word + head


def ends_with_head(name):
    return figure_suffixes("indicator", "heads").longest(name) is not None


def split_name(name):
    """One name that 分别 spreads over several figures (城乡居民 gives 城镇居民, 农村居民)."""
    splits = figures()["indicator"]["splits"]
    for key in sorted(splits, key=len, reverse=True):
        if key in name:
            return [name.replace(key, part, 1) for part in splits[key]]
    return [name]


def rate_head(name):
    """The growth-rate word a name ends in (营业收入增速), or None."""
    return figure_suffixes("change", "rate_heads").longest(name)


def with_subject(name, before):
    """A bare head (产量, 总产量, 涨幅) named with the subject its sentence names before it (粮食连续五年增产，总产量
    10570亿斤 is grain's output); the name itself otherwise."""
    rules = figures()["indicator"]
    if name not in rules["bare_heads"]:
        return name
    found = [(before.rfind(subject), subject) for subject in rules["subjects"] if subject in before]
    return max(found)[1] + name if found else name


def pending_name(clause):
    """The name a clause without figures gives the figure after it: up to the last indicator head it holds
    (粮食产量屡创历史新高，去年达到1.09万亿斤 names 粮食产量), else the whole clause cleaned."""
    name = clean_name(clause)
    heads = figures()["indicator"]["heads"]
    ends = [name.rfind(head) + len(head) for head in heads if head in name]
    return name[:max(ends)] if ends and max(ends) >= 3 else name


def names_people(name):
    """Whether a count's name says it counts people: a person noun at its end (8000万纳税人) or before what they
    did (农业转移人口在城镇落户, 提高农村人口供水保障水平)."""
    nouns = figure_suffixes("indicator", "person_nouns")
    if nouns.longest(name):
        return True
    return any(len(nouns.longest(name, end) or "") >= 2 for end in range(len(name) - 1, 1, -1))  # not the 人 of 个人
