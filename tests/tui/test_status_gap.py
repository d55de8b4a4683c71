"""The status line keeps two blank cells between where the cursor is (left) and the pair's
summary, settings and follow lock (right), as between the right part's own pieces, however
the left part is cut: one blank ran them together at 80 columns ("0.49 strong … 1┃ 4│")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.tui.links import PairSummary
from reader.tui.status import StatusFacts, status_line
from tui_helpers import covers, pair_corpus, reading_room

# An invented pair told twice, so the cursor's passage is linked and its status line is long.
TOLD = ["The ferry company of Orlen Bay cut its winter crossings from six a day to two, blaming the price of fuel.",
        "Islanders say the two crossings leave no way to reach the hospital on the mainland in time."]
RETOLD = ["Orlen Bay's ferry company halved its winter crossings to two a day, citing the price of fuel.",
          "The hospital on the mainland is out of reach for islanders after the last crossing, they say."]


def _gap_before_tail(line: str, tail_start: str) -> str:
    return line[:line.index(tail_start)][-2:]


@given(number=st.integers(1, 9999), links=st.integers(1, 40), score=st.floats(0, 1),
       terms=st.text("abc, ", max_size=60), width=st.integers(78, 140))
def test_two_blanks_part_the_left_from_the_summary(number, links, score, terms, width):
    facts = StatusFacts(side=0, number=number, total=9999, link_number=1, link_count=links, score=score,
                        best_score=score, strength="weak", covered=False, terms=terms, align_state="ready",
                        summary=PairSummary(3, 5, 12, 7), settings=(0.19, "paragraph", True), decided="unconfirmed")
    line = status_line(facts, width).plain
    start = "3 strong" if "3 strong" in line else "3┃"
    assert _gap_before_tail(line, start) == "  ", line


async def _every_linked_passage_parts_its_halves(pilot, screen) -> None:
    for _ in range(12):
        line = screen.query_one("#status").render().plain
        assert "┃" not in line or line[:line.index("┃")].rstrip("0123456789").endswith("  "), line
        await pilot.press("n")


async def test_the_status_line_at_80_columns_parts_its_halves(make_app, tmp_path, seeds):
    covers("passage.next-linked")
    async with reading_room(make_app(pair_corpus(tmp_path / "ferry", TOLD, RETOLD)), (80, 24)) as (pilot, screen):
        await _every_linked_passage_parts_its_halves(pilot, screen)
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        await _every_linked_passage_parts_its_halves(pilot, screen)
