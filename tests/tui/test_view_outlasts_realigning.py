"""A view (only ◌ unmatched, only linked) outlasts paragraphs <-> sentences (S): the sentences
arrive in each pane before their alignment does, and while they wait for it nothing tells which of
them the view hides, which is no reason to show all passages. Once the alignment is in, the view
chosen is still the view, the cursor on a passage it shows."""

from __future__ import annotations

import pytest

from tui_helpers import covers, notices, reading_room, settle


@pytest.mark.parametrize("view_presses", [1, 2], ids=["unmatched", "linked"])
async def test_a_view_outlasts_sentences_and_back(make_app, seeds, view_presses):
    covers("view.cycle", "granularity.toggle")
    async with reading_room(make_app(seeds), (100, 30)) as (pilot, screen):
        await pilot.press(*"v" * view_presses)
        view = screen.view
        assert view != "all"
        for granularity in ("sentence", "paragraph"):
            told = len(notices(pilot.app))
            await pilot.press("S")
            await settle(pilot)
            assert all(p.granularity == granularity for p in screen.panes) and screen.align_state == "ready"
            assert screen.view == view, notices(pilot.app)[told:]
            for pane in screen.panes:
                assert pane.cursor is None or pane.cursor in pane.visible_order()
            assert not any("hid that passage" in n for n in notices(pilot.app)[told:])


async def test_decision_keys_wait_while_the_alignment_in_hand_is_of_the_other_units(make_app, seeds):
    """Paragraphs come back at once from sentences (S), their alignment later: meanwhile the
    sentence alignment in hand names other passages, so `=` and `r` act on none of them."""
    covers("granularity.toggle", "link.make", "link.next-unconfirmed")
    async with reading_room(make_app(seeds), (100, 30)) as (pilot, screen):
        await pilot.press("S")
        await settle(pilot)
        of_sentences = screen.alignment
        assert of_sentences.granularity == "sentence" and of_sentences.links
        await pilot.press("S")
        await settle(pilot)
        assert all(p.granularity == "paragraph" for p in screen.panes)
        screen.alignment = of_sentences  # the moment before the paragraphs' alignment is back
        decided = [dict(each) for each in screen.decided]
        cursors = [p.cursor for p in screen.panes]
        for key in ("equals_sign", "r"):
            told = len(notices(pilot.app))
            await pilot.press(key)
            assert any(n.startswith("Still aligning") for n in notices(pilot.app)[told:]), key
        assert [dict(each) for each in screen.decided] == decided
        assert [p.cursor for p in screen.panes] == cursors
        assert not screen.current_links()
