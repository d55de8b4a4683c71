"""Esc in the bookmarks list leaves the filter field first, also an empty one `/` has just
opened (as esc leaves less's or vim's search prompt), and closes the list only after: a reader
who pressed `/` and changed their mind stays in the list, its cursor keys working again."""

from __future__ import annotations

from test_bookmarks import open_list
from tui_helpers import compare, covers, pair_corpus, reading_room, settle

TOLD = ["The ferry company of Orlen Bay cut its winter crossings from six a day to two.",
        "Islanders say the two crossings leave no way to reach the hospital on the mainland in time."]
RETOLD = ["Orlen Bay's ferry operator halved its winter timetable, blaming fuel prices.",
          "The hospital on the mainland is out of reach for islanders after the last crossing, they say."]


async def test_escape_leaves_an_empty_filter_and_stays_in_the_list(make_app, tmp_path):
    covers("bookmark.add", "bookmarks.open", "bookmarks.filter", "bookmarks.close", "bookmarks.down")
    corpus = pair_corpus(tmp_path / "ferry", TOLD, RETOLD)
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await pilot.press("b", "enter", "j", "b", "enter")
        await settle(pilot)
        bookmarks = await open_list(pilot)
        assert len(bookmarks.shown) == 2
        await pilot.press("slash")
        assert bookmarks.query_one("#filter").has_focus
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is bookmarks and bookmarks.options.has_focus
        await pilot.press("j")
        assert bookmarks.highlighted() is bookmarks.shown[1]
        await pilot.press("escape")
        await settle(pilot)
        assert compare(pilot.app) is screen
