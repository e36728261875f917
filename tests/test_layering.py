"""The package layout is the pipeline: each stage imports only the stages below it, and nothing imports in a cycle."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
# Lower layers first. A module may import its own layer and the layers below it, never one above.
LAYERS = (
    {"model", "errors", "lexicon", "vocab"},  # plain data, errors, shipped word lists, ontology terms
    {"text"},
    {"extract"},
    {"rdf"},
    {"sparql"},
    {"store"},
    {"viz"},
    {"pipeline", "api", "__init__"},
    {"cli", "__main__"},
)
MAX_LINES = 400


def _unit(module):
    """The layer unit of a dotted module name inside kg: its subpackage, or the top-level module."""
    return module.split(".")[1] if module.count(".") else "__init__"


def _rank(unit):
    return next(i for i, layer in enumerate(LAYERS) if unit in layer)


def _module_name(path):
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path):
    """kg modules a file imports, at the top or inside functions (lazy imports count too)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "kg" or target.startswith("kg."):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names
                             if (PACKAGE.parent / f"{target}.{alias.name}".replace(".", "/")).exists()
                             or (PACKAGE.parent / (f"{target}.{alias.name}".replace(".", "/") + ".py")).exists())
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("kg."))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_its_layer_and_below(path):
    unit = _unit(_module_name(path)) if path.name != "__init__.py" or path.parent != PACKAGE else "__init__"
    upward = [target for target in _imports(path)
              if target != "kg" and _rank(_unit(target)) > _rank(unit)]
    assert not upward, f"{path.relative_to(PACKAGE)} ({unit}) imports a later stage: {sorted(upward)}"


def test_no_import_cycles_between_packages():
    edges = {}
    for path in MODULES:
        source = _unit(_module_name(path)) if not (path.name == "__init__.py" and path.parent == PACKAGE) else "__init__"
        for target in _imports(path):
            if target != "kg" and _unit(target) != source:
                edges.setdefault(source, set()).add(_unit(target))
    state = {}

    def visit(node, trail):
        if state.get(node) == "open":
            raise AssertionError("import cycle: " + " → ".join(trail + [node]))
        if state.get(node) == "done":
            return
        state[node] = "open"
        for nxt in sorted(edges.get(node, ())):
            visit(nxt, trail + [node])
        state[node] = "done"

    for node in sorted(edges):
        visit(node, [])


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_too_long_to_read(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines; split it by what it does"


def test_the_check_catches_an_upward_import(tmp_path):
    bad = PACKAGE / "text" / "_probe_upward.py"
    try:
        bad.write_text("from ..rdf.graph import new_graph\n", encoding="utf-8")
        assert "kg.rdf.graph" in _imports(bad)
        assert _rank(_unit("kg.rdf.graph")) > _rank(_unit(_module_name(bad)))
    finally:
        bad.unlink()
