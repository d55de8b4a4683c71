"""`counterpoint add FILE`: a reader's own article files copied into a corpus folder with their sides."""

from __future__ import annotations

import json
import zlib
from struct import pack

import pytest

from reader.errors import UserError
from reader.tomlread import load_toml
from reader.web import add as add_module
from reader.web.add import add_page

FOR_DAM = """---
title: "Why the Lenn dam must be built"
author: Ana Ruiz
date: 2025-03-04
---

# Why the Lenn dam must be built

The spring floods ruin the farms of the Lenn valley each year, and the council has argued for a
decade about what to do. A dam above Harl would hold the meltwater back and release it slowly.

Engineers who studied the gorge say the rock is sound and the reservoir would drown no village.
"""

AGAINST_DAM = """The Lenn dam is a mistake

The dam would drown the old mill villages above Harl and the river's salmon would not survive
the still water behind it. The council has not counted what the valley would lose.

Cheaper levees along the farms would hold the spring floods as well as any dam.
"""

LETTER = """From: Tom Berg <tom@example.org>
Subject: A letter on the harbour
Date: Tue, 04 Mar 2025 10:00:00 +0000
Content-Type: text/plain; charset=utf-8

The harbour board should open its accounts before it asks for more money.
"""


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return pack(">I", len(data)) + kind + data + pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 14)) + chunk(b"IEND", b""))


def _write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def _visible(folder):
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_a_txt_and_an_md_added_with_sides_are_mapped_under_them(tmp_path, run_cli):
    folder = tmp_path / "corpus"
    md = _write(tmp_path / "mine" / "for-dam.md", FOR_DAM)
    txt = _write(tmp_path / "mine" / "against.txt", AGAINST_DAM)
    first = run_cli("add", str(md), "--to", str(folder), "--side", "for the dam")
    second = run_cli("add", str(txt), "--to", str(folder), "--side", "against the dam", "--outlet", "Valley Post")
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    assert first.stdout.splitlines()[0] == "added for-dam.md: Why the Lenn dam must be built"
    assert second.stdout.splitlines()[0] == "added against.txt: The Lenn dam is a mistake"
    assert (folder / "for-dam.md").read_bytes() == md.read_bytes()  # copied as it is
    assert (folder / "against.txt").read_bytes() == txt.read_bytes()
    found = {e["file"]: e for e in load_toml(folder / "corpus.toml")["article"]}
    assert found["for-dam.md"] == {"file": "for-dam.md", "title": "Why the Lenn dam must be built", "author": "Ana Ruiz",
                                   "outlet": "", "date": "2025-03-04", "side": "for the dam"}
    assert found["against.txt"]["outlet"] == "Valley Post" and found["against.txt"]["side"] == "against the dam"
    mapped = run_cli("map", str(folder), "--format", "json", "--no-pager")
    assert mapped.returncode == 0, mapped.stderr
    sides = {a["path"].rsplit("/", 1)[-1]: a["side"] for a in json.loads(mapped.stdout)["articles"]}
    assert sides == {"for-dam.md": "for the dam", "against.txt": "against the dam"}


