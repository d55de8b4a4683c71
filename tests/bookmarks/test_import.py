"""`counterpoint bookmarks import`: a JSON export back into a data folder, exactly, once."""

from __future__ import annotations

import json

import pytest

from reader.bookmarks import BookmarkStore
from reader.bookmarks.importing import read_export
from reader.errors import UserError


@pytest.fixture
def exported(run_cli, write_article, sample, tmp_path):
    """Two bookmarks (one a pair, with a note and tags) made in one data folder, and its JSON
    export; returns (export file, environment of a second, empty data folder)."""
    article = write_article()
    other = write_article(sample.TEXT.replace("forty", "40"), "other.txt")
    assert run_cli("bookmarks", "add", str(article.path), "--quote", sample.QUOTE,
                   "--note", "the figure", "--tag", "oil").returncode == 0
    assert run_cli("bookmarks", "add", str(article.path), "--quote", "quiet alliance",
                   "--pair", str(other.path), "--pair-quote", "quiet alliance").returncode == 0
    out = tmp_path / "bookmarks.json"
    assert run_cli("bookmarks", "export", "--format", "json", "-o", str(out)).returncode == 0
    return out, {"COUNTERPOINT_DATA_DIR": str(tmp_path / "elsewhere")}


def _listed(run_cli, env=None) -> list[dict]:
    done = run_cli("bookmarks", "list", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["bookmarks"]


def test_an_export_imported_elsewhere_lists_the_same_bookmarks(run_cli, exported):
    out, elsewhere = exported
    done = run_cli("bookmarks", "import", str(out), env=elsewhere)
    assert (done.returncode, done.stdout, done.stderr) == (0, "imported 2 bookmarks\n", "")
    assert _listed(run_cli, elsewhere) == _listed(run_cli)


def test_importing_again_adds_nothing(run_cli, exported):
    out, elsewhere = exported
    run_cli("bookmarks", "import", str(out), env=elsewhere)
    again = run_cli("bookmarks", "import", str(out), env=elsewhere)
    assert (again.returncode, again.stdout) == (0, "imported 0 bookmarks; 2 were here already\n")
    assert len(_listed(run_cli, elsewhere)) == 2


def test_an_export_piped_in(run_cli, exported):
    out, elsewhere = exported
    done = run_cli("bookmarks", "import", "-", input=out.read_text(encoding="utf-8"), env=elsewhere)
    assert (done.returncode, done.stdout) == (0, "imported 2 bookmarks\n")


def test_one_broken_entry_imports_nothing_and_names_it(run_cli, exported):
    out, elsewhere = exported
    document = json.loads(out.read_text(encoding="utf-8"))
    document["bookmarks"][1]["pair"]["stored"]["start"] = "twelve"
    out.write_text(json.dumps(document), encoding="utf-8")
    done = run_cli("bookmarks", "import", str(out), env=elsewhere)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "bookmark 2 (id 2)" in done.stderr and "pair.stored.start" in done.stderr and "nothing imported" in done.stderr
    assert _listed(run_cli, elsewhere) == []


@pytest.mark.parametrize(("data", "says"), [
    (b"{not json", "not JSON"),
    (b'{"bookmarks": []}', "not a bookmarks export"),
    (b'{"format": "counterpoint-bookmarks", "version": 2, "bookmarks": []}', "newer"),
    (b'{"format": "counterpoint-bookmarks", "version": 1, "bookmarks": {}}', "not a list"),
    (b"[" * 100_000, "not a bookmarks export"),
    (b"\xff\xfe{}", "not UTF-8"),
])
def test_what_is_no_export_is_refused_in_one_line(data, says):
    with pytest.raises(UserError, match=says):
        read_export(data, "x.json")


def test_imported_text_is_made_safe(run_cli, exported, isolated_user_dirs):
    out, elsewhere = exported
    document = json.loads(out.read_text(encoding="utf-8"))
    item = document["bookmarks"][0]
    item["note"], item["tags"] = "see \x1b]52;c;cHduZWQ=\x07 this\u202e", ["\x1b[31mred"]
    item["stored"]["title"] = "Title \x1b[2J"
    out.write_text(json.dumps(document), encoding="utf-8")
    assert run_cli("bookmarks", "import", str(out), env=elsewhere).returncode == 0
    with BookmarkStore.open(elsewhere["COUNTERPOINT_DATA_DIR"]) as store:
        first = store.bookmarks()[0]
    assert "\x1b" not in first.note + "".join(first.tags) + first.anchor.title and "\u202e" not in first.note


def test_confirmed_links_in_the_export_are_said_to_be_left_out(run_cli, write_article, sample, tmp_path):
    """`bookmarks export --links` carries the reader's confirmed links; import brings the
    bookmarks only, and says so rather than dropping the links unseen."""
    article = write_article()
    other = write_article("Another view\n\nThe oil trade is a lifeline for Baku.\n", "other.txt")
    assert run_cli("bookmarks", "add", str(article.path), "--quote", sample.QUOTE).returncode == 0
    assert run_cli("bookmarks", "add", str(other.path), "--quote", "The oil trade").returncode == 0
    assert run_cli("links", "confirm", str(article.path), str(other.path), "--quote-a", "Critics in Yerevan",
                   "--quote-b", "The oil trade").returncode == 0
    out = tmp_path / "with-links.json"
    assert run_cli("bookmarks", "export", "--format", "json", "--links", "-o", str(out)).returncode == 0
    done = run_cli("bookmarks", "import", str(out), env={"COUNTERPOINT_DATA_DIR": str(tmp_path / "elsewhere")})
    assert (done.returncode, done.stdout) == (0, "imported 2 bookmarks\n")
    assert done.stderr == ("counterpoint: warning: the file's 1 confirmed link was not imported "
                           "(`counterpoint links import` imports them from this file)\n")


@pytest.mark.parametrize(("side", "start", "end"), [("", 7, 10**20), ("pair.", 2**63, 2**63 + 40)])
def test_an_offset_no_database_can_hold_is_refused_in_one_line(run_cli, exported, side, start, end):
    out, elsewhere = exported
    document = json.loads(out.read_text(encoding="utf-8"))
    entry = document["bookmarks"][1]
    stored = (entry["pair"] if side else entry)["stored"]
    stored["start"], stored["end"] = start, end
    out.write_text(json.dumps(document), encoding="utf-8")
    done = run_cli("bookmarks", "import", str(out), env=elsewhere)
    assert (done.returncode, done.stderr.count("\n")) == (2, 1), done.stderr
    assert f"bookmark 2 (id 2): '{side}stored." in done.stderr and "is not a position" in done.stderr
    assert _listed(run_cli, elsewhere) == []


def test_an_export_with_a_hundred_thousand_tags_imports_at_once(run_cli, exported):
    """Tags are told apart in one pass, not each against all the others (which took minutes)."""
    out, elsewhere = exported
    document = json.loads(out.read_text(encoding="utf-8"))
    document["bookmarks"][0]["tags"] = [f"label-{n}" for n in range(100_000)] + ["label-7"]
    out.write_text(json.dumps(document), encoding="utf-8")
    done = run_cli("bookmarks", "import", str(out), env=elsewhere, timeout=60)
    assert (done.returncode, done.stdout) == (0, "imported 2 bookmarks\n"), done.stderr
    assert len(_listed(run_cli, elsewhere)[0]["tags"]) == 100_000
