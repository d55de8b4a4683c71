"""A decision that takes its passage out of the view (`=` on a ◌ passage while only ◌ ones are
shown) moves the cursor to the next shown passage at once, with the decision painted: a key
pressed before the store has answered (PgUp, half a page, the next passage) acts on a shown
passage. PgUp there used to end the app with a KeyError."""

from __future__ import annotations

import pytest

from test_confirmed_strength import FIRST, SECOND
from tui_helpers import covers, pair_corpus, reading_room, settle


async def _link_a_hidden_passage_then(pilot, screen, key: str) -> None:
    await pilot.press("u", "v")  # the first ◌ passage, then only ◌ passages shown
    await settle(pilot)
    pane = screen.panes[screen.active]
    linked = pane.cursor
    await pilot.press("equals_sign", key)  # the key lands before the store answers
    assert pane.cursor != linked and pane.cursor in pane.wrapped.first_row
    await settle(pilot)
    assert pilot.app.is_running and pane.cursor in pane.wrapped.first_row


@pytest.mark.parametrize("key", ["pageup", "ctrl+u", "pagedown", "j"])
async def test_a_key_right_after_linking_a_passage_the_view_then_hides(make_app, tmp_path, key):
    covers("passage.next-unmatched", "view.cycle", "link.make", "page.up", "page.half-up", "page.down", "cursor.down")
    corpus = pair_corpus(tmp_path / "dam", FIRST, SECOND)
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await _link_a_hidden_passage_then(pilot, screen, key)


async def test_page_up_right_after_linking_in_the_seeds(make_app, seeds):
    covers("passage.next-unmatched", "view.cycle", "link.make", "page.up")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        await _link_a_hidden_passage_then(pilot, screen, "pageup")
