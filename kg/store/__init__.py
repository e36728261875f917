"""Store stage: the on-disk Oxigraph store (a named graph per report) and pushes to remote triple stores."""
