"""A click on a pane's header means that pane, as `h`/`l` do: the pane becomes active (landing
on the counterpart shown, when there is one), side by side or stacked."""

from __future__ import annotations

from test_claim_map_mouse import FERRY, ISLAND, LOCKS, TRUST  # two short stories told twice
from tui_helpers import pair_corpus, reading_room, settle


async def test_clicking_a_pane_header_makes_that_pane_active(make_app, tmp_path):
    for name, told, retold, size in (("ferry", FERRY, ISLAND, (140, 36)), ("locks", LOCKS, TRUST, (80, 30))):
        app = make_app(pair_corpus(tmp_path / name, told, retold))
        async with reading_room(app, size) as (pilot, screen):
            assert screen.active == 0
            await pilot.click("#header-1", offset=(4, 0))
            await settle(pilot)
            assert screen.active == 1, name
            await pilot.click("#header-0", offset=(4, 1))
            await settle(pilot)
            assert screen.active == 0, name
