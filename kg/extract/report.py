"""Report stage: a report's region, reviewed year, title and header, from its own words.

The title block and the opening say who delivers the report to whom (国务院 to the national
people's congress, 省人民政府 to a provincial one); the review section says which year it looks
back on. Only when the text says neither does kg guess, and it says so.
"""
import re
from collections import Counter

from ..errors import InputError
from ..model import ReportInfo
from ..text.normalize import layout
from ..text.keys import report_key
from .header import YEAR, first_year, read_header, year_value
from .periods import find_span
from .regions import gazetteer

_ANY_YEAR = re.compile(rf"(?<!\d)({YEAR})年")
_ANY_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def opening(normalized):
    """The title block and the first part of the body, where a report says who delivers it."""
    return normalized.text[: normalized.title_end + layout()["report"]["opening_chars"]]


def find_region(normalized, gaz=None):
    """(region, how it was found): the country for the State Council's reports, else the congress or
    government the report names, else the most named region of the level its own words point to."""
    gaz = gaz or gazetteer()
    rules = layout()["report"]
    start = opening(normalized)
    if any(re.search(pattern, start) for pattern in rules["national"]):
        return gaz.country(), "text"
    for text in (start, normalized.text):
        region = _named_body(text, gaz)
        if region is not None:
            return region, "text"
    return _most_named(normalized.text, gaz)


def _named_body(text, gaz):
    for pattern in layout()["report"]["region"]:
        for match in re.finditer(pattern, text):
            name = match.group("name")
            for start in range(len(name) - 1):
                region = gaz.resolve(name[start:])
                if region is not None:
                    return region
    return None


