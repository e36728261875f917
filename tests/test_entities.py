"""Entities: regions resolved through the gazetteer, and the other things reports name."""
import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS

import kg
from kg.extract.mentions import find_mentions
from kg.extract.regions import gazetteer
from kg.pipeline import build_graph
from kg.text.normalize import normalize
from kg.vocab import ID as KG_ID
from kg.vocab import KG

SHANXI, BEIJING, TAIYUAN = "140000", "110000", "140100"


def mentions(text, scope=SHANXI):
    return [(m.kind, m.label) for m in find_mentions(normalize(text).text, gazetteer().by_code[scope])]


@pytest.mark.parametrize("text, expected", [
    ("交城县等3个县入选中国最美县域。", ("county", "交城县")),
    ("大同、运城航空口岸正式开放。", ("city", "大同市")),
    ("偏关县老牛湾村入选。", ("village", "老牛湾村")),
    ("永和县乾坤湾乡入选。", ("township", "乾坤湾乡")),
    ("实施产业链“链长制”。", ("Program", "链长制")),
    ("出台扩大对外开放“1+N”政策体系。", ("Program", "1+N政策体系")),
    ("创设三晋贷款码融资服务平台。", ("Program", "三晋贷款码融资服务平台")),
    ("加快质量强省建设。", ("Program", "质量强省建设")),
    ("山西农商联合银行挂牌开业。", ("Organization", "山西农商联合银行")),
    ("省长金湘军向大会作政府工作报告。", ("Person", "金湘军")),
    ("亚布力中国企业家论坛创新年会在我省举办。", ("Event", "亚布力中国企业家论坛创新年会")),
    ("举办旅发大会、康养大会、文博会。", ("Event", "文博会")),
    ("举办跨国公司河北行活动。", ("Event", "跨国公司河北行")),
    ("自觉接受人大法律监督。", ("Organization", "山西省人民代表大会")),
    ("煤炭工业稳中有进。", ("Industry", "煤炭")),
    ("持续巩固拓展脱贫攻坚成果，全面推进乡村振兴。", ("Program", "乡村振兴")),
    ("开工改造老旧小区1948个。", ("Program", "老旧小区改造")),
])
def test_finds_names_in_the_genres_shapes(text, expected):
    assert expected in mentions(text)


CHINA = "100000"


@pytest.mark.parametrize("text, expected", [
    ("推动京津冀协同发展，高标准建设雄安新区。",
     [("Program", "京津冀协同发展"), ("Place", "京津冀"), ("Place", "雄安新区")]),
    ("以习近平同志为核心的党中央。", [("Person", "习近平"), ("Organization", "中共中央")]),
    ("全国人大常委会审议通过。", [("Organization", "全国人大常委会")]),
    ("自觉接受人大监督，认真听取政协意见。", [("Organization", "全国人民代表大会"), ("Organization", "全国政协")]),
    ("深入推进“放管服”改革。", [("Program", "放管服改革")]),
    ("实施“两基”攻坚计划，制定《劳动合同法》。", [("Program", "两基攻坚计划"), ("Program", "劳动合同法")]),
    ("贯彻党的十六大和十六届五中全会精神。", [("Event", "党的十六大"), ("Event", "十六届五中全会")]),
    ("推进天津滨海新区综合配套改革试点。", [("Place", "天津滨海新区")]),
])
def test_national_names_come_from_the_lexicon_and_the_country_s_own_bodies(text, expected):
    found = mentions(text, CHINA)
    assert all(item in found for item in expected), found


