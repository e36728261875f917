"""Rebuild kg/data/t2s.csv: Traditional (and Taiwan / Hong Kong variant) characters to Simplified, one for one.

Build-time only (kg itself reads just the CSV). The source is OpenCC's dictionary folder
(`data/dictionary` of https://github.com/BYVoid/OpenCC, Apache-2.0; see kg/data/T2S.md):
TSCharacters, TSPhrases, TWVariants, HKVariants, their RevPhrases and CJK_Compatibility_Ideographs

    python scripts/build_t2s.py path/to/OpenCC/data/dictionary

A character OpenCC maps to several Simplified ones takes the first (its most common
reading); the phrases of TSPhrases.txt that keep their length and read otherwise than
character by character (乾坤 stays 乾坤, 瞭解 becomes 了解) follow as rows of several
characters. Every character keeps its place, so the offsets of a Traditional text stay
valid for its Simplified form.
"""
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "t2s.csv"


def read_table(path):
    """key → values of one OpenCC dictionary file (tab between key and values, spaces between values)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        table[key] = values.split()
    return table


def build(folder):
    """(traditional, simplified) pairs: single characters by code point, then phrases."""
    ts = {k: v[0] for k, v in read_table(folder / "TSCharacters.txt").items() if len(k) == 1 and len(v[0]) == 1}
    pairs = {k: v for k, v in ts.items() if k != v}
    # OpenCC's phrases that a variant keeps (顯著 keeps 著 where Taiwan writes 著 for 着 too)
    kept = {}
    for name in ("TWVariantsRevPhrases.txt", "HKVariantsRevPhrases.txt"):
        if (folder / name).exists():
            kept.update((k, v[0]) for k, v in read_table(folder / name).items())
    # Taiwan and Hong Kong write some characters in variant forms (啓 for 啟): map each to the
    # standard Traditional form, then to Simplified; a variant Simplified text uses too (著 in 显著)
    # only when OpenCC lists the phrases that keep it
    for name in ("TWVariants.txt", "HKVariants.txt", "CJK_Compatibility_Ideographs.txt"):
        path = folder / name
        if not path.exists():
            continue
        table = read_table(path)
        if name.startswith("CJK"):
            variants = ((k, v[0]) for k, v in table.items())
        else:
            variants = ((variant, standard) for standard, values in table.items() for variant in values)
        for variant, standard in variants:
            if len(variant) != 1 or len(standard) != 1 or variant in pairs:
                continue
            simplified = ts.get(standard, standard)
            if simplified != variant and (not _simplified_too(variant) or any(variant in k for k in kept)):
                pairs[variant] = simplified
    characters = sorted(pairs.items(), key=lambda kv: ord(kv[0]))

    def by_character(text):
        return "".join(pairs.get(ch, ch) for ch in text)

    phrases = {}
    for key, values in read_table(folder / "TSPhrases.txt").items():
        phrases[key] = values[0]
    for key, standard in kept.items():
        phrases.setdefault(key, "".join(ts.get(ch, ch) for ch in standard))
    phrases = {k: v for k, v in phrases.items() if len(k) == len(v) > 1 and by_character(k) != v}
    return characters + sorted(phrases.items())


def _simplified_too(char):
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    pairs = build(Path(argv[1]))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["traditional", "simplified"])
        writer.writerows(pairs)
    print(f"{OUT}: {sum(len(k) == 1 for k, _ in pairs)} characters, {sum(len(k) > 1 for k, _ in pairs)} phrases")


if __name__ == "__main__":
    main(sys.argv)
