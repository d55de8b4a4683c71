"""A path through a folder the user may not search (mode 000, another user's 0700): every
command says so in one line (status 2), never a traceback from asking whether the file is
there, never "no such file" for a file that may well be, and never an empty list for a
folder it could not read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.align.test_glossary_broken_states import unprivileged

ARTICLE = "Talks in Geneva\n\nThe delegations met in Geneva on Monday and agreed on a ceasefire.\n"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed(tmp_path):
    """`tmp_path/closed` holding an article, searchable by nobody while the test runs; the
    runner of `python -m reader ARGS` from tmp_path, as one held to the modes."""
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "other.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    folder = tmp_path / "closed"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    folder.chmod(0o000)
    prefix = unprivileged()  # root reads through every mode: held to them as anyone is

    def run(*args: str, config: Path | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "COUNTERPOINT_DATA_DIR": str(tmp_path / "data"),
               "COUNTERPOINT_CONFIG_DIR": str(config or tmp_path / "config")}
        return subprocess.run([*prefix, sys.executable, "-m", "reader", "--no-pager", *args], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)

    try:
        yield run
    finally:
        folder.chmod(0o755)


def _one_line(done: subprocess.CompletedProcess, *said: str) -> str:
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("counterpoint: error: "), done.stderr
    for words in said:
        assert words in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("command", [
    ["list", "closed/a.txt"],
    ["list", "closed/a"],  # no such name: an id looked up in the folder, which cannot be listed
    ["map", "closed/a.txt"],
    ["align", "closed/a.txt", "open.txt"],
    ["words", "open.txt", "closed/a.txt"],
    ["bookmarks", "add", "closed/a.txt", "--quote", "ceasefire"],
    ["links", "add", "closed/a.txt", "open.txt", "--quote-a", "Monday", "--quote-b", "Monday"],
])
def test_an_article_in_a_folder_nobody_may_search_is_one_line(closed, command):
    _one_line(closed(*command), "cannot look into closed (Permission denied)")


def test_a_corpus_folder_inside_one_is_one_line(closed, tmp_path):
    export = tmp_path / "export.json"
    export.write_text('{"format": "counterpoint-bookmarks", "version": 1, "bookmarks": []}', encoding="utf-8")
    _one_line(closed("bookmarks", "import", str(export), "--corpus", "closed/sub"),
              "--corpus closed/sub: cannot look into closed (Permission denied)")


def test_teaching_into_a_config_folder_inside_one_is_one_line(closed, tmp_path):
    _one_line(closed("links", "teach", "Artsakh", "Karabakh", config=tmp_path / "closed" / "config"),
              "cannot save (Permission denied); nothing was taught")


def test_a_themes_folder_that_cannot_be_read_is_named_not_an_empty_one(closed, tmp_path):
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "mine.toml").write_text('name = "mine"\nprimary = "#ff0000"\n', encoding="utf-8")
    themes.chmod(0o000)
    try:
        done = closed("themes", "--format", "json")
    finally:
        themes.chmod(0o755)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    import json

    errors = [t["error"] for t in json.loads(done.stdout)["themes"] if not t["valid"]]
    assert errors == [f"{themes}: cannot read the folder (Permission denied); its themes are left out"], errors


def test_a_bookmark_into_a_folder_closed_since_is_orphaned_as_unreadable(closed, tmp_path):
    """Its file may well be there: `file-unreadable`, as for a file of mode 000, never a
    traceback from asking whether it exists, nor `file-missing`."""
    folder = tmp_path / "closed"
    folder.chmod(0o755)
    try:
        made = [closed("bookmarks", "add", "closed/a.txt", "--quote", "ceasefire", "--pair", "open.txt",
                       "--pair-quote", "Monday"),
                closed("links", "add", "closed/a.txt", "other.txt", "--quote-a", "Monday", "--quote-b", "Tuesday")]
    finally:
        folder.chmod(0o000)
    assert [m.returncode for m in made] == [0, 0], [m.stderr for m in made]
    import json

    listed = closed("bookmarks", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    (bookmark,) = json.loads(listed.stdout)["bookmarks"]
    assert (bookmark["status"], bookmark["orphan_reason"]) == ("orphaned", "file-unreadable")
    assert bookmark["pair"]["status"] == "anchored"
    for command in (["bookmarks", "export", "--format", "csv"], ["links", "list", "--format", "json"],
                    ["links", "export"]):
        done = closed(*command)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    (decision,) = json.loads(closed("links", "list", "--format", "json").stdout)["decisions"]
    assert decision["a"]["status"] == "orphaned" and decision["b"]["status"] == "anchored"
