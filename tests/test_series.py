"""kg series: results and targets lined up across reports, exact CSV/JSON, tables for people, charts, named queries."""
import csv
import io
import json
import re
from decimal import Decimal

import pytest
from rdflib import Graph

from kg.cli import cli
from kg.errors import ChartError, QueryError
from kg.sparql.engine import load_graph, named_query, run_query
from kg.sparql.readable import plain
from kg.sparql.series import build_series, memory_store, resolve, to_csv

# Two reports of one city in the genre: 2024's reviews 2023 and sets 2024's goals, 2025's reviews 2024.
REPORT_2024 = """太原市人民政府工作报告
——2024年1月10日在太原市第十六届人民代表大会第四次会议上

一、2023年工作回顾
过去一年，全市地区生产总值完成5573.7亿元，同比增长5.4%。粮食产量达到14.2亿斤。

二、2024年主要预期目标
地区生产总值增长5.5%左右，城镇新增就业4.5万人以上，城镇调查失业率控制在5.5%以内。
"""
REPORT_2025 = """太原市人民政府工作报告
——2025年1月12日在太原市第十六届人民代表大会第五次会议上

一、2024年工作回顾
全市生产总值达到5800亿元，增长5%。城镇新增就业4.8万人。

二、2025年主要预期目标
全市经济增长预期目标为5%左右，城镇新增就业4.5万人以上。
"""

