"""What diff and pager users reach for first: search hits with n/N, pages, views, tab onto the
counterpart, one passage numbering, file names, a second article, opening from disk."""

from __future__ import annotations

import pytest

from tui_helpers import compare, covers, notices, reading_room, settle

from reader.corpus import Passage, load_paths
from reader.tui.finding import search_passages


def status_text(screen) -> str:
    return str(screen.query_one("#status").render())


def passages(*texts: str) -> list[Passage]:
    return [Passage("t", n, "body", 0, len(text), text) for n, text in enumerate(texts)]


def test_search_matches_words_not_the_middle_of_them():
    units = passages("He walked towards the forward base.", "The war began.", "Wars end; he warned them.",
                     "Karabakh saw war in 2020.", "Karabakh talks resumed.", "The drones flew.",
                     "His cronies left.", "Azerbaijan signed.")
    found = lambda query: [h.index for h in search_passages([units], query)]  # noqa: E731
    assert found("war") == [1, 3, 2]  # exact before inflected; never "towards", "forward", "warned"
    assert found("drones") == [5]  # not "cronies": typo tolerance is one edit
    assert found("karabakh war") == [3]  # every word of the query
    assert found("karab") == [3, 4]  # a prefix of a longer query word
    assert found("azerbajan") == [7]  # one typo in a long word
    assert found("wor") == []  # no typo tolerance in short words
    hit = search_passages([units], "karabakh war")[0]
    assert [units[3].text[a:b] for a, b in hit.spans] == ["Karabakh", "war"]


async def test_search_hits_are_stepped_with_n_and_left_with_escape(make_app, seeds):
    covers("search.next", "search.prev", "search.leave", "search.history-back", "search.history-forward")
    from textual.widgets import Input

    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await pilot.press("slash", *"israel")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        search = screen.search
        total = len(search.hits)
        assert total > 3
        first = search.position
        assert f"search: israel {first + 1}/{total}" in status_text(screen)
        side, index, spans = search.hits[first]
        pane = screen.panes[side]
        assert screen.active == side and pane.cursor == index and pane.paint.hits[index] == spans
        await pilot.press("n")
        assert screen.search.position == (first + 1) % total
        assert f"search: israel {(first + 1) % total + 1}/{total}" in status_text(screen)
        await pilot.press("N")
        assert screen.search.position == first
        for _ in range(total - first):
            await pilot.press("n")
        assert screen.search.position == 0 and any("continuing at the top" in n for n in notices(app))
        await pilot.press("escape")
        assert screen.search is None and "search:" not in status_text(screen)
        assert not any(p.paint.hits for p in screen.panes)
        left = screen.panes[screen.active]
        before = left.cursor
        await pilot.press("n")  # n is "next linked" again
        assert left.cursor != before and left.cursor in left.best
        # The history: the last query is offered; ctrl+up/ctrl+down walk older and newer ones.
        await pilot.press("slash", *"azerbaijan", "enter")
        await settle(pilot)
        await pilot.press("escape", "slash")
        field = app.screen.query_one(Input)
        assert field.value == "azerbaijan"
        await pilot.press("ctrl+up")
        assert field.value == "israel"
        await pilot.press("ctrl+down")
        assert field.value == "azerbaijan"
        await pilot.press("escape")


