"""A CSV export a spreadsheet saved again in its locale: the `created` column in the locale's
date form (its day/month order told by the whole column, never guessed), and the file in the
encoding it saves with (Windows-1252, Excel's UTF-16 "Unicode text"). Each is imported, or
refused in one line naming why; `export -o` knows such a file as an earlier export."""

from __future__ import annotations

import csv
import io
import json

import pytest


def _rows(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _resave(path, rows, separator=",", encoding="utf-8") -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))


def _with_times(path, times) -> list[list[str]]:
    rows = _rows(path)
    column = rows[0].index("created")
    for row, made in zip(rows[1:], times):
        row[column] = made
    return rows


def _created(cli, *data, command="bookmarks", key="bookmarks") -> list[str]:
    status, out, err = cli(*data, command, "list", "--format", "json")
    assert status == 0, err
    return sorted(item["created"] for item in json.loads(out)[key])


@pytest.fixture
def exported(cli, write_article, tmp_path):
    """Two bookmarks (one with a note, one of a pair) exported as CSV, and the options naming an
    empty data folder to import them into."""
    market = write_article("Market day\n\nThe cheese stall sold out by ten. Rain kept the flower sellers home.\n",
                           "market.txt")
    town = write_article("Town notes\n\nRain kept the flower sellers home, and the cheese sold out early.\n",
                         "town.txt")
    assert cli("bookmarks", "add", market.path, "--quote", "The cheese stall sold out by ten",
               "--note", "the figure")[0] == 0
    assert cli("bookmarks", "add", market.path, "--quote", "Rain kept the flower sellers home", "--pair", town.path,
               "--pair-quote", "Rain kept the flower sellers home")[0] == 0
    out = tmp_path / "bookmarks.csv"
    assert cli("bookmarks", "export", "--format", "csv", "-o", out)[0] == 0
    return out, ("--data-dir", tmp_path / "elsewhere")


def _imported_at(cli, exported, times, expected) -> None:
    """The export re-saved with `times` in its "created" column imports both bookmarks, kept at
    `expected`."""
    out, elsewhere = exported
    _resave(out, _with_times(out, times), ";")
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, printed) == (0, "imported 2 bookmarks\n"), err
    assert _created(cli, *elsewhere) == expected


@pytest.mark.parametrize("times, expected", [
    (["14.03.2025 09:26", "05.03.2025 17:40"], ["2025-03-05T17:40:00Z", "2025-03-14T09:26:00Z"]),
    (["14/03/2025 09:26", "05/03/2025 17:40"], ["2025-03-05T17:40:00Z", "2025-03-14T09:26:00Z"]),
    (["3/14/2025 9:26 AM", "3/5/2025 5:40 PM"], ["2025-03-05T17:40:00Z", "2025-03-14T09:26:00Z"]),
    (["2025-03-14 09:26", "2025-03-05 17:40"], ["2025-03-05T17:40:00Z", "2025-03-14T09:26:00Z"]),
    (["2021-08-30 7:03", "2021-08-30T07:04:11Z"], ["2021-08-30T07:03:00Z", "2021-08-30T07:04:11Z"]),
    # other dates: the order told by the second row only, seconds kept, a hyphen, midnight and noon
    (["02-07-2019 12:05:09 AM", "11-28-2019 12:30 PM"], ["2019-02-07T00:05:09Z", "2019-11-28T12:30:00Z"]),
    (["07/11/2022 23:59:58", "30/12/2022 00:00"], ["2022-11-07T23:59:58Z", "2022-12-30T00:00:00Z"]),
])
def test_a_locales_dates_are_read_in_the_order_the_column_tells(cli, exported, times, expected):
    _imported_at(cli, exported, times, expected)


