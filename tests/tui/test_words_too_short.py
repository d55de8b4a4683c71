"""`w` beside a one-sentence article says why that side lists no word: too little text to rank
words (none of its words is used twice), not that no word stands out."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable
from tui_helpers import covers, pair_corpus, reading_room, settle

from reader.tui.words_screen import WordsScreen

TOLL_LONG = ["The toll on the Harrow bridge rises to four pounds in May, the county said on Monday.",
             "Drivers who cross the bridge daily said the toll would cost them a week's wages each year.",
             "The county said the toll pays for repairs to the bridge's cables, which rusted over the winter."]
TOLL_SHORT = ["Harrow bridge charges go up next month."]
SEED_LONG = ["Orchard growers in the Tarn valley picked their apples two weeks early this autumn.",
             "The growers blamed a dry summer; apples were smaller, and the growers sold fewer of them.",
             "Cider makers bought the small apples at half the usual price, growers said."]
SEED_SHORT = ["An early harvest came in across the valley."]


def first_cells(screen, side: int) -> list[str]:
    table = screen.query_one(f"#words-{side}", DataTable)
    return [table.get_row_at(r)[0].plain for r in range(table.row_count)]


@pytest.mark.parametrize("long, short", [(TOLL_LONG, TOLL_SHORT), (SEED_LONG, SEED_SHORT)], ids=["toll", "orchard"])
async def test_a_one_sentence_article_says_it_is_too_short_to_rank(make_app, tmp_path, long, short):
    covers("words.open")
    async with reading_room(make_app(pair_corpus(tmp_path, long, short)), (120, 40)) as (pilot, room):
        await pilot.press("w")
        await settle(pilot)
        words = pilot.app.screen
        assert isinstance(words, WordsScreen) and words.state == "ready"
        assert first_cells(words, 1) == ["(too little text to rank)"]
        assert first_cells(words, 0)[0] != "(too little text to rank)"  # the long one is ranked
        status = str(words.query_one("#words-status").render())
        assert "Too little text in B to rank words (no word is used twice there)." in status
        assert "Too little text in A" not in status
