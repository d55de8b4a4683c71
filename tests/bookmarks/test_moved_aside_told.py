"""A damaged database is moved aside once, with one line; every later listing that finds no
bookmarks says where the old one is, so "No bookmarks yet" never reads as the bookmarks lost
(the line may have been a notice in the reading room, long gone). Real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _counterpoint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          timeout=120, env=os.environ.copy())


def test_an_empty_listing_names_the_damaged_database_kept_beside_it(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    database = data_dir / "bookmarks.sqlite3"
    damaged = b"not a database at all, but a journalist's bookmarks once" * 100
    database.write_bytes(damaged)

    first = _counterpoint("bookmarks", "list")
    assert first.returncode == 2 and "moved it to bookmarks.sqlite3.corrupt-" in first.stderr
    [kept] = [p for p in data_dir.iterdir() if ".corrupt-" in p.name]
    assert kept.read_bytes() == damaged  # never overwritten

    for fmt in ("table", "json"):
        again = _counterpoint("bookmarks", "list", "--format", fmt)
        assert again.returncode == 0
        assert again.stderr.splitlines() == [f"counterpoint: warning: no bookmarks in {database}; the damaged "
                                             f"database it replaced is kept as {kept}"]
    assert json.loads(again.stdout) == {"bookmarks": []}
    exported = _counterpoint("bookmarks", "export", "--format", "csv")
    assert exported.returncode == 0 and str(kept) in exported.stderr
