"""The help screen's own line of keys says how to close it with the keys in effect: after
`"help.close" = "x"`, esc no longer closes it, so the line must not say it does."""

from __future__ import annotations

import contextlib

import pytest

from tui_helpers import covers, settle

from reader.tui.help import HelpScreen


async def hint(tmp_path, make_app, seeds, config: str) -> str:
    folder = tmp_path / "config"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(config, encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        line = str(app.screen.query_one("#hint").render())
        await pilot.press("x")
        await pilot.pause()
        closed = not isinstance(app.screen, HelpScreen)
    return line, closed


async def test_the_help_hint_names_the_remapped_close_key(tmp_path, make_app, seeds):
    covers("help.open", "help.close")
    line, closed = await hint(tmp_path, make_app, seeds, '[keys]\n"help.close" = "x"\n')
    assert closed
    assert line.endswith("x: close") and "esc" not in line


async def test_the_help_hint_is_unchanged_by_default(tmp_path, make_app, seeds):
    line, _ = await hint(tmp_path, make_app, seeds, "")
    assert line == "ctrl+p: palette (every action, article and theme) · esc: close"


@contextlib.asynccontextmanager
async def dialog_opened(tmp_path, make_app, seeds, remap: str, *keys: str):
    """The reader with `remap` (`"id" = "key"`) as its [keys], after `keys` opened a dialog:
    yields (pilot, the room's screen, the dialog's hint line)."""
    folder = tmp_path / "config"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(f"[keys]\n{remap}\n", encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press(*keys)
        await settle(pilot)
        assert app.screen is not screen
        yield pilot, screen, " ".join(str(app.screen.query_one("#hint").render()).split())


@pytest.mark.parametrize(("opener", "binding_id", "word"), [
    ("o", "picker.close", "close"), ("O", "open.close", "close"), ("slash", "search.close", "close")])
async def test_every_dialogs_hint_names_its_remapped_close_key(tmp_path, make_app, seeds, opener, binding_id, word):
    async with dialog_opened(tmp_path, make_app, seeds, f'"{binding_id}" = "ctrl+g"', opener) as (pilot, screen, line):
        assert line.endswith(f"^g: {word}") and "esc" not in line, line
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert pilot.app.screen is screen


@pytest.mark.parametrize(("opener", "binding_id", "said", "default"), [
    ("o", "picker.swap", "^o: swap", "s: swap"), ("o", "picker.other-pane", "^o: other pane", "tab: other pane"),
    ("o", "picker.open-path", "^o: open a file, folder or web page", "O: open"),
    ("O", "open.complete", "^o/→: complete", "tab/→: complete"),
    ("slash", "search.history-back", "^o/^↓: earlier queries", "ctrl+↑/↓"),
    ("slash", "search.down", "↑/^o: choose", "↑/↓: choose"),
    ("b", "bookmark-dialog.save", "^o: save", "enter: save"),
    (("G", "N", "T"), "teach.save", "^o: teach", "ctrl+s: teach")])
async def test_every_dialogs_hint_names_its_remapped_keys(tmp_path, make_app, seeds, opener, binding_id, said,
                                                          default):
    """A hint line names the keys in effect for what it tells, not the defaults [keys] moved."""
    keys = [opener] if isinstance(opener, str) else opener
    async with dialog_opened(tmp_path, make_app, seeds, f'"{binding_id}" = "ctrl+o"', *keys) as (_, _, line):
        assert said in line and default not in line, line
