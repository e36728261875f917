"""Normalization and segmentation: PDF line breaks, full-width forms, offsets into the original."""
import pytest

from kg.extract.context import is_heading
from kg.text.normalize import heading_lines, normalize
from kg.text.segment import segment


@pytest.mark.parametrize("raw, expected", [
    ("全省地区生产总值达到 2.57万亿\n\n元，增长 5%。", "全省地区生产总值达到2.57万亿元，增长5%。"),
    ("其中外送电量1576\n亿千瓦时。", "其中外送电量1576亿千瓦时。"),
    ("增长５％，达到１２．５万吨", "增长5%，达到12.5万吨"),
    ("城镇新增就业 48.93 万人", "城镇新增就业48.93万人"),
    ("GDP growth\u3000达到5%。", "GDP growth达到5%。"),
    ("数据中心标准机架超过 91 万架。", "数据中心标准机架超过91万架。"),
])
def test_normalize_joins_breaks_and_folds_widths(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize("raw", [
    "全省地区生产总值达到 2.57万亿\n\n元，增长 5%。",
    "　自觉接受人大法律\n监督，办理省\n人大代表建议 699件。",
    "经济发展稳中向好\n初步核算，全省地区生产总值达到 ２.57万亿元。",
])
def test_every_normalized_character_maps_back_to_the_same_character(raw):
    normalized = normalize(raw)
    for index, ch in enumerate(normalized.text):
        if ch == "\n":
            continue
        original = raw[normalized.origin[index]]
        assert original == ch or (0xFF01 <= ord(original) <= 0xFF5E and chr(ord(original) - 0xFEE0) == ch)


def test_headings_are_found_but_wrapped_lines_are_not():
    text = ("民生福祉持续提升\n城镇新增就业 48.93 万人，转移农村劳动力\n32.97 万人。城乡居民人均可支配收入分别达到\n"
            "41327元、17677元。我省清洁碳研究院研发的世界首套\n电解二氧化碳装备，实现工业化示范生产。\n"
            "一、加大升级再造力度，壮大转型发展支撑\n扎实推进新型工业化，实施产业链“链长制”，梯\n度培育特色专业镇。")
    lines = text.split("\n")
    headings, title_lines = heading_lines(text)
    assert sorted(lines[i] for i in headings) == sorted(["民生福祉持续提升", "一、加大升级再造力度，壮大转型发展支撑"])
    assert title_lines == 0


def test_a_link_split_out_of_a_sentence_is_no_heading():
    # web copies put linked words on lines of their own: 党的十八届六中全会 / 正式明确 / 习近平 / …
    text = "推动经济社会持续健康发展。\n党的十八届六中全会\n正式明确\n习近平\n总书记的核心地位，意义重大。\n经济运行稳中向好\n国内生产总值增长6.7%。"
    headings, _ = heading_lines(text)
    assert [text.split("\n")[i] for i in sorted(headings)] == ["经济运行稳中向好"]


def test_the_title_block_is_one_sentence_of_the_opening_not_a_run_of_headings():
    text = ("\u200b\n政府工作报\n告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n国务院总理\n\u3000李克强\n"
            "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2021年工作回顾\n过去一年极不平凡。")
    normalized = normalize(text)
    sections, sentences = segment(normalized, is_heading)
    assert [s.title for s in sections] == ["", "一、2021年工作回顾"]
    assert sentences[0].text == "政府工作报告——2022年3月5日在第十三届全国人民代表大会第五次会议上国务院总理李克强"
    assert sentences[0].section == 0 and sentences[1].text.startswith("各位代表：")


def test_zero_width_characters_do_not_split_a_figure():
    normalized = normalize("国内生产总值达到74.4\u200b万亿元，增长\ufeff8.1%。")
    assert normalized.text == "国内生产总值达到74.4万亿元，增长8.1%。"


def test_sentences_quote_the_original_text_and_know_their_section():
    text = "前言一句。\n经济发展稳中向好\n初步核算，全省地区生产总值达到 2.57万亿\n\n元，增长 5%。制造业增加值增长 8.1%。"
    sections, sentences = segment(normalize(text), is_heading)
    assert [s.title for s in sections] == ["", "经济发展稳中向好"]
    quoted = [text[s.start:s.end] for s in sentences]
    assert quoted == ["前言一句。", "初步核算，全省地区生产总值达到 2.57万亿\n\n元，增长 5%。", "制造业增加值增长 8.1%。"]
    assert [s.section for s in sentences] == [0, 1, 1]


def test_a_heading_runs_on_to_the_line_that_closes_its_book_title():
    text = "二、今年主要任务\n继续发展。\n三、关于《\n国民经济和社会发展第十一个五年规划纲要（草案）\n》的说明\n规划纲要提出了目标。"
    sections, _ = segment(normalize(text), is_heading)
    assert [s.title for s in sections] == ["", "二、今年主要任务", "三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明"]


def test_a_numbered_heading_that_runs_into_its_paragraph_keeps_the_paragraph():
    text = "（二）推进结构调整。全年中央财政用于“三农”的支出达到2975亿元。粮食增产。"
    sections, sentences = segment(normalize(text), is_heading)
    assert sections[-1].title == "（二）推进结构调整。"
    assert [s.text for s in sentences] == ["全年中央财政用于“三农”的支出达到2975亿元。", "粮食增产。"]
