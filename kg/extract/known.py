"""Known names: programs, places, bodies and events that reports name without a head word to find them by.

The lexicon (kg/data/known.toml) maps each form a report writes (改造老旧小区, 放管服) to the label a
reader looks up (老旧小区改造, 放管服改革). A known place inside a known program (京津冀 in 京津冀协同发展)
is a mention of its own.
"""
import tomllib
from functools import lru_cache

from ..lexicon import PrefixIndex, data_path
from ..model import Mention

KINDS = ("Program", "Place", "Organization", "Event")


@lru_cache(maxsize=None)
def lexicon():
    """kg/data/known.toml: {form: (kind, label)}, a prefix index over the forms, and known places' regions."""
    with data_path("known.toml").open("rb") as handle:
        data = tomllib.load(handle)
    forms = {}
    for kind in KINDS:
        for label, written in data[kind].items():
            for form in written:
                forms.setdefault(form, (kind, label))
    return forms, PrefixIndex(forms), data["located"]


def find_known(text):
    """Known names in text, longest first at each position, and the places named inside known programs.

    >>> [(m.kind, m.label, m.written) for m in find_known("开工改造老旧小区1948个，推动京津冀协同发展")]
    [('Program', '老旧小区改造', '改造老旧小区'), ('Program', '京津冀协同发展', '京津冀协同发展'), ('Place', '京津冀', '京津冀')]
    """
    forms, index, located = lexicon()
    starts = index.starts()
    found, at = [], 0
    while at < len(text):
        candidate = starts.search(text, at)  # skip characters no known form starts with
        if candidate is None:
            break
        at = candidate.start()
        word = index.longest(text, at)
        if word is None:
            at += 1
            continue
        kind, label = forms[word]
        found.append(Mention(kind=kind, label=label, start=at, end=at + len(word), written=word,
                             parent=located.get(label)))
        if kind == "Program":
            found.extend(m for m in _places_inside(word, at) if m.label != label)
        at += len(word)
    return found


def _places_inside(word, offset):
    forms, _, located = lexicon()
    inside = [(word.find(form), form) for form, (kind, _) in forms.items()
              if kind == "Place" and len(form) < len(word) and form in word]
    if not inside:
        return []
    at, form = min(inside, key=lambda pair: (pair[0], -len(pair[1])))
    label = forms[form][1]
    return [Mention(kind="Place", label=label, start=offset + at, end=offset + at + len(form), written=form,
                    parent=located.get(label))]
