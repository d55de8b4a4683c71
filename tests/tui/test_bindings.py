"""Every binding of the reading room, pressed through Pilot, and its effect."""

from __future__ import annotations

import re

from tui_helpers import compare, covers, notices, open_palette, reading_room, settle

from reader.tui.keys import ALL_BINDINGS, configurable_ids
from reader.tui.links import counterparts


async def test_opens_on_two_articles_from_different_sides(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        a, b = screen.articles
        assert a.side != b.side
        assert screen.align_state == "ready" and screen.alignment is not None
        left, right = screen.panes
        assert left.active and left.cursor == left.visible_order()[0]


async def test_cursor_moves_and_other_pane_follows(make_app, seeds):
    covers("cursor.down", "cursor.up", "passage.next-linked", "passage.prev-linked")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("j")
        assert left.cursor == left.visible_order()[1]
        await pilot.press("k")
        assert left.cursor == left.visible_order()[0]
        await pilot.press("down", "up", "down")
        assert left.cursor == left.visible_order()[1]
        await pilot.press("n")
        linked = sorted(left.best)
        assert left.cursor == next(i for i in linked if i > left.visible_order()[1])
        links = counterparts(screen.alignment, 0, left.cursor)
        assert right.target == links[0].other
        assert set(right.linked) == {c.other for c in links}
        assert right.is_passage_visible(right.target)
        assert left.evidence.get(left.cursor) and right.evidence.get(right.target)
        first = left.cursor
        await pilot.press("n", "N")
        assert left.cursor == first


async def test_counterpart_cycling(make_app, seeds):
    covers("link.next", "link.prev")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        many = next(i for i in left.visible_order() if len(counterparts(screen.alignment, 0, i)) > 1)
        await pilot.press(*["j"] * left.visible_order().index(many))
        links = counterparts(screen.alignment, 0, many)
        assert right.target == links[0].other
        await pilot.press("right_square_bracket")
        assert right.target == links[1].other and right.is_passage_visible(links[1].other)
        await pilot.press("left_square_bracket")
        assert right.target == links[0].other
        await pilot.press("left_square_bracket")
        assert right.target == links[-1].other


async def test_jump_moves_focus_to_the_counterpart(make_app, seeds):
    covers("link.jump")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("n")
        target = right.target
        await pilot.press("enter")
        assert screen.active == 1 and right.active and right.cursor == target
        assert left.target is not None  # now the left pane shows the counterpart of the right cursor


async def test_unmatched_navigation(make_app, seeds):
    covers("passage.next-unmatched", "passage.prev-unmatched")
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        left = compare(app).panes[0]
        start = left.cursor
        after = sorted(i for i in left.unmatched if i > start)
        await pilot.press("u")
        first = left.cursor
        assert first in left.unmatched and first == after[0]
        await pilot.press("u")
        assert left.cursor == after[1]
        await pilot.press("U")
        assert left.cursor == first
        status = str(app.screen.query_one("#status").render())
        assert "only in this article" in status or "weak links only" in status


async def test_switching_panes(make_app, seeds):
    covers("pane.switch", "pane.left", "pane.right")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("tab")
        assert screen.active == 1 and right.active and not left.active
        await pilot.press("h")
        assert screen.active == 0 and left.active
        await pilot.press("l")
        assert screen.active == 1
        start = right.cursor
        await pilot.press("j")
        order = right.visible_order()
        assert right.cursor == order[order.index(start) + 1]


async def test_tab_lands_on_the_counterpart_and_keeps_both_panes_in_place(make_app, seeds):
    """meld/vimdiff: switching panes lands on the aligned passage, never on a stale cursor
    off screen, and the pane left behind keeps its scroll position."""
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        for _ in range(4):  # well into the article, so "back to the top" would show
            await pilot.press("n")
        links = counterparts(screen.alignment, 0, left.cursor)
        assert links
        left_scroll = left.scroll_offset.y
        await pilot.press("tab")
        assert screen.active == 1 and right.cursor == links[0].other
        assert right.is_passage_visible(right.cursor)
        assert left.scroll_offset.y == left_scroll
        # Without a counterpart, tab keeps both panes where they are.
        lonely = next(i for i in right.visible_order() if not counterparts(screen.alignment, 1, i)
                      and right.is_passage_visible(i))
        await pilot.click(right, offset=(5, right.passage_rows(lonely)[0] - int(right.scroll_offset.y)))
        assert right.cursor == lonely
        scrolls = (left.scroll_offset.y, right.scroll_offset.y)
        await pilot.press("tab")
        assert screen.active == 0 and (left.scroll_offset.y, right.scroll_offset.y) == scrolls
        assert left.is_passage_visible(left.cursor) or left.cursor is None


async def test_follow_toggle_stops_the_other_pane_scrolling(make_app, seeds):
    covers("follow.toggle")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("f")
        assert screen.follow is False
        before = right.scroll_offset.y
        await pilot.press("G")  # far down the left article; its links are elsewhere
        for _ in range(4):
            await pilot.press("N")
            assert right.scroll_offset.y == before
        await pilot.press("f")
        assert screen.follow is True
        await pilot.press("N")  # lands on a linked passage: the right pane has a target
        assert right.target is not None and right.is_passage_visible(right.target)


async def test_top_bottom_and_pages(make_app, seeds):
    covers("cursor.top", "cursor.bottom", "page.down", "page.up")
    app = make_app(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        left = compare(app).panes[0]
        order = left.visible_order()
        await pilot.press("G")
        assert left.cursor == order[-1] and left.is_passage_visible(order[-1])
        await pilot.press("g")
        assert left.cursor == order[0] and left.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert order.index(left.cursor) > 1
        down = left.cursor
        await pilot.press("pageup")
        assert left.cursor < down


async def test_boilerplate_toggle_hides_and_restores(make_app, seeds):
    covers("boilerplate.toggle")
    article = next(a for a in seeds if any(p.kind == "boilerplate" for p in a.passages))
    other = next(a for a in seeds if a is not article)
    app = make_app(seeds, pair=(article.id, other.id))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        left = compare(app).panes[0]
        hidden = {i for i, p in enumerate(article.passages) if p.kind == "boilerplate"}
        await pilot.press("x")
        assert not hidden & set(left.visible_order())
        await pilot.press("x")
        assert hidden <= set(left.visible_order())


async def test_swap_mirrors_articles_and_alignment(make_app, seeds):
    covers("panes.swap")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("n")
        cursor = screen.panes[0].cursor
        await pilot.press("s")
        assert screen.articles == [b, a]
        assert screen.panes[0].article is b and screen.panes[1].article is a
        assert screen.alignment.a is b
        assert screen.active == 1 and screen.panes[1].cursor == cursor


async def test_picker_chooses_and_swaps(make_app, seeds):
    covers("picker.open", "picker.other-pane", "picker.swap", "picker.close")
    from reader.tui.picker import PickerScreen

    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await pilot.press("o")
        assert isinstance(app.screen, PickerScreen)
        await settle(pilot)
        await pilot.press("tab")  # choose for pane B
        assert app.screen.side == 1
        await pilot.press("end", "enter")
        assert app.screen is screen
        assert screen.articles[1] is seeds.articles[-1]
        await settle(pilot)
        assert screen.align_state == "ready"
        assert screen.alignment.b is seeds.articles[-1]
        a, b = screen.articles
        await pilot.press("o", "s")
        assert screen.articles == [b, a]
        await pilot.press("o", "escape")
        assert app.screen is screen


async def test_search_jumps_to_a_hit(make_app, seeds):
    covers("search.open", "search.down", "search.up", "search.close")
    from reader.tui.search import SearchScreen

    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        right = screen.articles[1]
        phrase = right.passages[5].text[:40]
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*phrase)
        await settle(pilot)
        assert app.screen.hits and (app.screen.hits[0].side, app.screen.hits[0].index) == (1, 5)
        await pilot.press("enter")
        assert app.screen is screen and screen.active == 1 and screen.panes[1].cursor == 5
        await pilot.press("slash", *"Azerbaijan")
        await settle(pilot)
        hits = app.screen.query_one("#hits")
        assert len(app.screen.hits) > 2 and hits.highlighted == 0
        await pilot.press("down", "down")
        assert hits.highlighted == 2
        await pilot.press("up")
        assert hits.highlighted == 1
        await pilot.press("escape")
        assert app.screen is screen


async def test_copy_puts_the_passage_on_the_clipboard(make_app, seeds):
    covers("passage.copy")
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        left = compare(app).panes[0]
        await pilot.press("j", "y")
        assert app.clipboard == left.article.passages[left.cursor].text
        assert any("Copied passage 2" in n for n in notices(app))


async def test_theme_cycle_help_and_quit(make_app, seeds):
    covers("theme.cycle", "help.open", "help.close", "app.quit")
    from reader.tui.help import HelpScreen

    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        before = app.theme
        await pilot.press("t")
        assert app.theme != before
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#keys").render())
        shown = {m.group(1) for m in re.finditer(r" ([a-z-]+\.[a-z-]+)\s*$", text, re.MULTILINE)}
        assert shown == configurable_ids()
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert not app.is_running


async def test_click_selects_a_passage(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        right = screen.panes[1]
        index = right.visible_order()[3]
        first, _ = right.passage_rows(index)
        await pilot.click(right, offset=(10, first - int(right.scroll_offset.y)))
        assert screen.active == 1 and right.cursor == index


async def test_keymap_remaps_by_id(make_app, seeds):
    app = make_app(seeds, keymap={"cursor.down": "ctrl+n"})
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        left = compare(app).panes[0]
        await pilot.press("ctrl+n")
        assert left.cursor == left.visible_order()[1]


async def test_palette_reaches_articles_and_themes(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        target = seeds.articles[3]
        await open_palette(pilot, f"pane b {target.title[:12]}")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles[1] is target
        await open_palette(pilot, "theme: counterpoint-paper")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "counterpoint-paper"


def test_every_binding_has_its_own_id():
    """Coverage of the ids (every one run by a test) is checked at the end of the run, in
    tests/conftest.py; here, that each binding has an id and no two share one."""
    ids = [binding.id for binding in ALL_BINDINGS]
    assert all(ids) and len(set(ids)) == len(ids), ids
