"""Schema versions: a fresh database, a v1 file from an earlier release, upgrades, newer files."""

from __future__ import annotations

import sqlite3

from reader.bookmarks import BookmarkStore, schema

# The v1 schema exactly as the first release wrote it: a later release must keep reading it.
V1_SQL = """
CREATE TABLE bookmark (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]'
);
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
) WITHOUT ROWID;
CREATE INDEX anchor_by_path ON anchor(path);
PRAGMA user_version = 1;
"""


def _write_v1(path, article, start, end) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL)
    conn.execute("INSERT INTO bookmark (id, created, note, tags) VALUES (7, '2024-01-02T03:04:05Z', 'old', '[\"x\"]')")
    conn.execute(
        "INSERT INTO anchor VALUES (7, 0, ?, ?, ?, ?, ?, ?, ?, 'Pipelines and Promises', '', '')",
        (str(article.path.resolve()), article.content_hash, start, end, article.text[start:end],
         article.text[start - 32 : start], article.text[end : end + 32]),
    )
    conn.commit()
    conn.close()


def test_fresh_database_is_at_the_latest_version(store):
    # Read through a connection of our own, as another process would see the file. (Writers
    # waiting for each other instead of failing: test_reliability's concurrent writers.)
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA user_version").fetchone() == (schema.latest(),)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_a_v1_database_is_read(data_dir, write_article, sample):
    article = write_article()
    _write_v1(data_dir / "bookmarks.sqlite3", article, *sample.span_of(article))
    with BookmarkStore.open(data_dir) as store:
        assert store.problems == [] and not store.read_only
        [placed] = store.placed([article])
        assert (placed.id, placed.note, placed.tags, placed.status) == (7, "old", ("x",), "anchored")
        assert store.add(article, *sample.span_of(article)) == 8


def test_a_new_migration_upgrades_a_v1_database_once(data_dir, write_article, sample, monkeypatch):
    article = write_article()
    _write_v1(data_dir / "bookmarks.sqlite3", article, *sample.span_of(article))
    runs = []

    def v2(conn: sqlite3.Connection) -> None:
        runs.append(1)
        conn.execute("ALTER TABLE bookmark ADD COLUMN colour TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v2])
    for _ in range(2):
        with BookmarkStore.open(data_dir) as store:
            assert sqlite3.connect(store.path).execute("PRAGMA user_version").fetchone() == (schema.latest(),)
            assert [b.note for b in store.bookmarks()] == ["old"]
    assert runs == [1]
    columns = [row[1] for row in sqlite3.connect(data_dir / "bookmarks.sqlite3").execute("PRAGMA table_info(bookmark)")]
    assert "colour" in columns


def test_a_failing_migration_leaves_the_old_version(data_dir, write_article, sample, monkeypatch):
    article = write_article()
    _write_v1(data_dir / "bookmarks.sqlite3", article, *sample.span_of(article))

    def broken(conn):
        conn.execute("ALTER TABLE bookmark ADD COLUMN half TEXT")
        raise sqlite3.OperationalError("simulated failure halfway")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with BookmarkStore.open(data_dir) as store:
        assert store.read_only and store.problems
    conn = sqlite3.connect(data_dir / "bookmarks.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone() == (1,)
    assert "half" not in [row[1] for row in conn.execute("PRAGMA table_info(bookmark)")]
    assert conn.execute("SELECT note FROM bookmark").fetchall() == [("old",)]


def test_a_database_from_a_newer_release_opens_read_only(data_dir, write_article, sample):
    article = write_article()
    with BookmarkStore.open(data_dir) as store:
        store.add(article, *sample.span_of(article), note="kept")
    newer = sqlite3.connect(data_dir / "bookmarks.sqlite3")
    newer.execute(f"PRAGMA user_version = {schema.latest() + 1}")
    newer.close()
    with BookmarkStore.open(data_dir) as store:
        assert store.read_only
        assert "newer Counterpoint" in store.problems[0]
        assert [b.note for b in store.bookmarks()] == ["kept"]