@pytest.mark.parametrize("times, says", [
    (["03/04/2025 09:26", "05/06/2025 10:00"], "rows 2 and 3, such as '03/04/2025 09:26', may be day/month or month/day"),
    (["14/03/2025 09:26", "03/14/2025 10:00"], "day first and others month first (day first: row 2; month first: row 3)"),
    (["03/04/25 09:26", "05/06/25 10:00"], "rows 2 and 3, such as '03/04/25 09:26', may be day/month"),  # short dates
    # the ISO row tells its own date, not how the slash date is ordered: that row is named
    (["2025-03-14T09:26:00Z", "03/04/2025 10:00"], "of row 3, such as '03/04/2025 10:00', may be day/month"),
])
def test_a_column_whose_day_month_order_is_not_told_is_refused_in_one_line(cli, exported, times, says):
    """Nothing is imported (the file is read whole, as for a broken entry); the line names the
    rows to write as yyyy-mm-dd."""
    out, elsewhere = exported
    _resave(out, _with_times(out, times))
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, printed, err.count("\n")) == (2, "", 1) and says in err and "nothing imported" in err
    assert "Traceback" not in err and _created(cli, *elsewhere) == []


@pytest.mark.parametrize("made, other, says", [
    ("31/02/2025 09:26", "20/01/2025 08:00", "names a day the calendar has not: February 2025 has 28 days"),
    ("3/14/2025 13:26 PM", "1/20/2025 8:00 AM", "is not a time"),
    ("14.13.2025 09:26", "20.01.2025 08:00", "is not a time")])
def test_a_locales_date_the_calendar_has_not_is_a_broken_row(cli, exported, made, other, says):
    """A day its month has not (31 February) is told by the month's days; a month 13 or a "13 PM"
    is no time at all."""
    out, elsewhere = exported
    _resave(out, _with_times(out, [made, other]))
    status, _, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, err.count("\n")) == (2, 1) and "row 2" in err and says in err


def test_a_links_csv_with_dotted_dates_and_seconds_is_read(cli, write_article, tmp_path):
    one = write_article("Harbour\n\nThe dredger starts work in May. Fishing boats moor at the east quay.\n", "a.txt")
    two = write_article("Port news\n\nDredging begins in May, and boats move to the east quay.\n", "b.txt")
    assert cli("links", "add", one.path, two.path, "--quote-a", "The dredger starts work in May",
               "--quote-b", "Dredging begins in May")[0] == 0
    out = tmp_path / "links.csv"
    assert cli("links", "export", "--format", "csv", "-o", out)[0] == 0
    _resave(out, _with_times(out, ["02.11.2024 17:45:31"]), ";", "cp1252")
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    status, printed, err = cli(*elsewhere, "links", "import", out)
    assert status == 0 and "imported 1" in printed, err
    assert _created(cli, *elsewhere, command="links", key="decisions") == ["2024-11-02T17:45:31Z"]


@pytest.mark.parametrize("encoding, separator, note", [
    ("cp1252", ";", "café crème, déjà vu"),
    ("utf-16", "\t", "Ölpreis für Übersee — “zitiert”"),  # Excel's "Unicode text": a BOM, tabs
    ("cp1252", ",", "naïve señor, 50 €"),
])
def test_a_csv_saved_in_a_spreadsheets_encoding_is_read(cli, exported, encoding, separator, note):
    out, elsewhere = exported
    rows = _rows(out)
    rows[1][rows[0].index("note")] = note
    _resave(out, rows, separator, encoding)
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, printed) == (0, "imported 2 bookmarks\n"), err
    listed = json.loads(cli(*elsewhere, "bookmarks", "list", "--format", "json")[1])["bookmarks"]
    assert sorted(b["note"] for b in listed) == sorted(["", note])


def test_a_csv_whose_encoding_cannot_be_told_is_refused_naming_the_encoding(cli, exported):
    """UTF-8 throughout but for two bytes of something else: no encoding reads all of it."""
    out, elsewhere = exported
    rows = _rows(out)
    rows[1][rows[0].index("note")] = "Ärger über Öl, Übersee, Größe, Maß, Süden, Höhe"
    _resave(out, rows)
    out.write_bytes(out.read_bytes().replace("Maß".encode(), b"Ma\xdf\xff"))
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, printed, err.count("\n")) == (2, "", 1) and "its encoding cannot be told" in err


