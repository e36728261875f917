"""Build a corpus too large for one machine on a Dask cluster, then load it into a triple store.

    python examples/dask_build.py REPORTS_DIR OUT_DIR [--scheduler tcp://host:8786] [--workers 2]

Each report is an independent task (kg.pipeline.jobs.report_nquads): read, parse and turn into
N-Quads of its own named graph, the report's IRI. Tasks run wherever Dask puts them (the local
processes here, a cluster with --scheduler); each writes OUT_DIR/<key>.nq, so nothing is
gathered in one process. Reports kg cannot read are listed, not fatal. Then push each file to
a server with `kg push OUT_DIR/<key>.nq --endpoint URL --graph <report IRI>` (printed at the end);
a server that treats its default graph as the union of the named graphs (Oxigraph with
--union-default-graph, Fuseki's unionDefaultGraph) answers kg's named queries over all of them.
Needs dask (`pip install 'kg[scale]'`); kg must be installed on every worker.
"""
import argparse
import sys
from pathlib import Path


def build_one(path, out_dir):
    """One Dask task: a report into OUT_DIR/<key>.nq; returns (key, graph IRI, triples) or (None, path, error)."""
    from kg.errors import KgError
    from kg.pipeline.jobs import report_nquads

    try:
        key, graph, nquads = report_nquads(path)
    except KgError as exc:
        return None, path, str(exc)
    target = Path(out_dir) / f"{key}.nq"
    temporary = target.with_suffix(".nq.tmp")
    temporary.write_text(nquads, encoding="utf-8")
    temporary.replace(target)  # a retried or killed task never leaves half a file
    return key, graph, nquads.count("\n")


def build(paths, out_dir, scheduler=None, workers=2):
    """Run build_one over paths on Dask; returns the per-report results in input order."""
    import dask
    import dask.bag as bag

    Path(out_dir).mkdir(parents=True, exist_ok=True)
    tasks = bag.from_sequence([str(p) for p in paths], partition_size=1).map(build_one, str(out_dir))
    if scheduler:
        from dask.distributed import Client

        with Client(scheduler):
            return tasks.compute()
    with dask.config.set(scheduler="processes", num_workers=workers):
        return tasks.compute()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports")
    parser.add_argument("out_dir")
    parser.add_argument("--scheduler", help="a dask.distributed scheduler address (default: local processes)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from kg.text.reader import report_paths

    results = build(report_paths([args.reports]), args.out_dir, args.scheduler, args.workers)
    for key, graph, count in results:
        if key is None:
            print(f"skipped {count}", file=sys.stderr)
        else:
            print(f"kg push {Path(args.out_dir) / (key + '.nq')} --endpoint URL --graph {graph}  # {count} triples")


if __name__ == "__main__":
    main()
