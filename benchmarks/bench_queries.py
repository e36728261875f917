"""Benchmark (not a test): every named query with example parameters, on a file, a store and 1,000 reports.

    python benchmarks/bench_queries.py [--reports 1000] [--corpus data/corpus/national] [--no-command]

Three targets, one table:
- the national corpus as one Turtle file, loaded once into Oxigraph in memory (what `kg query FILE`
  does), query time only, and the whole `kg query FILE --name …` command (start-up and loading included);
- the same reports as a store (`kg build --store`), query time and the whole command;
- a store of 1,000 report graphs (the national reports of 2002–2022 copied under made-up areas, as
  benchmarks/bench_series.py makes it), query time.
Query times are the best of three runs; commands run once. Rows of each query are counted so that a
faster query that answers differently shows.
"""
import argparse
import gc
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_series import fill_store, report_triples  # noqa: E402

from kg.sparql.engine import load_store, named_query, run_query  # noqa: E402
from kg.store.local import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def examples(area, report):
    """Every named query with parameters of the kind its --list entry gives, for a corpus whose area is area."""
    return [
        ("counties-by-prefecture", {}),
        ("entity", {"label": "乡村振兴"}),
        ("fastest-growing", {}),
        ("fastest-growing", {"year": "2018", "region": area}),
        ("figures-for-region-year", {"region": area, "year": "2019"}),
        ("indicator-across-areas", {"indicator": "gdp", "year": "2019"}),
        ("national-ranks", {"scope": "any"}),
        ("programs-by-industry", {}),
        ("programs-most-mentioned", {}),
        ("programs-most-mentioned", {"report": report}),
        ("series", {"indicator": "gdp", "measure": "change"}),
        ("series", {"indicator": "grain-output"}),
        ("targets-missed", {}),
        ("targets-missed", {"indicator": "gdp"}),
        ("targets-vs-actuals", {"year": "2019"}),
    ]


def best_of(call, repeat=3):
    best, rows = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        rows = call()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, rows


def query_time(target, name, params):
    text, bindings = named_query(name, params)
    return best_of(lambda: len(list(run_query(target, text, bindings).rows)))


def command_time(source, name, params, store):
    command = [sys.executable, "-m", "kg", "query"] + (["--store", str(source)] if store else [str(source)])
    command += ["--name", name, "--format", "csv", "-o", "/dev/null"]
    for key, value in params.items():
        command += ["--param", f"{key}={value}"]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def label(name, params):
    return name + "".join(f" {k}={v}" for k, v in params.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--corpus", default=str(ROOT / "data" / "corpus" / "national"))
    parser.add_argument("--no-command", action="store_true", help="Leave out the whole-command timings.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        work = Path(workdir)
        graph_file, store_dir = work / "national.ttl", work / "national-store"
        for target in (["-o", str(graph_file)], ["--store", str(store_dir)]):
            subprocess.run([sys.executable, "-m", "kg", "build", args.corpus, *target, "--no-html", "-q"],
                           check=True, cwd=ROOT)
        start = time.perf_counter()
        in_memory = load_store(str(graph_file))
        print(f"national corpus: {len(in_memory):,} triples, loaded from Turtle in {time.perf_counter() - start:.2f} s")
        store = open_store(str(store_dir), read_only=True)
        reports = report_triples(args.corpus)
        big = fill_store(work / "big-store", reports, args.reports)
        print(f"synthetic store: {args.reports} reports, {len(big):,} quads")
        header = f"{'named query (example parameters)':58} {'file':>6} {'cmd':>6} {'store':>6} {'cmd':>6} {args.reports:>6}  rows"
        print(header + "\n" + "-" * len(header))
        for name, params in examples("中国", "national-2019"):
            file_s, rows = query_time(in_memory, name, params)
            store_s, store_rows = query_time(store, name, params)
            big_params = {k: ("地区07" if v == "中国" else "a07-national-2019" if v == "national-2019" else v)
                          for k, v in params.items()}
            big_s, _ = query_time(big, name, big_params)
            if args.no_command:
                file_cmd = store_cmd = float("nan")
            else:
                file_cmd = command_time(graph_file, name, params, store=False)
                del store
                gc.collect()  # the command opens the store itself
                store_cmd = command_time(store_dir, name, params, store=True)
                store = open_store(str(store_dir), read_only=True)
            same = "" if rows == store_rows else f" (store: {store_rows})"
            print(f"{label(name, params)[:58]:58} {file_s:6.2f} {file_cmd:6.2f} {store_s:6.2f} {store_cmd:6.2f} "
                  f"{big_s:6.2f}  {rows}{same}", flush=True)
        print("seconds; file/store: query time (best of 3), cmd: the whole kg query command, start-up included")


if __name__ == "__main__":
    main()
