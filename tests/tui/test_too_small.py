"""Below the minimum size a notice covers every screen and the screens' keys do nothing."""

from __future__ import annotations

from tui_helpers import compare, covers, notices, settle

from reader.tui.claim_map import ClaimMapScreen
from reader.tui.compare import CompareScreen
from reader.tui.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen


def state(screen: CompareScreen) -> tuple:
    return screen.active, tuple(pane.cursor for pane in screen.panes)


async def test_keys_do_nothing_while_too_small_and_work_once_enlarged(make_app, seeds):
    covers("cursor.down", "passage.next-linked", "link.jump", "claims.open", "help.open")
    app = make_app(seeds)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        text = app.screen.query_one("#too-small").render().plain
        assert "40×12" in text and f"{MIN_WIDTH}×{MIN_HEIGHT}" in text
        reading = next(s for s in app.screen_stack if isinstance(s, CompareScreen))
        stack, before = list(app.screen_stack), state(reading)
        await pilot.press("j", "n", "enter", "M", "ctrl+p", "t")
        await settle(pilot)
        assert list(app.screen_stack) == stack and state(reading) == before
        theme = app.theme
        await pilot.press("question_mark")  # help says what the size must be, without a screen
        assert list(app.screen_stack) == stack and app.theme == theme
        assert f"needs at least {MIN_WIDTH}×{MIN_HEIGHT}" in notices(app)[-1]

        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        screen = compare(app)
        await pilot.press("j")
        await settle(pilot)
        assert state(screen) != before
        await pilot.press("n", "enter")  # a linked passage, then its counterpart in the other pane
        await settle(pilot)
        assert screen.active == 1
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, ClaimMapScreen)


async def test_a_screen_open_when_the_terminal_shrinks_is_covered_and_kept(make_app, seeds):
    covers("claims.open", "claims.close", "app.quit")
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        claim_map = app.screen
        assert isinstance(claim_map, ClaimMapScreen)
        await pilot.resize_terminal(80, 12)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.press("escape", "j")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen is claim_map
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.resize_terminal(50, 20)
        await pilot.pause()
        await pilot.press("q")
        assert app.return_code == 0


async def test_a_screen_a_worker_opens_while_too_small_waits_under_the_notice(make_app, seeds):
    from reader.tui.help import HelpScreen

    app = make_app(seeds)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        app.push_screen(HelpScreen())
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)  # the first notice left too


async def test_the_notice_names_the_quit_key_as_remapped(make_app, seeds):
    app = make_app(seeds, keymap={"app.quit": "ctrl+x"})
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#too-small").render().plain.endswith("^x: quit")
        await pilot.press("ctrl+x")
        assert app.return_code == 0
