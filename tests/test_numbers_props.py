"""Properties of the quantity parser: it never raises, and every way of writing a number agrees."""
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.figures import find_quantities
from kg.extract.numbers import parse_number, parse_quantity

_DIGITS = "零一二三四五六七八九"


def to_chinese(n):
    """Write 0 <= n < 10**8 in Chinese numerals, the way reports do (一百零五, 三千五百万)."""
    if n == 0:
        return "零"

    def below_10000(m):
        out, zero = "", False
        for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = m // power % 10
            if digit:
                if zero and out:
                    out += "零"
                out += _DIGITS[digit] + name
                zero = False
            else:
                zero = True
        return out

    high, low = divmod(n, 10000)
    text = (below_10000(high) + "万") if high else ""
    if low:
        if high and low < 1000:
            text += "零"
        text += below_10000(low)
    return text


def to_fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or c == "." else c for c in text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_quantity_parser_never_raises(text):
    parse_quantity(text)
    find_quantities(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789零一二两三四五六七八九十百千万亿.,%元吨个多余左右以上近约第年月日", max_size=20))
def test_quantity_parser_never_raises_on_numberlike_text(text):
    quantity = parse_quantity(text)
    assert quantity is None or quantity.value >= 0


@settings(deadline=None)  # the first example loads the lexicons
@given(st.integers(min_value=2, max_value=99_999_999), st.sampled_from(["元", "吨", "个", "家", "千瓦时", "人次"]))
def test_arabic_fullwidth_and_chinese_numerals_agree(n, unit):
    arabic = parse_quantity(f"{n}{unit}")
    fullwidth = parse_quantity(to_fullwidth(f"{n}{unit}"))
    chinese = parse_quantity(f"{to_chinese(n)}{unit}")
    assert arabic.value == fullwidth.value == chinese.value
    assert arabic.unit == fullwidth.unit == chinese.unit


@settings(deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_numbers_round_trip(value):
    text = f"{value:f}"
    assert parse_number(text) == Decimal(text)


@settings(deadline=None)
@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators_are_read(n):
    assert parse_number(f"{n:,}") == n
