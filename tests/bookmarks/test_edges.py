"""Bookmarks at the edges: names that are not UTF-8, Markdown in paths, damaged rows, a store
that cannot be read, a full disk, odd lock files and ids no database can hold."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import reader
from reader.bookmarks import BookmarkStore

STEERING = ("\x1b", "\x07", "\x9b", "\u202e")


def _one_line_error(status: int, err: str, *fragments: str) -> None:
    assert status == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("counterpoint: error: "), err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


# --- names, notes and tags that are not UTF-8 ---------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_bookmarked_listed_and_exported(run_cli, sample, tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_text(sample.TEXT, encoding="utf-8")
    added = run_cli("bookmarks", "add", str(path), "--quote", sample.QUOTE)
    assert added.returncode == 0, added.stderr
    table = run_cli("bookmarks", "list", env={"COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    listed = run_cli("bookmarks", "list", "--format", "json", env={"LC_ALL": "en_US.UTF-8"})
    assert listed.returncode == 0, listed.stderr
    [item] = json.loads(listed.stdout)["bookmarks"]
    assert item["path"] == str(path) and item["status"] == "anchored"  # round-trips exactly
    markdown = run_cli("bookmarks", "export", "--format", "md")
    assert markdown.returncode == 0 and "caf\\xe9.txt" in markdown.stdout
    target = tmp_path / "e.json"
    exported = run_cli("bookmarks", "export", "--format", "json", "-o", str(target))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["bookmarks"][0]["path"] == str(path)


def test_notes_and_tags_with_stray_bytes_are_stored_as_text(run_cli, sample, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(sample.TEXT, encoding="utf-8")
    added = run_cli("bookmarks", "add", str(path), "--quote", sample.QUOTE,
                    "--note", os.fsdecode(b"bad\xff"), "--tag", os.fsdecode(b"\xff"))
    assert added.returncode == 0, added.stderr
    [item] = json.loads(run_cli("bookmarks", "list", "--format", "json").stdout)["bookmarks"]
    assert item["note"] == "bad\ufffd" and item["tags"] == ["\ufffd"]


# --- Markdown -----------------------------------------------------------------------------------


def test_a_path_cannot_inject_markdown(cli, sample, tmp_path):
    folder = tmp_path / "x\n# Injected heading\n```\n[link](evil.example)"
    folder.mkdir()
    path = folder / "a``` b.txt"
    path.write_text(sample.TEXT, encoding="utf-8")
    status, _, err = cli("bookmarks", "add", path, "--quote", sample.QUOTE)
    assert status == 0, err
    status, out, err = cli("bookmarks", "export", "--format", "md")
    assert status == 0, err
    lines = out.splitlines()
    assert not any(line.startswith("# Injected") for line in lines)
    assert sum(line.startswith("#") for line in lines) == 2  # "# Bookmarks" and the article's "##"
    code_lines = [line for line in lines if "a``` b.txt" in line]  # the heading's and the citation's
    assert code_lines
    for code_line in code_lines:  # a fence longer than ``` around the whole path, its breaks spelled out
        assert "````" + str(folder).replace("\n", "\\n") + "/a``` b.txt````" in code_line


# --- damaged rows ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("column", "value"), [("b.tags", "not json"), ("a.start_offset", "abc")])
def test_damaged_rows_are_reported_by_id_and_the_rest_shown(cli, cli_json, write_article, sample,
                                                            data_dir, column, value):
    article = write_article()
    for paragraph in sample.PARAGRAPHS[1:4]:  # three places: the same one again is the same bookmark
        cli("bookmarks", "add", article.path, "--quote", paragraph)
    table, field = column.split(".")
    with sqlite3.connect(data_dir / "bookmarks.sqlite3") as conn:
        key = "id" if table == "b" else "bookmark_id"
        conn.execute(f"UPDATE {'bookmark' if table == 'b' else 'anchor'} SET {field} = ? WHERE {key} = 2", (value,))
    status, out, err = cli("bookmarks", "list", "--format", "json")
    assert status == 0, err
    assert [b["id"] for b in json.loads(out)["bookmarks"]] == [1, 3]
    assert "bookmark 2 is damaged" in err
    status, out, err = cli("bookmarks", "export", "--format", "md")
    assert status == 0 and "*Bookmark 3," in out and "bookmark 2 is damaged" in err
    with BookmarkStore.open(data_dir) as store:
        assert [b.id for b in store.bookmarks()] == [1, 3]
        assert any("bookmark 2 is damaged" in p for p in store.problems)
        new = store.add_quote(article, sample.QUOTE)  # later bookmarks show too
        assert [b.id for b in store.placed()] == [1, 3, new]
    status, _, err = cli("bookmarks", "delete", "2")  # a damaged one can still be removed
    assert status == 0, err
    assert [b["id"] for b in cli_json("bookmarks", "list", "--format", "json")["bookmarks"]] == [1, 3, new]


# --- a store that cannot be read ------------------------------------------------------------------


def _good_export(cli, write_article, sample, target: Path) -> str:
    article = write_article()
    for n in range(5):
        status, _, err = cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", f"note {n}")
        assert status == 0, err
    status, _, err = cli("bookmarks", "export", "--format", "json", "-o", target)
    assert status == 0, err
    return target.read_text(encoding="utf-8")


def test_an_unreadable_store_fails_the_command_and_keeps_the_export(cli, write_article, sample, data_dir, tmp_path):
    target = tmp_path / "e.json"
    before = _good_export(cli, write_article, sample, target)
    wal = data_dir / "bookmarks.sqlite3-wal"
    if wal.exists():
        wal.unlink()
    wal.mkdir()
    status, out, err = cli("bookmarks", "list", "--format", "json")
    assert status == 2 and out == "" and "bookmarks.sqlite3" in err
    status, _, err = cli("bookmarks", "export", "--format", "json", "-o", target)
    assert status == 2, err
    assert target.read_text(encoding="utf-8") == before
    status, _, err = cli("bookmarks", "add", write_article().path, "--quote", sample.QUOTE)
    assert status == 2 and "nothing was saved" in err


@pytest.mark.parametrize("below", ["", "sub"])
def test_a_file_in_place_of_the_data_directory_is_an_error_not_an_empty_list(cli, tmp_path, below):
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("a file, not a folder\n", encoding="utf-8")
    data = in_the_way / below if below else in_the_way
    for command in (("bookmarks", "list"), ("bookmarks", "export", "--format", "json")):
        status, out, err = cli("--data-dir", data, *command)
        _one_line_error(status, err, str(data), "is a file, not a folder")
        assert out == ""
    assert in_the_way.read_text(encoding="utf-8") == "a file, not a folder\n"


def test_a_lock_path_that_is_a_directory_is_one_line(cli, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "bookmarks.sqlite3").write_bytes(b"this is not a database" * 100)
    (data_dir / "bookmarks.sqlite3.lock").mkdir()
    status, _, err = cli("bookmarks", "list")
    _one_line_error(status, err, "bookmarks.sqlite3.lock", "Is a directory")
    assert (data_dir / "bookmarks.sqlite3").read_bytes().startswith(b"this is not")  # left alone


@pytest.mark.parametrize("bookmark_id", ["9223372036854775808", "0", "-1"])
def test_an_id_no_database_can_hold_is_one_line(cli, bookmark_id):
    status, _, err = cli("bookmarks", "delete", "--", bookmark_id) if bookmark_id.startswith("-") \
        else cli("bookmarks", "delete", bookmark_id)
    _one_line_error(status, err, f"no bookmark with id {bookmark_id}")


def _can_mount_tmpfs() -> str | None:
    if shutil.which("unshare") is None:
        return "no unshare here"
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True, text=True)
    return None if probe.returncode == 0 else f"cannot mount a tmpfs here: {probe.stderr.strip()[:120]}"


def test_a_full_disk_leaves_the_previous_export_whole(sample, tmp_path):
    reason = _can_mount_tmpfs()
    if reason:
        pytest.skip(reason)

    article = tmp_path / "a.txt"
    article.write_text(sample.TEXT, encoding="utf-8")
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    out.mkdir()
    counterpoint = f"{sys.executable} -m reader --data-dir {disk}/data"
    script = f"""
