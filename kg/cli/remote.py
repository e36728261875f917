"""kg remove and kg push: change a store, or load a graph into a remote triple store."""
import sys

import click

from .app import cli, is_quiet, source_graph, status, verbosity


@cli.command()
@click.argument("report")
@click.option("--store", "store_dir", metavar="DIR", required=True, help="The store to remove the report from.")
@verbosity
def remove(report, store_dir):
    """Remove one report's graph from a store (by key, e.g. shanxi-2024, or IRI).

    Entities other reports also name stay.

    \b
    Example:
      kg remove --store out/store shanxi-2024
    """
    from ..store.local import count_triples, remove_report

    removed = remove_report(store_dir, report)
    status(f"removed {report}: {removed} triples; store {store_dir}: {count_triples(store_dir)} triples")


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
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds each request may take in all, however slowly the server answers.")
@verbosity
def push(graph_file, store_dir, endpoint, graph_iri, update_endpoint, query_endpoint, user, password, token,
         chunk_triples, timeout):
    """Load a graph (or a store) into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    Sends it in chunks with a progress bar, retries failed chunks, and checks the count of
    triples in the target graph afterwards.

    \b
    Example:
      kg push out/graph.ttl --endpoint http://localhost:7878/store --graph https://example.org/reports
    """
    from ..sparql.terms import checked_iri
    from ..store.http import checked_url, redact
    from ..store.push import push as push_graph

    if token and user:
        raise click.UsageError("use --user/--password or --token, not both")
    auth = token or ((user, password or "") if user else None)
    for url, what in ((endpoint, "--endpoint"), (update_endpoint, "--update-endpoint"),
                      (query_endpoint, "--query-endpoint")):
        if url:
            checked_url(url, what)  # before reading a big graph
    if graph_iri:
        checked_iri(graph_iri, "--graph")
    graph = source_graph(graph_file, store_dir)
    with click.progressbar(length=len(graph), label="pushing", file=sys.stderr,
                           hidden=is_quiet() or not sys.stderr.isatty()) as bar:
        sent = {"n": 0}

        def progress(done, total):
            bar.update(done - sent["n"])
            sent["n"] = done

        report = push_graph(graph, endpoint, graph_iri=graph_iri, auth=auth, chunk_triples=chunk_triples,
                            progress=progress, update_endpoint=update_endpoint, query_endpoint=query_endpoint,
                            timeout=timeout)
    status(f"pushed {report.triples} triples in {report.chunks} chunk(s) to "
           f"{graph_iri or 'the default graph'} at {redact(endpoint)} in {report.seconds:.1f}s; count checked")
