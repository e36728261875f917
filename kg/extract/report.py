"""Report stage: work out a report's region, reviewed year and title from its text."""
import re
from collections import Counter

from ..errors import InputError
from ..model import ReportInfo
from ..text.normalize import layout
from ..text.reader import report_key
from .regions import gazetteer


def find_region(text, gaz=None):
    """The region a report belongs to: the people's congress or government it names, else the most named province."""
    gaz = gaz or gazetteer()
    for pattern in layout()["report"]["region"]:
        for match in re.finditer(pattern, text):
            name = match.group("name")
            for start in range(len(name) - 1):
                region = gaz.resolve(name[start:])
                if region is not None:
                    return region
    counts = Counter()
    for name in gaz.names():
        if len(name) >= 2 and name in text:
            region = gaz.resolve(name)
            if region is not None and region.level == "province":
                counts[region.code] += text.count(name)
    if counts:
        return gaz.by_code[sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]]
    return None


def find_year(text):
    """The year a report reviews: stated outright, else one before the year it plans, else the most named year."""
    rules = layout()["report"]
    for pattern in rules["year"]:
        match = re.search(pattern, text, re.MULTILINE)
        if match:
            return int(match.group("year"))
    for pattern in rules["plan_year"]:
        match = re.search(pattern, text)
        if match:
            return int(match.group("year")) - 1
    years = Counter(int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", text))
    if years:
        return sorted(years.items(), key=lambda kv: (-kv[1], -kv[0]))[0][0]
    return None


def report_info(document, normalized_text, region_name=None, year=None):
    """A ReportInfo for a document; region_name and year override what the text says."""
    gaz = gazetteer()
    if region_name:
        region = gaz.resolve(region_name)
        if region is None:
            raise InputError(f"--region {region_name}: not a known province, city or county name")
    else:
        region = find_region(normalized_text, gaz)
        if region is None:
            raise InputError(f"{document.name}: cannot tell which region the report is about; pass --region NAME")
    if year is None:
        year = find_year(normalized_text)
        if year is None:
            raise InputError(f"{document.name}: cannot tell which year the report reviews; pass --year YYYY")
    title = next((line.strip() for line in normalized_text.split("\n")
                  if layout()["report"]["title"] in line and len(line.strip()) <= 40), None)
    title = title or f"{region.name}{layout()['report']['title']}（{year + 1}）"
    return ReportInfo(key=report_key(document.name), name=document.name, title=title, region=region,
                      year=year, checksum=document.checksum)
