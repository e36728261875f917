"""Query stage: the named queries shipped in kg/sparql/named/*.rq, their parameters and their values."""
import re
from importlib import resources

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from ..errors import QueryError
from ..rdf import iris
from ..text.keys import report_key
from .terms import checked_iri

PARAM_TYPES = ("text", "label", "year", "report", "iri", "integer")
_PARAM = re.compile(r"#\s*param:\s*(\w+)\s+(\w+)(\s+optional)?\s*[-—:]\s*(.*)")


def _query_files():
    return sorted((p for p in resources.files("kg").joinpath("sparql", "named").iterdir() if p.name.endswith(".rq")),
                  key=lambda p: p.name)


def list_queries():
    """The named queries shipped with kg as [(name, description)]."""
    return [(p.name[:-3], p.read_text("utf-8").splitlines()[0].lstrip("# ").strip()) for p in _query_files()]


def query_params(name):
    """The parameters of a named query as [(name, type, optional, description)]."""
    return [(m[1], m[2], bool(m[3]), m[4].strip())
            for m in map(_PARAM.match, _read_named(name).splitlines()) if m]


def param_default(description):
    """What an optional parameter means when left out, as its description says it.

    >>> param_default("rank scope: 全国 (default), 区域 or 全省"), param_default("e.g. 2023 (default: all years)")
    ('全国', 'all years')
    """
    match = re.search(r"\(default:\s*([^)]*)\)", description) or re.search(r"(\S+) \(default\)", description)
    return match.group(1).strip() if match else None


def named_query(name, params, how="--param {name}=VALUE"):
    """The text of named query NAME and its bindings: each $param bound to a typed RDF term.

    Values never enter the query text, so a label like 山西" } DROP … stays a literal. `how` says how
    the caller passes a parameter (the command's --param, the library's keyword argument).
    """
    text = _read_named(name)
    declared = {p[0]: p for p in query_params(name)}
    unknown = set(params) - set(declared)
    if unknown:
        raise QueryError(f"query {name} has no parameter {', '.join(sorted(unknown))}; "
                         f"it takes {', '.join(declared) or 'none'}")
    bindings = {}
    for pname, ptype, optional, _ in declared.values():
        value = params.get(pname)
        if value is None or value == "":
            if not optional:
                raise QueryError(f"query {name} needs {how.format(name=pname)}")
            continue
        bindings[pname] = _param_term(pname, ptype, str(value))
    return select_blocks(text, bindings), bindings


def select_blocks(text, bindings):
    r"""Keep the lines between `# @if NAME` and `# @endif` only when NAME is bound (`# @ifnot NAME`: unbound).

    Lets one query take the fast path for each case: a pattern with a free parameter would
    otherwise match everything before a FILTER throws it away.

    >>> select_blocks("a\n# @if region\nb\n# @endif\n# @ifnot region\nc\n# @endif", {})
    'a\nc'
    """
    kept, keep = [], [True]
    for line in text.splitlines():
        match = re.match(r"\s*# @(if|ifnot|endif)\b\s*(\w*)", line)
        if match and match.group(1) == "endif":
            keep.pop()
        elif match:
            bound = match.group(2) in bindings
            keep.append(keep[-1] and (bound if match.group(1) == "if" else not bound))
        elif keep[-1]:
            kept.append(line)
    return "\n".join(kept)


def _read_named(name):
    for path in _query_files():
        if path.name == f"{name}.rq":
            return path.read_text("utf-8")
    names = ", ".join(n for n, _ in list_queries())
    raise QueryError(f"unknown named query {name}; kg has {names}")


def _param_term(pname, ptype, value):
    value = value.strip()
    if ptype == "year":
        year = value.rstrip("年")
        if not re.fullmatch(r"\d{4}", year):
            raise QueryError(f"parameter {pname} must be a year like 2023, not {value!r}")
        return Literal(year, datatype=XSD.gYear)
    if ptype == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"parameter {pname} must be a whole number, not {value!r}")
        return Literal(int(value))
    if ptype == "report":
        if value.startswith(str(iris.ID)):
            return URIRef(checked_iri(value, f"parameter {pname}"))
        return iris.report_iri(report_key(value))
    if ptype == "iri":
        return URIRef(checked_iri(value, f"parameter {pname}"))
    if ptype == "label":
        # Exact terms let a store use its indexes; a label is written in Chinese or in pinyin.
        return (Literal(value, lang="zh"), Literal(value, lang="zh-latn-pinyin"), Literal(value))
    return Literal(value)
