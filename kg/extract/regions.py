"""Region stage: the shipped gazetteer of China's divisions and the lookups reports need."""
import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import data_path
from ..model import Region
from ..text.normalize import layout

LEVELS = ("country", "province", "city", "county", "township")


@dataclass(frozen=True)
class Gazetteer:
    """All divisions by code, and the codes each written name (full or short) can mean."""
    by_code: dict
    by_name: dict

    def parent(self, region):
        return self.region(region.parent_code) if region.parent_code else None

    def region(self, code):
        """The division with this code: the gazetteer's, or a township's (read on first need)."""
        found = self.by_code.get(code)
        if found is None and code and len(code) == 9:
            found = _townships()[1].get(code)
        return found

    def townships_within(self, scope):
        """The townships (镇, 乡, 街道, 苏木) of the counties inside scope: none for the country or a province
        (a province's report names its towns too rarely to pay for reading the list), but a municipality's
        districts are counties of the province itself."""
        if scope.level == "county":
            counties = [scope.code]
        elif scope.level == "city" or is_municipality(scope):
            counties = [code for code, region in self.by_code.items()
                        if region.level == "county" and region.parent_code == scope.code]
        else:
            return ()
        by_county = _townships()[0]
        return tuple(town for county in sorted(counties) for town in by_county.get(county, ()))

    def ancestors(self, region):
        """The region's parents, nearest first."""
        chain, current = [], self.parent(region)
        while current is not None:
            chain.append(current)
            current = self.parent(current)
        return chain

    def within(self, region, scope):
        """True when region is scope or lies inside it."""
        return region.code == scope.code or any(a.code == scope.code for a in self.ancestors(region))

    def resolve(self, name, scope=None):
        """The one region a name means, preferring regions inside scope; None when ambiguous or unknown.

        Ambiguous names (朝阳区 is in several cities) resolve only through the report's region.
        """
        candidates = [self.by_code[code] for code in self.by_name.get(name, ())]
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        if scope is not None:
            inside = [c for c in candidates if self.within(c, scope)]
            if len(inside) == 1:
                return inside[0]
            province = self.province_of(scope)
            inside = [c for c in candidates if province is not None and self.within(c, province)]
            if len(inside) == 1:
                return inside[0]
        # a province and a same-named prefecture never clash; a higher level wins over a county homonym
        top = min(LEVELS.index(c.level) for c in candidates)
        best = [c for c in candidates if LEVELS.index(c.level) == top]
        return best[0] if len(best) == 1 else None

    def province_of(self, region):
        """The province a region lies in (itself for a province); None for the country."""
        if region.level == "province":
            return region
        chain = [r for r in self.ancestors(region) if r.level == "province"]
        return chain[-1] if chain else None

    def country(self):
        """The country itself: the region of the State Council's reports."""
        return next(r for r in self.by_code.values() if r.level == "country")

    def names(self):
        """Every written name, longest first (for scanning text)."""
        return sorted(self.by_name, key=len, reverse=True)

    def name_counts(self, text):
        """{name: text.count(name)} for every written name of two or more characters that text holds.

        One pass over text instead of one per name: at each position, the names starting there.

        >>> gazetteer().name_counts("山西省太原市，山西")
        {'山西省': 1, '山西': 2, '太原市': 1, '太原': 1}
        """
        found = {}
        for name in self.by_name:
            if len(name) >= 2:
                found.setdefault(name[0], set()).add(len(name))
        lengths = {first: sorted(sizes, reverse=True) for first, sizes in found.items()}
        starts = re.compile("[" + "".join(re.escape(ch) for ch in sorted(lengths)) + "]")
        openings = {name[:2] for name in self.by_name}
        counts, free_from = {}, {}
        for match in starts.finditer(text):  # only where some name starts
            index = match.start()
            if text[index:index + 2] not in openings:
                continue
            for length in lengths[match.group()]:
                name = text[index:index + length]
                if len(name) == length and name in self.by_name and index >= free_from.get(name, 0):
                    counts[name] = counts.get(name, 0) + 1
                    free_from[name] = index + length  # str.count does not count overlapping matches
        return counts


def is_municipality(region):
    """A municipality directly under the central government (直辖市): a province-level division named a city (市)."""
    return region.level == "province" and region.name.endswith(layout()["regions"]["municipality_suffix"])


@lru_cache(maxsize=None)
def _townships():
    """kg/data/townships.csv, read once when a city's or county's report first needs it:
    ({county code: (Region, …)}, {code: Region})."""
    by_county, by_code = {}, {}
    with data_path("townships.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            town = Region(code=row["code"], name=row["name"], short_name=row["short_name"], level="township",
                          parent_code=row["parent_code"], pinyin=row["pinyin"] or None)
            by_county.setdefault(town.parent_code, []).append(town)
            by_code[town.code] = town
    return {county: tuple(towns) for county, towns in by_county.items()}, by_code


@lru_cache(maxsize=None)
def gazetteer():
    """Load kg/data/gazetteer.csv once."""
    by_code, by_name = {}, {}
    with data_path("gazetteer.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            region = Region(code=row["code"], name=row["name"], short_name=row["short_name"], level=row["level"],
                            parent_code=row["parent_code"] or None, longitude=row["longitude"] or None,
                            latitude=row["latitude"] or None, pinyin=row["pinyin"] or None,
                            aliases=tuple(a for a in row.get("aliases", "").split(";") if a))
            by_code[region.code] = region
            for name in {region.name, region.short_name, *region.aliases}:
                if len(name) >= 2:
                    by_name.setdefault(name, []).append(region.code)
    return Gazetteer(by_code=by_code, by_name={k: tuple(v) for k, v in by_name.items()})


@lru_cache(maxsize=64)
def township_names(scope):
    """{full name: township} for the townships inside scope whose name is unique there, and a pattern finding
    them, longest first; (None, {}) when scope has none."""
    by_name = {}
    for town in gazetteer().townships_within(scope):
        by_name.setdefault(town.name, []).append(town)
    unique = {name: towns[0] for name, towns in by_name.items() if len(towns) == 1}
    if not unique:
        return None, {}
    pattern = re.compile("|".join(re.escape(name) for name in sorted(unique, key=lambda n: (-len(n), n))))
    return pattern, unique


def leading_region(text, scope, gazetteer_=None):
    """A region named at the start of text (太原市地区生产总值…) that is not scope itself: (region, rest)."""
    gaz = gazetteer_ or gazetteer()
    for length in range(min(12, len(text)), 1, -1):
        name = text[:length]
        if name not in gaz.by_name:
            continue
        region = gaz.resolve(name, scope)
        if region is None or region.code == scope.code:
            return None, text
        if region.level != "province" and not _plausible_elsewhere(gaz, region, name, scope):
            return None, text
        return region, text[length:]
    return None, text


def _plausible_elsewhere(gaz, region, name, scope):
    """A city or county named in a report of another region is one only when it can be that region.

    In a national report any division written in full (深圳市) can be; in a provincial or city
    report only divisions of its own province (新建区 is in 江西: in a 山西 report, 新建 is a verb).
    """
    if scope.level == "country":
        return name == region.name
    province = gaz.province_of(scope)
    return province is not None and gaz.within(region, province)
