"""Bookmarking a place that is bookmarked already edits that bookmark; the bookmarks list's
filter opens its match on enter and is cleared by the first esc (real SQLite, real files)."""

from __future__ import annotations

from reader.bookmarks import BookmarkStore
from tui_helpers import compare, covers, notices, reading_room, settle


def stored(tmp_path):
    with BookmarkStore.open(tmp_path / "data") as store:
        return store.bookmarks()


async def erase_note_and_type(pilot, text: str) -> None:
    note = pilot.app.screen.query_one("#note")
    await pilot.press(*["backspace"] * len(note.value), *text, "enter")
    await settle(pilot)


async def test_b_on_a_bookmarked_passage_edits_its_note(make_app, seeds, tmp_path):
    covers("bookmark.add", "bookmark-dialog.save")
    from reader.tui.bookmark_dialog import BookmarkDialog

    async with reading_room(make_app(seeds), (120, 40)) as (pilot, screen):
        await pilot.press("j", "b", *"one", "enter")
        await settle(pilot)
        await pilot.press("b")
        dialog = pilot.app.screen
        assert isinstance(dialog, BookmarkDialog)
        assert "already" in str(dialog.query_one("#title").render())
        assert dialog.query_one("#note").value == "one"
        await erase_note_and_type(pilot, "two")
        [kept] = stored(tmp_path)
        assert kept.note == "two" and kept.pair is None
        assert any(n.startswith("Bookmark updated") for n in notices(pilot.app))

        await pilot.press("j", "b")  # another passage: a new bookmark
        assert "already" not in str(pilot.app.screen.query_one("#title").render())
        await pilot.press(*"three", "enter")
        await settle(pilot)
        assert sorted(b.note for b in stored(tmp_path)) == ["three", "two"]


async def test_b_and_B_on_one_pair_edit_it_from_either_pane(make_app, seeds, tmp_path):
    covers("bookmark.add-pair", "pane.switch")
    async with reading_room(make_app(seeds), (120, 40)) as (pilot, screen):
        left = screen.panes[0]
        left.cursor = next(i for i in left.visible_order() if screen.alignment.for_a(i))
        await pilot.pause()
        await pilot.press("b", *"alone", "enter")  # the passage alone is another bookmark
        await settle(pilot)
        await pilot.press("B", *"pair", "enter")
        await settle(pilot)
        assert sorted(b.note for b in stored(tmp_path)) == ["alone", "pair"]

        await pilot.press("tab")  # the counterpart's pane, its cursor on the same pair
        await pilot.press("B")
        assert "already" in str(pilot.app.screen.query_one("#title").render())
        assert pilot.app.screen.query_one("#note").value == "pair"
        await erase_note_and_type(pilot, "both")
        assert sorted(b.note for b in stored(tmp_path)) == ["alone", "both"]


async def test_b_while_the_shell_bookmarks_that_passage_edits_its_bookmark(make_app, seeds, tmp_path,
                                                                         another_writer):
    """`counterpoint bookmarks add` of the passage, caught mid-write as the dialog saves: the
    room waits for it and edits the bookmark it made (note and tags as typed), no twin."""
    covers("bookmark.add", "bookmark-dialog.save")
    async with reading_room(make_app(seeds), (120, 40)) as (pilot, screen):
        pane = screen.panes[screen.active]
        passage = pane.units[pane.cursor]
        sides = [(screen.articles[screen.active], passage.start, passage.end)]
        with another_writer(tmp_path / "data" / "bookmarks.sqlite3", sides, note="from the shell", tags="cli"):
            await pilot.press("b", *"mine", "enter")
            await pilot.pause(0.6)  # the room's save has started and waits for the shell's
        await settle(pilot)
        [kept] = stored(tmp_path)
        assert (kept.note, kept.tags) == ("mine", ())
        assert any(n.startswith("Bookmark updated") for n in notices(pilot.app))


async def test_the_filter_opens_its_match_on_enter_and_esc_clears_it_first(make_app, seeds, tmp_path):
    covers("bookmarks.open", "bookmarks.filter", "bookmarks.close")
    from reader.tui.bookmarks_screen import BookmarksScreen

    a = seeds.articles[0]
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_passage(a, a.passages[3], note="first note")
        store.add_passage(a, a.passages[6], note="second note")
    async with reading_room(make_app(seeds), (120, 40)) as (pilot, screen):
        await pilot.press("m")
        await settle(pilot)
        listing = pilot.app.screen
        assert isinstance(listing, BookmarksScreen)
        await pilot.press("slash", *"nothing like it")
        await pilot.press("escape")
        assert pilot.app.screen is listing and listing.query_one("#filter").value == ""
        assert len(listing.shown) == 2
        await pilot.press("escape")
        assert compare(pilot.app) is screen

        await pilot.press("m")
        await settle(pilot)
        await pilot.press("slash", *"second", "enter")
        await settle(pilot)
        assert compare(pilot.app) is screen
        side = screen.active
        assert screen.articles[side] is a
        assert screen.panes[side].units[screen.panes[side].cursor].start == a.passages[6].start


def _editing(snap_compare, app, tmp_path, seeds, size) -> bool:
    """The dialog `b` opens on a passage bookmarked already."""
    a = seeds.articles[0]
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_passage(a, a.passages[0], note="said before", tags="early")

    async def run_before(pilot):
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.press("b")
        await pilot.pause()

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_editing_a_bookmark_says_so_80x24(snap_compare, make_app, seeds, tmp_path):
    assert _editing(snap_compare, make_app(seeds), tmp_path, seeds, (80, 24))


def test_editing_a_bookmark_says_so_120x36(snap_compare, make_app, seeds, tmp_path):
    assert _editing(snap_compare, make_app(seeds), tmp_path, seeds, (120, 36))
