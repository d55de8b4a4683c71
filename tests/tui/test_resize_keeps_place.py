"""A resize keeps what the reader was reading on screen: the cursor's passage, and in the other
pane the counterpart it follows, also when the terminal grows past the end of the article (the
scroll offset is clamped before the panes hear of the resize) or only its height changes."""

from __future__ import annotations

from tui_helpers import covers, long_paragraph, pair_corpus, reading_room, settle

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


HARBOUR = ["The harbour council met again about the cracked pilings of the Coltby pier.",
           "Islanders asked why the warnings of two winters had gone unanswered.",
           "The engineers said steel collars would hold until a new pier is built."]
LOCKS = ["Keepers of the Marrowby locks walked out over the night rota once more.",
         "Barges queued at Fenwick basin while the canal trust weighed its answer.",
         "Jonas Pell read the keepers' letter aloud at the gate of the top lock."]


def top_offset(pane) -> tuple[int, int]:
    """The unit on the pane's top row and where in its text that row starts."""
    index, start, _ = pane.wrapped.rows[int(pane.scroll_offset.y)]
    return index, start


def line_end(pane) -> int:
    """Where in its unit's text the top row ends."""
    return pane.wrapped.rows[int(pane.scroll_offset.y)][2]


async def test_a_resize_keeps_the_line_read_inside_a_long_passage(make_app, tmp_path):
    covers("page.down", "cursor.down")
    for sentences, name in ((HARBOUR, "harbour"), (LOCKS, "locks")):
        told = ["A short opening.", long_paragraph(sentences, 40), "A short close."]
        app = make_app(pair_corpus(tmp_path / name, told, ["Another article.", "It says little."]))
        async with reading_room(app, size=(160, 48)) as (pilot, screen):
            pane = screen.panes[0]
            await pilot.press("j", "ctrl+f", "ctrl+f")  # two pages into the long passage
            index, start = top_offset(pane)
            assert index == 1 and start > 0 and pane.cursor == 1
            for size in ((60, 20), (160, 48), (100, 30)):
                await resize(pilot, size)
                now, at = top_offset(pane)
                # the words the top row began with are on the top row still (not the passage's
                # start), however many re-wraps: none creeps back a line
                assert now == 1 and at <= start < line_end(pane), (size, start, at)


async def test_showing_boilerplate_or_another_view_keeps_the_line_read_inside_a_long_passage(make_app, tmp_path):
    covers("boilerplate.toggle", "view.cycle", "page.down")
    for sentences, name in ((LOCKS, "locks"), (HARBOUR, "harbour")):
        told = ["A short opening.", long_paragraph(sentences, 40), "A short close."]
        app = make_app(pair_corpus(tmp_path / name, told, ["Another article.", "It says little."]))
        async with reading_room(app, size=(120, 36)) as (pilot, screen):
            pane = screen.panes[0]
            await pilot.press("j", "ctrl+f", "ctrl+f", "ctrl+f")
            read = top_offset(pane)
            assert read[0] == 1 and read[1] > 0
            for key in ("x", "x", "v"):
                await pilot.press(key)
                await settle(pilot)
                assert top_offset(pane) == read, key