@pytest.mark.parametrize("text, generic", [
    ("实施积极的财政政策和稳健的货币政策，加大宏观政策调节力度。", ["财政政策", "货币政策", "宏观政策"]),
    ("健全国家安全体系，完善市场化经营机制。", ["家安全体系", "国家安全体系", "场化经营机制", "市场化经营机制"]),
    ("加强党风廉政建设和人才队伍建设。", ["党风廉政建设", "人才队伍建设"]),
    ("坚决不搞“大水漫灌”，防止出现“半拉子”工程。", ["大水漫灌", "半拉子工程", "半拉子"]),
    ("支持大型商业银行多渠道扩大学位供给。", ["支持大型商业银行", "多渠道扩大学"]),
    ("统筹平衡水资源，确定西部地区目标。", ["衡水市", "定西市"]),
    # a head inside a longer word (改革开放, 建设用地, 专项资金) or taken by the verb before it ends no name
    ("深刻总结改革开放的宝贵经验。", ["深刻总结改革", "总结改革"]),
    ("推广集体经营性建设用地入市，地方财政安排专项资金支持。", ["集体经营性建设", "地方财政安排专项"]),
    ("自由贸易港启动建设。", ["自由贸易港启动建设"]),
    # a kind of thing talked about, not one named
    ("赋予开发区更大改革创新自主权，开展开发区相关改革试点。", ["开发区更大改革", "开发区相关改革试点"]),
    ("新开工一大批重大工程，在境外建立加工基地。", ["一大批重大工程", "境外建立加工基地"]),
    ("坚决不搞形象工程，防止政策执行“一刀切”。", ["形象工程", "搞形象工程", "一刀切"]),
    ("自觉在思想上政治上行动上同党中央保持高度一致。", ["思想上政治上行动", "政治上行动"]),
    ("在“稳”的基础上积极进取，推进这几项重大改革。", ["稳", "这几项重大改革", "几项重大改革"]),
    ("让干部从文山会海中解脱出来，清理规范银行服务收费。", ["文山壮族苗族自治州", "清理规范银行", "规范银行"]),
    ("按照市场准入标准发放贷款。", ["市场准入标准发放贷款", "准入标准发放贷款"]),
    ("举行建立对话关系30周年纪念峰会，为重点项目建设提供资金。", ["话关系30周年纪念峰会", "点项目建设"]),
    # a reform or build-up of a whole sector, body or kind of project is policy talk
    ("深化保险业改革，推进其他金融机构改革，加强人民武装警察部队建设和农田基本建设。",
     ["保险业改革", "金融机构改革", "人民武装警察部队建设", "农田基本建设"]),
    ("规划一批环境治理重点工程，推进节能降耗重点项目建设，推进企业改制。",
     ["环境治理重点工程", "降耗重点项目", "节能降耗重点项目建设", "企业改制"]),
    ("坚持以人民为中心，人民是力量源泉，将纲要草案全文提交大会，用改革办法解决问题。",
     ["坚持以人民为中心", "以人民为中心", "力量源泉", "全文提交大会", "用改革办法"]),
])
def test_policy_talk_sayings_and_fragments_are_no_entities(text, generic):
    labels = [label for _, label in mentions(text, CHINA)]
    assert not set(generic) & set(labels), labels


def test_one_program_is_one_entity_whatever_verb_leads_it():
    found = [m for m in mentions("安排超长期特别国债，用好超长期特别国债，发行超长期特别国债。", CHINA) if m[0] == "Program"]
    assert set(found) == {("Program", "超长期特别国债")}


def test_a_boundary_word_inside_a_longer_word_opens_no_name():
    # 创新 opens no name inside 创新型: the name runs from 加快, not from 型
    assert ("Program", "创新型城市试点") in mentions("加快创新型城市试点。", CHINA)


def test_a_program_after_a_word_of_remedy_is_still_a_program():
    programs = [label for kind, label in mentions("集中开展治理商业贿赂专项工作。", CHINA) if kind == "Program"]
    assert any("商业贿赂专项" in label for label in programs), programs


def test_a_plan_and_its_draft_are_one_entity():
    text = ("政府工作报告\n一、2005年工作回顾\n制定《国民经济和社会发展第十一个五年规划纲要》。\n"
            "请审议《国民经济和社会发展第十一个五年规划纲要（草案）》，国内生产总值增长9.9%。\n")
    programs = [e.label for e in kg.parse(text, region="全国", year=2005).entities if e.kind == "Program"]
    assert programs == ["国民经济和社会发展第十一个五年规划纲要"], programs


def test_a_program_and_its_reform_are_one_entity():
    text = ("政府工作报告\n一、2018年工作回顾\n全面推开“证照分离”。\n“证照分离”改革深入开展，"
            "全年新增减税降费1.3万亿元。\n")
    programs = [e.label for e in kg.parse(text, region="全国", year=2018).entities if e.kind == "Program"]
    assert programs.count("证照分离") == 1 and "证照分离改革" not in programs, programs


@pytest.mark.parametrize("text", [
    "县级综合医院全部达到二甲水平。",      # a class of hospitals, not one
    "实现长治久安。",                       # 长治 the city is not meant
    "城镇调查失业率控制在5.5%以内。",      # 控制 is a verb, not a …制 program
    "提前两年完成“十四五”建设任务。",      # a plan period in quotes
])
def test_ordinary_words_are_not_entities(text):
    assert [m for m in mentions(text) if m[0] not in ("Industry",)] == []


