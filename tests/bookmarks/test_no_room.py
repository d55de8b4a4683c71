"""A data folder with no room to write (a full disk, a file-size limit): the bookmarks already
saved still list and export, and a new one is refused in one line. Real processes, real SQLite:
the limit is the kernel's RLIMIT_FSIZE, which fails SQLite's writes as a full disk does."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys

import pytest

from reader.bookmarks import BookmarkStore

pytestmark = pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")


def _no_room() -> None:
    """In the child: no file may grow past 1 KiB (the write fails with EFBIG, no signal)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))


def _counterpoint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          preexec_fn=_no_room, env=os.environ.copy(), timeout=120)


def test_with_no_room_to_write_the_saved_bookmarks_still_list_and_export(data_dir, write_article, sample):
    article = write_article()
    with BookmarkStore.open(data_dir) as store:
        store.add(article, *sample.span_of(article), note="kept")
    before = (data_dir / "bookmarks.sqlite3").read_bytes()

    listed = _counterpoint("bookmarks", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [b["note"] for b in json.loads(listed.stdout)["bookmarks"]] == ["kept"]
    assert "can be read but not saved" in listed.stderr
    assert "Traceback" not in listed.stderr

    exported = _counterpoint("bookmarks", "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    assert [b["quote"] for b in json.loads(exported.stdout)["bookmarks"]] == [sample.QUOTE]

    added = _counterpoint("bookmarks", "add", str(article.path), "--quote", sample.QUOTE)
    assert added.returncode == 2
    assert added.stdout == ""
    assert "nothing was saved" in added.stderr and "Traceback" not in added.stderr
    assert (data_dir / "bookmarks.sqlite3").read_bytes() == before
