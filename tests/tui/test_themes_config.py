"""Themes and config.toml in the reading room: registration, choosing and saving a theme,
fallbacks with one notice, the keymap, the alignment defaults, a malformed file left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding
from tui_helpers import notices, open_palette, settle

from reader.config import DEFAULT_THEME, load_themes
from reader.tui.compare import CompareScreen

SHIPPED = [spec.name for spec in load_themes().available()]

USER_LIGHT = """\
name = "counterpoint-light"
dark = false
primary = "#005f87"
foreground = "#111111"
background = "#ffffee"
"""
USER_NEW = """\
name = "my-dusk"
dark = true
primary = "#ff8800"
foreground = "#eeeeee"
background = "#201010"
"""
USER_BROKEN = """\
name = "broken"
primary = "#12345"
"""
COMMENTED = """\
# my reader settings
theme = "counterpoint-dark"  # the default, for now

follow = true  # keep the panes together
"""


def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"  # what make_app passes


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def write_config(tmp_path: Path, text: str | bytes) -> Path:
    return write(config_dir(tmp_path) / "config.toml", text)


@pytest.fixture
def user_themes(tmp_path):
    folder = config_dir(tmp_path) / "themes"
    write(folder / "light.toml", USER_LIGHT)
    write(folder / "dusk.toml", USER_NEW)
    write(folder / "broken.toml", USER_BROKEN)
    return folder


async def test_user_themes_registered_override_and_broken_one_reported_once(tmp_path, make_app, seeds, user_themes):
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_THEME
        # Only Counterpoint's themes: the shipped ones (one replaced by the user's) and the user's new one.
        assert sorted(app.available_themes) == sorted(SHIPPED + ["my-dusk"])
        assert app.get_theme("counterpoint-light").background == "#ffffee"
        broken = [n for n in notices(app) if "broken.toml" in n]
        assert len(broken) == 1 and "'primary'" in broken[0]
        # `t` visits every usable theme once per round and never the broken one, without crashing.
        seen = []
        for _ in range(len(app.available_themes) + 1):
            await pilot.press("t")
            await pilot.pause()
            seen.append(app.theme)
        assert set(seen) == set(app.available_themes) and seen[0] == seen[-1]
        assert "broken" not in seen
        # Painting actually happened in the user's light theme's colours.
        await open_palette(pilot, "theme: counterpoint-light")
        await pilot.press("enter")
        await settle(pilot)
        assert app.theme == "counterpoint-light"
        assert app.screen.query_one("#pane-0").styles.background.hex == "#FFFFEE"
        assert len([n for n in notices(app) if "broken.toml" in n]) == 1


def test_a_theme_textual_rejects_is_marked_invalid(tmp_path):
    """The core's checks mirror Textual's; should they ever disagree, Textual has the last word."""
    from dataclasses import replace

    from reader.config import ThemeCatalog
    from reader.tui.themes import build_themes

    catalog = load_themes()
    good = catalog.get(DEFAULT_THEME)
    odd = replace(good, name="odd", colors={**good.colors, "primary": "not a colour"})
    checked, themes = build_themes(ThemeCatalog(catalog.themes + [odd]))
    assert [t.name for t in themes] == SHIPPED
    assert checked.get("odd") is None and len(checked.problems) == 1
    assert "Textual cannot use this theme" in checked.problems[0]
    assert checked.cycle(SHIPPED[-1]).name == SHIPPED[0]


async def test_t_cycles_in_catalog_order_and_saves_keeping_comments(tmp_path, make_app, seeds):
    path = write_config(tmp_path, COMMENTED)
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == "counterpoint-dark"
        await pilot.press("t")
        await pilot.pause()
        expected = app.catalog.cycle("counterpoint-dark").name
        assert app.theme == expected != "counterpoint-dark"
    assert path.read_text(encoding="utf-8") == COMMENTED.replace(
        'theme = "counterpoint-dark"', f'theme = "{expected}"')


async def test_unknown_cli_theme_falls_back_without_saving(tmp_path, make_app, seeds):
    app = make_app(seeds, theme="no-such")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_THEME
        assert [n for n in notices(app) if "no-such" in n] == [
            f"--theme: no theme named 'no-such'; using {DEFAULT_THEME!r}"]
    assert not (config_dir(tmp_path) / "config.toml").exists()


async def test_cli_theme_wins_over_config_for_this_run_only(tmp_path, make_app, seeds):
    path = write_config(tmp_path, 'theme = "counterpoint-paper"\n')
    app = make_app(seeds, theme="counterpoint-high-contrast")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == "counterpoint-high-contrast"
    assert path.read_text(encoding="utf-8") == 'theme = "counterpoint-paper"\n'


async def test_config_naming_a_missing_theme_falls_back_with_a_notice(tmp_path, make_app, seeds):
    path = write_config(tmp_path, 'theme = "counterpoint-drak"\n')
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_THEME
        found = [n for n in notices(app) if "counterpoint-drak" in n]
        assert len(found) == 1 and found[0].startswith("config.toml theme:") and "did you mean" in found[0]
    assert path.read_text(encoding="utf-8") == 'theme = "counterpoint-drak"\n'


async def test_config_naming_an_invalid_user_theme_falls_back(tmp_path, make_app, seeds, user_themes):
    write_config(tmp_path, 'theme = "broken"\n')
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_THEME
        assert any("theme 'broken' is invalid" in n for n in notices(app))


async def test_keys_table_remaps_bindings_and_names_unknown_ids(tmp_path, make_app, seeds):
    write_config(tmp_path, '[keys]\n"cursor.down" = "ctrl+n"\n"app.quit" = "ctrl+q"\n'
                           '"no.such" = "z"\n"cursor.dwn" = "x"\n')
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        unknown = [n for n in notices(app) if "[keys]" in n]
        assert len(unknown) == 1 and "'cursor.dwn', 'no.such'" in unknown[0]
        left = app.screen.panes[0]
        start = left.cursor
        await pilot.press("ctrl+n")
        assert left.cursor == left.visible_order()[left.visible_order().index(start) + 1]
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        # the palette names the remapped key, as the help screen shows it
        ctrl_n = app.get_key_display(Binding("ctrl+n", ""))
        assert str(commands["Next passage"]) == f"key: {ctrl_n}"
        await pilot.press("q")  # no longer quits
        assert app.is_running
        await pilot.press("ctrl+q")
        assert not app.is_running


async def test_malformed_config_is_reported_and_never_rewritten(tmp_path, make_app, seeds):
    raw = b'# mine\r\ntheme = "counterpoint-paper\r\nfollow = false\r\n'
    path = write_config(tmp_path, raw)
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_THEME
        broken = [n for n in notices(app) if "config.toml" in n]
        assert len(broken) == 1 and "line 2, column" in broken[0]
        await pilot.press("t")
        await settle(pilot)  # the save is tried in a thread
        await pilot.press("t")
        await settle(pilot)
        assert app.theme != DEFAULT_THEME
        session = [n for n in notices(app) if "session only" in n]
        assert len(session) == 1  # said once, not at every press
    assert path.read_bytes() == raw


async def test_a_bad_value_is_told_as_the_cli_tells_it_naming_the_value_used(tmp_path, make_app, seeds, capsys,
                                                                               monkeypatch):
    from reader.align.policy import LINK_THRESHOLD
    from reader.cli.main import main

    write_config(tmp_path, 'min_score = "high"\nfollow = 1\n')
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        shown = [n for n in notices(app) if "config.toml" in n]
    monkeypatch.setenv("COUNTERPOINT_CONFIG_DIR", str(tmp_path / "config"))
    assert main(["themes"]) == 0
    printed = [line.removeprefix("counterpoint: warning: ") for line in capsys.readouterr().err.splitlines()]
    assert shown == printed and len(shown) == 2
    assert shown[0].endswith(f"found \"high\"; using the aligner's default, {LINK_THRESHOLD}")
    assert shown[1].endswith("found 1; using true")


async def test_follow_and_boilerplate_start_as_configured(tmp_path, make_app, seeds):
    write_config(tmp_path, "follow = false\nshow_boilerplate = false\n")
    article = next(a for a in seeds if any(p.kind == "boilerplate" for p in a.passages))
    other = next(a for a in seeds if a is not article)
    app = make_app(seeds, pair=(article.id, other.id))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and not screen.follow
        left = screen.panes[0]
        hidden = {i for i, p in enumerate(article.passages) if p.kind == "boilerplate"}
        assert hidden and not hidden & set(left.visible_order())
        assert left.cursor not in hidden
        await pilot.press("x")
        assert hidden <= set(left.visible_order())
    assert (config_dir(tmp_path) / "config.toml").read_text() == "follow = false\nshow_boilerplate = false\n"


async def test_sentence_granularity_and_min_score_reach_the_alignment_and_panes(tmp_path, make_app, seeds):
    write_config(tmp_path, 'granularity = "sentence"\nmin_score = 0.15\n')
    app = make_app(seeds)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        alignment = screen.alignment
        assert alignment.granularity == "sentence"
        assert alignment.links and min(link.score for link in alignment.links) >= 0.15
        left, right = screen.panes
        assert left.units == screen.articles[0].sentences
        # Sentences of one paragraph follow each other; a blank row only between paragraphs.
        blanks = sum(1 for row in left.wrapped.rows if row[0] < 0)
        assert blanks == len(screen.articles[0].passages) - 1
        await pilot.press("n")
        await settle(pilot)
        link = screen.current_link()
        assert link is not None and right.target == link.other
        assert right.evidence and all(hi <= len(right.units[link.other].text) for lo, hi in right.evidence[link.other])
        # A search hit (found per paragraph) lands on the sentence that holds the match.
        await pilot.press("slash", *"iron dome")
        await pilot.pause(0.3)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        pane = screen.panes[screen.active]
        assert "iron dome" in pane.units[pane.cursor].text.casefold().replace("\xa0", " ")


@pytest.mark.parametrize("theme", ["counterpoint-dark", "counterpoint-light", "counterpoint-high-contrast"])
def test_compare_screen_in_theme(snap_compare, make_app, seeds, theme):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(seeds, theme=theme), terminal_size=(120, 36), run_before=run_before)
