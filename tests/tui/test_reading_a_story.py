"""Following a story as a reader does, on two articles written for these tests (an invented
border clash told by each side, one in Markdown and one in plain text, in tests/tui/stories):
every way of putting an article in a pane keeps two different articles side by side, and a
search keeps pointing at passages that hold its words whatever the panes come to show."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tui_helpers import covers, open_palette, reading_room, settle

STORIES = Path(__file__).parent / "stories"


@pytest.fixture
def story():
    """The clash at the Velka Bridge, as the Ostravan Herald and the Meridan Voice tell it."""
    from reader.corpus import load_paths

    return load_paths([STORIES / "ostrava_herald.md", STORIES / "meridan_voice.txt"])


def holds(passage_text: str, word: str) -> bool:
    return word.casefold() in passage_text.casefold()


async def test_the_palette_showing_the_other_panes_article_swaps_the_panes(make_app, story):
    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        a, b = screen.articles
        await open_palette(pilot, "Show in pane A: Provocation")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles == [b, a]
        assert screen.align_state == "ready"


async def test_the_palette_showing_an_article_from_the_claim_map_goes_back_to_the_room(make_app, story):
    """Chosen over the claim map, "Show in pane B: …" changed the room under it, unseen."""
    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("M")
        await settle(pilot)
        assert pilot.app.screen is not screen
        await open_palette(pilot, "Show in pane B: Dawn Assault")
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert screen.articles == [b, a]


async def test_opening_the_file_the_other_pane_shows_swaps_the_panes(make_app, story):
    covers("open.path")
    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("l", "O")  # from pane B, O opens a file for pane A: B's own file
        pilot.app.screen.query_one(Input).value = str(b.path)
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert screen.articles == [b, a]


async def test_search_hits_follow_the_panes_when_they_swap(make_app, story):
    covers("search.open", "search.next", "panes.swap")
    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        await pilot.press("slash", *"Vantescu")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        for _ in range(len(screen.search.hits) + 1):
            await pilot.press("n")
            await pilot.pause()
            pane = screen.panes[screen.active]
            assert holds(pane.units[pane.cursor].text, "Vantescu")


async def test_a_search_is_found_again_in_an_article_opened_after_it(make_app, story, tmp_path):
    from reader.corpus import load_paths

    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        await pilot.press("slash", *"Kostel")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        before = len(screen.search.hits)
        ledger = load_paths([STORIES / "civic_ledger.md"]).articles[0]
        (new,) = screen.corpus.add([ledger])
        screen.set_pane_article(1, new)  # as the picker, the palette or O put it there
        await settle(pilot)
        hits = screen.search.hits
        assert len(hits) < before  # the Herald's hits alone: the ledger never names Kostel
        for side, index, spans in hits:
            text = screen.panes[side].units[index].text
            assert spans and all(holds(text[s:e], "Kostel") for s, e in spans)
        for _ in range(len(hits) + 1):
            await pilot.press("n")
            await pilot.pause()
            pane = screen.panes[screen.active]
            assert screen.active == 0 and holds(pane.units[pane.cursor].text, "Kostel")


def test_the_status_line_keeps_the_pane_the_place_and_follow_with_a_search_and_a_view_at_80():
    """Search, view, summary and settings together are wider than 80 columns: the settings and
    then the summary give way, never which pane the cursor is in, where, or the follow lock."""
    from reader.tui.links import PairSummary
    from reader.tui.status import StatusFacts, status_line

    facts = StatusFacts(side=1, number=12, total=21, align_state="ready", view="unmatched",
                        summary=PairSummary(strong=12, weak=10, only_a=7, only_b=11),
                        search=("Halmos", 1, 5), settings=(0.19, "paragraph", True))
    for width in (80, 100):
        line = status_line(facts, width).plain
        assert line.startswith("B ¶ 12/21") and line.rstrip().endswith("follow on"), (width, line)
        assert "search: Halmos 1/5" in line and "view: only ◌ unmatched" in line
        assert len(line) <= width
    assert "12┃" in status_line(facts, 100).plain  # room for the summary again
    wide = status_line(facts, 160).plain
    assert "12 strong" in wide and "min 0.19" in wide


async def test_the_pair_bookmark_dialog_shows_its_fields_and_keys_whole_at_80x24(make_app, story):
    covers("bookmark.add-pair")
    async with reading_room(make_app(story), (80, 24)) as (pilot, screen):
        while len(screen.current_links()) == 0:
            await pilot.press("j")
        await pilot.press("B")
        await pilot.pause()
        dialog = pilot.app.screen
        box = dialog.query_one("#dialog").region
        assert box.bottom <= 24
        inner = box.shrink((1, 1, 1, 1))  # inside the border
        for part in (*dialog.query(Input), dialog.query_one("#hint")):
            assert inner.contains_region(part.region), (part, part.region, box)


def test_the_words_screen_counts_one_term_as_one():
    from reader.tui.words_screen import count_line

    assert count_line(1, 0) == "1 term for A, 0 for B, strongest first."
    assert count_line(8, 3) == "8 terms for A, 3 for B, strongest first."


async def test_the_bookmark_dialog_scrolls_to_the_field_typed_in_at_the_smallest_size(make_app, story):
    covers("bookmark.add")
    from reader.tui.too_small import MIN_HEIGHT, MIN_WIDTH

    async with reading_room(make_app(story), (MIN_WIDTH, MIN_HEIGHT)) as (pilot, screen):
        await pilot.press("j", "j", "j", "b")
        await pilot.pause()
        dialog = pilot.app.screen
        inner = dialog.query_one("#dialog").region.shrink((1, 1, 1, 1))
        for field in ("#note", "#tags"):
            dialog.query_one(field, Input).focus()
            await pilot.pause()
            assert inner.contains_region(dialog.query_one(field, Input).region), field


async def test_the_picker_starts_on_the_first_article_of_a_folder_just_opened(make_app, story, tmp_path):
    covers("open.path", "picker.down")
    from reader.tui.picker import PickerScreen

    folder = tmp_path / "election"
    folder.mkdir()
    for name in ("civic_ledger.md", "unity_post.txt"):
        (folder / name).write_text((STORIES / name).read_text(encoding="utf-8"), encoding="utf-8")
    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        await pilot.press("O")
        pilot.app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        picker = pilot.app.screen
        assert isinstance(picker, PickerScreen) and picker.side == 1
        first = next(a for a in screen.corpus if a.path.parent == folder)
        assert picker.query_one("#articles").highlighted == list(screen.corpus).index(first)
        await pilot.press("j", "enter")  # the folder's second article, for pane B
        await settle(pilot)
        assert screen.articles[1].path.parent == folder and screen.articles[1] is not first


def test_a_search_found_again_steps_on_from_the_cursor():
    from reader.tui.active_search import ActiveSearch

    search = ActiveSearch("kostel", ((0, 2, ()), (0, 5, ()), (1, 3, ())), position=-1)

    def at(step):  # (the hit stepped to, whether the step wrapped round)
        moved, wrapped = step
        return moved.hits[moved.position][:2], wrapped

    assert at(search.stepped(1, (0, 4))) == ((0, 5), False)
    assert at(search.stepped(-1, (0, 4))) == ((0, 2), False)
    assert at(search.stepped(1, (0, 5))) == ((1, 3), False)  # on a hit: the next one
    assert at(search.stepped(-1, (0, 5))) == ((0, 2), False)
    assert at(search.stepped(1, (1, 9))) == ((0, 2), True)  # past the last: round to the first
    assert at(search.stepped(-1, (0, 0))) == ((1, 3), True)
    assert at(search.stepped(1, (1, None))) == ((1, 3), False)  # a pane without a cursor


def test_search_finds_a_name_however_each_side_accents_it():
    """The Civic Ledger writes Réka Halmos, Tarnó and Ördög-hegy; the Unity Post, Reka and Tarno."""
    from reader.corpus import load_paths
    from reader.tui.finding import search_passages

    corpus = load_paths([STORIES / "civic_ledger.md", STORIES / "unity_post.txt"])
    units = [article.units("paragraph") for article in corpus]
    for query in ("reka", "Réka", "gabor lendvai", "tarno"):
        hits = search_passages(units, query)
        assert {h.side for h in hits} == {0, 1}, query
        assert all(h.score == 1.0 for h in hits), query  # the name itself, not a typo of it
    (hit,) = search_passages(units, "ordog")
    text = units[hit.side][hit.index].text
    assert [text[s:e] for s, e in hit.spans] == ["Ördög"]


async def test_help_explains_every_mark_the_gutter_draws(make_app, story):
    """The reader's own decisions put ✓ and + in the gutter: help says what they mean."""
    covers("help.open", "help.close")
    from reader.tui.paint import DECIDED_GLYPHS

    async with reading_room(make_app(story), (100, 30)) as (pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        legend = str(pilot.app.screen.query_one("#legend").render())
        for glyph in DECIDED_GLYPHS.values():
            assert any(line.strip().startswith(glyph + " ") for line in legend.splitlines()), glyph
        await pilot.press("escape")


@pytest.mark.parametrize("key", ["j", "k", "pagedown"])
async def test_after_the_map_scrolls_a_pane_the_keys_go_on_from_the_screen(make_app, story, key):
    """A click on the map beside the scrollbar scrolls the pane there; the next key moves the
    cursor from what is on screen instead of snapping back to where it was left."""
    covers("cursor.down", "cursor.up", "page.down")
    async with reading_room(make_app(story), (80, 24)) as (pilot, screen):
        pane = screen.panes[0]
        overview = screen.query_one("#overview-0")
        await pilot.click(overview, offset=(0, overview.size.height - 1))  # the article's end
        await pilot.pause()
        assert pane.cursor == pane.visible_order()[0] and not pane.is_passage_visible(pane.cursor)
        top = pane.scroll_offset.y
        await pilot.press(key)
        await pilot.pause()
        assert pane.is_passage_visible(pane.cursor)
        assert pane.scroll_offset.y >= top - 1  # never back to the top of the article
        assert pane.cursor > pane.visible_order()[len(pane.visible_order()) // 2]
