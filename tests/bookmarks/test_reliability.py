"""Real processes, real files: concurrent writers, a writer killed mid-transaction, damaged
database files, and a data directory the user cannot write to."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from pathlib import Path

from reader.bookmarks import BookmarkStore

import reader  # noqa: E402

# Where the imported package lives (site-packages in CI): subprocesses run that same code.
ROOT = Path(reader.__file__).resolve().parent.parent


def _python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *map(str, args)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, **kwargs)


ADDER = """
import sys
from reader.bookmarks import BookmarkStore
from reader.corpus import load_article
data_dir, path, worker, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
article = load_article(__import__("pathlib").Path(path))
passages = [p for p in article.passages if p.text.strip()]
for n in range(count):
    with BookmarkStore.open(data_dir) as store:   # every add opens the database anew
        assert not store.read_only, store.problems
        p = passages[n % len(passages)]
        store.add(article, p.start, p.end, note=f"w{worker}-{n}", tags=[f"worker{worker}"])
"""


def test_eight_processes_adding_at_once_lose_nothing(data_dir, write_article, cli_json):
    article = write_article()
    workers = [_python(ADDER, data_dir, article.path, w, 25) for w in range(8)]
    assert [w.wait(timeout=180) for w in workers] == [0] * 8
    listed = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    assert len(listed) == 200
    assert len({b["id"] for b in listed}) == 200
    assert sorted(b["note"] for b in listed) == sorted(f"w{w}-{n}" for w in range(8) for n in range(25))
    assert all(b["status"] == "anchored" for b in listed)


# A writer whose every transaction is slow (a loaded machine, a slow disk): it holds the write
# lock almost all the time, letting go only between one bookmark and the next, for longer than
# another writer's busy timeout (shortened here so the test is quick).
SLOW_WRITER = """
import sys, time
from reader.bookmarks import BookmarkStore
from reader.corpus import load_article
data_dir, path, count, hold = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
article = load_article(__import__("pathlib").Path(path))
store = BookmarkStore.open(data_dir)

def slow(statement):
    if statement.startswith("INSERT INTO anchor"):
        print("inside", flush=True)  # the first line tells the test the lock is held
        time.sleep(hold)

store._conn.set_trace_callback(slow)
for n in range(count):
    store.add(article, article.passages[1].start, article.passages[1].end, note=f"slow {n}")
"""

QUEUED = """
import sys
import reader.bookmarks.database as database
database.BUSY_TIMEOUT = float(sys.argv[3])
from reader.bookmarks import BookmarkStore
from reader.corpus import load_article
from reader.errors import UserError
data_dir, path = sys.argv[1], sys.argv[2]
article = load_article(__import__("pathlib").Path(path))
store = BookmarkStore.open(data_dir)
try:
    store.add(article, article.passages[2].start, article.passages[2].end, note="queued")
except UserError as exc:
    sys.exit(str(exc))
