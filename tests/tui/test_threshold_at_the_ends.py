"""`+` or `-` on a threshold that is already at an end of the range but for digits past those
thresholds are told by (a config.toml's 0.9500004) says it is at its highest or lowest, and
realigns nothing, as on the end itself: it does not announce a move to the same threshold. So
does a step further out from a threshold config.toml sets outside the range (0.97)."""

from __future__ import annotations

from contextlib import asynccontextmanager

import pytest

from test_alignment_kept_with_the_place import BASIN, DAM, LIBRARY, READING
from test_pairs_shown_again import count_alignments
from tui_helpers import covers, notices, pair_corpus, reading_room, settle

from reader.tui.tuning import THRESHOLD_RANGE

LOW, HIGH = THRESHOLD_RANGE


@asynccontextmanager
async def stepped_from(make_app, tmp_path, texts, written: float, key: str):
    """The room over a pair, config.toml's threshold `written`, after `key`: yields (pilot,
    screen, the alignments started since the room opened, the threshold notices)."""
    covers("threshold.raise", "threshold.lower", "app.quit")
    corpus = pair_corpus(tmp_path / "pair", *texts)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text(f"min_score = {written!r}\n", encoding="utf-8")
    app = make_app(corpus)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        started = count_alignments(app)
        await pilot.press(key)
        await settle(pilot)
        yield pilot, screen, started, lambda: [n for n in notices(app) if "threshold" in n.lower()]
        await pilot.press("q")


@pytest.mark.parametrize(("texts", "written", "key", "end"), [
    ((DAM, BASIN), HIGH + 4e-7, "plus", "highest"),
    ((LIBRARY, READING), LOW - 4e-7, "minus", "lowest"),
])
async def test_a_step_past_an_end_it_already_is_at_says_so(make_app, tmp_path, texts, written, key, end):
    async with stepped_from(make_app, tmp_path, texts, written, key) as (pilot, screen, started, told):
        assert told() and f"already at its {end}" in told()[-1], told()
        assert started == [] and screen.min_score() == written


@pytest.mark.parametrize(("texts", "written", "key", "end", "back"), [
    ((DAM, BASIN), 0.97, "plus", "highest", "minus"),
    ((LIBRARY, READING), 0.99, "plus", "highest", "minus"),
    ((DAM, BASIN), 0.02, "minus", "lowest", "plus"),
])
async def test_a_step_past_an_end_from_beyond_it_says_so(make_app, tmp_path, texts, written, key, end, back):
    """A config.toml threshold outside the keys' range: a step further out keeps it, saying it
    is at its highest (or lowest), and is not announced as a move the other way; a step back
    brings it into the range, as said."""
    async with stepped_from(make_app, tmp_path, texts, written, key) as (pilot, screen, started, told):
        assert told() and f"already at its {end} ({written:.2f}, past the" in told()[-1], told()
        assert started == [] and screen.min_score() == written
        await pilot.press(back)
        await settle(pilot)
        assert len(started) == 1 and LOW <= screen.min_score() <= HIGH
        assert ("fewer, surer links" if end == "lowest" else "more links, some looser") in told()[-1], told()
