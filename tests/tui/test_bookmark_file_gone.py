"""A bookmark whose article file was deleted (or can no longer be read) while the reader holds
the article in memory: the bookmarks screen says the file is gone, as `counterpoint bookmarks
list` does, never "anchored"; the list stays usable (move, open says why not, close)."""

from __future__ import annotations

from tui_helpers import compare, covers, notices, pair_corpus, reading_room, settle

from reader.bookmarks import BookmarkStore

MILL = ["The Tarn river mill closed on Monday after the owners missed a second payroll.",
        "Workers at the mill said the owners never paid the last three weeks of wages.",
        "The union asked the regional court to freeze the mill's accounts until they are paid."]
OWNERS = ["The owners of the Tarn river mill said it closed for repairs to the weir.",
          "They said every wage owed would be paid once the insurer settles the flood claim.",
          "A spokesman called the union's court filing a stunt that only delays the repairs."]


def bookmark(tmp_path, corpus) -> None:
    """One bookmark on the first article's second paragraph, one pair across both."""
    mill, owners = corpus.articles
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add(mill, mill.passages[1].start, mill.passages[1].end, note="wages")
        store.add_pair(mill, mill.passages[0].start, mill.passages[0].end,
                       owners, owners.passages[0].start, owners.passages[0].end)


async def open_list(pilot):
    from reader.tui.bookmarks_screen import BookmarksScreen

    await pilot.press("m")
    await settle(pilot)
    assert isinstance(pilot.app.screen, BookmarksScreen)
    return pilot.app.screen


def listed(screen) -> list[str]:
    return [str(screen.options.get_option_at_index(i).prompt) for i in range(screen.options.option_count)]


async def test_a_bookmark_on_a_deleted_file_says_the_file_is_gone(make_app, tmp_path):
    covers("bookmarks.open", "bookmarks.down", "bookmarks.close")
    corpus = pair_corpus(tmp_path / "mill", MILL, OWNERS, ("mill.txt", "owners.txt"))
    bookmark(tmp_path, corpus)
    app = make_app(corpus)
    async with reading_room(app, (100, 30)) as (pilot, room):
        (tmp_path / "mill" / "mill.txt").unlink()  # the reader still holds it in memory
        screen = await open_list(pilot)
        entries = listed(screen)
        assert len(entries) == 2 and all(entry.startswith("orphaned") for entry in entries), entries
        assert "2 orphaned" in str(screen.query_one("#title").render())
        details = str(screen.query_one("#details").render())
        assert "moved or deleted" in details and "mill.txt" in details
        await pilot.press("down")
        assert screen.options.highlighted == 1
        details = str(screen.query_one("#details").render())
        assert "moved or deleted" in details and "anchored" in details  # the pair's other file is there
        await pilot.press("up", "enter")
        assert pilot.app.screen is screen
        assert "missing" in notices(app)[-1]
        await pilot.press("escape")
        assert compare(app) is room
        cursor = room.panes[room.active].cursor
        await pilot.press("j")  # the keys act in the reading room again
        assert room.panes[room.active].cursor == cursor + 1


async def test_a_file_that_can_no_longer_be_read_says_so(make_app, tmp_path):
    corpus = pair_corpus(tmp_path / "mill", MILL, OWNERS, ("mill.txt", "owners.txt"))
    bookmark(tmp_path, corpus)
    app = make_app(corpus)
    async with reading_room(app, (100, 30)) as (pilot, room):
        path = tmp_path / "mill" / "mill.txt"
        path.unlink()
        path.mkdir()  # something is there, but no article: unreadable, not missing
        screen = await open_list(pilot)
        assert all(entry.startswith("orphaned") for entry in listed(screen))
        assert "cannot be read" in str(screen.query_one("#details").render())
