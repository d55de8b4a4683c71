"""The help screen's settings section names every setting config.toml takes."""

from __future__ import annotations

from dataclasses import fields

from tui_helpers import covers, reading_room

from reader.config.settings import Config


async def test_the_help_screen_names_every_setting_of_config_toml(make_app, seeds):
    covers("help.open")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, _):
        await pilot.press("question_mark")
        await pilot.pause()
        text = str(pilot.app.screen.query_one("#settings").render())
        named = {f.name for f in fields(Config)} - {"keys"}  # written as the [keys] table
        assert "[keys]" in text
        assert {name for name in named if name not in text} == set()