def test_ambiguous_district_resolves_by_the_reports_region():
    assert ("county", "朝阳区") in mentions("朝阳区新增就业1万人。", scope=BEIJING)
    # several cities have a 朝阳区; from 山西 none of them is meant, so none is guessed
    assert ("county", "朝阳区") not in mentions("朝阳区新增就业1万人。", scope=SHANXI)


def test_counties_know_their_prefecture_though_the_text_never_says(sample_graph):
    county = next(sample_graph.subjects(RDFS.label, Literal("交城县", lang="zh")))
    prefecture = sample_graph.value(county, KG.partOf)
    assert sample_graph.value(prefecture, RDFS.label) == Literal("吕梁市", lang="zh")
    assert sample_graph.value(prefecture, KG.partOf) == next(sample_graph.subjects(KG.divisionCode, Literal(SHANXI)))


def test_villages_are_part_of_the_county_named_with_them(sample_graph):
    village = next(sample_graph.subjects(RDFS.label, Literal("老牛湾村", lang="zh")))
    assert (village, RDF.type, KG.Village) in sample_graph
    assert sample_graph.value(sample_graph.value(village, KG.partOf), RDFS.label) == Literal("偏关县", lang="zh")


def test_every_entity_points_to_the_sentences_that_name_it(sample_graph):
    for kind in (KG.Program, KG.Event, KG.Organization, KG.Place):
        for entity in sample_graph.subjects(RDF.type, kind):
            texts = [str(sample_graph.value(e, KG.text)) for e in sample_graph.objects(entity, KG.mention)]
            names = [str(label) for label in sample_graph.objects(entity, RDFS.label)] + \
                    [str(label) for label in sample_graph.objects(entity, SKOS.altLabel)]
            assert texts, entity
            assert any(name[:2] in "".join(text.split()) for name in names for text in texts), entity


def test_two_reports_naming_the_same_city_share_one_resource(tmp_path):
    for name, text in (("a.txt", "山西省政府工作报告。报告回顾了2023年的主要工作。太原市地区生产总值增长5%。"),
                       ("b.txt", "山西省政府工作报告。报告回顾了2022年的主要工作。太原地区生产总值增长6%。")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = build_graph([str(tmp_path)])
    taiyuan = [s for s in graph.subjects(KG.divisionCode, Literal(TAIYUAN))]
    assert len(taiyuan) == 1
    assert len(set(graph.objects(taiyuan[0], KG.mentionedIn))) == 2
    assert len(set(graph.subjects(KG.refArea, taiyuan[0]))) == 2  # both reports' figures are about it


def test_programs_link_the_industries_they_concern(sample_graph):
    program = next(sample_graph.subjects(RDFS.label, Literal("山西电力现货市场", lang="zh")))
    concerned = {str(sample_graph.value(i, SKOS.prefLabel)) for i in sample_graph.objects(program, KG.concerns)}
    assert "电力" in concerned


def test_observations_link_the_industry_they_measure(sample_graph):
    for observation in sample_graph.subjects(RDF.type, KG.Observation):
        label = str(sample_graph.value(sample_graph.value(observation, KG.indicator), RDFS.label))
        if label == "煤炭产量":
            industry = sample_graph.value(observation, KG.industry)
            assert Literal("煤炭", lang="zh") in set(sample_graph.objects(industry, SKOS.prefLabel))
            return
    pytest.fail("no 煤炭产量 observation")


def test_municipalities_are_cities():
    graph = build_graph_from_text("北京市、上海市、山西省地区生产总值分别增长5%、6%、5.2%。")
    beijing, shanxi = KG_ID["region/110000"], KG_ID["region/140000"]
    assert (beijing, RDF.type, KG.City) in graph and (beijing, RDF.type, KG.Province) not in graph
    assert (shanxi, RDF.type, KG.Province) in graph


def build_graph_from_text(text):
    import kg

    from kg.rdf.entities import add_entities
    from kg.rdf.graph import to_graph

    report = kg.parse("国务院政府工作报告\n各位代表：\n我代表国务院，向大会报告工作。\n一、2023年工作回顾\n" + text)
    return to_graph([report], extra=[add_entities])
