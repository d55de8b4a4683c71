"""`counterpoint bookmarks import` of a CSV export: as written, or as a spreadsheet saved it
again (another separator, a note edited), placed and told as a JSON import is."""

from __future__ import annotations

import csv
import io
import json

import pytest


def _listed(cli, *data) -> list[dict]:
    status, out, err = cli(*data, "bookmarks", "list", "--format", "json")
    assert status == 0, err
    return [{k: v for k, v in b.items() if k != "id"} for b in json.loads(out)["bookmarks"]]


def _resaved(text: str, separator: str, edit=lambda rows: None) -> str:
    """`text` (a CSV) as a spreadsheet writes it back: its own separator, CRLF, a BOM."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    edit(rows)
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows + [[""] * len(rows[0])])
    return "\ufeff" + out.getvalue()


@pytest.fixture
def exported(cli, write_article, sample, tmp_path):
    """A bookmark with a note and tags, and a pair bookmark, exported as CSV; returns the export
    and the options naming a second, empty data folder."""
    article = write_article()
    other = write_article(sample.TEXT.replace("forty", "40"), "other.txt")
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "the figure",
               "--tag", "oil", "--tag", "trade")[0] == 0
    assert cli("bookmarks", "add", article.path, "--quote", "quiet alliance", "--pair", other.path,
               "--pair-quote", "quiet alliance")[0] == 0
    out = tmp_path / "bookmarks.csv"
    assert cli("bookmarks", "export", "--format", "csv", "-o", out)[0] == 0
    return out, ("--data-dir", tmp_path / "elsewhere")


def test_a_csv_export_imported_elsewhere_lists_the_same_bookmarks(cli, exported):
    out, elsewhere = exported
    assert cli(*elsewhere, "bookmarks", "import", out) == (0, "imported 2 bookmarks\n", "")
    assert _listed(cli, *elsewhere) == _listed(cli)
    assert cli(*elsewhere, "bookmarks", "import", out) == (0, "imported 0 bookmarks; 2 were here already\n", "")


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_csv_a_spreadsheet_saved_again_with_a_note_edited(cli, exported, separator):
    out, elsewhere = exported

    def edit(rows):
        rows[1][rows[0].index("note")] = "the figure, checked"
    out.write_text(_resaved(out.read_text(encoding="utf-8"), separator, edit), encoding="utf-8", newline="")
    assert cli(*elsewhere, "bookmarks", "import", out)[:2] == (0, "imported 2 bookmarks\n")
    listed = _listed(cli, *elsewhere)
    assert [b["note"] for b in listed] == ["the figure, checked", ""]
    assert listed[0]["tags"] == ["oil", "trade"] and [b["status"] for b in listed] == ["anchored", "anchored"]


def test_a_quote_kept_from_becoming_a_formula_comes_back_as_it_was(cli, write_article, tmp_path):
    """A different text: a quote starting with a minus sign, which the export writes as '-..."""
    article = write_article("Winter report\n\n-40 degrees was the coldest night the station logged in March.\n",
                            "winter.txt")
    assert cli("bookmarks", "add", article.path, "--quote", "-40 degrees")[0] == 0
    out = tmp_path / "winter.csv"
    assert cli("bookmarks", "export", "--format", "csv", "-o", out)[0] == 0
    assert "'-40 degrees" in out.read_text(encoding="utf-8")
    assert cli("--data-dir", tmp_path / "two", "bookmarks", "import", out)[0] == 0
    assert _listed(cli, "--data-dir", tmp_path / "two") == _listed(cli)


