"""Another reader holding the places file's lock (it saves where it was left, or hangs in the
middle of it) does not hold back the pair shown next: the save of the pair left waits for the
lock in its thread, while the new pair's place is looked up (a read) and its links are drawn
at once; the save lands once the lock is let go."""

from __future__ import annotations

import fcntl
import json

import pytest

from test_alignment_kept_with_the_place import BASIN, BOAT, BRIDGE, CROSSING, DAM, FERRY, LIBRARY, READING, four_articles
from tui_helpers import reading_room, settle

from reader.files import SAVE_LOCK_WAIT_SECONDS
from reader.reading_places import places_path

KINDS = [((DAM, BASIN), (FERRY, BOAT)), ((LIBRARY, READING), (BRIDGE, CROSSING))]
# How soon the new pair's links must be shown, however long the lock is held: a small share
# of the wait for the lock, well above what aligning two short articles takes.
PROMPT_SECONDS = SAVE_LOCK_WAIT_SECONDS / 3


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_a_pair_shown_while_another_reader_holds_the_places_lock_is_aligned_at_once(make_app, tmp_path, own,
                                                                                        fresh):
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    path = places_path(tmp_path / "data")
    path.parent.mkdir(parents=True)
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("down")  # somewhere to keep
        with open(path.with_name(path.name + ".lock"), "a+b") as held:
            fcntl.flock(held, fcntl.LOCK_EX)  # as another reader saving would
            screen.set_pane_article(0, fresh_pair[0])
            screen.set_pane_article(1, fresh_pair[1])
            for _ in range(int(SAVE_LOCK_WAIT_SECONDS * 2 / 0.02)):  # the bound only stops a hang
                if app.latency.get("pair-aligned"):
                    break
                await pilot.pause(0.02)
            fcntl.flock(held, fcntl.LOCK_UN)
        await settle(pilot)
        assert screen.align_state == "ready"
        assert app.latency["pair-aligned"][-1] < PROMPT_SECONDS, app.latency["pair-aligned"]
        await pilot.press("q")
    kept = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    assert any(own_pair[0].path.name in json.dumps(entry) for entry in kept)  # the pair left was saved
