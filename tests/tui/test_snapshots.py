"""Snapshots of the reading room's screens (update with --snapshot-update after a deliberate change)."""

from __future__ import annotations

from tui_helpers import settle


def _snap(snap_compare, app, size, *keys, after=None):
    async def run_before(pilot):
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        if after is not None:
            await after(pilot)

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_compare_80x24(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (80, 24), "n")


def test_compare_160x48(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (160, 48), "n", "n")


def test_compare_narrow_stacks_panes(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (90, 30), "n")


def test_too_small(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (50, 12))


def test_picker(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (120, 36), "o")


def test_search(snap_compare, make_app, seeds):
    async def quiet_cursor(pilot):
        from textual.widgets import Input

        pilot.app.screen.query_one(Input).cursor_blink = False
        await pilot.pause()

    assert _snap(snap_compare, make_app(seeds), (120, 36), "slash", *"iron dome", after=quiet_cursor)


def test_help(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (120, 40), "question_mark")