def test_the_same_file_again_updates_its_entry_and_keeps_what_the_user_wrote(tmp_path, run_cli):
    folder = tmp_path / "corpus"
    manifest = folder / "corpus.toml"
    _write(manifest, '# my dam corpus\n\n[[article]]\nfile = "old.txt"  # typed by hand\ntitle = "Old notes"\n')
    _write(folder / "old.txt", "Some notes of my own about the valley.\n")
    md = _write(tmp_path / "for-dam.md", FOR_DAM)
    assert run_cli("add", str(md), "--to", str(folder), "--side", "builders").returncode == 0
    edited = manifest.read_text(encoding="utf-8").replace('"Why the Lenn dam must be built"', '"My title"')
    manifest.write_text(edited, encoding="utf-8")
    again = run_cli("add", str(md), "--to", str(folder), "--side", "for the dam")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == "updated for-dam.md: My title"
    assert _visible(folder) == ["corpus.toml", "for-dam.md", "old.txt"]  # no second copy
    text = manifest.read_text(encoding="utf-8")
    assert text.startswith('# my dam corpus\n\n[[article]]\nfile = "old.txt"  # typed by hand\ntitle = "Old notes"\n')
    (old, mine) = load_toml(manifest)["article"]
    assert old == {"file": "old.txt", "title": "Old notes"}
    assert (mine["file"], mine["title"], mine["side"]) == ("for-dam.md", "My title", "for the dam")
    # the same bytes under another name are the same article
    renamed = _write(tmp_path / "elsewhere" / "copy.md", FOR_DAM)
    assert run_cli("add", str(renamed), "--to", str(folder)).stdout.startswith("updated for-dam.md")
    assert len(load_toml(manifest)["article"]) == 2


def test_a_different_file_of_a_taken_name_gets_a_free_one(tmp_path, run_cli):
    folder = tmp_path / "corpus"
    first = _write(tmp_path / "a" / "dam.txt", AGAINST_DAM)
    other = _write(tmp_path / "b" / "dam.txt", "Another writer on the Lenn dam, with other words entirely.\n")
    assert run_cli("add", str(first), "--to", str(folder), "--side", "against").returncode == 0
    result = run_cli("add", str(other), "--to", str(folder), "--side", "neutral")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == ("added dam-2.txt: Another writer on the Lenn dam, with other words "
                                             "entirely.  (dam.txt is another file's name there)")
    assert (folder / "dam.txt").read_bytes() == first.read_bytes()  # never overwritten
    assert (folder / "dam-2.txt").read_bytes() == other.read_bytes()
    assert [(e["file"], e["side"]) for e in load_toml(folder / "corpus.toml")["article"]] == [
        ("dam.txt", "against"), ("dam-2.txt", "neutral")]


def test_a_file_already_in_the_folder_gets_its_entry_without_a_copy(tmp_path):
    folder = tmp_path / "corpus"
    inside = _write(folder / "letter.eml", LETTER)
    added = add_page(str(inside), folder, side="harbour critics")
    assert added.file == inside and not added.updated and not added.taken
    assert _visible(folder) == ["corpus.toml", "letter.eml"]
    (entry,) = load_toml(folder / "corpus.toml")["article"]
    assert entry == {"file": "letter.eml", "title": "A letter on the harbour", "author": "Tom Berg", "outlet": "",
                     "date": "2025-03-04", "side": "harbour critics"}


def test_a_feed_item_the_reader_reads_is_copied_too(tmp_path):
    feed = _write(tmp_path / "vote.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title>'
                  "<item><title>The dam vote</title><author>Ana Ruiz</author><description>The council voted on "
                  "the dam on Tuesday. Farmers cheered from the gallery, and the fishers left the hall in protest, "
                  "saying the river would die behind the wall.</description></item></channel></rss>\n")
    added = add_page(str(feed), tmp_path / "corpus", side="council")
    assert added.file.read_bytes() == feed.read_bytes()
    (entry,) = load_toml(tmp_path / "corpus" / "corpus.toml")["article"]
    assert (entry["file"], entry["title"], entry["author"], entry["side"]) == ("vote.rss", "The dam vote", "Ana Ruiz",
                                                                               "council")


@pytest.mark.parametrize("broken", ['[[article]\nfile = "x.txt"\n', '[[article]]\nfile = "x.txt"\npublisher = "?"\n'])
def test_a_broken_corpus_toml_is_left_as_it_is(tmp_path, run_cli, broken):
    folder = tmp_path / "corpus"
    _write(folder / "corpus.toml", broken)
    md = _write(tmp_path / "for-dam.md", FOR_DAM)
    result = run_cli("add", str(md), "--to", str(folder), "--side", "for")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "corpus.toml" in result.stderr and "Traceback" not in result.stderr
    assert (folder / "corpus.toml").read_text(encoding="utf-8") == broken
    assert _visible(folder) == ["corpus.toml"]


