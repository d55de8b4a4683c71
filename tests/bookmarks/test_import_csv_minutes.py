"""A CSV a spreadsheet saved again without the seconds of its times ("2025-03-14 09:26"),
imported where the JSON export of the same bookmarks or decisions is already: each is known in
its minute by its quote and file, and adds nothing; two made in one minute stay two when both
times carry their seconds."""

from __future__ import annotations

import csv
import io
import json

MINUTES = "Minutes\n\nMotion carried. The budget was read twice.\n\nMotion carried. The hall was let to the choir.\n"


def _rows(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _write_rows(path, rows) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


def _timed(as_csv, as_json, key, times, *, minutes_only=False) -> None:
    """The exports' items made at `times` (one each, in order): the JSON with its seconds, the
    CSV with them or, as a spreadsheet writes a time back, without."""
    document = json.loads(as_json.read_text(encoding="utf-8"))
    for item, made in zip(document[key], times):
        item["created"] = made
    as_json.write_text(json.dumps(document), encoding="utf-8")
    rows = _rows(as_csv)
    column = rows[0].index("created")
    for row, made in zip(rows[1:], times):
        row[column] = made[:16].replace("T", " ") if minutes_only else made
    _write_rows(as_csv, rows)


def _exports(cli, tmp_path, command="bookmarks"):
    as_csv, as_json = tmp_path / f"{command}.csv", tmp_path / f"{command}.json"
    for form, path in (("csv", as_csv), ("json", as_json)):
        assert cli(command, "export", "--format", form, "-o", path)[0] == 0
    return as_csv, as_json


def test_a_csv_without_seconds_adds_nothing_after_the_json_import(cli, write_article, sample, tmp_path):
    article = write_article()
    other = write_article(sample.TEXT.replace("forty", "40"), "other.txt")
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "the figure")[0] == 0
    assert cli("bookmarks", "add", article.path, "--quote", "quiet alliance", "--pair", other.path,
               "--pair-quote", "quiet alliance")[0] == 0
    as_csv, as_json = _exports(cli, tmp_path)
    _timed(as_csv, as_json, "bookmarks", ["2025-03-14T09:26:53Z", "2025-03-14T09:27:08Z"], minutes_only=True)
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", as_json)[1] == "imported 2 bookmarks\n"
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 0 bookmarks; 2 were here already\n"
    listed = json.loads(cli(*elsewhere, "bookmarks", "list", "--format", "json")[1])["bookmarks"]
    assert [b["created"] for b in listed] == ["2025-03-14T09:26:53Z", "2025-03-14T09:27:08Z"]


def test_one_quote_bookmarked_twice_in_a_minute_is_known_by_its_place_without_seconds(cli, write_article, tmp_path):
    article = write_article(MINUTES, "minutes.txt")
    for occurrence in ("1", "2"):
        assert cli("bookmarks", "add", article.path, "--quote", "Motion carried", "--occurrence", occurrence)[0] == 0
    as_csv, as_json = _exports(cli, tmp_path)
    _timed(as_csv, as_json, "bookmarks", ["2025-03-14T09:26:05Z", "2025-03-14T09:26:50Z"], minutes_only=True)
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", as_json)[1] == "imported 2 bookmarks\n"
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 0 bookmarks; 2 were here already\n"


def test_one_quote_bookmarked_twice_in_a_minute_stays_two_when_both_times_carry_seconds(cli, write_article,
                                                                                      tmp_path):
    """Only the first is here (its JSON); the CSV's second, made 45 seconds later at the
    quote's other place, is another bookmark."""
    article = write_article(MINUTES, "minutes.txt")
    for occurrence in ("1", "2"):
        assert cli("bookmarks", "add", article.path, "--quote", "Motion carried", "--occurrence", occurrence)[0] == 0
    as_csv, as_json = _exports(cli, tmp_path)
    _timed(as_csv, as_json, "bookmarks", ["2025-03-14T09:26:05Z", "2025-03-14T09:26:50Z"])
    document = json.loads(as_json.read_text(encoding="utf-8"))
    document["bookmarks"] = document["bookmarks"][:1]
    as_json.write_text(json.dumps(document), encoding="utf-8")
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", as_json)[1] == "imported 1 bookmark\n"
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 1 bookmark; 1 was here already\n"


