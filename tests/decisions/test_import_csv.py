"""`counterpoint links import` of a CSV export (`links export --format csv`), as written or as a
spreadsheet saved it again; a CSV of something else is refused in one line."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest


def _listed(cli, *data) -> list[tuple]:
    status, out, err = cli(*data, "links", "list", "--format", "json")
    assert status == 0, err
    return [(d["kind"], d["status"], d["created"], d["a"]["path"], d["a"]["start"], d["b"]["end"])
            for d in json.loads(out)["decisions"]]


@pytest.fixture
def exported(cli, decided, tmp_path):
    out = tmp_path / "links.csv"
    assert cli("links", "export", "--format", "csv", "-o", out)[0] == 0
    return out, ("--data-dir", tmp_path / "data2")


def test_a_csv_export_imported_elsewhere_lists_the_same_decisions(cli, exported):
    out, elsewhere = exported
    assert cli(*elsewhere, "links", "import", out) == (0, "imported 2 link decisions\n", "")
    assert _listed(cli, *elsewhere) == _listed(cli)
    assert cli(*elsewhere, "links", "import", out)[1] == "imported 0 link decisions; 2 were here already\n"


def test_a_csv_saved_again_with_semicolons_and_moved_articles(cli, exported, pair, tmp_path):
    out, elsewhere = exported
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    resaved = io.StringIO()
    csv.writer(resaved, delimiter=";", lineterminator="\n").writerows(rows)
    out.write_text(resaved.getvalue(), encoding="utf-8")
    new = tmp_path / "machine2" / "articles"
    shutil.copytree(pair[0].path.parent, new)
    shutil.rmtree(pair[0].path.parent)
    assert cli(*elsewhere, "links", "import", out, "--corpus", new.parent) == (0, "imported 2 link decisions\n", "")
    assert [(k, s, p) for k, s, _, p, _, _ in _listed(cli, *elsewhere)] == [
        ("confirm", "anchored", str(new / "a.txt")), ("reject", "anchored", str(new / "a.txt"))]


def test_a_bookmarks_csv_is_no_links_export(cli, pair, tmp_path):
    a, _ = pair
    assert cli("bookmarks", "add", a.path, "--quote", "Critics in Yerevan")[0] == 0
    out = tmp_path / "bookmarks.csv"
    assert cli("bookmarks", "export", "--format", "csv", "-o", out)[0] == 0
    status, printed, err = cli("--data-dir", tmp_path / "data2", "links", "import", out)
    assert (status, printed, err.count("\n")) == (2, "", 1)
    assert "a CSV but not a link decisions export" in err and "links export --format csv" in err


def test_a_reworded_passage_and_an_import_mended_with_the_articles(cli, exported, pair, write, paragraphs, tmp_path):
    """A different edit: side A reworded before the export (exported at its new words), then the
    CSV imported where the articles are not, and again with them: the same two decisions, placed."""
    out, elsewhere = exported
    a, b = pair
    write([p.replace("Azerbaijan supplied Israel", "Azerbaijan sold Israel") for p in paragraphs[0]], "a.txt")
    assert cli("links", "export", "--format", "csv", "-o", out)[0] == 0
    new = tmp_path / "machine2" / "articles"
    shutil.copytree(a.path.parent, new)
    shutil.rmtree(a.path.parent)
    status, printed, err = cli(*elsewhere, "links", "import", out)
    assert (status, printed) == (0, "imported 2 link decisions\n") and "2 article files are not here" in err
    assert cli(*elsewhere, "links", "import", out, "--corpus", new)[:2] == (
        0, "imported 0 link decisions; 2 were here already\n")
    assert [(k, s) for k, s, *_ in _listed(cli, *elsewhere)] == [("confirm", "moved"), ("reject", "anchored")]


def test_two_decisions_of_one_second_at_the_same_offsets_stay_two(cli, write, tmp_path):
    """Two council notices that open alike, each rejected against one reply in the same
    second at the same offsets: a CSV import keeps both; importing it again adds nothing."""
    opening = ["Notice", "The library on Mill Street closes for repairs from the first of June."]
    one = write([*opening, "Books may be returned to the school."], "june.txt")
    two = write([*opening, "The reading room moves to the town hall."], "july.txt")
    reply = write(["A reply", "Repairs to the library were promised three years ago."], "reply.txt")
    for notice in (one, two):
        assert cli("links", "reject", notice.path, reply.path, "--quote-a", "The library on Mill Street",
                   "--quote-b", "Repairs to the library")[0] == 0
    out = tmp_path / "links.csv"
    assert cli("links", "export", "--format", "csv", "-o", out)[0] == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    made = rows[0].index("created")
    rows[2][made] = rows[1][made]
    resaved = io.StringIO()
    csv.writer(resaved).writerows(rows)
    out.write_text(resaved.getvalue(), encoding="utf-8", newline="")
    elsewhere = ("--data-dir", tmp_path / "data2")
    assert cli(*elsewhere, "links", "import", out)[:2] == (0, "imported 2 link decisions\n")
    assert cli(*elsewhere, "links", "import", out)[1] == "imported 0 link decisions; 2 were here already\n"
    assert sorted(a for *_, a, _, _ in _listed(cli, *elsewhere)) == sorted([str(one.path), str(two.path)])
