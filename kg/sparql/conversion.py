"""Query stage: a series in one unit. Reports write one indicator in the units of their decade (粮食总产量
3856亿斤 in 1955, 4024亿公斤 in 1988, 6.86亿吨 in 2022): figures of one dimension (kg/data/conversions.toml)
are converted into one unit, so the years line up and a chart draws them all.
"""
import tomllib
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from ..errors import QueryError
from ..extract.numbers import MAGNITUDES
from ..lexicon import data_path


@lru_cache(maxsize=1)
def conversions():
    with data_path("conversions.toml").open("rb") as handle:
        return tomllib.load(handle)


def factor(symbol):
    """(dimension, how many base units one `symbol` is) for a unit word such as 斤 or 万吨; None when kg cannot
    convert it.

    >>> factor("万吨"), factor("斤"), factor("元")
    (('mass', Decimal('10000')), ('mass', Decimal('0.0005')), None)
    """
    magnitude, word = Decimal(1), symbol or ""
    for prefix, size in sorted(MAGNITUDES.items(), key=lambda item: -len(item[0])):
        if word.startswith(prefix) and len(word) > len(prefix):
            magnitude, word = Decimal(size), word[len(prefix):]
            break
    for name, dimension in conversions()["dimensions"].items():
        if word in dimension["factors"]:
            return name, magnitude * Decimal(dimension["factors"][word])
    return None


def in_one_unit(series, unit=None):
    """series with every result and target in `unit` (a unit word: 万吨, 吨, 斤); without one, in the indicator's
    default unit when its figures come in units kg converts, else as they are."""
    from .series import unit_symbol

    units = {unit_symbol(u) for p in series.points for u in (p.unit, p.target_unit) if u}
    unit = unit or conversions()["default_units"].get(series.concept.notation)
    if unit is None and len(units) > 1 and all(factor(u) for u in units) and \
            len({factor(u)[0] for u in units}) == 1:
        unit = conversions()["dimensions"][factor(next(iter(units)))[0]]["base"]
    if unit is None or not any(factor(u) for u in units):
        if unit is not None and units and factor(unit) is None:
            raise QueryError(f"--unit {unit}: kg converts only {', '.join(_known())}")
        return series
    wanted = factor(unit)
    if wanted is None:
        raise QueryError(f"--unit {unit}: kg converts only {', '.join(_known())}")
    return replace(series, points=tuple(_converted(p, unit, wanted, unit_symbol) for p in series.points))


def _converted(point, unit, wanted, unit_symbol):
    own = factor(unit_symbol(point.unit))
    target = factor(unit_symbol(point.target_unit)) if point.target_unit else own
    if own is None and target is None or (own or target)[0] != wanted[0]:
        return point  # another dimension: left as written

    def scaled(value, source):
        return None if value is None or source is None else (value * source[1] / wanted[1]).normalize()

    actual = scaled(point.actual, own)
    return replace(point, actual=actual, target_low=scaled(point.target_low, target),
                   target_high=scaled(point.target_high, target), unit=unit, target_unit=None)


def _known():
    words = [word for dimension in conversions()["dimensions"].values() for word in dimension["factors"]]
    return words + [f"万{words[0]}"]
