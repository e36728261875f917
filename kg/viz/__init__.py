"""Viz stage: an rdflib graph to an interactive, offline HTML network page.

    view = to_network(graph, focus="太原", depth=2, types=["County"], max_nodes=1000)
    write_html(view, "out/graph.html")

model picks the nodes and edges (networkx), labels writes their Chinese text,
page lays them out and renders the page around the vis-network bundle pyvis ships.
"""
from .labels import format_amount, observation_label
from .model import DEFAULT_MAX_NODES, NetworkView, to_network
from .page import page_data, to_html, write_html

__all__ = ["DEFAULT_MAX_NODES", "NetworkView", "format_amount", "observation_label", "page_data",
           "to_html", "to_network", "write_html"]
