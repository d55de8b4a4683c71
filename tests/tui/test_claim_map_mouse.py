"""The claim map under the mouse: a click puts the cursor on a cell, a double-click opens it in
the reading room, as the compare key (enter) does."""

from __future__ import annotations

from tui_helpers import compare, covers, pair_corpus, reading_room, settle

from reader.tui.claim_map import ClaimMapScreen
from reader.tui.claim_table import HEADER_ROWS, ClaimTable

FERRY = ["Ferry crossings to Aldmere island resume on Thursday after the storm damaged the pier at Coltby.",
         "Engineers braced two cracked pilings of the Coltby pier with steel collars over the weekend."]
ISLAND = ["The storm that damaged the Coltby pier stopped the Aldmere ferry until Thursday.",
          "Two cracked pilings at Coltby were braced with steel collars, engineers said."]
LOCKS = ["The Marrowby lock keepers stopped work on Tuesday over the new night rota for the locks.",
         "Barges waited at Fenwick basin until the canal trust agreed to talk to the keepers."]
TRUST = ["Keepers at the Marrowby locks stopped work on Tuesday, angry at the night rota.",
         "The canal trust agreed to talk while barges waited at Fenwick basin."]


def cell_offset(table: ClaimTable, row: int, column: int) -> tuple[int, int]:
    """Where (x, y) inside the table the cell of claim row `row`, article column `column` is."""
    x = table.fixed_width + table.starts[column - 1] - int(table.scroll_offset.x) + 1
    return x, HEADER_ROWS + row - int(table.scroll_offset.y)


async def test_a_double_click_on_a_cell_opens_it_a_click_only_moves_to_it(make_app, tmp_path):
    covers("claims.open")
    for name, told, retold in (("ferry", FERRY, ISLAND), ("locks", LOCKS, TRUST)):
        app = make_app(pair_corpus(tmp_path / name, told, retold))
        async with reading_room(app, (120, 36)) as (pilot, room):
            await pilot.press("M")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, ClaimMapScreen) and screen.claim_map.claims
            table = screen.query_one(ClaimTable)
            await pilot.click(table, offset=cell_offset(table, 0, 2))
            await pilot.pause()
            assert app.screen is screen and table.cursor == (0, 2)
            await pilot.double_click(table, offset=cell_offset(table, 0, 2))
            await settle(pilot)
            assert compare(app) is room  # the pair the cell opens
            claim = table.claims[0]
            article = screen.claim_map.articles[table.columns[1].article]
            assert article in room.articles, (claim, article)
