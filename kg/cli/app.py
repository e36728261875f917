"""CLI stage: the kg group, its error handling and the helpers its commands share.

kg/cli/ is the only package that prints, reads stdin or exits; one module per command.
"""
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from .. import __version__
from ..errors import KgError

DEFAULT_INPUT = "data/reports"
DEFAULT_OUTPUT = "out/graph.ttl"
GRAPH_FORMATS = ("turtle", "nt", "json-ld")
SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}


class KgGroup(click.Group):
    """Turns every KgError into a one-line message and exit status 1, in one place."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or ''}: {exc.strerror}".lstrip(": ")) from None


def _version():
    try:
        return version("kg")
    except PackageNotFoundError:
        return __version__


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="kg")
def cli():
    """Build and explore knowledge graphs of Chinese government work reports.

    \b
    Example:
      kg build data/reports -o out/graph.ttl
    """


def stdin_bytes(inputs):
    return sys.stdin.buffer.read() if "-" in inputs else None


def graph_format(path, fmt):
    return fmt or SUFFIX_FORMATS.get(Path(path).suffix.lower(), "turtle")


def parse_params(pairs):
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param {pair}: write it as KEY=VALUE")
        params[key.strip()] = value.strip()
    return params


def echo_bytes(text):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    sys.stdout.buffer.write(data)
    if not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.buffer.flush()


def source_graph(graph_file, store_dir):
    """The graph a command reads: a file, or the union of a store's report graphs."""
    if store_dir:
        from ..store.local import store_to_graph

        return store_to_graph(store_dir)
    if graph_file is None:
        raise click.UsageError("give a GRAPH file or --store DIR")
    from ..sparql.engine import load_graph

    return load_graph(graph_file)