def test_an_image_is_no_article_and_is_refused_in_one_line(tmp_path, run_cli):
    folder = tmp_path / "corpus"
    picture = tmp_path / "dam.png"
    picture.write_bytes(_png())
    result = run_cli("add", str(picture), "--to", str(folder), "--side", "for")
    assert result.returncode == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("counterpoint: error: ") and "PNG image" in line
    assert not folder.exists() or _visible(folder) == []


def test_a_manifest_that_cannot_be_written_takes_the_copy_back(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    md = _write(tmp_path / "for-dam.md", FOR_DAM)
    real = add_module.write_atomic

    def failing(path, data, **kwargs):
        if path.name == "corpus.toml":
            raise OSError(28, "No space left on device")
        real(path, data, **kwargs)

    monkeypatch.setattr(add_module, "write_atomic", failing)
    with pytest.raises(UserError, match="No space left on device"):
        add_page(str(md), folder, side="for")
    assert _visible(folder) == []


def test_help_says_own_files_are_copied(run_cli):
    shown = run_cli("add", "--help")
    assert shown.returncode == 0 and ".md" in shown.stdout and "copied" in shown.stdout


def test_a_dangling_symlink_in_the_folder_is_not_written_through(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    outside = tmp_path / "elsewhere" / "dam.txt"
    outside.parent.mkdir()
    (folder / "dam.txt").symlink_to(outside)  # points at nothing yet
    added = add_page(str(_write(tmp_path / "mine" / "dam.txt", AGAINST_DAM)), folder)
    assert not outside.exists()
    assert added.file.name == "dam-2.txt" and added.taken == "dam.txt"
    assert (folder / "dam-2.txt").read_text() == AGAINST_DAM


def test_a_file_grown_past_the_limit_after_its_size_was_taken_is_refused(tmp_path, monkeypatch):
    source = _write(tmp_path / "dam.txt", AGAINST_DAM)
    small = source.stat()
    source.write_text(AGAINST_DAM * 50)  # grown since `small` was taken
    with pytest.raises(UserError, match="larger than"):
        add_module._read_bytes(source, small, len(AGAINST_DAM) * 2, "file")


def test_a_file_name_with_a_line_break_is_reported_on_one_line(tmp_path, run_cli):
    folder = tmp_path / "corpus"
    source = _write(tmp_path / "dam\nnotes.txt", AGAINST_DAM)
    result = run_cli("add", str(source), "--to", str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "added dam\\nnotes.txt: The Lenn dam is a mistake"
    assert (folder / "dam\nnotes.txt").read_bytes() == source.read_bytes()
    missing = run_cli("add", str(tmp_path / "gone\nfile.txt"), "--to", str(folder))
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1


def test_a_file_named_too_long_to_write_beside_is_copied_under_a_shorter_name(tmp_path):
    folder = tmp_path / "corpus"
    long_name = "é" * 120 + ".txt"  # 244 bytes: the file system holds it, its temporary file would not
    first = add_page(str(_write(tmp_path / "a" / long_name, AGAINST_DAM)), folder)
    second = add_page(str(_write(tmp_path / "b" / long_name, FOR_DAM.replace("---\n", "", 1))), folder)
    assert first.shortened == long_name and first.file.name.endswith(".txt")
    assert len(first.file.name.encode()) <= add_module.NAME_BYTES_COPIED
    assert first.file.read_text() == AGAINST_DAM
    assert second.file.name == first.file.stem + "-2.txt"
    assert "too long a name to copy under" in add_module.describe(first)
    assert [e["file"] for e in load_toml(folder / "corpus.toml")["article"]] == [first.file.name, second.file.name]
