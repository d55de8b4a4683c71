"""Paths built to break the open dialog: one longer than a file system holds is said in the
dialog, never a crash of the reading room."""

from __future__ import annotations

from textual.widgets import Input, Static

from tui_helpers import covers, settle


async def typed_in_open_dialog(pilot, path: str) -> None:
    """O, then `path` in the dialog's field (each change describes the path)."""
    await settle(pilot)
    await pilot.press("O")
    await settle(pilot)
    pilot.app.screen.query_one(Input).value = path
    await settle(pilot)


async def test_a_path_too_long_for_a_file_system_is_said_in_the_open_dialog(make_app, seeds, tmp_path):
    covers("open.path")
    from reader.tui.open_dialog import OpenDialog

    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await typed_in_open_dialog(pilot, str(tmp_path / ("a" * 300 + ".txt")))
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, OpenDialog)
        about, error = (str(app.screen.query_one(f"#{name}", Static).render()) for name in ("about", "error"))
        assert "longer than a file system holds" in about, about
        assert error.startswith("Cannot open it: ") and "longer than a file system holds" in error, error


async def test_a_folder_with_one_broken_file_opens_the_rest_and_says_what_was_left_out(make_app, seeds, tmp_path):
    from tui_helpers import assert_terminal_safe, notices

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "told.txt").write_text("The lease was signed on Monday.\n\nCritics objected at once.\n")
    (folder / "\x1b[31mdump.txt").write_bytes(b"\x7fELF\x00\x00\x01" * 400)  # no text, a hostile name
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await typed_in_open_dialog(pilot, str(folder))
        await pilot.press("enter")
        await settle(pilot)
        said = [n for n in notices(app) if "left out" in n]
        assert said and "dump.txt" in said[0] and "binary" in said[0], notices(app)
        for notice in said:
            assert_terminal_safe(notice)
        from reader.tui.compare import CompareScreen

        (room,) = [s for s in app.screen_stack if isinstance(s, CompareScreen)]
        assert any(a.path.name == "told.txt" for a in room.corpus)  # the folder opened
    # ... in the reader's own corpus: the one it was given (here shared by the whole run) is as given
    assert not any(a.path.name == "told.txt" for a in seeds)


async def test_a_fifo_typed_in_the_open_dialog_is_named_for_what_it_is(make_app, seeds, tmp_path):
    """The line under the path says a FIFO is no article file, not that there is no such file
    (it is there: opening it would wait for a writer forever, so it is refused)."""
    import os

    covers("open.path")
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await typed_in_open_dialog(pilot, str(fifo))
        about = str(app.screen.query_one("#about", Static).render())
        assert "FIFO" in about and "No such file" not in about, about
