"""The claim map screen applies the reader's link decisions, as `counterpoint map` does: a
link unlinked in the reading room leaves the map's claim, the kept map included."""

from __future__ import annotations

from flood_story import write_flood
from test_claim_map import open_map
from test_decisions import put_cursor, stored_and_shown
from tui_helpers import covers, reading_room

from reader.corpus import load_paths


def claims(screen) -> list[set[tuple[int, int]]]:
    return [{(p.article, p.passage.index) for p in c.passages} for c in screen.claim_map.claims]


async def test_a_link_unlinked_in_the_reading_room_leaves_the_claim_map(make_app, tmp_path):
    covers("claims.open", "link.reject")
    app = make_app(load_paths([write_flood(tmp_path / "flood")]))
    breach = {(0, 1), (1, 1)}  # ours and theirs tell the breach (and the wire does)
    async with reading_room(app, (160, 48)) as (pilot, reading):
        screen = await open_map(pilot)
        assert any(breach | {(2, 1)} <= claim for claim in claims(screen))
        kept = screen.claim_map
        await pilot.press("escape")

        await put_cursor(pilot, reading, 0, 1)
        reading.choice = [c.other for c in reading.current_links()].index(1)
        await pilot.press("X")
        await stored_and_shown(pilot)

        # The kept map was built before the decision: it is built again, without the pair.
        screen = await open_map(pilot)
        assert screen.claim_map is not kept
        assert not any(breach <= claim for claim in claims(screen))
        rebuilt = screen.claim_map
        await pilot.press("escape")
        assert (await open_map(pilot)).claim_map is rebuilt  # nothing decided since: kept