@pytest.mark.parametrize("note", ["'=this is how the sheet showed it", "''+2 on the day"])
def test_a_note_opening_with_an_apostrophe_and_a_formula_sign_comes_back_as_written(cli, write_article, tmp_path,
                                                                                       note):
    """A note the reader wrote starting with apostrophes and then what starts a formula is marked
    like a formula, so the import's taking off the mark leaves it as written."""
    article = write_article()
    assert cli("bookmarks", "add", article.path, "--quote", "quiet alliance", "--note", note)[0] == 0
    out = tmp_path / "notes.csv"
    assert cli("bookmarks", "export", "--format", "csv", "-o", out)[0] == 0
    assert cli("--data-dir", tmp_path / "two", "bookmarks", "import", out)[0] == 0
    assert [b["note"] for b in _listed(cli, "--data-dir", tmp_path / "two")] == [note]


def test_a_passage_whose_words_are_gone_is_named(cli, exported, write_article):
    out, elsewhere = exported
    write_article("Pipelines and Promises\n\nNothing of the earlier words is left here.\n")
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, printed) == (0, "imported 2 bookmarks\n")
    assert err.startswith("counterpoint: warning: bookmark 1 is orphaned here: “Azerbaijan supplied")
    assert "the words are no longer in the file" in err


@pytest.mark.parametrize(("text", "says"), [
    ("name,amount\r\nrent,700\r\n", "a CSV but not a bookmarks export"),
    ("id;kind;status;created\r\n", "a CSV but not a bookmarks export"),
])
def test_a_csv_that_is_not_ours_is_refused_in_one_line(cli, tmp_path, text, says):
    out = tmp_path / "budget.csv"
    out.write_text(text, encoding="utf-8")
    status, printed, err = cli("bookmarks", "import", out)
    assert (status, printed, err.count("\n")) == (2, "", 1) and says in err


def test_a_broken_row_imports_nothing_and_names_it(cli, exported):
    out, elsewhere = exported

    def edit(rows):
        rows[2][rows[0].index("pair_start")] = "twelve"
    out.write_text(_resaved(out.read_text(encoding="utf-8"), ";", edit), encoding="utf-8", newline="")
    status, _, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, err.count("\n")) == (2, 1)
    assert "bookmark in row 3 (id 2): 'pair_start' 'twelve' is not a position" in err and "nothing imported" in err
    assert _listed(cli, *elsewhere) == []


@pytest.mark.parametrize("made, says", [
    ("2024-13-45T99:99:99Z", "is not a time such as 2024-05-01T12:00:00Z"),  # no month, no day, no clock
    ("2023-02-29 10:00", "names a day the calendar has not: February 2023 has 28 days"),
    ("2024-04-31 10:00", "names a day the calendar has not: April has 30 days"),
    ("0000-02-30 10:00", "is not a time such as 2024-05-01T12:00:00Z"),  # no year 0: no February of it
])
def test_a_time_the_calendar_has_not_imports_nothing_and_names_it(cli, exported, tmp_path, made, says):
    """A `created` of the export's shape but no day of the calendar (a month 13, a 29 February of
    a common year) is a broken row, in the CSV as in the JSON export: a date that cannot be (its
    fields in range, the day not in its month) is told by its month's days, a reader's slip;
    one whose fields are out of range is no time at all."""
    out, elsewhere = exported

    def edit(rows):
        rows[1][rows[0].index("created")] = made
    out.write_text(_resaved(out.read_text(encoding="utf-8"), ",", edit), encoding="utf-8", newline="")
    status, _, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, err.count("\n")) == (2, 1) and "'created'" in err and says in err
    document = tmp_path / "bookmarks.json"
    assert cli("bookmarks", "export", "--format", "json", "-o", document)[0] == 0
    data = json.loads(document.read_text(encoding="utf-8"))
    data["bookmarks"][0]["created"] = made.replace(" ", "T") + ("" if made.endswith("Z") else ":00Z")
    document.write_text(json.dumps(data), encoding="utf-8")
    status, _, err = cli(*elsewhere, "bookmarks", "import", document)
    assert (status, err.count("\n")) == (2, 1) and "'created'" in err and says in err
    assert _listed(cli, *elsewhere) == []


