"""kg export and kg validate: a graph converted, or checked against kg's shapes."""
import click

from .app import GRAPH_FORMATS, cli, graph_format, source_graph


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
    from ..rdf.outputs import write_graph

    graph = source_graph(graph_file, store_dir)
    write_graph(graph, output, graph_format(output, fmt))
    click.echo(f"wrote {output}: {len(graph)} triples")


@cli.command()
@click.argument("graph_file", metavar="GRAPH")
def validate(graph_file):
    """Check a graph against kg's SHACL shapes; exit 1 when it breaks any.

    \b
    Example:
      kg validate out/graph.ttl
    """
    from ..sparql.engine import load_graph
    from ..rdf.validate import validate as check

    violations = check(load_graph(graph_file))
    if not violations:
        click.echo(f"{graph_file}: conforms to kg's shapes")
        return
    for violation in violations:
        click.echo(f"{violation.focus}  {violation.path}: {violation.message}")
    raise click.ClickException(f"{graph_file}: {len(violations)} violation(s) of kg's shapes")
