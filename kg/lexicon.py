"""Lexicon stage: loads the domain word lists shipped in kg/data once, on first use."""
import csv
import re
import tomllib
from functools import lru_cache
from importlib import resources

from rdflib import URIRef

from .vocab import CURRENCY, KGU, UNIT

_CURIES = {"cur": CURRENCY, "unit": UNIT, "kgu": KGU}


def data_path(name):
    """A file shipped in kg/data, found the same way in a checkout and an installed wheel."""
    return resources.files("kg") / "data" / name


@lru_cache(maxsize=None)
def shipped_graph(name):
    """A Turtle file shipped in kg/ontology as a Graph (empty when it is not shipped), read once."""
    from rdflib import Graph

    path = resources.files("kg") / "ontology" / name
    graph = Graph()
    if path.is_file():
        graph.parse(data=path.read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=None)
def figures():
    """Trigger words for figures (bounds, change verbs, rank scopes, indicator clean-up)."""
    with data_path("figures.toml").open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=None)
def units():
    """Unit words as written in reports, mapped to (IRI, kind, English label)."""
    table = {}
    with data_path("units.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            prefix, local = row["iri"].split(":", 1)
            table[row["word"]] = (URIRef(_CURIES[prefix] + local), row["kind"], row["label_en"])
    return table


@lru_cache(maxsize=None)
def unit_words():
    """Unit words, longest first, so 千瓦时 wins over 千瓦 and 人次 over 人."""
    return tuple(sorted(units(), key=len, reverse=True))


class PrefixIndex:
    """Words grouped by their first two characters, longest first: a fast longest-prefix match for long word lists.

    by_first groups them by first character (what a pattern of starting characters is made from).
    """

    def __init__(self, words):
        self.by_first, self._by_pair, self._single, self._starts = {}, {}, set(), None
        for word in sorted(set(words), key=len, reverse=True):
            if word:
                self.by_first.setdefault(word[0], []).append(word)
                if len(word) > 1:
                    self._by_pair.setdefault(word[:2], []).append(word)
                else:
                    self._single.add(word)

    def longest(self, text, at=0):
        """The longest word that text[at:] starts with, or None."""
        for word in self._by_pair.get(text[at:at + 2], ()):
            if text.startswith(word, at):
                return word
        first = text[at:at + 1]
        return first if first in self._single else None

    def starts(self):
        """A pattern matching where a word could start: a word's first character before a character that a word
        goes on with (or a one-character word); built once."""
        if self._starts is None:
            pairs = [word[:2] for word in self._by_pair]
            firsts, seconds = _class({pair[0] for pair in pairs}), _class({pair[1] for pair in pairs})
            options = ([f"{firsts}(?={seconds})"] if pairs else []) + ([_class(self._single)] if self._single else [])
            self._starts = re.compile("|".join(options) or "(?!)")
        return self._starts


def _class(characters):
    return "[" + "".join(re.escape(ch) for ch in sorted(characters)) + "]"


class SuffixIndex:
    """Words grouped by their last two characters, longest first: a fast longest-suffix match for long word lists."""

    def __init__(self, words):
        self._by_pair, self._single = {}, set()
        for word in sorted(set(words), key=len, reverse=True):
            if len(word) > 1:
                self._by_pair.setdefault(word[-2:], []).append(word)
            elif word:
                self._single.add(word)

    def longest(self, text, end=None):
        """The longest word that text[:end] ends with, or None."""
        end = len(text) if end is None else end
        for word in self._by_pair.get(text[max(end - 2, 0):end], ()):
            if text.endswith(word, 0, end):
                return word
        last = text[end - 1:end] if end > 0 else ""
        return last if last in self._single else None


@lru_cache(maxsize=None)
def figure_words(section, name):
    """A pattern finding any word of the figures.toml word list section.name (whether a text holds one of them,
    in one search), built once."""
    return re.compile("|".join(map(re.escape, sorted(figures()[section][name], key=len, reverse=True))) or "(?!)")


@lru_cache(maxsize=None)
def figure_prefixes(section, name):
    """The figures.toml word list (or table) section.name as a PrefixIndex, built once."""
    return PrefixIndex(figures()[section][name])


@lru_cache(maxsize=None)
def figure_suffixes(section, name):
    """The figures.toml word list (or table) section.name as a SuffixIndex, built once."""
    return SuffixIndex(figures()[section][name])


def longest_prefix(text, words, at=0):
    """The longest word of words that text starts with (at index at, without copying text), or None."""
    best = None
    for word in words:
        if text.startswith(word, at) and (best is None or len(word) > len(best)):
            best = word
    return best


def longest_suffix(text, words):
    """The longest word of words that text ends with, or None."""
    best = None
    for word in words:
        if word and text.endswith(word) and (best is None or len(word) > len(best)):
            best = word
    return best
