"""kg viz: a graph drawn as an offline HTML network page."""
import click

from .app import cli, source_graph


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
    from ..viz import DEFAULT_MAX_NODES, to_network, write_html

    view = to_network(source_graph(graph_file, store_dir), focus=focus, depth=depth,
                      types=[t.strip() for t in types.split(",") if t.strip()] if types else None,
                      max_nodes=max_nodes or DEFAULT_MAX_NODES)
    write_html(view, output)
    click.echo(f"wrote {output}: {view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges")
