"""kg query: read-only SPARQL on a graph file or a store, and the named queries."""
import sys

import click

from .app import cli, echo_bytes, parse_params


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
    from ..sparql.engine import list_queries, load_graph, named_query, run_query
    from ..sparql.results import format_result

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
        text, bindings = named_query(name, parse_params(params))
    elif query_file is not None:
        text = query_file.read()
    elif query_text is not None:
        text = query_text
    else:
        text = sys.stdin.read()
    if not text.strip():
        raise click.UsageError("no query given: pass QUERY, -f FILE, --name NAME, or pipe one on stdin")
    if store_dir:
        from ..store.local import query_store

        result = query_store(store_dir, text, bindings, allow_remote=allow_remote)
    else:
        result = run_query(load_graph(graph_file, allow_remote=allow_remote), text, bindings, allow_remote=allow_remote)
    if result.kind == "graph" and fmt == "table":
        fmt = "turtle"
    echo_bytes(format_result(result, fmt, bom=bom))
