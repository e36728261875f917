"""CLI stage: the kg command; the only module that prints, reads stdin or exits."""
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from . import __version__
from .errors import KgError

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


def _stdin_bytes(inputs):
    return sys.stdin.buffer.read() if "-" in inputs else None


def _graph_format(path, fmt):
    return fmt or SUFFIX_FORMATS.get(Path(path).suffix.lower(), "turtle")


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", default=None, help=f"Graph file to write [default: {DEFAULT_OUTPUT}, none with --store].")
@click.option("--format", "fmt", type=click.Choice(GRAPH_FORMATS), help="Graph format (default: from the suffix).")
@click.option("--store", "store_dir", metavar="DIR",
              help="Build into an on-disk Oxigraph store: one named graph per report, replaced when rebuilt.")
@click.option("--region", help="Region the reports are about (overrides the text), e.g. 山西省.")
@click.option("--year", type=int, help="Year the reports review (overrides the text), e.g. 2023.")
@click.option("--html/--no-html", default=True, show_default=True,
              help="Also write the network page (graph.html) next to the graph file.")
def build(inputs, output, fmt, store_dir, region, year, html):
    """Build a graph from report files, folders of *.txt, or - for stdin.

    With no INPUTS, builds data/reports into out/graph.ttl (and out/graph.html).
    With --store, each report goes into the store as its own named graph.

    \b
    Example:
      kg build data/reports/shanxi-2024.txt -o out/graph.ttl
      kg build data/reports --store out/store
    """
    from .outputs import write_graph
    from .pipeline import GRAPH_STAGES, parse_paths, to_graph

    started = time.perf_counter()
    inputs = inputs or (DEFAULT_INPUT,)
    parsed = parse_paths(inputs, region, year, _stdin_bytes(inputs))
    if store_dir:
        _build_into_store(parsed, store_dir, started)
        if output is None:
            return
    output = output or DEFAULT_OUTPUT
    graph = to_graph(parsed, extra=GRAPH_STAGES)
    write_graph(graph, output, _graph_format(output, fmt))
    if html:
        from .viz import to_network, write_html

        write_html(to_network(graph), Path(output).with_name("graph.html"))
    elapsed = time.perf_counter() - started
    click.echo(_summary(graph, len(parsed), output, elapsed))


def _build_into_store(parsed, store_dir, started):
    from .pipeline import store_reports
    from .store import count_triples

    for key, count in store_reports(parsed, store_dir):
        click.echo(f"stored {key}: {count} triples")
    click.echo(f"store {store_dir}: {count_triples(store_dir)} triples in {time.perf_counter() - started:.2f}s")