"""


def _slow_writer(data_dir, article, count: int, hold: float) -> subprocess.Popen:
    """SLOW_WRITER started on a fresh database, once it holds the write lock."""
    with BookmarkStore.open(data_dir):
        pass
    slow = _python(SLOW_WRITER, data_dir, article.path, count, hold, stdout=subprocess.PIPE, text=True)
    assert slow.stdout.readline().strip() == "inside"
    return slow


def test_a_writer_queued_behind_others_that_keep_committing_is_not_lost(data_dir, write_article):
    """Waiting longer than the busy timeout is no failure while the writers ahead commit."""
    article = write_article()
    slow = _slow_writer(data_dir, article, 12, 0.4)
    queued = _python(QUEUED, data_dir, article.path, 1.0, stderr=subprocess.PIPE, text=True)
    _, err = queued.communicate(timeout=120)
    assert (queued.returncode, err) == (0, "")
    assert slow.wait(timeout=120) == 0
    with BookmarkStore.open(data_dir) as store:
        notes = [b.note for b in store.bookmarks()]
    assert sorted(notes) == sorted(["queued", *(f"slow {n}" for n in range(12))])


def test_a_writer_behind_one_that_commits_nothing_gives_up_in_one_line(data_dir, write_article):
    """A process that keeps the lock without committing (stopped mid-write) is no queue: the
    next writer says so in one line after its busy timeout, and does not hang."""
    article = write_article()
    stuck = _slow_writer(data_dir, article, 1, 120)
    try:
        queued = _python(QUEUED, data_dir, article.path, 1.0, stderr=subprocess.PIPE, text=True)
        _, err = queued.communicate(timeout=60)
    finally:
        stuck.kill()
        stuck.wait(timeout=30)
    assert queued.returncode == 1
    assert err.count("\n") == 1 and "is busy (another Counterpoint is writing); nothing was saved" in err



def test_closing_the_store_ends_a_write_queued_behind_others(data_dir, write_article, monkeypatch):
    """As the reading room quits it closes its store: a write of its own still queued behind
    another process that keeps committing gives up after its current wait (one busy line), and
    the closing does not wait for the whole queue."""
    import threading
    import time

    import reader.bookmarks.database as database
    from reader.errors import UserError

    monkeypatch.setattr(database, "BUSY_TIMEOUT", 1.0)  # each wait of the lock, shortened
    article = write_article()
    slow = _slow_writer(data_dir, article, 40, 0.3)
    try:
        store = BookmarkStore.open(data_dir)
        failed: list[str] = []

        def queued() -> None:
            try:
                store.add(article, article.passages[2].start, article.passages[2].end, note="queued")
            except UserError as exc:
                failed.append(str(exc))

        writer = threading.Thread(target=queued)
        writer.start()
        time.sleep(1.5)  # past one busy wait: the write is queued
        began = time.monotonic()
        store.close()
        took = time.monotonic() - began
        writer.join(timeout=30)
    finally:
        slow.kill()
        slow.wait(timeout=30)
    assert took < 4 * database.BUSY_TIMEOUT, took  # the queue ahead lasts 12 s
    # The write either gave up saying so in one line, or (on a loaded machine, where the writer
    # ahead may be slow to take the lock again between its commits) got in between and is kept:
    # never lost without a word.
    with BookmarkStore.open(data_dir) as store:
        kept = [b.note for b in store.bookmarks()].count("queued")
    if kept:
        assert (kept, failed) == (1, [])
    else:
        assert len(failed) == 1 and "is busy (another Counterpoint is writing); nothing was saved" in failed[0]


PATIENCE_TRIES = 3  # on a loaded machine the writer ahead may be slow to take the lock again
# between its commits and the queued write get in; each such try measures nothing and is
# tried again, and three in a row is no longer the machine's load


def test_a_write_queued_behind_others_gives_up_within_its_patience(data_dir, write_article, monkeypatch):
    """The queue is waited at most WRITE_PATIENCE in all (the two minutes the README promises),
    not that and one more busy wait."""
    import time

    import reader.bookmarks.database as database
    from reader.errors import UserError

    monkeypatch.setattr(database, "BUSY_TIMEOUT", 4.0)  # both shortened, in the same proportion
    monkeypatch.setattr(database, "WRITE_PATIENCE", 6.0)
    article = write_article()
    took = None
    for _ in range(PATIENCE_TRIES):
        slow = _slow_writer(data_dir, article, 40, 0.3)
        try:
            with BookmarkStore.open(data_dir) as store:
                began = time.monotonic()
                try:
                    store.add(article, article.passages[2].start, article.passages[2].end, note="queued")
                except UserError as exc:
                    assert "is busy" in str(exc)
                    took = time.monotonic() - began
                    break
        finally:
            slow.kill()
            slow.wait(timeout=30)
    assert took is not None, f"the queued write got in between the commits ahead {PATIENCE_TRIES} times"
    # the queue ahead lasts 12 s; the patience and one more busy wait would be 10 s: half a busy
    # wait over the patience tells them apart with room for a loaded machine
    assert took < database.WRITE_PATIENCE + database.BUSY_TIMEOUT / 2, took


STARTUP_LIMIT = 60.0  # seconds a CLI process may take to start on a loaded machine


def _wait_until_open(process: subprocess.Popen, path: Path) -> None:
    """Until `process` has the file at `path` open (where /proc tells; elsewhere a pause long
    enough for a CLI to start): a signal sent sooner would reach it while it starts."""
    import time

    fds = Path(f"/proc/{process.pid}/fd")
    if not Path("/proc/self/fd").is_dir():
        time.sleep(3)
        return
    until = time.monotonic() + STARTUP_LIMIT
    while time.monotonic() < until and process.poll() is None:
        with contextlib.suppress(OSError):
            if any(os.path.realpath(fd) == os.path.realpath(path) for fd in fds.iterdir()):
                return
        time.sleep(0.05)
    raise AssertionError(f"{path} never opened")


def test_ctrl_c_while_waiting_for_another_writer_ends_the_add_at_once(data_dir, write_article):
    """`bookmarks add` queued behind a process that holds the write lock: Ctrl-C (a real
    SIGINT) ends it within a moment, not after SQLite's busy wait, with one line and status 130."""
    import time

    article = write_article()
    stuck = _slow_writer(data_dir, article, 1, 120)
    try:
        adding = subprocess.Popen(
            [sys.executable, "-m", "reader", "--data-dir", str(data_dir), "bookmarks", "add", str(article.path),
             "--quote", article.passages[2].text[:30]], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as a terminal starts it
        _wait_until_open(adding, data_dir / "bookmarks.sqlite3")
        time.sleep(0.5)  # from opening the database to waiting for its lock: a few statements
        assert adding.poll() is None
        began = time.monotonic()
        adding.send_signal(signal.SIGINT)
        out, err = adding.communicate(timeout=60)
        took = time.monotonic() - began
    finally:
        stuck.kill()
        stuck.wait(timeout=30)
    assert (adding.returncode, out, err.count("\n")) == (130, "", 1), err
    assert "interrupted while waiting for" in err and "nothing was saved" in err and "Traceback" not in err
    assert took < 2, took


# Another program's writer on the bookmarks database that keeps committing, holding the write
# lock almost all the time (its table is no part of the schema).
RAW_WRITER = """
import sqlite3, sys, time
path, count, hold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
conn = sqlite3.connect(path, isolation_level=None)
conn.execute("CREATE TABLE IF NOT EXISTS scratch (n INTEGER)")
for n in range(count):
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO scratch VALUES (?)", (n,))
    if n == 0:
        print("inside", flush=True)
    time.sleep(hold)
    conn.execute("COMMIT")
"""


def test_an_upgrade_queued_behind_writers_that_keep_committing_waits_its_turn(data_dir, write_article,
                                                                              monkeypatch):
    """Opening a database of an older schema upgrades it in a write: queued behind others that
    keep committing, it waits its turn like any write, and bookmarks are not turned off."""
    import reader.bookmarks.database as database
    from reader.bookmarks import schema

    monkeypatch.setattr(database, "BUSY_TIMEOUT", 1.0)  # each wait of the lock, shortened
    article = write_article()
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / database.DB_NAME
    older = sqlite3.connect(path, isolation_level=None)
    older.execute("PRAGMA journal_mode = WAL")
    for step in schema.MIGRATIONS[:-1]:
        step(older)
    older.execute(f"PRAGMA user_version = {schema.latest() - 1}")
    older.close()
    raw = _python(RAW_WRITER, path, 12, 0.3, stdout=subprocess.PIPE, text=True)
    try:
        assert raw.stdout.readline().strip() == "inside"
        with BookmarkStore.open(data_dir) as store:
            assert (store.read_only, store.problems) == (False, [])
            store.add(article, article.passages[1].start, article.passages[1].end, note="after the upgrade")
    finally:
        raw.kill()
        raw.wait(timeout=30)
    with contextlib.closing(sqlite3.connect(path)) as upgraded:
        assert schema.version(upgraded) == schema.latest()


KILLED = """
import sys, time
from reader.bookmarks import BookmarkStore
from reader.corpus import load_article
data_dir, path = sys.argv[1], sys.argv[2]
article = load_article(__import__("pathlib").Path(path))
store = BookmarkStore.open(data_dir)
for n in range(3):
    store.add(article, article.passages[1].start, article.passages[1].end, note=f"committed {n}")

def pause_inside_the_transaction(statement):
    if statement.startswith("INSERT INTO anchor"):
        print("inside", flush=True)
        time.sleep(120)

store._conn.set_trace_callback(pause_inside_the_transaction)
store.add_pair(article, article.passages[2].start, article.passages[2].end,
               article, article.passages[3].start, article.passages[3].end, note="never committed")
"""


def test_a_writer_killed_mid_transaction_leaves_a_consistent_database(data_dir, write_article):
    article = write_article()
    child = _python(KILLED, data_dir, article.path, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "inside"  # the bookmark row is written, its anchors not
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    db = data_dir / "bookmarks.sqlite3"
    with BookmarkStore.open(data_dir) as store:
        assert store.problems == [] and not store.read_only
        assert [b.note for b in store.bookmarks()] == ["committed 0", "committed 1", "committed 2"]
        new_id = store.add(article, article.passages[4].start, article.passages[4].end)  # lock released
        assert new_id == 4  # the killed transaction took no id
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    orphans = conn.execute("SELECT count(*) FROM bookmark WHERE id NOT IN (SELECT bookmark_id FROM anchor)")
    assert orphans.fetchone() == (0,)


def _fill(data_dir, article, count: int = 60) -> None:
    with BookmarkStore.open(data_dir) as store:
        for n in range(count):
            p = article.passages[1 + n % (len(article.passages) - 1)]
            store.add(article, p.start, p.end, note="x" * 200 + str(n))
    conn = sqlite3.connect(data_dir / "bookmarks.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _asides(data_dir):
    return sorted(p for p in data_dir.iterdir() if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm")))


def test_a_file_that_is_not_sqlite_is_moved_aside(data_dir, write_article, sample, cli):
    data_dir.mkdir(parents=True)
    db = data_dir / "bookmarks.sqlite3"
    junk = b"these are my notes, not a database\n" * 200
    db.write_bytes(junk)
    status, out, err = cli("bookmarks", "list", "--format", "json")
    # what the file held cannot be listed: an error, not the fresh database's empty list
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "not a usable bookmarks database" in err and "moved it to bookmarks.sqlite3.corrupt-" in err
    assert "not listed" in err
    [aside] = _asides(data_dir)
    assert aside.read_bytes() == junk  # kept, byte for byte
    status, out, err = cli("bookmarks", "list", "--format", "json")  # the fresh one is empty, and says
    assert (status, json.loads(out)) == (0, {"bookmarks": []})        # where the old one is kept
    assert err.count("\n") == 1 and str(aside) in err and "error" not in err
    article = write_article()
    status, out, err = cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)
    assert (status, out.strip(), err) == (0, "1", "")


@pytest.mark.parametrize("command", [("bookmarks", "export", "--format", "json"), ("links", "list")])
def test_listing_from_a_database_just_moved_aside_fails(data_dir, cli, command):
    data_dir.mkdir(parents=True)
    (data_dir / "bookmarks.sqlite3").write_bytes(b"not a database\n" * 300)
    status, out, err = cli(*command)
    assert status == 2 and out == "" and "moved it to" in err and "not listed" in err
    assert len(_asides(data_dir)) == 1


def test_a_damaged_database_is_moved_aside_and_a_fresh_one_started(data_dir, write_article, sample):
    article = write_article()
    _fill(data_dir, article)
    db = data_dir / "bookmarks.sqlite3"
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) >= 4 * page
    data[page : 3 * page] = b"\xa5" * (2 * page)  # scribble over two b-tree pages
    db.write_bytes(bytes(data))
    with BookmarkStore.open(data_dir) as store:
        assert not store.read_only
        assert len(store.problems) == 1 and "moved it to" in store.problems[0]
        assert store.bookmarks() == []
        store.add(article, *sample.span_of(article))
    [aside] = _asides(data_dir)
    assert aside.read_bytes() == bytes(data)
    # damaged again within the same second: a second, distinct name; nothing overwritten
    db.write_bytes(b"\x00garbage" * 1000)
    with BookmarkStore.open(data_dir) as store:
        assert store.problems and store.bookmarks() == []
    assert len(_asides(data_dir)) == 2


def _unprivileged_prefix() -> list[str]:
    """A command prefix under which file permissions apply to us (root ignores them)."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    # In a new user namespace root's files are not "ours" any more: no CAP_DAC_OVERRIDE.
    if unshare and subprocess.run([unshare, "--user", "true"], capture_output=True).returncode == 0:
        return [unshare, "--user"]
    pytest.skip("running as root without user namespaces: cannot make a directory read-only for us")


@pytest.fixture
def read_only_dir(data_dir):
    prefix = _unprivileged_prefix()
    yield prefix
    for path in (data_dir, *data_dir.iterdir()) if data_dir.exists() else ():
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_a_read_only_data_directory_still_reads(data_dir, write_article, sample, read_only_dir):
    article = write_article()
    with BookmarkStore.open(data_dir) as store:
        store.add(article, *sample.span_of(article), note="readable")
    data_dir.chmod(0o555)
    (data_dir / "bookmarks.sqlite3").chmod(0o444)
    before = sorted(p.name for p in data_dir.iterdir())

    def run(*args):
        return subprocess.run([*read_only_dir, sys.executable, "-m", "reader", *map(str, args)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    listed = run("bookmarks", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [b["note"] for b in json.loads(listed.stdout)["bookmarks"]] == ["readable"]
    assert "read-only" in listed.stderr and "can be read but not saved" in listed.stderr
    assert run("bookmarks", "list").returncode == 0
    added = run("bookmarks", "add", article.path, "--quote", "Critics in Yerevan")
    assert added.returncode == 2
    assert added.stderr.strip().splitlines()[-1].startswith("counterpoint: error: bookmarks are read-only")
    assert "Traceback" not in added.stderr
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_a_data_folder_that_cannot_be_looked_into_is_an_error_not_no_bookmarks(data_dir, write_article, sample,
                                                                               read_only_dir):
    """A data folder the user may not search (mode 000, or another user's 0700): whether the
    database is in it cannot be told, so nothing may be listed as "no bookmarks yet"."""
    article = write_article()
    with BookmarkStore.open(data_dir) as store:
        store.add(article, *sample.span_of(article), note="kept in there")

    def run(*args):
        return subprocess.run([*read_only_dir, sys.executable, "-m", "reader", *map(str, args)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    data_dir.chmod(0)
    try:
        for command in (("bookmarks", "list"), ("bookmarks", "export", "--format", "json"), ("links", "list")):
            result = run(*command)
            assert result.returncode == 2, (command, result.stdout)
            assert result.stdout == "" and "Traceback" not in result.stderr
            [line] = result.stderr.strip().splitlines()
            assert f"cannot look into {data_dir}" in line and "Permission denied" in line
        added = run("bookmarks", "add", article.path, "--quote", sample.QUOTE)
        assert added.returncode == 2 and "nothing was saved" in added.stderr
    finally:
        data_dir.chmod(0o755)
    with BookmarkStore.open(data_dir) as store:
        assert [b.note for b in store.bookmarks()] == ["kept in there"]


API_READ_ONLY = """
import json, sys
from reader.bookmarks import BookmarkStore, ReadOnlyError
from reader.corpus import load_article
store = BookmarkStore.open(sys.argv[1])
article = load_article(__import__("pathlib").Path(sys.argv[2]))
try:
    store.add(article, article.passages[1].start, article.passages[1].end)
    wrote = True
except ReadOnlyError as exc:
    wrote = str(exc)
print(json.dumps({"read_only": store.read_only, "problems": store.problems, "wrote": wrote,
                  "count": len(store.placed([article]))}))
"""


def test_the_api_in_a_read_only_directory(data_dir, write_article, sample, read_only_dir):
    article = write_article()
    data_dir.mkdir(parents=True)
    data_dir.chmod(0o555)  # and no database in it yet
    result = subprocess.run([*read_only_dir, sys.executable, "-c", API_READ_ONLY, data_dir, article.path],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["read_only"] is True and report["count"] == 0
    assert len(report["problems"]) == 1 and "read-only" in report["problems"][0]
    assert "read-only" in report["wrote"]
    assert list(data_dir.iterdir()) == []


ADD_AND_DIE = """
import os, sys
from reader.bookmarks import BookmarkStore
from reader.corpus import load_article
store = BookmarkStore.open(sys.argv[1])
article = load_article(__import__("pathlib").Path(sys.argv[2]))
store.add(article, article.passages[2].start, article.passages[2].end, note="only in the log")
os._exit(0)   # no close: the new bookmark stays in the write-ahead log, never checkpointed
"""


def test_a_read_only_folder_whose_log_holds_bookmarks_lists_them_all(data_dir, write_article, sample,
                                                                    read_only_dir):
    """A database whose last writes are still in its -wal file, in a folder we cannot write
    (a copy or a backup that left out the -shm index, a crashed writer): SQLite cannot read the
    log without making its index there, and reading the file alone would quietly lose the
    bookmarks in the log."""
    article = write_article()
    with BookmarkStore.open(data_dir) as store:
        store.add(article, *sample.span_of(article), note="in the file")
    _python(ADD_AND_DIE, data_dir, article.path).wait(timeout=60)
    db = data_dir / "bookmarks.sqlite3"
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    db.with_name(db.name + "-shm").unlink()
    data_dir.chmod(0o555)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}

    listed = subprocess.run([*read_only_dir, sys.executable, "-m", "reader", "bookmarks", "list", "--format", "json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert sorted(b["note"] for b in json.loads(listed.stdout)["bookmarks"]) == ["in the file", "only in the log"]
    assert "can be read but not saved" in listed.stderr
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before


def test_a_log_another_user_left_is_named_as_what_cannot_be_written(data_dir, write_article, sample, read_only_dir):
    """The database is the user's, but its -wal and -shm were left by another user's process
    (`sudo counterpoint ...` killed before it closed): SQLite must write them too, so the
    bookmarks are read (the log's included) and a save is refused, naming the file to mend
    rather than the database the user can see is writable."""
    article = write_article()
    with BookmarkStore.open(data_dir) as store:
        store.add(article, *sample.span_of(article), note="in the file")
    _python(ADD_AND_DIE, data_dir, article.path).wait(timeout=60)
    db = data_dir / "bookmarks.sqlite3"
    log = db.with_name(db.name + "-wal")
    for side in (log, db.with_name(db.name + "-shm")):
        side.chmod(0o444)

    def run(*args):
        return subprocess.run([*read_only_dir, sys.executable, "-m", "reader", *map(str, args)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)

    listed = run("bookmarks", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert sorted(b["note"] for b in json.loads(listed.stdout)["bookmarks"]) == ["in the file", "only in the log"]
    assert f"{log} is read-only; bookmarks can be read but not saved" in listed.stderr
    added = run("bookmarks", "add", article.path, "--quote", "Critics in Yerevan", "--note", "new")
    assert added.returncode == 2 and "nothing was saved" in added.stderr and "Traceback" not in added.stderr
    assert f"{log} is read-only" in added.stderr


def test_processes_bookmarking_one_place_at_once_make_one_bookmark_with_every_tag(data_dir, write_article,
                                                                                  sample, cli_json):
    """A script run in parallel (`bookmarks add` of one quote with a tag each): the place is one
    bookmark, and no process's tag is lost to another's update."""
    article = write_article()
    code = "import sys; from reader.cli.main import main; sys.exit(main(sys.argv[1:]))"
    for attempt in range(2):
        workers = [_python(code, "--data-dir", data_dir, "bookmarks", "add", article.path, "--quote",
                           sample.QUOTE, "--tag", f"r{attempt}w{w}", stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL) for w in range(8)]
        assert [w.wait(timeout=180) for w in workers] == [0] * 8
    [bookmark] = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    assert sorted(bookmark["tags"]) == sorted(f"r{a}w{w}" for a in range(2) for w in range(8))


CHURN = """
import sqlite3, sys, time
end = time.monotonic() + float(sys.argv[2])
while time.monotonic() < end:  # each close of the last connection deletes the log and its index
    conn = sqlite3.connect(sys.argv[1])
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
"""


def test_a_log_another_process_deletes_as_it_closes_is_no_read_only_file(tmp_path):
    """SQLite deletes the write-ahead log and its index as the last connection closes: the
    opening's look at what cannot be written (database._read_only, before it connects) found the
    index there, then not writable (gone), and opened the store read-only ("…-shm is read-only;
    bookmarks can be read but not saved"), once in eight processes adding at once."""
    from reader.bookmarks.database import DB_NAME, _read_only

    path = tmp_path / DB_NAME
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
    churn = _python(CHURN, path, 2)
    found: list = []
    try:
        while churn.poll() is None:
            if (where := _read_only(tmp_path, path)) is not None:
                found.append(where)
    finally:
        churn.wait(timeout=30)
    assert churn.returncode == 0
    assert found == []
