"""The status line, cut to the terminal's width, leaves pieces out whole: a passage number, a
link count or a score is never cut short ("¶ 13/1…" reads as another number)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui_helpers import pair_corpus, reading_room

from reader.tui.links import PairSummary
from reader.tui.status import StatusFacts, status_line

STORY = ["The harbour board of Vellmar signed a 35-year concession with Castellan Maritime on Thursday.",
         "Dock workers keep their jobs for five years under the concession, the ministry said.",
         "The union called a strike ballot for Monday over the job guarantee for dock workers.",
         "Castellan is 62% owned by the Meranda Sovereign Fund, the ministry confirmed."]
RETOLD = ["Castellan Maritime won a 35-year concession to run the harbour of Vellmar, signed Thursday.",
          "The union says the five-year job guarantee for dock workers is far too short.",
          "A strike ballot of dock workers opens on Monday over the job guarantee, the union said.",
          "Meranda's sovereign fund owns 62% of Castellan, a state-controlled operator."]


# Where the right part (search, view, alignment, summary, settings, follow) starts.
TAIL = re.compile(r" (search: |view: |aligning|realigning|alignment failed|one article|\d+┃|\d+ strong|≥\d|min \d|follow o)")


def left_part(line: str) -> str:
    found = TAIL.search(line)
    return (line[:found.start()] if found else line).rstrip()


def cut_whole(line: str, whole: str) -> bool:
    """Whether the left part of `line` is the uncut left part of `whole` with whole pieces
    left out at its end (and perhaps "…" to say so): the pane label, then "¶ 3/4", "link 1 of
    2" and the rest, each kept or left out entire."""
    left, uncut = left_part(line), left_part(whole)
    kept = left[:-1].rstrip() if left.endswith("…") else left
    if kept == uncut or uncut.startswith(kept + " · ") or kept == uncut.split(" ")[0]:
        return True
    # The link's matched terms, last, are a list: the one piece cut short rather than left out.
    before, _, terms = uncut.rpartition(" · ")
    return ("," in terms or "↔" in terms) and kept.startswith(before + " · ") and uncut.startswith(kept)


@settings(max_examples=200)
@given(number=st.integers(1, 9999), total=st.integers(1, 9999), links=st.integers(0, 40),
       score=st.floats(0, 1), search=st.booleans(), width=st.integers(60, 140))
def test_the_left_part_keeps_its_figures_whole_at_any_width(number, total, links, score, search, width):
    facts = StatusFacts(side=1, number=number, total=max(number, total), link_number=1 if links else 0,
                        link_count=links, score=score, best_score=score, strength="strong", covered=True,
                        align_state="ready", summary=PairSummary(13, 14, 5, 11), decided="unconfirmed",
                        settings=(0.19, "paragraph", True), search=("Meranda", 1, 2) if search else None)
    line = status_line(facts, width).plain
    assert line.startswith("B ")
    assert cut_whole(line, status_line(facts, 0).plain), (width, line)


@settings(max_examples=200)
@given(empty=st.booleans(), number=st.integers(1, 9999), view=st.sampled_from(["all", "unmatched", "linked"]),
       query=st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=40),
       state=st.sampled_from(["ready", "aligning"]), width=st.integers(60, 140))
def test_the_line_fits_the_width_and_keeps_the_pane_and_place_with_a_search_and_a_view(empty, number, view, query,
                                                                                        state, width):
    """Down to the narrowest terminal the room takes, a search and a view on: the line is no
    wider than the terminal and still starts with the pane and where its cursor is (under 78
    columns it was 77 cells with no pane label at all)."""
    facts = StatusFacts(side=1, number=None if empty else number, total=max(number, 9999), empty=empty,
                        view=view, search=(query, 0, 500), align_state=state, summary=PairSummary(13, 14, 5, 11),
                        settings=(0.19, "paragraph", True))
    line = status_line(facts, width).plain
    assert len(line) <= width, (width, line)
    assert line.startswith("B no text" if empty else f"B ¶ {number}/"), (width, line)


async def test_the_status_line_never_cuts_a_figure_as_the_terminal_narrows(make_app, tmp_path):
    app = make_app(pair_corpus(tmp_path / "story", STORY, RETOLD))
    async with reading_room(app, size=(140, 30)) as (pilot, screen):
        await pilot.press("j")
        await pilot.resize_terminal(400, 30)  # room for every piece
        await pilot.pause()
        status = screen.query_one("#status")
        whole = status.render().plain
        assert "link 1 of" in whole
        cut = []
        for width in range(80, 141):
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            line = status.render().plain
            cut += [] if cut_whole(line, whole) else [(width, line)]
        assert cut == [], cut[:3]


def test_a_search_the_cursor_is_on_no_hit_of_counts_its_hits_without_a_hit_number():
    from reader.tui.finding import SEARCH_LIMIT

    def search_part(number, count):
        facts = StatusFacts(side=0, number=1, total=4, align_state="ready", search=("Meranda", number, count))
        return status_line(facts, 200).plain

    assert "search: Meranda — 38 hits " in search_part(0, 38)
    assert "search: Meranda — 1 hit " in search_part(0, 1)
    assert f"search: Meranda — {SEARCH_LIMIT}+ hits " in search_part(0, SEARCH_LIMIT)
    assert "search: Meranda 3/38 " in search_part(3, 38)
    assert "search: Meranda no hits " in search_part(0, 0)
