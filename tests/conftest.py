"""Every test runs with its own empty config and data directories: never the user's. Property
tests have no deadline: they check what the code does, not how fast (benchmarks/ measure that),
and a loaded machine would otherwise fail them by the clock."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("counterpoint", deadline=None)
settings.load_profile("counterpoint")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("COUNTERPOINT_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("COUNTERPOINT_DATA_DIR", str(root / "data"))
    return root


@pytest.fixture(scope="session")
def seeds():
    """The bundled corpus, loaded once for the whole run."""
    from reader.corpus import load_seeds

    return load_seeds()


@pytest.fixture
def cli(capsys):
    """Run `counterpoint ARGS...` in this process: (exit status, stdout, stderr)."""

    from reader.cli.main import main

    def run(*args: str) -> tuple[int, str, str]:
        status = main([str(a) for a in args])
        out = capsys.readouterr()
        return status, out.out, out.err

    return run


@pytest.fixture
def write_article(tmp_path):
    """Write `text` to an article file and load it as the reader would: a new file at each
    call, or the file `name` when given (written again: the article edited on disk)."""
    from reader.corpus import load_article

    folder = tmp_path / "articles"
    numbers = itertools.count()

    def write(text: str, name: str | None = None):
        folder.mkdir(exist_ok=True)
        path = folder / (name or f"art{next(numbers)}.txt")
        path.write_text(text, encoding="utf-8")
        return load_article(path)

    return write


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m reader ...` in a subprocess, from a directory outside the source tree.

    PYTHONPATH points at wherever `reader` was imported from, so the subprocess runs the same
    code the tests import: the installed package in CI, the checkout in development.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    import reader

    package_root = str(Path(reader.__file__).resolve().parent.parent)

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 120, **kwargs):
        full_env = {**os.environ, "PYTHONPATH": package_root, **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "reader", *args],
            capture_output=True, text=True, cwd=kwargs.pop("cwd", tmp_path), env=full_env,
            input=input, timeout=timeout, **kwargs,
        )

    return run


@pytest.fixture
def another_writer(tmp_path):
    """Another process's bookmark on `sides`, written in a transaction held open on the real
    database `db` while the body of the `with` runs (a CLI `bookmarks add` caught mid-write):
    SQLite itself makes every other writer wait for it, and no reader sees it until the
    transaction commits, at the end of the `with`.

    The bookmark is first made by the real store in a scratch data folder, then copied row by
    row, over a second connection to `db`, inside the held transaction."""
    import contextlib
    import itertools
    import sqlite3

    from reader.bookmarks import BookmarkStore

    scratch = itertools.count()

    @contextlib.contextmanager
    def holding(db: Path, sides, *, note: str = "", tags=()):
        folder = tmp_path / f"another-writer-{next(scratch)}"
        with BookmarkStore.open(folder) as store:
            if len(sides) == 1:
                store.add(*sides[0], note=note, tags=tags)
            else:
                store.add_pair(*sides[0], *sides[1], note=note, tags=tags)
        conn = sqlite3.connect(db, isolation_level=None, timeout=30)
        try:
            conn.execute("ATTACH DATABASE ? AS other", (str(store.path),))
            columns = [row[1] for row in conn.execute("PRAGMA main.table_info(anchor)") if row[1] != "bookmark_id"]
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO main.bookmark (created, note, tags) SELECT created, note, tags FROM other.bookmark")
            conn.execute(f"INSERT INTO main.anchor (bookmark_id, {', '.join(columns)}) "
                         f"SELECT last_insert_rowid(), {', '.join(columns)} FROM other.anchor")
            yield
            conn.execute("COMMIT")
        finally:
            conn.close()

    return holding


@pytest.fixture
def while_locked_elsewhere():
    """What `save()` ends in ("saved", or its UserError's line) while another open file holds
    the lock at `lock_path` (a process stopped in its turn), waited on 15 s at most."""
    import fcntl
    import threading

    from reader.errors import UserError

    def outcome(lock_path: Path, save) -> str:
        said: list[str] = []

        def run() -> None:
            try:
                save()
                said.append("saved")
            except UserError as exc:
                said.append(str(exc))

        with open(lock_path, "a+b") as other:
            fcntl.flock(other, fcntl.LOCK_EX)
            saving = threading.Thread(target=run, daemon=True)
            saving.start()
            saving.join(15)  # a save's wait, and more
            fcntl.flock(other, fcntl.LOCK_UN)
        saving.join(5)
        return said[0] if said else "still waiting"

    return outcome


# -- binding coverage --------------------------------------------------------------------------
# Every published binding id must be run by a test. The app tells `action_observer` each action
# it runs (a key press, or the palette running a binding's action); the id is the binding with
# that action on that screen. Checked at the end of a run that collected all of tests/tui and
# passed (a narrowed or failing run says nothing about coverage). Under pytest-xdist each worker
# sends what it saw to the controller, which checks the union.

TRIGGERED = pytest.StashKey[set]()
COMPLETE = pytest.StashKey[bool]()  # this process collected every test of tests/tui
DESELECTED = pytest.StashKey[bool]()  # ... and deselected none of them
WORKERS_COMPLETE = pytest.StashKey[list]()  # under pytest-xdist: each worker's COMPLETE
TUI_TESTS = Path(__file__).parent / "tui"


def pytest_configure(config):
    config.stash[TRIGGERED] = set()
    config.stash[COMPLETE] = config.stash[DESELECTED] = False
    config.stash[WORKERS_COMPLETE] = []


def pytest_deselected(items):
    for item in items:
        if TUI_TESTS in Path(item.path).parents:
            item.config.stash[DESELECTED] = True


def pytest_collection_finish(session):
    config = session.config
    collected = {Path(item.path) for item in session.items}
    narrowed = config.stash[DESELECTED] or any("::" in arg for arg in config.args)
    config.stash[COMPLETE] = not narrowed and set(TUI_TESTS.glob("test_*.py")) <= collected


@pytest.fixture(scope="session")
def binding_observer(pytestconfig):
    """Records the id of each binding whose action the app runs, for the end-of-run check."""
    from textual.binding import Binding

    triggered = pytestconfig.stash[TRIGGERED]

    def observe(action, namespace) -> None:
        for binding in getattr(type(namespace), "BINDINGS", ()):
            if isinstance(binding, Binding) and binding.id and binding.action == action:
                triggered.add(binding.id)

    return observe


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """pytest-xdist, on the controller: gather a finished worker's record."""
    output = getattr(node, "workeroutput", {})
    node.config.stash[TRIGGERED].update(output.get("bindings_triggered", ()))
    node.config.stash[WORKERS_COMPLETE].append(output.get("bindings_complete", False))


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if hasattr(config, "workeroutput"):  # a pytest-xdist worker: the controller checks
        config.workeroutput["bindings_triggered"] = sorted(config.stash[TRIGGERED])
        config.workeroutput["bindings_complete"] = config.stash[COMPLETE]
        return
    workers = config.stash[WORKERS_COMPLETE]
    complete = all(workers) if workers else config.stash[COMPLETE]
    if exitstatus != 0 or not complete:
        return
    from reader.tui.keys import BINDING_IDS

    missing = sorted(set(BINDING_IDS) - config.stash[TRIGGERED])
    if missing:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("")
            reporter.write_sep("=", "binding coverage FAILED", red=True, bold=True)
            reporter.write_line(f"no test ran these binding ids: {', '.join(missing)}")
            reporter.write_line("(press each one in a Pilot test; a [keys] remap reaches one a widget shadows)")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
