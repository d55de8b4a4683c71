"""A weak link confirmed with `c` is a counterpart at every threshold: strong at once (painted
and stored alike), its passage no longer told by one side only, and it stays strong as `+`/`-`
move the link threshold, past the point where the machine would drop its guess."""

from __future__ import annotations

from test_decisions import put_cursor, status_text, stored_and_shown
from tui_helpers import covers, pair_corpus, reading_room, settle

# Two invented reports of one dam: the third paragraph of each is only loosely related (a
# wall's strength against its cost), the pair the aligner links weakly.
FIRST = ["The river council of Tallowmere voted on Tuesday to raise the Oskel dam by four metres before the spring floods.",
         "Farmers downstream in the Brevin valley said the council never asked them about the water their orchards need in summer.",
         "The engineers hired by the council promised the new wall would hold a flood twice the size of the one in 1998.",
         "Local fishermen fear the salmon will no longer reach their spawning grounds above the dam."]
SECOND = ["Tallowmere's council approved a plan to heighten the Oskel dam, citing the spring floods that ruined the town centre.",
          "Orchard owners in the Brevin valley, the council says, were consulted at three public meetings last autumn.",
          "Critics point to the cost: the wall will take most of the town's budget for the next decade.",
          "A ladder for salmon, the council adds, will be built beside the new wall so the fish can still pass."]


def _strength(screen) -> tuple[str, bool]:
    link = screen.current_link()
    return link.strength, screen.panes[0].cursor in screen.alignment.alone_a


async def _weak_link_confirmed(pilot, screen) -> None:
    weak = next(link for link in screen.alignment.links if link.tier == "weak")
    await put_cursor(pilot, screen, 0, weak.a)
    assert _strength(screen) == ("weak", True)
    await pilot.press("c")
    assert _strength(screen)[0] == "strong"  # painted at once
    await stored_and_shown(pilot)


async def test_a_confirmed_weak_link_stays_a_counterpart_at_every_threshold(make_app, tmp_path):
    covers("link.confirm", "threshold.raise", "threshold.lower")
    corpus = pair_corpus(tmp_path / "dam", FIRST, SECOND)
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await _weak_link_confirmed(pilot, screen)
        assert _strength(screen) == ("strong", False)
        # the confirmation first, whole at 80 columns too: not "0.24 strong" with what makes it
        # strong cut off
        assert "link 1 of 1 · ✓ confirmed" in status_text(screen)
        for key in ("plus", "plus", "minus", "minus", "minus"):
            await pilot.press(key)
            await settle(pilot)
            assert _strength(screen) == ("strong", False), key


async def test_confirming_a_weak_link_of_the_seeds_counts_it_strong(make_app, seeds):
    covers("link.confirm")
    async with reading_room(make_app(seeds), (120, 36)) as (pilot, screen):
        strong_before = sum(1 for link in screen.alignment.links if link.tier == "strong")
        await _weak_link_confirmed(pilot, screen)
        assert sum(1 for link in screen.alignment.links if link.tier == "strong") == strong_before + 1
