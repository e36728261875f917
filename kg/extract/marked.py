"""Names that stand alone by their marks: book titles (《劳动合同法》) and events named by their number (党的十六大)."""
import re
from functools import lru_cache

from ..model import Mention
from .names import kind_of, normalize_label, rules


def find_book_titles(text):
    """《劳动合同法》, 《国家中长期科学和技术发展规划纲要》: laws and plans (newspapers and bodies by their heads).

    >>> [(m.kind, m.label) for m in find_book_titles("制定《劳动合同法》，据《山西晚报》")]
    [('Program', '劳动合同法'), ('Organization', '山西晚报')]
    """
    found = []
    if "《" not in text:
        return found
    for match in _book_title_pattern().finditer(text):
        label = normalize_label(match.group(1))
        if re.sub(r"（[^）]*）|\([^)]*\)", "", label) in rules()["named_alone"]["generic_titles"]:
            continue  # 《建议》: a short reference to a document named before
        kind = kind_of(label)
        kind = kind if kind in ("Organization", "Event") else "Program"
        found.append(Mention(kind=kind, label=label, start=match.start(), end=match.end(), written=match.group(1)))
    return found


def find_numbered_events(text):
    """党的十六大, 十六届五中全会: events reports name by their number.

    >>> [m.label for m in find_numbered_events("党的十六大和十六届五中全会精神")]
    ['党的十六大', '十六届五中全会']
    """
    found = []
    patterns, any_event = _numbered_event_patterns()
    for pattern in patterns if any_event.search(text) else ():
        for match in pattern.finditer(text):
            if not any(m.start <= match.start() < m.end for m in found):
                # 党的十八届三中全会 and 十八届三中全会 are one plenum: 党的 is part of a congress's name only
                label = re.sub("^党的(?=.*届)", "", match.group(0))
                found.append(Mention(kind="Event", label=label, start=match.start(), end=match.end(),
                                     written=match.group(0)))
    return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=None)
def _book_title_pattern():
    return re.compile(r"《([^《》]{2,%d})》" % rules()["named_alone"]["book_title_max"])


@lru_cache(maxsize=None)
def _numbered_event_patterns():
    """The numbered-event patterns, and one finding any of them."""
    patterns = rules()["named_alone"]["numbered_events"]
    return tuple(map(re.compile, patterns)), re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")
