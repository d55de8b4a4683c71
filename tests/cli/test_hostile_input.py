"""Input built to attack the reader: a folder whose corpus.toml reaches outside it, a bookmarks
export with numbers and paths no file system holds, names flooded with combining marks. Each
is refused in one line (status 2) or shown harmlessly, never read, obeyed or a traceback."""

from __future__ import annotations

import json

import pytest

from reader.corpus.manifest import folder_glossary, read_manifest
from reader.corpus.sanitize import MAX_MARKS, visible
from reader.errors import UserError

ARTICLE = "Talks in Geneva\n\nThe delegations met in Geneva on Monday and agreed on a ceasefire.\n"
SECRET = "Private words nobody meant to share.\n"


def _folder_listing(tmp_path, listed: str):
    """A folder `corpus/` with one article and a corpus.toml listing `listed` too, and a
    private file beside the folder that `listed` may reach for."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "inner.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    (folder / "corpus.toml").write_text(
        f'[[article]]\nfile = "ok.txt"\n\n[[article]]\nfile = {json.dumps(listed)}\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize("listed", ["../secret.txt", "sub/../../secret.txt", "..\\secret.txt", "ABSOLUTE",
                                    "C:/Users/me/secret.txt", ".."])
def test_a_corpus_toml_cannot_list_a_file_outside_its_folder(tmp_path, counterpoint, listed):
    listed = str(tmp_path / "secret.txt") if listed == "ABSOLUTE" else listed
    folder = _folder_listing(tmp_path, listed)
    with pytest.raises(UserError, match="is outside the folder of corpus.toml"):
        read_manifest(folder / "corpus.toml")
    for command in (["list", folder], ["list", folder / "ok.txt"], ["map", folder]):
        result = counterpoint(*command)
        line = result.one_line_error()
        assert "article 2: 'file'" in line and "outside the folder" in line, line
        assert "Private words" not in result.out


def test_a_corpus_toml_may_list_files_below_it_and_through_a_symlink(tmp_path, counterpoint):
    folder = _folder_listing(tmp_path, "sub/../sub/inner.txt")
    (folder / "linked.txt").symlink_to(tmp_path / "secret.txt")  # a link its owner made: followed
    assert [e.file.name for e in read_manifest(folder / "corpus.toml")] == ["ok.txt", "inner.txt"]
    assert len(counterpoint("list", folder, "--format", "json").json()["articles"]) == 3


def test_a_corpus_toml_glossary_outside_its_folder_is_refused(tmp_path):
    folder = _folder_listing(tmp_path, "sub/inner.txt")
    (folder / "corpus.toml").write_text('glossary = "../../etc/glossary.toml"\n', encoding="utf-8")
    with pytest.raises(UserError, match="'glossary' '../../etc/glossary.toml' is outside the folder"):
        folder_glossary(folder)
    (folder / "corpus.toml").write_text('glossary = "sub/glossary.toml"\n', encoding="utf-8")
    assert folder_glossary(folder) == folder / "sub" / "glossary.toml"


def _export_with(**changes) -> str:
    bookmark = {"id": 1, "path": "/tmp/article.txt", "quote": "met in Geneva", "note": "", "tags": [],
                "created": "2026-01-01T00:00:00Z", "pair": None,
                "stored": {"start": 0, "end": 13, "prefix": "", "suffix": "", "content_hash": "x",
                           "title": "", "outlet": "", "date": ""}}
    bookmark.update(changes)
    return json.dumps({"format": "counterpoint-bookmarks", "version": 1, "bookmarks": [bookmark]})


@pytest.mark.parametrize(("document", "said"), [
    ('{"format": "counterpoint-bookmarks", "version": ' + "9" * 5000 + ', "bookmarks": []}',
     "a number too long to read"),
    (_export_with(path="/tmp/\ud800.txt"), "'path' '/tmp/\\\\ud800.txt' is no file name: a lone surrogate"),
    (_export_with(path="/tmp/a\0.txt"), "'path' '/tmp/a\\\\x00.txt' is no file name: a NUL character"),
    (_export_with(path="/tmp/" + "a" * 256), "is no file name: longer than a file system holds"),
], ids=["huge-number", "lone-surrogate", "nul", "too-long"])
def test_a_bookmarks_import_no_file_system_could_hold_is_one_line(tmp_path, counterpoint, document, said):
    export = tmp_path / "export.json"
    export.write_text(document, encoding="utf-8")
    line = counterpoint("bookmarks", "import", export, env={"COUNTERPOINT_DATA_DIR": str(tmp_path / "data")}
                        ).one_line_error()
    assert said in line, line


def test_visible_spells_out_a_flood_of_combining_marks(tmp_path, counterpoint):
    flood = "Z" + "\u0301" * 120  # 245 bytes with ".txt": a name a file system takes
    shown = visible(f"{flood}.txt")
    assert shown == "Z" + "\u0301" * MAX_MARKS + "\\u0301" * (120 - MAX_MARKS) + ".txt"
    assert visible("Vie\u0323\u0302t ke\u0301") == "Vie\u0323\u0302t ke\u0301"  # Vietnamese stacks two
    line = counterpoint("list", tmp_path / f"{flood}.txt").one_line_error()
    assert "\u0301" * (MAX_MARKS + 1) not in line and "\\u0301" in line, line


@pytest.mark.parametrize("typed", ["a" * 300 + ".txt", "ab/" * 1400 + "x.txt"], ids=["name", "path"])
def test_a_path_longer_than_a_file_system_holds_is_one_line(tmp_path, counterpoint, typed):
    for command in (["list", typed], [typed], ["align", typed, typed], ["bookmarks", "add", typed, "--quote", "x"]):
        line = counterpoint(*command, env={"COUNTERPOINT_DATA_DIR": str(tmp_path / "data")}).one_line_error()
        assert line.endswith("longer than a file system holds (255 bytes a name, 4095 in all)"), line


def test_a_schema_upgrade_whose_transaction_a_failure_ended_reports_that_failure(tmp_path, monkeypatch):
    """On a full disk the COMMIT fails and SQLite ends the transaction itself; the error to
    report is that one, not "cannot rollback - no transaction is active"."""
    import sqlite3

    from reader.bookmarks import schema

    def full_disk(conn):
        conn.execute("COMMIT")  # what a failed commit leaves: no transaction
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, full_disk])
    conn = sqlite3.connect(tmp_path / "bookmarks.sqlite3", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        schema.migrate(conn)


# Everything that would steer a terminal (colour, screen clearing, a hyperlink, a clipboard
# write, a window title, a DCS string, C1 controls raw and in UTF-8, a direction override),
# with Rich markup beside it.
STEER = ("\x1b[31;1mRED\x1b[0m\x1b[2J \x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 "
         "\x1b]52;c;cm0gLXJmIH4=\x07 \x1bP$q\"p\x1b\\ \x9b31m\x9d0;title\x07 \u202egnp.exe")
MARKUP = "[bold red]loud[/] [@click=app.quit]quit[/] [link=file:///etc/passwd]pw[/link]"
STEERING = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e")


def _hostile_folder(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, where in (("a.md", "Geneva"), (f"b{STEER[:12]}.txt", "Vienna")):
        body = (f"# Talks {STEER} {MARKUP}\n\n" + "\n\n".join(
            f"Paragraph {i}: the delegations met in {where} and agreed on a ceasefire {STEER} {MARKUP}."
            for i in range(6)) + "\n")
        (folder / name).write_text(body, encoding="utf-8")
    meta = {key: json.dumps(f"{key} {STEER} {MARKUP}") for key in ("title", "author", "outlet", "side", "url")}
    (folder / "corpus.toml").write_text(
        '[[article]]\nfile = "a.md"\n' + "".join(f"{k} = {v}\n" for k, v in meta.items())
        + 'date = "=cmd|\' /C calc\'!A0"\n', encoding="utf-8")
    return folder


def test_no_output_of_any_command_steers_the_terminal(tmp_path, counterpoint):
    folder = _hostile_folder(tmp_path)
    a, b = folder / "a.md", next(folder.glob("b*.txt"))
    env = {"COUNTERPOINT_DATA_DIR": str(tmp_path / "data"), "COUNTERPOINT_CONFIG_DIR": str(tmp_path / "config")}
    assert counterpoint("bookmarks", "add", a, "--quote", "Paragraph 1", "--note", f"=1+1 {STEER} {MARKUP}",
                        "--tag", f"@{STEER}", "--pair", b, "--pair-quote", "Paragraph 2", env=env).status == 0
    assert counterpoint("links", "add", a, b, "--quote-a", "Paragraph 3", "--quote-b", "Paragraph 3",
                        env=env).status == 0
    commands = [["list", folder, "--format", f] for f in ("table", "json")]
    commands += [["align", a, b, "--format", f] for f in ("table", "json", "markdown")]
    commands += [["words", a, b, "--format", f] for f in ("table", "json")]
    commands += [["map", folder, "--format", f] for f in ("table", "json", "markdown", "csv")]
    commands += [["bookmarks", "list", "--format", f] for f in ("table", "json")]
    commands += [["bookmarks", "export", "--format", f] for f in ("md", "json", "csv", "bibtex", "csl-json", "ris")]
    commands += [["links", "list", "--format", f] for f in ("table", "json", "markdown", "csv")]
    for command in commands:
        result = counterpoint(*command, env=env)
        assert result.status == 0 and "Traceback" not in result.err, (command, result.err)
        for stream in (result.out, result.err):
            assert not [c for c in STEERING if c in stream], (command, stream[:300])
        if command[-1] in ("table", "markdown", "md"):
            assert "click=app.quit" in result.out, command  # markup shown as text, not obeyed
    exported = counterpoint("bookmarks", "export", "--format", "csv", env=env).out
    assert ",'=1+1 " in exported and ",'=cmd|" in exported  # a formula stays text in a spreadsheet


def test_a_toml_number_too_long_to_read_is_one_line_naming_where(tmp_path, counterpoint):
    digits = "9" * 5000  # past Python's int conversion limit: tomllib raises a bare ValueError
    folder = _folder_listing(tmp_path, "sub/inner.txt")
    (folder / "corpus.toml").write_text(f'[[article]]\nfile = "ok.txt"\nid = {digits}\n', encoding="utf-8")
    line = counterpoint("list", folder).one_line_error()
    assert line.endswith("corpus.toml: invalid TOML at line 3, column 6: a number of more digits than can be read")
    (folder / "corpus.toml").unlink()
    config = tmp_path / "config"
    (config / "glossaries").mkdir(parents=True)
    (config / "config.toml").write_text(f"min_score = {digits}\n", encoding="utf-8")
    (config / "glossaries" / "big.toml").write_text(f"x = {digits}\n", encoding="utf-8")
    result = counterpoint("align", folder / "ok.txt", folder / "sub" / "inner.txt",
                          env={"COUNTERPOINT_CONFIG_DIR": str(config)})
    assert result.status == 0 and "Traceback" not in result.err, result.err
    assert "config.toml: invalid TOML at line 1, column 13: a number of more digits" in result.err
    assert "big.toml: invalid TOML at line 1, column 5: a number of more digits" in result.err


@pytest.mark.parametrize("record", ["bookmarks", "links"])
@pytest.mark.parametrize("given", ["0", "-1", str(2**63), "99999999999999999999999999"])
def test_an_id_no_database_row_can_have_is_one_line(tmp_path, counterpoint, record, given):
    """An id past what SQLite stores (2**63 - 1) is no id there, as 0 is: one line, not the
    driver's OverflowError."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    made = (["bookmarks", "add", a, "--quote", "ceasefire"] if record == "bookmarks" else
            ["links", "add", a, b, "--quote-a", "Monday", "--quote-b", "Tuesday"])
    assert counterpoint(*made).status == 0
    line = counterpoint(record, "delete", "--", given).one_line_error()
    assert f"id {given} (ids are whole numbers from 1)" in line, line
