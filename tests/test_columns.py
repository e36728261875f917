"""PDF layout on characters placed by hand: columns read one after the other, lines in order, doubled glyphs once."""
from kg.text.formats.columns import Glyph, page_lines


def glyphs(text, left, baseline, size=10.0, step=None):
    """The glyphs of one line of text set from left on a baseline (PDF points, y up)."""
    step = step or size
    return [Glyph(ch, left + i * step, left + i * step + size, baseline, baseline - 1, baseline + size - 1)
            for i, ch in enumerate(text)]


def page(*lines):
    return [glyph for line in lines for glyph in line]


def texts(found):
    return [line.text for line in found[0]]


def test_two_columns_drawn_row_by_row_read_column_by_column():
    rows = [("全省地区生产总", "粮食总产量达到"), ("值增长百分之五", "二百九十五亿斤"), ("制造业增加值增", "创历史新高。")]
    drawn = [glyphs(left, 50, 700 - 14 * i) + glyphs(right, 150, 700 - 14 * i) for i, (left, right) in enumerate(rows)]
    assert texts(page_lines(page(*drawn))) == ["全省地区生产总", "值增长百分之五", "制造业增加值增",
                                               "粮食总产量达到", "二百九十五亿斤", "创历史新高。"]


def test_a_title_across_both_columns_comes_first_and_letter_spacing_does_not_split_it():
    # the title's third gap (130 to 150) stands right over the gutter between the columns (130 to 150)
    title = glyphs("政府工作报告", 42, 740, size=16, step=36)
    body = [glyphs("各位代表现在我代", 50, 700 - 14 * i) + glyphs("表国务院向大会报", 150, 700 - 14 * i) for i in range(3)]
    lines = texts(page_lines(page(title, *body)))
    assert lines[0] == "政 府 工 作 报 告" and len(lines) == 7


def test_a_heading_printed_twice_for_boldness_reads_once():
    line = glyphs("经济发展稳中向好", 50, 700)
    shadow = [Glyph(g.char, g.left + 0.5, g.right + 0.5, g.baseline, g.low, g.high) for g in line]
    assert texts(page_lines(page(line, shadow))) == ["经济发展稳中向好"]
    assert texts(page_lines(glyphs("谢谢大家", 50, 700))) == ["谢谢大家"]
