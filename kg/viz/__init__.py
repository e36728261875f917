"""Viz stage: an rdflib graph to an interactive, offline HTML network page.

    view = to_network(graph, focus="太原", depth=2, types=["County"], max_nodes=2000, lang="zh")
    write_html(view, "out/graph.html")

story reads reports, sections and what they name out of the graph, model narrows it (focus, classes,
size), labels and details write its text (Chinese or English), layout and geometry place it, page
renders it around the vis-network bundle pyvis ships.
"""
from .labels import LANGS, format_amount, observation_label
from .model import DEFAULT_MAX_NODES, NetworkView, to_network
from .page import page_data, to_html, write_html

__all__ = ["DEFAULT_MAX_NODES", "LANGS", "NetworkView", "format_amount", "observation_label", "page_data",
           "to_html", "to_network", "write_html"]
