"""Compare `kg series` on the national corpus with the hand-made truth table tests/gold/national-series.json.

    python eval/truth_table.py [GRAPH_OR_STORE] [--show]

Without an argument the national corpus is built first (about 10 s). Each (indicator, year, result or
target) the table states is right when the series gives one of the values the reports state for it,
wrong when the series gives another, missing when it gives none. --show lists the wrong and missing.
"""
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "gold" / "national-series.json"
# the table's indicators: (catalog notation, measure, factor from the table's unit to the series' unit)
INDICATORS = {
    "gdp_growth": ("gdp", "change", {"percent": 1}),
    "cpi": ("cpi", "change", {"percent": 1}),
    "grain_output": ("grain-output", "value", {"万吨": 1, "吨": Decimal("0.0001"), "亿斤": 5, "斤": Decimal("0.00000005"),
                                               "亿公斤": 10, "公斤": Decimal("0.0000001")}),
    "urban_jobs": ("new-urban-jobs", "value", {"万人": 10000}),
    "unemployment_registered": ("registered-unemployment", "value", {"percent": 1}),
    "unemployment_surveyed": ("surveyed-unemployment", "value", {"percent": 1}),
    "deficit": ("deficit", "value", {"亿元": 100000000}),
    "deficit_ratio": ("deficit-ratio", "value", {"percent": 1}),
}


def truth():
    """{(indicator, year, status): {values the reports state, in the series' unit}}."""
    table = defaultdict(set)
    for pair in json.loads(TABLE.read_text(encoding="utf-8"))["pairs"]:
        factor = INDICATORS[pair["indicator"]][2][pair["unit"]]
        table[(pair["indicator"], pair["year"], pair["status"])].add(Decimal(str(pair["value"])) * factor)
    return table


def series_values(target):
    """{(indicator, year, status): the series' value} for every indicator of the table."""
    from kg.sparql.series import build_series

    found = {}
    for name, (notation, measure, _) in INDICATORS.items():
        for point in build_series(target, notation, measure, "中国").points:
            if point.actual is not None:
                found[(name, point.year, "result")] = point.actual
            if point.target_low is not None or point.target_high is not None:
                found[(name, point.year, "target")] = point.target_low if point.target_low is not None \
                    else point.target_high
    return found


def close(a, b):
    return abs(a - b) <= max(Decimal("0.0001"), abs(b) * Decimal("0.001"))


def compare(target):
    """{"right": [...], "wrong": [...], "missing": [...]}: keys of the truth table, with what the series says."""
    found, verdict = series_values(target), {"right": [], "wrong": [], "missing": []}
    for key, values in sorted(truth().items()):
        got = found.get(key)
        if got is None:
            verdict["missing"].append((key, sorted(values), None))
        elif any(close(got, value) for value in values):
            verdict["right"].append((key, sorted(values), got))
        else:
            verdict["wrong"].append((key, sorted(values), got))
    return verdict


def main(argv):
    from kg.sparql.series import memory_store
    from kg.store.local import open_store

    sources = [a for a in argv if not a.startswith("--")]
    with tempfile.TemporaryDirectory() as workdir:
        if sources:
            source = sources[0]
        else:
            source = str(Path(workdir) / "national.ttl")
            subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "data/corpus/national"), "-o", source,
                            "--no-html", "-q"], check=True, cwd=ROOT)
        target = open_store(source, read_only=True) if Path(source).is_dir() else memory_store(source)
        verdict = compare(target)
    total = sum(len(v) for v in verdict.values())
    print(f"truth table: {total} (indicator, year, status) keys: {len(verdict['right'])} right "
          f"({len(verdict['right']) / total:.0%}), {len(verdict['missing'])} missing, {len(verdict['wrong'])} wrong")
    by_indicator = defaultdict(lambda: [0, 0, 0])
    for slot, name in enumerate(("right", "missing", "wrong")):
        for (indicator, _, _), _, _ in verdict[name]:
            by_indicator[indicator][slot] += 1
    for indicator, (right, missing, wrong) in sorted(by_indicator.items()):
        print(f"  {indicator:25} right {right:3}  missing {missing:3}  wrong {wrong:3}")
    if "--show" in argv:
        for name in ("wrong", "missing"):
            for key, values, got in verdict[name]:
                print(f"{name:8} {key}: table {[str(v) for v in values]}, series {got}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main(sys.argv[1:])
