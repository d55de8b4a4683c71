"""What the reading room marks with colour is marked without it too: on a monochrome terminal
(NO_COLOR) or one of 16 colours, the tints of the cursor's passage and of its counterparts come
out alike (or vanish), so every counterpart of the cursor carries a glyph in the gutter (◆ the
one shown, ◇ each other one), and the cursor's passage is edged down all its rows (▶ then ▕)."""

from __future__ import annotations

import pytest
from tui_helpers import compare, covers, pair_corpus, reading_room, settle

from reader.tui.paint import CURSOR_EDGE, OTHER_COUNTERPART


def pointers(pane) -> dict[int, str]:
    """Each shown passage's pointer cell (the gutter's third), as drawn on its first row."""
    width = pane.size.width
    return {index: pane._render_row(row, width).text[2] for index, row in pane.wrapped.first_row.items()}


async def on_a_passage_with_links(pilot, screen, least: int) -> None:
    for _ in range(40):
        if len(screen.current_links()) >= least:
            return
        await pilot.press("n")
    raise AssertionError(f"no passage with {least} counterparts")


def assert_every_counterpart_marked(screen) -> None:
    other = screen.panes[1 - screen.active]
    links = screen.current_links()
    shown = screen.current_link().other
    marks = pointers(other)
    assert marks[shown] == "◆"
    for link in links:
        if link.other != shown:
            assert marks[link.other] == OTHER_COUNTERPART, (link.other, marks[link.other])
    unlinked = {i for i in marks if i not in {c.other for c in links} and i != other.cursor}
    assert all(marks[i] == " " for i in unlinked)


async def test_each_counterpart_of_the_cursor_has_a_glyph(make_app, seeds):
    covers("passage.next-linked", "link.next")
    async with reading_room(make_app(seeds), (120, 36)) as (pilot, screen):
        await on_a_passage_with_links(pilot, screen, 2)
        assert_every_counterpart_marked(screen)
        await pilot.press("right_square_bracket")  # another counterpart shown: the glyphs follow
        assert_every_counterpart_marked(screen)


def dam_pair(tmp_path):
    return pair_corpus(
        tmp_path / "articles",
        ["The river authority opened the floodgates of the Narrow Dam on Tuesday night after heavy rain.",
         "Farmers downstream said the water destroyed the barley harvest across the valley.",
         "A spokesman for the ministry blamed the weather, not the dam operators."],
        ["Engineers at the Narrow Dam opened the floodgates on Tuesday night because of heavy rain.",
         "The floodgates of the dam were opened on Tuesday as the rain kept falling all night.",
         "Villagers in the valley lost their barley harvest to the water, farmers downstream said.",
         "The ministry's spokesman said the weather, and not the operators of the dam, was to blame."])


async def test_an_invented_pair_marks_its_counterparts_alike(tmp_path, make_app):
    async with reading_room(make_app(dam_pair(tmp_path)), (120, 36)) as (pilot, screen):
        await on_a_passage_with_links(pilot, screen, 2)
        assert_every_counterpart_marked(screen)


def assert_cursor_passage_edged(pane) -> None:
    """The pointer column is ▶ then ▕ down every row of the cursor's passage, and ▕ nowhere else."""
    width = pane.size.width
    column = [(index, pane._render_row(row, width).text[2]) for row, (index, _s, _e) in enumerate(pane.wrapped.rows)
              if index >= 0]
    mine = [cell for index, cell in column if index == pane.cursor]
    assert len(mine) > 1 and mine == ["▶"] + [CURSOR_EDGE] * (len(mine) - 1)
    assert all(cell != CURSOR_EDGE for index, cell in column if index != pane.cursor)


async def test_the_cursors_passage_is_edged_down_all_its_rows(tmp_path, make_app):
    covers("cursor.down", "pane.switch")
    corpus = pair_corpus(
        tmp_path / "articles",
        ["The lighthouse keeper at Skerrow Point logged the last ship of the season on a grey morning, "
         "wrote the hour and the wind in the book that his father and grandfather kept before him, and "
         "then climbed the tower one more time to put out the lamp that had burned for sixty winters.",
         "The board that runs the lights says a buoy will do the same work for a tenth of the cost."],
        ["Skerrow Point's lamp went out for good this week when the last keeper climbed the tower.",
         "A buoy replaces it, and the board that runs the lights expects to save nine tenths of the cost "
         "of keeping a man on the rock through the winter storms that close the harbour for weeks."])
    async with reading_room(make_app(corpus), (90, 36)) as (pilot, screen):
        assert_cursor_passage_edged(screen.panes[0])
        await pilot.press("tab", "j")
        assert_cursor_passage_edged(screen.panes[1])
        assert all(cell != CURSOR_EDGE for cell in pointers(screen.panes[0]).values())


def test_without_colour_the_room_still_shows_what_is_linked(snap_compare, make_app, tmp_path, monkeypatch):
    """NO_COLOR: Textual draws every colour as a grey; the glyphs carry what the tints did."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(dam_pair(tmp_path))
    assert app.no_color

    async def run_before(pilot):
        await settle(pilot)
        await on_a_passage_with_links(pilot, compare(pilot.app), 2)
        await settle(pilot)

    assert snap_compare(app, terminal_size=(100, 24), run_before=run_before)


def marked_styles(pane, index: int) -> dict[str, list]:
    """The drawn style of each run of unit `index` under a difference mark, by its text."""
    width = pane.size.width
    marked = {pane.units[index].text[lo:hi] for lo, hi, _kind in pane.paint.differences.get(index, ())}
    out: dict[str, list] = {}
    for row, (unit, _s, _e) in enumerate(pane.wrapped.rows):
        if unit == index:
            for segment in pane._render_row(row, width):
                for text in marked:
                    if segment.text.strip() and segment.text.strip() in text:
                        out.setdefault(text, []).append(segment.style)
    return out


@pytest.mark.parametrize("pair, index, framed, dated", [
    (("000_717389ecb0dc4e94", "004_f78903c0c38de6a5"), 4, "Zionist regime", None),
    (("000_717389ecb0dc4e94", "001_c164a2009160c68c"), 24, None, "April 2023"),
])
async def test_a_framing_term_is_told_from_a_figure_without_colour(make_app, seeds, pair, index, framed, dated):
    """Figures and framing are tinted red and green in the shipped themes, alike to many readers
    and in greys: framing is in italics as well, a figure or date is not."""
    async with reading_room(make_app(seeds, pair=pair), (160, 48)) as (pilot, screen):
        for _ in range(60):
            if screen.panes[0].cursor == index:
                break
            await pilot.press("n")
        right = screen.panes[1]
        styles = marked_styles(right, right.target)
        if framed:
            assert styles[framed] and all(s.italic and s.underline for s in styles[framed])
        if dated:
            assert styles[dated] and all(s.underline and not s.italic for s in styles[dated])
