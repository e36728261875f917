"""CLI stage: a job that writes an output, run within a time limit and a memory ceiling.

Oxigraph and rdflib cannot be interrupted from Python, so the job runs in a worker thread
while the command's own thread watches the clock and the process's memory; past either limit
the command stops with one line (the worker is abandoned as the process exits) and a file
being written is removed, never left half-written.
"""
import gc
import os
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import click

DEFAULT_TIMEOUT = 60.0
ABANDONED = []  # workers left running: the console script ends the process at once (kg.cli.app.main)
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def default_max_memory():
    """Half the machine's memory in MB (4096 when it cannot be told)."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * _PAGE // 2 // (1 << 20)
    except (ValueError, OSError, AttributeError):
        return 4096


def resident_mb():
    """The process's resident memory in MB, or None where /proc is missing."""
    try:
        with open("/proc/self/statm", "rb") as stream:
            return int(stream.read().split()[1]) * _PAGE // (1 << 20)
    except (OSError, ValueError, IndexError):
        return None


def bounded(work, output, timeout, what, max_memory=None):
    """Run work(stream) writing to output ('-' is stdout) for at most timeout seconds and max_memory MB."""
    max_memory = max_memory or default_max_memory()
    with _opened(output) as stream:
        outcome = {}

        def run():
            try:
                work(stream)
                stream.flush()
            except BaseException as exc:  # handed to the command's thread, which reports it
                outcome["error"] = _bare(exc)
            # Oxigraph's results must be freed by the thread that made them: collect any cycle here
            gc.collect()

        worker = threading.Thread(target=run, name="kg-job", daemon=True)
        # and garbage this thread made (an open store's answers in a cycle) is freed here, not in the worker
        gc.collect()
        deadline = time.monotonic() + timeout
        worker.start()
        try:
            _watch(worker, stream, deadline, timeout, max_memory, what)
        except KeyboardInterrupt:
            _abandon(stream)
            raise
        if "error" in outcome:
            raise outcome.pop("error")


def _watch(worker, stream, deadline, timeout, max_memory, what):
    """Wait for the worker; stop the command with one line when it runs past its time or memory."""
    while worker.is_alive():
        worker.join(0.05)
        if not worker.is_alive():
            return
        if time.monotonic() > deadline:
            _abandon(stream)
            raise click.ClickException(f"{what} ran past --timeout {timeout:g}s and was stopped; narrow it "
                                       "(LIMIT, FILTER, fewer joins) or give a larger --timeout")
        used = resident_mb()
        if used is not None and used > max_memory:
            _abandon(stream)
            raise click.ClickException(f"{what} needed more than {max_memory} MB of memory and was stopped; "
                                       "narrow it (LIMIT, FILTER, fewer joins) or give a larger --max-memory")


@contextmanager
def _opened(output):
    if output == "-":
        yield _Stdout(sys.stdout.buffer)
        return
    from ..rdf.outputs import open_atomic

    with open_atomic(output) as stream:
        yield stream


class _Stdout:
    """stdout for the worker; once the job is abandoned, further writes are dropped."""

    def __init__(self, buffer):
        self.buffer, self.closed = buffer, False
        self.temporary = None

    def write(self, data):
        if not self.closed:
            self.buffer.write(data)
        return len(data)

    def flush(self):
        if not self.closed:
            self.buffer.flush()

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False


def _bare(exc):
    """exc without the frames (and the engine objects in them) its traceback holds."""
    exc.__traceback__ = exc.__context__ = exc.__cause__ = None
    return exc


def _abandon(stream):
    """Stop a stalled job's output: stdout takes no more, a temporary file is removed."""
    ABANDONED.append(stream)
    if isinstance(stream, _Stdout):
        stream.flush()
        stream.closed = True
    elif getattr(stream, "temporary", None):
        Path(stream.temporary).unlink(missing_ok=True)
