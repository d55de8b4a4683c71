"""The article picker at 80×24: a header that fits, and files without text marked empty."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList
from tui_helpers import covers, notices, settle

from reader.corpus import load_paths, loader
from reader.tui.picker import PickerScreen

LONG_TITLE = ("Shells fall on the border villages again as both governments blame each other for "
              "breaking the ceasefire agreed in the spring")


def write_folder(folder):
    folder.mkdir()
    (folder / "a.txt").write_text(f"{LONG_TITLE}\n\nThe shelling began before dawn and hit the school.\n\n"
                                  "Officials on both sides traded accusations.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Ceasefire broken\n\nShelling hit the village school before dawn, "
                                  "officials said.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    return folder


def rendered_lines(widget) -> list[str]:
    return [strip.text.rstrip() for strip in widget.render_lines(widget.content_region.reset_offset)]


async def test_header_fits_and_cuts_the_other_title_and_empty_files_are_marked(tmp_path, make_app):
    covers("picker.open", "picker.down", "picker.up")
    folder = write_folder(tmp_path / "news")
    app = make_app(load_paths([folder / "a.txt"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.side == 1
        options = picker.query_one(OptionList)
        prompts = {options.get_option_at_index(n).id: str(options.get_option_at_index(n).prompt)
                   for n in range(options.option_count)}
        by_name = {a.path.name: a.id for a in app.corpus}
        assert set(by_name) == {"a.txt", "b.txt", "empty.txt", "blank.txt"}  # listed, not hidden
        for name in ("empty.txt", "blank.txt"):
            assert "empty: no text to show" in prompts[by_name[name]] and "links" not in prompts[by_name[name]]
        for name in ("a.txt", "b.txt"):
            assert "empty" not in prompts[by_name[name]]
        # The highlighted choice is the first other article with text, not an empty file.
        assert options.get_option_at_index(options.highlighted).id == by_name["b.txt"]

        title = picker.query_one("#title")
        lines = rendered_lines(title)
        assert lines[0] == "Choose the article for pane B"
        assert lines[1].startswith("Link counts are with pane A: Shells fall") and lines[1].endswith("…")
        assert len(lines[1]) <= title.content_region.width
        hint = " ".join(rendered_lines(picker.query_one("#hint")))
        assert hint.endswith("esc: close")

        start = options.highlighted
        await pilot.press("j", "j", "k")  # j/k move through the list, as the arrows do
        assert options.highlighted == start + 1

        await pilot.press("escape", "o")  # the same header from the reading room's o
        await settle(pilot)
        assert rendered_lines(app.screen.query_one("#title"))[1].startswith("Link counts are with pane B: ")


async def test_an_empty_article_can_still_be_chosen(tmp_path, make_app):
    folder = write_folder(tmp_path / "news")
    app = make_app(load_paths([folder / "a.txt"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        empty = next(a for a in app.corpus if a.path.name == "empty.txt")
        options.highlighted = options.get_option_index(empty.id)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen_stack[1].articles[1] is empty


async def test_files_left_out_beside_an_article_are_counted_in_a_notice(tmp_path, make_app, monkeypatch):
    folder = write_folder(tmp_path / "news")
    (folder / "report.txt").write_text("Annual report\n\n" + "The corridor stayed open all year. " * 300,
                                       encoding="utf-8")
    monkeypatch.setattr(loader, "BESIDE_MAX_BYTES", 4_000)
    app = make_app(load_paths([folder / "a.txt"]))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        assert "report.txt" not in {a.path.name for a in app.corpus}
        said = [n for n in notices(app) if "not listed" in n]
        assert len(said) == 1 and said[0].startswith("1 file beside it not listed") and "press O" in said[0]


@pytest.mark.parametrize("width", [80, 100])  # wider, a title (at most 100 characters) fits
async def test_a_long_title_wraps_under_itself_not_under_the_pane_marks(tmp_path, make_app, width):
    folder = write_folder(tmp_path / "news")
    app = make_app(load_paths([folder / "a.txt", folder / "b.txt"]))
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        whole = options.render_lines(options.region.reset_offset)
        lines = [strip.text.lstrip("▊").rstrip("▎ ") for strip in whole]  # inside the focus border
        first = next(n for n, line in enumerate(lines) if "Shells fall" in line)
        start = lines[first].index("Shells fall")
        assert lines[first][:start].strip() == "A"  # the pane mark, in a column of its own
        title_lines = []
        for line in lines[first:]:
            if "a.txt" in line:
                break
            title_lines.append(line)
        assert len(title_lines) >= 2  # the title wrapped at this width
        for line in title_lines[1:] + [lines[first + len(title_lines)]]:
            assert line[:start].strip() == "" and line[start] != " ", line  # hangs under the title
        words = " ".join(line[start:].strip() for line in title_lines)
        assert words == next(a.title for a in app.corpus if a.path.name == "a.txt")


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
def test_picker_with_a_long_title(snap_compare, make_app, tmp_path, size):
    folder = write_folder(tmp_path / "news")

    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)

    assert snap_compare(make_app(load_paths([folder / "a.txt", folder / "b.txt"])), terminal_size=size,
                        run_before=run_before)
