"""README.md stays true: every `kg` example in it runs, in order, and prints what the README shows."""
import shlex
import shutil

import pytest

from kg.cli import cli

from .conftest import ROOT, SAMPLE, SHARED
from .readme_examples import examples, matches, rewrite

README = ROOT / "README.md"
PUSH_BASE = "http://127.0.0.1:7878"


def _pdf(path):
    from .formats import newspaper_pdf

    return newspaper_pdf(SAMPLE.read_text(encoding="utf-8"), path)


# Inputs the README's examples name that are not in the checkout, made the way the format tests make them.
INPUTS = {"shanxi-2024.pdf": _pdf}


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder like the checkout (data/ and ../shared beside it) where out/ starts empty."""
    work = tmp_path / "kg"
    work.mkdir()
    (work / "data").symlink_to(ROOT / "data")
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED)
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
    results, wrong, skipped, missing = [], [], {}, set()
    for example in found:
        words = shlex.split(example.command)
        reason = _missing(words, workdir, skipped, missing)
        if reason:
            skipped[example.command] = reason
            missing.update(words[words.index("-o") + 1:][:1] if "-o" in words else [])
            continue
        code, printed = run(runner, example.command, oxigraph_server)
        results.append((example, printed))
        if code != 0 or not matches(example.expected, printed):
            wrong.append(f"$ {example.command}\n  README shows:\n    " + "\n    ".join(example.expected) +
                         f"\n  it printed (exit {code}):\n    " + "\n    ".join(printed))
    if request.config.getoption("--update-readme"):
        README.write_text(rewrite(text, results), encoding="utf-8")
        return
    assert not wrong, ("README examples print something else (run pytest tests/test_readme.py --update-readme "
                       "and check git diff README.md):\n\n" + "\n\n".join(wrong))
    if skipped:
        pytest.skip(f"{len(results)} README examples print what it shows; not run: " +
                    "; ".join(f"{command[:60]} ({why})" for command, why in skipped.items()))


def _missing(words, workdir, skipped, missing):
    """Why an example cannot run here (an input that cannot be made, or made by one that did not run), or None."""
    for word in words:
        if word in missing:
            return f"needs {word}, which an example that did not run writes"
        if word.startswith("../shared") and not SHARED.exists():
            return "../shared is not beside this checkout"
        if word in INPUTS and not (workdir / word).exists():
            made = workdir.parent / "inputs"
            made.mkdir(exist_ok=True)
            try:
                shutil.copy(INPUTS[word](made / word), workdir / word)
            except pytest.skip.Exception as exc:
                return str(exc.msg if hasattr(exc, "msg") else exc)
    return None
