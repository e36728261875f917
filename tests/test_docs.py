"""Docs and vocabulary stay true: README shows every command; code and ontology declare the same terms."""
import ast
import doctest
import re

from rdflib import OWL, RDF, URIRef

from kg.cli import cli
from kg.vocab import KG

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_quick_start_commands():
    commands = re.findall(r"^    (pip install .*)$", README, flags=re.MULTILINE)
    assert commands[:2] == ["pip install -e . && kg build", "pip install -e '.[test]' && python -m pytest"]
    assert "pip install -e '.[test]' && python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_with_an_example():
    for name in cli.commands:
        assert f"### kg {name}" in README, name
        assert re.search(rf"^    kg {name} ", README, flags=re.MULTILINE), name


def test_every_term_the_code_declares_is_in_the_ontology(ontology):
    declared = {str(s) for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(str(KG._NS))}
    code_terms = {str(KG._NS) + name for name in KG.__annotations__}
    assert code_terms == declared


def test_every_kg_term_used_in_code_is_declared():
    used = set()
    for path in (ROOT / "kg").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "KG":
                used.add(node.attr)
    assert used <= set(KG.__annotations__) | {"_NS"}


def test_every_class_and_property_has_labels_in_two_languages_and_a_comment(ontology):
    from rdflib.namespace import RDFS

    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ontology.subjects(RDF.type, kind):
            languages = {label.language for label in ontology.objects(term, RDFS.label)}
            assert {"zh", "en"} <= languages, term
            assert ontology.value(term, RDFS.comment) is not None, term


def test_the_readme_library_example_runs_as_printed(monkeypatch):
    block = re.search(r"## Library use\n\n```python\n(.*?)```", README, flags=re.DOTALL).group(1)
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(block, {}, "README.md Library use", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=lambda text: None)
    assert test.examples and runner.failures == 0, "README's Library use block no longer prints what it shows"


def test_skipped_tests_say_why_in_the_summary():
    import configparser

    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    assert "-rs" in config["tool:pytest"]["addopts"].split()  # the summary lists each skip with its reason
    for path in (ROOT / "tests").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("skip", "skipif"):
                has_reason = node.args[1:] if node.func.attr == "skipif" else node.args
                assert has_reason or any(k.arg == "reason" for k in node.keywords), f"{path.name}:{node.lineno}"
