"""Shared fixtures: a CliRunner, the ontology graph, the sample report, golden-file updating."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from .oxigraph_server import oxigraph_server  # noqa: F401 (a fixture the push tests share)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "reports" / "shanxi-2024.txt"
NATIONAL = ROOT / "data" / "corpus" / "national"
EVAL = ROOT / "eval"
# the gold builders write their JSON when run, with goldkit's helpers; they are scripts, not test modules
collect_ignore_glob = ["gold/*.py"]


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/cases/*/expected.ttl")
    parser.addoption("--update-readme", action="store_true",
                     help="write what each README example prints now into README.md (see tests/readme_examples.py)")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="session")
def ontology():
    from kg.rdf.validate import ontology_graph

    return ontology_graph()


@pytest.fixture(scope="session")
def sample_graph():
    from kg.pipeline import build_graph

    return build_graph([str(SAMPLE)])


@pytest.fixture
def update_golden(request):
    return request.config.getoption("--update-golden")
