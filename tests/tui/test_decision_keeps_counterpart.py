"""Deciding about the counterpart shown keeps it shown: `c` (confirm) or `=` (link) on the second of
a passage's counterparts leaves that counterpart on the status line and in the other pane once the
store's answer replaces what the key painted, instead of whichever link then sorts first."""

from __future__ import annotations

from tui_helpers import covers, reading_room, writes_made


async def _on_a_passage_with_two_links(pilot, screen) -> None:
    for _ in range(40):
        await pilot.press("n")
        if len(screen.current_links()) >= 2:
            return
    raise AssertionError("no passage with two counterparts")


async def test_confirming_the_second_counterpart_keeps_it_shown(make_app, seeds):
    covers("passage.next-linked", "link.next", "link.confirm")
    async with reading_room(make_app(seeds), (120, 36)) as (pilot, screen):
        await _on_a_passage_with_two_links(pilot, screen)
        await pilot.press("right_square_bracket")
        chosen = screen.current_link().other
        assert chosen != screen.current_links()[0].other
        await pilot.press("c")
        await writes_made(pilot)  # the decision is stored a moment after the key (STORE_AFTER)
        link = screen.current_link()
        assert link.other == chosen
        assert "✓ confirmed" in screen.query_one("#status").render().plain


async def test_linking_to_a_machine_counterpart_keeps_it_shown(make_app, seeds):
    covers("passage.next-linked", "link.next", "link.make")
    async with reading_room(make_app(seeds), (120, 36)) as (pilot, screen):
        await _on_a_passage_with_two_links(pilot, screen)
        await pilot.press("right_square_bracket")
        chosen = screen.current_link().other
        other = screen.panes[1 - screen.active]
        other.cursor = chosen  # the other pane's cursor (▷) on that counterpart, in view
        other.scroll_to_passage(chosen, center=True)
        await pilot.press("equals_sign")
        await writes_made(pilot)
        assert screen.current_link().other == chosen