@pytest.mark.parametrize("made", ["32.03.14 09:26", "14.13.24 09:26", "31.04.2024 25:70", "v2.31.14"])
def test_a_created_that_is_no_date_is_not_told_the_calendar(cli, exported, made):
    """A `created` whose day or month no calendar has ("32.03.14": a version, a race time, a
    reference number), or whose clock is none, is not a date at all: no month's days are named."""
    out, elsewhere = exported

    def edit(rows):
        rows[1][rows[0].index("created")] = made
    out.write_text(_resaved(out.read_text(encoding="utf-8"), ",", edit), encoding="utf-8", newline="")
    status, _, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, err.count("\n")) == (2, 1)
    assert f"'created' '{made}' is not a time such as 2024-05-01T12:00:00Z" in err and "calendar" not in err


def test_a_csv_imported_into_the_data_folder_it_came_from_adds_nothing(cli, exported):
    """A CSV has no content hash: a bookmark is known by when it was made, its quote and its file."""
    out, _ = exported
    assert cli("bookmarks", "import", out)[:2] == (0, "imported 0 bookmarks; 2 were here already\n")


def test_a_csv_import_without_the_articles_is_mended_by_importing_again_with_them(cli, exported, tmp_path):
    out, elsewhere = exported
    moved = tmp_path / "machine2" / "articles"
    (tmp_path / "articles").rename(moved.parent.mkdir(parents=True) or moved)
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, printed) == (0, "imported 2 bookmarks\n") and "2 article files are not here" in err
    assert cli(*elsewhere, "bookmarks", "import", out, "--corpus", moved) == (
        0, "imported 0 bookmarks; 2 were here already\n", "")
    listed = _listed(cli, *elsewhere)
    assert [b["status"] for b in listed] == ["anchored", "anchored"] and listed[0]["note"] == "the figure"


def test_a_spreadsheets_time_and_a_hostile_note_are_read_safely(cli, exported):
    """A spreadsheet that read `created` as a date writes it back its own way; a note typed
    there may hold anything: it comes in through the sanitiser."""
    out, elsewhere = exported

    def edit(rows):
        made = rows[1][rows[0].index("created")]
        rows[1][rows[0].index("created")] = made[:16].replace("T", " ")
        rows[1][rows[0].index("note")] = "see \x1b]52;c;cHduZWQ=\x07 this\u202e"
    out.write_text(_resaved(out.read_text(encoding="utf-8"), ",", edit), encoding="utf-8", newline="")
    assert cli(*elsewhere, "bookmarks", "import", out)[:2] == (0, "imported 2 bookmarks\n")
    first = _listed(cli, *elsewhere)[0]
    assert first["created"].endswith(":00Z") and "T" in first["created"]
    assert "\x1b" not in first["note"] and "\u202e" not in first["note"] and first["note"].startswith("see ")


