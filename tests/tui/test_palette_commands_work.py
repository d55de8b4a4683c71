"""Every command the palette lists does what it says: Textual's Screenshot saves where it can
and says where, and Textual's key panel, which disagrees with the help screen, is not offered."""

from __future__ import annotations

from tui_helpers import notices, open_palette, pair_corpus, reading_room, settle

from reader.bookmarks import BookmarkStore

STORY = ["The harbour board of Vellmar signed a 35-year concession with Castellan Maritime on Thursday.",
         "Dock workers keep their jobs for five years under the concession, the ministry said."]
RETOLD = ["Castellan Maritime won a 35-year concession to run the harbour of Vellmar, signed Thursday.",
          "The union says the five-year job guarantee for dock workers is far too short."]


def pair(tmp_path):
    return pair_corpus(tmp_path / "port [bold] story", STORY, RETOLD)


async def run_command(pilot, title: str) -> None:
    """Choose `title` in the palette, as a person types it and presses enter."""
    from textual.command import CommandList

    await open_palette(pilot, title)
    options = pilot.app.screen.query_one(CommandList)
    titles = [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]
    assert titles and titles[0] == title, titles
    await pilot.press("enter")
    await settle(pilot)


async def screenshot(pilot) -> str:
    """Run the palette's Screenshot and return what it said: Textual takes the screenshot on
    a timer, so this polls for the notice rather than waiting a fixed time."""
    before = len(notices(pilot.app))
    await run_command(pilot, "Screenshot")
    for _ in range(1000):  # the bound only stops a hang
        if said := notices(pilot.app)[before:]:
            return said[0]
        await pilot.pause(0.01)
    raise AssertionError("the screenshot was never said to be saved")


async def test_screenshot_is_saved_in_the_data_dir_where_there_is_no_downloads_folder(make_app, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    app = make_app(pair(tmp_path))
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        said = await screenshot(pilot)
        saved = list((app.data_dir / "screenshots").glob("*.svg"))
        assert len(saved) == 1 and "Counterpoint" in saved[0].read_text(encoding="utf-8")
        assert said == f"Saved a screenshot of the screen to {saved[0]}"
        (home / "Downloads").mkdir()
        said = await screenshot(pilot)
        (saved,) = (home / "Downloads").glob("*.svg")
        assert said == f"Saved a screenshot of the screen to {saved}"


async def test_textual_key_panel_is_not_offered_beside_the_help_screen(make_app, tmp_path):
    from textual.command import CommandList

    app = make_app(pair(tmp_path))
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        titles = [command.title for command in app.get_system_commands(screen)]
        assert "Keys" not in titles
        assert "Help" in titles  # the reader's own list of keys (?)
        await open_palette(pilot, "keys")
        options = pilot.app.screen.query_one(CommandList)
        assert "Keys" not in [str(options.get_option_at_index(i).prompt).split("\n")[0]
                              for i in range(options.option_count)]


async def palette_prompts(pilot, query: str) -> dict[str, str]:
    """What the palette lists for `query`: each entry's title and the help line under it."""
    from textual.command import CommandList

    await open_palette(pilot, query)
    options = pilot.app.screen.query_one(CommandList)
    prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    await pilot.press("escape")
    return dict((prompt.split("\n") + [""])[:2] for prompt in prompts)


async def test_every_screen_s_commands_name_their_keys_in_the_palette(make_app, tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('[keys]\n"bookmarks.delete" = "x"\n', encoding="utf-8")
    corpus = pair(tmp_path)
    with BookmarkStore.open(tmp_path / "data") as store:  # Delete is offered while a bookmark is listed
        store.add_passage(corpus.articles[0], corpus.articles[0].passages[0])
    app = make_app(corpus)
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        assert (await palette_prompts(pilot, "quit"))["Quit"] == "key: q"
        await pilot.press("m")
        await settle(pilot)
        listed = await palette_prompts(pilot, "delete")
        assert listed["Delete"] == "key: x" and listed["Undo delete"] == "key: u"
        await pilot.press("escape")
        await pilot.press("M")
        await settle(pilot)
        assert (await palette_prompts(pilot, "imbalance"))["Imbalance"] == "key: i"
