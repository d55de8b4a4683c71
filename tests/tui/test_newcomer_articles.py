"""Articles as people bring them (a page copied as hard-wrapped plain text with a byline, a
Markdown file with front matter) through the screens a newcomer reaches first, at 80x24 and
wider: reading, search, bookmarks, correcting links, teaching a term, help, each side's words
and opening a web page."""

from __future__ import annotations

import textwrap

import pytest

from reader.corpus import load_paths
from reader.tui.layout import wrap
from tui_helpers import covers, notices, reading_room, settle, writes_made

PARAGRAPHS = [
    "A fire broke out on the river bridge early on 14 March 2026, after a convoy of lorries "
    "attempted to cross without inspection, the ministry of defence said on Sunday.",
    "Three people were killed in the blaze, the ministry said, and it dismissed the figures "
    "circulated by the authorities on the other bank as propaganda meant for donors abroad.",
    "According to border officials the convoy of about thirty lorries carried not only wheat "
    "but also fuel drums and ammunition boxes concealed beneath the sacks of grain.",
    "Secondary explosions heard by residents of the town were consistent with ammunition "
    "cooking off in the fire, military engineers told state television that evening.",
]


def copied_from_a_page(folder, name="copied.txt", width=40):
    """A page copied as plain text: a title, a byline, paragraphs hard-wrapped at `width`."""
    body = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)
    path = folder / name
    title = "Ministry rejects the claims about the bridge fire and its casualties"
    path.write_text(f"{title}\n\nBy A. Reporter | News Agency\n\n{body}\n", encoding="utf-8")
    return path


OTHER_SIDE = [
    "Witnesses say three small drones circled the river bridge for twenty minutes before striking "
    "the convoy of lorries on 14 March 2026, setting the grain trucks and their drivers ablaze.",
    "Twelve civilians were killed in the blaze, hospital staff said, among them four drivers and a "
    "nine-year-old girl travelling with her father to her grandmother's village.",
    "Relief agencies say the convoy carried wheat and flour for the besieged villages of the upper "
    "valley, and that its route had been announced two days before it set out.",
    "Doctors at the district hospital said the wounded had injuries consistent with shrapnel from "
    "an airburst weapon, not with a fire that began in the lorries themselves.",
]


def other_side(folder):
    path = folder / "other.md"
    path.write_text("---\ntitle: Drones struck the aid convoy on the river bridge, killing twelve civilians\n"
                    "side: the other side\n---\n\n" + "\n\n".join(OTHER_SIDE) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    """The two sides: the copied page and the Markdown file."""
    return load_paths([copied_from_a_page(tmp_path), other_side(tmp_path)])


async def test_hard_wrapped_lines_are_reflowed_to_the_pane_width(make_app, corpus):
    """A paragraph copied with its lines broken at 40 columns fills a wider pane: its rows are
    those of the same words with no line break, not one short row per copied line."""
    async with reading_room(make_app(corpus), (120, 30)) as (pilot, screen):
        pane = next(p for p in screen.panes if p.article.path.name == "copied.txt")
        width = pane.wrapped.width
        assert width > 45  # wider than the copied lines
        wrapped = [i for i in pane.visible_order() if "\n" in pane.units[i].text]
        assert wrapped, "the copied paragraphs keep their line breaks in the source"
        for index in wrapped:
            flowed = pane.units[index].text.replace("\n", " ")
            assert pane.wrapped.span(index)[1] == len(wrap(flowed, width)), pane.units[index].text


def footer_keys(app) -> list[tuple[str, str]]:
    """(key, description) of each key the footer shows, left to right."""
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    footer = app.screen.query_one(Footer)
    keys = [k for k in footer.query(FooterKey) if k.description and not k.has_class("-command-palette")]
    visible = [k for k in keys if k.region.width and k.region.right <= footer.region.right]
    return [(k.key_display, k.description) for k in sorted(visible, key=lambda k: k.region.x)]


async def test_the_bookmarks_footer_shows_enter_opens_one(make_app, corpus):
    """The list's first key is enter, to open the bookmark: the footer says so (the list's own
    hidden enter used to shadow the screen's), and pressing it opens the bookmark. At 80
    columns the footer packs its keys as the reading room's does, so esc Back still fits."""
    covers("bookmark.add", "bookmark-dialog.save", "bookmarks.open", "bookmarks.jump")
    from reader.tui.bookmarks_screen import BookmarksScreen
    from reader.tui.compare import CompareScreen

    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        for key in ("G", "b", "enter", "g", "m"):
            await pilot.press(key)
            await settle(pilot)
        assert isinstance(pilot.app.screen, BookmarksScreen)
        shown = footer_keys(pilot.app)
        # after help and quit, which lead every full screen's footer; Back fits at 80 too
        assert shown[2] == ("⏎", "Open") and ("esc", "Back") in shown, shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CompareScreen)
        pane = screen.panes[screen.active]
        assert pane.cursor == pane.visible_order()[-1]