def _most_named(text, gaz):
    """The level the report's own words (全省, 我市, 全国) point to, and that level's most named region."""
    levels = Counter()
    for word, level in layout()["report"]["own_words"].items():
        levels[level] += text.count(word)
    if not levels or max(levels.values()) == 0:
        return None, None
    level = sorted(levels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if level == "country":
        return gaz.country(), "guess"
    counts = Counter()
    for name, count in gaz.name_counts(text).items():  # one pass, not one scan per gazetteer name
        region = gaz.resolve(name)
        if region is not None and region.level == level:
            counts[region.code] += count
    if not counts:
        return None, None
    code = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return gaz.by_code[code], "guess"


def find_year(normalized, delivered=None, name=""):
    """(year reviewed, how it was found).

    In order: the review the text states (一、2023年工作回顾) or the plan it sets (2024年主要预期
    目标: the year before), whichever comes first; the delivery date of the title block; a year in the
    file name, read as the year delivered (2024年政府工作报告.txt), flagged as a guess; the year the
    text names most, a guess too.
    """
    text = normalized.text
    stated, stated_at = first_year(text, "year")
    if stated is None:
        stated, stated_at = first_year(text[: int(len(text) * layout()["report"]["early_share"])], "early_year")
    planned, planned_at = first_year(text, "plan_year")
    if planned is not None:
        # 1980、1981年国民经济计划: a plan for two years starts with the first; the year before it is reviewed
        listed = _LISTED_YEAR.search(text, max(0, planned_at.start() - 8), planned_at.start())
        planned = year_value(listed.group(1)) if listed and year_value(listed.group(1)) else planned
    if stated is not None and (planned is None or stated_at.start() <= planned_at.start()):
        return stated, "text"
    if planned is not None:
        return planned - 1, "text"
    span = _reviewed_span(text)
    if span is not None:
        return span.end, "text"  # 一、“十一五”时期国民经济和社会发展的回顾: the span's last year
    if delivered:
        year, month = int(delivered[:4]), int(delivered[5:7])
        return (year if month > layout()["report"]["late_month"] else year - 1), "header"
    in_name = [year_value(token) for token in _ANY_YEAR_IN_NAME.findall(name.replace("\\", "/").rsplit("/", 1)[-1])]
    if len(in_name) == 1:
        return in_name[0] - 1, "guess"
    years = Counter(year_value(token) for token in _ANY_YEAR.findall(text))
    if years:
        return sorted(years.items(), key=lambda kv: (-kv[1], -kv[0]))[0][0], "guess"
    return None, None


_LISTED_YEAR = re.compile(rf"({YEAR})年?、$")


def _reviewed_span(text):
    """The span a review heading names (“十一五”时期…的回顾, 2018—2022年工作回顾), or None."""
    for line in text[: int(len(text) * layout()["report"]["early_share"])].split("\n"):
        if any(word in line for word in layout()["report"]["review_words"]) and len(line) <= 40:
            span = find_span(line, 0)
            if span is not None and span.start > 0:
                return span
    return None


def resolve_region_name(name, gaz=None):
    """A region from a name as users write it (山西, 山西省, 全国, 中国); None when unknown or ambiguous."""
    gaz = gaz or gazetteer()
    if layout()["report"]["own_words"].get(name) == "country":
        return gaz.country()
    return gaz.resolve(name)


def report_info(document, normalized, region_name=None, year=None):
    """A ReportInfo for a document; region_name and year override what the text says."""
    gaz = gazetteer()
    header = read_header(normalized.text[: normalized.title_end].strip())
    if region_name:
        region, region_source = resolve_region_name(region_name, gaz), "given"
        if region is None:
            raise InputError(f"--region {region_name}: not a known region name; give a province, city or county "
                             "(山西省, 太原市, 交城县) or 全国")
    else:
        region, region_source = find_region(normalized, gaz)
        if region is None:
            raise InputError(f"{document.name}: cannot tell which region the report is about; pass --region NAME")
    if year is None:
        year, year_source = find_year(normalized, header.delivered, document.name)
        if year is None:
            raise InputError(f"{document.name}: cannot tell which year the report reviews; pass --year YYYY")
    else:
        year_source = "given"
    delivery_year = _delivery_year(header, year)
    title = header.title if header.title and len(header.title) > len(layout()["report"]["title"]) else None
    title = title or f"{region.name}{layout()['report']['title']}（{delivery_year}）"
    return ReportInfo(key=document.key or report_key(document.name), name=document.name, title=title, region=region,
                      year=year, checksum=document.checksum, delivered=header.delivered, session=header.session,
                      speaker=header.speaker, speaker_role=header.office, region_source=region_source,
                      year_source=year_source, delivery_year=delivery_year)


def report_names(info, region_en=None):
    """A report as people name it, in Chinese and in English (region_en: the region's English name or pinyin).

    >>> from kg.model import ReportInfo, Region
    >>> china = Region(code="100000", name="中国", short_name="中国", level="country")
    >>> report_names(ReportInfo(key="n", name="n.txt", title="政府工作报告", region=china, year=2021, checksum="",
    ...                         delivery_year=2022), "China")
    ('中国 2022年政府工作报告', 'China 2022 government work report')
    """
    words = layout()["report"]
    bulletin = info.title.endswith("公报")
    year = info.year if bulletin or info.delivery_year is None else info.delivery_year
    zh = words["name"].format(region=info.region.name, year=year, kind=words["bulletin" if bulletin else "title"])
    en = words["name_en"].format(region=region_en or info.region.name, year=year,
                                 kind=words["bulletin_en" if bulletin else "kind_en"])
    return zh, en


def _delivery_year(header, year):
    return int(header.delivered[:4]) if header.delivered else year + 1


def describe(info):
    """One line saying what kg found out about a report, and which values are guesses.

    >>> from kg.model import ReportInfo, Region
    >>> china = Region(code="100000", name="中国", short_name="中国", level="country")
    >>> describe(ReportInfo(key="n", name="national-2024.txt", title="", region=china, year=2023, checksum="",
    ...                     delivered="2024-03-05", region_source="text", year_source="text"))
    'national-2024.txt: 中国, reviews 2023, delivered 2024-03-05'
    """
    region = info.region.name + (" (a guess: pass --region)" if info.region_source == "guess" else "")
    year = f"reviews {info.year}" + (" (a guess: pass --year)" if info.year_source == "guess" else "")
    parts = [region, year] + ([f"delivered {info.delivered}"] if info.delivered else [])
    return f"{info.name}: " + ", ".join(parts)
