"""Reading and writing the user's files without hanging, swallowing the disk, or losing data.

A path can name a FIFO (opening it waits for a writer forever), a device (`/dev/zero` never
ends), a symlink loop or a string with a NUL in it. `read_regular` reads only regular files,
checked before opening and again on the open descriptor, opened non-blocking, and never more
than a cap; every failure is one UserError naming the file. `write_atomic` replaces a file in
one step, so a full disk or a crash leaves the previous file whole.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path

from reader.errors import UserError

# Caps on what is read. An article is prose: the longest real ones are a few MB; 64 MB leaves
# room for whole books. A configuration file is written by hand: 1 MB is thousands of lines.
ARTICLE_MAX_BYTES = 64 * 1024 * 1024
CONFIG_MAX_BYTES = 1024 * 1024
# Glossaries and corpus.toml manifests may be generated, with thousands of entries.
DATA_TOML_MAX_BYTES = 16 * 1024 * 1024
# The longest one name (a folder's or a file's) may be, in bytes, on ext4, btrfs, XFS and APFS,
# and the longest whole path Linux takes.
NAME_MAX = 255
PATH_MAX = 4095

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _too_large(path: Path, limit: int, what: str) -> UserError:
    return UserError(f"{path}: larger than {_megabytes(limit)}, too large for a {what}; refused")


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _not_regular(path: Path, mode: int) -> UserError:
    return UserError(f"{path}: is {_kind(mode)}, not a regular file; refused")


def irregular(path: Path) -> str | None:
    """What stands at `path` (following symlinks) when it is something other than a regular
    file, "is a FIFO (named pipe), not a regular file"; None for a regular file, or nothing."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    return None if stat.S_ISREG(mode) else f"is {_kind(mode)}, not a regular file"


