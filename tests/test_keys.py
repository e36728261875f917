"""Report keys: one report per file however its path is spelled, never one key for two reports."""
import json
import os
import shutil

import pytest

from kg.cli import cli
from kg.text.keys import Source, assign_keys, keyed_paths, report_key

from .conftest import SAMPLE

A = "山西省政府工作报告。报告回顾了2022年的主要工作。太原市地区生产总值增长5%。煤炭产量达到13亿吨。"
B = "河南省政府工作报告。报告回顾了2022年的主要工作。郑州市地区生产总值增长6%。粮食产量达到1300亿斤。"


def reports(runner, store):
    result = runner.invoke(cli, ["query", "--store", str(store), "--format", "json",
                                 "SELECT ?r ?code WHERE { ?r a kg:Report ; kg:refArea/kg:divisionCode ?code }"])
    assert result.exit_code == 0, result.output
    return sorted((b["r"]["value"].rsplit("/", 1)[-1], b["code"]["value"])
                  for b in json.loads(result.output)["results"]["bindings"])


def file_reports(runner, graph_file):
    result = runner.invoke(cli, ["query", str(graph_file), "--format", "csv",
                                 "SELECT ?r ?code WHERE { ?r a kg:Report ; kg:refArea/kg:divisionCode ?code } ORDER BY ?r ?code"])
    return [line.split(",") for line in result.output.splitlines()[1:]]


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("first,second", [("a/2024.txt", "b/2024.txt"), ("Shanxi_2024.txt", "shanxi-2024.txt")])
def test_two_files_with_one_slug_are_two_reports_in_a_store(runner, tmp_path, first, second):
    store = tmp_path / "store"
    for name, text in ((first, A), (second, B)):
        result = runner.invoke(cli, ["build", str(write(tmp_path / name, text)), "--store", str(store)])
        assert result.exit_code == 0, result.output
    assert [code for _, code in reports(runner, store)] == ["140000", "410000"]
    # each rebuilt: each replaces its own report, the other stays
    for name in (first, second):
        assert runner.invoke(cli, ["build", str(tmp_path / name), "--store", str(store)]).exit_code == 0
    assert [code for _, code in reports(runner, store)] == ["140000", "410000"]


def test_two_files_with_one_slug_in_one_build_are_two_reports(runner, tmp_path):
    write(tmp_path / "in" / "a" / "2024.txt", A)
    write(tmp_path / "in" / "b" / "2024.txt", B)
    out = tmp_path / "g.ttl"
    assert runner.invoke(cli, ["build", str(tmp_path / "in"), "-o", str(out), "--no-html"]).exit_code == 0
    found = file_reports(runner, out)
    assert sorted(code for _, code in found) == ["140000", "410000"]
    assert len({key for key, _ in found}) == 2 and all("/report/2024-" in key for key, _ in found)


def test_the_same_file_spelled_three_ways_is_one_report(runner, tmp_path, monkeypatch):
    path = write(tmp_path / "d" / "山西2024.txt", A)
    store = tmp_path / "store"
    monkeypatch.chdir(tmp_path)
    for spelling, cwd in (("d/山西2024.txt", tmp_path), (str(path), tmp_path), ("山西2024.txt", tmp_path / "d"),
                          ("./d/../d/山西2024.txt", tmp_path)):
        monkeypatch.chdir(cwd)
        assert runner.invoke(cli, ["build", spelling, "--store", str(store)]).exit_code == 0
    assert len(reports(runner, store)) == 1
    figures = runner.invoke(cli, ["query", "--store", str(store), "--format", "csv",
                                  "SELECT (COUNT(?o) AS ?n) WHERE { ?o a kg:Observation }"])
    assert figures.output.splitlines()[1] == "2"  # not counted three times


def test_a_symlink_to_a_report_is_that_report(runner, tmp_path):
    path = write(tmp_path / "r.txt", A)
    os.symlink(path, tmp_path / "link.txt")
    store = tmp_path / "store"
    for name in ("r.txt", "link.txt"):
        assert runner.invoke(cli, ["build", str(tmp_path / name), "--store", str(store)]).exit_code == 0
    assert reports(runner, store) == [("r", "140000")]


def test_file_output_does_not_depend_on_the_working_directory(runner, tmp_path, monkeypatch):
    path = write(tmp_path / "d" / "山西2024.txt", A)
    outputs = []
    for cwd, spelling in ((tmp_path, "d/山西2024.txt"), (tmp_path / "d", "山西2024.txt"), (tmp_path, str(path))):
        monkeypatch.chdir(cwd)
        out = tmp_path / f"g{len(outputs)}.nt"
        assert runner.invoke(cli, ["build", spelling, "-o", str(out), "--no-html"]).exit_code == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_an_edited_file_rebuilt_replaces_its_report(runner, tmp_path):
    path = write(tmp_path / "shanxi-2022.txt", A)
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(path), "--store", str(store)]).exit_code == 0
    write(path, A.replace("13亿吨", "14亿吨"))
    assert runner.invoke(cli, ["build", str(path), "--store", str(store)]).exit_code == 0
    assert reports(runner, store) == [("shanxi-2022", "140000")]


