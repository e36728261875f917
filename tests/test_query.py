"""Query stage: graph files, query checks, named queries and every output format, on a small graph."""
import csv
import io
import json
from decimal import Decimal
from xml.etree import ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser
from rdflib.query import Result as RdflibResult

from kg.errors import GraphError, QueryError
from kg.sparql.engine import PARAM_TYPES, list_queries, load_graph, named_query, query_params, run_query
from kg.sparql.results import format_result
from kg.store.local import to_ox_term

PREFIXES = """\
@prefix kg: <https://w3id.org/kg-cn/def#> .
@prefix region: <https://w3id.org/kg-cn/id/region/> .
@prefix ind: <https://w3id.org/kg-cn/id/indicator/> .
@prefix industry: <https://w3id.org/kg-cn/id/industry/> .
@prefix program: <https://w3id.org/kg-cn/id/program/> .
@prefix report: <https://w3id.org/kg-cn/id/report/> .
@prefix obs24: <https://w3id.org/kg-cn/id/obs/shanxi-2024/> .
@prefix obs25: <https://w3id.org/kg-cn/id/obs/shanxi-2025/> .
@prefix ev24: <https://w3id.org/kg-cn/id/evidence/shanxi-2024/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix cur: <http://qudt.org/vocab/currency/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
"""

# Regions, indicators, units and industries every report graph repeats (docs/graph-shape.md).
SHARED = PREFIXES + """
region:140000 a kg:Province ; rdfs:label "山西省"@zh , "Shanxi"@zh-Latn-pinyin ;
    skos:altLabel "山西"@zh ; kg:divisionCode "140000" .
region:141100 a kg:City ; rdfs:label "吕梁市"@zh ; skos:altLabel "吕梁"@zh ;
    kg:divisionCode "141100" ; kg:partOf region:140000 .
region:141122 a kg:County ; rdfs:label "交城县"@zh ; kg:divisionCode "141122" ; kg:partOf region:141100 .
region:141123 a kg:County ; rdfs:label "兴县"@zh ; kg:divisionCode "141123" ; kg:partOf region:141100 .
region:140100 a kg:City ; rdfs:label "太原市"@zh ; skos:altLabel "太原"@zh ; kg:partOf region:140000 .
region:140105 a kg:County ; rdfs:label "小店区"@zh ; kg:divisionCode "140105" ; kg:partOf region:140100 .
ind:gdp a kg:Indicator ; rdfs:label "地区生产总值"@zh .
ind:coal a kg:Indicator ; rdfs:label "原煤产量"@zh .
ind:income a kg:Indicator ; rdfs:label "居民人均可支配收入"@zh .
cur:CNY rdfs:label "元"@zh .
unit:TONNE rdfs:label "吨"@zh .
industry:nev a kg:Industry ; rdfs:label "新能源汽车"@zh .
industry:coal a kg:Industry ; rdfs:label "煤炭"@zh ; skos:altLabel "煤炭工业"@zh .
"""

REPORT_2024 = PREFIXES + """
report:shanxi-2024 a kg:Report ; dcterms:title "山西省政府工作报告（2024）"@zh ;
    kg:refArea region:140000 ; kg:refPeriod "2023"^^xsd:gYear ; kg:sourceFile "shanxi-2024.txt" .
obs24:500-0 a kg:Observation ; kg:indicator ind:gdp ;
    kg:value 2570000000000.0 ; kg:unit cur:CNY ; kg:refArea region:140000 ;
    kg:refPeriod "2023"^^xsd:gYear ; kg:changePercent 5.0 ; kg:evidence ev24:500-540 .
ev24:500-540 a kg:Evidence ;
    kg:text "初步核算，全省地区生产总值达到 2.57万亿\\n\\n元，增长 5%。" ;
    kg:startOffset 500 ; kg:endOffset 540 ; kg:inReport report:shanxi-2024 .
obs24:600-0 a kg:Observation ; kg:indicator ind:coal ;
    kg:value 1378000000.0 ; kg:unit unit:TONNE ; kg:refArea region:140000 ;
    kg:refPeriod "2023"^^xsd:gYear ; kg:changePercent 3.6 ; kg:rank 1 ; kg:rankScope kg:scopeNation ;
    kg:evidence ev24:600-630 .
ev24:600-630 a kg:Evidence ; kg:text "原煤产量13.78亿吨，增长3.6%，居全国第1位。" ;
    kg:startOffset 600 ; kg:endOffset 630 ; kg:inReport report:shanxi-2024 .
obs24:700-0 a kg:Observation ; kg:indicator ind:income ;
    kg:value 30000.0 ; kg:unit cur:CNY ; kg:refArea region:140000 ;
    kg:refPeriod "2023"^^xsd:gYear ; kg:changePercent 6.2 ; kg:rank 5 ; kg:rankScope kg:scopeMacroRegion .
obs24:800-0 a kg:Observation , kg:TargetObservation ; kg:indicator ind:gdp ;
    kg:refArea region:140000 ; kg:refPeriod "2024"^^xsd:gYear ; kg:changePercent 5.0 ;
    kg:bound kg:approx ; kg:evidence ev24:800-820 .
ev24:800-820 a kg:Evidence ; kg:text "全省地区生产总值增长5%左右。" ;
    kg:startOffset 800 ; kg:endOffset 820 ; kg:inReport report:shanxi-2024 .
program:chain a kg:Program ; rdfs:label "链长制"@zh ; kg:concerns industry:nev ;
    kg:mentionedIn report:shanxi-2024 ; kg:mention ev24:900-920 .
ev24:900-920 a kg:Evidence ; kg:text "深化链长制，壮大新能源汽车产业。" ;
    kg:startOffset 900 ; kg:endOffset 920 ; kg:inReport report:shanxi-2024 .
region:141122 kg:mentionedIn report:shanxi-2024 .
"""

