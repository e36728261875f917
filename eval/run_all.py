"""Score kg on every annotated report in the project: one row per gold, one table.

    python eval/run_all.py                 # every gold in eval/ and tests/gold/
    python eval/run_all.py hailar shanghai # the golds whose file name holds one of these words
    python eval/run_all.py --misses hailar # with the scorer's misses and false positives

Each gold's `document` is built with `kg build --no-html` into a temporary folder and scored with
eval/score.py. The table says which golds the rules were tuned on (TUNED below) and which were not,
so a score on unseen text is never read as a score on the text the rules were written against.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDS = sorted(ROOT.glob("eval/gold-*.json")) + sorted(ROOT.glob("tests/gold/*.json"))
# golds whose misses were read while writing rules; the rest are held out from tuning
TUNED = {"gold-shanxi-2024", "national-2019", "national-2006", "national-2013", "hailar-2014", "shanghai-2022"}


def score(gold, workdir, misses):
    document = ROOT / json.loads(gold.read_text(encoding="utf-8"))["document"]
    graph = Path(workdir) / f"{gold.stem}.ttl"
    subprocess.run([sys.executable, "-m", "kg", "build", str(document), "-o", str(graph), "--no-html", "-q"],
                   check=True, cwd=ROOT)
    if misses:
        subprocess.run([sys.executable, str(ROOT / "eval/score.py"), str(graph), str(gold), "--show-misses"],
                       check=True, cwd=ROOT)
    result = subprocess.run([sys.executable, str(ROOT / "eval/score.py"), str(graph), str(gold), "--json"],
                            check=True, cwd=ROOT, capture_output=True, text=True)
    return json.loads(result.stdout)


def row(name, result):
    entities, observations = result["entities"], result["observations"]
    fields = observations["fields"]
    return (f"{name:<20} {'tuned' if name in TUNED else 'held out':<9} {entities['precision']:.3f} "
            f"{entities['recall']:.3f} {result['entity_f1']:.3f}  {result['observation_f1']:.3f} "
            f"{fields.get('period', 0):.3f} {fields.get('target', 0):.3f}  {result['hierarchy']['recall']:.3f}")


def main(argv):
    misses = "--misses" in argv
    words = [a for a in argv if not a.startswith("--")]
    golds = [g for g in GOLDS if (not words or any(w in g.stem for w in words))
             and "document" in json.loads(g.read_text(encoding="utf-8"))]  # a truth table is no report's gold
    print(f"{'gold':<20} {'rules':<9} ent.P ent.R ent.F1 obs.F1 period target hier.R")
    with tempfile.TemporaryDirectory() as workdir:
        for gold in golds:
            print(row(gold.stem, score(gold, workdir, misses)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
