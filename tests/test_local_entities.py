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


def kinds(text, scope=HAILAR):
    return {(kind, label) for kind, label, _ in mentions(text, scope)}


def test_a_place_built_or_renewed_is_the_place_not_a_programme():
    found = kinds("全面启动昆仑商圈改造，推进滨河组团建设。")
    assert ("Place", "昆仑商圈") in found
    assert not {label for kind, label in found if kind == "Program"}


def test_a_kind_of_place_described_by_common_words_is_no_place():
    found = kinds("建成一批口袋公园，新建农村寄宿制学校。")
    assert not {label for kind, label in found if kind in ("Place", "Organization")}


def test_construction_projects_are_not_programmes():
    found = kinds("完成雨水管网二期工程，启动物流园项目建设，城市东环路开工建设。")
    assert not {label for kind, label in found if kind == "Program"}


def test_zones_parks_rivers_and_hubs_are_places():
    found = kinds("加快建设临港新片区和虹桥国际开放枢纽，治理苏州河，推进张江科学城建设。", SHANGHAI)
    assert {("Place", "临港新片区"), ("Place", "虹桥国际开放枢纽"), ("Place", "苏州河"), ("Place", "张江科学城")} <= found


def test_festivals_games_and_fairs_are_events():
    found = kinds("成功举办上海国际电影节、世界武术锦标赛和中俄蒙经贸洽谈暨商品展销会。", SHANGHAI)
    assert {("Event", "上海国际电影节"), ("Event", "世界武术锦标赛"),
            ("Event", "中俄蒙经贸洽谈暨商品展销会")} <= found


def test_schools_and_clinics_are_organizations():
    found = kinds("新呼伦小学教学楼投入使用，哈克卫生院完成改造。")
    assert {("Organization", "新呼伦小学"), ("Organization", "哈克卫生院")} <= found


def test_the_party_committee_of_the_reports_level_is_the_reports_region():
    assert ("Organization", "中共海拉尔区委员会") in kinds("在区委的坚强领导下，全区上下共同努力。")
    assert ("Organization", "中共上海市委员会") in kinds("在中共上海市委的坚强领导下。", SHANGHAI)


def test_a_plenum_with_and_without_the_partys_name_is_one_event():
    report = district_report("认真贯彻党的十八届三中全会精神。落实十八届三中全会部署。")
    assert [e.label for e in report.entities if e.kind == "Event" and "全会" in e.label] == ["十八届三中全会"]


def test_the_speaker_addressing_the_congress_is_no_event():
    assert not {label for kind, label in kinds("我代表海拉尔区人民政府向大会报告工作。") if kind == "Event"}


def test_a_place_of_a_local_report_lies_in_the_reports_region():
    graph = to_graph([district_report("启动昆仑商圈改造。")], extra=[add_entities])
    places = list(graph.subjects(RDF.type, KG.Place))
    assert places and all((place, KG.locatedIn, KG_ID[f"region/{HAILAR}"]) in graph for place in places)


def test_a_municipalitys_districts_are_found_by_their_short_names_in_its_report():
    found = kinds("嘉定、青浦、松江、奉贤、南汇等新城加快建设。", SHANGHAI)
    assert {("county", "嘉定区"), ("county", "青浦区"), ("county", "松江区"), ("county", "奉贤区")} <= found
    # elsewhere a county's short name alone is no county (嘉定 in a 海拉尔 report)
    assert ("county", "嘉定区") not in kinds("学习嘉定经验。")


def test_a_place_with_a_one_character_head_ends_where_a_new_word_starts():
    found = kinds("推进苏州河环境综合整治，洋山港建设加快。", SHANGHAI)
    assert {("Place", "苏州河"), ("Place", "洋山港")} <= found


def test_weak_programme_heads_need_more_than_common_words_before_them():
    found = kinds("加快城市数字底座建设，打造高能级共性技术创新平台，推进数字政府建设。", SHANGHAI)
    assert not {label for kind, label in found if kind == "Program"} & {"城市数字底座建设", "高能级共性技术创新平台"}


def test_short_common_words_in_quotes_are_figures_of_speech_numbered_slogans_are_programmes():
    found = kinds("做好“大文章”，用好“金点子”，落实“双减”和“一网通办”。", SHANGHAI)
    programs = {label for kind, label in found if kind == "Program"}
    assert {"双减", "一网通办"} <= programs and not programs & {"大文章", "金点子"}


def test_a_known_zone_that_is_the_reports_own_district_is_that_district():
    found = kinds("支持浦东新区高水平改革开放。", SHANGHAI)
    assert ("county", "浦东新区") in found and not {label for kind, label in found if kind == "Place"}


def test_a_one_character_head_that_ends_a_common_word_names_no_place():
    found = kinds("守住生态保护红线，牢记底线，开通国际航线。嘉闵线开工。", SHANGHAI)
    assert {label for kind, label in found if kind == "Place"} == {"嘉闵线"}


def test_named_streets_and_campaign_years():
    found = kinds("完成建园路、望城路改造，开展“城市建设管理年”活动，坚定不移走共同富裕之路。")
    assert {("Place", "建园路"), ("Place", "望城路"), ("Event", "城市建设管理年")} <= found
    assert not {label for kind, label in found if kind == "Place"} - {"建园路", "望城路"}


def test_a_quoted_period_with_a_plan_head_is_the_plan_and_outlines_are_programmes():
    found = kinds("编制“十四五”规划，实施国家知识产权战略纲要，京广高铁建成通车。", SHANGHAI)
    assert {("Program", "十四五规划"), ("Place", "京广高铁")} <= found
    assert ("Program", "十四五") not in found