def os_error(path: Path, exc: OSError | ValueError, doing: str = "read") -> UserError:
    """One line for a failed file operation, naming the file and the reason."""
    if isinstance(exc, ValueError):  # "embedded null byte"
        return UserError(f"{path}: not a usable path ({exc})")
    if exc.errno == errno.ELOOP:
        return UserError(f"{path}: a loop of symbolic links")
    if exc.errno == errno.EISDIR:
        return UserError(f"{path}: is a directory, expected a file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return UserError(f"{path}: cannot {doing} (permission denied)")
    return UserError(f"{path}: cannot {doing} ({exc.strerror or exc})")


def _length(name: str) -> int:
    """Bytes of `name` as the file system gets it (a lone surrogate counted, not refused)."""
    return len(name.encode("utf-8", "surrogatepass"))


def too_long(path: str) -> str | None:
    """What makes `path` longer than a file system holds, or None. Past `NAME_MAX` bytes a
    name, or `PATH_MAX` in all, stat fails with "File name too long" in places that expect at
    most "no such file", so such a path is refused where it comes in."""
    if _length(path) > PATH_MAX or any(_length(name) > NAME_MAX for name in path.split(os.sep)):
        return f"longer than a file system holds ({NAME_MAX} bytes a name, {PATH_MAX} in all)"
    return None


def path_problem(text: str) -> str | None:
    """What makes `text` (read from a file, not typed) no path this system could have, or None:
    a NUL, a lone surrogate other than those carrying an undecodable byte of a name (a JSON
    `\\ud800`), or its length. Such a path would make stat, open or SQLite raise."""
    if "\0" in text:
        return "a NUL character"
    try:
        os.fsencode(text)
    except UnicodeEncodeError:
        return "a lone surrogate"
    return too_long(text)


def stored_path_problem(text: str) -> str | None:
    """What makes `text`, a path an export stored, no article key (one is absolute, as
    `article_key` makes it), or None."""
    if not text.startswith("/") and not (len(text) > 2 and text[1] == ":"):
        return "is not an absolute path"
    problem = path_problem(text)
    return f"is no file name: {problem}" if problem else None


def is_regular(path: Path) -> bool:
    """Whether `path` (following symlinks) is a regular file; False for anything unusable."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def is_folder(path: Path) -> bool:
    """Whether `path` (following symlinks) is a directory; unlike Path.is_dir, False rather than
    PermissionError for one inside a folder the user may not search."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def exists(path: Path) -> bool:
    """Whether something is at `path` (a dangling or looping symlink counts): unlike
    Path.exists, never raises for a NUL in the path or an unreadable folder."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def out_of_sight(path: Path) -> str | None:
    """Why whether anything is at `path` cannot be told (a folder on the way the user may not
    search: mode 000, another user's 0700), or None. `exists` says False there, which would
    read as "nothing saved yet" where the user's files may well be."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return None  # not there, or a file in place of a folder: said where that is checked
    except OSError as exc:
        return f"cannot look into {path.parent} ({exc.strerror or exc})"
    return None


def resolved(path: Path) -> Path:
    """`path` made absolute with its symlinks resolved, or UserError (a loop, a NUL)."""
    try:
        return path.resolve()
    except RuntimeError:  # Python 3.11 reports a symlink loop this way
        raise UserError(f"{path}: a loop of symbolic links") from None
    except (OSError, ValueError) as exc:
        raise os_error(path, exc, "resolve the path") from None


def read_regular(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them, or UserError."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(path, mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError) as exc:
        raise os_error(path, exc) from None
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):  # replaced between the stat and the open
            raise _not_regular(path, found.st_mode)
        if found.st_size > limit:  # said at once; the loop still counts a file growing as it is read
            raise _too_large(path, limit, what)
        chunks, size = [], 0
        while chunk := os.read(fd, min(1024 * 1024, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _too_large(path, limit, what)
    except OSError as exc:
        raise os_error(path, exc) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


@lru_cache(maxsize=1)
def _umask() -> int:
    """The process's umask, read once (reading it means setting it; do it before threads)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: str | bytes, *, make_parents: bool = False) -> None:
    """Replace `path` (through a symlink, if it is one) in one step: a reader never sees half
    a file, and a failed write (a full disk) leaves the old one. Text is written as UTF-8 with
    its newlines as given; the file keeps its permissions, and a new one gets what `open`
    would have given it. A file its owner cannot write (`chmod 444`: kept as it is on purpose)
    is refused, as `>` in a shell refuses it, although replacing it would succeed wherever the
    folder is writable (and `os.access` says yes to root). Raises OSError."""
    target = path.resolve() if path.is_symlink() else path
    with suppress(FileNotFoundError):
        if stat.S_ISREG(mode := target.stat().st_mode) and not mode & stat.S_IWUSR:
            raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    if make_parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def write_output(path: Path, data: str) -> None:
    """Write an export to what `path` names: a regular file (or a new one) is replaced in one
    step, as `write_atomic` does; a terminal, a device or a pipe (`-o /dev/stdout`, a FIFO
    someone reads, a shell's `>(...)`) is written to as it is, never replaced by a file. A
    FIFO nobody reads is refused rather than waited on. Raises OSError or UserError."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG  # a new file
    except ValueError as exc:  # a NUL in the path
        raise os_error(path, exc, "write") from None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):  # a folder: the rename says "Is a directory"
        write_atomic(path, data)
        return
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise UserError(f"{path}: a FIFO (named pipe) that nothing reads; refused") from None
        raise
    os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data.encode("utf-8", "surrogateescape"))


_LOCK_POLL_SECONDS = 0.05  # how often a lock another process holds is tried again, with `wait`
# How long a turn on a lock is waited for when the caller names no wait: a turn takes
# milliseconds (a manifest of many megabytes a second or two); a process that keeps the lock
# longer is stopped or hung in its turn, and no command waits on it for ever.
LOCK_WAIT_SECONDS = 10.0
# ... and for a save the reader waits on as it reads or closes (a setting saved with W on the
# UI thread, the reading places written at exit): a save takes milliseconds, and the room must
# not freeze for ten seconds on another process's.
SAVE_LOCK_WAIT_SECONDS = 3.0


@contextmanager
def file_lock(lock_path: Path, wait: float = LOCK_WAIT_SECONDS):
    """Hold an exclusive advisory lock on `lock_path` (created if missing) for the block, so
    processes that read, change and replace one file take turns. Give up after `wait` seconds
    (TimeoutError, an OSError) instead of waiting for ever on a process that keeps it (one
    stopped, or hung, in the middle of its turn). Where there is no fcntl (Windows) there is
    no lock; replacing files is atomic all the same."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with _lock_file(lock_path) as handle:
        _flock_within(handle, lock_path, wait)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _lock_file(lock_path: Path):
    """The lock file opened to lock: made if missing; read-only when the user may not write it
    (another user's run left it, `sudo counterpoint`), as a lock on it is taken all the same."""
    try:
        return open(lock_path, "a+b")
    except PermissionError:
        return open(lock_path, "rb")


def _flock_within(handle, lock_path: Path, wait: float) -> None:
    import fcntl
    import time

    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{lock_path} is held by another process") from None
            time.sleep(_LOCK_POLL_SECONDS)
