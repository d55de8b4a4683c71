"""A recent pair chosen in the palette over another screen (the bookmarks list, the claim map,
the help) shows in the reading room with that screen closed, as "Show in pane" does: it used
to change the panes behind the screen, which stayed on top over a pair it was not opened for."""

from __future__ import annotations

import pytest

from test_resuming import read_then_change_pair
from tui_helpers import compare, covers, open_palette, reading_room, settle


@pytest.mark.parametrize("opening", ["m", "M", "question_mark"])
async def test_a_recent_pair_from_the_palette_closes_the_screen_above_the_room(make_app, seeds, opening):
    covers("bookmarks.open", "claims.open", "help.open")
    app = make_app(seeds)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        a, b, left_at = await read_then_change_pair(pilot, screen, seeds, 2)
        await pilot.press(opening)
        await settle(pilot)
        assert app.screen is not screen
        await open_palette(pilot, "recent pair")
        await pilot.press("enter")
        await settle(pilot)
        assert compare(app) is screen
        assert screen.articles == [a, b] and screen.panes[0].cursor == left_at
