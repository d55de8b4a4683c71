"""A pair shown again at settings it was aligned with shows at once: the alignments kept are
filed by pair and by the settings they were made with, so moving between a pair with its own
threshold, glossaries or units and one without realigns neither again. And what `+`, `-`,
`ctrl+g` or `S` change on a pair that kept its own setting of that kind stays that pair's own."""

from __future__ import annotations

from contextlib import asynccontextmanager

import pytest

from test_alignment_kept_with_the_place import BASIN, BOAT, BRIDGE, CROSSING, DAM, FERRY, LIBRARY, READING, four_articles
from tui_helpers import covers, reading_room, settle

from reader.align.policy import LINK_THRESHOLD

KINDS = [((DAM, BASIN), (FERRY, BOAT)), ((LIBRARY, READING), (BRIDGE, CROSSING))]


def count_alignments(app) -> list:
    """The align workers the app starts from now on (by their group, as Textual's worker
    manager is given them)."""
    started, add = [], app.workers.add_worker

    def counting(worker, *args, **kwargs):
        if worker.group == "align":
            started.append(worker.name)
        return add(worker, *args, **kwargs)

    app.workers.add_worker = counting
    return started


async def show(pilot, screen, pair) -> None:
    screen.set_pane_article(0, pair[0])
    screen.set_pane_article(1, pair[1])
    await settle(pilot)


@asynccontextmanager
async def place_looked_up(pilot, screen, pair):
    """Show `pair` and hold the search for where it was left until the block ends."""
    with screen.app.resumer._lock:  # where the pair was left is read only once this is let go
        screen.set_pane_article(0, pair[0])
        screen.set_pane_article(1, pair[1])
        await pilot.pause()
        assert screen._awaiting_places
        yield


