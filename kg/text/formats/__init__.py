"""Reading stage: a report file's format from its bytes (not its name), and its text in that format.

Text files are decoded here; PDF, web pages and Word files each have a module whose library is
an extra (`pip install 'kg[pdf]'`), imported only when such a file comes in.
"""
import importlib
import io
import re
import zipfile

from ...errors import InputError
from ..encoding import decode

# suffixes a folder is searched for (in any case); the format still comes from the content
SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx")
# format → (its module, the library it needs, the extra that installs it, what users call the format)
READERS = {
    "pdf": ("pdf", "pypdfium2", "pdf", "PDF"),
    "html": ("html", "readability", "html", "web pages"),
    "docx": ("docx", "docx", "docx", "Word files"),
}
_REFUSED = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc, .wps, .xls)"),
    (b"{\\rtf", "an RTF file"),
)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table)[\s>/]", re.IGNORECASE)
# kg's own pages (the network page, a series chart) say who made them in their head: never a report
_KG_PAGE = re.compile(rb'<meta name="generator" content="kg[ "]')


def is_kg_page(head):
    """Whether a file's first bytes are those of a page kg drew (kg/viz writes this generator line).

    >>> is_kg_page(b'<!DOCTYPE html><html><head><meta name="generator" content="kg 0.1.0">'), is_kg_page(b"<html>")
    (True, False)
    """
    return bool(_KG_PAGE.search(head[:2048]))


def sniff(name, raw):
    """The format of a report file's bytes: 'pdf', 'docx', 'html' or 'text'.

    >>> sniff("a.txt", b"%PDF-1.7 ..."), sniff("a.pdf", "山西".encode("utf-8"))
    ('pdf', 'text')
    >>> sniff("page.txt", b"<!DOCTYPE html><html><body><p>...</p></body></html>")
    'html'
    """
    if b"%PDF-" in raw[:1024]:
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        return _zip_format(name, raw)
    for magic, what in _REFUSED:
        if raw.startswith(magic):
            raise InputError(f"{name} is {what}; save it as .docx, PDF or UTF-8 text and try again")
    head = raw[:4096].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if head.startswith(b"<") and _HTML.search(head):
        return "html"
    return "text"


def _zip_format(name, raw):
    try:
        names = zipfile.ZipFile(io.BytesIO(raw)).namelist()
    except (zipfile.BadZipFile, ValueError):
        raise InputError(f"{name} is a damaged ZIP or Word file; save it again as .docx or PDF") from None
    if "word/document.xml" in names:
        return "docx"
    raise InputError(f"{name} is a ZIP archive, not a Word .docx report; unpack it, or save the report as .docx or PDF")


def to_text(name, raw):
    """A report file's format, text and the offsets in that text where its pages start (PDF only)."""
    fmt = sniff(name, raw)
    if fmt == "html" and is_kg_page(raw):
        raise InputError(f"{name} is a page kg drew from a graph, not a report; leave it out")
    if fmt == "text":
        return fmt, decode(name, raw), ()
    module_name, library, extra, label = READERS[fmt]
    try:
        importlib.import_module(library)
    except ImportError:
        raise InputError(f"{name}: reading {label} needs the {extra} extra; install it with "
                         f"pip install 'kg[{extra}]' and try again") from None
    text, pages = importlib.import_module(f".{module_name}", __name__).read(name, raw)
    if not text.strip():
        raise InputError(f"{name} holds no text; give a report with text in it")
    return fmt, text, pages
