"""A palette command that changes the reading room ("Show in pane", a recent pair) closes the
screens above it; over a bookmark's dialog holding a note not yet saved, it used to close the
dialog too and lose the note without a word. It now leaves the dialog and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reader.tui.bookmark_dialog import BookmarkDialog
from tui_helpers import covers, open_palette, reading_room, settle

STORIES = Path(__file__).parent / "stories"


@pytest.fixture
def story():
    from reader.corpus import load_paths

    return load_paths([STORIES / "ostrava_herald.md", STORIES / "meridan_voice.txt"])


async def test_show_in_pane_over_a_note_being_written_keeps_the_dialog_and_the_note(make_app, story):
    covers("bookmark.add")
    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("b", *"ask the ministry")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, BookmarkDialog)
        await open_palette(pilot, "Show in pane B: Dawn Assault")
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is dialog
        assert dialog.query_one("#note", Input).value == "ask the ministry"
        assert screen.articles == [a, b]
        assert any("not saved yet" in str(n.message) for n in pilot.app._notifications)


async def test_show_in_pane_over_an_untouched_dialog_closes_it_as_before(make_app, story):
    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(pilot.app.screen, BookmarkDialog)
        await open_palette(pilot, "Show in pane B: Dawn Assault")
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert screen.articles == [b, a]