async def test_a_search_after_a_pair_switch_says_the_cursor_is_on_no_hit_until_n(make_app, tmp_path):
    folder = tmp_path / "harbour"
    folder.mkdir()
    stories = {
        "1-told.txt": ["Vellmar signs a harbour concession", "The concession runs 35 years.",
                       "Dock workers keep their jobs for five years under the concession."],
        "2-retold.txt": ["Castellan wins the harbour", "The concession was signed on Thursday.",
                         "The union calls the concession a sell-out."],
        "3-later.txt": ["A strike ballot in Vellmar", "Dock workers vote on Monday.",
                        "The union says the concession betrays them.", "The ministry defends the concession."],
    }
    for name, paragraphs in stories.items():
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    app = make_app(load_paths([folder]))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await pilot.press("slash", *"concession", "enter")
        await settle(pilot)
        assert screen.search.position >= 0
        later = next(x for x in app.corpus if x.path.name == "3-later.txt")
        screen.set_pane_article(screen.active, later)  # its cursor opens on its first passage
        await settle(pilot)
        search = screen.search
        total = len(search.hits)
        assert search.position == -1 and total > 1  # found again in the new pair; the cursor is on none
        assert f"search: concession — {total} hits" in status_text(screen)
        assert "search: concession 0/" not in status_text(screen)
        await pilot.press("n")
        side, index, _ = screen.search.hits[screen.search.position]
        assert (screen.active, screen.panes[screen.active].cursor) == (side, index)
        assert f"search: concession {screen.search.position + 1}/{total}" in status_text(screen)


async def test_half_pages_and_pages_like_less_and_vim(make_app, seeds):
    covers("page.half-down", "page.half-up")
    app = make_app(seeds)
    async with reading_room(app, size=(120, 30)) as (pilot, screen):
        left = screen.panes[0]
        order = left.visible_order()
        await pilot.press("ctrl+d")
        half = left.cursor
        assert order.index(half) > 0
        await pilot.press("ctrl+f")
        full = left.cursor
        assert order.index(full) > order.index(half)
        assert left.scroll_offset.y > 0 and left.is_passage_visible(full)
        await pilot.press("ctrl+b", "ctrl+u")
        assert order.index(left.cursor) < order.index(full)
        assert left.is_passage_visible(left.cursor)


async def test_numbering_is_one_based_and_stable_when_boilerplate_is_hidden(make_app, seeds):
    covers("boilerplate.toggle")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left = screen.panes[0]
        total = len(left.units)
        assert any(u.kind == "boilerplate" for u in left.units)
        await pilot.press("G")
        last = left.units[left.cursor]
        assert f"¶ {last.number}/{total}" in status_text(screen) and last.number == last.index + 1
        await pilot.press("x")
        assert left.cursor == last.index and f"¶ {last.number}/{total}" in status_text(screen)


async def test_views_cycle_and_keep_the_cursor(make_app, seeds):
    covers("view.cycle")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("u")  # a ◌ passage: visible in the "unmatched" view
        here = left.cursor
        await pilot.press("v")
        assert screen.view == "unmatched" and "view: only ◌ unmatched" in status_text(screen)
        assert set(left.visible_order()) == set(left.unmatched) and left.cursor == here
        assert set(right.visible_order()) == set(right.unmatched)
        await pilot.press("v")
        assert screen.view == "linked" and set(left.visible_order()) == set(left.best)
        assert left.cursor in left.visible_order()
        await pilot.press("v")
        assert screen.view == "all" and "view:" not in status_text(screen)
        assert len(left.visible_order()) == len(left.units)


async def test_status_line_sums_up_the_pair(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        summary = screen.summary
        assert summary.strong + summary.weak == len(screen.alignment.links)
        assert summary.only_a == len(screen.panes[0].unmatched)
        text = status_text(screen)
        assert f"{summary.strong} strong · {summary.weak} weak" in text
        assert f"{summary.only_a} only in A · {summary.only_b} only in B" in text


def write_story(root):
    """Two reports of one story with the same file name and no metadata, and a third file."""
    for folder, text in (("fox", "Storm hits the coast\n\nA storm hit the coast on Monday, officials said."),
                         ("nyt", "Storm hits the coast\n\nThe storm that hit the coast on Monday cut power.")):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "story.txt").write_text(text + "\n", encoding="utf-8")
    (root / "fox" / "budget.txt").write_text("Budget talks\n\nThe council met about the budget.\n", encoding="utf-8")
    return root


