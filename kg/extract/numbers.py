"""Quantity stage: numbers written in Arabic, full-width or Chinese numerals, with magnitude and unit.

Works on normalized text (full-width digits already folded to ASCII).
"""
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..lexicon import PrefixIndex, figure_prefixes, figures, unit_words
from ..model import Quantity

# The numeral system itself, not domain vocabulary: digits and the powers of ten.
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10 ** 4, "亿": 10 ** 8}
MAGNITUDES = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
              "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000), "百": Decimal(100)}
MULTIPLE, TENTHS = "倍", "成"

_ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 三点五万 is 3.5万: a Chinese numeral may have decimals after 点, then a magnitude
_CHINESE = r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+[万亿]*)?"
_ARABIC_NUMBER = re.compile(_ARABIC)
PERCENT_WORDS = "百分之"  # 百分之五 is 5%
# 1万6千多户, 1亿3千多万, 3亿2000万: digits with the powers of ten between them
_MIXED = r"\d{1,4}[亿万]\d{1,4}[千百](?![\d千百])|\d{1,4}亿\d{1,4}(?=[多余]?万)"
NUMBER = re.compile(rf"{PERCENT_WORDS}(?P<percent>{_ARABIC}|{_CHINESE})|(?P<mixed>{_MIXED})|(?P<arabic>{_ARABIC})"
                    rf"|(?P<chinese>{_CHINESE})")
# a figure has at most this many digits; longer runs of digits are codes or noise, never figures
MAX_DIGITS = 20


