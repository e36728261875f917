"""Store stage: readers see a store whole, before a commit or after it, never half-way through one.

Oxigraph lets any number of read-only openings share a store with one writer, but a read-only
opening reads the files as they were when it opened: a commit that adds reports, drops old
graphs and compacts the files under it leaves it reading half a store or files that are gone.
So kg keeps a lock file in the store folder (`kg.lock`): readers hold it shared for as long as
they read, writers hold it exclusively while they change the store. A reader that comes during
a commit waits for it (its query's --timeout still counts); a commit waits for the readers
already reading. One process holds one lock per store: a process that reads and then writes
converts its lock rather than waiting on itself. Where there is no lock file and none can be made
(a store on read-only media), nobody can write, and readers read without one.
"""
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError

LOCK_NAME = "kg.lock"
INTENT_NAME = "kg.writer.lock"  # held by a writer from the moment it waits: new readers wait behind it
WRITER_WAIT = 600.0  # seconds a writer waits for readers and for another writer's commit
_POLL = 0.05

try:
    import fcntl
except ImportError:  # not POSIX: Oxigraph's own lock is all there is
    fcntl = None

_held = {}  # store folder → [main descriptor, intent descriptor, mode, depth]
_guard = threading.Lock()


def _key(store_dir):
    return os.path.realpath(store_dir)


def _open_lock_file(path, create):
    try:
        return os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o644)
    except OSError:
        try:
            return os.open(path, os.O_RDONLY)
        except OSError:
            return None


@contextmanager
def reading(store_dir, keep=False):
    """Hold the store's lock shared while reading it; keep=True holds it until the process ends (a result
    read after the call returns, as the command line streams rows)."""
    entry = _acquire(store_dir, shared=True, create=False, wait=None)
    try:
        yield
    finally:
        if not keep:
            _release(store_dir, entry)


@contextmanager
def writing(store_dir, wait=None):
    """Hold the store's lock exclusively while changing it. The lock file is made in a store or a new or empty
    folder only: a folder of other files is no store, and opening it says so."""
    folder = Path(store_dir)
    create = not folder.exists() or (folder / "CURRENT").is_file() or (folder.is_dir() and not any(
        p.name not in (LOCK_NAME, INTENT_NAME) for p in folder.iterdir()))
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    entry = _acquire(store_dir, shared=False, create=create, wait=WRITER_WAIT if wait is None else wait)
    try:
        yield
    finally:
        _release(store_dir, entry)


def _acquire(store_dir, shared, create, wait):
    if fcntl is None:
        return None
    key = _key(store_dir)
    with _guard:
        entry = _held.get(key)
        if entry is None:
            main = _open_lock_file(Path(store_dir) / LOCK_NAME, create)
            if main is None:
                return None
            entry = _held[key] = [main, _open_lock_file(Path(store_dir) / INTENT_NAME, create), None, 0]
        before = entry[2]
        entry[3] += 1
    if before == fcntl.LOCK_EX or (shared and before == fcntl.LOCK_SH):
        return (entry, before)
    main, intent = entry[0], entry[1]
    try:
        if shared:
            # a writer waiting holds the intent lock: readers queue behind it instead of starving it
            if intent is not None:
                fcntl.flock(intent, fcntl.LOCK_SH)
            fcntl.flock(main, fcntl.LOCK_SH)
            if intent is not None:
                fcntl.flock(intent, fcntl.LOCK_UN)
        else:
            deadline = time.monotonic() + wait
            if intent is not None:
                _lock(intent, fcntl.LOCK_EX, deadline, store_dir)
            _lock(main, fcntl.LOCK_EX, deadline, store_dir)
    except BaseException:
        _release(store_dir, (entry, before))
        raise
    entry[2] = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    return (entry, before)


def _lock(descriptor, mode, deadline, store_dir):
    while True:
        try:
            fcntl.flock(descriptor, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise StoreError(f"{store_dir}: other kg processes kept the store busy for {WRITER_WAIT:.0f} s "
                                 "(reading it, or changing it); try again when they have finished") from None
            time.sleep(_POLL)


def _release(store_dir, acquired):
    if acquired is None:
        return
    entry, before = acquired
    key = _key(store_dir)
    with _guard:
        entry[3] -= 1
        if entry[2] != before:
            if entry[1] is not None and entry[2] == fcntl.LOCK_EX:
                fcntl.flock(entry[1], fcntl.LOCK_UN)
            fcntl.flock(entry[0], fcntl.LOCK_UN if before is None else before)
            entry[2] = before
        if entry[3] == 0 and entry[2] is None:
            for descriptor in entry[:2]:
                if descriptor is not None:
                    os.close(descriptor)
            _held.pop(key, None)
