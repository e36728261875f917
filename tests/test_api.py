"""The library API as a notebook user meets it: named queries by name, results as Python values and
DataFrames, series, and reports named as people name them."""
from datetime import date
from decimal import Decimal

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

import kg
from kg.errors import GraphError, QueryError
from kg.sparql.results import Result, python_value

from .conftest import NATIONAL, SAMPLE


@pytest.fixture(scope="module")
def national_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "national.ttl"
    kg.build([NATIONAL / f"national-{year}.txt" for year in (2014, 2015, 2016, 2017)]).serialize(path, format="turtle")
    return path


def test_an_unknown_name_is_an_unknown_named_query_not_a_syntax_error(sample_graph):
    with pytest.raises(QueryError, match="^unknown named query no-such-name; kg has .*series"):
        kg.query(sample_graph, "no-such-name")


def test_a_missing_parameter_is_named_as_a_python_keyword(sample_graph):
    with pytest.raises(QueryError, match=r"query series needs the keyword argument indicator=…$"):
        kg.query(sample_graph, "series")
    with pytest.raises(QueryError, match="has no parameter colour"):
        kg.query(sample_graph, "series", indicator="gdp", colour="red")


def test_a_store_folder_is_named_as_a_store(tmp_path, runner):
    from kg.cli import cli

    store = tmp_path / "store"
    kg.Store(store).add([SAMPLE])
    result = runner.invoke(cli, ["query", str(store), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"])
    assert (result.exit_code, result.output) == (
        1, f"Error: {store} is a store, not a graph file; read it with --store {store}\n")
    with pytest.raises(GraphError, match="is a folder; give a graph file"):
        kg.load(tmp_path)
    # the library reads a store's folder as the store
    rows = kg.query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?r a kg:Report }").to_python()
    assert rows == [[1]]


def test_python_values_of_each_datatype():
    assert python_value(Literal("2570000000000", datatype=XSD.decimal)) == Decimal("2570000000000")
    assert python_value(Literal("5", datatype=XSD.integer)) == 5
    assert python_value(Literal("0.5", datatype=XSD.double)) == 0.5
    assert python_value(Literal("2023", datatype=XSD.gYear)) == 2023
    assert python_value(Literal("2024-03-05", datatype=XSD.date)) == date(2024, 3, 5)
    assert python_value(Literal("true", datatype=XSD.boolean)) is True
    assert python_value(Literal("山西省", lang="zh")) == "山西省"
    assert python_value(URIRef("https://w3id.org/kg-cn/id/region/140000")) == "https://w3id.org/kg-cn/id/region/140000"
    assert python_value(None) is None


def test_rows_as_python_values_in_the_query_order(sample_graph):
    result = kg.query(sample_graph, "SELECT ?year ?value ?indicator ?missing WHERE { ?o kg:indicator/rdfs:label "
                                    "'地区生产总值'@zh ; kg:value ?value ; kg:refPeriod ?year }")
    assert result.to_python() == [[2023, Decimal("2570000000000"), None, None]]
    assert [type(value) for value in result.to_python()[0]] == [int, Decimal, type(None), type(None)]
    with pytest.raises(QueryError, match="ASK answer has no rows"):
        Result("ask", answer=True).to_python()


def test_a_dataframe_keeps_the_query_columns_and_makes_numbers_numeric(sample_graph):
    pd = pytest.importorskip("pandas")
    frame = kg.query(sample_graph, "SELECT ?indicator ?value ?year WHERE { ?o kg:indicator/rdfs:label ?indicator ; "
                                   "kg:value ?value ; kg:refPeriod ?year FILTER(isLiteral(?year)) } ORDER BY ?indicator"
                     ).to_dataframe()
    assert list(frame.columns) == ["indicator", "value", "year"]
    assert pd.api.types.is_float_dtype(frame["value"]) and str(frame["year"].dtype) == "Int64"
    assert frame.loc[frame["indicator"] == "地区生产总值", "value"].iloc[0] == 2.57e12


def test_series_in_the_library_is_what_kg_series_prints(national_file, runner):
    from kg.cli import cli

    series = kg.series(national_file, "gdp", measure="change", first=2014, last=2016)
    assert series.to_python() == [
        ["中国", 2014, Decimal("7.4"), Decimal("7.5"), Decimal("7.5"), "approx", "%", "national-2015 / national-2014"],
        ["中国", 2015, Decimal("6.9"), Decimal("7"), Decimal("7"), "approx", "%", "national-2016 / national-2015"],
        ["中国", 2016, Decimal("6.7"), Decimal("6.5"), Decimal("7"), "between", "%", "national-2017 / national-2016"]]
    printed = runner.invoke(cli, ["series", str(national_file), "-i", "gdp", "--measure", "change", "--from", "2014",
                                  "--to", "2016", "--format", "csv"]).output
    assert printed.splitlines()[1] == "中国,2014,7.4,7.5,7.5,approx,%,national-2015 / national-2014"
    pd = pytest.importorskip("pandas")
    frame = series.to_dataframe()
    assert list(frame.columns) == ["area", "year", "actual", "target_low", "target_high", "bound", "unit", "report"]
    assert pd.api.types.is_float_dtype(frame["actual"]) and frame["actual"].tolist() == [7.4, 6.9, 6.7]


def test_a_report_is_named_as_people_name_it(national_file):
    rows = kg.query(national_file, "SELECT ?label ?reviewed ?delivered WHERE { ?r a kg:Report ; rdfs:label ?label ; "
                                   "kg:refPeriod ?reviewed ; kg:deliveryYear ?delivered } ORDER BY ?label").to_python()
    assert ["中国 2022年政府工作报告", 2021, 2022] not in rows  # only 2014–2017 were built
    assert ["China 2015 government work report", 2014, 2015] in rows
    assert ["中国 2015年政府工作报告", 2014, 2015] in rows
