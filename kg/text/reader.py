"""Reading stage: report files, folders and stdin into decoded Documents."""
import hashlib
import re
from pathlib import Path

from ..errors import InputError
from ..model import Document

STDIN = "-"


def report_paths(inputs):
    """Expand inputs into report paths: files as given, folders into their *.txt files in sorted order."""
    paths = []
    for item in inputs:
        if item == STDIN:
            paths.append(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise InputError(f"{item}: no *.txt report files in this folder")
            paths.extend(str(p) for p in found)
        elif path.is_file():
            paths.append(str(path))
        else:
            raise InputError(f"{item}: no such file or folder")
    return paths


def decode(name, raw):
    """Decode report bytes: UTF-8 (with or without BOM), else GB18030 (a superset of GBK).

    >>> decode("r.txt", "山西".encode("gb18030"))
    '山西'
    >>> decode("r.txt", b"\\xef\\xbb\\xbf5%")
    '5%'
    """
    if not raw.strip():
        raise InputError(f"{name} is empty; give a report with text in it")
    if b"\x00" in raw:
        raise InputError(f"{name} is binary, not text; give a UTF-8 or GB18030 .txt report")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text.replace("\r\n", "\n").replace("\r", "\n")
    raise InputError(f"{name} is not UTF-8 or GB18030 text; convert it to UTF-8 and try again")


def _looks_like_text(text):
    # GB18030 decodes almost any byte string; control characters show it was not text.
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls <= len(text) // 100


def read_document(path, stdin_bytes=None):
    """Read one report from a path (or the bytes of stdin for '-') into a Document."""
    if path == STDIN:
        raw, name = stdin_bytes or b"", "stdin"
    else:
        name = path
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = decode(name, raw)
    return Document(name=name, text=text, checksum="sha256:" + hashlib.sha256(raw).hexdigest())


def report_key(name):
    """The key a report is known by: its file stem when ASCII, else a digest of the name.

    >>> report_key("data/reports/shanxi-2024.txt")
    'shanxi-2024'
    >>> report_key("山西.txt")
    'r-f55c8c3433'
    """
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if slug and stem.isascii():
        return slug
    return "r-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
