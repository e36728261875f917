"""IRI stage: every resource IRI kg writes is minted here, ASCII and deterministic."""
import hashlib
from functools import lru_cache

from rdflib import URIRef

from ..vocab import ID


def short_hash(text, length=12):
    """A stable ASCII digest of any text.

    >>> short_hash("地区生产总值")
    '9a16d5bc227e'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


@lru_cache(maxsize=256)  # asked for by every evidence and entity of a report
def report_iri(key):
    return URIRef(f"{ID}report/{key}")


@lru_cache(maxsize=4096)
def section_iri(key, index):
    return URIRef(f"{ID}section/{key}/{index}")


def evidence_iri(key, start, end):
    return URIRef(f"{ID}evidence/{key}/{start}-{end}")


def observation_iri(key, start, index):
    return URIRef(f"{ID}obs/{key}/{start}-{index}")


def period_iri(start, end):
    """A span of years is a resource of its own, named by its years (2018-2022)."""
    return URIRef(f"{ID}period/{start}-{end}")


def indicator_iri(label):
    return URIRef(f"{ID}indicator/{short_hash(label)}")


def region_iri(code):
    """Regions with a GB/T 2260 code are named by it, so every report shares one resource."""
    return URIRef(f"{ID}region/{code}")


def local_region_iri(parent_code, name):
    """Townships and villages have no code in the gazetteer: name them under their county."""
    return URIRef(f"{ID}region/{parent_code}-{short_hash(name, 8)}")


def entity_iri(kind, label):
    """Programs, places, people and the rest: kind plus a digest of the normalized label."""
    return URIRef(f"{ID}{kind.lower()}/{short_hash(label)}")
