"""Reading observations out of sentences in the genre's shapes (not the sample's sentences)."""
from decimal import Decimal

import pytest

from kg.extract.context import area_finder
from kg.extract.observations import SentenceContext, read_observations
from kg.extract.regions import gazetteer
from kg.model import Sentence
from kg.text.normalize import normalize


def area_of(name):
    """Regions named at the start of an indicator, for a report of 河南省."""
    return area_finder(gazetteer().by_code["410000"])(name)


def read(text, **context):
    sentence = Sentence(index=0, text=normalize(text).text, start=0, end=len(text), section=0)
    return read_observations(sentence, SentenceContext(period=2022, area_of=area_of, **context))


def summary(observation):
    fields = {"value": observation.value, "unit": observation.unit, "changePercent": observation.change_percent,
              "changeValue": observation.change_value, "changePoints": observation.change_points,
              "rank": observation.rank, "bound": observation.bound, "lower": observation.lower,
              "upper": observation.upper}
    return (observation.indicator, {k: (str(v) if isinstance(v, Decimal) else v) for k, v in fields.items() if v is not None})


CASES = [
    # names are what is measured, never a verb or a fragment
    ("增发1万亿元国债，城镇调查失业率平均5.2%。",
     [("增发国债", {"value": "1000000000000", "unit": "元"}), ("城镇调查失业率", {"value": "5.2", "unit": "%"})]),
    ("个人所得税起征点从3500元提高到5000元。",
     [("个人所得税起征点", {"value": "3500", "unit": "元"}), ("个人所得税起征点", {"value": "5000", "unit": "元"})]),
    ("今年二氧化硫、氮氧化物排放量要下降3%。",
     [("二氧化硫排放量", {"changePercent": "-3"}), ("氮氧化物排放量", {"changePercent": "-3"})]),
    ("下调城镇职工基本养老保险单位缴费比例，各地可降至16%。",
     [("城镇职工基本养老保险单位缴费比例", {"value": "16", "unit": "%"})]),
    ("坚决守住18亿亩耕地红线，新建1亿亩高标准农田。",
     [("守住耕地红线", {"value": "1800000000", "unit": "亩"}), ("新建高标准农田", {"value": "100000000", "unit": "亩"})]),
    ("城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，分别增长9.6%和6.2%。",
     [("城镇居民人均可支配收入", {"value": "10493", "unit": "元", "changePercent": "9.6"}),
      ("农村居民人均纯收入", {"value": "3255", "unit": "元", "changePercent": "6.2"})]),
    ("农村税费改革取消了原先336亿元的农业税赋，国家再安排30亿元国债资金。",
     [("农业税赋", {"value": "33600000000", "unit": "元"}), ("国债资金", {"value": "3000000000", "unit": "元"})]),
    ("今年先发行1万亿元超长期特别国债。", [("超长期特别国债", {"value": "1000000000000", "unit": "元"})]),
    # ranges keep both ends; the value is the low end
    ("经济增长预期目标为6%－6.5%。",
     [("经济增长", {"value": "6", "unit": "%", "bound": "between", "lower": "6", "upper": "6.5"})]),
    ("居民消费价格涨幅3%左右，城镇调查失业率5%—5.5%。",
     [("居民消费价格", {"changePercent": "3", "bound": "approx"}),
      ("城镇调查失业率", {"value": "5", "unit": "%", "bound": "between", "lower": "5", "upper": "5.5"})]),
    # N多万, magnitudes without a measure word, Chinese decimals and 百分之N
    ("棚户区住房改造620多万套，农村贫困人口减少1386万。",
     [("棚户区住房改造", {"value": "6200000", "unit": "套", "bound": "moreThan"}),
      ("农村贫困人口", {"unit": "人", "changeValue": "-13860000"})]),
    ("把14亿多中国人的饭碗牢牢端在自己手中，惠及1亿多农民。",
     [("中国人", {"value": "1400000000", "unit": "人", "bound": "moreThan"}),
      ("惠及农民", {"value": "100000000", "unit": "人", "bound": "moreThan"})]),
    ("要把居民医保财政补助标准提高到每人每年240元，1亿左右农业转移人口在城镇落户。",
     [("居民医保财政补助标准", {"value": "240", "unit": "元"}),
      ("农业转移人口在城镇落户", {"value": "100000000", "unit": "人", "bound": "approx"})]),
    ("出境旅游人次由8300万增加到1亿3千多万。",
     [("出境旅游人次", {"value": "83000000"}), ("出境旅游人次", {"value": "130000000", "bound": "moreThan"})]),
    ("共减轻市场主体负担3万多亿元，财政赤字率一直控制在3%以内。",
     [("减轻市场主体负担", {"value": "3000000000000", "unit": "元", "bound": "moreThan"}),
      ("财政赤字率", {"value": "3", "unit": "%", "bound": "atMost"})]),
    ("各类市场主体达到9800多万户，五年增加70%以上。4.3亿人次受益。",
     [("各类市场主体", {"value": "98000000", "unit": "户", "changePercent": "70", "bound": "moreThan"}),
      ("受益", {"value": "430000000", "unit": "人次"})]),
    ("粮食产量增长百分之三点五，达到三点五万吨。",
     [("粮食产量", {"value": "35000", "unit": "吨", "changePercent": "3.5"})]),
    ("工业利润增长-5%。", [("工业利润", {"changePercent": "-5"})]),
    # small counts in Chinese numerals are slogans and names; counted ones stay
    ("更好发挥中央和地方两个积极性，严格落实中央八项规定，新增三个自由贸易试验区。",
     [("新增自由贸易试验区", {"value": "3", "unit": "个"})]),
    # 分别 twice over the same items; a total after a growth rate is that indicator's level
    ("城镇居民人均可支配收入和农村居民人均纯收入分别达到10493元和3255元，扣除价格因素，分别增长9.6%和6.2%。",
     [("城镇居民人均可支配收入", {"value": "10493", "unit": "元", "changePercent": "9.6"}),
      ("农村居民人均纯收入", {"value": "3255", "unit": "元", "changePercent": "6.2"})]),
    ("国内生产总值增长6.6%，总量突破90万亿元。",
     [("国内生产总值", {"value": "90000000000000", "unit": "元", "changePercent": "6.6"})]),
    ("赤字率按2.8%安排，比去年预算高0.2个百分点。",
     [("赤字率", {"value": "2.8", "unit": "%", "changeValue": "0.2", "changePoints": "0.2"})]),
    # what a count of provinces counts, money named by its purpose, people by their noun
    ("17个省（区、市）完成下岗职工基本生活保障向失业保险并轨。",
     [("省完成下岗职工基本生活保障向失业保险并轨", {"value": "17", "unit": "个"})]),
    ("中央财政安排219亿元，支持国有企业政策性关闭破产。",
     [("中央财政用于国有企业政策性关闭破产", {"value": "21900000000", "unit": "元"})]),
    ("新型农村合作医疗惠及1.77亿农民，我国有近14亿人口。",
     [("新型农村合作医疗惠及农民", {"value": "177000000", "unit": "人"}), ("人口", {"value": "1400000000", "unit": "人口", "bound": "approx"})]),
    ("全市地区生产总值达到 3,210.5亿元，增长 6.1%。",
     [("地区生产总值", {"value": "321050000000", "unit": "元", "changePercent": "6.1"})]),
    ("规模以上工业增加值下降2.3%。",
     [("规模以上工业增加值", {"changePercent": "-2.3"})]),
    ("粮食产量在上年增产的基础上，再增产12万吨，达到305.6万吨。",
     [("粮食产量", {"value": "3056000", "unit": "吨", "changeValue": "120000"})]),
    ("棉花、油料产量分别达到3.2万吨、15.8万吨。",
     [("棉花产量", {"value": "32000", "unit": "吨"}), ("油料产量", {"value": "158000", "unit": "吨"})]),
    ("城乡居民人均可支配收入分别增长5.2%、7.3%。",
     [("城镇居民人均可支配收入", {"changePercent": "5.2"}), ("农村居民人均可支配收入", {"changePercent": "7.3"})]),
    ("新建５G基站２,３００个，新增省级专精特新企业三百家。",
     [("新建5G基站", {"value": "2300", "unit": "个"}), ("新增省级专精特新企业", {"value": "300", "unit": "家"})]),
    ("建成12个现代农业产业园和5个物流枢纽。",
     [("建成现代农业产业园", {"value": "12", "unit": "个"}), ("建成物流枢纽", {"value": "5", "unit": "个"})]),
    ("森林覆盖率提高0.8个百分点。", [("森林覆盖率", {"changePoints": "0.8"})]),
    ("新增高新技术企业2200家、总数达1.45万家。",
     [("新增高新技术企业", {"value": "2200", "unit": "家"}), ("高新技术企业总数", {"value": "14500", "unit": "家"})]),
    ("4000多栋楼宇拔地而起。", [("楼宇拔地而起", {"value": "4000", "unit": "栋", "bound": "moreThan"})]),
    ("城乡居民收入比2010年翻一番。", [("城乡居民收入", {"changePercent": "100"})]),
    ("进出口总额增长1.5倍。", [("进出口总额", {"changePercent": "150.0"})]),
    ("旅游收入突破800亿元，排全省第1位。",
     [("旅游收入", {"value": "80000000000", "unit": "元", "rank": 1, "bound": "moreThan"})]),
    ("全年接待游客近4000万人次。", [("接待游客", {"value": "40000000", "unit": "人次", "bound": "approx"})]),
    ("农村自来水普及率达到九成。", [("农村自来水普及率", {"value": "90", "unit": "%"})]),
    ("3个县入选全国数字乡村试点。", [("县入选全国数字乡村试点", {"value": "3", "unit": "个"})]),
    ("平均亩产623.5斤。", [("平均亩产", {"value": "623.5", "unit": "斤"})]),
    ("人均可支配收入达2.8万元。", [("人均可支配收入", {"value": "28000", "unit": "元"})]),
    ("五大产业营业收入增速均保持在15%以上。",
     [("五大产业营业收入", {"changePercent": "15", "bound": "atLeast"})]),
    ("年末全省常住人口3465.99万人，比上年末减少15.49万人。",
     [("常住人口", {"value": "34659900", "unit": "人", "changeValue": "-154900"})]),
    ("城镇常住人口2217.93万人，占常住人口比重为63.99%，比上年末提高0.57个百分点。",
     [("城镇常住人口", {"value": "22179300", "unit": "人"}),
      ("城镇常住人口占常住人口比重", {"value": "63.99", "unit": "%", "changePoints": "0.57", "changeValue": "0.57"})]),
    ("郑州市地区生产总值达到13617.8亿元，洛阳市突破5400亿元。",  # areas 410100 and 410300
     [("地区生产总值", {"value": "1361780000000", "unit": "元"}),
      ("地区生产总值", {"value": "540000000000", "unit": "元", "bound": "moreThan"})]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_reads_figures_in_the_genres_shapes(text, expected):
    assert [summary(o) for o in read(text)] == expected


@pytest.mark.parametrize("text", [
    "1月23日，省十四届人大二次会议开幕。",
    "深入学习贯彻党的二十大精神，实施“十四五”规划。",
    "举办世界500强企业对接会，打造5A级景区。",
    "全面关停4.3米焦炉。",
    "总产、单产均创历史新高。",
])
def test_sentences_without_figures_yield_nothing(text):
    assert read(text) == ()


def test_every_value_change_and_rank_appears_in_the_sentence():
    text = "全市地区生产总值达到 3,210.5亿元，增长 6.1%，居全省第2位；财政收入增长约八成。"
    for observation in read(text):
        assert observation.sentence.text in normalize(text).text
    assert {o.rank for o in read(text)} == {2, None}


def test_figures_for_a_named_region_are_about_it():
    assert [o.area for o in read("郑州市地区生产总值达到13617.8亿元，洛阳市突破5400亿元。")] == ["410100", "410300"]


def test_targets_carry_the_context_they_are_read_in():
    (observation,) = read("地区生产总值增长5.5%左右。", target=True)
    assert observation.target and observation.bound == "approx" and observation.change_percent == Decimal("5.5")


@pytest.mark.parametrize("text, heading, target, period", [
    ("地区生产总值增长5.5%左右。", "二、2024年主要预期目标", True, 2024),
    ("今年经济社会发展的主要预期目标是：地区生产总值增长5%以上。", "", True, 2024),
    ("力争新能源装机达到5000万千瓦。", "", True, 2024),
    ("到2025年，数字经济规模达到1万亿元。", "", True, 2025),
    ("全年外送电量1576亿千瓦时。", "经济发展稳中向好", False, 2023),
    ("推进职业教育“双高计划”建设，建成56个产业学院。", "", False, 2023),
    ("2022年，全省地区生产总值增长4.4%。", "", False, 2022),
])
def test_targets_and_periods_from_the_sentence_and_its_section(text, heading, target, period):
    from kg.extract.context import sentence_context
    from kg.model import Section

    class Info:
        year = 2023

    sentence = Sentence(index=0, text=normalize(text).text, start=0, end=len(text), section=1)
    sections = (Section(0, "", 0, 0), Section(1, heading, 0, 0))
    context = sentence_context(sentence, Info, sections, None)
    assert (context.target, context.period) == (target, period)


def test_an_average_rate_takes_the_span_the_paragraph_named():
    from kg.extract.context import sentence_contexts
    from kg.model import Section

    class Info:
        year = 2015

    texts = ["2015年是“十二五”收官之年。", "过去五年，我国发展成就举世瞩目。", "一是经济持续较快发展。",
             "国内生产总值年均增长7.8%。", "2015年，国内生产总值增长6.9%。"]
    sentences = [Sentence(index=i, text=t, start=0, end=len(t), section=1) for i, t in enumerate(texts)]
    sections = (Section(0, "", 0, 0), Section(1, "一、2015年工作回顾", 0, 0))
    contexts = sentence_contexts(sentences, Info, sections, None)
    assert (contexts[3].period_start, contexts[3].period) == (2011, 2015)
    assert (contexts[4].period_start, contexts[4].period) == (None, 2015)


@pytest.mark.parametrize("text, heading, target, start, period", [
    ("2012年，国内生产总值增长7.8%，高于7.5%的预期目标。", "一、过去五年工作回顾", False, None, 2012),
    ("国内生产总值达到24.66万亿元，比上年增长11.4%。", "一、过去五年工作回顾", False, None, 2012),
    ("2005年与2000年相比，国内生产总值增长57.3%。", "", False, 2001, 2005),
    ("今后五年中央财政将投入100亿元。", "", True, 2013, 2017),
    ("国有企业效益明显好转，去年利润增长23.5%。", "一、过去五年工作回顾", False, None, 2012),
    ("实现2020年国内生产总值比2010年翻一番。", "", True, 2011, 2020),
    ("我国60岁以上人口已达2.5亿。", "二、2013年政府工作的总体部署", False, None, 2012),
])
def test_years_and_spans_from_the_sentence_win_over_its_section(text, heading, target, start, period):
    from kg.extract.context import sentence_context
    from kg.model import Section

    class Info:
        year = 2012

    sentence = Sentence(index=0, text=normalize(text).text, start=0, end=len(text), section=1)
    sections = (Section(0, "", 0, 0), Section(1, heading, 0, 0))
    context = sentence_context(sentence, Info, sections, None)
    assert (context.target, context.period_start, context.period) == (target, start, period)


def test_figures_right_after_a_look_back_in_a_section_of_goals_are_results():
    from kg.extract.context import sentence_contexts
    from kg.model import Section

    class Info:
        year = 2010

    texts = ["过去一年，我们的各项工作取得了很大成绩。", "国内生产总值增长10.3%，城镇新增就业1168万人。",
             "这为做好今年的工作打下了良好基础。", "国内生产总值增长8%左右。"]
    sentences = [Sentence(index=i, text=t, start=0, end=len(t), section=1) for i, t in enumerate(texts)]
    sections = (Section(0, "", 0, 0), Section(1, "三、2011年的工作", 0, 0))
    contexts = sentence_contexts(sentences, Info, sections, None)
    assert [(c.target, c.period) for c in contexts] == [(False, 2010), (False, 2010), (True, 2011), (True, 2011)]


def test_a_level_changed_from_is_the_spans_start_and_an_average_rate_says_so():
    start, end, rate = read("国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。", period_start=2013)
    assert (start.value, start.period, start.period_start, start.annual_average) == (Decimal("54000000000000"), 2012,
                                                                                      None, False)
    # the level reached is the span's last year's; the average rate is the span's
    assert (end.value, end.change_percent, end.period, end.period_start) == (Decimal("82700000000000"), None, 2022, None)
    assert (rate.value, rate.change_percent, rate.period, rate.period_start, rate.annual_average) == (
        None, Decimal("7.1"), 2022, 2013, True)
    (one_year,) = read("国内生产总值增长6.9%，比上年加快0.2个百分点。")
    assert not one_year.annual_average
    from_before, now = read("城镇化率由上年的58.5%提高到60%。", target=True)
    assert (from_before.period, from_before.target, now.period, now.target) == (2021, False, 2022, True)
