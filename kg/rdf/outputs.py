"""Output stage: graphs serialized deterministically and written atomically."""
import json
import os
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
    """Write bytes to path through a temporary file renamed into place: never a half-written file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise GraphError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a graph is an ordinary file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_graph(graph, path, fmt="turtle"):
    """Serialize graph and write it atomically to path."""
    return write_atomic(path, serialize(graph, fmt))
