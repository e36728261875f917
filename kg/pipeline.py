"""Pipeline: file → Document → normalized text → sentences → observations (and entities) → Graph."""
import re

from .entities import resolve
from .entity_graph import add_entities
from .figures import quoted_spans
from .graph import to_graph
from .lexicon import figures
from .model import ParsedReport
from .normalize import is_numbered_heading, is_title_line, normalize
from .observations import SentenceContext, read_observations
from .reader import read_document, report_paths
from .regions import gazetteer, leading_region
from .report import report_info
from .segment import segment

_LEADING_YEAR = re.compile(r"^(?:\d+月\d+日，)?((?:19|20)\d{2})年(?![度底末])")

# Graph builders walked for every report after its observations.
GRAPH_STAGES = [add_entities]


def is_heading(block):
    return is_numbered_heading(block) or is_title_line(block, None)


def is_target(sentence, section_title):
    """A sentence that sets goals for the coming year rather than stating results."""
    rules = figures()["target"]
    text = sentence.text
    for start, end in reversed(quoted_spans(text)):
        text = text[:start] + text[end:]  # 职业教育“双高计划”: a name, not a plan
    return any(m in text for m in rules["markers"]) or any(h in section_title for h in rules["headings"])


def sentence_context(sentence, info, sections, area_of):
    """The period a sentence's figures are for, and whether they are targets."""
    target = is_target(sentence, sections[sentence.section].title)
    period = info.year + 1 if target else info.year
    later = re.search(figures()["target"]["by_year"], sentence.text)
    if later and int(later.group(1)) > info.year:
        target, period = True, int(later.group(1))  # 到2025年…: a goal for that year
    stated = _LEADING_YEAR.match(sentence.text)
    if stated and not target:
        period = int(stated.group(1))
    return SentenceContext(period=period, target=target, area_of=area_of)


def area_finder(scope):
    """A function that splits a region named at the start of an indicator name off it: (code or None, rest)."""
    gaz = gazetteer()

    def area_of(name):
        region, rest = leading_region(name, scope, gaz)
        return (region.code, rest) if region is not None else (None, name)

    return area_of


def parse_document(document, region=None, year=None):
    """Read one Document into a ParsedReport."""
    normalized = normalize(document.text)
    info = report_info(document, normalized.text, region, year)
    sections, sentences = segment(normalized, is_heading)
    area_of = area_finder(info.region)
    observations = []
    for sentence in sentences:
        observations.extend(read_observations(sentence, sentence_context(sentence, info, sections, area_of)))
    entities = resolve(sentences, sections, info.region)
    return ParsedReport(info=info, document=document, sections=sections, sentences=sentences,
                        observations=tuple(observations), entities=entities)


def parse_paths(inputs, region=None, year=None, stdin_bytes=None):
    """Parse every report that inputs (files, folders, '-') name, in order."""
    return [parse_document(read_document(path, stdin_bytes), region, year) for path in report_paths(inputs)]


def store_reports(parsed_reports, store_dir):
    """Each parsed report into a store as its own named graph, all in one swap; returns (key, triples) pairs."""
    from .iris import report_iri
    from .store import add_report_graphs

    graphs = [(report_iri(p.info.key), to_graph([p], extra=GRAPH_STAGES)) for p in parsed_reports]
    counts = add_report_graphs(store_dir, graphs)
    return [(p.info.key, count) for p, count in zip(parsed_reports, counts)]


def build_graph(inputs, region=None, year=None, stdin_bytes=None):
    """The knowledge graph of the reports that inputs name."""
    return to_graph(parse_paths(inputs, region, year, stdin_bytes), extra=GRAPH_STAGES)
