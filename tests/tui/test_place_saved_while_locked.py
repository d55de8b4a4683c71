"""Another reader holding the places file's lock (it saves where it was left, or hangs in the
middle of it) does not hold back the pair shown next: the save of the pair left waits for the
lock in its thread, while the new pair's place is looked up (a read) and its links are drawn
at once; the save lands once the lock is let go."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import json

import pytest

from test_alignment_kept_with_the_place import BASIN, BOAT, BRIDGE, CROSSING, DAM, FERRY, LIBRARY, READING, four_articles
from tui_helpers import notices, reading_room, settle

from reader.files import SAVE_LOCK_WAIT_SECONDS
from reader.reading_places import places_path

KINDS = [((DAM, BASIN), (FERRY, BOAT)), ((LIBRARY, READING), (BRIDGE, CROSSING))]
# How long a save waits for the lock in the tests that show the next pair while it waits: far
# longer than aligning two short articles takes on the busiest machine, so the new pair's links
# must come while the save still waits (a wall-clock bound on them would measure the machine).
PATIENT_SAVE_SECONDS = 60.0
# How long those tests wait for the new pair's links, the lock still kept: well inside that.
LINKS_AWAITED_SECONDS = PATIENT_SAVE_SECONDS / 2


@pytest.fixture
def patient_saves(monkeypatch):
    """Saves of where a pair was left wait PATIENT_SAVE_SECONDS for the places file's lock."""
    monkeypatch.setattr("reader.reading_places.SAVE_LOCK_WAIT_SECONDS", PATIENT_SAVE_SECONDS)


async def links_while_kept(pilot, app, shown: int) -> bool:
    """Whether the links of a pair come (more than `shown` pairs aligned) within
    LINKS_AWAITED_SECONDS."""
    for _ in range(int(LINKS_AWAITED_SECONDS / 0.02)):
        if len(app.latency.get("pair-aligned", [])) > shown:
            return True
        await pilot.pause(0.02)
    return False


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_a_pair_shown_while_another_reader_holds_the_places_lock_is_aligned_at_once(make_app, tmp_path, own,
                                                                                        fresh, patient_saves):
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
            aligned = await links_while_kept(pilot, app, 0)
            fcntl.flock(held, fcntl.LOCK_UN)
        await settle(pilot)
        assert aligned and screen.align_state == "ready"
        await pilot.press("q")
    kept = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    assert any(own_pair[0].path.name in json.dumps(entry) for entry in kept)  # the pair left was saved


# The threads the reader's workers share (asyncio's default executor: saves, lookups and
# alignments all run there), and one more pair left than those: each pair left while the lock
# is kept must not take one of them for as long as it waits.
SHARED_THREADS = min(32, (os.cpu_count() or 1) + 4)
PAIRS_LEFT = SHARED_THREADS + 1


def lock_held_elsewhere(path):
    """Another process holding the lock of the places file at `path` until a line is written
    to its stdin."""
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys\n"
        f"handle = open({str(path.with_name(path.name + '.lock'))!r}, 'a+b')\n"
        "fcntl.flock(handle, fcntl.LOCK_EX)\nprint('held', flush=True)\nsys.stdin.readline()\n")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_many_pairs_left_while_another_reader_holds_the_lock_never_hold_back_the_next(make_app, tmp_path,
                                                                                          own, fresh, patient_saves):
    """Pair after pair left while another process keeps the places file's lock: each next pair
    is still looked up and aligned at once, and every pair left is saved once the lock is let go."""
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    path = places_path(tmp_path / "data")
    path.parent.mkdir(parents=True)
    holder = lock_held_elsewhere(path)
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        aligned = []
        try:
            for n in range(PAIRS_LEFT):  # one pane, then the other, takes the other pair's article
                side = n % 2
                shown = len(app.latency.get("pair-aligned", []))
                screen.set_pane_article(side, (fresh_pair if n % 4 < 2 else own_pair)[side])
                aligned.append(await links_while_kept(pilot, app, shown))
        finally:
            holder.communicate("\n", timeout=10)
        await settle(pilot)
        assert all(aligned), aligned
        await pilot.press("q")
    kept = json.dumps(json.loads(path.read_text(encoding="utf-8"))["pairs"])
    assert all(article.path.name in kept for article in (*own_pair, *fresh_pair))


def locked_room(make_app, tmp_path, own, fresh):
    """(the app over two pairs, showing the first, the second pair, the places file, the
    process keeping its lock)."""
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    path = places_path(tmp_path / "data")
    path.parent.mkdir(parents=True)
    holder = lock_held_elsewhere(path)
    return make_app(corpus, pair=(own_pair[0].id, own_pair[1].id)), fresh_pair, path, holder


async def leave_for(pilot, screen, pair) -> None:
    """Move the cursor (somewhere to keep), then show `pair`."""
    await pilot.press("down")
    screen.set_pane_article(0, pair[0])
    screen.set_pane_article(1, pair[1])


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_a_place_not_saved_on_quitting_is_said_even_after_a_save_failed_alike(make_app, tmp_path, own, fresh):
    """The lock kept by another reader past the wait: the pair left is not saved, as a notice
    says; quitting then, the place of the pair shown is not saved either, for the same reason,
    and what the reader says as it closes says so (the notice is gone with the app)."""
    app, fresh_pair, path, holder = locked_room(make_app, tmp_path, own, fresh)
    try:
        async with reading_room(app, (120, 40)) as (pilot, screen):
            await leave_for(pilot, screen, fresh_pair)
            for _ in range(int(SAVE_LOCK_WAIT_SECONDS * 3 / 0.05)):  # the bound only stops a hang
                if any("not kept" in n for n in notices(app)):
                    break
                await pilot.pause(0.05)
            assert [n for n in notices(app) if "not kept" in n]
            await pilot.press("down")
            await pilot.press("q")
    finally:
        holder.communicate("\n", timeout=10)
    assert len(app.unsaved) == 1 and "not kept" in app.unsaved[0], app.unsaved
    assert not path.exists()


@pytest.mark.parametrize(("own", "fresh"), KINDS)
async def test_quitting_while_the_save_of_the_pair_left_waits_in_vain_says_it_once(make_app, tmp_path, own, fresh):
    """Quitting while the save of the pair left still waits for a lock kept past the wait: the
    reader closes once it gives up (it never hangs), and says in one line that where it was
    left is not kept, not once for each place it could not save."""
    app, fresh_pair, path, holder = locked_room(make_app, tmp_path, own, fresh)
    try:
        async with reading_room(app, (120, 40)) as (pilot, screen):
            await leave_for(pilot, screen, fresh_pair)
            await pilot.press("q")
    finally:
        holder.communicate("\n", timeout=10)
    assert len(app.unsaved) == 1 and "not kept" in app.unsaved[0], app.unsaved
    assert not path.exists()
