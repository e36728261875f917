"""Word boundaries: a dictionary of common words (kg/data/words.tsv) to tell where a name may start.

Text has no spaces, so a boundary word found by plain search may sit inside another word:
全市 in 健全市场, 把 in 把握. A name starts only where a word starts, and not on a word that
does something (a verb, an adverb, a preposition) rather than names something.
"""
import csv
from functools import lru_cache

from ..lexicon import data_path, figures

# parts of speech (jieba's tags) of words that never open a name: verbs, adverbs, prepositions,
# conjunctions, pronouns, particles
_FUNCTION_TAGS = ("v", "vd", "vn", "vi", "ad", "p", "c", "r", "u", "y", "e", "o", "uj", "ul", "uz", "ud", "ug", "uv", "t")
# verbs and adverbs, whose last character a following head word cannot take (扩大|学)
_VERB_TAGS = ("v", "vd", "vi", "d", "ad", "p", "c")
_LONGEST = 4


@lru_cache(maxsize=None)
def dictionary():
    """word → part of speech for common words of 2 to 4 characters."""
    with data_path("words.tsv").open(encoding="utf-8") as handle:
        return {row["word"]: row["pos"] for row in csv.DictReader(handle, delimiter="\t")}


def word_at(text, at):
    """The longest dictionary word starting at text[at], or None."""
    words = dictionary()
    for length in range(min(_LONGEST, len(text) - at), 1, -1):
        if text[at:at + length] in words:
            return text[at:at + length]
    return None


def is_word_start(text, at, length=0):
    """True when a word of the given length found at text[at] really starts a word there.

    >>> is_word_start("健全市场化经营机制", 2, 2), is_word_start("推进城市更新", 0, 2), is_word_start("把握宏观政策", 0, 1)
    (False, True, False)
    """
    words = dictionary()
    if at > 0 and text[at - 1:at + 1] in words:
        return False  # 健全|市场: the boundary word's first character ends the word before it
    longer = word_at(text, at)
    return longer is None or len(longer) <= length  # 把握: 把 opens a longer word


def is_noun(word):
    """True for a dictionary word that names a thing rather than an action (耕地, not 守住).

    >>> is_noun("耕地"), is_noun("守住")
    (True, False)
    """
    pos = dictionary().get(word)
    return pos is not None and pos not in _FUNCTION_TAGS


def after_function_word(text, at):
    """True when text[at] is the last character of a verb or other function word (扩|大学 in 扩大学).

    >>> after_function_word("多渠道扩大学位供给", 4), after_function_word("据晋中日报", 3)
    (True, False)
    """
    word = text[at - 1:at + 1] if at > 0 else ""
    return word in dictionary() and dictionary()[word] in _VERB_TAGS


def leading_function_word(name):
    """The verb, adverb or preposition a name starts with (支持, 深刻, 以), or None.

    >>> leading_function_word("支持大型商业银行"), leading_function_word("数字政府建设")
    ('支持', None)
    """
    word = word_at(name, 0)
    if word is not None and dictionary()[word] in _FUNCTION_TAGS and word not in figures()["indicator"]["heads"]:
        return word
    single = name[:1]
    if word is not None and len(word) > 1:
        return None  # 对话关系: 对 opens a longer word, it is no preposition here
    return single if single and single in _single_function_words() else None


@lru_cache(maxsize=None)
def _single_function_words():
    from .names import rules

    return frozenset(rules()["boundaries"]["single_function_words"])


_NAME_TAGS = ("ns", "nr", "nz", "nt", "nrt", "nrfg")  # the dictionary's tags of place, person and other names


def holds_name(text, common=()):
    """Whether text holds more than common words: a word the dictionary tags as a name (and common does not list),
    or two characters no dictionary word starts with (伊敏, 虹桥); 高能级 (高能 and a suffix) holds none.

    >>> holds_name("伊敏"), holds_name("城市数字底座", ["城市"]), holds_name("农村寄宿")
    (True, False, False)
    """
    at, unknown = 0, 0
    while at < len(text):
        word = word_at(text, at)
        if word is not None and dictionary()[word] in _NAME_TAGS and word not in common:
            return True
        if word is None:
            unknown += 1
            if unknown >= 2:
                return True
        at += len(word) if word else 1
    return False
