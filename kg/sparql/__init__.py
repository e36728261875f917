"""SPARQL stage: read-only SPARQL over a graph, named queries and result formats."""
