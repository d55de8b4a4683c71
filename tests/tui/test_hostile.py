"""Untrusted titles and text render literally everywhere and crash nothing."""

from __future__ import annotations

from tui_helpers import MARKUP, assert_terminal_safe, notices, open_palette, settle


def pane_text(pane) -> str:
    return "\n".join(pane.render_line(y).text for y in range(pane.scrollable_content_region.height))


async def test_hostile_article_renders_literally_in_every_view(make_app, hostile_corpus):
    from reader.tui.help import HelpScreen
    from reader.tui.picker import PickerScreen
    from reader.tui.search import SearchScreen

    app = make_app(hostile_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = app.screen
        hostile_side = next(s for s, a in enumerate(screen.articles) if a.id == "hostile")
        pane = screen.panes[hostile_side]
        text = pane_text(pane)
        for literal in MARKUP:
            assert literal in text
        assert_terminal_safe(text)
        header = str(screen.query_one(f"#header-{hostile_side}").render())
        assert "[bold]Loud[/bold]" in header and "[@click=app.quit]x[/]" in header
        assert "[i]Outlet[/i]" in header and "[/side] hostile" in header
        assert_terminal_safe(header)

        # panes: move through every passage, jump, copy (notification), status line
        await pilot.press("h" if hostile_side == 0 else "l")
        for _ in range(5):
            await pilot.press("j", "right_square_bracket", "y")
        await pilot.press("enter", "u", "n")
        assert_terminal_safe(str(screen.query_one("#status").render()))

        # search shows hits as literal text
        await pilot.press("slash", *"click me")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen) and app.screen.hits
        shown = str(app.screen.query_one("#hits").get_option_at_index(0).prompt)
        assert "[@click=app.quit]click me[/]" in shown
        await pilot.press("enter")

        # picker lists the hostile title literally
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        prompts = [str(app.screen.query_one("#articles").get_option_at_index(i).prompt) for i in range(2)]
        assert any("[bold]Loud[/bold] [@click=app.quit]x[/] [/x]" in p for p in prompts)
        await pilot.press("escape")

        # command palette: article hits are built as Content, never parsed
        await open_palette(pilot, "loud")
        await pilot.press("escape")

        # help, then the app's own notice quoting a hostile passage (bookmarking it)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("h" if hostile_side == 0 else "l", "g", "b", "enter")
        await settle(pilot)
        assert app.is_running
        assert any(n.startswith("Bookmarked: “Intro [bold]not bold[/bold] and [@click=app.quit]click me")
                   for n in notices(app)), notices(app)


async def test_hostile_keymap_ids_are_reported_literally(make_app, hostile_corpus):
    hostile_id = "[@click=app.quit]x[/] [/x]"
    app = make_app(hostile_corpus, keymap={hostile_id: "z"})
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.is_running
        assert any(repr(hostile_id) in n for n in notices(app)), notices(app)


async def test_palette_shows_a_hostile_title_as_text(make_app, hostile_corpus):
    from reader.tui.palette import highlighted

    title = hostile_corpus.get("hostile").title
    score, content = highlighted("loud", "Show in pane A: ", title)
    assert score > 0 and title in content.plain
    app = make_app(hostile_corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_palette(pilot, "pane b loud")
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and app.screen.articles[1].id == "hostile"
