"""Opening the bookmarks database so that the reader always starts.

Whatever is found at the database path, `open_database` returns a connection (or None) plus
one-line problems for the user: a damaged or foreign file is moved aside (never overwritten or
deleted) and a fresh database started; an unwritable directory or file gives a read-only
connection; a database written by a newer Counterpoint is opened read-only.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.bookmarks import schema
from reader.files import file_lock, irregular, out_of_sight
from reader.paths import not_a_folder

DB_NAME = "bookmarks.sqlite3"
BUSY_TIMEOUT = 15.0  # seconds a writer waits for another process's transaction
# Seconds a writer queues at most behind other processes that keep committing (a script running
# many `bookmarks add` at once on a loaded machine): it gives up sooner only on a writer that holds
# the lock BUSY_TIMEOUT without committing.
WRITE_PATIENCE = 120.0
# Seconds of one SQLite wait for the write lock within that queue: Python acts on Ctrl-C only
# between two waits, so this is how late an interrupt may take effect.
BUSY_SLICE = 0.2
_WAL = "-wal"
_SIDE_FILES = (_WAL, "-shm")
_LOCK = ".lock"  # beside the database: one process at a time moves a damaged one aside


class Damaged(Exception):
    """The file at the database path is not a healthy SQLite database."""


@dataclass
class Opened:
    conn: sqlite3.Connection | None
    read_only: bool
    problems: list[str] = field(default_factory=list)
    # Set when a database exists but cannot be read: listing or exporting then fails with
    # this line instead of showing no bookmarks (which would read as "there are none").
    unreadable: str | None = None
    # Set when a damaged database was moved aside by this opening: what it held is out of
    # reach, so a listing fails with this line rather than show the fresh, empty one.
    recovered: str | None = None
    # Opened without `create` where no database is: nothing was ever saved here.
    absent: bool = False


def _off(problem: str) -> Opened:
    """No connection, because the database that is there could not be opened."""
    return Opened(None, True, [problem], unreadable=problem)


def _no_folder(why: str) -> Opened:
    """No connection, because a file stands where the data folder should be: nothing could be
    stored there, and "no bookmarks" would hide the mistake."""
    return _off(f"{why}: bookmarks and link decisions are unavailable")


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return True
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def is_read_only_error(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_READONLY") or "readonly database" in str(exc).lower()


def is_write_failure(exc: sqlite3.Error) -> bool:
    """SQLite could not write (a full disk, a file-size limit): in WAL mode even a read needs
    room for the shared-memory file, so this fails the opening, not just the first write."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_FULL", "SQLITE_IOERR")) or "disk is full" in str(exc).lower()


def _no_room(directory: Path, exc: sqlite3.Error) -> str:
    try:
        full = os.statvfs(directory).f_bavail == 0
    except OSError:
        full = False
    return f"{directory} is full" if full else f"cannot write to {directory} ({exc})"


def is_busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(exc).lower()


def begin_write(conn: sqlite3.Connection, give_up: Callable[[], bool] = lambda: False) -> None:
    """Start a write transaction (BEGIN IMMEDIATE: the write lock taken now, never upgraded
    later), waiting for as long as the processes ahead keep committing. SQLite's own wait polls
    the lock, so on a loaded machine a writer can find it taken every time for BUSY_TIMEOUT while
    the others go on: that is a queue, not a stuck writer. The wait is made of SQLite waits of
    BUSY_SLICE, so Ctrl-C (which Python acts on only between them) and `give_up()` (the store is
    closing) take effect at once. Raises the busy error when nothing was committed during a
    whole BUSY_TIMEOUT, once the queue was waited WRITE_PATIENCE, or once `give_up()` is true."""
    started = time.monotonic()
    seen, moved = _data_version(conn), started
    _wait_at_most(conn, BUSY_SLICE)
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
                clock, now = time.monotonic(), _data_version(conn)
                if now != seen:
                    seen, moved = now, clock
                if clock - moved >= BUSY_TIMEOUT or clock - started >= WRITE_PATIENCE or give_up():
                    raise
    finally:
        _wait_at_most(conn, BUSY_TIMEOUT)


