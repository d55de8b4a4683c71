"""Enter pressed in the search dialog before the typed text's matching has come back (a fast
typist, a busy machine) jumps among that text's hits, not among the hits of the text before
its last letter (`starved`: Pilot types at machine speed, the matching in its thread)."""

from __future__ import annotations

import pytest

from tui_helpers import long_paragraph, pair_corpus, reading_room, settle

RIVER = ["The ferry crossed at dawn while the fishermen mended their nets on the shore.",
         "By noon the market by the harbour sold the morning catch to the inns of the town."]
MOUNTAIN = ["Shepherds drove the flocks past the chapel before the snow closed the high pass.",
            "The innkeeper counted the travellers who waited for the thaw beside his stove."]


@pytest.mark.parametrize("told, query", [(RIVER, "fishermen"), (MOUNTAIN, "shepherds")])
async def test_enter_right_after_the_last_letter_searches_the_whole_word(make_app, tmp_path, starved, told, query):
    many = [long_paragraph(told, 40) for _ in range(40)]  # matching takes a moment
    async with reading_room(make_app(pair_corpus(tmp_path / "story", many, many[::-1])), (100, 30)) as (pilot, screen):
        await pilot.press("slash", *query, "enter")
        await settle(pilot)
        assert screen.search is not None and screen.search.query == query
        assert screen.search_history == [query]
