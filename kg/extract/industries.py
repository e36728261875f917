"""Industry lexicon: the SKOS scheme in ontology/industries.ttl, as words to match in text."""
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import PrefixIndex, shipped_graph
from ..vocab import KG, RDF, SKOS

SCHEME_FILE = "industries.ttl"


@dataclass(frozen=True)
class IndustryLexicon:
    """Every Chinese label and synonym of the scheme, mapped to (concept IRI, preferred label)."""
    by_word: dict
    words: tuple
    index: PrefixIndex


def industry_graph():
    """The industry concept scheme as a Graph (empty when the scheme is not shipped)."""
    return shipped_graph(SCHEME_FILE)


@lru_cache(maxsize=None)
def industry_lexicon():
    graph = industry_graph()
    by_word = {}
    for concept in sorted(graph.subjects(RDF.type, KG.Industry)):
        preferred = next((str(l) for l in graph.objects(concept, SKOS.prefLabel) if l.language == "zh"), None)
        if preferred is None:
            continue
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, predicate):
                if label.language == "zh" and len(str(label)) >= 2:
                    by_word.setdefault(str(label), (concept, preferred))
    words = tuple(sorted(by_word, key=lambda w: (-len(w), w)))
    return IndustryLexicon(by_word=by_word, words=words, index=PrefixIndex(words))


@lru_cache(maxsize=4096)  # indicator names recur across a report's sentences and across reports
def industry_of(text):
    """The industry a phrase (an indicator's name) is about: its longest industry word, or None.

    Longest wins so that 新能源汽车零售额 is about 新能源汽车, not 新能源; of words as long, the first in
    sorted order. Every word the text holds that is that long is the longest word at its start, so the
    words at each character (looked up by their first two) are enough.
    """
    lexicon = industry_lexicon()
    longest = lexicon.index.longest
    found = {longest(text, at) for at in range(len(text) - 1)}
    found.discard(None)
    return lexicon.by_word[min(found, key=lambda word: (-len(word), word))] if found else None
