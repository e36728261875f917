"""Nothing lost when several kg processes share a store: writers, readers, crashes and full disks (real processes)."""
import os
import shutil
import subprocess
import sys
import textwrap
import time

import pyoxigraph
import pytest

import kg
from kg.errors import StoreError
from kg.store import load as store_load
from kg.store.load import JOURNAL, ReportLoader
from kg.store.local import list_reports, open_store

from .conftest import NATIONAL, SAMPLE


def _kg(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


def _count_reports(store):
    return kg.query(kg.Store(store), "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a kg:Report }").to_python()[0][0]


def test_two_builds_of_two_files_with_one_name_never_leave_one_report(tmp_path):
    """Each build works its key out from the store as it was when it started; at commit, under the write lock,
    a key another build gave to another file meanwhile is refused, never silently replaced."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    (tmp_path / "a" / "2024.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "2024.txt").write_text(text.replace("2.57万亿", "2.58万亿"), encoding="utf-8")
    store = tmp_path / "store"
    for _ in range(2):
        shutil.rmtree(store, ignore_errors=True)
        builds = [_kg("build", str(tmp_path / folder / "2024.txt"), "--store", str(store), "-j", "1")
                  for folder in ("a", "b")]
        outcomes = [(b.wait(timeout=120), b.communicate()[1]) for b in builds]
        codes = sorted(code for code, _ in outcomes)
        assert codes in ([0, 0], [0, 1]), outcomes
        stored = [key for key, _ in list_reports(store)]
        if codes == [0, 0]:
            assert len(stored) == 2, stored
        else:
            refused = next(err for code, err in outcomes if code == 1)
            assert "another build stored" in refused and "nothing was written" in refused, refused
            assert len(stored) == 1
        assert not list(tmp_path.glob(".store.kg-load-*"))


def test_readers_see_the_store_before_a_commit_or_after_it_never_half_and_never_fail(tmp_path):
    store = tmp_path / "store"
    kg.Store(store).add([SAMPLE])
    reader = textwrap.dedent(f"""
        import sys, time, kg
        counts, errors, stop = [], [], time.monotonic() + 120
        while time.monotonic() < stop:
            try:
                counts.append(kg.query(kg.Store({str(store)!r}), "SELECT (COUNT(DISTINCT ?r) AS ?n) "
                                       "WHERE {{ ?r a kg:Report }}").to_python()[0][0])
            except Exception as exc:
                errors.append(str(exc))
            if counts and counts[-1] == 9:
                break
        print((sorted(set(counts)), len(counts), errors))
    """)
    readers = [subprocess.Popen([sys.executable, "-c", reader], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for _ in range(2)]
    time.sleep(1.0)
    paths = [str(NATIONAL / f"national-{year}.txt") for year in range(2010, 2018)]
    build = _kg("build", *paths, "--store", str(store), "-j", "2")
    _, err = build.communicate(timeout=300)
    assert build.returncode == 0, err
    for process in readers:
        out, err = process.communicate(timeout=200)
        seen, reads, errors = eval(out)  # noqa: S307 (our own script's repr)
        assert errors == [] and set(seen) <= {1, 9} and 9 in seen, (out, err)
        assert reads >= 2


def test_a_reader_of_a_store_whose_commit_was_cut_short_is_told_so(tmp_path, monkeypatch):
    store = tmp_path / "store"
    kg.Store(store).add([SAMPLE])
    loader = ReportLoader(store)
    loader.stage("https://w3id.org/kg-cn/id/report/x", '<urn:a> <urn:b> "c" .', 1)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_load, "apply_spool", full_disk)
    with pytest.raises(StoreError, match="the load stopped part way"):
        loader.commit()
    with pytest.raises(StoreError, match="a build was cut short .* run any write"):
        kg.query(kg.Store(store), "ASK { ?s ?p ?o }")


def test_recovery_that_fails_keeps_the_journal_and_the_spool_and_says_so(tmp_path, monkeypatch):
    store = tmp_path / "store"
    kg.Store(store).add([SAMPLE])
    loader = ReportLoader(store)
    loader.stage("https://w3id.org/kg-cn/id/report/x", '<urn:a> <urn:b> "c" .', 1)
    real = store_load.apply_spool

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_load, "apply_spool", full_disk)
    with pytest.raises(StoreError):
        loader.commit()
    with pytest.raises(StoreError, match="could not be finished now .*No space left.* free space"):
        open_store(store)
    assert loader.spool.is_dir()
    assert pyoxigraph.Store.read_only(str(store)).contains_named_graph(JOURNAL)
    monkeypatch.setattr(store_load, "apply_spool", real)
    finished = open_store(store)  # the next write finishes it
    assert not finished.contains_named_graph(JOURNAL)
    del finished
    assert [key for key, _ in list_reports(store)] == ["shanxi-2024", "x"]
    assert not loader.spool.exists()


def test_a_journal_whose_spool_is_gone_is_named_not_dropped_silently(tmp_path, monkeypatch):
    store = tmp_path / "store"
    kg.Store(store).add([SAMPLE])
    loader = ReportLoader(store)
    loader.stage("https://w3id.org/kg-cn/id/report/x", '<urn:a> <urn:b> "c" .', 1)
    monkeypatch.setattr(store_load, "apply_spool", lambda *a, **k: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(StoreError):
        loader.commit()
    shutil.rmtree(loader.spool)
    monkeypatch.undo()
    with pytest.raises(StoreError, match="which is gone, so they were never written"):
        open_store(store)
    assert not pyoxigraph.Store.read_only(str(store)).contains_named_graph(JOURNAL)


def test_a_build_that_cannot_commit_leaves_no_spool_and_the_next_write_collects_orphans(tmp_path):
    store = tmp_path / "store"
    kg.Store(store).add([SAMPLE])
    orphan = tmp_path / ".store.kg-load-999999999-abcd"  # a build killed before its commit: its process is gone
    orphan.mkdir()
    (orphan / "reports-000000.nq").write_text("x", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time, pyoxigraph
        store = pyoxigraph.Store({str(store)!r})  # another process with the store open for writing
        print("locked", flush=True)
        time.sleep(4)
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(StoreError, match="another kg process is changing the store"):
        kg.Store(store).add([NATIONAL / "national-2019.txt"])
    assert [p.name for p in tmp_path.glob(".store.kg-load-*")] == [orphan.name]  # its own spool is gone
    holder.communicate(timeout=30)
    kg.Store(store).add([NATIONAL / "national-2019.txt"])
    assert not list(tmp_path.glob(".store.kg-load-*"))


def test_a_damaged_store_is_named_as_damaged(tmp_path, runner):
    from kg.cli import cli

    store = tmp_path / "store"
    kg.Store(store).add([SAMPLE])
    (store / "CURRENT").write_text("MANIFEST-999999\n", encoding="utf-8")
    result = runner.invoke(cli, ["query", "--store", str(store), "ASK { ?s ?p ?o }"])
    assert result.exit_code == 1
    assert "the store is damaged" in result.output and "rebuild it" in result.output
    assert "bug" not in result.output and result.output.count("\n") == 1
    assert os.path.exists(store / "CURRENT")
