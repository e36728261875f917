"""kg viz: a graph drawn as an offline HTML network page."""
import re
from pathlib import Path

import click

from .app import cli, shown, source_graph, status, verbosity

LANGS = ("zh", "en")
_UNSAFE = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')


def default_output(graph_file, store_dir, focus=None, depth=2, types=None, max_nodes=None, lang="zh"):
    """The page's name when -o is not given: the graph's name and the options (out/graph-focus-太原.html),
    never the graph.html that kg build writes beside a graph.

    >>> str(default_output("out/graph.ttl", None, focus="太原"))
    'out/graph-focus-太原.html'
    >>> str(default_output("out/graph.ttl", None)), str(default_output(None, "out/store", types=["City", "County"]))
    ('out/graph-viz.html', 'out/store-types-City-County.html')
    """
    if store_dir:
        source = Path(store_dir)
        base, folder = source.name or "store", source.parent
    elif graph_file and graph_file != "-":
        source = Path(graph_file)
        base, folder = source.stem, source.parent
    else:
        base, folder = "graph", Path("out")
    parts = []
    if focus:
        parts += ["focus", focus] + (["depth", str(depth)] if depth != 2 else [])
    if types:
        parts += ["types", *types]
    if max_nodes:
        parts += ["max", str(max_nodes)]
    if lang != "zh":
        parts.append(lang)
    name = _UNSAFE.sub("_", "-".join([base, *(parts or ["viz"])])).strip("._") or "graph-viz"
    return folder / (name[:120] + ".html")


@cli.command()
@click.argument("graph_file", metavar="GRAPH", required=False)
@click.option("-o", "--output", help="HTML page to write, - for stdout [default: named after GRAPH and the options, "
              "e.g. out/graph-focus-太原.html].")
@click.option("--focus", metavar="LABEL", help="Draw only the neighbourhood of the entity with this label.")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(min=0), help="Hops around --focus.")
@click.option("--types", metavar="CLASS,...", help="Keep only these classes (e.g. City,County,Program).")
@click.option("--max-nodes", default=None, type=click.IntRange(min=1),
              help="Draw at most this many nodes, the most mentioned first (default 2000).")
@click.option("--lang", type=click.Choice(LANGS), default="zh", show_default=True,
              help="Language of the page: its interface and, where the graph or kg's schemes have them, labels.")
@click.option("--store", "store_dir", metavar="DIR", help="Draw the union of a store's report graphs.")
@verbosity
def viz(graph_file, output, focus, depth, types, max_nodes, lang, store_dir):
    """Draw a graph as an interactive HTML network that works offline.

    The page shows each report as a map: its sections around it and, beside each
    section, the programs, industries, places and indicators it names (an indicator
    lists its figures across reports and years). GRAPH may be any graph file,
    including a CONSTRUCT result saved with `kg query … --format turtle > part.ttl`.

    \b
    Example:
      kg viz out/graph.ttl --focus 太原 --depth 2
      kg viz out/graph.ttl --types City,County,Program --lang en -o out/places.html
    """
    from ..viz import DEFAULT_MAX_NODES, to_network, write_html

    names = [t.strip() for t in types.split(",") if t.strip()] if types else None
    target = Path(output) if output else default_output(graph_file, store_dir, focus, depth, names, max_nodes, lang)
    if graph_file and graph_file != "-" and Path(graph_file).exists() and target.exists() \
            and target.resolve() == Path(graph_file).resolve():
        raise click.UsageError(f"-o {target} is the graph being drawn; give the page another name")
    view = to_network(source_graph(graph_file, store_dir), focus=focus, depth=depth, types=names,
                      max_nodes=max_nodes or DEFAULT_MAX_NODES, lang=lang)
    if output == "-":
        from ..viz import to_html
        from .app import write_output

        write_output(output, to_html(view).encode("utf-8"))
    else:
        write_html(view, target)
    status(f"wrote {shown(output or str(target))}: {view.graph.number_of_nodes()} nodes, "
           f"{view.graph.number_of_edges()} edges")
