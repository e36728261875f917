"""Indicator catalog: the shipped scheme is well formed, and names as reports write them find their concept."""
import re
from decimal import Decimal

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from kg.extract.catalog import catalog, catalog_graph, concept_of, find_concept, lookup
from kg.lexicon import units
from kg.model import Observation, Sentence
from kg.rdf.catalog import add_catalog_link
from kg.vocab import KG

SENTENCE = Sentence(index=0, text="", start=0, end=0, section=0)


def observation(name, value=None, unit=None, change=None, points=None):
    return Observation(indicator=name, sentence=SENTENCE, anchor="0-0", value=value, unit=unit,
                       change_percent=change, change_points=points)


def test_the_catalog_has_at_least_80_indicators_each_with_notation_labels_and_measure():
    graph = catalog_graph()
    concepts = list(graph.subjects(RDF.type, KG.CatalogIndicator))
    assert len(concepts) >= 80
    notations = [str(graph.value(c, SKOS.notation)) for c in concepts]
    assert len(set(notations)) == len(notations)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n) for n in notations)
    for concept in concepts:
        assert {label.language for label in graph.objects(concept, SKOS.prefLabel)} == {"zh", "en"}, concept
        assert graph.value(concept, KG.measure) in (KG.measureLevel, KG.measureGrowth, KG.measureShare,
                                                    KG.measureCount), concept
        assert (concept, SKOS.inScheme, KG._NS["indicatorCatalog"]) in graph


def test_every_chinese_label_names_one_concept_only():
    seen = {}
    graph = catalog_graph()
    for concept, label in sorted(graph.subject_objects(SKOS.prefLabel | SKOS.altLabel)):
        if label.language == "zh":
            assert seen.setdefault(str(label).casefold(), concept) == concept, label


def test_every_physical_unit_kg_reads_has_a_dimension():
    physical = {iri for iri, kind, _ in units().values() if kind == "measure"}
    assert physical <= set(catalog().unit_kinds)


def test_a_growth_rate_names_the_level_it_is_the_change_of():
    growth = [c for c in catalog().concepts if c.growth_of is not None]
    assert growth and all(c.measure == "growth" for c in growth)
    assert all(any(base.iri == c.growth_of for base in catalog().concepts) for c in growth)


@pytest.mark.parametrize("name, notation", [
    ("国内生产总值", "gdp"), ("地区生产总值", "gdp"), ("全市GDP", "gdp"), ("今年经济", "gdp"),
    ("国民生产总值", "gdp"), ("全省经济总量", "gdp"),
    ("经济增长预期目标", "gdp-growth"), ("中央提出今年经济增长预期目标", "gdp-growth"), ("经济增长目标定", "gdp-growth"),
    ("一般公共预算收入", "fiscal-revenue"), ("全国财政收入", "fiscal-revenue"), ("公共财政收入", "fiscal-revenue"),
    ("财政总收入", "fiscal-total-revenue"),
    ("赤字率拟按", "deficit-ratio"), ("财政赤字占国内生产总值比重", "deficit-ratio"), ("中央财政赤字", "central-deficit"),
    ("规上工业增加值", "industry-above-size-va"), ("全省规模以上工业增加值", "industry-above-size-va"),
    ("居民消费价格总水平", "cpi"), ("物价总水平", "cpi"), ("城镇新增就业", "new-urban-jobs"),
    ("城镇调查失业率", "surveyed-unemployment"), ("粮食总产量", "grain-output"), ("PM2.5平均浓度", "pm25"),
    ("细颗粒物平均浓度", "pm25"), ("单位地区生产总值能耗", "energy-intensity"), ("常住人口城镇化率", "urbanization-rate"),
    ("城镇居民人均可支配收入实际", "urban-disposable-income"), ("实际使用外资", "foreign-capital"),
    ("研发经费投入强度", "rd-intensity"), ("新增政府专项债券", "special-bonds"), ("进出口贸易总额", "foreign-trade"),
])
def test_names_reports_write_find_their_concept(name, notation):
    assert lookup(name).notation == notation


@pytest.mark.parametrize("name", [
    "国内生产总值年",              # 年均增长: an average over several years, not the year's figure
    "单位国内生产总值用电量",      # another indicator built on GDP
    "服务业对经济增长贡献率",
    "新增高新技术企业",            # an increase, not the number of firms
    "城市绿地",
])
def test_names_outside_the_catalog_find_nothing(name):
    assert lookup(name) is None


@pytest.mark.parametrize("figure, notation", [
    (observation("国内生产总值", Decimal("1.26E14"), "元", Decimal("5")), "gdp"),
    (observation("国内生产总值", change=Decimal("5")), "gdp"),
    (observation("国内生产总值", Decimal("4"), "%"), None),          # a share of GDP, not GDP
    (observation("经济增长预期目标", Decimal("5"), "%"), "gdp-growth"),
    (observation("粮食产量", Decimal("6.95E11"), "斤"), "grain-output"),
    (observation("粮食产量", Decimal("3"), "%"), None),
    (observation("城镇新增就业", Decimal("1.2E7"), "人"), "new-urban-jobs"),
    (observation("常住人口城镇化率", points=Decimal("1.2")), "urbanization-rate"),
    (observation("国内生产总值", points=Decimal("1.2")), None),      # points change a share, not a level
    (observation("单位国内生产总值能耗", change=Decimal("-3")), "energy-intensity"),
    (observation("单位国内生产总值能耗", Decimal("0.5"), "吨"), None),
])
def test_a_figure_joins_a_concept_only_when_its_unit_fits(figure, notation):
    found = concept_of(figure)
    assert (found.notation if found else None) == notation


@pytest.mark.parametrize("text, notation", [("gdp", "gdp"), ("GDP", "gdp"), (" 地区生产总值 ", "gdp"),
                                            ("grain output", "grain-output"), ("CPI", "cpi"), ("no such", None)])
def test_find_concept_takes_a_notation_or_any_label(text, notation):
    found = find_concept(text)
    assert (found.notation if found else None) == notation


def test_a_linked_observation_carries_its_concept_and_the_level_a_growth_rate_belongs_to():
    graph = Graph()
    node = KG.Observation  # any IRI stands for the observation node here
    concept = add_catalog_link(graph, node, observation("经济增长预期目标", Decimal("5"), "%"))
    gdp = find_concept("gdp").iri
    assert (node, KG.catalogIndicator, concept) in graph
    assert (concept, KG.growthOf, gdp) in graph and (gdp, SKOS.notation, None) in graph
    assert add_catalog_link(graph, node, observation("城市绿地", Decimal("3"), "个")) is None
