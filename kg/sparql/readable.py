"""Result formatting: numbers as people read them (2.57万亿元, 5%左右, 6%－6.5%) for tables; CSV and JSON stay exact."""
import tomllib
from decimal import Decimal
from functools import lru_cache

from ..lexicon import data_path


@lru_cache(maxsize=None)
def rules():
    """Magnitude words and bound templates (kg/data/readable.toml)."""
    with data_path("readable.toml").open("rb") as handle:
        loaded = tomllib.load(handle)
    loaded["magnitudes"] = [(word, Decimal(size)) for word, size in loaded["magnitudes"]]
    return loaded


def plain(value):
    """A decimal without exponent or trailing zeros.

    >>> plain(Decimal("2570000000000.0")), plain(Decimal("5.50")), plain(Decimal("-3"))
    ('2570000000000', '5.5', '-3')
    """
    text = format(Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def readable_number(value, unit=""):
    """A number with its magnitude folded back into a word, digits kept exact, then its unit.

    >>> readable_number(Decimal("2570000000000"), "元"), readable_number(Decimal("134900000000000"))
    ('2.57万亿元', '134.9万亿')
    >>> readable_number(Decimal("11000000"), "人"), readable_number(Decimal("1948"), "个")
    ('1100万人', '1948个')
    >>> readable_number(Decimal("5.0"), "%"), readable_number(Decimal("-0.4"), "个百分点")
    ('5%', '-0.4个百分点')
    """
    value = Decimal(value)
    # a unit with a magnitude of its own (万吨) takes the number as it is: 68500万吨, not 6.85万万吨
    if unit not in rules()["plain_units"] and not any((unit or "").startswith(w) for w, _ in rules()["magnitudes"]):
        for word, size in rules()["magnitudes"]:
            if abs(value) >= size:
                return plain(value / size) + word + (unit or "")
    return plain(value) + (unit or "")


def readable_figure(value, unit="", bound=None):
    """A figure with its bound written as the genre writes it (5%左右, 超过30万亿元).

    >>> readable_figure(Decimal("5"), "%", "approx"), readable_figure(Decimal("3E13"), "元", "moreThan")
    ('5%左右', '超过30万亿元')
    """
    text = readable_number(value, unit)
    template = rules()["bounds"].get(bound or "")
    return template.format(text) if template and bound != "between" else text


def readable_range(low, high, unit="", bound=None):
    """A target from its low and high ends: a range, a floor, a ceiling or one figure.

    >>> readable_range(Decimal("6"), Decimal("6.5"), "%", "between"), readable_range(Decimal("6"), None, "%", "atLeast")
    ('6%－6.5%', '6%以上')
    >>> readable_range(None, Decimal("5.5"), "%", "atMost"), readable_range(Decimal("5"), Decimal("5"), "%", "approx")
    ('5.5%以内', '5%左右')
    """
    if low is None and high is None:
        return ""
    if low is not None and high is not None and low != high:
        return rules()["bounds"]["between"].format(low=readable_number(low, unit), high=readable_number(high, unit))
    return readable_figure(low if low is not None else high, unit, bound)
