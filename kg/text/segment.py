"""Segmentation stage: normalized text into sections and sentences with original offsets."""
import re
from dataclasses import replace
from functools import lru_cache

from ..model import Section, Sentence
from .normalize import layout

_CLOSERS = "”’」』）)"


def sentence_spans(text):
    """Spans [start, end) of the sentences of one block of normalized text.

    >>> block = "增长5%。其中，外送“电量”。余"
    >>> [block[a:b] for a, b in sentence_spans(block)]
    ['增长5%。', '其中，外送“电量”。', '余']
    """
    spans, start = [], 0
    for match in _sentence_end().finditer(text):  # an ender, and the enders and closing marks right after it
        spans.extend(_bounded(text, start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.extend(_bounded(text, start, len(text)))
    return spans


def _bounded(text, start, end):
    """[start, end) cut into pieces of at most max_length characters, at a clause end where there is one.

    >>> [b - a for a, b in _bounded("字" * 3000 + "，" + "字" * 1500 + "。", 0, 4502)]
    [2000, 1001, 1501]
    """
    longest = layout()["sentences"]["max_length"]
    if end - start <= longest:
        return [(start, end)]
    pieces, clause = [], _clause_end()
    while end - start > longest:
        cut = max((m.end() for m in clause.finditer(text, start + longest // 2, start + longest)), default=None)
        cut = cut or start + longest
        pieces.append((start, cut))
        start = cut
    return pieces + [(start, end)]


@lru_cache(maxsize=None)
def _clause_end():
    return re.compile(f"[{re.escape(layout()['sentences']['clause_enders'])}]")


@lru_cache(maxsize=None)
def _sentence_end():
    enders = layout()["sentences"]["enders"]
    return re.compile(f"[{re.escape(enders)}][{re.escape(enders + _CLOSERS)}]*")


def segment(normalized, is_heading):
    """Split normalized text into (sections, sentences); is_heading tells heading lines apart."""
    sections = [Section(index=0, title="", start=0, end=normalized.original_length)]
    sentences = []
    at = 0
    for block in normalized.text.split("\n"):
        block_start = at
        at += len(block) + 1
        if not block.strip():
            continue
        if block_start + len(block) == normalized.title_end:
            # the title block is one sentence of the opening: its lines are no headings
            start, end = normalized.span(block_start, block_start + len(block))
            sentences.append(Sentence(index=len(sentences), text=block, start=start, end=end, section=0))
            continue
        spans = sentence_spans(block)
        if is_heading(block):
            # a numbered heading may run on into its paragraph ("（二）推进结构调整。继续加强…"):
            # the title is its first sentence, the rest are the section's sentences
            title_length = spans[0][1] if len(spans) > 1 else len(block)
            title = block[:title_length]
            start, end = normalized.span(block_start, block_start + len(title))
            previous = sections[-1]
            sections[-1] = replace(previous, end=start)
            sections.append(Section(index=len(sections), title=title, start=start, end=normalized.original_length,
                                    title_end=end))
            spans = spans[1:] if len(spans) > 1 else []
        for a, b in spans:
            start, end = normalized.span(block_start + a, block_start + b)
            sentences.append(Sentence(index=len(sentences), text=block[a:b], start=start, end=end,
                                      section=sections[-1].index))
    return tuple(sections), tuple(sentences)
