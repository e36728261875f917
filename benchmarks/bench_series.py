"""Benchmark (not a test): `kg series` on a store of 1,000 report graphs.

    python benchmarks/bench_series.py --reports 1000 [--corpus data/corpus/national]

The store is made of real report graphs: the State Council's reports of 2002-2022 built by kg,
each copied under 50 made-up areas (its IRIs, region and labels renamed), so every area has the
same twenty years of figures and the catalog links kg writes. Reports go into the store the way
`kg build --store` puts them (one named graph each, the union in the default graph). Then the
series command's library call is timed, for every area and for one, as table, CSV and JSON.
"""
import argparse
import gc
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.pipeline import GRAPH_STAGES, parse_document  # noqa: E402
from kg.rdf.graph import to_graph  # noqa: E402
from kg.sparql.series import build_series, to_csv, to_json, to_table  # noqa: E402
from kg.store.local import open_store  # noqa: E402
from kg.text.reader import read_document  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
COUNTRY = "100000"


def report_triples(corpus):
    """Each report of 2002-2022 built by kg, as (key, N-Triples text)."""
    paths = sorted(p for p in Path(corpus).glob("national-20*.txt") if 2002 <= int(p.stem[-4:]) <= 2022)
    if not paths:
        sys.exit(f"no national reports of 2002-2022 in {corpus}")
    built = []
    for path in paths:
        parsed = parse_document(read_document(str(path)))
        graph = to_graph([parsed], extra=GRAPH_STAGES)
        built.append((parsed.info.key, graph.serialize(format="nt", encoding="utf-8").decode("utf-8")))
    return built


def renamed(key, text, area):
    """A report's triples as if area number `area` had delivered it: new keys, region code and label."""
    code = f"9{area:05d}"
    text = text.replace(f"/{key}", f"/a{area:02d}-{key}")
    text = text.replace(f"region/{COUNTRY}>", f"region/{code}>").replace(f'"{COUNTRY}"', f'"{code}"')
    return re.sub(r'"中国"@zh', f'"地区{area:02d}"@zh', text)


def fill_store(directory, reports, count, chunk=50):
    """The reports as `kg build --store` keeps them: one named graph each, their union in the default graph."""
    store = open_store(directory, create=True)
    for first in range(0, count, chunk):
        quads = []
        for i in range(first, min(first + chunk, count)):
            key, text = reports[i % len(reports)]
            area = i // len(reports)
            graph = f"<https://w3id.org/kg-cn/id/report/a{area:02d}-{key}>"
            for line in renamed(key, text, area).splitlines():
                if line.endswith(" ."):
                    quads.append(f"{line[:-2]} {graph} .")
                    quads.append(line)
        store.bulk_load("\n".join(quads).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()  # what RocksDB's background compaction leaves a store some time after a build
    return store


def timed(label, call, repeat=3):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        out = call()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"  {label:44}{best:8.3f} s")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--corpus", default=str(ROOT / "data" / "corpus" / "national"))
    args = parser.parse_args()
    start = time.perf_counter()
    reports = report_triples(args.corpus)
    print(f"built {len(reports)} report graphs in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory() as workdir:
        start = time.perf_counter()
        store = fill_store(Path(workdir) / "store", reports, args.reports)
        triples = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value
        print(f"store of {args.reports} reports, {int(triples):,} triples, filled in {time.perf_counter() - start:.1f} s")
        print("kg series (best of 3; the CLI adds ~0.5 s of Python start-up):")
        series = timed("gdp, change, every area, table", lambda: to_table(build_series(store, "gdp", "change")))
        timed("gdp, change, every area, csv", lambda: to_csv(build_series(store, "gdp", "change")))
        timed("gdp, change, every area, json (all evidence)",
              lambda: to_json(build_series(store, "gdp", "change", evidence=True)))
        timed("gdp, change, one area (--area 地区07)", lambda: to_table(build_series(store, "gdp", "change", "地区07")))
        timed("grain-output, value, every area", lambda: to_table(build_series(store, "粮食产量")))
        timed("cpi, every area, --from 2010 --to 2015", lambda: to_csv(build_series(store, "cpi", first=2010,
                                                                                 last=2015)))
        print(f"({series.count(chr(10)) - 5} rows in the first table)")
        del store  # RocksDB locks the directory while a handle is open
        gc.collect()
        command = [sys.executable, "-m", "kg", "series", "--store", str(Path(workdir) / "store"), "--indicator", "gdp",
                   "--measure", "change", "--format", "csv"]
        print("the command, start-up included:")
        timed(" ".join(["kg"] + command[3:4] + ["--store DIR"] + command[6:]),
              lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT))


if __name__ == "__main__":
    main()