def _one_second(path) -> None:
    """Every row of the CSV at `path` made in the first row's second (a script's many adds)."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    made = rows[0].index("created")
    for row in rows[2:]:
        row[made] = rows[1][made]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


@pytest.mark.parametrize("first", ["csv", "json"])
def test_two_bookmarks_of_one_second_at_the_same_offsets_of_two_articles_stay_two(cli, write_article, tmp_path,
                                                                                   first):
    """Two bulletins that open alike, each bookmarked at the same offsets in the same second:
    a CSV import keeps both, again adds nothing, and the JSON export of the same two (before or
    after it) adds nothing either."""
    opening = "Ferry timetable\n\nThe morning ferry leaves the north pier at seven, weather permitting.\n\n"
    one = write_article(opening + "Tickets are sold on board only.\n", "monday.txt")
    two = write_article(opening + "Bicycles travel free this week.\n", "tuesday.txt")
    for article in (one, two):
        assert cli("bookmarks", "add", article.path, "--quote", "The morning ferry")[0] == 0
    as_csv, as_json = tmp_path / "b.csv", tmp_path / "b.json"
    assert cli("bookmarks", "export", "--format", "csv", "-o", as_csv)[0] == 0
    _one_second(as_csv)
    made = json.loads(cli("bookmarks", "list", "--format", "json")[1])["bookmarks"][0]["created"]
    assert cli("bookmarks", "export", "--format", "json", "-o", as_json)[0] == 0
    document = json.loads(as_json.read_text(encoding="utf-8"))
    for b in document["bookmarks"]:
        b["created"] = made
    as_json.write_text(json.dumps(document), encoding="utf-8")
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    files = [as_csv, as_json] if first == "csv" else [as_json, as_csv]
    assert cli(*elsewhere, "bookmarks", "import", files[0])[:2] == (0, "imported 2 bookmarks\n")
    assert cli(*elsewhere, "bookmarks", "import", files[0])[1] == "imported 0 bookmarks; 2 were here already\n"
    assert cli(*elsewhere, "bookmarks", "import", files[1])[1] == "imported 0 bookmarks; 2 were here already\n"
    assert sorted(b["path"] for b in _listed(cli, *elsewhere)) == sorted([str(one.path), str(two.path)])


def test_a_csv_saved_with_a_lone_cr_between_lines_is_read(cli, exported):
    """A spreadsheet's "CSV (Macintosh)" ends each line with a CR alone."""
    out, elsewhere = exported
    out.write_bytes(out.read_bytes().replace(b"\r\n", b"\r"))
    assert cli(*elsewhere, "bookmarks", "import", out) == (0, "imported 2 bookmarks\n", "")
    assert _listed(cli, *elsewhere) == _listed(cli)


@pytest.mark.parametrize("first", ["station;depth\rpier 2;4.5\r", "x" * 200_000 + "\n"], ids=["lone-cr", "long"])
def test_a_first_line_no_csv_header_reads_is_refused_in_one_line(cli, tmp_path, first):
    """A table of something else saved with lone CRs, and one line longer than a CSV field may
    hold: one line, status 2, for bookmarks and link decisions alike."""
    path = tmp_path / "other.csv"
    path.write_text(first, encoding="utf-8", newline="")
    for command in ("bookmarks", "links"):
        status, out, err = cli("--data-dir", tmp_path / "data2", command, "import", path)
        assert (status, out, err.count("\n")) == (2, "", 1) and "Traceback" not in err, err


def test_a_moved_bookmarks_csv_adds_nothing_where_it_is_already(cli, write_article, tmp_path):
    """A CSV gives where a passage stands at the export, not where it was bookmarked: a
    bookmark moved by an edit is still known, in the data folder it came from and after the
    JSON export of it."""
    notice = write_article("Road works\n\nThe bridge on Quay Lane reopens to cars on Friday morning.\n", "roads.txt")
    assert cli("bookmarks", "add", notice.path, "--quote", "reopens to cars")[0] == 0
    write_article("Road works\n\nUpdated at noon. The bridge on Quay Lane reopens to cars on Friday morning.\n",
                  "roads.txt")
    as_csv, as_json = tmp_path / "roads.csv", tmp_path / "roads.json"
    assert cli("bookmarks", "export", "--format", "csv", "-o", as_csv)[0] == 0
    assert cli("bookmarks", "export", "--format", "json", "-o", as_json)[0] == 0
    assert _listed(cli)[0]["status"] == "moved"
    assert cli("bookmarks", "import", as_csv)[1] == "imported 0 bookmarks; 1 was here already\n"
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", as_json)[1] == "imported 1 bookmark\n"
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 0 bookmarks; 1 was here already\n"


