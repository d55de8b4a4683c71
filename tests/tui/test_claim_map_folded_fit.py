"""The claim map folded (z) at 80 columns: five sides of one article each fit beside the
claims, with the sides count after them, and the grid does not scroll sideways by a cell."""

from __future__ import annotations

from tui_helpers import covers, reading_room, settle


async def test_five_folded_sides_fit_80_columns_with_their_sides_count(make_app, seeds):
    covers("claims.open", "claims.fold")
    from reader.tui.claim_table import ClaimTable

    async with reading_room(make_app(seeds), (80, 24)) as (pilot, _):
        await pilot.press("M")
        await settle(pilot)
        await pilot.press("z")
        await settle(pilot)
        grid = pilot.app.screen.query_one(ClaimTable)
        assert grid.columns and all(c.article is None for c in grid.columns) and len(grid.columns) == 5
        assert not grid.show_horizontal_scrollbar and grid.virtual_size.width <= grid.size.width
        rows = [grid.render_line(y).text for y in range(grid.size.height)]
        assert rows[1].split()[-1] == "sides", rows[1]
        told = [row for row in rows[2:] if row.strip()]
        assert told and all(row.split()[-1].count("/") == 1 for row in told), told
