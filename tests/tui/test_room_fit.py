"""What the reading room's dialogs write fits an 80×24 terminal whole: no hint or prompt is
cut off mid-word."""

from __future__ import annotations

import pytest
from tui_helpers import covers, drawn, reading_room, settle


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_teach_dialog_prompts_fit_on_a_small_terminal(make_app, seeds, size):
    from textual.widgets import Input

    from reader.tui.teaching import TeachDialog

    covers("cursor.bottom", "passage.prev-linked", "term.teach")
    app = make_app(seeds)
    async with reading_room(app, size=size) as (pilot, screen):
        await pilot.press("G", "N", "T")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, TeachDialog)
        for field in dialog.query(Input):
            assert field.placeholder and field.placeholder in drawn(field), (field.placeholder, drawn(field))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("keys", [("slash",), ("b",), ("b", "enter", "m")], ids=["search", "bookmark", "bookmarks"])
async def test_every_dialog_prompt_fits_on_a_small_terminal(make_app, seeds, size, keys):
    from textual.widgets import Input

    covers("search.open", "bookmark.add", "bookmarks.open")
    app = make_app(seeds)
    async with reading_room(app, size=size) as (pilot, screen):
        await pilot.press(*keys)
        await settle(pilot)
        fields = [f for f in app.screen.query(Input) if f.placeholder and not f.value]
        assert fields
        for field in fields:
            assert field.placeholder in drawn(field), (field.placeholder, drawn(field))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_words_screen_count_line_fits_on_a_small_terminal(make_app, seeds, size):
    from reader.tui.words_screen import WordsScreen

    covers("words.open")
    app = make_app(seeds)
    async with reading_room(app, size=size) as (pilot, screen):
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, WordsScreen) and app.screen.state == "ready"
        line = app.screen.query_one("#words-status")
        assert drawn(line).endswith("strongest first. tab: the other table."), drawn(line)
