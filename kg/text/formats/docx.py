"""Reading stage: Word (.docx) reports through python-docx: body paragraphs in order, tables as rows of cells.

Page headers, footers and comments are not the report's text and are left out.
"""
import io

import zipfile

from ...errors import InputError

# what a Word report unpacks to, at most: the largest real reports' document.xml is a few MB; a zip bomb is
# refused before any XML is read (zipfile never reads past a member's declared size)
MAX_UNPACKED = 200 * 1024 * 1024


def read(name, raw):
    """The text of a .docx file (one line per paragraph, a table row per line, cells split by tabs); no pages."""
    import docx
    from docx.table import Table

    _refuse_bomb(name, raw)
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises whatever its zip and XML layers meet
        raise InputError(f"{name} is a damaged Word file ({type(exc).__name__}); "
                         "open and save it again as .docx or PDF, then try again") from None
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(table_rows(block))
        else:
            lines.append(block.text)
    return "\n".join(lines), ()


def _refuse_bomb(name, raw):
    try:
        members = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, ValueError):
        return  # python-docx names the damage
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED:
        raise InputError(f"{name} unpacks to {unpacked / 2**20:,.0f} MB, more than a Word report holds "
                         f"({MAX_UNPACKED // 2**20} MB at most: a zip bomb?); save the report as PDF or text")


def table_rows(table):
    """A table's rows as lines, cells split by tabs (a merged cell counted once)."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split("\n")))
        rows.append("\t".join(cells))
    return rows
