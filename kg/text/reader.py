"""Reading stage: report files, folders and stdin into Documents (text, PDF, web pages, Word files)."""
import hashlib
import os
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .formats import SUFFIXES, is_kg_page, to_text
from .normalize import layout

STDIN = "-"


def report_paths(inputs):
    """Expand inputs into report paths: files as given, folders into the reports below them in sorted order."""
    paths = []
    for item in inputs:
        if item == STDIN:
            paths.append(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            found = reports_below(path)
            if not found:
                raise InputError(f"{item}: no report files ({', '.join('*' + s for s in SUFFIXES)}) in this folder")
            paths.extend(str(p) for p in found)
        elif path.is_file():
            paths.append(str(path))
        else:
            raise InputError(f"{item}: no such file or folder")
    return paths


def reports_below(folder):
    """Every report file below a folder (any case of suffix), sorted; an unreadable subfolder is an error."""
    def refuse(exc):
        raise InputError(f"{exc.filename}: cannot read this folder ({exc.strerror}); "
                         "fix its permissions or move it out of the input folder")

    found, seen = [], {os.path.realpath(folder)}
    # linked folders are followed (each real folder once, so a link to a parent is no loop)
    for root, dirs, files in os.walk(folder, onerror=refuse, followlinks=True):
        # hidden folders (.git) and Office lock files (~$report.docx) are not reports
        dirs[:] = [d for d in dirs if not d.startswith(".") and _first_visit(Path(root, d), seen)]
        found.extend(Path(root, f) for f in files if f.lower().endswith(SUFFIXES) and not f.startswith((".", "~$")))
    for path in found:
        if path.is_symlink() and not path.exists():
            raise InputError(f"{path} is a link to {os.readlink(path)}, which is not there; remove the link or "
                             "restore its file")
    return sorted(p for p in found if p.is_file() and not _drawn_by_kg(p))


def _first_visit(folder, seen):
    real = os.path.realpath(folder)
    if real in seen:
        return False
    seen.add(real)
    return True


def _drawn_by_kg(path):
    """A page an earlier kg build drew into the folder (graph.html beside graph.ttl): an output, not a report."""
    if not path.name.lower().endswith((".html", ".htm")):
        return False
    try:
        with path.open("rb") as handle:
            return is_kg_page(handle.read(2048))
    except OSError:
        return False


def read_document(path, stdin_bytes=None):
    """Read one report from a path (or the bytes of stdin for '-') into a Document, whatever its format."""
    if path == STDIN:
        raw, name = stdin_bytes or b"", "stdin"
    else:
        name = path
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror}); check the path and its permissions") from None
    fmt, text, pages = to_text(name, raw)
    limit = layout()["reports"]["max_chars"]
    if len(text) > limit:
        raise InputError(f"{name} holds {len(text):,} characters, more than one report can ({limit:,}; the longest "
                         "State Council report holds 57,591); split it into its reports and try again")
    return Document(name=name, text=text, checksum="sha256:" + hashlib.sha256(raw).hexdigest(),
                    format=fmt, pages=pages)

