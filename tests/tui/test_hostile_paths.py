"""Paths built to break the open dialog: one longer than a file system holds is said in the
dialog, never a crash of the reading room."""

from __future__ import annotations

from textual.widgets import Input, Static

from tui_helpers import covers, settle


async def test_a_path_too_long_for_a_file_system_is_said_in_the_open_dialog(make_app, seeds, tmp_path):
    covers("open.path")
    from reader.tui.open_dialog import OpenDialog

    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("O")
        await settle(pilot)
        too_long = str(tmp_path / ("a" * 300 + ".txt"))
        pilot.app.screen.query_one(Input).value = too_long  # each change describes the path
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, OpenDialog)
        about, error = (str(app.screen.query_one(f"#{name}", Static).render()) for name in ("about", "error"))
        assert "longer than a file system holds" in about, about
        assert error.startswith("Cannot open it: ") and "longer than a file system holds" in error, error
