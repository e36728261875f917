"""README.md stays true: every `kg` example in it runs, in order, and prints what the README shows."""
import shlex

import pytest

from kg.cli import cli

from .conftest import ROOT
from .readme_examples import examples, matches, rewrite

README = ROOT / "README.md"
PUSH_BASE = "http://127.0.0.1:7878"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder like the checkout (its data/) where out/ starts empty."""
    work = tmp_path / "kg"
    work.mkdir()
    (work / "data").symlink_to(ROOT / "data")
    monkeypatch.chdir(work)
    return work


def run(runner, command, server):
    args = shlex.split(command)[1:]
    args = [a.replace(PUSH_BASE, server.base) for a in args]
    result = runner.invoke(cli, args, catch_exceptions=False)
    printed = result.output.replace(server.base, PUSH_BASE).rstrip("\n")
    return result.exit_code, printed.split("\n") if printed else []


def test_every_readme_example_prints_what_the_readme_shows(runner, workdir, oxigraph_server, request):
    text = README.read_text(encoding="utf-8")
    found = examples(text)
    assert len(found) >= 10 and found[0].command == "kg build"
    results, wrong = [], []
    for example in found:
        code, printed = run(runner, example.command, oxigraph_server)
        results.append((example, printed))
        # an example that shows an error exits 1; every other exits 0
        expected_code = 1 if any(line.startswith("Error: ") for line in example.expected) else 0
        if code != expected_code or not matches(example.expected, printed):
            wrong.append(f"$ {example.command}\n  README shows:\n    " + "\n    ".join(example.expected) +
                         f"\n  it printed (exit {code}):\n    " + "\n    ".join(printed))
    if request.config.getoption("--update-readme"):
        README.write_text(rewrite(text, results), encoding="utf-8")
        return
    assert not wrong, ("README examples print something else (run pytest tests/test_readme.py --update-readme "
                       "and check git diff README.md):\n\n" + "\n\n".join(wrong))


def test_readme_examples_name_only_files_inside_the_project():
    """A clone alone runs every example: no path outside it, and every input an example reads is shipped."""
    text = README.read_text(encoding="utf-8")
    assert "../" not in text
    for example in examples(text):
        words = shlex.split(example.command)
        for word in words[2:]:
            if word.startswith("data/"):
                assert (ROOT / word).exists(), f"{example.command} names {word}, which is not in the project"


def test_terminal_blocks_are_examples_too():
    text = "Intro:\n\n    $ kg build inbox\n    Error: no\n    $ kg build inbox --keep-going\n    wrote it\n"
    found = examples(text)
    assert [(e.command, e.expected) for e in found] == [("kg build inbox", ["Error: no"]),
                                                         ("kg build inbox --keep-going", ["wrote it"])]
    assert rewrite(text, [(found[0], ["Error: yes"]), (found[1], ["wrote it", "and more"])]) == (
        "Intro:\n\n    $ kg build inbox\n    Error: yes\n    $ kg build inbox --keep-going\n    wrote it\n"
        "    and more\n")
