"""Viz stage, story: a report graph read as what a page draws: reports, their sections, the things each
section names (observations folded into their indicators) and the links the text states between them."""
import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import networkx as nx
from rdflib import OWL, RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import SKOS

from ..extract.regions import gazetteer
from ..vocab import KG
from .details import details_of, evidence_of, figures_of, short_heading
from .labels import all_labels, label_of, strings, term_label

OTHER = "Other"
STRUCTURE = (KG.Report, KG.Section)
# Never drawn as nodes: what a node is made of, or the words a graph is written in.
HIDDEN = (KG.Evidence, KG.Unit, KG.Bound, KG.RankScope, KG.Observation, KG.TargetObservation, KG.Period,
          SKOS.ConceptScheme, OWL.Ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
# Links that say where a node comes from, or what it is made of: shown in its details, not as edges.
DETAIL_LINKS = frozenset({RDF.type, KG.unit, KG.bound, KG.rankScope, KG.evidence, KG.mention, KG.mentionedIn,
                          KG.inReport, KG.inSection, KG.refPeriod, KG.indicator, SKOS.inScheme,
                          SKOS.topConceptOf, SKOS.hasTopConcept, SKOS.related})
SCHEMA = (str(RDF), str(RDFS), str(OWL))
_LEVELS = {"province": KG.Province, "city": KG.City, "county": KG.County}


@dataclass(frozen=True)
class ClassStyle:
    """How one class is drawn: its key, label, colour, shape and precedence."""

    key: str
    label: str
    color: str
    shape: str
    rank: int


@lru_cache(maxsize=None)
def class_styles(lang="zh"):
    """The drawn classes, by IRI, read once from viz/assets/styles.csv."""
    from .labels import ontology

    text = resources.files("kg").joinpath("viz/assets/styles.csv").read_text(encoding="utf-8")
    return {KG[row["class"]]: ClassStyle(row["class"], term_label(ontology(), KG[row["class"]], lang),
                                         row["color"], row["shape"], int(row["rank"]))
            for row in csv.DictReader(text.splitlines())}


def other_style(lang="zh"):
    return ClassStyle(OTHER, strings(lang)["other"], "#bababa", "dot", 99)


def node_id(term):
    return "_:" + str(term) if isinstance(term, BNode) else str(term)


def class_of(graph, node):
    """A node's most specific drawn class; a region only implied by another takes its level from its code."""
    styles = class_styles()
    found = sorted((styles[t].rank, t) for t in graph.objects(node, RDF.type) if t in styles)
    if found and found[0][1] == KG.Region:
        region = gazetteer().region(str(graph.value(node, KG.divisionCode)))
        return _LEVELS.get(region.level, KG.Region) if region is not None else KG.Region
    return found[0][1] if found else None


@dataclass(frozen=True)
class Report:
    """A report as the page names it: region and the year it was delivered (中国 2022年政府工作报告); year is the
    year it reviews (2021)."""

    node: URIRef
    name: str
    year: str
    region: object
    place: str = ""


def reports_of(graph, lang="zh"):
    """The graph's reports, named as people name them (by region and delivery year), in order of year then name."""
    words, found = strings(lang), []
    for node in set(graph.subjects(RDF.type, KG.Report)):
        region, period = graph.value(node, KG.refArea), graph.value(node, KG.refPeriod)
        year = str(period)[:4] if isinstance(period, Literal) else ""
        place = label_of(graph, region, lang) if region is not None else ""
        if region is not None:
            name = words["report_name"].format(region=place, year=delivery_year(graph, node, year)).strip()
        else:
            name = label_of(graph, node, lang, fallback=False) or words["report_unnamed"]
        found.append(Report(node, name, year, region, place))
    return sorted(found, key=lambda r: (r.year, r.name, str(r.node)))


def delivery_year(graph, report, reviewed):
    """The year a report was delivered (kg:deliveryYear; for graphs made before kg wrote it, the year after)."""
    stated = graph.value(report, KG.deliveryYear)
    if stated is not None:
        return str(stated)[:4]
    return str(int(reviewed) + 1) if reviewed.isdigit() else reviewed


def title_of(reports, lang="zh", graph=None):
    """The page title: the reports by region and delivery years (中国 2020、2021年政府工作报告), and how many."""
    words = strings(lang)
    if not reports:
        return words["title_none"]
    groups = {}
    for report in reports:
        if report.place:
            delivered = delivery_year(graph, report.node, report.year) if graph is not None else report.year
            groups.setdefault(report.place, []).append(delivered)
        else:
            groups.setdefault(report.name, [])
    names = [words["report_group" if len(years) > 1 else "report_name"].format(region=place, year=words["list_sep"].join(
        years if len(years) <= 4 else [years[0], "…", years[-1]])).strip() for place, years in groups.items()]
    shown = names if len(names) <= 3 else names[:2] + ["…", names[-1]]
    return words["title_many"].format(names=words["list_sep"].join(shown), count=len(reports))


def _stated(graph, source, target, lang):
    """A program concerns what its own name names (煤炭产业链长制 → 煤炭产业); a shared sentence says nothing."""
    name = " ".join(all_labels(graph, source))
    return any(len(label) >= 2 and label in name for label in all_labels(graph, target))


def _observations(graph):
    found = defaultdict(list)
    for cls in (KG.Observation, KG.TargetObservation):
        for obs in graph.subjects(RDF.type, cls):
            indicator = graph.value(obs, KG.indicator)
            if indicator is not None and obs not in found[indicator]:
                found[indicator].append(obs)
    return {k: sorted(v, key=str) for k, v in found.items()}


def _where(graph):
    """Each evidence sentence's report and section."""
    return {ev: (graph.value(ev, KG.inReport), graph.value(ev, KG.inSection))
            for ev in set(graph.subjects(RDF.type, KG.Evidence)) | set(graph.subjects(KG.text, None))}


def read_story(graph, lang="zh"):
    """The story network of a graph (a networkx MultiDiGraph) and the number of nodes linked to nothing."""
    reports = reports_of(graph, lang)
    names = {r.node: r.name for r in reports}
    styles, other = class_styles(lang), other_style(lang)
    hidden = {s for cls in HIDDEN for s in graph.subjects(RDF.type, cls)}
    sections = {s: graph.value(s, KG.inReport) for s in graph.subjects(RDF.type, KG.Section)}
    sections = {s: r for s, r in sections.items() if r in names}
    observations, where = _observations(graph), _where(graph)
    net = nx.MultiDiGraph()
    candidates = set()
    for cls, style in styles.items():
        if cls not in STRUCTURE:
            candidates |= set(graph.subjects(RDF.type, cls)) - hidden
    candidates |= set(observations)
    # Where each candidate is mentioned: sections, or reports when no section is known.
    for node in sorted(candidates, key=node_id):
        quotes = set(graph.objects(node, KG.mention))
        for obs in observations.get(node, ()):
            quotes |= set(graph.objects(obs, KG.evidence))
        places = Counter()
        for ev in quotes:
            report, section = where.get(ev, (None, None))
            if section in sections:
                places[section] += 1
            elif report in names:
                places[report] += 1
        for report in graph.objects(node, KG.mentionedIn):
            if report in names and not any(sections.get(p) == report or p == report for p in places):
                places[report] += 1
        for place, count in sorted(places.items(), key=lambda kv: node_id(kv[0])):
            net.add_edge(node_id(node), node_id(place), key="mention", kind="mention", weight=count,
                         label=term_label(graph, KG.mentionedIn, lang))
    for report in reports:
        if report.region is not None and report.region not in hidden:
            net.add_edge(node_id(report.node), node_id(report.region), key="area", kind="area",
                         label=term_label(graph, KG.refArea, lang))
    for section, report in sections.items():
        if net.has_node(node_id(section)):
            net.add_edge(node_id(section), node_id(report), key="section", kind="section",
                         label=term_label(graph, KG.inReport, lang))
    _add_links(graph, net, candidates, observations, names, hidden, lang)
    drawn = candidates | set(names)  # a section that names nothing is not missed
    unlinked = len([n for n in drawn if not net.has_node(node_id(n))])
    _describe(graph, net, reports, sections, observations, where, styles, other, lang)
    return net, unlinked


def _add_links(graph, net, candidates, observations, names, hidden, lang):
    """Edges the text (or the gazetteer, or the industry scheme) states between drawn things."""
    report_areas = {graph.value(r, KG.refArea) for r in names}
    untyped_ok = not names  # a CONSTRUCT result without reports: draw every link it holds
    for s, p, o in sorted(graph.triples((None, None, None)), key=lambda t: (node_id(t[0]), str(t[1]), str(t[2]))):
        if (isinstance(o, Literal) or p in DETAIL_LINKS or str(p).startswith(SCHEMA) or s == o
                or s in hidden or o in hidden):
            continue
        if s in names:
            if p in (KG.deliveredBy, KG.deliveredAt) and o in candidates:
                net.add_edge(node_id(s), node_id(o), key=str(p), kind="link", label=term_label(graph, p, lang))
            continue
        ends_ok = (s in candidates and o in candidates) or (untyped_ok and o not in names)
        if not ends_ok or (p == KG.concerns and not _stated(graph, s, o, lang)) or p == KG.refArea:
            continue
        if o in report_areas and p in (KG.partOf, KG.locatedIn):
            continue  # a report's places all lie in its region: saying so for each is noise
        net.add_edge(node_id(s), node_id(o), key=str(p), kind="link", label=term_label(graph, p, lang))
    for indicator, obs_list in sorted(observations.items(), key=lambda kv: node_id(kv[0])):
        for obs in obs_list:
            for p in (KG.industry, KG.refArea):
                target = graph.value(obs, p)
                if target in candidates and target not in report_areas and target != indicator:
                    net.add_edge(node_id(indicator), node_id(target), key=str(p), kind="link",
                                 label=term_label(graph, p, lang))


def _describe(graph, net, reports, sections, observations, where, styles, other, lang):
    """Label, class, importance and details of every node of the story."""
    by_id = {node_id(r.node): r for r in reports}
    section_ids = {node_id(s): s for s in sections}
    names = {r.node: r.name for r in reports}
    headings = {s: short_heading(label_of(graph, s, lang), lang) for s in sections}
    for nid in sorted(net.nodes):
        node = BNode(nid[2:]) if nid.startswith("_:") else URIRef(nid)
        attrs = {"iri": nid, "names": sorted(all_labels(graph, node))}
        if nid in by_id:
            report = by_id[nid]
            cls, kind = KG.Report, "report"
            attrs.update(label=report.name, year=report.year, reports=(nid,))
        elif nid in section_ids:
            cls, kind = KG.Section, "section"
            report = sections[node]
            attrs.update(label=headings[node], reports=(node_id(report),),
                         order=int(graph.value(node, KG.startOffset) or 0))
        else:
            cls, kind = class_of(graph, node), "member"
            attrs["label"] = label_of(graph, node, lang)
        style = styles.get(cls, other)
        attrs.update(kind=kind, cls=style.key, cls_label=style.label, color=style.color, shape=style.shape,
                     details=details_of(graph, node, names, lang))
        quotes = set(graph.objects(node, KG.mention))
        if node in observations:
            attrs["figures"], attrs["chart"] = figures_of(graph, observations[node], names, lang)
            for obs in observations[node]:
                quotes |= set(graph.objects(obs, KG.evidence))
        attrs["evidence"] = evidence_of(graph, quotes, where, names, headings, lang)
        if kind == "member":
            attrs["reports"] = tuple(sorted({r for _, place in net.out_edges(nid)
                                             for r in _report_of(place, section_ids, sections, by_id)}))
            # Mentions, plus more for what recurs across reports; an indicator with figures in several
            # reports is a headline one.
            spread = max(0, len(attrs["reports"]) - 1)
            attrs["weight"] = len(quotes) + 2 * spread + ((2 + 4 * spread) if node in observations else 0)
        net.nodes[nid].update(attrs)


def _report_of(place, section_ids, sections, by_id):
    if place in by_id:
        return [place]
    if place in section_ids:
        return [node_id(sections[section_ids[place]])]
    return []