async def test_search_at_80_columns_shows_its_whole_hint_and_hangs_each_hit(make_app, corpus):
    """At 80x24 the dialog's hint ends with how to close it (it was cut after "ctrl+↑/↓:"),
    a hit's wrapped line starts under its text, not under the "A ¶2" column, and a snippet cut
    from the middle of a paragraph begins at a word ("…according to", not "…ing to") and ends
    after one."""
    covers("search.open", "search.close")
    from reader.tui.search import SearchScreen

    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await pilot.press("slash", *"convoy")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, SearchScreen) and len(dialog.hits) >= 2
        lines = [strip.text for strip in dialog._compositor.render_strips()]
        assert any("esc: close" in line for line in lines), "\n".join(lines)
        hit_rows = [n for n, line in enumerate(lines) if "│  A ¶" in line or "│  B ¶" in line]
        assert len(hit_rows) >= 2
        wrapped = 0
        for row, after in zip(hit_rows, hit_rows[1:]):
            column = max(lines[row].find("A ¶"), lines[row].find("B ¶"))
            indent = len(dialog._prompt(dialog.hits[0]).lead.plain)
            for line in lines[row + 1:after]:
                assert line[column:column + indent].strip() == "" and line[column + indent] != " ", line
                wrapped += 1
        assert wrapped, "at 80 columns a hit's snippet takes two lines"
        for hit in dialog.hits:
            words = dialog.units[hit.side][hit.index].text.split()
            shown = dialog._prompt(hit).body.plain.strip("…").split()
            assert shown[0] in words and shown[-1] in words, (shown[0], shown[-1])
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen



async def test_undo_right_after_unlinking_undoes_the_unlink(make_app, corpus, tmp_path):
    """X then z at once (the "oops" reflex) undoes the unlink: the unlink waits a moment to be
    stored, and the undo used to run first and undo the decision before it instead."""
    covers("passage.next-linked", "link.confirm", "link.reject", "link.undo")
    from reader.decisions import DecisionStore

    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        await pilot.press("n", "c")
        await writes_made(pilot)
        await pilot.press("X", "z")
        await writes_made(pilot)
        with DecisionStore.open(tmp_path / "data") as store:
            kinds = [d.kind for d in store.for_pair(*corpus.articles)]
        assert kinds == ["confirm"]
        assert any(n.startswith("Undone: your unlinking") for n in notices(pilot.app)), notices(pilot.app)


async def test_copying_a_hard_wrapped_passage_gives_one_line(make_app, corpus):
    """`y` copies the passage as the pane shows it, one paragraph: not the copied page's short
    lines (`Y` already quoted it on one line)."""
    covers("passage.copy")
    app = make_app(corpus)
    async with reading_room(app, (100, 30)) as (pilot, screen):
        pane = screen.panes[screen.active]
        assert pane.article.path.name == "copied.txt"
        await pilot.press("G", "y")
        passage = pane.units[pane.cursor]
        assert "\n" in passage.text
        assert app.clipboard == passage.text.replace("\n", " ")


async def test_the_teach_dialog_at_80x24_shows_how_to_cancel(make_app, corpus):
    """At 80x24 the term lists gave the hint no room for its last line, "esc: cancel"."""
    covers("passage.next-linked", "term.teach", "teach.cancel")
    from reader.tui.teaching import TeachDialog

    async with reading_room(make_app(corpus), (80, 24)) as (pilot, screen):
        await pilot.press("n", "T")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, TeachDialog)
        lines = [strip.text for strip in dialog._compositor.render_strips()]
        assert any("esc: cancel" in line for line in lines), "\n".join(lines)
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen


async def test_quitting_while_a_page_is_fetched_does_not_wait_for_the_site(make_app, corpus):
    """q while the open dialog's web page is still on its way: the reader's process ends at
    once, not when the site's timeout runs out (the fetch's thread kept it alive ~20 s)."""
    covers("open.path", "app.quit")
    import asyncio
    import socket

    with socket.socket() as silent:  # a site that takes the connection and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        app = make_app(corpus)
        async with reading_room(app, (100, 30)) as (pilot, screen):
            screen.fetch_timeout = 8
            await pilot.press("O", *f"http://127.0.0.1:{silent.getsockname()[1]}/story")
            await pilot.press("enter")
            await pilot.pause(0.3)
            assert any(n.startswith("Fetching") for n in notices(app))
            await pilot.press("q")
        # the fetch's thread is one of the loop's executor threads: they must all be done soon
        await asyncio.wait_for(asyncio.get_running_loop().shutdown_default_executor(), 4)


async def test_the_help_legend_says_what_the_only_here_mark_means(make_app, corpus):
    """◌ marks a passage with no strong counterpart; one with weak links has it too (the status
    line says "◌ weak links only"), so the help must not call it "no counterpart found"."""
    covers("help.open", "help.close")
    from reader.tui.help import HelpScreen

    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpScreen)
        lines: list[str] = []
        for _ in range(12):  # page through the whole help, keeping every line shown
            lines += [strip.text for strip in pilot.app.screen._compositor.render_strips()]
            await pilot.press("pagedown")
            await settle(pilot)
        marked = [line for line in lines if "◌  only in this article" in line]
        assert marked and all("strong" in line for line in marked), "\n".join(lines)
        await pilot.press("escape")


async def test_the_words_screen_says_tab_reaches_the_other_table(make_app, corpus):
    """j/k move in the focused table only; the line under the tables says tab moves to the
    other one (nothing on the screen, its footer or help said so), and it does."""
    covers("words.open", "words.down", "words.close")
    from textual.widgets import DataTable, Static

    from reader.tui.words_screen import WordsScreen

    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        await pilot.press("w")
        await settle(pilot)
        words = pilot.app.screen
        assert isinstance(words, WordsScreen)
        assert "tab" in str(words.query_one("#words-status", Static).render())
        await pilot.press("tab", "j")
        assert pilot.app.focused is words.query_one("#words-1", DataTable)
        assert words.query_one("#words-1", DataTable).cursor_row == 1
        await pilot.press("escape")
