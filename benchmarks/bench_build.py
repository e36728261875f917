"""Benchmark (not a test): kg build against word segmentation and the RDF engine, on real reports, in one run.

    python benchmarks/bench_build.py [--megabytes 20] [--corpus data/corpus/national] [--jobs N]

The corpus is the real national reports, copied as often as it takes to reach the size asked
for (each copy under its own file name, so each is its own report). Every figure comes from
this one run, so the ratios hold whatever the machine: kg build at -j 1 and -j N (graph file
and store), jieba.lcut on the same text, and pyoxigraph loading kg's own output and writing it
back. Peak memory is the largest resident set of kg's processes together (workers included).
Reports kg cannot read are skipped (--keep-going) and their bytes are left out of the rates.
jieba is a benchmark-only dependency: `pip install jieba`.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "data" / "corpus" / "national"


def make_corpus(source, folder, megabytes):
    """Copies of the source reports into folder until it holds megabytes of text."""
    reports = sorted(Path(source).glob("*.txt"))
    if not reports:
        sys.exit(f"{source}: no *.txt reports; pass --corpus DIR")
    size, copy = 0, 0
    while size < megabytes * 1e6:
        copy += 1
        for path in reports:
            target = Path(folder) / f"{path.stem}-copy{copy:02d}.txt"
            shutil.copyfile(path, target)
            size += target.stat().st_size
    return size


def tree_rss(pid):
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children, total = {}, 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    stack = [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, ()))
        try:
            with open(f"/proc/{current}/statm", encoding="utf-8") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return total


def run_kg(args, cwd):
    """Run `python -m kg ARGS`; returns (seconds, peak MB of the process tree, stderr)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=cwd, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def watch():
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - started
    watcher.join()
    if process.returncode:
        sys.exit(f"kg {' '.join(args)} failed:\n{errors}")
    return seconds, peak[0] / 2**20, errors


def built_reports(folder, errors):
    """The reports kg built (those it skipped are named on stderr)."""
    skipped = {line.split()[1].rstrip(":") for line in errors.splitlines() if line.startswith("skipped ")}
    return [p for p in sorted(Path(folder).glob("*.txt")) if str(p) not in skipped], len(skipped)


def time_jieba(paths):
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    text = "".join(p.read_text(encoding="utf-8") for p in paths)
    started = time.perf_counter()
    jieba.lcut(text)
    return time.perf_counter() - started


def time_oxigraph(graph_file):
    import pyoxigraph as ox

    started = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TURTLE)
    store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    return time.perf_counter() - started, len(store)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "reports"
        folder.mkdir()
        total = make_corpus(args.corpus, folder, args.megabytes)
        graph = Path(work) / "graph.ttl"
        rows = {}
        common = ["build", str(folder), "--keep-going", "-q"]
        for jobs in sorted({1, args.jobs}):
            rows[f"kg build -o graph.ttl -j {jobs}"] = run_kg(
                common + ["-o", str(graph), "--no-html", "-j", str(jobs)], work)
        rows[f"kg build --store -j {args.jobs}"] = run_kg(common + ["--store", str(Path(work) / "store"),
                                                                    "-j", str(args.jobs)], work)
        built, skipped = built_reports(folder, rows[f"kg build -o graph.ttl -j {args.jobs}"][2])
        size = sum(p.stat().st_size for p in built)
        jieba_seconds = time_jieba(built)
        oxigraph_seconds, triples = time_oxigraph(graph)
    reports = len(list(Path(args.corpus).glob("*.txt")))
    print(f"corpus: {args.corpus} ({reports} reports) copied to {total / 1e6:.1f} MB; "
          f"kg built {size / 1e6:.1f} MB ({skipped} reports skipped), {triples:,} triples; {args.jobs} cores\n")
    print(f"| {'':34} | {'seconds':>7} | {'MB/s':>6} | {'peak MB':>7} | {'÷ jieba':>7} | {'÷ pyoxigraph':>12} |")
    print(f"|{'-' * 36}|{'-' * 9}|{'-' * 8}|{'-' * 9}|{'-' * 9}|{'-' * 14}|")
    for name, (seconds, peak, _) in rows.items():
        print(f"| {name:34} | {seconds:7.1f} | {size / 1e6 / seconds:6.2f} | {peak:7.0f} | "
              f"{seconds / jieba_seconds:7.2f} | {seconds / oxigraph_seconds:12.1f} |")
    print(f"| {'jieba.lcut, same text':34} | {jieba_seconds:7.1f} | {size / 1e6 / jieba_seconds:6.2f} | "
          f"{'':>7} | {1:7.2f} | {'':>12} |")
    print(f"| {'pyoxigraph load + write kg output':34} | {oxigraph_seconds:7.1f} | {'':>6} | {'':>7} | "
          f"{oxigraph_seconds / jieba_seconds:7.2f} | {1:12.1f} |")


if __name__ == "__main__":
    main()
