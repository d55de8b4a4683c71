"""The bookmarks list under the mouse behaves as the claim map does: a click highlights the
bookmark under it (its details show), a double-click opens it, as enter does."""

from __future__ import annotations

from tui_helpers import compare, covers, pair_corpus, reading_room, settle

from reader.bookmarks import BookmarkStore
from reader.tui.bookmarks_screen import BookmarksScreen

HARBOUR = ["The harbour board raised mooring fees at Quillon by a third from the first of March.",
           "Skippers of the small crab boats said the rise would push them out of the old basin."]
QUAYSIDE = ["Quillon's mooring fees rise by a third in March, the harbour board announced.",
            "Crab boat skippers warned that the old basin would empty of small boats."]


def line_of(options, index: int) -> int:
    """The row inside the list (its border counted) where option `index` starts (OptionList
    keeps the map)."""
    top = options.content_region.y - options.region.y
    return top + options._index_to_line[index] - int(options.scroll_offset.y)


async def test_a_click_highlights_a_bookmark_and_a_double_click_opens_it(make_app, tmp_path):
    covers("bookmarks.open")
    corpus = pair_corpus(tmp_path / "articles", HARBOUR, QUAYSIDE)
    told, retold = corpus.articles
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_passage(told, told.passages[0], note="the fee")
        store.add_passage(retold, retold.passages[1], note="the skippers")
    app = make_app(corpus)
    async with reading_room(app, (120, 36)) as (pilot, room):
        shown = (room.articles[0], room.panes[0].cursor, room.articles[1], room.panes[1].cursor)
        await pilot.press("m")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BookmarksScreen) and len(screen.shown) == 2
        options = screen.options
        assert options.highlighted == 0
        await pilot.click(options, offset=(3, line_of(options, 1)))
        await pilot.pause()
        assert app.screen is screen  # not opened
        assert options.highlighted == 1 and screen.highlighted().note == "the skippers"
        assert (room.articles[0], room.panes[0].cursor, room.articles[1], room.panes[1].cursor) == shown
        await pilot.double_click(options, offset=(3, line_of(options, 1)))
        await settle(pilot)
        assert compare(app) is room
        side = room.articles.index(retold)
        assert room.active == side and room.panes[side].cursor == retold.passages[1].index