def test_a_moved_file_with_the_same_bytes_is_the_same_report(runner, tmp_path):
    store = tmp_path / "store"
    path = write(tmp_path / "old" / "shanxi-2022.txt", A)
    assert runner.invoke(cli, ["build", str(path), "--store", str(store)]).exit_code == 0
    shutil.move(tmp_path / "old", tmp_path / "new")
    assert runner.invoke(cli, ["build", str(tmp_path / "new"), "--store", str(store)]).exit_code == 0
    assert reports(runner, store) == [("shanxi-2022", "140000")]


def test_two_different_reports_from_stdin_are_two_reports(runner, tmp_path):
    store = tmp_path / "store"
    for text in (A, B, A):
        assert runner.invoke(cli, ["build", "-", "--store", str(store)], input=text.encode()).exit_code == 0
    assert [code for _, code in reports(runner, store)] == ["140000", "410000"]


def test_a_file_given_twice_is_read_once(runner, tmp_path):
    path = write(tmp_path / "r.txt", A)
    out = tmp_path / "g.ttl"
    result = runner.invoke(cli, ["build", str(path), str(tmp_path), "./" + os.path.relpath(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 report(s)" in result.output


def test_keys_are_stable_across_runs(runner, tmp_path):
    write(tmp_path / "in" / "a" / "2024.txt", A)
    write(tmp_path / "in" / "b" / "2024.txt", B)
    first = keyed_paths([str(tmp_path / "in" / "b" / "2024.txt"), str(tmp_path / "in" / "a" / "2024.txt")])
    second = keyed_paths([str(tmp_path / "in" / "a" / "2024.txt"), str(tmp_path / "in" / "b" / "2024.txt")])
    assert sorted(first) == sorted(second) and len({key for _, key in first}) == 2


@pytest.mark.parametrize("inputs,stored,expected", [
    ([("r", "/a", "sha256:11111111aa")], [], ["r"]),
    ([("r", "/a", "sha256:11111111aa"), ("r", "/b", "sha256:22222222bb")], [], ["r-11111111", "r-22222222"]),
    ([("r", "/a", "sha256:11111111aa"), ("r", "/b", "sha256:11111111aa")], [], ["r-11111111", "r-11111111"]),
    ([("r", "/b", "sha256:22222222bb")], [Source("r", "/a", "sha256:11111111aa")], ["r-22222222"]),
    ([("r", "/a", "sha256:33333333cc")], [Source("r", "/a", "sha256:11111111aa")], ["r"]),
    ([("r", "/c", "sha256:11111111aa")], [Source("r", "/a", "sha256:11111111aa")], ["r"]),
    ([("r", None, "sha256:22222222bb")], [Source("r", None, "sha256:11111111aa")], ["r-22222222"]),
    ([("r", "/b", "sha256:22222222bb")], [Source("r", "/a", "sha256:1"), Source("r-22222222", "/x", "sha256:9")],
     ["r-22222222-2"]),
    # an edited /a and a new file holding /a's old bytes: two reports still
    ([("r", "/a", "sha256:33333333cc"), ("q", "/q", "sha256:11111111aa")], [Source("r", "/a", "sha256:11111111aa")],
     ["r", "q"]),
])
def test_assign_keys(inputs, stored, expected):
    assert assign_keys(inputs, stored) == expected


def test_report_key_of_a_non_ascii_stem_ignores_the_folder():
    assert report_key("d/山西2024.txt") == report_key("/x/y/山西2024.txt") == report_key("山西2024.txt")
    assert report_key(SAMPLE) == "shanxi-2024"
    assert report_key("山西2024.txt") != report_key("山西2025.txt")


def test_the_source_record_stays_out_of_queries_and_exports(runner, tmp_path):
    path = write(tmp_path / "secret-folder" / "r.txt", A)
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(path), "--store", str(store)]).exit_code == 0
    graphs = runner.invoke(cli, ["query", "--store", str(store), "--format", "csv",
                                 "SELECT DISTINCT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }"])
    exported = runner.invoke(cli, ["export", "--store", str(store), "--format", "nquads"])
    for text in (graphs.stdout, exported.stdout):
        assert "secret-folder" not in text and "urn:kg:store" not in text