# A graph written by hand: a range target, a floor, a growth-rate concept, a later restatement.
RANGES = """
@prefix kg: <https://w3id.org/kg-cn/def#> .
@prefix kgcat: <https://w3id.org/kg-cn/id/catalog/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix id: <https://w3id.org/kg-cn/id/> .
@prefix region: <https://w3id.org/kg-cn/id/region/> .
@prefix report: <https://w3id.org/kg-cn/id/report/> .
kgcat:gdp skos:notation "gdp" ; skos:prefLabel "国内生产总值"@zh ; kg:measure kg:measureLevel .
kgcat:gdp-growth skos:notation "gdp-growth" ; kg:measure kg:measureGrowth ; kg:growthOf kgcat:gdp .
region:000000 rdfs:label "中国"@zh .
report:n-2019 kg:refPeriod "2018"^^xsd:gYear ; kg:deliveredOn "2019-03-05"^^xsd:date .
report:n-2020 kg:refPeriod "2019"^^xsd:gYear .
report:n-2021 kg:refPeriod "2020"^^xsd:gYear .
id:e1 kg:inReport report:n-2019 ; kg:startOffset 900 ; kg:text "国内生产总值增长6%－6.5%。" .
id:e2 kg:inReport report:n-2019 ; kg:startOffset 950 ; kg:text "经济增长预期目标6%－6.5%。" .
id:e3 kg:inReport report:n-2020 ; kg:startOffset 100 ; kg:text "国内生产总值增长6.1%。" .
id:e4 kg:inReport report:n-2021 ; kg:startOffset 100 ; kg:text "2019年国内生产总值增长6%。" .
id:e5 kg:inReport report:n-2021 ; kg:startOffset 800 ; kg:text "国内生产总值增长6%以上。" .
id:o1 a kg:Observation , kg:TargetObservation ; kg:catalogIndicator kgcat:gdp ; kg:refArea region:000000 ;
    kg:refPeriod "2019"^^xsd:gYear ; kg:changePercent 6.0 ; kg:bound kg:between ; kg:lowerBound 6.0 ;
    kg:upperBound 6.5 ; kg:evidence id:e1 .
id:o2 a kg:Observation , kg:TargetObservation ; kg:catalogIndicator kgcat:gdp-growth ; kg:refArea region:000000 ;
    kg:refPeriod "2019"^^xsd:gYear ; kg:bound kg:between ; kg:lowerBound 6.0 ; kg:upperBound 6.5 ; kg:evidence id:e2 .
id:o3 a kg:Observation ; kg:catalogIndicator kgcat:gdp ; kg:refArea region:000000 ;
    kg:refPeriod "2019"^^xsd:gYear ; kg:changePercent 6.1 ; kg:evidence id:e3 .
id:o4 a kg:Observation ; kg:catalogIndicator kgcat:gdp ; kg:refArea region:000000 ;
    kg:refPeriod "2019"^^xsd:gYear ; kg:changePercent 6.0 ; kg:evidence id:e4 .
id:o5 a kg:Observation , kg:TargetObservation ; kg:catalogIndicator kgcat:gdp ; kg:refArea region:000000 ;
    kg:refPeriod "2021"^^xsd:gYear ; kg:changePercent 6.0 ; kg:bound kg:atLeast ; kg:evidence id:e5 .
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("city")
    for name, text in (("taiyuan-2024.txt", REPORT_2024), ("taiyuan-2025.txt", REPORT_2025)):
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "graph.ttl"
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def ranges():
    return memory_store(Graph().parse(data=RANGES, format="turtle"))


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_results_and_targets_line_up_across_reports_and_names(runner, city):
    result = runner.invoke(cli, ["series", str(city), "--indicator", "gdp", "--measure", "change", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {row["year"]: row for row in csv_rows(result.output)}
    assert (rows["2023"]["actual"], rows["2023"]["report"]) == ("5.4", "taiyuan-2024 / -")
    assert (rows["2024"]["actual"], rows["2024"]["target_low"], rows["2024"]["target_high"], rows["2024"]["bound"]) \
        == ("5", "5.5", "5.5", "approx")
    assert rows["2024"]["report"] == "taiyuan-2025 / taiyuan-2024"
    # 经济增长预期目标为5%左右 is the growth of GDP too
    assert (rows["2025"]["actual"], rows["2025"]["target_low"], rows["2025"]["unit"]) == ("", "5", "%")
    assert {row["area"] for row in rows.values()} == {"太原市"}


def test_levels_keep_exact_decimals_in_csv_and_read_for_people_in_tables(runner, city):
    rows = csv_rows(runner.invoke(cli, ["series", str(city), "-i", "地区生产总值", "--format", "csv"]).output)
    assert [(r["year"], r["actual"], r["unit"]) for r in rows] == [("2023", "557370000000", "元"),
                                                                   ("2024", "580000000000", "元")]
    table = runner.invoke(cli, ["series", str(city), "-i", "gdp", "--measure", "change"]).output
    assert "5.5%左右" in table and "5.4%" in table
    jobs = runner.invoke(cli, ["series", str(city), "-i", "城镇新增就业"]).output
    assert "4.8万人" in jobs and "4.5万人以上" in jobs
    raw = runner.invoke(cli, ["series", str(city), "-i", "gdp", "--raw"]).output
    assert "557370000000" in raw and "亿" not in raw


def test_json_keeps_every_figure_with_its_quote(runner, city):
    doc = json.loads(runner.invoke(cli, ["series", str(city), "-i", "gdp", "--measure", "change",
                                         "--format", "json"]).output)
    assert doc["indicator"]["notation"] == "gdp" and doc["measure"] == "change"
    row = next(r for r in doc["rows"] if r["year"] == 2024)
    assert row["actual"] == 5 and row["target_low"] == 5.5 and row["report"]["target"] == "taiyuan-2024"
    chosen = [f for f in row["figures"] if f["chosen"]]
    assert {f["role"] for f in chosen} == {"actual", "target"}
    assert all(f["quote"] and f["report"] for f in row["figures"])
    assert "增长5.5%左右" in next(f["quote"] for f in chosen if f["role"] == "target")


def test_named_query_gives_the_same_rows(city):
    graph = load_graph(str(city))
    text, bindings = named_query("series", {"indicator": "gdp", "measure": "change"})
    result = run_query(graph, text, bindings)
    by_query = [[("" if t is None else str(t)) for t in row[:-2]] for row in result.rows]  # less actual_bound, target_unit
    by_command = [list(row.values()) for row in csv_rows(to_csv(build_series(memory_store(str(city)), "gdp", "change")))]
    unit = {"http://qudt.org/vocab/unit/PERCENT": "%"}
    assert [[unit.get(c, plain(Decimal(c)) if c[:1].isdigit() else c) for c in row] for row in by_query] == by_command


def test_a_range_target_keeps_both_ends_and_a_result_comes_from_the_soonest_report(ranges):
    series = build_series(ranges, "gdp", "change", evidence=True)
    first = series.points[0]
    assert (first.year, first.actual, first.actual_report) == (2019, Decimal("6.1"), "n-2020")
    assert (first.target_low, first.target_high, first.bound) == (Decimal("6"), Decimal("6.5"), "between")
    assert sorted(f.number for f in first.figures if f.role == "actual") == [Decimal("6"), Decimal("6.1")]
    floor = series.points[1]
    assert (floor.year, floor.target_low, floor.target_high, floor.bound) == (2021, Decimal("6"), None, "atLeast")


def test_growth_rate_concepts_share_the_series_of_their_level(ranges):
    assert build_series(ranges, "gdp-growth").points == build_series(ranges, "gdp", "change").points


@pytest.mark.parametrize("args, message", [
    (["-i", "gpd"], "Error: --indicator gpd: not in kg's indicator catalog; did you mean gdp?"),
    (["-i", "gdp", "--from", "2024", "--to", "2020"], "Error: --from 2024 is after --to 2020"),
    (["-i", "gdp", "--chart", "x.jpg"], "Error: --chart x.jpg: use a file ending in .svg, .png, .html"),
])
def test_bad_options_give_one_line_and_exit_1(runner, city, args, message):
    result = runner.invoke(cli, ["series", str(city)] + args)
    assert result.exit_code == 1 and result.output.splitlines()[-1].startswith(message)
    assert "Traceback" not in result.output


def test_missing_source_or_indicator_is_a_usage_error(runner, city):
    assert runner.invoke(cli, ["series", "-i", "gdp"]).exit_code == 2
    assert runner.invoke(cli, ["series", str(city)]).exit_code == 2


def test_list_shows_the_catalog(runner):
    lines = runner.invoke(cli, ["series", "--list"]).output.splitlines()
    assert len(lines) >= 80 and any(line.startswith("gdp ") and "国内生产总值" in line for line in lines)


@pytest.mark.parametrize("suffix", [".svg", ".png", ".html"])
def test_charts_are_drawn_offline_and_the_same_every_time(runner, city, tmp_path, suffix):
    pytest.importorskip("matplotlib")
    paths = [tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"]
    for path in paths:
        result = runner.invoke(cli, ["series", str(city), "-i", "gdp", "--measure", "change", "--chart", str(path)])
        assert result.exit_code == 0, result.output
    data = paths[0].read_bytes()
    assert data == paths[1].read_bytes()
    if suffix != ".png":
        text = data.decode("utf-8")
        assert "<svg" in text and not re.search(r'(src|href)\s*=\s*"https?:|url\(https?:', text)  # nothing fetched
        assert "taiyuan-2024" in text  # the source under the chart
    else:
        assert data.startswith(b"\x89PNG")


def test_nothing_to_draw_is_an_error(city):
    pytest.importorskip("matplotlib")
    from kg.viz.chart import chart_bytes

    empty = build_series(memory_store(str(city)), "cpi")
    with pytest.raises(ChartError, match="nothing to draw"):
        chart_bytes(empty, ".svg")


def test_a_store_answers_like_the_graph_file(runner, city, tmp_path):
    folder = city.parent
    assert runner.invoke(cli, ["build", str(folder / "taiyuan-2024.txt"), str(folder / "taiyuan-2025.txt"),
                               "--store", str(tmp_path / "store")]).exit_code == 0
    from_store = runner.invoke(cli, ["series", "--store", str(tmp_path / "store"), "-i", "gdp", "--format", "csv"])
    from_file = runner.invoke(cli, ["series", str(city), "-i", "gdp", "--format", "csv"])
    assert from_store.exit_code == 0 and from_store.output == from_file.output


def test_resolve_rejects_unknown_measures():
    with pytest.raises(QueryError, match="--measure growth"):
        resolve("gdp", "growth")


# ---------------------------------------------------------------- named queries for the common questions

def named_rows(graph, name, **params):
    text, bindings = named_query(name, params)
    result = run_query(graph, text, bindings)
    return [dict(zip(result.variables, ("" if t is None else str(t) for t in row))) for row in result.rows]


@pytest.fixture(scope="module")
def city_graph(city):
    return load_graph(str(city))


def test_targets_missed_finds_a_growth_target_a_later_report_shows_was_missed(city_graph):
    rows = named_rows(city_graph, "targets-missed")
    assert [(r["area"], r["year"], r["notation"], r["actual"], r["target_low"], r["gap"], r["targetReport"],
             r["actualReport"]) for r in rows] == [("太原市", "2024", "gdp", "5.0", "5.5", "-0.5", "taiyuan-2024",
                                                    "taiyuan-2025")]
    assert named_rows(city_graph, "targets-missed", year="2023") == []
    assert len(named_rows(city_graph, "targets-missed", indicator="地区生产总值", region="太原市")) == 1
    assert named_rows(city_graph, "targets-missed", region="北京市") == []


def test_a_job_target_met_and_a_cut_beyond_its_floor_are_not_missed(ranges):
    # 城镇新增就业 4.8万 against 4.5万以上 in the city graph; here -5% against 下降3%以上
    cut = RANGES.replace("kgcat:gdp ; kg:refArea region:000000 ;\n    kg:refPeriod \"2021\"^^xsd:gYear ; "
                         "kg:changePercent 6.0 ; kg:bound kg:atLeast",
                         "kgcat:gdp ; kg:refArea region:000000 ;\n    kg:refPeriod \"2021\"^^xsd:gYear ; "
                         "kg:changePercent -3.0 ; kg:bound kg:atLeast")
    graph = Graph().parse(data=cut + """