set -e
mount -t tmpfs -o size=1m tmpfs {disk}
{"".join(f'{counterpoint} bookmarks add {article} --quote "{p}" --note "n{n}" >/dev/null{chr(10)}'
         for n, p in enumerate(sample.PARAGRAPHS[1:6], 1))}{counterpoint} bookmarks export --format json -o {disk}/e.json 2>/dev/null
cp {disk}/e.json {out}/before.json
dd if=/dev/zero of={disk}/fill bs=4k 2>/dev/null || true
set +e
{counterpoint} bookmarks export --format json -o {disk}/e.json 2>{out}/err
echo $? > {out}/status
cp {disk}/e.json {out}/after.json
"""
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(Path(reader.__file__).resolve().parent.parent)})
    assert done.returncode == 0, done.stderr
    assert int((out / "status").read_text()) != 0, (out / "err").read_text()
    before = (out / "before.json").read_text(encoding="utf-8")
    assert len(json.loads(before)["bookmarks"]) == 5
    assert (out / "after.json").read_text(encoding="utf-8") == before
    assert "counterpoint: error:" in (out / "err").read_text()


def test_text_another_program_wrote_into_the_database_reaches_no_terminal_or_export(cli, data_dir, write_article, sample):
    """The database is a file like any other: notes, tags and quotes read from it go through
    the sanitiser, as they do when a bookmark or decision is made."""
    import csv
    import sqlite3

    from reader.bookmarks.database import DB_NAME

    article = write_article()
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "n")[0] == 0
    other = write_article("Another view\n\nThe oil trade is a lifeline for Baku.\n", name="other.txt")
    assert cli("links", "add", article.path, other.path, "--quote-a", "Baku and Jerusalem",
               "--quote-b", "The oil trade")[0] == 0
    hostile = "\x1b]52;c;cHduZWQ=\x07=cmd\x1b[2J \u202eevil \x9b31m"
    with sqlite3.connect(data_dir / DB_NAME) as conn:
        conn.execute("UPDATE bookmark SET note = ?, tags = ?", (hostile, json.dumps([hostile])))
        conn.execute("UPDATE anchor SET quote = ?, title = ?", (hostile + sample.QUOTE, hostile))
        conn.execute("UPDATE link_anchor SET quote = ?, title = ?", (hostile, hostile))
    shown = []
    for args in (("bookmarks", "list"), ("bookmarks", "list", "--format", "json"), ("links", "list"),
                 *(("bookmarks", "export", "--format", f) for f in ("md", "csv", "json")),
                 *(("links", "export", "--format", f) for f in ("markdown", "csv", "json"))):
        status, out, err = cli(*args)
        assert status == 0, (args, err)
        shown.append(out + err)
    for text in shown:
        assert not [c for c in text if c == "\x1b" or "\x80" <= c <= "\x9f" or c == "\u202e"], text
    status, out, _ = cli("bookmarks", "export", "--format", "csv")
    [row] = list(csv.DictReader(out.splitlines()))
    assert row["note"].startswith("'=cmd")


@pytest.mark.parametrize("command", [("bookmarks", "list"), ("bookmarks", "export", "--format", "json"),
                                     ("bookmarks", "delete", "1"), ("links", "list")])
@pytest.mark.parametrize("thing", ["fifo", "folder"])
def test_a_fifo_or_a_folder_in_place_of_the_database_is_one_line_not_a_hang(data_dir, command, thing):
    """SQLite opening a FIFO waits for a writer forever, in the reading room as in a script."""
    data_dir.mkdir(parents=True)
    db = data_dir / "bookmarks.sqlite3"
    os.mkfifo(db) if thing == "fifo" else db.mkdir()
    done = subprocess.run([sys.executable, "-m", "reader", "--data-dir", str(data_dir), *command],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(Path(reader.__file__).resolve().parent.parent)})
    said = "a FIFO (named pipe)" if thing == "fifo" else "a directory"
    _one_line_error(done.returncode, done.stderr, str(db), f"is {said}, not a regular file")
    assert done.stdout == ""
    assert (db.is_fifo() if thing == "fifo" else db.is_dir())
