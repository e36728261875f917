"""Reading stage: report bytes into text, in whichever encoding a Chinese report comes in.

UTF-8, UTF-16 and UTF-32 (with a byte-order mark, or UTF-16 without one), GB18030 (a superset
of GBK and GB2312) and Big5 (with the Microsoft and Hong Kong extensions). GB18030 and Big5
share byte ranges, so either decodes the other's bytes into wrong characters: the reading
with more common characters wins, and a reading that still needs private-use or replacement
characters is refused rather than passed on silently.
"""
import codecs
import re
from functools import lru_cache

from ..errors import InputError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# (codec, the name users know it by), tried in this order when no byte-order mark says which
_LEGACY = (("gb18030", "GB18030"), ("cp950", "Big5"), ("big5hkscs", "Big5-HKSCS"))
_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
          "utf-32": "UTF-32"}
# GB2312 and Big5 hold over 98% of the characters of real reports; a wrong decoding scores under 60%
_LEAST_COMMON = 0.8
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\ufffd]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


@lru_cache(maxsize=1)
def common_characters():
    """The characters of GB2312 and of Big5's first level: what real Chinese text is mostly made of."""
    chars = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            chars.update(bytes((lead, trail)).decode("gb2312", "ignore"))
    for lead in range(0xA1, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            chars.update(bytes((lead, trail)).decode("cp950", "ignore"))
    return frozenset(chars)


def decode(name, raw):
    """Decode report bytes into text with \\n line ends, naming the input and the fix when they are not text.

    >>> decode("r.txt", "山西".encode("gb18030"))
    '山西'
    >>> decode("r.txt", "臺灣".encode("big5"))
    '臺灣'
    >>> decode("r.txt", b"\\xef\\xbb\\xbf5%")
    '5%'
    """
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(f"{name} is empty; give a report with text in it")
    text, label = _decode(name, raw)
    _refuse_wrong_characters(name, text, label)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(name, raw):
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            if codec == "utf-8-sig" and not _is_utf8(raw):
                try:  # a UTF-8 mark some editors put before GBK text
                    return _decode(name, raw[len(bom):])
                except InputError:
                    pass  # damaged UTF-8: named with its offset in the file
            return _strict(name, raw, codec), _NAMES[codec]
    if b"\x00" in raw:
        text = _utf16_without_bom(raw)
        if text is not None:
            return text, "UTF-16"
        raise InputError(f"{name} is binary, not text; give a text, PDF, web page or Word report")
    readings, errors = [], []
    for codec, label in (("utf-8", "UTF-8"), *_LEGACY):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as exc:
            errors.append((exc.start, label, exc))
            continue
        if codec == "utf-8":
            return text, label
        readings.append((_commonness(text), -len(readings), text, label))
    best = max(readings, default=None)
    if best is not None and best[0] >= _LEAST_COMMON:
        return best[2], best[3]
    if not errors:
        raise InputError(f"{name} is not Chinese text in UTF-8, GB18030 or Big5 (as {best[3]} it reads as "
                         "rare characters); save it as UTF-8 and try again")
    # Damaged UTF-8 is still mostly UTF-8; else the encoding that read furthest is the file's
    start, label, exc = errors[0]
    if label != "UTF-8" or raw.decode("utf-8", "replace").count("\ufffd") * 100 > len(raw):
        start, label, exc = max(errors, key=lambda e: e[0])
    raise InputError(f"{name} is not valid {label} text: {_bad_byte(raw, exc)}; "
                     "fix that byte or save the file as UTF-8, then try again")


def _is_utf8(raw):
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _strict(name, raw, codec):
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not valid {_NAMES[codec]} text: {_bad_byte(raw, exc)}; "
                         "fix that byte or save the file as UTF-8, then try again") from None


def _bad_byte(raw, exc):
    line = raw.count(b"\n", 0, exc.start) + 1
    return f"byte 0x{raw[exc.start]:02x} at offset {exc.start} (line {line}) cannot be read"


def _utf16_without_bom(raw):
    # Zero bytes: UTF-16 if one byte order reads as Chinese text (binary reads as rare characters or fails).
    if len(raw) % 2:
        return None
    readings = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _CONTROLS.search(text):
            readings.append((_commonness(text), text))
    best = max(readings, default=(0, None))
    return best[1] if best[0] >= 0.9 else None


def _commonness(text):
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return 1.0
    common = common_characters()
    return sum(ch in common for ch in wide) / len(wide)


def _refuse_wrong_characters(name, text, label):
    controls = len(_CONTROLS.findall(text))
    if controls > len(text) // 100:
        raise InputError(f"{name} is binary, not text ({controls} control characters when read as {label}); "
                         "give a text, PDF, web page or Word report")
    odd = _PRIVATE.findall(text)
    # a report may hold a few self-made characters (自造字); a wrong decode yields one every few lines
    if "\ufffd" in odd or len(odd) > max(2, len(text) // 1000):
        at = _PRIVATE.search(text).start()
        line = text.count("\n", 0, at) + 1
        raise InputError(f"{name} reads as {label} only with {len(odd)} replacement or private-use characters "
                         f"(the first on line {line}): it is in another encoding or was damaged; "
                         "save it as UTF-8 and try again")
