"""kg: turns Chinese government work reports into an RDF knowledge graph."""

__version__ = "0.1.0"
