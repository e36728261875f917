"""A report's structure: a section's period and goal status flow down to its subsections, whether the paragraphs
stand on lines of their own or were joined into one line (as research datasets store reports)."""
import pytest

import kg

PARAGRAPHS = [
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议。",
    "一、2023年工作回顾",
    "过去一年，全市生产总值增长5.2%，地方一般公共预算收入增长9.3%，城镇调查失业率低于年初预期目标。",
    "（一）着力扩大有效投资。",
    "新开工重大项目120个，完成固定资产投资3200亿元。",
    "（二）持续改善民生。",
    "新建养老床位5000张，新增公共充电桩8000个。",
    "二、2024年主要任务",
    "今年经济社会发展的主要预期目标是：全市生产总值增长5%左右，城镇调查失业率控制在5%以内。",
    "（一）聚力推动产业升级。",
    "1. 扩大有效投资。新开工重大项目150个，新建5G基站1万个。",
    "（二）聚力办好民生实事。",
    "新建公园60座，新增养老床位6000张，新建中小学20所。",
]


def observations(text):
    parsed = kg.parse(text, name="city-2024.txt", region="太原市", year=2023)
    return sorted((o.indicator, o.value, o.change_percent, o.period, o.target) for o in parsed.observations)


@pytest.mark.parametrize("joined", [False, True], ids=["lines", "joined"])
def test_figures_of_plan_subsections_are_targets_of_the_plan_year(joined):
    text = ("  \u2003\u2003".join(PARAGRAPHS) if joined else "\n".join(PARAGRAPHS)) + "\n"
    found = {(indicator, target, period) for indicator, _, _, period, target in observations(text)}
    for indicator in ("新建公园", "新建中小学", "新建5G基站"):
        assert any(name.endswith(indicator) and target and period == 2024 for name, target, period in found), found
    for indicator in ("新开工重大项目", "新建养老床位", "新增公共充电桩", "完成固定资产投资"):
        assert any(name.endswith(indicator) and not target and period == 2023 for name, target, period in found), found
    # 低于年初预期目标 measures a result against the goal: the review's figures stay results
    assert ("地方一般公共预算收入", False, 2023) in found


def test_joined_paragraphs_read_as_the_same_report_as_separate_lines():
    assert observations("  \u2003\u2003".join(PARAGRAPHS) + "\n") == observations("\n".join(PARAGRAPHS) + "\n")


def test_a_title_block_with_a_wide_space_stays_one_line():
    from kg.text.normalize import paragraph_breaks

    assert paragraph_breaks("海拉尔区人民政府区长\u3000\u3000张天喜\n") == "海拉尔区人民政府区长\u3000\u3000张天喜\n"


FIVE_YEARS = """政府工作报告
——2023年1月16日在市第十六届人民代表大会第一次会议上
各位代表：
一、过去五年工作回顾
过去五年，全市生产总值从3.3万亿元增加到4.5万亿元，年均增长5.1%。
五年累计完成固定资产投资4.2万亿元，城镇新增就业300万人。
科技投入从2017年的1200亿元增加到2022年的1800亿元。
轨道交通运营里程达到830公里。
研发投入比上个五年增长55%。
二、今后五年的主要目标
到2027年，城镇新增就业累计250万人以上，常住人口城镇化率提高到92%。
三、2023年主要任务
今年全市生产总值增长5.5%左右，城镇新增就业55万人以上。
"""


def test_a_five_year_review_gives_each_figure_its_span_or_its_year():
    parsed = kg.parse(FIVE_YEARS, name="city-2023.txt", region="太原市")
    assert parsed.info.year == 2022
    found = {(o.indicator, o.value, o.change_percent): (o.period_start, o.period, o.target) for o in parsed.observations}
    from decimal import Decimal as D

    assert found[("生产总值", D("3300000000000"), None)] == (None, 2017, False)  # the level the span started from
    assert found[("生产总值", D("4500000000000"), None)] == (None, 2022, False)  # the level reached at its end
    assert found[("生产总值", None, D("5.1"))] == (2018, 2022, False)  # the span's average rate
    assert found[("完成固定资产投资", D("4200000000000"), None)] == (2018, 2022, False)  # summed over the span
    assert found[("科技投入", D("120000000000"), None)] == (None, 2017, False)  # each level in the year it names
    assert found[("科技投入", D("180000000000"), None)] == (None, 2022, False)
    assert found[("轨道交通运营里程", D("830"), None)] == (None, 2022, False)
    assert found[("研发投入", None, D("55"))][:2] == (2018, 2022)  # a change of the span's total over the last
    assert found[("常住人口城镇化率", D("92"), None)] == (None, 2027, True)  # a goal for the term's last year
    assert found[("生产总值", None, D("5.5"))] == (None, 2023, True)  # the year ahead keeps its own year


def test_last_years_level_a_plan_changes_from_is_last_years_result():
    """赤字率从去年的2.1%提高到2.3%: 2.1 is last year's result, 2.3 this year's goal; 拟安排财政赤字 names the deficit."""
    text = ("政府工作报告\n——2015年3月5日在第十二届全国人民代表大会第三次会议上\n各位代表：\n二、2015年工作总体部署\n"
            "今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。\n")
    found = {(o.indicator, o.value, o.period, o.target) for o in kg.parse(text, name="national-2015.txt").observations}
    from decimal import Decimal as D

    assert found == {("财政赤字", D("1620000000000"), 2015, True), ("赤字率", D("2.1"), 2014, False),
                     ("赤字率", D("2.3"), 2015, True)}


def test_a_review_of_five_years_goes_on_until_a_year_of_its_own():
    """过去五年… 一是… 五是…: sums stated several sentences on are the span's, a level reached is its last year's;
    刚刚过去的2017年 opens the review of one year."""
    text = ("政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
            "过去五年，主要目标任务全面完成。一是经济持续较快发展。服务业成为第一大产业。二是基础设施水平全面跃升。"
            "铁路营业里程达到12.7万公里。三是人民生活水平显著提高。居民收入增长快于经济增长。城镇新增就业人数超过6600万人。"
            "刚刚过去的2017年，城镇新增就业1351万人。\n二、2018年经济社会发展总体要求\n今年城镇新增就业1100万人以上。\n")
    found = {(o.indicator, o.value): (o.period_start, o.period, o.target)
             for o in kg.parse(text, name="national-2018.txt").observations}
    from decimal import Decimal as D

    assert found[("城镇新增就业人数", D("66000000"))] == (2013, 2017, False)
    assert found[("铁路营业里程", D("127000"))] == (None, 2017, False)
    assert found[("城镇新增就业", D("13510000"))] == (None, 2017, False)
    assert found[("城镇新增就业", D("11000000"))] == (None, 2018, True)


def test_a_spans_sum_and_its_average_yearly_rate_are_two_figures():
    text = ("政府工作报告\n——2013年3月5日在第十二届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
            "加大财政投入，中央财政“三农”累计支出4.47万亿元，年均增长23.5%。\n")
    found = [(o.value, o.change_percent, o.period_start, o.period, o.annual_average)
             for o in kg.parse(text, name="national-2013.txt").observations]
    from decimal import Decimal as D

    assert found == [(D("4470000000000"), None, 2008, 2012, False), (None, D("23.5"), 2008, 2012, True)]
