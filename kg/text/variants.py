"""Text stage: character variants folded one for one, so rules written in Simplified match any copy.

Traditional characters (and Taiwan and Hong Kong variant forms) become Simplified when a text
is written in Traditional; Kangxi radicals and compatibility ideographs, which PDF fonts often
put in place of the ideographs they look like, always become those ideographs. Every character
stays in its place, so an offset into the folded text is an offset into the original.
"""
import csv
import unicodedata
from functools import lru_cache

from ..lexicon import data_path

# Kangxi radicals, CJK radicals supplement, compatibility ideographs (and their supplement)
_LOOKALIKE_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
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
def traditional_to_simplified():
    """Traditional character → Simplified character, from kg/data/t2s.csv (OpenCC's character table)."""
    with data_path("t2s.csv").open(encoding="utf-8", newline="") as handle:
        table = {ord(row["traditional"]): row["simplified"] for row in csv.DictReader(handle)}
    return {**table, **lookalikes()}


def fold_lookalikes(text):
    """Radical and compatibility forms as the ideographs they look like.

    >>> fold_lookalikes("\u2f2d西\u2f47报")
    '山西日报'
    """
    return text.translate(lookalikes())


def is_traditional(text):
    """Whether a text is written in Traditional characters (judged on its first characters).

    >>> is_traditional("全省地區生產總值增長5%"), is_traditional("全省地区生产总值增长5%")
    (True, False)
    """
    table = traditional_to_simplified()
    han = [ch for ch in text[:_SAMPLE] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return False
    return sum(ord(ch) in table for ch in han) >= max(1, len(han) * _TRADITIONAL_SHARE)


def simplify(text):
    """The form rules match on: Simplified for a Traditional text, lookalike forms folded; same length.

    >>> simplify("糧食總產量達到1,378億斤，增長0.5%。")
    '粮食总产量达到1,378亿斤，增长0.5%。'
    >>> simplify("乾隆年间，全省粮食产量增长")  # a Simplified text keeps characters that are Traditional too
    '乾隆年间，全省粮食产量增长'
    """
    if is_traditional(text):
        return text.translate(traditional_to_simplified())
    return fold_lookalikes(text)
