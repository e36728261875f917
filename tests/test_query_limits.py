"""A runaway query is stopped: --timeout and --max-memory, rows streamed before it is, no file half-written."""
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli

from .conftest import ROOT, SAMPLE

CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"


def kg(*args, seed="0", **kwargs):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, timeout=120, env=env,
                          cwd=ROOT, **kwargs)


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("limits") / "g.ttl"
    assert CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--no-html"]).exit_code == 0
    return out


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("limits") / "store"
    assert CliRunner().invoke(cli, ["build", str(SAMPLE), "--store", str(out)]).exit_code == 0
    return out


@pytest.mark.parametrize("source", ["file", "store"])
def test_a_cross_join_streams_rows_then_stops_at_the_timeout(graph_file, store_dir, source):
    where = [str(graph_file)] if source == "file" else ["--store", str(store_dir)]
    done = kg("query", *where, CROSS, "--format", "csv", "--timeout", "2")
    assert done.returncode == 1
    assert done.stderr.decode().strip().splitlines() == [
        f"Error: the query on {where[-1]} ran past --timeout 2s and was stopped; "
        "narrow it (LIMIT, FILTER, fewer joins) or give a larger --timeout"]
    lines = done.stdout.decode().splitlines()
    assert lines[0] == "a,b,c,d,e,f" and len(lines) > 100  # rows came out as they were found


def test_a_stopped_query_leaves_no_output_file(store_dir, tmp_path):
    out = tmp_path / "rows.csv"
    done = kg("query", "--store", str(store_dir), CROSS + " ORDER BY ?c ?f", "--format", "csv", "-o", str(out),
              "--timeout", "1")
    assert done.returncode == 1 and b"ran past --timeout 1s" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_query_past_its_memory_is_stopped(graph_file):
    done = kg("query", str(graph_file), CROSS + " ORDER BY ?c ?f", "--max-memory", "64", "--timeout", "60")
    assert done.returncode == 1
    assert b"needed more than 64 MB of memory and was stopped" in done.stderr
    assert b"Traceback" not in done.stderr


def test_select_star_columns_are_the_same_under_every_hash_seed(graph_file, store_dir):
    script = ("import sys; from kg import query, load, Store; text = sys.argv[3]; "
              "print(query(load(sys.argv[1]), text).variables, query(Store(sys.argv[2]), text).variables)")
    text = "SELECT * WHERE { ?s a kg:Report ; ?p ?o . BIND(1 AS ?z) OPTIONAL { ?o ?q ?y } } LIMIT 1"
    seen = {subprocess.run([sys.executable, "-c", script, str(graph_file), str(store_dir), text], check=True,
                           capture_output=True, timeout=120, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert seen == {b"('s', 'p', 'o', 'z', 'q', 'y') ('s', 'p', 'o', 'z', 'q', 'y')\n"}


def test_closed_stdin_is_one_line(tmp_path, graph_file):
    for args in (["build", "-", "-o", str(tmp_path / "g.ttl")], ["query", str(graph_file)], ["query", "-", "ASK {}"]):
        done = kg(*args, preexec_fn=lambda: os.close(0))
        assert done.returncode == 1 and done.stderr.decode().count("\n") == 1, done.stderr
        assert done.stderr.startswith(b"Error: stdin is closed"), done.stderr
    assert not (tmp_path / "g.ttl").exists()


def test_a_query_that_squares_a_string_under_an_address_space_limit_is_one_line(graph_file):
    """Under ulimit -v the engine's failed allocation would abort the process: the query runs in a child limited to
    its --max-memory, and the default takes the limit into account."""
    import resource

    binds = " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(32))
    text = f'SELECT (STRLEN(?a32) AS ?n) WHERE {{ BIND("aaaaaaaaaaaaaaaa" AS ?a0) {binds} }}'

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (4_000_000 * 1024, resource.RLIM_INFINITY))

    for extra in (["--max-memory", "3000"], []):
        done = kg("query", str(graph_file), text, *extra, preexec_fn=limit)
        assert done.returncode == 1, done.stderr
        lines = done.stderr.decode().splitlines()
        assert len(lines) == 1 and "needed more than" in lines[0] and "MB of memory and was stopped" in lines[0], lines
    assert b"needed more than 3000 MB" not in done.stderr  # the default is under the 4 GB limit


def test_the_default_memory_ceiling_is_under_the_address_space_limit():
    script = ("import resource; resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, resource.RLIM_INFINITY)); "
              "from kg.cli.limits import default_max_memory; print(default_max_memory())")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert 64 <= int(done.stdout) < 1536, done.stderr
