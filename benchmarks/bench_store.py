"""Benchmark (not a test): one Turtle file (queried in memory) vs the Oxigraph store, for a synthetic corpus.

    python benchmarks/bench_store.py --reports 1000

Each phase runs in its own process so peak memory (max RSS) is its own. The corpus follows
docs/graph-shape.md: per report ~150 observations with evidence, 10 programs, 5 counties;
indicators, regions, industries and units shared across reports and repeated in each graph.
"""
import argparse
import json
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.rdf.ntriples import nt_lines, turtle_lines  # noqa: E402
from kg.rdf.runs import SortedRuns  # noqa: E402
from kg.rdf.turtle import write_turtle  # noqa: E402
from kg.sparql.engine import load_store, named_query, run_query  # noqa: E402
from kg.rdf.iris import (  # noqa: E402
    entity_iri,
    evidence_iri,
    indicator_iri,
    observation_iri,
    region_iri,
    report_iri,
)
from kg.store.load import ReportLoader  # noqa: E402
from kg.store.local import count_triples, open_store  # noqa: E402
from kg.vocab import CURRENCY, KG, UNIT  # noqa: E402

CHARS = "省市县区经济产业能源煤炭电力交通农业工业投资消费出口收入人口城乡科技教育医疗文化旅游生态"
PROVINCES = [(f"{p:02d}0000", f"省{i}") for i, p in enumerate(range(11, 66, 2))]
QUERIES = [("figures-for-region-year", {"region": "省3", "year": "2021"}), ("fastest-growing", {}),
           ("national-ranks", {}), ("targets-vs-actuals", {"year": "2021"}),
           ("programs-by-industry", {"industry": "产业7"}), ("counties-by-prefecture", {"prefecture": "省3市2"}),
           ("entity", {"label": "省3"})]


def label(rng, n):
    return "".join(rng.choice(CHARS) for _ in range(n))


def report_graph(i, indicators):
    """Report i's graph: its own statements plus its copy of every shared resource it uses."""
    rng = random.Random(i)
    key, year = f"r{i:04d}", 2018 + i % 7
    code, name = PROVINCES[i % len(PROVINCES)]
    g, rep, area = Graph(), report_iri(key), region_iri(code)
    gyear = Literal(str(year), datatype=XSD.gYear)
    g += [(rep, RDF.type, KG.Report), (rep, DCTERMS.title, Literal(f"{name}政府工作报告（{year + 1}）", lang="zh")),
          (rep, KG.refArea, area), (rep, KG.refPeriod, gyear), (rep, KG.sourceFile, Literal(f"{key}.txt")),
          (area, RDF.type, KG.Province), (area, RDFS.label, Literal(name, lang="zh")),
          (area, SKOS.altLabel, Literal(name[:-1] + "份", lang="zh")), (area, KG.divisionCode, Literal(code))]
    for unit, text in ((CURRENCY.CNY, "元"), (UNIT.TONNE, "吨"), (UNIT.PERCENT, "%")):
        g.add((unit, RDFS.label, Literal(text, lang="zh")))
    for n, ind_label in enumerate(rng.sample(indicators, 150)):
        ind, start = indicator_iri(ind_label), 100 + 60 * n
        obs, ev = observation_iri(key, start, 0), evidence_iri(key, start, start + 50)
        target = rng.random() < 0.15
        g += [(ind, RDF.type, KG.Indicator), (ind, RDFS.label, Literal(ind_label, lang="zh")),
              (obs, RDF.type, KG.Observation), (obs, KG.indicator, ind), (obs, KG.refArea, area),
              (obs, KG.refPeriod, Literal(str(year + target), datatype=XSD.gYear)),
              (obs, KG.value, Literal(f"{rng.randint(1, 10**6)}.{rng.randint(0, 9)}", datatype=XSD.decimal)),
              (obs, KG.unit, rng.choice((CURRENCY.CNY, UNIT.TONNE))),
              (obs, KG.changePercent, Literal(f"{rng.uniform(-5, 20):.1f}", datatype=XSD.decimal)),
              (obs, KG.evidence, ev), (ev, RDF.type, KG.Evidence),
              (ev, KG.text, Literal(f"{ind_label}达到{rng.randint(1, 999)}亿元，增长{rng.randint(1, 20)}%。")),
              (ev, KG.startOffset, Literal(start)), (ev, KG.endOffset, Literal(start + 50)), (ev, KG.inReport, rep)]
        if target:
            g.add((obs, RDF.type, KG.TargetObservation))
        if rng.random() < 0.05:
            g += [(obs, KG.rank, Literal(rng.randint(1, 31))), (obs, KG.rankScope, KG.scopeNation)]
    for n in range(10):
        program, industry = rng.randrange(2000), rng.randrange(50)
        p, ind = entity_iri("program", f"项目{program}"), entity_iri("industry", f"产业{industry}")
        ev = evidence_iri(key, 20000 + n, 20030 + n)
        g += [(p, RDF.type, KG.Program), (p, RDFS.label, Literal(f"项目{program}", lang="zh")), (p, KG.concerns, ind),
              (ind, RDF.type, KG.Industry), (ind, RDFS.label, Literal(f"产业{industry}", lang="zh")),
              (p, KG.mentionedIn, rep), (p, KG.mention, ev), (ev, RDF.type, KG.Evidence),
              (ev, KG.text, Literal(f"实施项目{program}，发展产业{industry}。")), (ev, KG.inReport, rep)]
    for n in range(5):
        city = region_iri(f"{code[:2]}{n + 1:02d}00")
        county = region_iri(f"{code[:2]}{n + 1:02d}{rng.randint(1, 30):02d}")
        g += [(city, RDF.type, KG.City), (city, RDFS.label, Literal(f"{name}市{n + 1}", lang="zh")),
              (city, KG.partOf, area), (county, RDF.type, KG.County), (county, KG.partOf, city),
              (county, RDFS.label, Literal(f"{name}县{county[-2:]}", lang="zh")), (county, KG.mentionedIn, rep)]
    return g


