"""The status line's pair summary (strong┃ weak│ A◌ B◌) changes with the gutter when a link
decision is painted, not only once the store has it."""

from __future__ import annotations

from tui_helpers import covers, pair_corpus, reading_room

from reader.tui.links import pair_summary

TOLD = ["The harbour board of Vellmar signed a 35-year concession with Castellan Maritime on Thursday.",
        "Dock workers keep their jobs for five years under the concession, the ministry said.",
        "The union called a strike ballot for Monday over the job guarantee for dock workers."]
RETOLD = ["Castellan Maritime won a 35-year concession to run the harbour of Vellmar, signed Thursday.",
          "The union says the five-year job guarantee for dock workers is far too short.",
          "Fishermen on the northern lake reported record catches of pike this season."]


def summary_shown(screen) -> str:
    """The short form of the summary as the status line shows it at 80 columns."""
    s = pair_summary(screen.alignment)
    return f"{s.strong}┃ {s.weak}│ A◌{s.only_a} B◌{s.only_b}"


async def test_unlinking_and_linking_change_the_counts_as_the_gutter_changes(make_app, tmp_path):
    covers("link.reject", "link.make")
    from reader.tui import deciding

    app = make_app(pair_corpus(tmp_path / "pair", TOLD, RETOLD))
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        status = screen.query_one("#status")
        link = next(c for c in screen.current_links() if c.strength == "strong")
        before = screen.summary
        with deciding._DECIDE_LOCK:  # the store's answer waits: what shows is the painted decision
            await pilot.press("X")
            assert link.other not in [c.other for c in screen.current_links()]
            assert screen.summary != before
            assert screen.summary == pair_summary(screen.alignment)
            assert summary_shown(screen) in status.render().plain
            # the other pane's cursor: the last passage, which nothing links
            screen.panes[1].cursor = 2
            await pilot.press("equals_sign")
            assert screen.summary == pair_summary(screen.alignment)
            assert summary_shown(screen) in status.render().plain
