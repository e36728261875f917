"""kg export and kg validate: a graph converted, or checked against kg's shapes."""
import click

from .app import GRAPH_FORMATS, STDOUT, cli, is_quiet, shown, source_graph, status, verbosity, write_output


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.option("--format", "fmt", type=click.Choice(GRAPH_FORMATS),
              help="Format to write [default: from -o's suffix; Turtle on stdout].")
@click.option("-o", "--output", default=STDOUT, show_default=True, help="File to write (- is stdout).")
@click.option("--store", "store_dir", metavar="DIR", help="Export a store's report graphs.")
@verbosity
def export(graph_file, fmt, output, store_dir):
    """Convert a graph (or a store) to Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML.

    The format comes from --format or -o's suffix (.ttl .nt .nq .trig .jsonld .rdf).
    N-Quads and TriG keep one named graph per report (a store's, or a TriG/N-Quads file's);
    the other formats write their union.

    \b
    Example:
      kg export out/graph.ttl --format json-ld -o out/graph.jsonld
      kg export --store out/store -o out/reports.trig
      kg export out/graph.ttl --format nt | sort | head
    """
    from ..rdf.formats import graph_format as find
    from ..rdf.outputs import serialize

    chosen = find(output, fmt)  # an unknown suffix is refused before anything is read
    graph = source_graph(graph_file, store_dir, keep_graphs=chosen.quads)
    write_output(output, serialize(graph, chosen))
    status(f"wrote {shown(output)}: {_count(graph)} triples ({chosen.name})")


def _count(graph):
    from rdflib import Dataset

    return sum(1 for _ in graph.quads((None, None, None, None))) if isinstance(graph, Dataset) else len(graph)


@cli.command()
@click.argument("graph_file", metavar="GRAPH")
@verbosity
def validate(graph_file):
    """Check a graph against kg's SHACL shapes; exit 1 when it breaks any.

    Each violation is one line on stdout: focus node — property — what is wrong.

    \b
    Example:
      kg validate out/graph.ttl
    """
    from ..rdf.validate import validate as check
    from ..sparql.engine import load_graph

    violations = check(load_graph(graph_file))
    if not violations:
        if not is_quiet():
            click.echo(f"{graph_file}: conforms to kg's shapes")  # the answer, on stdout; -q leaves the exit code
        return
    for violation in violations:
        click.echo(f"{violation.focus} — {violation.path or '(the node itself)'} — {violation.message}")
    raise click.ClickException(f"{graph_file}: {len(violations)} violation(s) of kg's shapes")

