"""CLI stage: the kg group, its error handling and the helpers its commands share.

kg/cli/ is the only package that prints, reads stdin or exits; one module per command. Data goes
to stdout (or -o FILE), status lines to stderr: -q silences them, -v adds detail. Every error is
one line and exit 1 (2 for usage); --debug shows the traceback of an unexpected one.
"""
import functools
import os
import re
import sys
import traceback
from importlib.metadata import PackageNotFoundError, version

import click

from .. import __version__
from ..errors import KgError
from ..rdf.formats import NAMES

DEFAULT_INPUT = "data/reports"
DEFAULT_OUTPUT = "out/graph.ttl"
STDOUT = "-"


GRAPH_FORMATS = NAMES


class KgGroup(click.Group):
    """Turns every error into a one-line message and exit status 1, in one place."""

    def parse_args(self, ctx, args):
        ctx.meta["kg.args"] = [a for a in args if a != "--debug"]  # to name the input in an error
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KgError as exc:
            raise click.ClickException(printable(str(exc))) from None
        except KeyboardInterrupt:
            click.echo("Interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (| head): nothing more to say
            ctx.exit(1)
        except OSError as exc:
            if ctx.meta.get("kg.debug"):
                raise
            where = exc.filename or _invocation(ctx)
            raise click.ClickException(f"{where}: {exc.strerror or exc}") from None
        except MemoryError:
            raise click.ClickException(f"{_invocation(ctx)}: ran out of memory") from None
        except Exception as exc:  # the catch-all: never a traceback unless asked for
            if ctx.meta.get("kg.debug"):
                raise
            detail = str(exc).strip().splitlines()
            raise click.ClickException(
                f"{_invocation(ctx)}: unexpected {type(exc).__name__}" + (f": {detail[0][:200]}" if detail else "") +
                "; this is a bug in kg: rerun with --debug for the traceback and report it") from None


def printable(text):
    r"""text safe for a terminal: control and bidi characters (from a file name, a label) as escapes.

    >>> printable("bad\x1b[2J.txt: no such file")
    'bad\\x1b[2J.txt: no such file'
    """
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                       text)


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _invocation(ctx):
    """The command and its inputs, as the user typed them (kg build data/x.txt), without secrets: the value of a
    --password or --token and the secrets of URLs are shown as ***."""
    from ..store.http import redact

    shown, hide = [], False
    for arg in ctx.meta.get("kg.args", []):
        option, equals, _ = arg.partition("=")
        if hide:
            shown.append("***")
        elif option in _SECRET_OPTIONS and equals:
            shown.append(f"{option}=***")
        else:
            shown.append(redact(arg))
        hide = arg in _SECRET_OPTIONS
    return printable(" ".join(["kg", *shown])[:200])


_SECRET_OPTIONS = ("--password", "--token")


def _version():
    try:
        return version("kg")
    except PackageNotFoundError:
        return __version__


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="kg")
@click.option("-q", "--quiet", is_flag=True, help="Print no status lines (errors still go to stderr).")
@click.option("-v", "--verbose", is_flag=True, help="Print more status detail (per report).")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
@click.pass_context
def cli(ctx, quiet, verbose, debug):
    """Build and explore knowledge graphs of Chinese government work reports.

    Data goes to stdout or -o FILE (-o - is stdout); status lines go to stderr.
    Exit status: 0 ok, 1 bad input, data or query, 2 usage.

    \b
    Example:
      kg build data/reports -o out/graph.ttl
    """
    ctx.meta["kg.debug"] = debug
    _set_level(ctx, quiet, verbose)


def verbosity(command):
    """Give a command its own -q/--quiet and -v/--verbose (as `kg -q CMD` does)."""
    @click.option("-q", "--quiet", "quiet_", is_flag=True, help="Print no status lines.")
    @click.option("-v", "--verbose", "verbose_", is_flag=True, help="Print more status detail.")
    @functools.wraps(command)
    def wrapper(*args, quiet_=False, verbose_=False, **kwargs):
        _set_level(click.get_current_context(), quiet_, verbose_)
        return command(*args, **kwargs)
    return wrapper


