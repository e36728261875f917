"""kg query: read-only SPARQL on a graph file or a store, and the named queries."""
import re
from pathlib import Path

import click

from .app import (GRAPH_FORMATS, MAX_QUERY_BYTES, STDOUT, cli, decode_query, parse_params, read_bounded, stdin_text,
                  verbosity)
from .limits import DEFAULT_TIMEOUT, bounded

ROW_FORMATS = ("table", "csv", "tsv", "json", "xml")


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.argument("query_text", metavar="QUERY", required=False)
@click.option("-f", "--file", "query_file", type=click.File("rb"), help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(ROW_FORMATS + GRAPH_FORMATS),
              help="Output format: rows as table, csv, tsv, json or xml; CONSTRUCT/DESCRIBE graphs as turtle, "
                   "nt, nquads, trig, json-ld or xml.")
@click.option("-o", "--output", default=STDOUT, show_default=True, help="File to write (- is stdout).")
@click.option("--bom", is_flag=True, help="Start CSV output with a UTF-8 BOM (for spreadsheet programs).")
@click.option("--raw", is_flag=True,
              help="Write values as they are: CSV cells a spreadsheet would run as a formula (=, +, -, @), and "
                   "tables' decimals (2570000000000.0, not 2.57万亿).")
@click.option("--name", help="Run a named query shipped with kg (see --list).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Parameter of a named query.")
@click.option("--list", "list_names", is_flag=True,
              help="List the named queries with their parameters, and kg's prefixes, and exit.")
@click.option("--allow-remote", is_flag=True, help="Allow SERVICE and remote JSON-LD contexts (off by default).")
@click.option("--store", "store_dir", metavar="DIR", help="Query an on-disk store instead of a GRAPH file.")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds the query may run before kg stops it.")
@click.option("--max-memory", type=click.IntRange(min=64), metavar="MB",
              help="Memory the query may use before kg stops it [default: half the least of the machine's, "
                   "ulimit -v and the container's].")
@verbosity
def query(graph_file, query_text, query_file, fmt, output, bom, raw, name, params, list_names, allow_remote,
          store_dir, timeout, max_memory):
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on a graph.

    The query comes from QUERY, -f FILE, --name NAME, or stdin. kg's prefixes
    (kg:, kgid:, rdfs:, xsd: and the rest that --list shows) are predeclared. Rows are
    written as they come; SELECT * columns follow the order of the query's variables.
    The format comes from --format, else -o's suffix (.csv .tsv .json .xml for rows,
    .ttl .nt .nq .trig .jsonld .rdf for graphs), else a table (Turtle for graphs).

    \b
    Example:
      kg query out/graph.ttl "SELECT ?l WHERE { ?i a kg:Indicator ; rdfs:label ?l } LIMIT 5"
      kg query out/graph.ttl --name figures-for-region-year --param region=山西 --param year=2023
      kg query --store out/store --name national-ranks --format csv -o ranks.csv
    """
    from ..sparql.engine import named_query

    if list_names:
        click.echo(_listing(), nl=False)
        return
    if store_dir and query_text is None:
        graph_file, query_text = None, graph_file  # with --store the only argument is the query
    if graph_file is None and not store_dir:
        raise click.UsageError("give a GRAPH file (or --store DIR) to query, or --list")
    bindings = None
    if name:
        text, bindings = named_query(name, parse_params(params))
    elif query_file is not None:
        text = decode_query(read_bounded(query_file, query_file.name, MAX_QUERY_BYTES, "a query"), query_file.name)
    elif query_text is not None:
        text = query_text
    else:
        text = stdin_text()
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise click.UsageError("no query given: pass QUERY, -f FILE, --name NAME, or pipe one on stdin")
    bounded(lambda stream: _run(graph_file, store_dir, text, bindings, allow_remote, fmt, output, bom, raw, stream),
            output, timeout, f"the query on {store_dir or graph_file}", max_memory)


def _run(graph_file, store_dir, text, bindings, allow_remote, fmt, output, bom, raw, stream):
    from ..sparql.engine import load_graph, load_store, run_query
    from ..sparql.results import write_result

    if store_dir:
        from ..store.local import query_store

        result = query_store(store_dir, text, bindings, allow_remote=allow_remote, stream=True)
    else:
        # On Oxigraph in memory, many times faster than rdflib; rdflib only where remote data is allowed in
        graph = load_graph(graph_file, allow_remote=True) if allow_remote else load_store(graph_file)
        result = run_query(graph, text, bindings, allow_remote=allow_remote, stream=True)
    write_result(result, fmt or _by_suffix(output, result.kind), stream, bom=bom, raw=raw)


def _by_suffix(output, kind):
    """The format -o's suffix names for this kind of result; a table (Turtle for graphs) otherwise."""
    from ..rdf.formats import FORMATS

    suffix = Path(output).suffix.lower() if output != STDOUT else ""
    if kind == "graph":
        return next((f.name for f in FORMATS if suffix in f.suffixes), "turtle")
    return suffix[1:] if suffix[1:] in ROW_FORMATS[1:] else "table"


def _listing():
    """The named queries, each with its description and parameters (type, required or optional)."""
    from ..sparql.named import list_queries, param_default, query_params
    from ..vocab import PREFIXES

    lines = []
    for query_name, description in list_queries():
        lines.append(f"{query_name:26} {description}")
        for pname, ptype, optional, about in query_params(query_name):
            default = param_default(about) if optional else None
            need = f"optional, default: {default}" if default else "optional" if optional else "required"
            about = re.sub(r"\s*\(default:[^)]*\)", "", about)
            lines.append(f"    --param {pname}=<{ptype}>  {need} — {about}")
    lines += ["", "Prefixes every query may use:"] + [f"    PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()]
    return "\n".join(lines) + "\n"
