"""Rebuild kg/data/words.tsv: common Chinese words with their part of speech, for telling where names start.

Build-time only (kg itself reads just the TSV):

    pip install jieba==0.42.1
    python scripts/build_words.py

Source: jieba 0.42.1 (MIT licence), its dictionary file dict.txt (word, frequency, part of speech).
jieba is not imported: its data file is located through the installed package's metadata and read
as text. Kept: words of 2 to 4 characters with a frequency of at least MIN_FREQUENCY, sorted.
See kg/data/WORDS.md.
"""
from __future__ import annotations

import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "words.tsv"
MIN_FREQUENCY = 100
LENGTHS = range(2, 5)


def source_file() -> Path:
    dist = metadata.distribution("jieba")
    for item in dist.files or ():
        if str(item).replace("\\", "/") == "jieba/dict.txt":
            return Path(dist.locate_file(item))
    sys.exit("jieba's dict.txt not found: pip install jieba==0.42.1")


def build(path: Path) -> list[str]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        word, frequency, pos = parts
        if len(word) in LENGTHS and int(frequency) >= MIN_FREQUENCY and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            rows[word] = pos
    return [f"{word}\t{rows[word]}" for word in sorted(rows)]


def main() -> int:
    lines = build(source_file())
    if len(lines) < 20000:
        sys.exit(f"only {len(lines)} words: not the expected dictionary")
    handle, temporary = tempfile.mkstemp(dir=OUT.parent, prefix=".words.", suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(("word\tpos\n" + "\n".join(lines) + "\n").encode("utf-8"))
    os.chmod(temporary, 0o644)
    os.replace(temporary, OUT)
    print(f"wrote {len(lines)} words to {OUT} from jieba {metadata.version('jieba')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
