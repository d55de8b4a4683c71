"""`align` and `map` name each decision they cannot apply because its words are gone from an
article that is here: the decision, the side, its quote, its file and why; past a count, one
line. On stderr only: what they print is as it was."""

from __future__ import annotations

import json

from reader.bookmarks.importing import UNPLACED_SHOWN


def _warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if "link decision" in line]


def test_align_and_map_name_each_orphaned_decision(cli, pair, write, paragraphs):
    a, b = pair
    assert cli("links", "add", a.path, b.path, "--quote-a", "Critics in Yerevan", "--quote-b", "Forty percent")[0] == 0
    assert cli("links", "reject", a.path, b.path, "--quote-a", "Drones assembled",
               "--quote-b", "Armenian lobbyists")[0] == 0
    write([p.replace("Critics in Yerevan", "People").replace("Drones assembled", "Aircraft built")
           for p in paragraphs[0]], "a.txt")
    gone = "the words are no longer in the file"
    expected = [f"counterpoint: warning: link decision 1 is orphaned, so not applied: A “Critics in Yerevan” in "
                f"{a.path}: {gone}",
                f"counterpoint: warning: link decision 2 is orphaned, so not applied: A “Drones assembled” in "
                f"{a.path}: {gone}"]
    status, out, err = cli("align", a.path, b.path, "--format", "json")
    assert status == 0 and _warnings(err) == expected
    assert [d["id"] for d in json.loads(out)["decisions"]["orphaned"]] == [1, 2]
    status, out, err = cli("map", a.path, b.path, "--format", "json")
    assert status == 0 and _warnings(err) == expected
    assert [d["id"] for d in json.loads(out)["decisions"]["orphaned"]] == [1, 2]


def test_past_a_count_the_rest_are_counted(cli, write):
    """A different pair of texts: a council's minutes and a resident's letter, with more
    decisions than are named one by one, every one of them orphaned by a rewrite."""
    n = UNPLACED_SHOWN + 3
    minutes = [f"Item {k}: the council approved budget line {k} for the harbour." for k in range(n)]
    letter = [f"Point {k}: residents never saw budget line {k} spent on anything." for k in range(n)]
    a, b = write(["Council minutes", *minutes], "minutes.txt"), write(["A letter", *letter], "letter.txt")
    for k in range(n):
        assert cli("links", "reject", a.path, b.path, "--quote-a", f"Item {k}:", "--quote-b", f"Point {k}:")[0] == 0
    write(["Council minutes", *(m.replace("Item", "Entry") for m in minutes)], "minutes.txt")
    status, out, err = cli("align", a.path, b.path)
    lines = _warnings(err)
    assert status == 0 and len(lines) == UNPLACED_SHOWN + 1
    assert lines[0].startswith("counterpoint: warning: link decision 1 is orphaned, so not applied: A “Item 0:” in ")
    assert lines[-1] == ("counterpoint: warning: and 3 more link decisions are orphaned, so not applied "
                         "(`counterpoint links list` shows them)")
