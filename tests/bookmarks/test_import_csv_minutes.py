"""A CSV a spreadsheet saved again without the seconds of its times ("2025-03-14 09:26"),
imported where the JSON export of the same bookmarks or decisions is already: each is known in
its minute by its quote and file, and adds nothing; two made in one minute stay two when both
times carry their seconds."""

from __future__ import annotations

import csv
import io
import json

import pytest

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


def _figure_and_pair(cli, write_article):
    article = write_article()
    other = write_article(article.text.replace("forty", "40"), "other.txt")
    figure = "Azerbaijan supplied Israel with forty percent of its crude oil last year"
    assert cli("bookmarks", "add", article.path, "--quote", figure, "--note", "the figure")[0] == 0
    assert cli("bookmarks", "add", article.path, "--quote", "quiet alliance", "--pair", other.path,
               "--pair-quote", "quiet alliance")[0] == 0


def _bookmarked_twice(text, name, quote):
    """One quote of `text` bookmarked at its first place and at its second."""
    def make(cli, write_article):
        article = write_article(text, name)
        for occurrence in ("1", "2"):
            assert cli("bookmarks", "add", article.path, "--quote", quote, "--occurrence", occurrence)[0] == 0
    return make


def _orchard(cli, write_article):
    article = write_article("Orchard report\n\nThe pear trees flowered a week early. Frost took half the blossom.\n",
                            "orchard.txt")
    assert cli("bookmarks", "add", article.path, "--quote", "Frost took half the blossom",
               "--note", "late frost")[0] == 0
    assert cli("bookmarks", "add", article.path, "--quote", "The pear trees flowered")[0] == 0


def _linked(one_text, two_text, quote_a, quote_b):
    """A link decision between two articles."""
    def make(cli, write_article):
        one, two = write_article(one_text, "a.txt"), write_article(two_text, "b.txt")
        assert cli("links", "add", one.path, two.path, "--quote-a", quote_a, "--quote-b", quote_b)[0] == 0
    return make


_HARBOUR = _linked("Harbour\n\nThe dredger starts work in May. Fishing boats moor at the east quay.\n",
                   "Port news\n\nDredging begins in May, and boats move to the east quay.\n",
                   "The dredger starts work in May", "Dredging begins in May")
_RAIL = _linked("Rail\n\nThe night train to the coast returns in June.\n",
                "Timetables\n\nFrom June a sleeper runs to the coast again.\n",
                "The night train to the coast returns", "a sleeper runs to the coast again")
_MOTIONS = _bookmarked_twice(MINUTES, "minutes.txt", "Motion carried")
_REFRAIN = _bookmarked_twice("Choir notes\n\nAll sing the refrain. The altos rest. All sing the refrain.\n",
                             "choir.txt", "All sing the refrain")
_TWO, _ONE, _NONE = ("imported 2 bookmarks\n", "imported 1 bookmark; 1 was here already\n",
                     "imported 0 bookmarks; 2 were here already\n")


@pytest.mark.parametrize("make, command, times, minutes_only, json_kept, imports, said, created", [
    pytest.param(_figure_and_pair, "bookmarks", ["2025-03-14T09:26:53Z", "2025-03-14T09:27:08Z"], True, slice(None),
                 "json csv", [_TWO, _NONE], ["2025-03-14T09:26:53Z", "2025-03-14T09:27:08Z"],
                 id="a CSV without seconds adds nothing after the JSON import"),
    pytest.param(_MOTIONS, "bookmarks", ["2025-03-14T09:26:05Z", "2025-03-14T09:26:50Z"], True, slice(None),
                 "json csv", [_TWO, _NONE], ["2025-03-14T09:26:05Z", "2025-03-14T09:26:50Z"],
                 id="one quote bookmarked twice in a minute is known by its place without seconds"),
    # only the first is here (its JSON); the CSV's second, made 45 seconds later at the quote's
    # other place, is another bookmark
    pytest.param(_MOTIONS, "bookmarks", ["2025-03-14T09:26:05Z", "2025-03-14T09:26:50Z"], False, slice(1),
                 "json csv", ["imported 1 bookmark\n", _ONE], ["2025-03-14T09:26:05Z", "2025-03-14T09:26:50Z"],
                 id="one quote bookmarked twice in a minute stays two when both times carry seconds"),
    pytest.param(_HARBOUR, "links", ["2024-11-02T17:45:31Z"], True, slice(None), "json csv",
                 ["imported 1 link decision\n", "imported 0 link decisions; 1 was here already\n"],
                 ["2024-11-02T17:45:31Z"], id="a links CSV without seconds adds nothing after the JSON import"),
    # the other order: the CSV a spreadsheet saved comes in first (its times kept at their
    # minute's first second), then the JSON of the same bookmarks, with their seconds
    pytest.param(_orchard, "bookmarks", ["2023-04-09T06:12:41Z", "2023-04-09T06:13:02Z"], True, slice(None),
                 "csv json csv", [_TWO, _NONE, _NONE], ["2023-04-09T06:12:00Z", "2023-04-09T06:13:00Z"],
                 id="the JSON adds nothing after the CSV without seconds"),
    pytest.param(_RAIL, "links", ["2022-08-30T21:04:19Z"], True, slice(None), "csv json",
                 ["imported 1 link decision\n", "imported 0 link decisions; 1 was here already\n"],
                 ["2022-08-30T21:04:00Z"], id="the links JSON adds nothing after the links CSV without seconds"),
    # a CSV that kept its seconds says when each was made, 00 as any other: the one made at
    # 10:15:00 at a quote's first place is not the one made at 10:15:40 at its second
    pytest.param(_REFRAIN, "bookmarks", ["2021-10-03T10:15:00Z", "2021-10-03T10:15:40Z"], False, slice(1, None),
                 "json csv", ["imported 1 bookmark\n", _ONE], ["2021-10-03T10:15:00Z", "2021-10-03T10:15:40Z"],
                 id="a CSV time at a minute's first second with its seconds is that second"),
])
def test_a_csv_and_the_json_of_the_same_items_are_known_for_one(cli, write_article, tmp_path, make, command, times,
                                                               minutes_only, json_kept, imports, said, created):
    """The exports of the items `make` makes, made at `times`, the CSV's `minutes_only` as a
    spreadsheet writes them back, the JSON's items `json_kept`: each import of `imports` in turn
    says `said`, and the items are those made at `created`."""
    make(cli, write_article)
    as_csv, as_json = _exports(cli, tmp_path, command)
    key = "bookmarks" if command == "bookmarks" else "decisions"
    _timed(as_csv, as_json, key, times, minutes_only=minutes_only)
    document = json.loads(as_json.read_text(encoding="utf-8"))
    document[key] = document[key][json_kept]
    as_json.write_text(json.dumps(document), encoding="utf-8")
    elsewhere = ("--data-dir", tmp_path / "elsewhere")
    for form, expected in zip(imports.split(), said, strict=True):
        status, out, err = cli(*elsewhere, command, "import", as_csv if form == "csv" else as_json)
        assert (status, out) == (0, expected), err
    listed = json.loads(cli(*elsewhere, command, "list", "--format", "json")[1])[key]
    assert sorted(item["created"] for item in listed) == created