def parse_chinese_numeral(text):
    """Value of a Chinese numeral, or None when text is not one.

    >>> parse_chinese_numeral("三千五百万"), parse_chinese_numeral("一百零五"), parse_chinese_numeral("两")
    (35000000, 105, 2)
    >>> parse_chinese_numeral("十二"), parse_chinese_numeral("二十万"), parse_chinese_numeral("万")
    (12, 200000, None)
    """
    if not text or text[0] not in _DIGITS and text[0] != "十":
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        elif ch in _LARGE:
            section += digit or 0
            total = (total + section) * _LARGE[ch] if _LARGE[ch] > 10 ** 4 else total + section * _LARGE[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_number(text):
    """A Decimal from an Arabic numeral (thousands separators allowed) or a Chinese one; None otherwise.

    >>> parse_number("3,500"), parse_number("2.57"), parse_number("四十二"), parse_number("x")
    (Decimal('3500'), Decimal('2.57'), Decimal('42'), None)
    >>> parse_number("三点五万"), parse_number("七点五"), parse_number("1" * 30)
    (Decimal('35000'), Decimal('7.5'), None)
    """
    text = text.strip()
    if sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        return None
    if _ARABIC_NUMBER.fullmatch(text):
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    whole, point, rest = text.partition("点")
    value = parse_chinese_numeral(whole)
    if value is None:
        return None
    if not point:
        return Decimal(value)
    fraction = rest.rstrip("万亿")
    digits = "".join(str(_DIGITS[ch]) for ch in fraction if ch in _DIGITS)
    if not digits or len(digits) != len(fraction):
        return None
    number = Decimal(f"{value}.{digits}")
    for ch in rest[len(fraction):]:
        number *= _LARGE[ch]
    return tidy(number)


def _unit_at(text, at):
    """The unit word (or 倍 / 成) starting at text[at], longest first."""
    word = _units().longest(text, at)
    if word:
        return word
    if text.startswith(MULTIPLE, at) or text.startswith(TENTHS, at):
        return text[at]
    return None


@lru_cache(maxsize=None)
def _units():
    return PrefixIndex(unit_words())


@lru_cache(maxsize=None)
def _magnitudes():
    return PrefixIndex(MAGNITUDES)


def _bound_at(text, at, place):
    """The bound word of figures.toml [bounds.<place>] starting at text[at] and the bound it says, or (None, None)."""
    word = figure_prefixes("bounds", place).longest(text, at)
    return (word, figures()["bounds"][place][word]) if word else (None, None)


def _read_mixed(text, match):
    """(value, end, bound) of digits with powers of ten between them: 1万6千 is 16000; in 1亿3千多万 the 万
    after the 亿 part scales what follows the 亿 (3千万), and its 多 bounds the whole."""
    raw = match.group("mixed")
    large = "亿" if "亿" in raw else "万"
    high, low = raw.split(large)
    low_value = Decimal(low.rstrip("千百")) * {"千": 1000, "百": 100}.get(low[-1], 1)
    end, bound = match.end(), None
    if large == "亿":
        inner, inner_bound = _bound_at(text, end, "inner")
        at = end + len(inner or "")
        if text.startswith("万", at):
            low_value *= _LARGE["万"]
            end, bound = at + 1, inner_bound
    return tidy(Decimal(high) * _LARGE[large] + low_value), end, bound


def _chinese_ten_thousands(text, raw, value, end):
    """三亿三千五百多万吨: a 万 after the 亿 part (and its 多) scales what follows the 亿 (3500万); (value, end, bound)."""
    inner, inner_bound = _bound_at(text, end, "inner")
    at = end + len(inner or "")
    low = raw.split("亿")[-1]
    if not low or not text.startswith("万", at) or text.startswith("万亿", at):
        return value, end, None
    high = parse_chinese_numeral(raw[: len(raw) - len(low)])
    low_value = parse_chinese_numeral(low.lstrip("零〇"))
    if high is None or low_value is None:
        return value, end, None
    return Decimal(high + low_value * _LARGE["万"]), at + 1, inner_bound


def read_quantity(text, match):
    """Read the magnitude, inner bound, unit and trailing bound after a numeral match.

    Returns a Quantity, or None when the number has no unit and so is no figure.
    """
    if match.group("percent") is not None:
        value = parse_number(match.group("percent"))
        return None if value is None else Quantity(value=tidy(value), unit="%", start=match.start(), end=match.end(),
                                                   kind="percent")
    raw = match.group(0)
    chinese = match.group("chinese") is not None or match.group("mixed") is not None
    if match.group("mixed") is not None:
        value, end, bound = _read_mixed(text, match)
    else:
        value, end, bound = parse_number(raw), match.end(), None
    if match.group("chinese") is not None and raw.endswith("千") and len(raw) > 1 and _unit_at(text, end - 1):
        raw, end = raw[:-1], end - 1  # 十万千瓦: the 千 belongs to the unit
        value = parse_number(raw)
    if value is None:
        return None
    if match.group("chinese") is not None and "亿" in raw and "万" not in raw.split("亿")[-1]:
        value, end, bound = _chinese_ten_thousands(text, raw, value, end)
    at = end
    inner, inner_bound = _bound_at(text, at, "inner")
    if inner and _magnitudes().longest(text, at + len(inner)):
        bound, at = inner_bound, at + len(inner)  # 620多万套: 多 before the magnitude
    unit = _unit_at(text, at)
    scaled = chinese and any(ch in raw for ch in _LARGE)
    if not chinese and (unit is None or unit[0] not in MAGNITUDES):
        magnitude = _magnitudes().longest(text, at)
        if magnitude:
            value *= MAGNITUDES[magnitude]
            at += len(magnitude)
            scaled = True
            inner, inner_bound = _bound_at(text, at, "inner")
            more = inner and _magnitudes().longest(text, at + len(inner))
            if more:  # 3万多亿元: 多 between two magnitudes, 3万亿 and more
                value *= MAGNITUDES[more]
                bound, at = inner_bound, at + len(inner) + len(more)
    inner, inner_bound = _bound_at(text, at, "inner")
    if inner and _unit_at(text, at + len(inner)):
        bound, at = inner_bound, at + len(inner)
    unit = _unit_at(text, at)
    if unit is None:
        if scaled and not figure_prefixes("context", "non_units").longest(text, at):
            # 农村贫困人口减少1386万: a count in 万 or 亿 whose measure word is left out (14亿多中国人: 多 bounds it)
            if inner:
                bound, at = inner_bound, at + len(inner)
            after, after_bound = _bound_at(text, at, "after")
            if after:  # 1亿左右农业转移人口
                bound, at = after_bound, at + len(after)
            return Quantity(value=tidy(value), unit=None, start=match.start(), end=at, bound=bound, kind="plain")
        return None
    if unit == "大" and chinese:
        return None  # 二十大 is a congress, 10大产业链 a count
    at += len(unit)
    after, after_bound = _bound_at(text, at, "after")
    if after:
        bound, at = after_bound, at + len(after)
    kind = {"%": "percent", "个百分点": "points", MULTIPLE: "multiple", TENTHS: "tenths"}.get(unit, "plain")
    if kind == "tenths":
        value, unit, kind = value * 10, "%", "percent"
    return Quantity(value=tidy(value), unit=unit,
                    start=match.start(), end=at, bound=bound, kind=kind)


def tidy(value):
    """A Decimal without exponent or trailing zeros, so 2.57万亿 prints as 2570000000000.

    >>> tidy(Decimal("2.57E+12")), tidy(Decimal("12.50"))
    (Decimal('2570000000000'), Decimal('12.5'))
    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def parse_quantity(text):
    """Read one quantity written alone ("2.57万亿元", "３５０万吨", "近八成"); None when there is none.

    >>> parse_quantity("2.57万亿元").value, parse_quantity("9.3万个").unit
    (Decimal('2570000000000'), '个')
    >>> q = parse_quantity("30余种"); (q.value, q.bound)
    (Decimal('30'), 'moreThan')
    >>> parse_quantity("八成").value, parse_quantity("1.6倍").kind, parse_quantity("今天")
    (Decimal('80'), 'multiple', None)
    >>> q = parse_quantity("620多万套"); (q.value, q.unit, q.bound)
    (Decimal('6200000'), '套', 'moreThan')
    >>> parse_quantity("百分之七点五").value, parse_quantity("1386万").value, parse_quantity("三点五万吨").value
    (Decimal('7.5'), Decimal('13860000'), Decimal('35000'))
    """
    from ..text.normalize import normalize  # parse_quantity accepts raw text too
    clean = normalize(text).text
    match = NUMBER.search(clean)
    return read_quantity(clean, match) if match else None