def test_a_links_csv_without_seconds_adds_nothing_after_the_json_import(cli, write_article, tmp_path):
    """The same for link decisions, on other articles."""
    one = write_article("Harbour\n\nThe dredger starts work in May. Fishing boats moor at the east quay.\n", "a.txt")
    two = write_article("Port news\n\nDredging begins in May, and boats move to the east quay.\n", "b.txt")
    assert cli("links", "add", one.path, two.path, "--quote-a", "The dredger starts work in May",
               "--quote-b", "Dredging begins in May")[0] == 0
    as_csv, as_json = _exports(cli, tmp_path, "links")
    _timed(as_csv, as_json, "decisions", ["2024-11-02T17:45:31Z"], minutes_only=True)
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "links", "import", as_json)[0] == 0
    status, out, err = cli(*elsewhere, "links", "import", as_csv)
    assert status == 0 and "imported 0" in out, out + err


def test_the_json_adds_nothing_after_the_csv_without_seconds(cli, write_article, tmp_path):
    """The other order: the CSV a spreadsheet saved comes in first (its times kept at their
    minute's first second), then the JSON of the same bookmarks, with their seconds."""
    article = write_article("Orchard report\n\nThe pear trees flowered a week early. Frost took half the blossom.\n",
                            "orchard.txt")
    assert cli("bookmarks", "add", article.path, "--quote", "Frost took half the blossom", "--note", "late frost")[0] == 0
    assert cli("bookmarks", "add", article.path, "--quote", "The pear trees flowered")[0] == 0
    as_csv, as_json = _exports(cli, tmp_path)
    _timed(as_csv, as_json, "bookmarks", ["2023-04-09T06:12:41Z", "2023-04-09T06:13:02Z"], minutes_only=True)
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 2 bookmarks\n"
    assert cli(*elsewhere, "bookmarks", "import", as_json)[1] == "imported 0 bookmarks; 2 were here already\n"
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 0 bookmarks; 2 were here already\n"


def test_the_links_json_adds_nothing_after_the_links_csv_without_seconds(cli, write_article, tmp_path):
    one = write_article("Rail\n\nThe night train to the coast returns in June.\n", "rail.txt")
    two = write_article("Timetables\n\nFrom June a sleeper runs to the coast again.\n", "times.txt")
    assert cli("links", "add", one.path, two.path, "--quote-a", "The night train to the coast returns",
               "--quote-b", "a sleeper runs to the coast again")[0] == 0
    as_csv, as_json = _exports(cli, tmp_path, "links")
    _timed(as_csv, as_json, "decisions", ["2022-08-30T21:04:19Z"], minutes_only=True)
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "links", "import", as_csv)[0] == 0
    status, out, err = cli(*elsewhere, "links", "import", as_json)
    assert status == 0 and "imported 0" in out, out + err


def test_a_csv_time_at_a_minutes_first_second_with_its_seconds_is_that_second(cli, write_article, tmp_path):
    """A CSV that kept its seconds says when each was made, 00 as any other: the one made at
    10:15:00 at a quote's first place is not the one made at 10:15:40 at its second."""
    article = write_article("Choir notes\n\nAll sing the refrain. The altos rest. All sing the refrain.\n", "choir.txt")
    for occurrence in ("1", "2"):
        assert cli("bookmarks", "add", article.path, "--quote", "All sing the refrain", "--occurrence", occurrence)[0] == 0
    as_csv, as_json = _exports(cli, tmp_path)
    _timed(as_csv, as_json, "bookmarks", ["2021-10-03T10:15:00Z", "2021-10-03T10:15:40Z"])
    document = json.loads(as_json.read_text(encoding="utf-8"))
    document["bookmarks"] = document["bookmarks"][1:]
    as_json.write_text(json.dumps(document), encoding="utf-8")
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    assert cli(*elsewhere, "bookmarks", "import", as_json)[1] == "imported 1 bookmark\n"
    assert cli(*elsewhere, "bookmarks", "import", as_csv)[1] == "imported 1 bookmark; 1 was here already\n"
