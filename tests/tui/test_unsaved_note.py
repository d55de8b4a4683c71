"""A note typed into the bookmark dialog is never lost to a save that fails: the dialog comes
back with the note and tags as typed, to save again (or copy) once the store takes writes."""

from __future__ import annotations

import sqlite3

from tui_helpers import compare, notices, reading_room, settle

from reader.bookmarks import BookmarkStore

NOTE = "the second account dates the shipment a year later; check the ministry's own release"
TAGS = "dates, sources"
# A trigger another program left in the database: every new or changed bookmark is refused,
# with the words SQLite uses for a full disk.
REFUSE = ("CREATE TRIGGER refuse_{0} BEFORE {0} ON bookmark "
          "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")


def refuse_writes(data_dir, *actions: str) -> None:
    with sqlite3.connect(data_dir / "bookmarks.sqlite3") as conn:
        for action in actions:
            conn.execute(REFUSE.format(action))


def take_writes(data_dir, *actions: str) -> None:
    with sqlite3.connect(data_dir / "bookmarks.sqlite3") as conn:
        for action in actions:
            conn.execute(f"DROP TRIGGER refuse_{action}")


def stored(data_dir):
    with BookmarkStore.open(data_dir) as store:
        return store.bookmarks()


def typed(app) -> tuple[str, str]:
    from textual.widgets import Input

    from reader.tui.bookmark_dialog import BookmarkDialog

    assert isinstance(app.screen, BookmarkDialog), app.screen
    return app.screen.query_one("#note", Input).value, app.screen.query_one("#tags", Input).value


async def test_a_bookmark_that_cannot_be_saved_gives_its_note_back(make_app, seeds, tmp_path):
    data = tmp_path / "data"
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        assert (data / "bookmarks.sqlite3").exists()
        refuse_writes(data, "INSERT")
        await pilot.press("j", "b", *NOTE, "tab", *TAGS, "enter")
        await settle(pilot)
        assert any("nothing was saved" in n and "disk is full" in n for n in notices(app))
        assert typed(app) == (NOTE, TAGS)
        assert stored(data) == []

        take_writes(data, "INSERT")
        await pilot.press("enter")
        await settle(pilot)
        compare(app)
        [saved] = stored(data)
        assert saved.note == NOTE and saved.tags == ("dates", "sources")


async def test_an_edited_note_that_cannot_be_saved_comes_back_to_save_again(make_app, seeds, tmp_path):
    from reader.tui.bookmarks_screen import BookmarksScreen

    data = tmp_path / "data"
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await pilot.press("j", "b", *"first thoughts", "enter")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        refuse_writes(data, "UPDATE")
        await pilot.press("e", *["backspace"] * len("first thoughts"), *NOTE, "enter")
        await settle(pilot)
        assert typed(app)[0] == NOTE
        assert [b.note for b in stored(data)] == ["first thoughts"]

        take_writes(data, "UPDATE")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert [b.note for b in stored(data)] == [NOTE]