async def test_files_without_metadata_are_told_apart_by_name_and_folder(tmp_path, make_app):
    root = write_story(tmp_path / "news")
    corpus = load_paths([root / "fox" / "story.txt", root / "nyt" / "story.txt"])
    app = make_app(corpus)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        headers = [str(screen.query_one(f"#header-{side}").render()) for side in (0, 1)]
        assert "fox/story.txt" in headers[0] and "nyt/story.txt" in headers[1]
        assert not any("unlabelled" in h for h in headers)


async def test_a_single_file_asks_for_a_second_article(tmp_path, make_app):
    covers("open.path", "open.close", "open.complete")
    from reader.tui.open_dialog import OpenDialog
    from reader.tui.picker import PickerScreen

    root = write_story(tmp_path / "news")
    corpus = load_paths([root / "fox" / "story.txt"])
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await settle(pilot)
        screen = app.screen_stack[1]
        assert screen.align_state == "alone" and screen.alignment is None  # never aligned with itself
        assert any("compares two articles" in n for n in notices(app))
        assert isinstance(app.screen, PickerScreen) and app.screen.side == 1
        assert [a.path.name for a in app.corpus] == ["story.txt", "budget.txt"]  # the one beside it
        assert [a.path.name for a in corpus] == ["story.txt"]  # the reader's own list grew, not the caller's
        await pilot.press("escape")
        # Open the other report from disk: a path prompt with completion.
        await pilot.press("O")
        assert isinstance(app.screen, OpenDialog)
        from textual.widgets import Input

        field = app.screen.query_one(Input)
        field.value = str(root / "ny")
        await pilot.press("tab")
        assert field.value == str(root / "nyt") + "/"
        await pilot.press(*"story.txt", "enter")
        await settle(pilot)
        await settle(pilot)
        assert screen.articles[1].path == root / "nyt" / "story.txt" and len(app.corpus) == 3
        assert screen.align_state == "ready" and screen.alignment is not None
        await pilot.press("O", "escape")
        assert app.screen is screen


async def test_notices_leave_the_status_line_and_the_footer_keeps_help_and_quit(make_app, seeds):
    from textual.widgets import Footer
    from textual.widgets._toast import Toast

    for width in (80, 100):
        app = make_app(seeds)
        async with app.run_test(size=(width, 24), notifications=True) as pilot:
            await settle(pilot)
            screen = compare(app)
            await pilot.press("f")
            await pilot.pause(0.3)
            status = screen.query_one("#status").region
            toasts = list(screen.query(Toast))
            assert toasts and all(not t.region.overlaps(status) for t in toasts)
            footer = screen.query_one(Footer)
            shown = [k for k in footer.query("FooterKey") if k.region.right <= footer.region.right]
            labels = " ".join(f"{k.key_display} {k.description}" for k in shown)
            assert "? Help" in labels and "q Quit" in labels


def test_overview_and_ribbon_maps():
    from reader.tui.overview_map import overview_cells, ribbon, viewport_cells

    first_rows = {0: 0, 1: 5, 2: 10, 3: 20, 4: 25}
    cells = overview_cells(first_rows, 30, 6, {1: "strong", 2: "weak", 4: "weak"}, {3, 4})
    assert cells == ["", "strong", "weak", "", "only", "only"]  # ◌ outranks a weak link
    assert list(viewport_cells(10, 10, 30, 6)) == [2, 3]
    rows = ribbon((2, 4), (6, 8), 10)
    assert [r[0] for r in rows[2:5]] == ["┃", "┣", "┃"] and rows[7][2] == "┫"
    assert rows[3][1] == "┓" and rows[7][1] == "┗" and all(rows[y][1] == "┃" for y in (4, 5, 6))
    assert ribbon((2, 2), (-9, -5), 10)[0][2] == "▲" and ribbon((2, 2), (15, 20), 10)[9][2] == "▼"


