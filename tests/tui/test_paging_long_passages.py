"""Paging through a passage taller than the pane shows all of it, as less does: PgDn/space/ctrl+f
(and ctrl+d) scroll inside the cursor's passage until its end is on screen, and only then go on
to the next passage; PgUp/ctrl+b (and ctrl+u) likewise back to its start. Before, a page
from a passage of 140 rows jumped to the next passage, and the rows between were never shown."""

from __future__ import annotations

from tui_helpers import covers, pair_corpus, reading_room

SENTENCES = [
    "The ferry company said the morning crossing to Port Anselm was cancelled because of fog.",
    "Harbour pilots in Lindqvist Bay reported waves of three metres near the outer buoy.",
    "A spokeswoman for the coastguard said two fishing boats had returned early.",
    "Shopkeepers on the quay closed their shutters before noon and waited for the wind to drop.",
    "The weather office in Tarrow raised its warning for the western islands to amber.",
    "Passengers stranded at the terminal were offered vouchers for the hotel on Mill Street.",
]
# One paragraph of about 5,000 characters: some seventy rows at 80 columns, most of them
# below a 24-row screen's pane.
LONG = " ".join(f"{sentence[:-1]} (report {n})." for n in range(9) for sentence in SENTENCES)
OTHER = [f"Short paragraph number {n} about the fog over Lindqvist Bay and the cancelled ferries." for n in range(12)]


def _shown_rows(pane) -> set[int]:
    top, height = int(pane.scroll_offset.y), pane.scrollable_content_region.height
    return set(range(top, top + height))


async def _page_through(pilot, screen, key: str, index: int) -> set[int]:
    """Press `key` until the cursor leaves passage `index`; the rows shown while it was on it."""
    pane = screen.panes[0]
    seen = _shown_rows(pane)
    for _ in range(200):
        await pilot.press(key)
        if pane.cursor != index:
            return seen
        seen |= _shown_rows(pane)
    raise AssertionError(f"{key} never left passage {index}")


async def test_paging_shows_every_row_of_a_long_passage(make_app, tmp_path):
    covers("page.down", "page.up", "page.half-down", "page.half-up", "cursor.down")
    corpus = pair_corpus(tmp_path / "articles", ["Fog at sea", *OTHER[:2], LONG, *OTHER[2:]], OTHER)
    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        pane = screen.panes[0]
        long = next(u.index for u in pane.units if u.text == LONG)
        while pane.cursor != long:
            await pilot.press("j")
        first, count = pane.passage_rows(long)
        assert count > 3 * pane.scrollable_content_region.height  # taller than the pane, by far
        every = set(range(first, first + count))
        for down, up in (("pagedown", "pageup"), ("ctrl+d", "ctrl+u")):
            assert every <= await _page_through(pilot, screen, down, long), down
            assert pane.cursor == long + 1  # then on to the next passage
            screen._move_to(long, center=False)
            pane.scroll_to(y=first + count - 2, animate=False, immediate=True)  # at its end
            await pilot.pause()
            assert every <= await _page_through(pilot, screen, up, long), up
            assert pane.cursor < long  # then on to the passages above
            screen._move_to(long, center=False)
            await pilot.pause()


async def test_moving_up_onto_a_passage_taller_than_the_pane_shows_its_first_line(make_app, tmp_path):
    from tui_helpers import long_paragraph

    covers("cursor.bottom", "cursor.up")
    for name, sentence in (("council", "The council met about the pilings at Coltby."),
                           ("keepers", "Keepers at Marrowby argued over the night rota.")):
        told = ["Opening.", long_paragraph([sentence], 120), "Close."]
        app = make_app(pair_corpus(tmp_path / name, told, ["Another article.", "It says little."]))
        async with reading_room(app, size=(120, 36)) as (pilot, screen):
            pane = screen.panes[0]
            await pilot.press("G", "k")  # the tail of the long passage is on screen above "Close."
            first, count = pane.passage_rows(pane.cursor)
            assert count > pane.scrollable_content_region.height
            assert int(pane.scroll_offset.y) == first, name
