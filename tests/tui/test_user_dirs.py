"""A file where the data or config folder should be: one notice at startup naming it, and
later actions saying what it stops, never "no bookmarks yet" or an errno."""

from __future__ import annotations

from reader.paths import not_a_folder
from tui_helpers import covers, notices, reading_room, settle


def test_not_a_folder_names_the_file_in_the_way(tmp_path):
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("x", encoding="utf-8")
    assert not_a_folder(tmp_path / "new" / "data") is None
    assert not_a_folder(tmp_path) is None
    assert not_a_folder(in_the_way) == f"{in_the_way} is a file, not a folder"
    below = not_a_folder(in_the_way / "a" / "data")
    assert below.startswith(f"{in_the_way} is a file, not a folder") and str(in_the_way / "a" / "data") in below


async def test_a_file_as_the_data_folder_is_told_once_and_bookmarks_say_why_they_are_off(seeds, tmp_path):
    covers("bookmark.add", "bookmarks.open", "link.confirm")
    from reader.tui.app import build_app
    from reader.tui.bookmarks_screen import BookmarksScreen

    data = tmp_path / "data"
    data.write_text("not a folder", encoding="utf-8")
    app = build_app(seeds, config_dir=tmp_path / "config", data_dir=data)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        told = [n for n in notices(app) if str(data) in n]
        assert told == [f"{data} is a file, not a folder: bookmarks and link decisions are unavailable"]
        await pilot.press("j", "b")
        assert pilot.app.screen is screen  # no dialog for a bookmark that cannot be kept
        left = screen.panes[0]
        left.cursor = next(i for i in left.visible_order() if screen.alignment.for_a(i))
        await pilot.press("c")
        later = notices(app)[len(told):]
        assert len(later) == 2 and all(n.startswith(f"Not saved: {told[0]}") for n in later)
        assert not any("read-only" in n for n in later)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        listed = str(app.screen.query_one("#list").get_option_at_index(0).prompt)
        assert "unavailable" in listed and "No bookmarks yet" not in listed
        assert "unavailable" in str(app.screen.query_one("#title").render())
        assert [n for n in notices(app) if n == told[0]] == told  # not told again
    assert data.read_text(encoding="utf-8") == "not a folder"


async def test_a_file_as_the_config_folder_is_told_at_startup_and_when_saving(seeds, tmp_path):
    covers("theme.cycle")
    from reader.tui.app import build_app

    config = tmp_path / "config"
    config.write_text("not a folder", encoding="utf-8")
    app = build_app(seeds, config_dir=config, data_dir=tmp_path / "data")
    async with reading_room(app, (120, 40)) as (pilot, screen):
        assert [n for n in notices(app) if str(config) in n] == [
            f"{config} is a file, not a folder: settings cannot be read or saved; using the defaults"]
        await pilot.press("t")
        await settle(pilot)
        saving = [n for n in notices(app) if "session only" in n]
        assert len(saving) == 1 and "is a file, not a folder" in saving[0] and "File exists" not in saving[0]
    assert config.read_text(encoding="utf-8") == "not a folder"
