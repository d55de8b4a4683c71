"""The bookmarks database schema and its forward migrations.

`PRAGMA user_version` holds the schema version: 0 is an empty file, N means MIGRATIONS[:N] have
run. A new version is one more function appended to MIGRATIONS; `migrate` runs the missing ones
in a single write transaction, so a crash mid-upgrade leaves the old version intact and several
processes opening the database at once upgrade it exactly once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _v1(conn: sqlite3.Connection) -> None:
    """Bookmarks with their notes and tags; one anchor per side (0 = passage, 1 = pair)."""
    conn.execute(
        """
        CREATE TABLE bookmark (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]'
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE anchor (
            bookmark_id INTEGER NOT NULL REFERENCES bookmark(id) ON DELETE CASCADE,
            side INTEGER NOT NULL CHECK (side IN (0, 1)),
            path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (bookmark_id, side)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX anchor_by_path ON anchor(path)")


def _v2(conn: sqlite3.Connection) -> None:
    """The reader's link decisions (reader.decisions): link, confirm or reject a pair of
    passages of two articles. Each side is anchored like a bookmark's; a deleted decision is
    kept (deleted set) so undo can bring it back, and `replaced_by` names the decision that
    superseded it. `link_event` is the undo history: one row per add or delete, newest last."""
    conn.execute(
        """
        CREATE TABLE link_decision (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'confirm', 'reject')),
            created TEXT NOT NULL,
            deleted TEXT,
            replaced_by INTEGER REFERENCES link_decision(id)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE link_anchor (
            decision_id INTEGER NOT NULL REFERENCES link_decision(id) ON DELETE CASCADE,
            side INTEGER NOT NULL CHECK (side IN (0, 1)),
            path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (decision_id, side)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX link_anchor_by_path ON link_anchor(path)")
    conn.execute(
        """
        CREATE TABLE link_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            decision_id INTEGER NOT NULL REFERENCES link_decision(id) ON DELETE CASCADE,
            action TEXT NOT NULL CHECK (action IN ('add', 'delete')),
            at TEXT NOT NULL
        )
        """
    )


def _v3(conn: sqlite3.Connection) -> None:
    """Each anchor keeps the article's author and address too, so a bookmark or decision whose
    file is gone (moved, or not on this machine after an import) is still cited in full."""
    for table in ("anchor", "link_anchor"):
        for column in ("author", "url"):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]


def latest() -> int:
    return len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _begin_immediate(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")


def migrate(conn: sqlite3.Connection, begin: Callable[[sqlite3.Connection], None] = _begin_immediate) -> int:
    """Bring the schema up to date; returns the version found before. `conn` is in autocommit;
    `begin` starts the write transaction (the database's own, which queues behind other writers)."""
    found = version(conn)
    if found >= latest():
        return found
    begin(conn)
    try:
        found = version(conn)  # another process may have upgraded while we waited
        for step in MIGRATIONS[found:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {max(found, latest())}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a failed COMMIT (a full disk) has ended it: keep its error
            conn.execute("ROLLBACK")
        raise
    return found
