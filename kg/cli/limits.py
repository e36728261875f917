"""CLI stage: a job that writes an output, run within a time limit and a memory ceiling.

Oxigraph and rdflib cannot be interrupted from Python, and an allocation Oxigraph cannot make
aborts the whole process. So where the output is a real file or stream (the command line), the
job runs in a forked child whose address space is limited to what it has plus --max-memory: an
allocation past it fails in the child, and the command, watching the clock and the child's
memory, stops with one line. Elsewhere (an output in memory, as in tests, or no fork) the job
runs in a worker thread, watched the same way. Past either limit a file being written is
removed, never left half-written.
"""
import gc
import io
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
    """Half the memory the process may have, in MB: the smallest of the machine's, the address-space limit's
    (ulimit -v) and the control group's (a container's), 4096 when none can be told."""
    found = []
    try:
        found.append(os.sysconf("SC_PHYS_PAGES") * _PAGE)
    except (ValueError, OSError, AttributeError):
        pass
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_AS)[0]
        if soft != resource.RLIM_INFINITY:
            found.append(soft - _address_space())
    except (ImportError, OSError, ValueError):
        pass
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = Path(path).read_text().strip()
        except OSError:
            continue
        if text.isdigit() and int(text) < 1 << 60:
            found.append(int(text))
    return max(64, min(found) // 2 // (1 << 20)) if found else 4096


def _address_space(pid="self"):
    """The process's virtual memory (VmSize) in bytes; 0 where /proc is missing."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def resident_mb(pid="self"):
    """A process's resident memory in MB, or None where /proc is missing."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as stream:
            return int(stream.read().split()[1]) * _PAGE // (1 << 20)
    except (OSError, ValueError, IndexError):
        return None


def bounded(work, output, timeout, what, max_memory=None):
    """Run work(stream) writing to output ('-' is stdout) for at most timeout seconds and max_memory MB; what work
    returns (a count for the command's status line) is returned."""
    max_memory = max_memory or default_max_memory()
    with _opened(output) as stream:
        if hasattr(os, "fork") and _has_descriptor(stream):
            return _in_child(work, stream, timeout, max_memory, what)
        outcome = {}

        def run():
            try:
                outcome["value"] = work(stream)
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
        return outcome.get("value")


def _watch(worker, stream, deadline, timeout, max_memory, what):
    """Wait for the worker; stop the command with one line when it runs past its time or memory."""
    while worker.is_alive():
        worker.join(0.05)
        if not worker.is_alive():
            return
        if time.monotonic() > deadline:
            _abandon(stream)
            raise click.ClickException(_timeout_line(what, timeout))
        used = resident_mb()
        if used is not None and used > max_memory:
            _abandon(stream)
            raise click.ClickException(_memory_line(what, max_memory))


def _has_descriptor(stream):
    try:
        (stream.buffer if isinstance(stream, _Stdout) else stream).fileno()
        return True
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False


def _in_child(work, stream, timeout, max_memory, what):
    """Run work(stream) in a forked child limited to its address space plus max_memory MB; one line past a limit."""
    import pickle
    import resource
    import signal

    stream.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: everything it says goes through the pipe, nothing through a traceback
        code, said = 0, b""
        try:
            os.close(reader)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 2)  # an engine's abort message is not the user's line
            limit = _address_space() + max_memory * (1 << 20)
            resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
            said = pickle.dumps(work(stream))
            stream.flush()
        except BaseException as exc:  # noqa: B036 (handed to the parent, which reports it)
            code = 1
            try:
                said = pickle.dumps(_bare(exc))
            except Exception:  # an exception that cannot be pickled still says what it was
                said = pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
        os.write(writer, said[:60000])
        os._exit(code)
    os.close(writer)
    deadline = time.monotonic() + timeout
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            used = resident_mb(pid)
            if time.monotonic() > deadline or (used is not None and used > max_memory):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                _abandon(stream)
                raise click.ClickException(_timeout_line(what, timeout) if time.monotonic() > deadline
                                           else _memory_line(what, max_memory))
            time.sleep(0.02)
        said = b"".join(iter(lambda: os.read(reader, 65536), b""))
    except KeyboardInterrupt:
        os.kill(pid, signal.SIGKILL)
        _abandon(stream)
        raise
    finally:
        os.close(reader)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return pickle.loads(said) if said else None
    error = pickle.loads(said) if said else MemoryError()
    if isinstance(error, MemoryError) or not said:  # an allocation past the limit: Python's, or an abort
        _abandon(stream)
        raise click.ClickException(_memory_line(what, max_memory))
    raise error


def _timeout_line(what, timeout):
    return (f"{what} ran past --timeout {timeout:g}s and was stopped; narrow it "
            "(LIMIT, FILTER, fewer joins) or give a larger --timeout")


def _memory_line(what, max_memory):
    return (f"{what} needed more than {max_memory} MB of memory and was stopped; "
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
