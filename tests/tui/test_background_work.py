"""The reading room keeps answering keys while work runs in its threads: realigning after a
settings change, matching a search as it is typed, building the claim map."""

from __future__ import annotations

import contextlib
import threading

from textual.widgets import OptionList, ProgressBar
from tui_helpers import covers, notices, reading_room, settle, workers_done

from reader.tui.search import SearchScreen


def gate_alignments(app) -> threading.Event:
    """Hold every alignment the app starts until the returned event is set."""
    gate, compute = threading.Event(), app.compute_alignment

    def held(*args, **kwargs):
        gate.wait(timeout=30)
        return compute(*args, **kwargs)

    app.compute_alignment = held
    return gate


def status_text(screen) -> str:
    return str(screen.query_one("#status").render())


async def test_keys_move_the_cursor_while_the_pair_realigns_and_the_last_change_wins(make_app, seeds):
    covers("threshold.lower", "granularity.toggle", "cursor.down")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        gate = gate_alignments(app)
        await pilot.press("minus")
        assert screen.align_state == "aligning" and "realigning" in status_text(screen)
        pane = screen.panes[0]
        before = pane.cursor
        await pilot.press("j", "j")
        assert pane.cursor == pane.visible_order()[pane.visible_order().index(before) + 2]
        await pilot.press("minus")  # a second change while the first runs: it supersedes it
        gate.set()
        await settle(pilot)
        assert screen.align_state == "ready" and "realigning" not in status_text(screen)
        assert screen.alignment is not None and app.config.min_score == screen.min_score()
        assert [n for n in notices(app) if n.startswith("Link threshold")][-1].startswith(
            f"Link threshold {app.config.min_score:.2f}")


async def test_an_alignment_started_before_a_settings_change_is_never_shown(make_app, seeds):
    from reader.tui.compare import AlignDone

    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        paragraphs = screen.alignment
        gate = gate_alignments(app)
        await pilot.press("S")  # sentences: the panes are cut again, their alignment is on its way
        assert screen.granularity == "sentence" and screen.alignment is None
        screen.post_message(AlignDone(screen.pair_key, paragraphs, app.settings_generation - 1))
        await pilot.pause()
        assert screen.alignment is None and app.cached_alignment(*screen.pair_key) is None
        gate.set()
        await settle(pilot)
        assert screen.alignment.granularity == "sentence"
        assert len(screen.alignment.a_units) == len(screen.panes[0].units)


async def test_the_hits_follow_the_typing(make_app, seeds):
    covers("search.open", "search.close")
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await pilot.press("slash", *"israel")
        await workers_done(pilot)
        dialog = app.screen
        assert isinstance(dialog, SearchScreen)
        options = dialog.query_one(OptionList)
        assert options.option_count == len(dialog.hits) > 3
        assert "israel" in str(options.get_option_at_index(0).prompt).casefold()
        await pilot.press(*" zzyzx")
        await workers_done(pilot)
        assert dialog.hits == [] and str(options.get_option_at_index(0).prompt) == "no passage matches"
        await pilot.press("escape")
        assert app.screen is screen


def gate_claim_map(monkeypatch) -> threading.Event:
    """Hold the claim map's build at half way until the returned event is set."""
    import reader.claims

    gate, build = threading.Event(), reader.claims.cached_build

    def held(articles, glossary, *, progress=None, **kwargs):
        progress(0.5)
        gate.wait(timeout=30)
        return build(articles, glossary, progress=progress, **kwargs)

    monkeypatch.setattr(reader.claims, "cached_build", held)
    return gate


@contextlib.asynccontextmanager
async def map_building(make_app, seeds, monkeypatch):
    """The reading room, with `M` pressed and the claim map held building at half way; yields
    (pilot, the reading room, the event that lets the build finish)."""
    gate = gate_claim_map(monkeypatch)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await pilot.press("M")
        await pilot.pause()
        try:
            yield pilot, screen, gate
        finally:
            gate.set()


async def test_the_claim_map_opens_at_once_with_its_progress_then_fills_in(make_app, seeds, monkeypatch):
    covers("claims.open")
    from reader.tui.claim_map import ClaimMapScreen
    from reader.tui.claim_table import ClaimTable

    async with map_building(make_app, seeds, monkeypatch) as (pilot, screen, gate):
        shown = pilot.app.screen
        assert isinstance(shown, ClaimMapScreen)
        assert shown.query_one(ProgressBar).progress == 50
        assert shown.query_one("#building").display and not shown.query_one(ClaimTable).display
        gate.set()
        await workers_done(pilot)
        assert not shown.query_one("#building").display and shown.query_one(ClaimTable).display
        assert shown.query_one(ClaimTable).claims


async def test_esc_leaves_the_claim_map_while_it_builds(make_app, seeds, monkeypatch):
    covers("claims.close")
    async with map_building(make_app, seeds, monkeypatch) as (pilot, screen, gate):
        await pilot.press("escape")
        assert pilot.app.screen is screen
        await pilot.press("j")  # the reading room answers
        gate.set()
        await workers_done(pilot)
        assert pilot.app.screen is screen
