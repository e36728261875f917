"""RDF stage: parsed reports into triples (the only code that adds them), IRIs, serialization, validation."""
