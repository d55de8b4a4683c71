"""Bookmarks taken to a second machine, where the articles sit in another folder:
`bookmarks import FILE --corpus DIR` finds each article by its name there, an import made
before the articles were found says so and is mended by importing again with the folder,
and nothing is ever imported twice."""

from __future__ import annotations

import json
import shutil

import pytest


@pytest.fixture
def moved(cli, write_article, sample, tmp_path):
    """A pair bookmark and a plain one made in `articles/`, exported; the folder then copied
    to `machine2/research/articles/` and the original removed. Returns (export, new folder,
    second data folder)."""
    article = write_article()
    other = write_article(sample.TEXT.replace("forty", "40"), "other.txt")
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "the figure")[0] == 0
    assert cli("bookmarks", "add", article.path, "--quote", "quiet alliance",
               "--pair", other.path, "--pair-quote", "quiet alliance")[0] == 0
    out = tmp_path / "bookmarks.json"
    assert cli("bookmarks", "export", "--format", "json", "-o", out)[0] == 0
    new = tmp_path / "machine2" / "research" / "articles"
    shutil.copytree(article.path.parent, new)
    shutil.rmtree(article.path.parent)
    return out, new, tmp_path / "data2"


def _listed(cli, data) -> list[dict]:
    status, out, err = cli("--data-dir", data, "bookmarks", "list", "--format", "json")
    assert status == 0, err
    return json.loads(out)["bookmarks"]


def test_the_corpus_folder_finds_the_articles_by_name(cli, moved):
    out, new, data = moved
    status, printed, err = cli("--data-dir", data, "bookmarks", "import", out, "--corpus", new.parent.parent)
    assert (status, printed, err) == (0, "imported 2 bookmarks\n", "")
    listed = _listed(cli, data)
    assert [b["status"] for b in listed] == ["anchored", "anchored"]
    assert {b["path"] for b in listed} | {listed[1]["pair"]["path"]} == {str(new / "article.txt"), str(new / "other.txt")}


def test_an_import_without_the_articles_says_so_and_importing_again_mends_it(cli, moved):
    out, new, data = moved
    status, printed, err = cli("--data-dir", data, "bookmarks", "import", out)
    assert (status, printed) == (0, "imported 2 bookmarks\n")
    lines = err.splitlines()
    assert len(lines) == 3 and "2 article files are not here" in lines[-1] and "--corpus DIR" in lines[-1]
    assert lines[0].startswith("counterpoint: warning: bookmark 1 is orphaned here: “Azerbaijan supplied")
    assert "bookmark 2 is orphaned here: “quiet alliance” in " in lines[1] and "other.txt" in lines[1]
    assert [b["status"] for b in _listed(cli, data)] == ["orphaned", "orphaned"]
    status, printed, err = cli("--data-dir", data, "bookmarks", "import", out, "--corpus", new)
    assert (status, printed, err) == (0, "imported 0 bookmarks; 2 were here already\n", "")
    assert [b["status"] for b in _listed(cli, data)] == ["anchored", "anchored"]
    status, printed, err = cli("--data-dir", data, "bookmarks", "import", out)  # found: no warning, no twin
    assert (status, printed, err) == (0, "imported 0 bookmarks; 2 were here already\n", "")
    assert len(_listed(cli, data)) == 2


def test_of_two_files_of_that_name_the_one_in_the_same_folder_is_taken(cli, moved, tmp_path):
    out, new, data = moved
    decoy = tmp_path / "machine2" / "research" / "drafts"
    decoy.mkdir()
    (decoy / "article.txt").write_text("Another article altogether.\n", encoding="utf-8")
    assert cli("--data-dir", data, "bookmarks", "import", out, "--corpus", tmp_path / "machine2")[0] == 0
    assert {b["path"] for b in _listed(cli, data)} == {str(new / "article.txt")}


