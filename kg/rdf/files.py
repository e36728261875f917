"""Output stage: files written atomically, never a half-written file, never a replaced link or device."""
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import GraphError


def write_atomic(path, data):
    """Write bytes to path through a temporary file renamed into place: never a half-written file.

    A symlink is written through (its target replaced, the link kept); a device, FIFO or socket
    (/dev/null, /dev/stdout, a named pipe) is written directly, never replaced by a file; a
    folder is refused.
    """
    return write_all([(path, data)])[0]


def write_all(outputs):
    """Write several (path, bytes) as one result: every file is staged before any is renamed into place.

    Returns the paths. When staging fails, no target has changed.
    """
    staged = []
    try:
        for path, data in outputs:
            staged.append(_stage(Path(path), data))
        for target, temporary in staged:
            if temporary is not None:
                os.replace(temporary, target)
    except BaseException:
        for _, temporary in staged:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
        raise
    return [Path(path) for path, _ in outputs]


def _stage(path, data):
    """(target, temporary) with data written to the temporary file beside target; devices get it now."""
    target, temporary = _temporary(path)
    if temporary is None:
        _write_through(path, data)  # a device or pipe: it cannot be replaced, only written
        return path, None
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise GraphError(f"{path}: cannot write ({exc.strerror}); it is unchanged") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target, temporary


def _temporary(path):
    """(target, empty temporary file beside it) for a file; (path, None) for a device or pipe."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise GraphError(f"{path}: cannot write ({exc.strerror})") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise GraphError(f"{path} is a folder; give a file name to write, e.g. {path / 'graph.ttl'}")
    if mode is not None and not stat.S_ISREG(mode) or _is_special(path):
        return path, None
    target = Path(os.path.realpath(path))  # through symlinks: replace the file, keep the link
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        # mkstemp makes 0600: keep the mode of the file replaced, else an ordinary file's
        os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
    except OSError as exc:
        raise GraphError(f"{path}: cannot write ({exc.strerror})") from None
    return target, temporary


def _is_special(path):
    """/dev/stdout, /dev/fd/N and /proc/… name streams, never files to replace, whatever they point at."""
    text = os.path.abspath(path)
    return text in ("/dev/stdout", "/dev/stderr") or text.startswith(("/dev/fd/", "/proc/"))


def _write_through(path, data):
    try:
        with open(path, "wb") as stream:
            stream.write(data)
    except BrokenPipeError:
        raise  # the reader went away (| head): the command line ends quietly
    except OSError as exc:
        raise GraphError(f"{path}: cannot write ({exc.strerror})") from None


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def open_atomic(path):
    """A binary stream for path, renamed into place when the block ends without error, else removed.

    For outputs too big to hold in memory (query rows as they come). Devices and pipes are
    written directly. The temporary file's path is stream.temporary (None for a device).
    """
    target, temporary = _temporary(Path(path))
    if temporary is None:
        try:
            stream = open(path, "wb")
        except OSError as exc:
            raise GraphError(f"{path}: cannot write ({exc.strerror})") from None
        with stream:
            stream.temporary = None
            yield stream
        return
    try:
        with open(temporary, "wb") as stream:
            stream.temporary = temporary
            yield stream
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
