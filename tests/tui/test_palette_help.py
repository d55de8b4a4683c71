"""The command palette and the help screen: every key listed, every screen's actions reachable,
nothing the palette shows parsed as markup, and Textual's commands that clash left out."""

from __future__ import annotations

from tui_helpers import compare, notices, open_palette, reading_room, settle


async def palette_prompts(pilot, query: str) -> list[str]:
    """What the palette lists for `query`, each entry's title and help text (left open)."""
    from textual.command import CommandList

    await open_palette(pilot, query)
    options = pilot.app.screen.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def palette_titles(pilot, query: str) -> list[str]:
    return [prompt.split("\n")[0] for prompt in await palette_prompts(pilot, query)]


async def test_palette_survives_a_key_that_looks_like_markup(make_app, seeds):
    # "[/]" would be a closing tag with nothing open, were it parsed as markup: it is no key,
    # so it is refused with a plain-text notice and the palette shows the default key.
    app = make_app(seeds, keymap={"cursor.down": "[/]"})
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert any('"cursor.down" = "[/]" refused' in n for n in notices(app)), notices(app)
        prompts = await palette_prompts(pilot, "next passage")
        assert app.is_running
        assert any(p.startswith("Next passage") and "key: j/↓" in p for p in prompts), prompts
        await pilot.press("escape")
        assert app.is_running


async def test_one_theme_command_and_no_maximize(make_app, seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        commands = [c.title for c in app.get_system_commands(compare(app))]
        assert "Theme" not in commands and "Maximize" not in commands
        assert commands.count("Next theme") == 1
        titles = await palette_titles(pilot, "next theme")
        assert titles[0] == "Next theme"
        before = app.theme
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme != before


async def test_palette_reaches_picker_search_and_help_keys(make_app, seeds):
    from reader.tui.help import HelpScreen
    from reader.tui.picker import PickerScreen
    from reader.tui.search import SearchScreen

    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("o")
        assert isinstance(app.screen, PickerScreen)
        assert "Other pane" in await palette_titles(pilot, "other pane")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen) and app.screen.side == 1
        await palette_titles(pilot, "swap panes")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen and screen.articles == [b, a]

        for key, dialog in (("slash", SearchScreen), ("question_mark", HelpScreen)):
            await pilot.press(key)
            assert isinstance(app.screen, dialog)
            assert "Close" in await palette_titles(pilot, "close")
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen, dialog


def test_dialog_bindings_live_in_keys():
    from reader.tui.keys import PICKER_BINDINGS, SEARCH_BINDINGS, IN_DIALOGS
    from reader.tui.picker import PickerScreen
    from reader.tui.search import SearchScreen

    assert PickerScreen.BINDINGS == [*PICKER_BINDINGS, *IN_DIALOGS]
    assert SearchScreen.BINDINGS == [*SEARCH_BINDINGS, *IN_DIALOGS]


async def test_failed_link_count_is_shown_in_its_row(make_app, seeds):
    from reader.tui.picker import PickerScreen

    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        shown = set(compare(app).pair_key)

        def broken(a, b, **_):
            raise RuntimeError("the engine broke")

        app.compute_alignment = broken
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen) and app.is_running
        options = app.screen.query_one("#articles")
        prompts = {a.id: str(options.get_option(a.id).prompt) for a in seeds}
        others = [i for i in prompts if i not in shown]
        assert others
        for article_id in others:
            assert "counting links" not in prompts[article_id]
            assert "links not counted: the engine broke" in prompts[article_id]


def test_alignment_cache_keeps_the_most_recent_pairs(make_app, seeds):
    from reader.tui.app import ALIGNMENT_CACHE_SIZE

    class Fake:
        def __init__(self, key):
            self.key = key

        def swapped(self):
            return Fake(self.key[::-1])

    app = make_app(seeds)
    for n in range(ALIGNMENT_CACHE_SIZE):
        app.store_alignment((f"a{n}", "b"), Fake((f"a{n}", "b")))
    assert app.cached_alignment("b", "a0").key == ("b", "a0")  # used: now the most recent
    app.store_alignment(("new", "b"), Fake(("new", "b")))
    assert len(app.alignments) == ALIGNMENT_CACHE_SIZE
    assert app.cached_alignment("a1", "b") is None  # the least recently used went
    assert app.cached_alignment("a0", "b") is not None and app.cached_alignment("new", "b") is not None


async def test_help_and_quit_are_offered_once_on_screens_whose_footer_repeats_them(make_app, seeds):
    """The claim map and the bookmarks list put help and quit first in their footers (same ids as
    the app's); the palette lists each once, not as the screen's key and the app's too."""
    app = make_app(seeds)
    async with reading_room(app, (120, 36)) as (pilot, _):
        for key in ("M", "m"):
            await pilot.press(key)
            await settle(pilot)
            titles = await palette_titles(pilot, "quit")
            assert titles.count("Quit") == 1, titles
            await pilot.press("escape")
            titles = await palette_titles(pilot, "help")
            assert titles.count("Help") == 1, titles
            await pilot.press("escape", "escape")
            await settle(pilot)
            compare(app)