id:o6 a kg:Observation ; kg:catalogIndicator kgcat:gdp ; kg:refArea region:000000 ;
    kg:refPeriod "2021"^^xsd:gYear ; kg:changePercent -5.0 ; kg:evidence id:e6 .
id:e6 kg:inReport report:n-2022 ; kg:startOffset 10 .
report:n-2022 kg:refPeriod "2021"^^xsd:gYear .
""", format="turtle")
    assert [r["year"] for r in named_rows(graph, "targets-missed")] == []


def test_indicator_across_areas_lists_results_and_targets_with_quotes(city_graph):
    rows = named_rows(city_graph, "indicator-across-areas", indicator="gdp", year="2024")
    assert sorted((r["isTarget"], r["changePercent"]) for r in rows) == [("false", "5.0"), ("true", "5.5")]
    assert all(r["quote"] for r in rows)
    assert [r["changePercent"] for r in named_rows(city_graph, "indicator-across-areas", indicator="gdp",
                                                   year="2024", targets="only")] == ["5.5"]


def test_programs_most_mentioned_counts_sentences(sample_graph):
    from rdflib import URIRef

    from kg.vocab import KG

    rows = named_rows(sample_graph, "programs-most-mentioned", report="shanxi-2024")
    counts = [int(r["sentences"]) for r in rows]
    assert rows and counts == sorted(counts, reverse=True) and all(r["reports"] == "1" for r in rows)
    for row in rows:
        assert int(row["sentences"]) == len(set(sample_graph.objects(URIRef(row["program"]), KG.mention)))


def test_query_list_shows_the_series_queries_with_their_parameters(runner):
    output = runner.invoke(cli, ["query", "--list"]).output
    for name in ("series", "targets-missed", "indicator-across-areas", "programs-most-mentioned"):
        assert f"\n{name} " in output
    assert "    --param indicator=<label>  required — catalog notation or label" in output


def test_rows_go_to_a_file_with_o(runner, city, tmp_path):
    out = tmp_path / "gdp.csv"
    result = runner.invoke(cli, ["series", str(city), "-i", "gdp", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0 and result.output.strip() == f"wrote {out}: 2 rows (csv)"
    stdout = runner.invoke(cli, ["series", str(city), "-i", "gdp", "--format", "csv"]).output
    assert out.read_text(encoding="utf-8") == stdout


def test_area_keeps_one_area(runner, city):
    rows = csv_rows(runner.invoke(cli, ["series", str(city), "-i", "gdp", "--area", "太原", "--format", "csv"]).output)
    assert [r["year"] for r in rows] == ["2023", "2024"]
    assert csv_rows(runner.invoke(cli, ["series", str(city), "-i", "gdp", "--area", "北京市", "--format", "csv"]).output) == []


def test_a_range_of_growth_is_no_level(ranges):
    # o1 states only a change (增长6%－6.5%): the series of levels has nothing for 2019
    assert [p for p in build_series(ranges, "gdp", "value").points if p.year == 2019] == []


def test_series_stops_at_its_timeout_with_one_line(runner, city, monkeypatch):
    import time

    import kg.sparql.series

    def slow(*args, **kwargs):
        time.sleep(3)

    monkeypatch.setattr(kg.sparql.series, "build_series", slow)
    result = runner.invoke(cli, ["series", str(city), "-i", "gdp", "--timeout", "0.2"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith(f"Error: the series on {city} ran past --timeout 0.2s")
    help_text = runner.invoke(cli, ["series", "--help"]).output
    assert "--timeout" in help_text and "--max-memory" in help_text


RESTATED = """
@prefix kg: <https://w3id.org/kg-cn/def#> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix kgcat: <https://w3id.org/kg-cn/id/catalog/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/kg-cn/id/> .
@prefix region: <https://w3id.org/kg-cn/id/region/> .
@prefix report: <https://w3id.org/kg-cn/id/report/> .
kgcat:steel-output a kg:CatalogIndicator ; skos:notation "steel-output" ; skos:prefLabel "钢产量"@zh ; kg:measure kg:measureLevel .
region:000000 rdfs:label "中国"@zh .
report:n-1958 kg:refPeriod "1957"^^xsd:gYear .
report:n-1959 kg:refPeriod "1958"^^xsd:gYear .
report:n-1960 kg:refPeriod "1959"^^xsd:gYear .
id:e1 kg:inReport report:n-1958 ; kg:startOffset 10 ; kg:text "钢产量达到1070万吨以上。" .
id:e2 kg:inReport report:n-1959 ; kg:startOffset 10 ; kg:text "钢产量1108万吨。" .
id:e3 kg:inReport report:n-1960 ; kg:startOffset 10 ; kg:text "1958年钢产量800万吨（好钢）。" .
id:t a kg:Observation , kg:TargetObservation ; kg:catalogIndicator kgcat:steel-output ; kg:refArea region:000000 ;
    kg:refPeriod "1958"^^xsd:gYear ; kg:value 10700000 ; kg:unit unit:TONNE ; kg:bound kg:atLeast ; kg:evidence id:e1 .
id:a1 a kg:Observation ; kg:catalogIndicator kgcat:steel-output ; kg:refArea region:000000 ;
    kg:refPeriod "1958"^^xsd:gYear ; kg:value 11080000 ; kg:unit unit:TONNE ; kg:evidence id:e2 .
id:a2 a kg:Observation ; kg:catalogIndicator kgcat:steel-output ; kg:refArea region:000000 ;
    kg:refPeriod "1958"^^xsd:gYear ; kg:value 8000000 ; kg:unit unit:TONNE ; kg:evidence id:e3 .
"""


def test_targets_missed_judges_a_year_by_the_result_the_series_gives():
    # the report delivered soonest after 1958 says 1108万吨 (met); a later one restates 800万吨: kg series shows the
    # first, so targets-missed finds no miss either
    store = memory_store(Graph().parse(data=RESTATED, format="turtle"))
    (point,) = build_series(store, "steel-output").points
    assert (point.year, point.actual, point.actual_report) == (1958, Decimal("11080000"), "n-1959")
    text, bindings = named_query("targets-missed", {})
    assert list(run_query(store, text, bindings).rows) == []
