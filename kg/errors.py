"""Errors stage: the exceptions kg raises; the CLI turns each into a one-line message and exit 1."""


class KgError(Exception):
    """Base of every error kg reports to a user: bad input, data, query or store."""


class InputError(KgError):
    """A report file that cannot be read: missing, empty, binary or not UTF-8/GB18030 text."""


class GraphError(KgError):
    """A graph file that cannot be parsed or written."""


class QueryError(KgError):
    """A SPARQL query that does not parse, or that kg refuses to run."""


class StoreError(KgError):
    """An on-disk store that cannot be opened or changed."""


class PushError(KgError):
    """A push to a remote triple store that failed or left the target incomplete."""



class ChartError(KgError):
    """A chart that cannot be drawn: an unknown file type, nothing to draw, or matplotlib missing."""
