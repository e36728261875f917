"""Test helper: the command examples in README.md, read out of it and written back into it.

An example is an indented block of one line starting with `kg `, and the indented block right
after it (only a blank line between) is what it prints, stdout and stderr as a terminal shows
them; a printed block holds no blank line. A block of terminal lines (`$ kg …` followed by what
it prints, then the next `$ kg …`) holds several examples.
The quick start's `kg build` prints the first indented block after its paragraph. In the
printed text, times (`0.80s`, `12 s`) match any time, and a line holding only `…` stands for
any number of lines. `pytest tests/test_readme.py --update-readme` writes what each example
prints now into README.md, keeping each `…` and the lines around it; `git diff README.md`
shows what changed.
"""
import re
from dataclasses import dataclass

ELLIPSIS = "…"
TIME = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?s\b")


@dataclass
class Example:
    """One README example: the command (as written), where its printed block sits, and that block."""
    command: str
    start: int  # line index of the printed block (or where it would go)
    end: int
    expected: list
    prompted: bool = False  # a `$ kg …` line in a terminal block: its output follows it directly


def blocks(lines):
    """[(first, last + 1)] of the indented blocks: runs of lines indented 4 spaces, a blank line ends one."""
    found, i = [], 0
    while i < len(lines):
        if lines[i].startswith("    ") and lines[i].strip():
            j = i
            while j < len(lines) and lines[j].startswith("    ") and lines[j].strip():
                j += 1
            found.append((i, j))
            i = j
        else:
            i += 1
    return found


def examples(text):
    """Every example in README text, in order."""
    lines = text.split("\n")
    found = blocks(lines)
    out = []
    for index, (start, end) in enumerate(found):
        body = [line[4:] for line in lines[start:end]]
        if body[0].startswith("$ kg "):
            out.extend(_prompted(body, start))
            continue
        quick = any(line.startswith("pip install -e . && kg build") for line in body)
        if not (quick or (len(body) == 1 and body[0].startswith("kg "))):
            continue
        command = "kg build" if quick else body[0]
        after = found[index + 1] if index + 1 < len(found) else None
        between = lines[end:after[0]] if after else []
        follows_command = after and lines[after[0]][4:].startswith(("kg ", "$ kg "))
        if after and (quick or not any(line.strip() for line in between)) and not follows_command:
            out.append(Example(command, after[0], after[1], [line[4:] for line in lines[after[0]:after[1]]]))
        else:
            out.append(Example(command, end, end, []))
    return out


def _prompted(body, start):
    """The examples of a terminal block: each `$ kg …` line and the lines up to the next `$ `."""
    found, at = [], [i for i, line in enumerate(body) if line.startswith("$ ")] + [len(body)]
    for here, after in zip(at, at[1:]):
        found.append(Example(body[here][2:], start + here + 1, start + after, body[here + 1:after], prompted=True))
    return found


def normalize(lines):
    return [TIME.sub("<time>", line.rstrip()) for line in lines]


def matches(expected, actual):
    """Whether printed lines fit the README's block (times and `…` lines are wildcards)."""
    expected, actual = normalize(expected), normalize(actual)
    if ELLIPSIS not in expected:
        return expected == actual
    at = expected.index(ELLIPSIS)
    head, tail = expected[:at], expected[at + 1:]
    return (len(actual) >= len(head) + len(tail) and actual[:len(head)] == head
            and (not tail or actual[-len(tail):] == tail))


def updated(expected, actual):
    """The block to write for actual output, keeping the shape of an elided block (and the block itself when it
    still fits, so times do not churn)."""
    if matches(expected, actual):
        return expected
    if ELLIPSIS not in expected:
        return actual
    at = expected.index(ELLIPSIS)
    tail = len(expected) - at - 1
    if len(actual) <= at + tail + 1:
        return actual
    return actual[:at] + [ELLIPSIS] + (actual[-tail:] if tail else [])


def rewrite(text, results):
    """README text with each example's printed block replaced by [(example, actual lines)]."""
    lines = text.split("\n")
    for example, actual in sorted(results, key=lambda item: -item[0].start):
        block = ["    " + line if line else "" for line in updated(example.expected, actual)]
        if example.end == example.start and not example.prompted:  # add a printed block after a blank line
            block = [""] + block if block else []
        lines[example.start:example.end] = block
    return "\n".join(lines)