REPORT_2025 = PREFIXES + """
report:shanxi-2025 a kg:Report ; dcterms:title "山西省政府工作报告（2025）"@zh ;
    kg:refArea region:140000 ; kg:refPeriod "2024"^^xsd:gYear ; kg:sourceFile "shanxi-2025.txt" .
obs25:400-0 a kg:Observation ; kg:indicator ind:gdp ;
    kg:value 2580000000000.0 ; kg:unit cur:CNY ; kg:refArea region:140000 ;
    kg:refPeriod "2024"^^xsd:gYear ; kg:changePercent 5.1 .
program:smartmine a kg:Program ; rdfs:label "煤矿智能化改造"@zh ; kg:concerns industry:coal ;
    kg:mentionedIn report:shanxi-2025 .
program:chain kg:mentionedIn report:shanxi-2025 .
region:141123 kg:mentionedIn report:shanxi-2025 .
"""


def report_graph(key):
    """One report's graph, with its own copy of the shared resources."""
    own = {"shanxi-2024": REPORT_2024, "shanxi-2025": REPORT_2025}[key]
    return Graph().parse(data=SHARED, format="turtle").parse(data=own, format="turtle")


def sample_graph():
    return report_graph("shanxi-2024") + report_graph("shanxi-2025")


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


def rows(result):
    """Rows as plain Python values; decimals as floats so expected rows read as written."""
    def plain(term):
        if term is None or not isinstance(term, Literal):
            return None if term is None else str(term)
        value = term.toPython()
        return float(value) if isinstance(value, Decimal) else value
    return [tuple(plain(t) for t in row) for row in result.rows]


def named(graph, name, **params):
    text, bindings = named_query(name, params)
    return run_query(graph, text, bindings)


# ---------------------------------------------------------------- loading graph files

@pytest.mark.parametrize("fmt,ext", [("turtle", ".ttl"), ("nt", ".nt"), ("json-ld", ".jsonld"),
                                     ("xml", ".rdf"), ("trig", ".trig"), ("nquads", ".nq")])
def test_load_graph_guesses_format_from_extension(tmp_path, graph, fmt, ext):
    path = tmp_path / f"graph{ext}"
    if fmt in ("trig", "nquads"):
        name = ox.NamedNode("https://w3id.org/kg-cn/id/report/shanxi-2024")
        quads = [ox.Quad(*map(to_ox_term, triple), name) for triple in graph]
        path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS))
    else:
        path.write_bytes(graph.serialize(format=fmt, encoding="utf-8"))
    assert set(load_graph(path)) == set(graph)  # Oxigraph lower-cases language tags; rdflib compares them so


@pytest.mark.parametrize("ext,text,where", [
    (".ttl", '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "x .\n', "line 3"),
    (".jsonld", '{"@id": "http://a",\n "x": }', "line 2, column 7"),
    (".rdf", '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<x></rdf:RDF>', "line 2, column 5"),
])
def test_load_graph_reports_where_the_syntax_breaks(tmp_path, ext, text, where):
    path = tmp_path / f"bad{ext}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GraphError, match=where):
        load_graph(path)