def test_a_tie_between_two_files_of_that_name_is_left_orphaned(cli, moved, tmp_path):
    out, new, data = moved
    for copy in ("a", "b"):
        shutil.copytree(new, tmp_path / "elsewhere" / copy / "folder")
    status, _, err = cli("--data-dir", data, "bookmarks", "import", out, "--corpus", tmp_path / "elsewhere")
    assert status == 0 and "2 article files are not here in" in err
    assert [b["status"] for b in _listed(cli, data)] == ["orphaned", "orphaned"]


def test_a_corpus_folder_that_is_not_there_is_one_line_and_status_2(cli, moved, tmp_path):
    out, _, data = moved
    status, printed, err = cli("--data-dir", data, "bookmarks", "import", out, "--corpus", tmp_path / "nowhere")
    assert (status, printed, err.count("\n")) == (2, "", 1) and "no such folder" in err
    assert _listed(cli, data) == []


def test_an_import_names_each_bookmark_it_cannot_place_and_why(cli, write_article, tmp_path):
    """Exported from another data folder: one bookmark's file is gone, another's words are no
    longer in its file, a third is found. The two are named, one line each, with their file and
    why; the one found is not; the import still succeeds (status 0) and keeps them, orphaned."""
    gone = write_article("Harbour notes\n\nThe ferry left the harbour before the storm.\n", "harbour.txt")
    edited = write_article("Market day\n\nStalls of figs and walnuts filled the square by noon.\n", "market.txt")
    kept = write_article("Rail report\n\nThe night train kept to its timetable all winter.\n", "rail.txt")
    for article, quote in ((gone, "left the harbour"), (edited, "figs and walnuts"), (kept, "the night train")):
        assert cli("bookmarks", "add", article.path, "--quote", quote)[0] == 0
    out = tmp_path / "from-elsewhere.json"
    assert cli("bookmarks", "export", "--format", "json", "-o", out)[0] == 0
    gone.path.unlink()
    edited.path.write_text("Market day\n\nThe square stood empty after the rain.\n", encoding="utf-8")
    status, printed, err = cli("--data-dir", tmp_path / "other-data", "bookmarks", "import", out)
    assert (status, printed) == (0, "imported 3 bookmarks\n")
    lines = err.splitlines()
    assert lines[:2] == [
        f"counterpoint: warning: bookmark 1 is orphaned here: “left the harbour” in {gone.path}: "
        "the file was moved or deleted",
        f"counterpoint: warning: bookmark 2 is orphaned here: “figs and walnuts” in {edited.path}: "
        "the words are no longer in the file"]
    assert len(lines) == 3 and "1 article file is not here" in lines[2] and "rail.txt" not in err
    assert [b["status"] for b in _listed(cli, tmp_path / "other-data")] == ["orphaned", "orphaned", "anchored"]


def test_past_twenty_bookmarks_not_placed_the_rest_are_counted(cli, write_article, tmp_path):
    from reader.bookmarks.importing import UNPLACED_SHOWN

    words = ["amber", "basalt", "cedar", "delta", "ember", "fjord", "granite", "heron", "iris", "juniper",
             "kelp", "lichen", "maple", "nettle", "onyx", "pumice", "quartz", "reed", "sorrel", "tundra",
             "umber", "willow", "yarrow"]
    article = write_article("Field list\n\n" + "\n\n".join(f"Entry on {w} by the shore." for w in words) + "\n",
                            "field.txt")
    for word in words:
        assert cli("bookmarks", "add", article.path, "--quote", f"Entry on {word}")[0] == 0
    out = tmp_path / "field.json"
    assert cli("bookmarks", "export", "--format", "json", "-o", out)[0] == 0
    article.path.unlink()
    status, _, err = cli("--data-dir", tmp_path / "other-data", "bookmarks", "import", out)
    lines = err.splitlines()
    assert status == 0 and len(lines) == UNPLACED_SHOWN + 2
    assert all(f"bookmark {n} is orphaned here" in line for n, line in enumerate(lines[:UNPLACED_SHOWN], 1))
    assert f"and {len(words) - UNPLACED_SHOWN} more imported bookmarks are orphaned here" in lines[UNPLACED_SHOWN]
