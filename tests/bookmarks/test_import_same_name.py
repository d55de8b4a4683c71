"""Two articles of one file name in two folders (this year's and last year's report), each
bookmarked at the same quote in the same second (a script): an import that knows a bookmark
by its time, quote and file name where a side has no content hash (a CSV's) keeps the two
apart when both files are here and are two files; an import of the same one again adds nothing."""

from __future__ import annotations

import csv
import io
import json

import pytest

OPENING = "Annual report\n\nThe library lent more books to children than to adults.\n\n"


@pytest.fixture
def two_reports(cli, write_article, tmp_path):
    """The two reports bookmarked at the same offsets, their exports with every time one second;
    returns (csv, json, the options naming a second data folder)."""
    for year in ("2023", "2024"):
        (tmp_path / "articles" / year).mkdir(parents=True)
    old = write_article(OPENING + "Opening hours were cut on Sundays.\n", "2023/report.txt")
    new = write_article(OPENING + "A reading room opened in the east wing.\n", "2024/report.txt")
    for article in (old, new):
        assert cli("bookmarks", "add", article.path, "--quote", "lent more books to children")[0] == 0
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
