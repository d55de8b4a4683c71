"""Two articles of one file name in two folders (this year's and last year's report, or one
text copied into both), each bookmarked at the same quote in the same second (a script): an
import that knows a bookmark by its time, quote and file name where a side has no content hash
(a CSV's), or by its time, content hash and offsets (a JSON's), keeps the two apart when both
files are here and are two files; an import of the same one again adds nothing."""

from __future__ import annotations

import csv
import io
import json

import pytest

OPENING = "Annual report\n\nThe library lent more books to children than to adults.\n\n"


def _exported_in_one_second(cli, write_article, tmp_path, texts, quote):
    """Each of `texts` ({folder: text}) written as report.txt in its folder and bookmarked at
    `quote`, the exports with every time one second; returns (csv, json, the options naming a
    second data folder)."""
    for folder, text in texts.items():
        (tmp_path / "articles" / folder).mkdir(parents=True)
        assert cli("bookmarks", "add", write_article(text, f"{folder}/report.txt").path, "--quote", quote)[0] == 0
    as_csv, as_json = tmp_path / "reports.csv", tmp_path / "reports.json"
    for form, path in (("csv", as_csv), ("json", as_json)):
        assert cli("bookmarks", "export", "--format", form, "-o", path)[0] == 0
    made = "2025-06-30T08:00:12Z"
    document = json.loads(as_json.read_text(encoding="utf-8"))
    for b in document["bookmarks"]:
        b["created"] = made
    as_json.write_text(json.dumps(document), encoding="utf-8")
    rows = list(csv.reader(io.StringIO(as_csv.read_text(encoding="utf-8"), newline="")))
    for row in rows[1:]:
        row[rows[0].index("created")] = made
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    as_csv.write_text(out.getvalue(), encoding="utf-8", newline="")
    return as_csv, as_json, ("--data-dir", tmp_path / "elsewhere")


@pytest.fixture
def two_reports(cli, write_article, tmp_path):
    """The two reports bookmarked at the same offsets in one second, and their exports."""
    return _exported_in_one_second(cli, write_article, tmp_path, {
        "2023": OPENING + "Opening hours were cut on Sundays.\n",
        "2024": OPENING + "A reading room opened in the east wing.\n"}, "lent more books to children")


@pytest.fixture
def two_copies(cli, write_article, tmp_path):
    """One article copied whole into two folders (the same content hash), each copy bookmarked
    at the same passage in one second, and their exports."""
    text = "Ferry timetable\n\nThe first boat leaves at six. In winter the last one sails at dusk.\n"
    return _exported_in_one_second(cli, write_article, tmp_path, {"mine": text, "shared": text},
                                   "the last one sails at dusk")


def _only_first(path, kind) -> None:
    """The export at `path` with its first bookmark alone."""
    if kind == "json":
        document = json.loads(path.read_text(encoding="utf-8"))
        document["bookmarks"] = document["bookmarks"][:1]
        path.write_text(json.dumps(document), encoding="utf-8")
    else:
        path.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:2]), encoding="utf-8")


@pytest.mark.parametrize("first", ["json", "csv"])
def test_a_report_of_the_same_name_in_another_folder_is_another_bookmark(cli, two_reports, tmp_path, first):
    as_csv, as_json, elsewhere = two_reports
    one = tmp_path / f"first.{first}"
    one.write_bytes((as_json if first == "json" else as_csv).read_bytes())
    _only_first(one, first)
    assert cli(*elsewhere, "bookmarks", "import", one)[1] == "imported 1 bookmark\n"
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 1 bookmark; 1 was here already\n"
    assert cli(*elsewhere, "bookmarks", "import", as_json)[1] == "imported 0 bookmarks; 2 were here already\n"
    listed = json.loads(cli(*elsewhere, "bookmarks", "list", "--format", "json")[1])["bookmarks"]
    assert sorted(b["path"].split("/")[-2] for b in listed) == ["2023", "2024"]


@pytest.mark.parametrize("first, then", [("json", "csv"), ("csv", "json"), ("json", "json")])
def test_identical_copies_in_two_folders_are_two_articles_whichever_export_comes_in(cli, two_copies, first, then):
    """A side is its article as the export records it, by content hash and path: two copies of
    one text that are both here are two files, whether the JSON (hashes) or the CSV (file
    names) is read, and importing either again adds nothing."""
    as_csv, as_json, elsewhere = two_copies
    exports = {"csv": as_csv, "json": as_json}
    assert cli(*elsewhere, "bookmarks", "import", exports[first])[1] == "imported 2 bookmarks\n"
    assert cli(*elsewhere, "bookmarks", "import", exports[then])[1] == "imported 0 bookmarks; 2 were here already\n"
    listed = json.loads(cli(*elsewhere, "bookmarks", "list", "--format", "json")[1])["bookmarks"]
    assert sorted(b["path"].split("/")[-2] for b in listed) == ["mine", "shared"]
