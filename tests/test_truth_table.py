"""The national corpus against the hand-made truth table (tests/gold/national-series.json): 229 (indicator, year,
result or target) keys of GDP growth, CPI, grain output, new urban jobs, unemployment and the deficit, 1936–2022.

eval/truth_table.py prints the same comparison with every miss; this test holds the floor it has reached.
"""
import importlib.util
import sys

import pytest

from kg.pipeline import parse_document
from kg.rdf.graph import to_graph
from kg.sparql.series import memory_store
from kg.text.reader import read_document

from .conftest import EVAL, NATIONAL

RIGHT_AT_LEAST, WRONG_AT_MOST = 206, 1


@pytest.fixture(scope="module")
def verdict():
    paths = sorted(NATIONAL.glob("national-*.txt"))
    if len(paths) < 40:
        pytest.skip(f"the national corpus is not at {NATIONAL}")
    spec = importlib.util.spec_from_file_location("truth_table", EVAL / "truth_table.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("truth_table", module)
    spec.loader.exec_module(module)
    store = memory_store(to_graph([parse_document(read_document(str(path))) for path in paths]))
    return module.compare(store)


def test_the_series_give_the_figures_the_reports_state(verdict):
    total = sum(len(keys) for keys in verdict.values())
    assert total == 229
    assert len(verdict["right"]) >= RIGHT_AT_LEAST, [key for key, _, _ in verdict["missing"] + verdict["wrong"]]
    assert len(verdict["wrong"]) <= WRONG_AT_MOST, verdict["wrong"]


def test_old_wording_lines_up(verdict):
    right = {key for key, _, _ in verdict["right"]}
    assert {("grain_output", 1949, "result"),   # 到一九四九年，粮食产量只有二千二百六十亿斤
            ("grain_output", 1978, "result"),   # 总产量达到三亿零四百七十五万吨
            ("grain_output", 1985, "target"),   # 到一九八五年，全国粮食产量计划达到三亿六千万吨
            ("grain_output", 1997, "target"),   # 争取１９９７年粮食产量达到４．７５亿吨
            ("grain_output", 2008, "result"),   # 粮食连续五年增产，总产量10570亿斤
            } <= right