async def keep_own_settings(make_app, corpus, pair, keys) -> float:
    """Tune `pair` with `keys` and quit: it keeps them of its own. The threshold it keeps."""
    app = make_app(corpus, pair=(pair[0].id, pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press(*keys)
        await settle(pilot)
        kept = screen.min_score()
        await pilot.press("q")
    return kept


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_a_pair_shown_again_at_settings_it_was_aligned_with_is_not_realigned(make_app, tmp_path, own, fresh):
    covers("threshold.raise", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    kept = await keep_own_settings(make_app, corpus, own_pair, ("plus", "plus"))
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.min_score() == kept
        await show(pilot, screen, fresh_pair)  # aligned the first time it is shown
        assert screen.min_score() == LINK_THRESHOLD
        started = count_alignments(app)
        for _ in range(2):
            await show(pilot, screen, own_pair)
            assert screen.min_score() == kept and screen.align_state == "ready"
            await show(pilot, screen, fresh_pair)
            assert screen.min_score() == LINK_THRESHOLD and screen.align_state == "ready"
        assert started == []
        await pilot.press("q")


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_tuning_a_pair_that_kept_its_own_threshold_changes_that_pair_only(make_app, tmp_path, own, fresh):
    """A pair that kept a threshold of its own, `-` pressed on it: it keeps the new one, and a
    pair never tuned still shows the default, not the value tuned from the other pair's own."""
    covers("threshold.raise", "threshold.lower", "glossary.toggle", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    kept = await keep_own_settings(make_app, corpus, own_pair, ("plus",))
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.min_score() == kept
        await pilot.press("minus", "minus", "ctrl+g")  # the glossaries it kept none of: the session's
        await settle(pilot)
        lowered = screen.min_score()
        assert lowered < LINK_THRESHOLD
        await show(pilot, screen, fresh_pair)
        assert screen.min_score() == LINK_THRESHOLD and not app.config.glossary
        await show(pilot, screen, own_pair)
        assert screen.min_score() == lowered and not app.config.glossary
        await pilot.press("q")


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_a_key_pressed_before_the_place_is_found_keeps_the_pairs_other_settings(make_app, tmp_path, own, fresh):
    """`+` pressed on a pair whose place is still being looked up: the threshold is the
    reader's, and the glossaries and units the pair kept are applied all the same, and kept."""
    import json

    from reader.reading_places import FILE_NAME

    covers("threshold.raise", "glossary.toggle", "granularity.toggle", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    await keep_own_settings(make_app, corpus, own_pair, ("ctrl+g", "S"))
    app = make_app(corpus, pair=(fresh_pair[0].id, fresh_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        async with place_looked_up(pilot, screen, own_pair):
            await pilot.press("plus")
        await settle(pilot)
        raised = screen.min_score()
        assert raised > LINK_THRESHOLD and not app.config.glossary and screen.granularity == "sentence"
        await show(pilot, screen, fresh_pair)
        await pilot.press("q")
    stored = {tuple(sorted(p["paths"])): p for p in json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"]}
    kept = stored[tuple(sorted(str(a.path.resolve()) for a in own_pair))]
    assert (kept.get("glossary"), kept.get("granularity")) == (False, "sentence")


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_panes_swapped_before_the_place_is_found_still_take_the_pairs_place_and_settings(
        make_app, tmp_path, own, fresh):
    """`s` pressed on a pair whose place is still being looked up: the same two articles, so
    it still opens at the threshold it kept, aligned once, at that threshold, and is saved
    again when it is left."""
    import json

    from reader.reading_places import FILE_NAME

    covers("threshold.raise", "panes.swap", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    kept = await keep_own_settings(make_app, corpus, own_pair, ("plus", "plus"))
    app = make_app(corpus, pair=(fresh_pair[0].id, fresh_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await settle(pilot)
        started = count_alignments(app)
        async with place_looked_up(pilot, screen, own_pair):
            await pilot.press("s")
        await settle(pilot)
        assert screen.articles == [own_pair[1], own_pair[0]]
        assert not screen._awaiting_places and screen.align_state == "ready"
        assert screen.min_score() == kept and len(started) == 1
        await pilot.press("j", "j")
        pane = screen.panes[screen.active]
        read = (str(pane.article.path.resolve()), pane.cursor)
        assert read[1]
        await pilot.press("q")
    stored = {tuple(sorted(p["paths"])): p for p in json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"]}
    places = stored[tuple(sorted(str(a.path.resolve()) for a in own_pair))]["places"]
    assert read in {(place["anchor"]["path"], place["index"]) for place in places}


@pytest.mark.parametrize(("first", "second"), KINDS)
async def test_from_one_pair_with_its_own_settings_to_another_the_second_is_aligned_once(make_app, tmp_path, first,
                                                                                          second):
    """Two pairs, each with a threshold of its own: going from the one to the other aligns the
    other once, at its own threshold, not first at the session's as well."""
    covers("threshold.raise", "threshold.lower", "app.quit")
    corpus, one, other = four_articles(tmp_path, first, second)
    raised = await keep_own_settings(make_app, corpus, one, ("plus", "plus"))
    lowered = await keep_own_settings(make_app, corpus, other, ("minus",))
    app = make_app(corpus, pair=(one[0].id, one[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.min_score() == raised
        started = count_alignments(app)
        await show(pilot, screen, other)
        assert screen.min_score() == lowered and screen.align_state == "ready"
        assert len(started) == 1
        await pilot.press("q")


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_a_pair_opened_at_start_with_its_own_settings_is_aligned_once(make_app, tmp_path, own, fresh):
    """The reader opened on a pair that kept a threshold of its own (and on one that kept
    none): aligned once as it starts, at the threshold the pair shows, not first at the
    session's as well."""
    covers("threshold.raise", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    kept = await keep_own_settings(make_app, corpus, own_pair, ("plus", "plus"))
    for pair, threshold in ((own_pair, kept), (fresh_pair, LINK_THRESHOLD)):
        app = make_app(corpus, pair=(pair[0].id, pair[1].id))
        started = count_alignments(app)
        async with reading_room(app, (120, 40)) as (pilot, screen):
            await settle(pilot)
            assert screen.min_score() == threshold and screen.align_state == "ready"
            assert len(started) == 1
            await pilot.press("q")
