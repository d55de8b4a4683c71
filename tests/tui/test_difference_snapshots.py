"""Snapshots of what differs inside a link, and of each side's words (update with
`pytest -n 0 --snapshot-update` after a deliberate change)."""

from __future__ import annotations

from test_differences import SEED_A, SEED_B, _next_linked_to, same_story
from tui_helpers import compare, settle


def _on_the_date_link(snap_compare, make_app, seeds, size, *keys):
    """The seeds' link whose passages date one event April 2016 and April 2023."""
    async def run_before(pilot):
        await settle(pilot)
        await _next_linked_to(pilot, compare(pilot.app), 24)
        if keys:
            await pilot.press(*keys)
        await settle(pilot)

    return snap_compare(make_app(seeds, pair=(SEED_A, SEED_B)), terminal_size=size, run_before=run_before)


def test_differences_marked_80x24(snap_compare, make_app, seeds):
    assert _on_the_date_link(snap_compare, make_app, seeds, (80, 24))


def test_differences_marked_160x48(snap_compare, make_app, seeds):
    assert _on_the_date_link(snap_compare, make_app, seeds, (160, 48))


def test_words_screen_160x48(snap_compare, make_app, seeds):
    assert _on_the_date_link(snap_compare, make_app, seeds, (160, 48), "w")


def test_words_screen_80x24(snap_compare, make_app, seeds):
    assert _on_the_date_link(snap_compare, make_app, seeds, (80, 24), "w")


def _words_of_a_link_without_differences(snap_compare, make_app, tmp_path, size):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)

    return snap_compare(make_app(same_story(tmp_path)), terminal_size=size, run_before=run_before)


def test_words_screen_without_differences_80x24(snap_compare, make_app, tmp_path):
    assert _words_of_a_link_without_differences(snap_compare, make_app, tmp_path, (80, 24))


def test_words_screen_without_differences_160x48(snap_compare, make_app, tmp_path):
    assert _words_of_a_link_without_differences(snap_compare, make_app, tmp_path, (160, 48))
