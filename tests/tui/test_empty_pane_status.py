"""A pane whose article is empty keeps saying so on the status line at 80 columns when a search
and a view crowd it: "no text" stays (the longer "no text: the file is empty" where it fits),
never a bare "B …" beside a gap of blanks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.tui.links import PairSummary
from reader.tui.status import EMPTY_WORDS, StatusFacts, status_line
from tui_helpers import covers, pair_corpus, reading_room, settle

# An invented report: a pane of text beside an empty file opened by mistake.
TOLD = ["The ferry company of Orlen Bay cut its winter crossings from six a day to two.",
        "Islanders say the two crossings leave no way to reach the hospital on the mainland in time.",
        "The company blames the price of fuel and a ferry laid up for repairs since March."]


async def test_the_empty_pane_says_no_text_beside_a_search_and_a_view_at_80_columns(make_app, tmp_path):
    covers("pane.switch", "view.cycle", "search.open")
    corpus = pair_corpus(tmp_path / "ferry", TOLD, [], names=("ferry.txt", "empty.txt"))
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await pilot.press("v", "slash", *"crossings", "enter")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        line = screen.query_one("#status").render().plain
        assert screen.active == 1 and "search: crossings" in line and "view: " in line
        assert line.startswith("B no text"), line


@given(query=st.text("abcdefghij", min_size=1, max_size=30), hits=st.integers(1, 999),
       view=st.sampled_from(["all", "unmatched", "linked"]), width=st.integers(78, 140))  # 80 columns and up
def test_an_empty_pane_is_named_whatever_crowds_the_line(query, hits, view, width):
    facts = StatusFacts(side=1, empty=True, view=view, search=(query, 0, hits), align_state="ready",
                        summary=PairSummary(3, 5, 12, 0), settings=(0.19, "paragraph", True))
    line = status_line(facts, width).plain
    assert len(line) <= width
    assert any(line.startswith(f"B {words}") for words in EMPTY_WORDS), line
