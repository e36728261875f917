"""Quantity parsing: Arabic, full-width and Chinese numerals, magnitudes, units and bounds."""
from decimal import Decimal

import pytest

from kg.extract.figures import find_quantities, find_ranks
from kg.extract.numbers import parse_chinese_numeral, parse_number, parse_quantity


@pytest.mark.parametrize("text, value, unit, bound", [
    ("2.57万亿元", "2570000000000", "元", None),
    ("9.3万个", "93000", "个", None),
    ("1576亿千瓦时", "157600000000", "千瓦时", None),
    ("2503万千瓦", "25030000", "千瓦", None),
    ("3千瓦", "3", "千瓦", None),
    ("5千吨", "5000", "吨", None),
    ("３５０万吨", "3500000", "吨", None),
    ("3,500亿元", "350000000000", "元", None),
    ("1亿多吨", "100000000", "吨", "moreThan"),
    ("30余种", "30", "种", "moreThan"),
    ("20%以上", "20", "%", "atLeast"),
    ("5.5%左右", "5.5", "%", "approx"),
    ("5.5%以内", "5.5", "%", "atMost"),
    ("八成", "80", "%", None),
    ("三千五百万元", "35000000", "元", None),
    ("两家", "2", "家", None),
    ("一百零五个", "105", "个", None),
    ("十万千瓦", "100000", "千瓦", None),
    ("37微克/立方米", "37", "微克/立方米", None),
    ("48.93万人次", "489300", "人次", None),
    ("0.4个百分点", "0.4", "个百分点", None),
    # digits with the powers of ten between them
    ("1万6千多户", "16000", "户", "moreThan"),
    ("2亿5千万人", "250000000", "人", None),
    ("3亿2000万吨", "320000000", "吨", None),
    ("1万2千公里", "12000", "公里", None),
])
def test_parse_quantity(text, value, unit, bound):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit, quantity.bound) == (Decimal(value), unit, bound)


@pytest.mark.parametrize("text", ["今天", "第十四届", "", "万亿国债", "元"])
def test_parse_quantity_finds_nothing(text):
    assert parse_quantity(text) is None


@pytest.mark.parametrize("text, value", [("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两千", 2000),
                                         ("三千五百万", 35000000), ("一亿二千万", 120000000), ("零", 0)])
def test_chinese_numerals(text, value):
    assert parse_chinese_numeral(text) == value


@pytest.mark.parametrize("text", ["1,2", "abc", "1.2.3"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("sentence", [
    "1月23日，山西省第十四届人民代表大会第二次会议隆重开幕。",
    "报告回顾了2023年的主要工作，明确了2024年的工作安排。",
    "全面贯彻党的二十大精神，提前两年完成“十四五”建设任务。",
    "举办世界 500强企业山西行活动。出台扩大对外开放“1+N”政策体系。",
    "PM2.5平均浓度改善，5G网络覆盖，全面关停4.3米焦炉，建设5A级景区。",
    "电子政务外网实现省市县乡四级全覆盖，布局建设一批中试基地。",
    "每季度开展开发区“三个一批”活动，新增“四上”企业。",
])
def test_names_dates_and_ordinals_are_not_figures(sentence):
    from kg.text.normalize import normalize

    assert find_quantities(normalize(sentence).text) == []


@pytest.mark.parametrize("text, rank, scope", [
    ("改善幅度排全国第2位", 2, "scopeNation"),
    ("排全国第 5 位", 5, "scopeNation"),
    ("居中部第一", 1, "scopeMacroRegion"),
    ("位居全省第3位", 3, "scopeProvince"),
])
def test_ranks(text, rank, scope):
    from kg.text.normalize import normalize

    (figure,) = find_ranks(normalize(text).text)
    assert (int(figure.quantity.value), figure.rank_scope) == (rank, scope)
