"""What differs inside the current link, in the reading room, and each side's words (w)."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import DataTable

from tui_helpers import assert_terminal_safe, compare, covers, open_palette, reading_room, settle

from reader.differ import distinctive_words
from reader.differ.listing import missing_names
from reader.tui.difference_marks import layered
from reader.tui.differences_view import DifferenceLine
from reader.tui.words_screen import WordsScreen

SEED_A, SEED_B, SEED_ZIONIST = "000_717389ecb0dc4e94", "001_c164a2009160c68c", "004_f78903c0c38de6a5"


async def _next_linked_to(pilot, screen, index: int, limit: int = 60) -> None:
    """Press n (next linked passage) until the cursor of pane A is on unit `index`."""
    for _ in range(limit):
        if screen.panes[0].cursor == index:
            return
        await pilot.press("n")
    raise AssertionError(f"n never reached passage {index}")


def _marked(pane, index: int) -> dict[str, list[str]]:
    """The text under each kind of difference mark of unit `index` of a pane."""
    text = pane.units[index].text
    out: dict[str, list[str]] = {}
    for lo, hi, kind in pane.paint.differences.get(index, ()):
        out.setdefault(kind, []).append(text[lo:hi])
    return out


def _line(screen) -> str:
    return str(screen.query_one(DifferenceLine).render())


@pytest.mark.parametrize("pair, index, target, kind, a_text, b_text, listed", [
    ((SEED_A, SEED_B), 24, 24, "date", "April 2016", "April 2023", "date April 2016 ≠ April 2023"),
    ((SEED_A, SEED_ZIONIST), 4, 20, "framing", "Israel’s", "Zionist regime", "framing Israel’s ↔ Zionist regime"),
])
async def test_what_differs_is_marked_in_both_passages_and_listed(make_app, seeds, pair, index, target, kind,
                                                                  a_text, b_text, listed):
    app = make_app(seeds, pair=pair)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await _next_linked_to(pilot, screen, index)
        left, right = screen.panes
        assert right.target == target
        assert _marked(left, index)[kind] == [a_text] and _marked(right, target)[kind] == [b_text]
        line = _line(screen)
        assert listed in line and "w: each side's words" in line
        # marks belong to the current link only: the next passage's link shows its own
        await pilot.press("j")
        assert index not in left.paint.differences and target not in right.paint.differences


async def test_switching_to_sentences_on_a_link_reads_the_sentences_differences(make_app, seeds):
    app = make_app(seeds, pair=(SEED_A, SEED_B))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await _next_linked_to(pilot, screen, 24)
        assert "April 2016 ≠ April 2023" in _line(screen)
        for granularity in ("sentence", "paragraph", "sentence"):
            await pilot.press("S")
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            assert app.is_running and screen.granularity == granularity
            assert screen._differ is not None and screen._differ.a_units is screen.panes[0].units
            left, right = screen.panes
            assert max(left.paint.differences, default=0) < len(left.units)
            assert max(right.paint.differences, default=0) < len(right.units)


async def test_names_one_passage_lacks_are_marked_on_its_side_only(make_app, seeds):
    app = make_app(seeds, pair=(SEED_A, SEED_B))
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await _next_linked_to(pilot, screen, 24)
        left, right = screen.panes
        assert "Hamas" in _marked(left, 24)["name"] and "Hamas" not in _marked(right, 24).get("name", [])
        assert "Iran" in _marked(right, 24)["name"] and "Iran" not in _marked(left, 24).get("name", [])
        line = _line(screen)
        assert "only in A: " in line and "Hamas" in line and "only in B: " in line
        # each kind is drawn in its own colour, from the theme, and underlined
        styles = [left.get_component_rich_style(f"pane--diff-{kind}") for kind in ("figure", "name", "framing")]
        assert len({s.bgcolor for s in styles}) == 3 and all(s.underline for s in styles)


async def test_swapping_the_panes_mirrors_the_marks(make_app, seeds):
    covers("panes.swap")
    app = make_app(seeds, pair=(SEED_A, SEED_B))
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await _next_linked_to(pilot, screen, 24)
        await pilot.press("s")
        await settle(pilot)
        left, right = screen.panes
        assert _marked(left, 24)["date"] == ["April 2023"] and _marked(right, 24)["date"] == ["April 2016"]
        assert "date April 2023 ≠ April 2016" in _line(screen)


def same_story(tmp_path):
    """Two one-passage articles telling one event in the same words, reordered: one link, and
    nothing in it differs."""
    from reader.corpus import load_paths

    folder = tmp_path / "same"
    folder.mkdir()
    (folder / "a.txt").write_text("The council voted to close the old library after a long debate about "
                                  "costs and the future of the building.\n", encoding="utf-8")
    (folder / "b.txt").write_text("After a long debate about costs and the future of the building, the "
                                  "council voted to close the old library.\n", encoding="utf-8")
    return load_paths([folder])


async def test_a_link_without_differences_says_so(make_app, tmp_path):
    app = make_app(same_story(tmp_path))
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        assert screen.current_link() is not None
        assert "No differing figure, date, name or framing found." in _line(screen)
        assert not any(p.paint.differences for p in screen.panes)


async def test_the_words_screen_says_when_a_link_has_no_differences(make_app, tmp_path):
    app = make_app(same_story(tmp_path))
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        assert screen.current_link() is not None
        await pilot.press("w")
        await settle(pilot)
        words = app.screen
        assert isinstance(words, WordsScreen)
        shown = words.query_one("#link-differences")
        assert not isinstance(shown, DataTable)  # no table of headings alone
        assert str(shown.render()) == "No differing figure, date, name or framing found."
        assert shown.region.height == 1


async def test_short_articles_show_weaker_words_dimmed_under_a_line(make_app, tmp_path):
    """Two short reports: a word one side says twice and the other never stays under one
    standard error, so a side with few terms also shows the best weaker ones, marked so."""
    from reader.corpus import load_paths

    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Shelling hit the market in Kessra on Sunday.\n\nThe shelling killed 47 civilians, the ministry said.\n\n"
        "Halvek called it a massacre. Halvek demanded sanctions.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Strikes hit terrorist posts near Kesra on Sunday.\n\nThe strikes killed no civilians, the ministry said.\n\n"
        "Dolov called the claims fabrications. Terrorist cells remain, Dolov said.\n", encoding="utf-8")
    app = make_app(load_paths([folder]))
    async with reading_room(app, size=(120, 40)) as (pilot, screen):
        await pilot.press("w")
        await settle(pilot)
        words = app.screen
        assert isinstance(words, WordsScreen) and words.state == "ready"
        def labels(side: int) -> list:
            table = words.query_one(f"#words-{side}", DataTable)
            return [table.get_row_at(r) for r in range(table.row_count)]

        assert [row[0].plain for row in labels(0)] == ["Halvek", "Shelling"]  # 2:0 in A, z 1.13; no weaker
        rows = labels(1)
        assert [row[0].plain for row in rows] == ["(no word stands out)", "weaker, under z 1:",
                                                  "Dolov", "Strikes", "terrorist"]
        assert all(row[3].plain == "0.89" and "dim" in str(row[0].style) for row in rows[2:])
        assert "2 terms for A, 0 for B" in str(words.query_one("#words-status").render())


async def test_words_key_lists_each_sides_words(make_app, seeds):
    covers("words.open", "words.close", "words.down", "words.up")
    app = make_app(seeds, pair=(SEED_A, SEED_ZIONIST))
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await pilot.press("w")
        await settle(pilot)
        words = app.screen
        assert isinstance(words, WordsScreen) and words.state == "ready"
        a, b = screen.articles
        expected = distinctive_words(a, b, list(app.corpus), limit=40)
        for side, terms in enumerate(expected):
            table = words.query_one(f"#words-{side}", DataTable)
            rows = [table.get_row_at(r) for r in range(table.row_count)]
            assert terms and len(rows) == len(terms)
            assert all(isinstance(row[0], Text) for row in rows)  # article text, never markup
            assert [row[0].plain for row in rows] == [t.term for t in terms]
            assert [(row[1].plain, row[2].plain, row[3].plain) for row in rows] == [
                (str(t.a_count), str(t.b_count), f"{abs(t.z):.2f}") for t in terms]
        assert "Zionist regime" in [t.term for t in expected[1]]
        first = words.query_one("#words-0", DataTable)
        assert app.focused is first and first.cursor_row == 0
        await pilot.press("j", "j", "k")  # j/k move the row cursor, as the arrows do
        assert first.cursor_row == 1
        await pilot.press("escape")
        assert compare(app) is screen
        await pilot.press("w")
        assert app.screen.state == "ready"  # counted once per pair: shown at once the second time
        assert app.screen.query_one("#words-1", DataTable).row_count == len(expected[1])
        await pilot.press("w")  # the same key closes it
        assert compare(app) is screen


async def test_words_screen_lists_the_current_links_differences_in_full(make_app, seeds):
    app = make_app(seeds, pair=(SEED_A, SEED_ZIONIST))
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await _next_linked_to(pilot, screen, 4)
        expected = screen.link_differences(screen.current_link())
        await pilot.press("w")
        await settle(pilot)
        table = app.screen.query_one("#link-differences", DataTable)
        rows = [[cell.plain for cell in table.get_row_at(r)] for r in range(table.row_count)]
        assert len(rows) == len(expected) and rows[0][:3] == ["framing", "Israel’s", "Zionist regime"]
        framing = next(d for d in expected if d.kind == "framing")
        assert framing.note and rows[0][3] == framing.note  # whose usage each term is, from the glossary
        assert "A ¶5 ↔ B ¶21" in str(app.screen.query_one(".words-heading").render())


async def test_words_from_the_palette(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await open_palette(pilot, "each side's words")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WordsScreen)


async def test_words_of_hostile_articles_stay_text(make_app, hostile_corpus):
    app = make_app(hostile_corpus)
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        await pilot.press("w")
        await settle(pilot)
        words = app.screen
        assert isinstance(words, WordsScreen) and words.state == "ready"
        shown = "\n".join(str(w.render()) for w in words.query("Static"))
        assert "[bold]Loud[/bold]" in shown  # the title shows literally
        assert_terminal_safe(shown)


def test_layered_marks_cover_the_row_and_stack_where_they_meet():
    runs = layered([(2, 6, "evidence"), (4, 9, "diff"), (5, 6, "hit")], 0, 10)
    assert runs == [(0, 2, ()), (2, 4, ("evidence",)), (4, 5, ("evidence", "diff")),
                    (5, 6, ("evidence", "diff", "hit")), (6, 9, ("diff",)), (9, 10, ())]
    assert layered([(0, 20, "x")], 3, 7) == [(3, 7, ("x",))]
    assert layered([], 0, 5) == [(0, 5, ())]


def test_missing_names_once_each_in_order():
    from reader.differ import Difference

    found = [Difference("name", (0, 4), None, "Iran", None), Difference("name", None, (3, 8), None, "Baku"),
             Difference("name", (9, 13), None, "Iran", None), Difference("date", (1, 2), (1, 2), "2016", "2023")]
    assert missing_names(found, 0) == ["Iran"] and missing_names(found, 1) == ["Baku"]


async def test_words_of_one_article_asks_for_a_second(make_app, tmp_path):
    from reader.corpus import load_paths
    from tui_helpers import notices

    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "only.txt").write_text("A single article about the council and its library.\n", encoding="utf-8")
    app = make_app(load_paths([folder / "only.txt"]))
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        await pilot.press("w")
        assert compare(app) is screen
        assert any("open a second one" in n for n in notices(app))
