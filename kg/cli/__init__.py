"""CLI stage: the `kg` command, one module per command; the only package that prints, reads stdin or exits."""
from . import build, graphs, query, remote, series, viz  # noqa: F401 (each registers its command on the group)
from .app import cli, main  # noqa: F401 (the console script and the group)