def test_one_quote_bookmarked_twice_in_one_second_stays_two(cli, write_article, tmp_path):
    """A quote that occurs twice, each occurrence bookmarked in the same second (a script)."""
    article = write_article("Minutes\n\nMotion carried. The budget was read twice.\n\nMotion carried. The hall "
                            "was let to the choir.\n", "minutes.txt")
    for occurrence in ("1", "2"):
        assert cli("bookmarks", "add", article.path, "--quote", "Motion carried", "--occurrence", occurrence)[0] == 0
    out = tmp_path / "minutes.csv"
    assert cli("bookmarks", "export", "--format", "csv", "-o", out)[0] == 0
    _one_second(out)
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", out)[1] == "imported 2 bookmarks\n"
    assert cli(*elsewhere, "bookmarks", "import", out)[1] == "imported 0 bookmarks; 2 were here already\n"


@pytest.mark.parametrize("command", ["bookmarks", "links"])
def test_a_bibtex_file_is_not_called_a_csv(cli, exported, tmp_path, command):
    """An export for a reference manager opens "@misc{key," (a comma, one name): it is no
    table, and the refusal says which exports import reads; a library kept by hand alike."""
    out, elsewhere = exported
    ours = tmp_path / "refs.bib"
    assert cli("bookmarks", "export", "--format", "bibtex", "-o", ours)[0] == 0
    by_hand = tmp_path / "library.bib"
    by_hand.write_text("@article{okafor2019,\n  title = {Tides of the estuary},\n}\n", encoding="utf-8")
    for path in (ours, by_hand):
        status, printed, err = cli(*elsewhere, command, "import", path)
        assert (status, printed, err.count("\n")) == (2, "", 1)
        assert "a CSV" not in err and "--format json" in err and "--format csv" in err, err


@pytest.mark.parametrize("excel", [False, True])
def test_a_csv_export_with_or_without_excels_mark_imports_the_same(cli, write_article, sample, tmp_path, excel):
    """--excel begins the CSV with UTF-8's byte-order mark, so Excel opens "’" right; without
    it, none (Unix tools read the mark as part of the first column's name). Both import back."""
    article = write_article()
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "the ’figure’")[0] == 0
    out = tmp_path / "bookmarks.csv"
    flags = ("--excel",) if excel else ()
    assert cli("bookmarks", "export", "--format", "csv", *flags, "-o", out)[0] == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == excel and data.count(b"\xef\xbb\xbf") == int(excel)
    assert "the ’figure’" in data.decode("utf-8-sig")
    assert cli("bookmarks", "export", "--format", "csv", *flags, "-o", out)[0] == 0  # an earlier export, replaced
    assert out.read_bytes() == data
    status, printed, _ = cli("bookmarks", "export", "--format", "csv", *flags)
    assert status == 0 and printed.startswith("\ufeff") == excel and printed.encode("utf-8") == data
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", out) == (0, "imported 1 bookmark\n", "")
    assert _listed(cli, *elsewhere) == _listed(cli)


def test_excels_mark_goes_with_csv_only(cli, tmp_path):
    for command in (("bookmarks", "export"), ("links", "export"), ("map",)):
        status, out, err = cli(*command, "--format", "json", "--excel")
        assert (status, out) == (2, "") and "--excel goes with --format csv" in err and "Traceback" not in err


@pytest.mark.parametrize("excel", [False, True])
def test_a_links_csv_export_with_or_without_excels_mark_imports_the_same(cli, write_article, sample, tmp_path, excel):
    article = write_article()
    other = write_article(name="other.txt")
    assert cli("links", "add", article.path, other.path, "--quote-a", sample.QUOTE, "--quote-b", sample.QUOTE)[0] == 0
    out = tmp_path / "links.csv"
    assert cli("links", "export", "--format", "csv", *(("--excel",) if excel else ()), "-o", out)[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") == excel
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "links", "import", out)[0] == 0
    listed = [cli(*data, "links", "list", "--format", "csv")[1].splitlines()[1:] for data in ((), elsewhere)]
    assert len(listed[0]) == 1 and [row.split(",", 1)[1] for row in listed[1]] == [row.split(",", 1)[1] for row in listed[0]]
