"""Benchmark: throughput of each build stage on a corpus of at least 10 MB of report text.

    python benchmarks/bench_build.py [--megabytes 10] [--seed 7]

The corpus is made from the reports in data/reports and tests/cases: each copy shuffles
paragraphs and scales every number, so no two documents are the same text. Stages run one
after the other over the whole corpus, so their times are comparable ratios within one run.
Prints characters per second for each stage and the peak resident memory.
"""
import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.context import area_finder, is_heading, sentence_context  # noqa: E402
from kg.extract.entities import resolve  # noqa: E402
from kg.extract.observations import read_observations  # noqa: E402
from kg.extract.regions import gazetteer  # noqa: E402
from kg.extract.report import report_info  # noqa: E402
from kg.model import Document, ParsedReport  # noqa: E402
from kg.rdf.entities import add_entities  # noqa: E402
from kg.rdf.graph import add_parsed, new_graph  # noqa: E402
from kg.rdf.outputs import serialize  # noqa: E402
from kg.text.normalize import normalize  # noqa: E402
from kg.text.reader import decode  # noqa: E402
from kg.text.segment import segment  # noqa: E402


def seeds():
    paths = sorted((ROOT / "data" / "reports").glob("*.txt")) + sorted((ROOT / "tests" / "cases").glob("*/input.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def variant(text, rng):
    """A new document in the same genre: paragraphs shuffled, numbers scaled."""
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    factor = rng.choice([0.8, 0.9, 1.1, 1.25, 1.5])

    def scale(match):
        digits = match.group(0)
        if len(digits) == 4 and digits.startswith("20"):
            return digits  # keep years
        value = float(digits) * factor
        return f"{value:.1f}" if "." in digits else str(int(value))

    return re.sub(r"\d+(?:\.\d+)?", scale, "\n\n".join(head + body))


def corpus(megabytes, seed):
    rng = random.Random(seed)
    texts, size, bases = [], 0, seeds()
    while size < megabytes * 1_000_000:
        raw = variant(rng.choice(bases), rng).encode("utf-8")
        texts.append(raw)
        size += len(raw)
    return texts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    raws = corpus(args.megabytes, args.seed)
    total_bytes = sum(map(len, raws))
    timings = {}

    def timed(stage, func, items):
        started = time.perf_counter()
        out = [func(item) for item in items]
        timings[stage] = time.perf_counter() - started
        return out

    gazetteer()  # load lexicons once, outside the timings
    texts = timed("read (decode)", lambda raw: decode("bench.txt", raw), raws)
    chars = sum(map(len, texts))
    documents = [Document(name=f"bench-{i}.txt", text=t, checksum="sha256:" + "0" * 64) for i, t in enumerate(texts)]
    normalized = timed("normalize", lambda d: normalize(d.text), documents)
    infos = [report_info(d, n) for d, n in zip(documents, normalized)]
    segmented = timed("segment", lambda n: segment(n, is_heading), normalized)

    def observations(pair):
        info, (sections, sentences) = pair
        area_of = area_finder(info.region)
        return tuple(o for s in sentences for o in read_observations(s, sentence_context(s, info, sections, area_of)))

    found = timed("observations", observations, list(zip(infos, segmented)))
    entities = timed("entities", lambda pair: resolve(pair[1][1], pair[1][0], pair[0].region), list(zip(infos, segmented)))
    parsed = [ParsedReport(info=i, document=d, sections=s[0], sentences=s[1], observations=o, entities=e)
              for i, d, s, o, e in zip(infos, documents, segmented, found, entities)]

    def graph(report):
        g = new_graph()
        add_parsed(g, report)
        add_entities(g, report)
        return g

    graphs = timed("graph", graph, parsed)
    triples = sum(map(len, graphs))
    timed("serialize (turtle)", lambda g: serialize(g, "turtle"), graphs)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(raws)} reports, {total_bytes / 1e6:.1f} MB, {chars:,} characters; "
          f"{sum(map(len, found)):,} observations, {sum(map(len, entities)):,} entities, {triples:,} triples")
    print(f"{'stage':22} {'seconds':>8} {'chars/s':>12} {'share':>6}")
    whole = sum(timings.values())
    for stage, seconds in timings.items():
        print(f"{stage:22} {seconds:8.2f} {chars / seconds:12,.0f} {seconds / whole:6.1%}")
    print(f"{'all stages':22} {whole:8.2f} {chars / whole:12,.0f}")
    print(f"peak resident memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