def _wait_at_most(conn: sqlite3.Connection, seconds: float) -> None:
    """How long SQLite itself waits for a lock on `conn` before it says busy."""
    conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")


def _data_version(conn: sqlite3.Connection) -> int:
    """What changes whenever another connection commits to the database."""
    return conn.execute("PRAGMA data_version").fetchone()[0]


def _check(conn: sqlite3.Connection) -> None:
    """Raise Damaged unless the file reads as an intact SQLite database."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise Damaged(str(exc)) from exc
        raise
    if rows != [("ok",)]:
        raise Damaged(rows[0][0] if rows else "integrity check failed")


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
    _wait_at_most(conn, BUSY_TIMEOUT)
    return conn


def _open_writable(path: Path) -> sqlite3.Connection:
    conn = _connect(str(path))
    try:
        _check(conn)
        if schema.version(conn) <= schema.latest():
            conn.execute("PRAGMA journal_mode = WAL")
            schema.migrate(conn, begin=begin_write)
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; `immutable` when SQLite cannot even create its WAL index file,
    unless the write-ahead log holds writes (`immutable` would read the main file alone and
    lose them): then a private copy of the database and its log, read in memory."""
    base = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        if last is not None and _log_holds_writes(path):
            return _read_with_log(path)
        conn = _connect(base + query, uri=True)
        try:
            _check(conn)
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            last = exc
        except BaseException:
            conn.close()
            raise
    assert last is not None
    raise last


def _log_holds_writes(path: Path) -> bool:
    try:
        return os.path.getsize(path.with_name(path.name + _WAL)) > 0
    except OSError:
        return False


def _read_with_log(path: Path) -> sqlite3.Connection:
    """The database at `path` with its write-ahead log applied, as an in-memory copy that
    refuses writes: the file and its log are copied to a private folder, where SQLite may
    make its index, and the result is copied into memory. Raises sqlite3.Error or Damaged."""
    import shutil
    import tempfile

    try:
        with tempfile.TemporaryDirectory(prefix="counterpoint-") as folder:
            copy = Path(folder) / path.name
            for suffix in ("", _WAL):
                shutil.copyfile(path.with_name(path.name + suffix), copy.with_name(copy.name + suffix))
            source = _connect(str(copy))
            try:
                _check(source)
                memory = _connect(":memory:")
                source.backup(memory)
            finally:
                source.close()
    except OSError as exc:
        raise sqlite3.OperationalError(f"cannot read its write-ahead log ({exc.strerror or exc})") from None
    memory.execute("PRAGMA query_only = ON")
    return memory


def _aside_name(path: Path) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%S")
    candidate, n = path.with_name(f"{path.name}.corrupt-{stamp}"), 2
    while candidate.exists():
        candidate, n = path.with_name(f"{path.name}.corrupt-{stamp}-{n}"), n + 1
    return candidate


