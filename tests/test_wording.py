"""Figures in the wording of older and five-year reports: 从A降到去年的B, 涨幅回落到, 目标拟定为, 居世界第一."""
from decimal import Decimal

import kg


def figures(body):
    report = kg.parse("国务院政府工作报告\n各位代表：\n我代表国务院，向大会报告工作。\n一、2012年工作回顾\n" + body)
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
