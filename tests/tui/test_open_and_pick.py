"""The open dialog keeps a path it cannot open, with the reason; the picker swaps the panes
when pane B's article is chosen for pane A (real files)."""

from __future__ import annotations

from textual.widgets import Input

from tui_helpers import covers, notices, reading_room, settle, type_path

from reader.tui.pane_history import article_name

MISTYPED = "/nonexistent-folder/article.txt"


async def test_a_path_that_cannot_be_opened_keeps_the_dialog_open_with_the_reason(make_app, seeds, tmp_path):
    covers("open.path")
    from reader.tui.open_dialog import OpenDialog

    (tmp_path / "notes.txt").write_bytes(b"\x00\x01\x02 binary \x00" * 50)
    article = tmp_path / "fresh.txt"
    article.write_text("A fresh article\n\nIts only passage says something new.\n", encoding="utf-8")
    async with reading_room(make_app(seeds), (100, 30)) as (pilot, screen):
        before = len(notices(pilot.app))
        await pilot.press("O")
        for wrong in (MISTYPED, str(tmp_path / "notes.txt")):
            await type_path(pilot, wrong)
            dialog = pilot.app.screen
            assert isinstance(dialog, OpenDialog)
            assert dialog.query_one(Input).value == wrong
            error = dialog.query_one("#error")
            assert error.display and str(error.render()).startswith("Cannot open it: ")
        assert len(notices(pilot.app)) == before  # said in the dialog, not as a toast
        await pilot.press("x")  # editing the path clears the reason
        assert not pilot.app.screen.query_one("#error").display
        await type_path(pilot, str(article))
        assert pilot.app.screen is screen and screen.articles[1].path == article


async def test_choosing_the_other_panes_article_swaps_the_panes(make_app, seeds):
    covers("picker.open")
    from reader.tui.picker import PickerScreen

    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("o")
        picker = pilot.app.screen
        assert isinstance(picker, PickerScreen) and picker.side == 0
        picker.query_one("#articles").highlighted = list(seeds).index(b)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles == [b, a]


async def test_choosing_a_third_article_replaces_the_panes_one(make_app, seeds):
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        a, b = screen.articles
        third = next(x for x in seeds if x is not a and x is not b)
        await pilot.press("o")
        pilot.app.screen.query_one("#articles").highlighted = list(seeds).index(third)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.articles == [third, b]


async def test_choosing_the_article_the_pane_shows_closes_the_picker_and_says_so(make_app, seeds):
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        a, b = screen.articles
        await pilot.press("o")
        pilot.app.screen.query_one("#articles").highlighted = list(seeds).index(a)
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is screen and screen.articles == [a, b]
        assert notices(pilot.app)[-1] == f"Pane A already shows {article_name(a)}."


async def test_choosing_the_article_of_both_panes_keeps_the_picker_open_and_says_so(make_app, seeds):
    from reader.tui.picker import PickerScreen

    article = max(seeds, key=lambda x: len(x.title))  # a title too long for a notice to repeat whole
    app = make_app(seeds, pair=(article.id, article.id))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        picker = app.screen  # one article alone: the picker offers a second at once
        assert isinstance(picker, PickerScreen)
        screen = app.screen_stack[-2]
        picker.query_one("#articles").highlighted = list(seeds).index(article)
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen is picker and screen.articles == [article, article]
        said = notices(pilot.app)[-1]
        assert said == f"{article_name(article)} is already in both panes: choose another article to compare it with."
        assert article.title not in said and "…”" in said  # named as other notices name an article


def _mistyped(snap_compare, app, size) -> bool:
    async def run_before(pilot):
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.press("O")
        await type_path(pilot, MISTYPED)
        # the field keeps the focus, its cursor after the path, whenever the error arrived
        field = pilot.app.screen.query_one(Input)
        field.focus()
        field.cursor_position = len(field.value)
        await pilot.pause()

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_open_dialog_with_a_mistyped_path_80x24(snap_compare, make_app, seeds):
    assert _mistyped(snap_compare, make_app(seeds), (80, 24))


def test_open_dialog_with_a_mistyped_path_120x36(snap_compare, make_app, seeds):
    assert _mistyped(snap_compare, make_app(seeds), (120, 36))


async def test_closing_the_open_dialog_from_the_picker_goes_back_to_the_picker(make_app, seeds):
    """O in the picker opens the path dialog for the picker's pane; esc there goes back to the
    list it came from, on that pane (as a nested dialog does), not all the way to the room."""
    from reader.tui.open_dialog import OpenDialog
    from reader.tui.picker import PickerScreen

    covers("picker.open", "picker.other-pane", "picker.open-path", "open.close", "picker.close")
    app = make_app(seeds)
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        await pilot.press("o", "tab")
        assert isinstance(app.screen, PickerScreen) and app.screen.side == 1
        await pilot.press("O")
        assert isinstance(app.screen, OpenDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen) and app.screen.side == 1
        assert app.focused is app.screen.query_one("#articles")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_a_file_opened_in_the_room_takes_the_id_its_folder_order_gives(make_app, tmp_path):
    """The room gives ids as `counterpoint list` does for the same files: opened from a folder
    that comes first, an article takes the id it shares with one open already, which becomes
    `-2`; the alignments kept follow their articles, never the id."""
    covers("open.path")
    from reader.corpus import load_paths

    def write(path, words):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{words.title()}\n\nThe council met about {words} on Monday.\n\n"
                        f"Residents said {words} had been promised for years.\n", encoding="utf-8")
        return path

    late, notes = write(tmp_path / "zeta" / "oped.txt", "the dam"), write(tmp_path / "zeta" / "notes.txt", "the dam")
    early = write(tmp_path / "alpha" / "oped.txt", "the flood gates")
    async with reading_room(make_app(load_paths([late, notes])), (100, 30)) as (pilot, screen):
        app = pilot.app
        assert [a.id for a in screen.articles] == ["oped", "notes"] and app.cached_alignment("oped", "notes")
        await pilot.press("O")
        await type_path(pilot, str(early))
        await settle(pilot)
        first, opened = screen.articles
        assert first.path == late and opened.path == early
        expected = {a.path.resolve(): a.id for a in load_paths([late, notes, early])}
        assert {a.path.resolve(): a.id for a in app.corpus} == expected
        assert (first.id, opened.id) == ("oped-2", "oped")
        assert app.cached_alignment("oped", "notes") is None  # the dam's alignment is not the flood gates'
        kept = app.cached_alignment("oped-2", "notes")
        assert kept.a is first and kept.b.path == notes
        app.show_in_pane(1, app.corpus.get("notes").id)
        await settle(pilot)
        assert screen.alignment.a is first and screen.alignment.b.path == notes