def kept_files(path: Path) -> list[Path]:
    """The database at `path` and the files kept beside it (its write-ahead log, the log's
    index, its lock): replacing any of them would lose bookmarks and decisions."""
    return [path.with_name(path.name + suffix) for suffix in ("", *_SIDE_FILES, _LOCK)]


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; returns the new name."""
    target = _aside_name(path)
    os.replace(path, target)  # under the recovery lock, and _aside_name picked a free name
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, target.with_name(target.name + suffix))
    return target


def moved_aside(path: Path) -> list[Path]:
    """The damaged databases `move_aside` left beside `path`, oldest first."""
    try:
        return sorted(p for p in path.parent.glob(f"{path.name}.corrupt-*") if not p.name.endswith(_SIDE_FILES))
    except OSError:
        return []


def _read_only(directory: Path, path: Path) -> Path | None:
    """What keeps the database at `path` from being written: its folder, the file, or its
    write-ahead log or the log's index (left by a process of another user, as `sudo` leaves
    them), which SQLite must write too; None when all can be written."""
    if not os.access(directory, os.W_OK | os.X_OK):
        return directory
    return next((kept for kept in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES))
                 if _unwritable(kept)), None)


# SQLite deletes the log and its index as the last connection closes and makes them again as the
# next opens, so other processes opening and closing the store at once may have a file gone, back
# and gone again within one look ("cannot be written", "there", "cannot be written"). A file left
# by another user stays unwritable however often it is looked at: it counts only when every one of
# UNWRITABLE_LOOKS looks, LOOK_PAUSE apart, finds it there and unwritable (a pause paid only when a
# look finds one so: one look was fooled on a loaded machine with processes adding at once).
UNWRITABLE_LOOKS = 3
LOOK_PAUSE = 0.01  # seconds: several of a process's openings and closings of the store


def _unwritable(path: Path) -> bool:
    """Whether `path` is there and cannot be written, look after look (gone is no obstacle)."""
    for look in range(UNWRITABLE_LOOKS):
        if look:
            time.sleep(LOOK_PAUSE)
        if os.access(path, os.W_OK) or not path.exists() or os.access(path, os.W_OK):
            return False
    return True


def _open_for_reading(path: Path, why: str) -> Opened:
    if not path.exists():
        return Opened(None, True, [f"{why}; bookmarks cannot be saved"])
    try:
        conn = _open_read_only(path)
    except Damaged as exc:
        return _off(f"{path}: damaged bookmarks database ({exc}) and {why}; no bookmarks shown")
    except sqlite3.Error as exc:
        return _off(f"{path}: cannot read the bookmarks database ({exc}); no bookmarks shown")
    return Opened(conn, True, [f"{why}; bookmarks can be read but not saved"])


def open_database(path: Path, *, create: bool = True) -> Opened:
    """Open (creating, upgrading or replacing as needed) the bookmarks database at `path`.

    With `create` False (listing, exporting, aligning) a missing database is no connection and
    no problem: a read never makes the data folder or an empty database."""
    directory = path.parent
    if hidden := out_of_sight(path):  # "not there" would read as no bookmarks
        return _off(f"{path}: {hidden}; bookmarks and link decisions are unavailable")
    if odd := irregular(path):  # a FIFO would have SQLite wait for a writer forever
        return _off(f"{path}: {odd}; bookmarks and link decisions are unavailable")
    if not create and not os.path.lexists(path):
        why = not_a_folder(directory)
        return _no_folder(why) if why else Opened(None, True, absent=True)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        return _no_folder(not_a_folder(directory) or f"{directory} is a file, not a folder")
    except OSError as exc:
        return _open_for_reading(path, f"cannot create the data directory {directory} ({exc.strerror or exc})")
    if (where := _read_only(directory, path)) is not None:
        return _open_for_reading(path, f"{where} is read-only")
    problems: list[str] = []
    recovered: str | None = None
    try:
        try:
            conn = _open_writable(path)
        except Damaged:
            with file_lock(path.with_name(path.name + _LOCK)):
                try:  # another process may have replaced it while we waited for the lock
                    conn = _open_writable(path)
                except Damaged as exc:
                    moved = move_aside(path)
                    recovered = (f"{path}: not a usable bookmarks database ({exc}); moved it to "
                                 f"{moved.name} and started a fresh one")
                    problems.append(recovered)
                    conn = _open_writable(path)
    except sqlite3.Error as exc:
        if is_read_only_error(exc):
            return _open_for_reading(path, f"{path} is read-only")
        if is_write_failure(exc):  # what is there can still be read and exported
            return _open_for_reading(path, _no_room(directory, exc))
        return _off(f"{path}: cannot open the bookmarks database ({exc}); bookmarks are off")
    except TimeoutError as exc:  # another process keeps the recovery lock
        return _off(f"{path}: damaged, and {exc}; bookmarks are off")
    except OSError as exc:  # the recovery lock file cannot be made (a directory in its place)
        return _off(f"{path}: damaged, and cannot be moved aside ({exc.filename}: {exc.strerror or exc}); "
                    f"bookmarks are off")
    found = schema.version(conn)
    if found > schema.latest():
        problems.append(f"{path}: written by a newer Counterpoint (schema {found}); bookmarks are read-only")
        return Opened(conn, True, problems, recovered=recovered)
    return Opened(conn, False, problems, recovered=recovered)
