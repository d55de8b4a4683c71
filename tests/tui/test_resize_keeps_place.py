"""A resize keeps what the reader was reading on screen: the cursor's passage, and in the other
pane the counterpart it follows, also when the terminal grows past the end of the article (the
scroll offset is clamped before the panes hear of the resize) or only its height changes."""

from __future__ import annotations

from tui_helpers import covers, pair_corpus, reading_room

# Two invented accounts of a ferry dispute: many paragraphs each tells alone, then the same
# closing event, so the followed counterpart lies at the very end of the other article.
OWN_A = [f"The ferry captain from island number {n} spoke about tides, nets, gulls and the {n} old piers "
         f"that the village of Orrin painted blue every spring before the regatta." for n in range(1, 29)]
OWN_B = [f"A farmer from valley number {n} described barley, sheep, walls and the {n} stone barns "
         f"that the hamlet of Tessel roofed with slate before the winter storms." for n in range(1, 29)]
CLOSING_A = ("On 9 May the Brannock ferry company cancelled the Saltmere crossing after the harbour "
             "master Ottilie Varga closed the slipway for repairs.")
CLOSING_B = ("The Brannock ferry company cancelled its Saltmere crossing on 9 May when harbour master "
             "Ottilie Varga shut the slipway for repairs.")


async def resize(pilot, size: tuple[int, int]) -> None:
    await pilot.resize_terminal(*size)
    await pilot.pause()
    await pilot.pause()


def ferry_pair(tmp_path):
    return pair_corpus(tmp_path / "ferry", OWN_A + [CLOSING_A], OWN_B + [CLOSING_B])


async def test_growing_from_stacked_keeps_a_counterpart_at_the_end_in_view(make_app, tmp_path):
    covers("cursor.bottom")
    app = make_app(ferry_pair(tmp_path))
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        mine, other = screen.panes
        await pilot.press("G")  # the closing passage, linked to the other article's last one
        target = other.target
        assert target == len(other.units) - 1
        for size in ((80, 24), (160, 48), (80, 24), (100, 30)):
            await resize(pilot, size)
            assert other.target == target
            assert other.is_passage_visible(target), size
            assert mine.is_passage_visible(mine.cursor), size


async def test_a_shorter_terminal_keeps_the_cursor_and_its_counterpart_in_view(make_app, tmp_path):
    """Only the height changes, so nothing is wrapped again; the passages in view still are."""
    covers("cursor.down")
    app = make_app(ferry_pair(tmp_path))
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        mine, other = screen.panes
        await pilot.press("G", "k", "k", "k")  # a passage near the bottom of the screen
        cursor = mine.cursor
        top, height = int(mine.scroll_offset.y), mine.scrollable_content_region.height
        assert mine.is_passage_visible(cursor) and mine.passage_rows(cursor)[0] - top > height // 2
        for size in ((160, 14), (160, 48), (100, 12)):
            await resize(pilot, size)
            assert mine.cursor == cursor
            assert mine.is_passage_visible(cursor), size
            if other.target is not None:
                assert other.is_passage_visible(other.target), size
