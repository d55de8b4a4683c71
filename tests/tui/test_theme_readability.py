"""A hard-to-read theme of the user's is theirs to use, but choosing it, at startup or with `t`,
says which pairing fails, once per choice."""

from __future__ import annotations

from tui_helpers import covers, notices, settle

FOG = 'name = "fog"\nprimary = "#777777"\nforeground = "#555555"\nbackground = "#444444"\n'


def fog(tmp_path, config: str = "") -> None:
    folder = tmp_path / "config" / "themes"
    folder.mkdir(parents=True)
    (folder / "fog.toml").write_text(FOG, encoding="utf-8")
    (tmp_path / "config" / "config.toml").write_text(config, encoding="utf-8")


def hard_to_read(app) -> list[str]:
    return [n for n in notices(app) if "hard to read" in n]


async def test_a_hard_to_read_theme_chosen_in_config_is_named_at_startup(tmp_path, make_app, seeds):
    fog(tmp_path, 'theme = "fog"\n')
    app = make_app(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == "fog"
        assert len(hard_to_read(app)) == 1 and "theme 'fog'" in hard_to_read(app)[0]
        assert "below 4.5:1" in hard_to_read(app)[0]


async def test_cycling_onto_a_hard_to_read_theme_says_so(tmp_path, make_app, seeds):
    covers("theme.cycle")
    fog(tmp_path)
    app = make_app(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert hard_to_read(app) == []
        while app.theme != "fog":
            await pilot.press("t")
        await pilot.pause()
        assert len(hard_to_read(app)) == 1
        await pilot.press("t")
        await pilot.pause()
        assert len(hard_to_read(app)) == 1  # a readable theme says nothing more


TERMINAL = ('name = "terminal"\nansi = true\nprimary = "ansi_blue"\naccent = "ansi_yellow"\n'
            'foreground = "ansi_default"\nbackground = "ansi_default"\n[variables]\ncp-cursor = "ansi_blue"\n')


async def test_a_theme_in_the_terminals_own_colours_is_used_as_such(tmp_path, make_app, seeds):
    folder = tmp_path / "config" / "themes"
    folder.mkdir(parents=True)
    (folder / "terminal.toml").write_text(TERMINAL, encoding="utf-8")
    (tmp_path / "config" / "config.toml").write_text('theme = "terminal"\n', encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == "terminal" and app.native_ansi_color
        assert not [n for n in notices(app) if "terminal" in n]
        await pilot.press("j")
        await pilot.pause()
        assert app.get_css_variables()["cp-cursor"] == "ansi_blue"
        await pilot.press("t")  # on to a theme of exact colours, and back
        await pilot.pause()
        assert app.theme != "terminal" and not app.native_ansi_color
        while app.theme != "terminal":
            await pilot.press("t")
        await pilot.pause()
        assert app.native_ansi_color and app.is_running
