"""A theme change redraws the whole screen, so what each line costs counts: the panes, their
link columns and the ribbon read their styles once per style update, not once per line, and
the chosen theme is saved in a thread (the UI thread never waits on the file's sync)."""

from __future__ import annotations

import asyncio
import threading

from tui_helpers import covers, reading_room, settle

from reader.config import load_config


async def test_a_theme_change_reads_each_widgets_style_once_not_per_line(make_app, seeds, monkeypatch):
    covers("theme.cycle")
    from textual.dom import DOMNode

    from reader.tui.overview import LinkOverview, Ribbon
    from reader.tui.pane import ArticlePane

    reads: dict[str, int] = {}
    rich_style = DOMNode.rich_style

    def counted(node):
        if isinstance(node, (ArticlePane, LinkOverview, Ribbon)):
            reads[type(node).__name__] = reads.get(type(node).__name__, 0) + 1
        return rich_style.fget(node)

    app = make_app(seeds)
    async with reading_room(app, (160, 48)) as (pilot, screen):
        monkeypatch.setattr(DOMNode, "rich_style", property(counted))
        await pilot.press("t")
        await settle(pilot)
        assert reads, "the theme change redrew nothing"
        # two panes and two columns, 45 lines each, and the ribbon: at most a few reads each
        assert max(reads.values()) <= 8, reads


async def test_the_theme_is_saved_off_the_ui_thread_and_the_last_choice_wins(tmp_path, make_app, seeds, monkeypatch):
    from reader.tui import themes

    threads = []
    save = themes.save_setting

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return save(*args, **kwargs)

    monkeypatch.setattr(themes, "save_setting", recorded)
    app = make_app(seeds)
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("t", "t", "t")
        chosen = app.theme
        await settle(pilot)
        assert threads and threading.main_thread() not in threads
        assert load_config(tmp_path / "config")[0].theme == chosen
        await pilot.press("t")
        last = app.theme
        await pilot.press("q")  # quitting at once: the save is made as the app closes
    assert load_config(tmp_path / "config")[0].theme == last
    assert app.unsaved == []


async def test_a_theme_chosen_while_a_save_is_syncing_does_not_wait_for_it(tmp_path, make_app, seeds, monkeypatch):
    """A slow disk holds the save thread, never the screen: the next `t` returns at once."""
    import time

    from reader.tui import themes

    syncing, release = threading.Event(), threading.Event()
    save = themes.save_setting

    def slow(*args, **kwargs):
        syncing.set()
        release.wait(10)
        return save(*args, **kwargs)

    monkeypatch.setattr(themes, "save_setting", slow)
    app = make_app(seeds)
    async with reading_room(app, (120, 36)) as (pilot, screen):
        await pilot.press("t")
        assert await asyncio.to_thread(syncing.wait, 5), "no save started"
        started = time.monotonic()
        app.action_cycle_theme()  # what `t` runs, timed alone
        held = time.monotonic() - started
        release.set()
        last = app.theme
        await settle(pilot)
        assert held < 1.0, f"choosing a theme waited {held:.1f} s for the save before it"
    assert load_config(tmp_path / "config")[0].theme == last
