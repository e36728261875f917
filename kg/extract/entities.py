"""Entity stage: a report's mentions resolved to one Entity per thing, with links between them."""
from ..model import Entity, Sentence
from .mentions import find_mentions
from .names import rules
from .regions import gazetteer

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
    """Entities of a report: every mention in its sentences and headings, merged by key (and a program's
    variants, 农村综合改革试点 or 新型农村合作医疗制度, into the program they name)."""
    found = []
    for sentence in list(sentences) + heading_sentences(sections):
        mentions = find_mentions(sentence.text, region)
        keys = [entity_key(m) for m in mentions]
        for mention, key in zip(mentions, keys):
            links = _named_inside(mention, mentions, keys, region) if mention.kind == "Program" else []
            found.append((sentence, mention, key, links))
    found = _supported(found, region)
    canonical = _program_variants({key for _, mention, key, _ in found if mention.kind == "Program"})
    merged, order = {}, []
    for sentence, mention, key, links in found:
        key = canonical.get(key, key)
        entry = merged.get(key)
        if entry is None:
            entry = merged[key] = {"mention": mention, "aliases": set(), "sentences": [], "links": set(),
                                   "roles": set()}
            order.append(key)
        for written in (mention.written, mention.label):
            if written and written != key[-1] and written != entry["mention"].label:
                entry["aliases"].add(written)
        if mention.role:
            entry["roles"].add(mention.role)
        if not entry["sentences"] or entry["sentences"][-1] is not sentence:  # mentions come sentence by sentence
            entry["sentences"].append(sentence)
        entry["links"].update(("concerns", canonical.get(k, k)) for k in links)
    inside = region.code if region.level != "country" else None
    return tuple(_freeze(key, merged[key], inside) for key in sorted(order, key=_sort_key))


def _supported(found, region):
    """Drop regions of other provinces named only by their short form (海东 in 海东春晓小区 of a 海拉尔 report)
    unless the report supports them: names them in full somewhere, or names their province or city."""
    if region.level == "country":
        return found
    gaz = gazetteer()
    own = gaz.province_of(region)
    named = {m.code for _, m, _, _ in found if m.code}
    full = {m.code for _, m, _, _ in found if m.code and m.written == m.label}

    def supported(mention):
        target = gaz.region(mention.code)
        if target is None or mention.written == mention.label or target.level == "province":
            return True
        if own is not None and gaz.within(target, own):
            return True
        return mention.code in full or any(parent.code in named for parent in gaz.ancestors(target)
                                           if parent.level != "country")

    return [entry for entry in found if not entry[1].code or supported(entry[1])]


def _program_variants(keys):
    """Program keys whose label is another program's plus a variant ending (试点, 制度): {variant: program}."""
    labels = {key[1]: key for key in keys}
    endings = sorted(rules()["boundaries"]["variant_endings"], key=len, reverse=True)
    canonical = {}
    for key in keys:
        label = key[1]
        for ending in endings:
            base = label[: -len(ending)] if label.endswith(ending) else None
            if base and base in labels and labels[base] != key:
                canonical[key] = labels[base]
                break
    return canonical


def _sort_key(key):
    return tuple(str(part) for part in key)


def _freeze(key, entry, inside):
    """The entity of merged mentions; a place of a local report that names no region of its own lies in the
    report's region (a city's report names its own parks and zones)."""
    mention = entry["mention"]
    kind = REGION_KINDS.get(mention.kind, mention.kind)
    parent = mention.parent or (inside if kind == "Place" else None)
    return Entity(kind=kind, label=mention.label, key=key, aliases=tuple(sorted(entry["aliases"])),
                  sentences=tuple(entry["sentences"]), code=mention.code, parent=parent,
                  industry=mention.industry, links=tuple(sorted(entry["links"], key=_sort_key)),
                  roles=tuple(sorted(entry["roles"])))


def _named_inside(program, mentions, keys, region):
    """The industries and regions a program's own name names (健康山西建设 concerns 山西省): what the text
    states, not what merely stands in the same sentence."""
    return [key for mention, key in zip(mentions, keys)
            if mention is not program and program.start <= mention.start and mention.end <= program.end
            and (mention.kind == "Industry" or (mention.code and mention.code != region.code))]