def test_load_graph_names_missing_file_and_unknown_extension(tmp_path):
    with pytest.raises(GraphError, match="no such file"):
        load_graph(tmp_path / "missing.ttl")
    (tmp_path / "graph.xyz").write_text("", encoding="utf-8")
    with pytest.raises(GraphError, match="cannot tell the graph format"):
        load_graph(tmp_path / "graph.xyz")


def test_load_graph_reads_a_binary_stream_as_turtle(graph):
    stream = io.BytesIO(graph.serialize(format="turtle", encoding="utf-8"))
    assert len(load_graph(stream)) == len(graph)


# ---------------------------------------------------------------- refusals and syntax errors

@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "DROP GRAPH <http://g>", "CREATE GRAPH <http://g>",
    "ADD <http://a> TO <http://b>", "MOVE <http://a> TO <http://b>", "COPY DEFAULT TO <http://b>",
    "PREFIX ex: <http://e/>\n# a comment\nDELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
])
def test_updates_are_refused(graph, text):
    before = len(graph)
    with pytest.raises(QueryError, match="SPARQL Update .* is refused"):
        run_query(graph, text)
    assert len(graph) == before


@pytest.mark.parametrize("text,what", [
    ("SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://dbpedia.org/sparql> { ?s ?q ?r } } }",
     "SERVICE <http://dbpedia.org/sparql>"),
    ("ASK { SERVICE SILENT ?endpoint { ?s ?p ?o } }", "SERVICE"),
])
def test_remote_endpoints_are_refused_unless_allowed(graph, text, what):
    with pytest.raises(QueryError, match="--allow-remote") as info:
        run_query(graph, text)
    assert what in str(info.value)


@pytest.mark.parametrize("allow_remote", [False, True])
@pytest.mark.parametrize("text,what", [
    ("SELECT * FROM <http://example.org/x.ttl> WHERE { ?s ?p ?o }", "FROM <http://example.org/x.ttl>"),
    ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM <http://example.org/g>"),
])
def test_from_on_a_graph_file_is_refused_never_silently_ignored(graph, text, what, allow_remote):
    with pytest.raises(QueryError, match="a query on a graph file reads that file only") as info:
        run_query(graph, text, allow_remote=allow_remote)
    assert what in str(info.value)


@pytest.mark.parametrize("text", [
    '# SERVICE <http://x> FROM <http://y>\nSELECT ?t WHERE { ?e kg:text ?t FILTER(CONTAINS(?t, "SERVICE <http://z>")) }',
    'SELECT ("INSERT DATA { }" AS ?x) WHERE {}',
])
def test_comments_and_strings_do_not_trigger_refusals(graph, text):
    assert run_query(graph, text).kind == "select"


@pytest.mark.parametrize("text,line,column", [
    ("SELECT ?s WHERE {\n  ?s ?p ?o\n  FILTER(?o > )\n}", 3, None),
    ("SELECT ?s WHERE { ?s ?p }", 1, None),
])
def test_syntax_errors_name_line_and_column(graph, text, line, column):
    with pytest.raises(QueryError, match=rf"line {line}, column \d+") as info:
        run_query(graph, text)
    assert "\n" not in str(info.value)


def test_unknown_prefix_is_a_query_error(graph):
    with pytest.raises(QueryError, match="nope"):
        run_query(graph, "SELECT * WHERE { ?s nope:x ?o }")


# ---------------------------------------------------------------- named queries

def test_every_named_query_is_described():
    queries = dict(list_queries())
    assert {"figures-for-region-year", "fastest-growing", "national-ranks", "targets-vs-actuals",
            "programs-by-industry", "counties-by-prefecture", "entity"} <= set(queries)
    for name, description in queries.items():
        assert description and not description.startswith("PREFIX"), name
        for pname, ptype, _, pdescription in query_params(name):
            assert ptype in PARAM_TYPES and pdescription, (name, pname)


@pytest.mark.parametrize("region", ["山西", "山西省", "Shanxi"])
def test_figures_for_region_year(graph, region):
    got = rows(named(graph, "figures-for-region-year", region=region, year="2023"))
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in got] == [
        ("原煤产量", 1378000000, "吨", 3.6, False),
        ("地区生产总值", 2570000000000, "元", 5.0, False),
        ("居民人均可支配收入", 30000, "元", 6.2, False),
    ]
    assert got[1][6] == "初步核算，全省地区生产总值达到 2.57万亿\n\n元，增长 5%。"


