"""Output stage: graphs serialized deterministically and written atomically."""
import json
import os
import stat
import tempfile
from pathlib import Path

from ..errors import GraphError

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "json-ld": "json-ld", "jsonld": "json-ld"}


def serialize(graph, fmt="turtle"):
    """Bytes of graph in fmt; the same graph always gives the same bytes."""
    fmt = FORMATS.get(fmt)
    if fmt is None:
        raise GraphError(f"unknown graph format; use one of {', '.join(sorted(set(FORMATS.values())))}")
    if fmt == "nt":
        lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(line for line in lines if line.strip())) + "\n").encode("utf-8")
    if fmt == "json-ld":
        context = {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}
        data = json.loads(graph.serialize(format="json-ld", context=context, encoding="utf-8"))
        return (json.dumps(_sorted_jsonld(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return graph.serialize(format="turtle", encoding="utf-8")


def _sorted_jsonld(data):
    """JSON-LD with nodes and value lists in a stable order (rdflib follows store order)."""
    if isinstance(data, dict):
        return {key: _sorted_jsonld(value) for key, value in data.items()}
    if isinstance(data, list):
        items = [_sorted_jsonld(item) for item in data]
        return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return data


def write_atomic(path, data):
    """Write bytes to path through a temporary file renamed into place: never a half-written file.

    A symlink is written through (its target replaced, the link kept); a device, FIFO or socket
    (/dev/null, /dev/stdout, a named pipe) is written directly, never replaced by a file; a
    folder is refused.
    """
    return write_all([(path, data)])[0]


def write_all(outputs):
    """Write several (path, bytes) as one result: every file is staged before any is renamed into place.

    Returns the paths. When staging fails, no target has changed.
    """
    staged = []
    try:
        for path, data in outputs:
            staged.append(_stage(Path(path), data))
        for target, temporary in staged:
            if temporary is not None:
                os.replace(temporary, target)
    except BaseException:
        for _, temporary in staged:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
        raise
    return [Path(path) for path, _ in outputs]


def _stage(path, data):
    """(target, temporary) with data written to the temporary file beside target; devices get it now."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise GraphError(f"{path}: cannot write ({exc.strerror})") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise GraphError(f"{path} is a folder; give a file name to write, e.g. {path / 'graph.ttl'}")
    if mode is not None and not stat.S_ISREG(mode) or _is_special(path):
        _write_through(path, data)  # a device or pipe: it cannot be replaced, only written
        return path, None
    target = Path(os.path.realpath(path))  # through symlinks: replace the file, keep the link
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise GraphError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp makes 0600: keep the mode of the file replaced, else an ordinary file's
        os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise GraphError(f"{path}: cannot write ({exc.strerror}); it is unchanged") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target, temporary


def _is_special(path):
    """/dev/stdout, /dev/fd/N and /proc/… name streams, never files to replace, whatever they point at."""
    text = os.path.abspath(path)
    return text in ("/dev/stdout", "/dev/stderr") or text.startswith(("/dev/fd/", "/proc/"))


def _write_through(path, data):
    try:
        with open(path, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise GraphError(f"{path}: cannot write ({exc.strerror})") from None


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_graph(graph, path, fmt="turtle"):
    """Serialize graph and write it atomically to path."""
    return write_atomic(path, serialize(graph, fmt))
