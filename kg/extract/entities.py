"""Entity stage: a report's mentions resolved to one Entity per thing, with links between them."""
from ..model import Entity, Sentence
from .mentions import find_mentions

REGION_KINDS = {"country": "Country", "province": "Province", "city": "City", "county": "County", "township": "Township", "village": "Village"}


def heading_sentences(sections):
    """Headings as sentences, so the names in them (能源革命) are found like any other."""
    return [Sentence(index=-section.index, text=section.title, start=section.start, end=section.title_end,
                     section=section.index)
            for section in sections if section.title]


def entity_key(mention):
    """What makes two mentions the same thing: a division code, a county plus a name, or a kind plus a label."""
    if mention.code:
        return ("region", mention.code)
    if mention.kind in ("township", "village"):
        return ("local", mention.parent, mention.label)
    return (mention.kind, mention.label)


def resolve(sentences, sections, region):
    """Entities of a report: every mention in its sentences and headings, merged by key."""
    merged = {}
    order = []
    for sentence in list(sentences) + heading_sentences(sections):
        mentions = find_mentions(sentence.text, region)
        keys = [entity_key(m) for m in mentions]
        for mention, key in zip(mentions, keys):
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = {"mention": mention, "aliases": set(), "sentences": [], "links": set(),
                                       "roles": set()}
                order.append(key)
            if mention.written and mention.written != mention.label:
                entry["aliases"].add(mention.written)
            if mention.role:
                entry["roles"].add(mention.role)
            if sentence not in entry["sentences"]:
                entry["sentences"].append(sentence)
            if mention.kind == "Program":
                entry["links"].update(("concerns", k) for k in _named_inside(mention, mentions, keys, region))
    return tuple(_freeze(key, merged[key]) for key in sorted(order, key=_sort_key))


def _sort_key(key):
    return tuple(str(part) for part in key)


def _freeze(key, entry):
    mention = entry["mention"]
    kind = REGION_KINDS.get(mention.kind, mention.kind)
    return Entity(kind=kind, label=mention.label, key=key, aliases=tuple(sorted(entry["aliases"])),
                  sentences=tuple(entry["sentences"]), code=mention.code, parent=mention.parent,
                  industry=mention.industry, links=tuple(sorted(entry["links"], key=_sort_key)),
                  roles=tuple(sorted(entry["roles"])))


def _named_inside(program, mentions, keys, region):
    """The industries and regions a program's own name names (健康山西建设 concerns 山西省): what the text
    states, not what merely stands in the same sentence."""
    return [key for mention, key in zip(mentions, keys)
            if mention is not program and program.start <= mention.start and mention.end <= program.end
            and (mention.kind == "Industry" or (mention.code and mention.code != region.code))]