def test_figures_for_region_year_marks_targets(graph):
    got = rows(named(graph, "figures-for-region-year", region="山西", year="2024年"))
    assert sorted((r[0], r[3], r[4]) for r in got) == [("地区生产总值", 5.0, True), ("地区生产总值", 5.1, False)]


def test_fastest_growing(graph):
    got = rows(named(graph, "fastest-growing"))
    assert [(r[1], r[2]) for r in got] == [("居民人均可支配收入", 6.2), ("地区生产总值", 5.1),
                                           ("地区生产总值", 5.0), ("原煤产量", 3.6)]
    assert [r[2] for r in rows(named(graph, "fastest-growing", year="2024"))] == [5.1]
    assert rows(named(graph, "fastest-growing", region="北京")) == []


def test_national_ranks(graph):
    got = rows(named(graph, "national-ranks"))
    assert [(r[1], r[2], r[3]) for r in got] == [("原煤产量", 1, "全国")]
    assert got[0][5].startswith("原煤产量13.78亿吨")
    anyscope = rows(named(graph, "national-ranks", scope="any"))
    assert [(r[1], r[2], r[3]) for r in anyscope] == [("原煤产量", 1, "全国"), ("居民人均可支配收入", 5, "区域")]
    assert [r[2] for r in rows(named(graph, "national-ranks", scope="区域", region="山西省"))] == [5]


def test_targets_vs_actuals(graph):
    got = rows(named(graph, "targets-vs-actuals", year="2024"))
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in got] == [("山西省", "地区生产总值", 5.0, 2580000000000, 5.1)]
    assert rows(named(graph, "targets-vs-actuals", year="2023")) == []


def test_programs_by_industry(graph):
    got = rows(named(graph, "programs-by-industry"))
    assert [r[:3] for r in got] == [("新能源汽车", "链长制", 2), ("煤炭", "煤矿智能化改造", 1)]
    assert [r[1] for r in rows(named(graph, "programs-by-industry", industry="煤炭工业"))] == ["煤矿智能化改造"]


def test_counties_by_prefecture(graph):
    got = rows(named(graph, "counties-by-prefecture"))
    assert [r[:3] for r in got] == [("吕梁市", "交城县", "141122"), ("吕梁市", "兴县", "141123"),
                                    ("太原市", "小店区", "140105")]
    assert [r[1] for r in rows(named(graph, "counties-by-prefecture", prefecture="吕梁"))] == ["交城县", "兴县"]
    assert [r[1] for r in rows(named(graph, "counties-by-prefecture", report="shanxi-2025"))] == ["兴县"]


def test_entity_with_its_sources(graph):
    got = rows(named(graph, "entity", label="链长制"))
    props = {r[1].rsplit("#", 1)[-1] for r in got}
    assert {"label", "concerns", "mention", "mentionedIn"} <= props
    sourced = [r for r in got if r[3]]
    assert [(r[3], r[4]) for r in sourced] == [
        ("深化链长制，壮大新能源汽车产业。", "https://w3id.org/kg-cn/id/report/shanxi-2024")]


@pytest.mark.parametrize("label", ['山西" } } DROP ALL ; SELECT * { ?s ?p ?o', "山西\\", "x\ny"])
def test_parameters_are_values_not_query_text(graph, label):
    assert rows(named(graph, "entity", label=label)) == []


@pytest.mark.parametrize("name,params,message", [
    ("nope", {}, "unknown named query nope"),
    ("entity", {}, "needs --param label"),
    ("entity", {"label": "x", "colour": "red"}, "no parameter colour"),
    ("figures-for-region-year", {"region": "山西", "year": "last year"}, "must be a year"),
])
def test_named_query_errors(name, params, message):
    with pytest.raises(QueryError, match=message):
        named_query(name, params)


def test_named_query_bindings_are_typed():
    _, bindings = named_query("figures-for-region-year", {"region": "山西", "year": "2023"})
    assert bindings == {"region": Literal("山西"), "year": Literal("2023", datatype=XSD.gYear)}


# ---------------------------------------------------------------- output formats

SELECT_ALL = "SELECT ?obs ?value ?quote WHERE { ?obs kg:value ?value OPTIONAL { ?obs kg:evidence/kg:text ?quote } } ORDER BY ?obs"