def _summary(graph, reports, output, elapsed):
    from .graph import ENTITY_CLASSES, count_by_class

    counts = count_by_class(graph)
    entities = ", ".join(f"{name} {counts[name]}" for name in ENTITY_CLASSES if counts[name])
    return (f"wrote {output}: {reports} report(s), {counts['Observation']} observations "
            f"({counts['TargetObservation']} targets), {len(graph)} triples in {elapsed:.2f}s\nentities: {entities}")


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.argument("query_text", metavar="QUERY", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a .rq file.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(("table", "csv", "tsv", "json", "xml", "turtle", "nt")), help="Output format.")
@click.option("--bom", is_flag=True, help="Start CSV output with a UTF-8 BOM (for spreadsheet programs).")
@click.option("--name", help="Run a named query shipped with kg (see --list).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Parameter of a named query.")
@click.option("--list", "list_names", is_flag=True, help="List the named queries and exit.")
@click.option("--allow-remote", is_flag=True, help="Allow FROM <http…> and SERVICE (off by default).")
@click.option("--store", "store_dir", metavar="DIR", help="Query an on-disk store instead of a GRAPH file.")
def query(graph_file, query_text, query_file, fmt, bom, name, params, list_names, allow_remote, store_dir):
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on a graph.

    The query comes from QUERY, -f FILE, --name NAME, or stdin. kg's prefixes
    (kg:, kgid:, rdfs:, skos:, xsd:) are predeclared.

    \b
    Example:
      kg query out/graph.ttl "SELECT ?l WHERE { ?i a kg:Indicator ; rdfs:label ?l } LIMIT 5"
      kg query out/graph.ttl --name figures-for-region-year --param region=山西 --param year=2023
      kg query --store out/store --name national-ranks
    """
    from .query import list_queries, load_graph, named_query, run_query
    from .results import format_result

    if list_names:
        for query_name, description in list_queries():
            click.echo(f"{query_name:28} {description}")
        return
    if store_dir and query_text is None:
        graph_file, query_text = None, graph_file  # with --store the only argument is the query
    if graph_file is None and not store_dir:
        raise click.UsageError("give a GRAPH file (or --store DIR) to query, or --list")
    bindings = None
    if name:
        text, bindings = named_query(name, _params(params))
    elif query_file is not None:
        text = query_file.read()
    elif query_text is not None:
        text = query_text
    else:
        text = sys.stdin.read()
    if not text.strip():
        raise click.UsageError("no query given: pass QUERY, -f FILE, --name NAME, or pipe one on stdin")
    if store_dir:
        from .store import query_store

        result = query_store(store_dir, text, bindings, allow_remote=allow_remote)
    else:
        result = run_query(load_graph(graph_file), text, bindings, allow_remote=allow_remote)
    if result.kind == "graph" and fmt == "table":
        fmt = "turtle"
    _echo(format_result(result, fmt, bom=bom))


def _params(pairs):
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param {pair}: write it as KEY=VALUE")
        params[key.strip()] = value.strip()
    return params


def _echo(text):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    sys.stdout.buffer.write(data)
    if not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.buffer.flush()


def _source_graph(graph_file, store_dir):
    """The graph a command reads: a file, or the union of a store's report graphs."""
    if store_dir:
        from .store import store_to_graph

        return store_to_graph(store_dir)
    if graph_file is None:
        raise click.UsageError("give a GRAPH file or --store DIR")
    from .query import load_graph

    return load_graph(graph_file)


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.option("--format", "fmt", type=click.Choice(GRAPH_FORMATS), help="Format to write (default: from -o's suffix).")
@click.option("-o", "--output", required=True, help="File to write.")
@click.option("--store", "store_dir", metavar="DIR", help="Export the union of a store's report graphs.")
def export(graph_file, fmt, output, store_dir):
    """Convert a graph (or a store) to Turtle, N-Triples or JSON-LD.

    \b
    Example:
      kg export out/graph.ttl --format json-ld -o out/graph.jsonld
      kg export --store out/store -o out/all.nt
    """
    from .outputs import write_graph

    graph = _source_graph(graph_file, store_dir)
    write_graph(graph, output, _graph_format(output, fmt))
    click.echo(f"wrote {output}: {len(graph)} triples")


@cli.command()
@click.argument("graph_file", metavar="GRAPH")
def validate(graph_file):
    """Check a graph against kg's SHACL shapes; exit 1 when it breaks any.

    \b
    Example:
      kg validate out/graph.ttl
    """
    from .query import load_graph
    from .validate import validate as check

    violations = check(load_graph(graph_file))
    if not violations:
        click.echo(f"{graph_file}: conforms to kg's shapes")
        return
    for violation in violations:
        click.echo(f"{violation.focus}  {violation.path}: {violation.message}")
    raise click.ClickException(f"{graph_file}: {len(violations)} violation(s) of kg's shapes")


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.option("-o", "--output", default="out/graph.html", show_default=True, help="HTML page to write.")
@click.option("--focus", metavar="LABEL", help="Draw only the neighbourhood of the entity with this label.")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(min=0), help="Hops around --focus.")
@click.option("--types", metavar="CLASS,...", help="Keep only these classes (e.g. City,County,Program).")
@click.option("--max-nodes", default=None, type=click.IntRange(min=1),
              help="Draw at most this many nodes, the most connected first (default 1000).")