def indicator_labels(count=400):
    rng = random.Random(0)
    return sorted({label(rng, rng.randint(4, 8)) for _ in range(count * 2)})[:count]


class QueryTimeout(BaseException):
    """Raised by the alarm; a BaseException so run_query does not turn it into a QueryError."""


def timed_queries(target, limit=30):
    times = {}
    for name, params in QUERIES:
        text, bindings = named_query(name, params)
        signal.alarm(limit)
        start = time.perf_counter()
        try:
            rows = len(run_query(target, text, bindings).rows)
            times[name] = (round(time.perf_counter() - start, 3), rows)
        except QueryTimeout:
            times[name] = (f">{limit}", None)
        finally:
            signal.alarm(0)
    return times


def _alarm(*_):
    raise QueryTimeout


def phase(kind, reports, workdir):
    signal.signal(signal.SIGALRM, _alarm)
    indicators, gen, load = indicator_labels(), 0.0, 0.0
    if kind == "turtle":  # as kg build writes a file: sorted lines per report, merged, then Turtle
        path = Path(workdir) / "graph.ttl"
        with SortedRuns(directory=workdir) as runs:
            for i in range(reports):
                t0 = time.perf_counter()
                g = report_graph(i, indicators)
                t1 = time.perf_counter()
                runs.add("\n".join(turtle_lines(g)))
                gen, load = gen + t1 - t0, load + time.perf_counter() - t1
            t0 = time.perf_counter()
            with open(path, "w", encoding="utf-8") as stream:
                triples = write_turtle(runs.lines(), stream)
        write, size = time.perf_counter() - t0, path.stat().st_size
        t0 = time.perf_counter()
        loaded = load_store(path)  # kg query FILE: the file into an in-memory Oxigraph store
        write += time.perf_counter() - t0
        queries = timed_queries(loaded)
    else:  # as kg build --store loads: each report spooled as it comes, then one bulk commit
        loader = ReportLoader(Path(workdir) / "store")
        for i in range(reports):
            t0 = time.perf_counter()
            g = report_graph(i, indicators)
            t1 = time.perf_counter()
            lines = nt_lines(g)
            loader.stage(report_iri(f"r{i:04d}"), "\n".join(lines), len(lines))
            gen, load = gen + t1 - t0, load + time.perf_counter() - t1
        t0 = time.perf_counter()
        loader.commit()
        store = open_store(Path(workdir) / "store")
        write, triples = time.perf_counter() - t0, count_triples(store)
        size = sum(f.stat().st_size for f in (Path(workdir) / "store").rglob("*") if f.is_file())
        queries = timed_queries(store)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"generate": gen, "build": load, "write": write, "triples": triples, "bytes": size,
                      "peak_mb": peak, "queries": queries}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--phase", choices=("turtle", "store"))
    parser.add_argument("--workdir")
    args = parser.parse_args()
    if args.phase:
        return phase(args.phase, args.reports, args.workdir)
    with tempfile.TemporaryDirectory() as workdir:
        results = {}
        for kind in ("turtle", "store"):
            out = subprocess.run([sys.executable, __file__, "--phase", kind, "--reports", str(args.reports),
                                  "--workdir", workdir], check=True, stdout=subprocess.PIPE, text=True).stdout
            results[kind] = json.loads(out.strip().splitlines()[-1])
    t, s = results["turtle"], results["store"]
    print(f"{args.reports} reports, {t['triples']:,} distinct triples\n")
    print(f"{'':28}{'Turtle file':>18}{'Oxigraph store':>18}")
    for key, fmt in (("generate", "{:.1f} s"), ("build", "{:.1f} s"), ("write", "{:.1f} s"),
                     ("bytes", "{:,.0f} MB"), ("peak_mb", "{:,.0f} MB")):
        scale = 1 / 2**20 if key == "bytes" else 1
        name = {"generate": "make report graphs", "build": "lines, merge / spool", "write": "write+load / commit",
                "bytes": "on disk", "peak_mb": "peak memory (max RSS)"}[key]
        print(f"{name:28}{fmt.format(t[key] * scale):>18}{fmt.format(s[key] * scale):>18}")
    print("\nnamed query (seconds, rows)")
    for name, _ in QUERIES:
        (ta, tr), (sa, sr) = t["queries"][name], s["queries"][name]
        print(f"  {name:26}{f'{ta} ({tr})':>18}{f'{sa} ({sr})':>18}")


if __name__ == "__main__":
    main()