def test_table_aligns_chinese_by_display_width(graph):
    text = format_result(named(graph, "figures-for-region-year", region="山西", year="2023"), "table")
    lines = text.splitlines()
    assert lines[0].startswith("indicatorLabel")
    # 原煤产量 (8 columns) pads to the 18 of 居民人均可支配收入, so every value column starts at 20
    assert lines[2].startswith("原煤产量" + " " * 12 + "13.78亿")
    assert lines[4].startswith("居民人均可支配收入  3万")
    assert lines[1].startswith("-" * 18 + "  ")
    assert "\\n\\n元" in text and lines[-1] == "(3 rows)"


def test_tables_write_decimals_for_people_unless_raw(graph):
    result = named(graph, "figures-for-region-year", region="山西", year="2023")
    assert "地区生产总值        2.57万亿  元         5  " in format_result(result, "table")
    raw = format_result(result, "table", raw=True)
    assert "地区生产总值        2570000000000.0  元         5.0  " in raw
    assert "2570000000000.0" in format_result(result, "csv")


def test_csv_parses_back_with_bom(graph):
    result = run_query(graph, SELECT_ALL)
    text = format_result(result, "csv", bom=True)
    assert text.startswith("\ufeffobs,value,quote\r\n")
    parsed = list(csv.reader(io.StringIO(text.encode("utf-8").decode("utf-8-sig"), newline="")))
    assert parsed[0] == ["obs", "value", "quote"]
    assert parsed[1:] == [[str(t) if t is not None else "" for t in row] for row in result.rows]
    assert "初步核算，全省地区生产总值达到 2.57万亿\n\n元，增长 5%。" in {r[2] for r in parsed}


@pytest.mark.parametrize("fmt,parser", [("json", "json"), ("xml", "xml"), ("tsv", "tsv")])
def test_row_formats_parse_back_to_the_same_terms(graph, fmt, parser):
    result = run_query(graph, SELECT_ALL + "\n")
    text = format_result(result, fmt)
    if parser == "tsv":
        back = TSVResultParser().parse(io.StringIO(text.replace("\r\n", "\n")))
    else:
        back = RdflibResult.parse(io.BytesIO(text.encode("utf-8")), format=parser)
    assert [str(v) for v in back.vars] == list(result.variables)
    assert [tuple(b.get(v) for v in back.vars) for b in back.bindings] == list(result.rows)


def test_json_and_xml_follow_the_sparql_results_formats(graph):
    result = run_query(graph, "SELECT ?l WHERE { <https://w3id.org/kg-cn/id/region/140000> rdfs:label ?l } ORDER BY ?l")
    doc = json.loads(format_result(result, "json"))
    assert doc["head"]["vars"] == ["l"]
    assert {"l": {"type": "literal", "value": "山西省", "xml:lang": "zh"}} in doc["results"]["bindings"]
    root = ET.fromstring(format_result(result, "xml").encode("utf-8"))
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    literals = root.findall("s:results/s:result/s:binding/s:literal", ns)
    assert sorted((e.text, e.get("{http://www.w3.org/XML/1998/namespace}lang")) for e in literals) == [
        ("Shanxi", "zh-Latn-pinyin"), ("山西省", "zh")]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_ask_in_every_row_format(graph, fmt):
    text = format_result(run_query(graph, "ASK { ?o kg:rankScope kg:scopeNation }"), fmt)
    if fmt == "json":
        assert json.loads(text)["boolean"] is True
    elif fmt == "xml":
        assert ET.fromstring(text.encode("utf-8")).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"
    else:
        assert "true" in text or "yes" in text


@pytest.mark.parametrize("fmt,rdf_format", [("turtle", "turtle"), ("nt", "nt"), ("json-ld", "json-ld"),
                                            ("xml", "xml"), ("nquads", "nquads"), ("trig", "trig")])
def test_construct_and_describe_serialize_as_rdf(graph, fmt, rdf_format):
    construct = run_query(graph, "CONSTRUCT WHERE { ?r a kg:County ; ?p ?o }")
    back = load_graph(io.BytesIO(format_result(construct, fmt).encode("utf-8")), fmt=rdf_format)
    assert isomorphic(back, construct.graph) and len(back) == 14
    describe = run_query(graph, "DESCRIBE <https://w3id.org/kg-cn/id/program/chain>")
    assert (URIRef("https://w3id.org/kg-cn/id/program/chain"), None, None) in describe.graph
    with pytest.raises(QueryError, match="does not fit a CONSTRUCT/DESCRIBE result; use one of turtle, nt, nquads"):
        format_result(construct, "csv")
    with pytest.raises(QueryError, match="does not fit a SELECT"):
        format_result(run_query(graph, "ASK {}"), "turtle")