def _set_level(ctx, quiet, verbose):
    level = ctx.meta.get("kg.level", 1)
    if quiet:
        level = 0
    elif verbose and level:
        level = 2
    ctx.meta["kg.level"] = level


def status(text, detail=False):
    """A status line on stderr (never mixed into data on stdout); none with -q, detail ones only with -v."""
    ctx = click.get_current_context(silent=True)
    level = ctx.meta.get("kg.level", 1) if ctx else 1
    if level >= (2 if detail else 1):
        click.echo(text, err=True)


def is_quiet():
    ctx = click.get_current_context(silent=True)
    return bool(ctx) and ctx.meta.get("kg.level", 1) == 0


MAX_REPORT_BYTES = 512 * 1024 * 1024  # a report read from stdin: no report is larger; /dev/zero is endless
MAX_QUERY_BYTES = 16 * 1024 * 1024  # a query's text (-f FILE or stdin)


def stdin_bytes(inputs, limit=None, what="a report"):
    """The bytes of stdin when an input is '-', read up to limit (a report's largest); one line when it is closed."""
    if "-" not in inputs:
        return None
    limit = limit or MAX_REPORT_BYTES
    try:
        if sys.stdin is None:
            raise ValueError
        return read_bounded(sys.stdin.buffer, "stdin", limit, what)
    except (ValueError, OSError, AttributeError):
        raise click.ClickException("stdin is closed: pipe the input into kg (kg build - < report.txt) "
                                   "or name a file") from None


def read_bounded(stream, name, limit, what):
    """A stream's bytes, refused with one line past limit bytes (an endless device, a wrong file)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise click.ClickException(f"{name} holds more than {limit // 2**20} MB, more than {what} can be; "
                                   "give the right file")
    return data


def stdin_text():
    """All of stdin as text (UTF-8, a BOM dropped); a one-line error when it is closed or not UTF-8."""
    data = stdin_bytes(["-"], MAX_QUERY_BYTES, "a query")
    return decode_query(data, "stdin")


def decode_query(data, name):
    """Query text from bytes: UTF-8 with or without BOM, else GB18030 (GBK) as Chinese editors save it."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise click.ClickException(f"{name} is not UTF-8 or GB18030 text; save the query as UTF-8")


def graph_format(path, fmt):
    """The graph format for -o path (by suffix) or --format; an unknown suffix is refused with the list."""
    from ..rdf.formats import graph_format as find

    return find(path, fmt).name


def write_output(output, data):
    """Bytes to -o: stdout for '-', else the file, atomically."""
    if output == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from ..rdf.outputs import write_atomic

    write_atomic(output, data)


def shown(output):
    """How a status line names an output."""
    return "stdout" if output == STDOUT else output


def parse_params(pairs):
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param {pair}: write it as KEY=VALUE")
        params[key.strip()] = value.strip()
    return params


def source_graph(graph_file, store_dir, keep_graphs=False):
    """The graph a command reads: a file, or the union of a store's report graphs.

    keep_graphs=True keeps a store's (or a quad file's) named graphs, as a Dataset.
    """
    if store_dir:
        from ..store.local import store_to_dataset, store_to_graph

        return store_to_dataset(store_dir) if keep_graphs else store_to_graph(store_dir)
    if graph_file is None:
        raise click.UsageError("give a GRAPH file or --store DIR")
    from ..sparql.engine import load_graph

    return load_graph(graph_file, keep_graphs=keep_graphs)


def main():
    """The console script: `kg`, with a traceback only under --debug."""
    from .limits import ABANDONED

    try:
        cli(prog_name="kg")
    except SystemExit as exc:
        if ABANDONED:  # a stopped query still runs in its thread: end now, without tearing it down
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
            os._exit(exc.code if isinstance(exc.code, int) else 1)
        raise
    except Exception:  # noqa: BLE001 (click's own machinery failed: still one line)
        if "--debug" in sys.argv:
            raise
        click.echo(f"Error: {traceback.format_exc().strip().splitlines()[-1]}", err=True)
        sys.exit(1)
