"""`t` (next theme) and `?` (help) are everywhere keys: they work in a dialog as on a full screen
(the help, the article picker), where it used to do nothing without a word; in a dialog whose
text field has the focus, it is typed there and the theme stays. The screen behind the dialog
takes the new theme too."""

from __future__ import annotations

import pytest

from reader.tui.pane import ArticlePane
from tui_helpers import covers, reading_room, settle


async def _opened(pilot, key: str):
    """The dialog `key` opens, and the theme before it."""
    await pilot.press(key)
    await settle(pilot)
    return pilot.app.screen, pilot.app.theme


@pytest.mark.parametrize("opening", ["question_mark", "o"])
async def test_t_changes_the_theme_inside_a_dialog_without_a_text_field(make_app, seeds, opening):
    covers("help.open", "picker.open", "theme.cycle")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        dialog, before = await _opened(pilot, opening)
        assert dialog is not screen
        await pilot.press("t")
        await settle(pilot)
        assert pilot.app.theme != before and pilot.app.screen is dialog
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen
        for pane in screen.query(ArticlePane):  # painted in the new theme, not the one before
            assert pane._styles.base() == pane.rich_style


@pytest.mark.parametrize("opening", ["slash", "b", "O"])
async def test_t_is_typed_in_a_dialogs_text_field(make_app, seeds, opening):
    covers("search.open", "bookmark.add", "open.path")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        dialog, before = await _opened(pilot, opening)
        await pilot.press("t", "question_mark")
        await settle(pilot)
        assert pilot.app.theme == before and pilot.app.screen is dialog
        assert pilot.app.focused.value.endswith("t?")


@pytest.mark.parametrize("opening", ["o"])
async def test_question_mark_opens_help_from_a_dialog_without_a_text_field(make_app, seeds, opening):
    """`?` in the article picker shows the keys, the picker's first, as it does on every full
    screen (it used to do nothing there); closing help returns to the picker."""
    from reader.tui.help import HelpScreen

    covers("picker.open", "help.open", "help.close")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        await pilot.press(opening)
        await settle(pilot)
        dialog = pilot.app.screen
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpScreen)
        assert "Article picker" in str(pilot.app.screen.query_one("#keys").render())[:200]
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is dialog