@pytest.mark.parametrize("encoding, separator", [("utf-16", "\t"), ("cp1252", ";")])
def test_an_export_replaces_its_earlier_export_a_spreadsheet_saved_in_its_encoding(cli, exported, encoding,
                                                                                 separator):
    out, _ = exported
    rows = _with_times(out, ["14.03.2025 09:26"])
    rows[1][rows[0].index("note")] = "résumé"
    _resave(out, rows, separator, encoding)
    status, _, err = cli("bookmarks", "export", "--format", "csv", "-o", out)
    assert status == 0, err
    assert _rows(out)[1][rows[0].index("note")] == "the figure"


def test_a_locales_times_without_seconds_add_nothing_after_the_json_import(cli, exported, tmp_path):
    """Read without their seconds, the locale's times are any second of their minute, as the
    ISO form's are: the JSON export of the same bookmarks, imported first, holds them both."""
    out, elsewhere = exported
    document = tmp_path / "bookmarks.json"
    assert cli("bookmarks", "export", "--format", "json", "-o", document)[0] == 0
    data = json.loads(document.read_text(encoding="utf-8"))
    for item, made in zip(data["bookmarks"], ["2024-10-21T18:07:44Z", "2024-10-09T06:51:02Z"]):
        item["created"] = made
    document.write_text(json.dumps(data), encoding="utf-8")
    _resave(out, _with_times(out, ["10/21/2024 6:07 PM", "10/9/2024 6:51 AM"]), "\t", "utf-16")
    assert cli(*elsewhere, "bookmarks", "import", document)[1] == "imported 2 bookmarks\n"
    assert cli(*elsewhere, "bookmarks", "import", out)[1] == "imported 0 bookmarks; 2 were here already\n"


@pytest.mark.parametrize("times, expected", [
    (["14.03.25 09:26", "05.03.25 17:40"], ["2025-03-05T17:40:00Z", "2025-03-14T09:26:00Z"]),
    (["3/14/25 9:26 AM", "3/5/25 5:40 PM"], ["2025-03-05T17:40:00Z", "2025-03-14T09:26:00Z"]),
    # other dates: a hyphen, day first told by the first row, the years either side of the pivot
    (["28-02-69 23:59", "01-03-70 00:00"], ["1970-03-01T00:00:00Z", "2069-02-28T23:59:00Z"]),
    (["11/9/08 7:15:30 PM", "2/29/24 6:00 AM"], ["2008-11-09T19:15:30Z", "2024-02-29T06:00:00Z"]),
])
def test_the_two_digit_years_of_a_short_date_are_read_when_the_column_tells_the_order(cli, exported, times, expected):
    """A spreadsheet's short date form writes the year in two digits: 00-69 are this century's
    (a bookmark is recent), 70-99 the last's; the day/month order is told as for four digits."""
    _imported_at(cli, exported, times, expected)


@pytest.mark.parametrize("times", [
    ["25-03-14 09:26", "25-03-05 17:40"],  # 14 and 5 March 2025, year first; or 25 March 2014 and 2005
    ["24-11-20 08:15", "24-12-02 19:30"],
])
def test_a_short_hyphen_date_that_may_be_written_year_first_is_refused(cli, exported, times):
    """A hyphen short date is written year first by some locales, like the ISO form: a column whose
    numbers could all be days is refused in one line, never read in one order by guess."""
    out, elsewhere = exported
    _resave(out, _with_times(out, times), ";")
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert status == 2 and printed == ""
    assert err.count("\n") == 1 and "year first or year last" in err and "rows 2 and 3" in err, err
    assert "Traceback" not in err


def test_a_slash_date_among_iso_rows_is_read_by_the_order_another_slash_date_tells(cli, exported):
    out, elsewhere = exported
    rows = _with_times(out, ["2024-07-01 08:00", "06/05/2024 10:00"])
    rows.append([*rows[2][:rows[0].index("created")], "25/05/2024 16:30", *rows[2][rows[0].index("created") + 1:]])
    _resave(out, rows)
    status, printed, err = cli(*elsewhere, "bookmarks", "import", out)
    assert (status, printed) == (0, "imported 3 bookmarks\n"), err
    assert _created(cli, *elsewhere) == ["2024-05-06T10:00:00Z", "2024-05-25T16:30:00Z", "2024-07-01T08:00:00Z"]
