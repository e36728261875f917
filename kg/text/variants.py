"""Text stage: character variants folded one for one, so rules written in Simplified match any copy.

Traditional characters (and Taiwan and Hong Kong variant forms) become Simplified when a text
is written in Traditional; Kangxi radicals and compatibility ideographs, which PDF fonts often
put in place of the ideographs they look like, always become those ideographs. Every character
stays in its place, so an offset into the folded text is an offset into the original.
"""
import csv
import re
import unicodedata
from functools import lru_cache

from ..lexicon import data_path

# Kangxi radicals, CJK radicals supplement, compatibility ideographs (and their supplement)
_LOOKALIKE_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_LOOKALIKE = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _LOOKALIKE_RANGES) + "]")
# a Traditional report changes a third of its characters, a Simplified one under 1%
_TRADITIONAL_SHARE = 0.15
_SAMPLE = 20000


@lru_cache(maxsize=1)
def lookalikes():
    """Radical and compatibility forms → the unified ideographs they stand for."""
    table = {}
    for low, high in _LOOKALIKE_RANGES:
        for code in range(low, high + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = folded
    return table


@lru_cache(maxsize=1)
def _t2s():
    with data_path("t2s.csv").open(encoding="utf-8", newline="") as handle:
        rows = [(row["traditional"], row["simplified"]) for row in csv.DictReader(handle)]
    characters = {ord(key): value for key, value in rows if len(key) == 1}
    phrases = {key: value for key, value in rows if len(key) > 1}
    return {**characters, **lookalikes()}, phrases


def traditional_to_simplified():
    """Traditional character → Simplified character, from kg/data/t2s.csv (OpenCC's character table)."""
    return _t2s()[0]


@lru_cache(maxsize=1)
def _phrase_pattern():
    phrases = _t2s()[1]
    return re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))


def to_simplified(text):
    """Traditional text in Simplified characters, one for one; phrases that read otherwise first (乾坤, 瞭解).

    >>> to_simplified("乾坤灣鄉的乾燥氣候，瞭解")
    '乾坤湾乡的干燥气候，了解'
    """
    folded = text.translate(traditional_to_simplified())
    phrases = _t2s()[1]
    parts, at = [], 0
    for match in _phrase_pattern().finditer(text):
        parts.extend((folded[at:match.start()], phrases[match.group()]))
        at = match.end()
    parts.append(folded[at:])
    return "".join(parts)


def fold_lookalikes(text):
    """Radical and compatibility forms as the ideographs they look like.

    >>> fold_lookalikes("\u2f2d西\u2f47报")
    '山西日报'
    """
    return text.translate(lookalikes()) if _LOOKALIKE.search(text) else text


def is_traditional(text):
    """Whether a text is written in Traditional characters (judged on its first characters).

    >>> is_traditional("全省地區生產總值增長5%"), is_traditional("全省地区生产总值增长5%")
    (True, False)
    """
    last = _LAST
    if text is not last[0]:  # one report asks once per entity: the text's first characters are sliced once
        last[:] = [text, _is_traditional(text[:_SAMPLE])]
    return last[1]


_LAST = [None, False]  # the text last judged, and the judgement


_NOT_HAN = re.compile("[^\u4e00-\u9fff]+")


@lru_cache(maxsize=8)
def _is_traditional(sample):
    han = len(_NOT_HAN.sub("", sample))  # what is left is the Han characters: no list of one-character strings
    if not han:
        return False
    return len(_traditional_han().findall(sample)) >= max(1, han * _TRADITIONAL_SHARE)


@lru_cache(maxsize=1)
def _traditional_han():
    """A pattern matching the characters of the Han block (U+4E00–U+9FFF) that have a Simplified form."""
    codes = sorted(code for code in traditional_to_simplified() if 0x4E00 <= code <= 0x9FFF)
    return re.compile("[" + "".join(chr(code) for code in codes) + "]") if codes else re.compile("(?!)")


def simplify(text):
    """The form rules match on: Simplified for a Traditional text, lookalike forms folded; same length.

    >>> simplify("糧食總產量達到1,378億斤，增長0.5%。")
    '粮食总产量达到1,378亿斤，增长0.5%。'
    >>> simplify("乾隆年间，全省粮食产量增长")  # a Simplified text keeps characters that are Traditional too
    '乾隆年间，全省粮食产量增长'
    """
    if is_traditional(text):
        return to_simplified(text)
    return fold_lookalikes(text)


def written_forms(label, text, spans):
    """How a (Simplified) label is written in a Traditional text's spans, where that differs; () for Simplified text.

    >>> written_forms("综合改革试点", "推進能源革命綜合改\\n革試點，增長5%", [(0, 16)])
    ('綜合改革試點',)
    """
    if not is_traditional(text):
        return ()
    pattern = re.compile(r"\s*".join(map(re.escape, label)))
    forms = set()
    for start, end in spans:
        for match in pattern.finditer(to_simplified(text[start:end])):
            forms.add(re.sub(r"\s+", "", text[start + match.start():start + match.end()]))
    forms.discard(label)
    return tuple(sorted(forms))
