"""Pipeline: file → Document → normalized text → sentences → observations (and entities) → Graph.

kg/pipeline/jobs.py runs reports in worker processes; kg/pipeline/corpus.py streams them into a
graph file or a store.
"""
from dataclasses import replace

from ..extract.context import area_finder, is_heading, sentence_contexts
from ..extract.entities import resolve
from ..extract.figures import states_quantity
from ..extract.observations import read_observations
from ..errors import InputError
from ..extract.report import report_info
from ..model import ParsedReport
from ..rdf.entities import add_entities
from ..rdf.graph import add_parsed, to_graph
from ..text.normalize import normalize
from ..text.keys import keyed_paths, source_path
from ..text.reader import read_document, report_paths
from ..text.segment import segment

# Graph builders walked for every report after its observations.
GRAPH_STAGES = [add_entities]


def parse_document(document, region=None, year=None):
    """Read one Document into a ParsedReport."""
    normalized = normalize(document.text)
    if not states_quantity(normalized.text):
        raise _no_figures(document)
    info = report_info(document, normalized, region, year)
    sections, sentences = segment(normalized, is_heading)
    area_of = area_finder(info.region)
    observations = []
    for sentence, context in zip(sentences, sentence_contexts(sentences, info, sections, area_of)):
        observations.extend(read_observations(sentence, context))
    if not observations:
        raise _no_figures(document)
    entities = resolve(sentences, sections, info.region)
    return ParsedReport(info=info, document=document, sections=sections, sentences=sentences,
                        observations=tuple(observations), entities=entities)


def _no_figures(document):
    # a 决议 or a news item in a folder of reports: nothing to put in a graph, and worth saying so
    return InputError(f"{document.name}: states no figures, so it does not read as a report; "
                      "leave it out (or pass --keep-going)")


def add_parsed_report(graph, parsed):
    """Every triple one parsed report yields, added to graph (an rdflib.Graph or a TripleLines)."""
    add_parsed(graph, parsed)
    for add in GRAPH_STAGES:
        add(graph, parsed)
    return graph


def parse_paths(inputs, region=None, year=None, stdin_bytes=None, store_dir=None):
    """Parse every report that inputs (files, folders, '-') name, in order, each once.

    Keys are unique in the build and, with store_dir, against the reports the store holds."""
    stored = ()
    if store_dir:
        from ..store.local import stored_sources

        stored = stored_sources(store_dir)
    return [parse_document(replace(read_document(path, stdin_bytes), key=key, source=source_path(path)), region, year)
            for path, key in keyed_paths(report_paths(inputs), stdin_bytes, stored)]


def to_dataset(parsed_reports):
    """The parsed reports as an rdflib Dataset, one named graph per report (its IRI), as in a store."""
    from rdflib import Dataset

    from ..rdf.iris import report_iri

    dataset = Dataset()
    for parsed in parsed_reports:
        named = dataset.graph(report_iri(parsed.info.key))
        for triple in to_graph([parsed], extra=GRAPH_STAGES):
            named.add(triple)
    return dataset


def build_graph(inputs, region=None, year=None, stdin_bytes=None):
    """The knowledge graph of the reports that inputs name."""
    return to_graph(parse_paths(inputs, region, year, stdin_bytes), extra=GRAPH_STAGES)
