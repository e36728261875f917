"""Where a sentence's clauses, list items and bracketed asides are: the structure figures are read within."""
import re

from ..lexicon import figures

CLAUSE_END = re.compile(r"[，；：;:]|,(?!\d{3})")


def clause_spans(text):
    """Spans of the clauses of a sentence (cut at ，；： but not inside 3,500).

    >>> t = "规上发电量4376亿千瓦时，其中外送电量1,576亿千瓦时。"
    >>> [t[a:b] for a, b in clause_spans(t)]
    ['规上发电量4376亿千瓦时', '其中外送电量1,576亿千瓦时。']
    """
    spans, start = [], 0
    for match in CLAUSE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def each_marker(text, start=0, end=None):
    """Where 均 means "each" (not 平均, 人均, 均衡) in text[start:end], or -1."""
    rules = figures()["context"]
    end = len(text) if end is None else end
    for at in range(start, end):
        if text[at] == "均" and (at == 0 or text[at - 1] not in rules["each_not_after"]) \
                and text[at + 1:at + 2] not in tuple(rules["each_not_before"]):
            return at
    return -1


def bracketed(text, start, end):
    """Positions inside （…） in text[start:end]: 28个省（区、市）is one item, not three."""
    inside, depth = set(), 0
    for at in range(start, end):
        if text[at] in "（(":
            depth += 1
        elif text[at] in "）)" and depth:
            depth -= 1
        elif depth:
            inside.add(at)
    return inside


def clause_before(text, at, width):
    """The last width characters before text[at], cut back to the clause they stand in."""
    return CLAUSE_END.split(text[max(0, at - width):at])[-1]
