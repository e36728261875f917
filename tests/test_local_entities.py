"""Entities of local reports: townships from the division list, and what lies inside the report's region."""
from rdflib.namespace import RDF

import kg
from kg.extract import regions
from kg.extract.mentions import find_mentions
from kg.extract.regions import gazetteer
from kg.rdf.entities import add_entities
from kg.rdf.graph import to_graph
from kg.text.normalize import normalize
from kg.vocab import ID as KG_ID
from kg.vocab import KG

HAILAR, HULUNBUIR, SHANXI, SHANGHAI = "150702", "150700", "140000", "310000"


def mentions(text, scope):
    return [(m.kind, m.label, m.code) for m in find_mentions(normalize(text).text, gazetteer().by_code[scope])]


def district_report(body, speaker="海拉尔区人民政府"):
    return kg.parse(f"政府工作报告\n各位代表：\n现在，我代表{speaker}，向大会报告工作。\n一、2013年工作回顾\n{body}全年新建公园3座。")


def test_a_countys_own_towns_and_streets_are_found_with_their_codes():
    found = mentions("奋斗镇、哈克镇完成土地确权，靠山街道建成社区服务中心。", HAILAR)
    assert ("township", "奋斗镇", "150702101") in found
    assert ("township", "哈克镇", "150702102") in found
    assert ("township", "靠山街道", "150702003") in found


def test_towns_of_another_county_are_not_the_reports():
    # 城关镇 is a town of 82 counties: in a 海拉尔 report it is none of them
    assert not [m for m in mentions("城关镇完成改造。", HAILAR) if m[0] == "township"]


def test_a_city_report_finds_the_towns_of_its_districts():
    found = mentions("张江镇、川沙新镇加快发展。", SHANGHAI)
    assert ("township", "张江镇", "310115125") in found


def test_a_town_is_part_of_its_county_and_that_of_its_city():
    graph = to_graph([district_report("奋斗镇新建日光温室200栋。")], extra=[add_entities])
    town, county = KG_ID["region/150702101"], KG_ID["region/150702"]
    assert (town, RDF.type, KG.Township) in graph
    assert (town, KG.partOf, county) in graph
    assert (county, KG.partOf, KG_ID["region/150700"]) in graph


def test_a_provincial_report_never_reads_the_township_list():
    regions._townships.cache_clear()
    assert gazetteer().townships_within(gazetteer().by_code[SHANXI]) == ()
    kg.parse("山西省政府工作报告\n各位代表：\n我代表省人民政府，向大会报告工作。\n一、2023年工作回顾\n太原市建成公园10座。")
    assert regions._townships.cache_info().currsize == 0


def entity_labels(report, kind):
    return {entity.label for entity in report.entities if entity.kind == kind}


def test_a_short_name_of_another_provinces_city_needs_support_from_the_report():
    # 海东 (a city of 青海) inside a housing estate's name in an Inner Mongolian district's report
    report = district_report("启动实施海东春晓回迁安置小区等项目。")
    assert "海东市" not in entity_labels(report, "City")
    # the same short name, with its province named in the report, is that city
    report = district_report("与青海海东开展劳务协作。")
    assert "海东市" in entity_labels(report, "City")


def test_a_short_name_gives_way_to_a_longer_name_starting_inside_it():
    # a header line joined to the next: 会议上 + 海拉尔区人民政府
    found = mentions("在海拉尔区第十四届人民代表大会第三次会议上海拉尔区人民政府区长杜联合", HAILAR)
    assert not [m for m in found if m[1] == "上海市"]