@click.option("--store", "store_dir", metavar="DIR", help="Draw the union of a store's report graphs.")
def viz(graph_file, output, focus, depth, types, max_nodes, store_dir):
    """Draw a graph as an interactive HTML network that works offline.

    GRAPH may be any graph file, including a CONSTRUCT result saved with
    `kg query … --format turtle > part.ttl`.

    \b
    Example:
      kg viz out/graph.ttl --focus 太原 --depth 2 -o out/taiyuan.html
    """
    from .viz import DEFAULT_MAX_NODES, to_network, write_html

    view = to_network(_source_graph(graph_file, store_dir), focus=focus, depth=depth,
                      types=[t.strip() for t in types.split(",") if t.strip()] if types else None,
                      max_nodes=max_nodes or DEFAULT_MAX_NODES)
    write_html(view, output)
    click.echo(f"wrote {output}: {view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges")


@cli.command()
@click.argument("report")
@click.option("--store", "store_dir", metavar="DIR", required=True, help="The store to remove the report from.")
def remove(report, store_dir):
    """Remove one report's graph from a store (by key, e.g. shanxi-2024, or IRI).

    Entities other reports also name stay.

    \b
    Example:
      kg remove --store out/store shanxi-2024
    """
    from .store import count_triples, remove_report

    removed = remove_report(store_dir, report)
    click.echo(f"removed {report}: {removed} triples; store {store_dir}: {count_triples(store_dir)} triples")


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.option("--store", "store_dir", metavar="DIR", help="Push the union of a store's report graphs.")
@click.option("--endpoint", required=True, help="Graph Store Protocol endpoint, e.g. http://localhost:7878/store.")
@click.option("--graph", "graph_iri", metavar="IRI", help="Target named graph (default: the default graph).")
@click.option("--update-endpoint", metavar="URL",
              help="SPARQL Update endpoint: chunks go to a staging graph, then one MOVE replaces the target.")
@click.option("--query-endpoint", metavar="URL", help="SPARQL endpoint used to count the triples afterwards.")
@click.option("--user", help="User for HTTP Basic authentication.")
@click.option("--password", help="Password for HTTP Basic authentication (or env KG_PUSH_PASSWORD).",
              envvar="KG_PUSH_PASSWORD")
@click.option("--token", help="Bearer token (or env KG_PUSH_TOKEN).", envvar="KG_PUSH_TOKEN")
@click.option("--chunk", "chunk_triples", default=50_000, show_default=True, type=click.IntRange(min=1),
              help="Triples per request.")
def push(graph_file, store_dir, endpoint, graph_iri, update_endpoint, query_endpoint, user, password, token,
         chunk_triples):
    """Load a graph (or a store) into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    Sends it in chunks with a progress bar, retries failed chunks, and checks the count of
    triples in the target graph afterwards.

    \b
    Example:
      kg push out/graph.ttl --endpoint http://localhost:7878/store --graph https://example.org/reports
    """
    from .push import push as push_graph

    if token and user:
        raise click.UsageError("use --user/--password or --token, not both")
    auth = token or ((user, password or "") if user else None)
    graph = _source_graph(graph_file, store_dir)
    with click.progressbar(length=len(graph), label="pushing", file=sys.stderr) as bar:
        sent = {"n": 0}

        def progress(done, total):
            bar.update(done - sent["n"])
            sent["n"] = done

        report = push_graph(graph, endpoint, graph_iri=graph_iri, auth=auth, chunk_triples=chunk_triples,
                            progress=progress, update_endpoint=update_endpoint, query_endpoint=query_endpoint)
    click.echo(f"pushed {report.triples} triples in {report.chunks} chunk(s) to "
               f"{graph_iri or 'the default graph'} at {endpoint} in {report.seconds:.1f}s; count checked")


def main():
    cli(prog_name="kg")
