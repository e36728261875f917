"""Test helpers for the reading stage: copies of a real report as PDF, web page and Word file, and what a parsed
report says, to compare the copies with the plain text they came from."""
import html
import io
import re
import shutil
import subprocess
import tempfile

import pytest

from .browser import find_chromium


def observations(parsed):
    """The observations of a parsed report as comparable rows: region, year, indicator, value, unit and the rest."""
    info = parsed.info
    return {(info.region.code, info.year, o.indicator, o.value, o.unit, o.change_percent, o.change_value,
             o.change_points, o.rank, o.rank_scope, o.bound, o.period, o.area, o.target) for o in parsed.observations}


_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")
_TITLE = re.compile(r"^[^，。；：！？、,.;:!?0-9%]{2,16}$")

# A newspaper page: a running header with the paper's name and date, a title across both
# columns, the report in two justified columns, a page number at the foot of every page.
_PAGE = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: A4; margin: 22mm 15mm 20mm 15mm;
  @top-left {{ content: "{paper}"; font-size: 9pt; }} @top-right {{ content: "要闻"; font-size: 9pt; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-size: 9pt; }} }}
body {{ font-family: {fonts}"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif;
  font-size: 10.5pt; line-height: {line_height}; }}
h1 {{ text-align: center; font-size: 20pt; letter-spacing: 0.8em; }}
.columns {{ column-count: {columns}; column-gap: 8mm; text-align: justify; }}
p {{ margin: 0; text-indent: 2em; }}
p.heading {{ text-indent: 0; font-weight: bold; }}
</style></head><body><h1>{title}</h1><div class="columns">
{body}
</div></body></html>"""


def paragraphs(text):
    """A text's paragraphs as (text, is a heading): wrapped lines joined up to a sentence's end, headings alone."""
    found, current = [], []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if (_NUMBERED.match(line) and len(line) <= 40 and "。" not in line) or _TITLE.match(line):
            found.extend([("".join(current), False)] if current else [])
            found.append((line, True))
            current = []
            continue
        current.append(line)
        if line[-1] in "。！？：":
            found.append(("".join(current), False))
            current = []
    return found + ([("".join(current), False)] if current else [])


def paragraphs_html(text):
    """A text's paragraphs in HTML, indented; headings bold, as papers set them."""
    return "\n".join(f"<p{' class=heading' if heading else ''}>{html.escape(paragraph)}</p>"
                     for paragraph, heading in paragraphs(text))


def newspaper_pdf(text, path, title="政府工作报告", paper="山西日报　2024年1月24日　星期三", columns=2, line_height=1.5,
                  latin_font=None):
    """Print a text as newspaper pages in columns to a PDF with headless Chromium; skips when there is none.

    latin_font sets digits and Latin letters in another font than Chinese, as Word does (Times New Roman and 宋体).
    """
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("no Chromium to print the test PDF with")
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True) if shutil.which("fc-list") else None
    if fonts is None or not fonts.stdout.strip():
        pytest.skip("no Chinese font to print the test PDF with (apt-get install fonts-wqy-microhei)")
    page = path.with_suffix(".html")
    fonts = f'"{latin_font}", ' if latin_font else ""
    page.write_text(_PAGE.format(title=html.escape(title), paper=paper, columns=columns, line_height=line_height,
                                 fonts=fonts, body=paragraphs_html(text)), encoding="utf-8")
    profile = tempfile.mkdtemp(prefix="kg-pdf-profile-")
    try:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={path}",
                        page.as_uri()], check=True, capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return path


# A government site's article page: a top bar, menu, breadcrumb, the article with its title and
# date line, share links, related articles, a footer, scripts.
_SITE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_山西省人民政府门户网站</title>
<meta name="PubDate" content="{date} 09:12">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
<style>.nav li {{ float: left }}</style></head>
<body>
<div class="top"><a href="/">山西省人民政府</a> <a href="/en">English</a> <a href="/wza">无障碍</a>
<form><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/yw">要闻动态</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zwfw">政务服务</a></li><li><a href="/hd">互动交流</a></li><li><a href="/zjsx">走进山西</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/bg">政府工作报告</a></div>
<div class="article"><h1>{title}</h1>
<div class="info"><span>发布时间：{date} 09:12</span><span>来源：山西日报</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div id="content" class="TRS_Editor">
{body}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a> <a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="/r1">山西省2023年国民经济和社会发展统计公报</a><span>2024-03-20</span></li>
<li><a href="/r2">省政府常务会议研究部署一季度经济工作</a><span>2024-01-25</span></li>
<li><a href="/r3">山西省人民政府关于印发2024年重点工作任务的通知</a><span>2024-02-02</span></li></ul></div>
<div class="footer"><p>主办：山西省人民政府办公厅　承办：山西省人民政府办公厅信息中心</p>
<p>网站标识码：1400000032　晋ICP备05001234号　晋公网安备 14010602060140号</p><p>联系我们 | 网站地图 | 使用帮助</p></div>
<script>document.write('统计代码 12345');</script>
</body></html>"""

# An older site laid out in tables, the article in a cell beside a menu
_TABLE_SITE = """<html><head><meta charset="{charset}"><title>{title}_中国政府网</title></head><body>
<table width="1000"><tr><td colspan="2"><a href="/">首页</a> | <a href="/a">新闻</a> | <a href="/b">政策</a></td></tr>
<tr><td width="200" valign="top"><ul><li><a href="/x1">国务院常务会议</a></li><li><a href="/x2">政府工作报告汇编</a></li>
<li><a href="/x3">政策解读</a></li></ul></td>
<td><table><tr><td class="title">{title}</td></tr><tr><td>发布时间：{date}　来源：新华社</td></tr>
<tr><td class="content">{body}</td></tr></table></td></tr>
<tr><td colspan="2">版权所有：中国政府网 | 京ICP备05070218号</td></tr></table></body></html>"""


def government_page(text, title="政府工作报告", date="2024-01-30", charset="utf-8", layout="div"):
    """A saved government web page with a text as its article, in bytes of its charset."""
    template = _SITE if layout == "div" else _TABLE_SITE
    page = template.format(title=html.escape(title), date=date, charset=charset, body=paragraphs_html(text))
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset, "replace")


def word_file(text, table=None):
    """A .docx of a text, a paragraph per line, under a page header and above a footer; table rows go at the end."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "山西省人民政府办公厅　2024年1月"
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    for line in text.splitlines():
        document.add_paragraph(line.strip())
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for cells, row in zip(table, grid.rows):
            for value, cell in zip(cells, row.cells):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
