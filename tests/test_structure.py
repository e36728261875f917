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
