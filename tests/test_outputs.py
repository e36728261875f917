"""Writing outputs: atomic renames for files, never a replaced link, device or pipe, never a folder."""
import os
import stat
import threading

import pytest

from kg.errors import GraphError
from kg.rdf.outputs import write_all, write_atomic


def test_a_file_is_replaced_whole_and_keeps_its_mode(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]  # no temporary left


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "graph.ttl"
    target.write_bytes(b"old")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new"


def test_a_dangling_symlink_is_written_through_to_its_target(tmp_path):
    link = tmp_path / "link.ttl"
    link.symlink_to(tmp_path / "made.ttl")
    write_atomic(link, b"data")
    assert link.is_symlink() and (tmp_path / "made.ttl").read_bytes() == b"data"


def test_dev_null_stays_a_device():
    write_atomic("/dev/null", b"data")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_dev_stdout_is_written_not_replaced(capfd):
    was_link = os.path.islink("/dev/stdout")
    write_atomic("/dev/stdout", b"graph bytes\n")
    assert capfd.readouterr().out == "graph bytes\n"
    assert os.path.islink("/dev/stdout") == was_link


def test_a_fifo_is_written_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"through the pipe")
    reader.join(10)
    assert got == [b"through the pipe"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_is_refused(tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(GraphError, match=r"out is a folder; give a file name to write"):
        write_atomic(tmp_path / "out", b"data")
    assert list((tmp_path / "out").iterdir()) == []


def test_write_all_changes_nothing_when_one_output_cannot_be_written(tmp_path):
    first = tmp_path / "g.ttl"
    first.write_bytes(b"old graph")
    (tmp_path / "page").mkdir()
    with pytest.raises(GraphError):
        write_all([(first, b"new graph"), (tmp_path / "page", b"page")])
    assert first.read_bytes() == b"old graph" and sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl", "page"]


def test_build_onto_a_device_writes_it_and_no_page_beside_it(runner):
    from kg.cli import cli

    from .conftest import SAMPLE

    result = runner.invoke(cli, ["build", str(SAMPLE), "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and not os.path.exists("/dev/graph.html")


def test_build_never_writes_over_a_report_it_reads(runner, tmp_path):
    from kg.cli import cli

    from .conftest import SAMPLE

    report = tmp_path / "r.txt"
    report.write_bytes(SAMPLE.read_bytes())
    result = runner.invoke(cli, ["build", str(report), "-o", str(report), "--format", "turtle"])
    assert result.exit_code == 2 and "is one of the reports being read" in result.output
    assert report.read_bytes() == SAMPLE.read_bytes()