async def test_overview_beside_the_scrollbar_and_ribbon_in_the_divider(make_app, seeds):
    from reader.tui.overview import LinkOverview, Ribbon
    from reader.tui.overview_map import ONLY, overview_cells

    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        overview = screen.query_one("#overview-0", LinkOverview)
        expected = overview_cells(left.wrapped.first_row, len(left.wrapped), overview.size.height,
                                  left.best, left.unmatched)
        assert overview.cells() == expected and ONLY in expected
        symbols = "".join(overview.render_line(y).text for y in range(overview.size.height))
        assert "◌" in symbols
        await pilot.click(overview, offset=(0, overview.size.height - 1))  # jump to the end
        assert left.scroll_offset.y > 0
        await pilot.press("g", "n")
        spans = screen.query_one(Ribbon).spans
        assert spans[0] is not None and spans[1] is not None
        lines = [screen.query_one(Ribbon).render_line(y).text for y in range(left.size.height)]
        assert any("┣" in line for line in lines) and any("┫" in line for line in lines)
        await pilot.press("tab")  # the ribbon follows the active side
        assert screen.query_one(Ribbon).spans[1] is not None


async def test_bookmarks_cite_the_passage_number_the_status_line_shows(make_app, seeds):
    from reader.tui.bookmarks_screen import BookmarksScreen

    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        left = screen.panes[0]
        await pilot.press("G", "k", "k")
        number = left.units[left.cursor].number
        assert f"¶ {number}/" in status_text(screen)
        await pilot.press("b", "enter")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert f"¶{number}" in str(app.screen.query_one("#details").render())


def test_gutter_bars_stand_out_like_any_non_text_mark_in_every_shipped_theme():
    """WCAG 1.4.11: the link bars are marks a reader must see, 3:1 against the page at least
    (4.5:1 in the high-contrast theme), and the pane paints them in the checked colours."""
    from reader.config import load_themes
    from reader.config.readability import checks
    from reader.paths import themes_dir
    from reader.tui.pane import ArticlePane

    for spec in load_themes(themes_dir(), None).available():
        found = {c.what: c for c in checks(spec)}
        for bar in ("cp-gutter-strong", "cp-gutter-weak"):
            check = found[f"{bar} mark on background"]
            assert check.minimum >= 3.0 and check.passes, (spec.name, check)
    assert "color: $cp-gutter-strong" in ArticlePane.DEFAULT_CSS and "color: $cp-gutter-weak" in ArticlePane.DEFAULT_CSS


@pytest.mark.parametrize("width", [80, 100, 101, 120, 200])
async def test_the_footer_shows_whole_keys_only(make_app, seeds, width):
    """A key that would be cut by the palette key at the right end is not shown ("u▏" at 80
    columns); the keys shown are the first ones, and the next one would not have fitted."""
    from textual.widgets import Footer

    from reader.tui.footer import key_width

    app = make_app(seeds)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        footer = compare(app).query_one(Footer)
        keys = list(footer.query("FooterKey"))
        palette = next(k for k in keys if k.has_class("-command-palette"))
        others = [k for k in keys if k is not palette]
        shown = [k for k in others if k.display]
        assert shown == others[: len(shown)] and shown
        assert all(k.region.right <= palette.region.x for k in shown)
        if len(shown) < len(others):  # the first key left out would have crossed the palette key
            left_out = others[len(shown)]
            margin = 1 if footer.compact else 0
            width = key_width(left_out.key_display, left_out.description, footer.compact) - margin
            assert shown[-1].region.right + margin + width > palette.region.x


async def test_the_footer_fits_its_keys_again_when_the_terminal_changes(make_app, seeds):
    from textual.widgets import Footer

    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        narrow = [k.key for k in compare(app).query_one(Footer).query("FooterKey") if k.display]
        await pilot.resize_terminal(200, 30)
        await settle(pilot)
        wide = [k.key for k in compare(app).query_one(Footer).query("FooterKey") if k.display]
        assert len(wide) > len(narrow)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert [k.key for k in compare(app).query_one(Footer).query("FooterKey") if k.display] == narrow
