"""kg: Chinese government work reports into an RDF knowledge graph, every figure a sourced observation.

    >>> import kg
    >>> graph = kg.build("data/reports")                     # an rdflib.Graph
    >>> rows = kg.query(graph, "counties-by-prefecture", report="shanxi-2024").rows
    >>> [(str(city), str(county)) for city, county, *_ in rows][:2]
    [('临汾市', '永和县'), ('吕梁市', '交城县')]

kg.build, kg.parse, kg.load, kg.query, kg.series and kg.Store are the public API; everything else is internal.
"""
from .api import Store, build, load, parse, query, series
from .errors import KgError

__version__ = "0.1.0"
__all__ = ["KgError", "Store", "__version__", "build", "load", "parse", "query", "series"]
