"""A report's region, year reviewed and header, from its own words (the genre's shapes, not one report's lines)."""
from decimal import Decimal

import pytest

import kg

NATIONAL = ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理　李强\n各位代表：\n"
            "现在，我代表国务院，向大会报告政府工作。\n一、2023年工作回顾\n国内生产总值增长5.2%。\n")


@pytest.mark.parametrize("name, text, region, year, source", [
    ("n.txt", NATIONAL, "中国", 2023, "text"),
    # a national report that names provinces more often than anything else is still the country's
    ("n.txt", "各位代表：\n我代表国务院向大会作政府工作报告。\n一、1999年国内工作回顾\n香港、澳门回归。支持香港、澳门。"
              "香港经济增长5%。", "中国", 1999, "text"),
    ("s.txt", "据报道，山西省第十四届人民代表大会第二次会议开幕。报告回顾了2023年的主要工作。全省地区生产总值增长5%。",
     "山西省", 2023, "text"),
    ("c.txt", "太原市人民政府工作报告\n——2024年1月10日在太原市第十六届人民代表大会第四次会议上\n一、2023年工作回顾\n"
              "全市地区生产总值增长5.4%。", "太原市", 2023, "text"),
    # years in Chinese numerals, and the plan a report sets
    ("o.txt", "各位代表：\n我代表国务院向大会作报告。\n刚刚过去的一九八四年，工业总产值增长14%。", "中国", 1984, "text"),
    ("p.txt", "各位代表：\n我代表国务院作报告。\n二、2010年主要任务\n国内生产总值增长8%左右。", "中国", 2009, "text"),
    # statistical bulletins
    ("b.txt", "山西省2023年国民经济和社会发展统计公报\n山西省统计局\n一、综合\n全年全省地区生产总值增长5.0%。",
     "山西省", 2023, "text"),
    ("b.txt", "中华人民共和国2023年国民经济和社会发展统计公报\n国家统计局\n全年国内生产总值增长5.2%。", "中国", 2023, "text"),
    # nothing says the year: the file name gives the year delivered, and kg says it is a guess
    ("report-2016.txt", "各位代表：\n我代表国务院向大会报告政府工作。\n国内生产总值增长6.7%。", "中国", 2015, "guess"),
])
def test_region_and_year_come_from_the_report_s_own_words(name, text, region, year, source):
    info = kg.parse(text, name=name).info
    assert (info.region.name, info.year, info.year_source) == (region, year, source)


def test_the_title_block_gives_the_date_session_and_speaker():
    info = kg.parse(NATIONAL, name="national-2024.txt").info
    assert (info.delivered, info.session, info.speaker, info.speaker_role) == \
        ("2024-03-05", "第十四届全国人民代表大会第二次会议", "李强", "国务院总理")


def test_a_bulletin_keeps_its_own_title():
    text = "山西省2023年国民经济和社会发展统计公报\n山西省统计局\n一、综合\n全年全省地区生产总值增长5.0%。"
    assert kg.parse(text, name="b.txt").info.title == "山西省2023年国民经济和社会发展统计公报"


def test_a_bulletin_without_sections_keeps_its_title_block_out_of_its_first_sentence():
    text = ("太原市2023年国民经济和社会发展统计公报\n\n太原市统计局\n\n2024年3月\n\n"
            "全年全市地区生产总值5573.74亿元，比上年增长5.5%。\n")
    parsed = kg.parse(text, name="b.txt")
    assert parsed.info.title == "太原市2023年国民经济和社会发展统计公报"
    assert [(o.indicator, o.value, o.change_percent) for o in parsed.observations] == [
        ("地区生产总值", Decimal("557374000000"), Decimal("5.5"))]
