"""`z` after `X` brings the unlinked counterpart back and shows it again (status line and the
other pane), as it was before the unlink, instead of the counterpart shown meanwhile."""

from __future__ import annotations

from test_decision_keeps_counterpart import _on_a_passage_with_two_links
from test_decisions import put_cursor, stored_and_shown
from tui_helpers import covers, pair_corpus, reading_room

# Two invented reports of one dam; the last paragraph of the first is linked to two of the second's.
FIRST = ["The river council of Tallowmere voted on Tuesday to raise the Oskel dam by four metres before the spring floods.",
         "Farmers downstream in the Brevin valley said the council never asked them about the water their orchards need in summer.",
         "The engineers hired by the council promised the new wall would hold a flood twice the size of the one in 1998.",
         "Local fishermen fear the salmon will no longer reach their spawning grounds above the dam.",
         "The council says the new wall and a ladder for salmon will cost the town less than one more flood."]
SECOND = ["Tallowmere's council approved a plan to heighten the Oskel dam, citing the spring floods that ruined the town centre.",
          "Orchard owners in the Brevin valley, the council says, were consulted at three public meetings last autumn.",
          "Critics point to the cost: the wall will take most of the town's budget for the next decade.",
          "A ladder for salmon, the council adds, will be built beside the new wall so the fish can still pass."]


async def _unlink_then_undo(pilot, screen) -> None:
    shown = screen.current_link().other
    await pilot.press("X")
    await stored_and_shown(pilot)
    assert shown not in [c.other for c in screen.current_links()]
    await pilot.press("z")
    await stored_and_shown(pilot)
    assert screen.current_link().other == shown
    other = screen.panes[1 - screen.active]
    assert other.target == shown


async def test_undoing_an_unlink_shows_the_link_it_brings_back(make_app, tmp_path):
    covers("link.reject", "link.undo")
    corpus = pair_corpus(tmp_path / "dam", FIRST, SECOND)
    async with reading_room(make_app(corpus), (160, 48)) as (pilot, screen):
        await put_cursor(pilot, screen, 0, 4)
        assert len(screen.current_links()) >= 2
        await _unlink_then_undo(pilot, screen)


async def test_undoing_an_unlink_in_the_seeds_shows_it_again(make_app, seeds):
    covers("passage.next-linked", "link.reject", "link.undo")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        await _on_a_passage_with_two_links(pilot, screen)
        await _unlink_then_undo(pilot, screen)
