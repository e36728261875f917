"""Figures in the wording of older and five-year reports: 从A降到去年的B, 涨幅回落到, 目标拟定为, 居世界第一."""
from decimal import Decimal

import kg


def figures(body, reviewed=2012):
    report = kg.parse(f"国务院政府工作报告\n各位代表：\n我代表国务院，向大会报告工作。\n一、{reviewed}年工作回顾\n" + body)
    return report.observations


def test_the_second_figure_of_a_from_to_pair_after_a_time_word_is_the_same_indicator():
    found = figures("资本充足率从2007年底的8.4%提升到去年底的13.3%。养老金从2004年人均每月700元提高到现在的1721元。")
    assert [(o.indicator, o.value) for o in found] == [
        ("资本充足率", Decimal("8.4")), ("资本充足率", Decimal("13.3")),
        ("养老金", Decimal("700")), ("养老金", Decimal("1721"))]
    assert found[0].period == 2007


def test_a_rise_that_falls_back_to_a_rate_is_that_rate():
    (cpi,) = figures("居民消费价格涨幅回落到2.6%。")
    assert (cpi.indicator, cpi.change_percent, cpi.value) == ("居民消费价格", Decimal("2.6"), None)


def test_a_goal_set_at_a_rate_is_a_target_of_the_growth():
    found = figures("广义货币M2预期增长目标拟定为13%左右。")
    assert [(o.indicator, o.target, o.bound) for o in found] == [("广义货币M2增长", True, "approx")]


def test_a_world_rank_is_a_rank_among_countries():
    found = figures("进出口总额增长6.2%，其中出口额跃居世界第一位。")
    assert [(o.rank, o.rank_scope) for o in found if o.indicator == "出口额"] == [(1, "scopeWorld")]


def test_a_year_opening_the_clause_is_the_figures_year_and_a_later_one_a_goal():
    found = figures("一九三六年的粮食产量是三千亿斤，到一九四九年，粮食产量只有二千二百六十亿斤。"
                    "到一九八五年，全国粮食产量计划达到三亿六千万吨。", reviewed=1981)
    assert [(o.period, o.target) for o in found if o.indicator.startswith("粮食产量")][:3] == [
        (1936, False), (1949, False), (1985, True)]


def test_chinese_numerals_with_more_before_ten_thousand_and_grouped_ascii_digits():
    found = figures("粮食产量预计达到三亿三千五百多万吨。棉花产量33，212万吨。")
    assert [(o.value, o.bound) for o in found] == [(Decimal("335000000"), "moreThan"), (Decimal("332120000"), None)]


def test_a_bare_output_takes_the_subject_of_its_sentence():
    (grain,) = figures("粮食连续五年增产，总产量10570亿斤。")
    assert grain.indicator == "粮食总产量"


def test_a_capacity_that_names_a_project_is_no_figure():
    found = figures("确保大唐700万吨露天矿项目年内投产，推进东电2×35万千瓦热电联产项目，新建日光温室200栋。")
    assert [(o.value, o.unit) for o in found] == [(Decimal("200"), "栋")]


def test_a_range_of_percent_written_in_words():
    found = figures("今年经济增长速度的宏观调控目标，定为百分之八至九。", reviewed=1994)
    assert [(o.lower, o.upper, o.bound, o.target, o.period) for o in found] == [
        (Decimal("8"), Decimal("9"), "between", True, 1995)]


def test_framing_words_around_a_goal_are_no_part_of_its_name():
    found = figures("今年计划国内生产总值增长百分之九。赤字率在2%左右。居民消费价格总水平涨幅在3%以内。", reviewed=1993)
    assert [o.indicator for o in found] == ["国内生产总值", "赤字率", "居民消费价格总水平"]


def test_a_clause_without_figures_names_the_figure_after_it_up_to_its_head():
    (grain,) = figures("粮食产量屡创历史新高，去年达到1.09万亿斤。")
    assert (grain.indicator, grain.value) == ("粮食产量", Decimal("1090000000000"))


def test_a_plan_for_two_years_reviews_the_year_before_the_first():
    report = kg.parse("各位代表：\n我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告。\n"
                      "1979年全国粮食产量33，212万吨。", region="中国")
    assert report.info.year == 1979


def test_first_place_with_its_scope_is_rank_one_and_a_priority_is_none():
    found = figures("口岸贸易总额保持世界城市首位，进出口总额增长6.2%，要把就业摆在首位。")
    assert [(o.indicator, o.rank, o.rank_scope) for o in found if o.rank] == [("口岸贸易总额", 1, "scopeWorld")]


def test_after_a_bare_verb_the_object_after_the_number_names_the_figure():
    found = figures("新建公园10座，完成350公里河道整治，共61公里轨道交通线。")
    assert [(o.indicator, o.value) for o in found] == [
        ("新建公园", Decimal("10")), ("河道整治", Decimal("350")), ("轨道交通线", Decimal("61"))]


def test_years_are_the_unit_of_an_indicator_measured_in_years_and_nothing_else():
    found = figures("人均预期寿命达到75岁，平均受教育年限达到9年以上。过去二十多年，60岁以上老人增加3万人，连续3年增长。")
    assert [(o.indicator, o.value or o.change_value, o.unit) for o in found] == [
        ("人均预期寿命", Decimal("75"), "岁"), ("平均受教育年限", Decimal("9"), "年"),
        ("60岁以上老人", Decimal("30000"), "人")]


def test_people_counted_by_wei_and_a_top_n_that_is_no_figure():
    found = figures("为1467位低收入老年人发放高龄补贴，8个指标进入全国前10位。")
    assert [(o.value, o.unit) for o in found] == [(Decimal("1467"), "位"), (Decimal("8"), "个")]
