"""Keys read together (a fast typist, a busy machine) change a text field in the order they were
typed: a letter typed right after backspace, or after an arrow, does not overtake it. Textual
runs a field's own keys only once they have bubbled up to the app (its issue #6605); the
keys are posted to the app together here, as the terminal driver posts each key of one read."""

from __future__ import annotations

import pytest
from textual.events import Key

from tui_helpers import pair_corpus, reading_room

RIVER = ["The ferry crossed at dawn while the fishermen mended their nets on the shore.",
         "By noon the market by the harbour sold the morning catch to the inns of the town."]


def key(name: str) -> Key:
    return Key(name, name if len(name) == 1 else None)


@pytest.mark.parametrize(("typed", "keys", "meant"), [
    ("fishermex", ["backspace", "n"], "fishermen"),
    ("ferxx", ["backspace", "backspace", "r", "y"], "ferry"),
    ("mrket", ["left", "left", "left", "left", "a"], "market"),
    ("harbor", ["left", "u", "end", "backspace", "r"], "harbour"),
])
async def test_keys_typed_together_change_the_search_field_in_their_order(make_app, tmp_path, typed, keys, meant):
    from textual.widgets import Input

    async with reading_room(make_app(pair_corpus(tmp_path / "story", RIVER, RIVER[::-1])), (100, 30)) as (pilot, _):
        await pilot.press("slash", *typed)
        field = pilot.app.screen.query_one(Input)
        assert field.value == typed
        for name in keys:
            pilot.app.post_message(key(name))  # no wait between them
        await pilot.pause()
        assert field.value == meant
        await pilot.press("escape", "q")
