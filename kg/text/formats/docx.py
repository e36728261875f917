"""Reading stage: Word (.docx) reports through python-docx: body paragraphs in order, tables as rows of cells.

Page headers, footers and comments are not the report's text and are left out.
"""
import io

from ...errors import InputError


def read(name, raw):
    """The text of a .docx file (one line per paragraph, a table row per line, cells split by tabs); no pages."""
    import docx
    from docx.table import Table

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
