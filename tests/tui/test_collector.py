"""While an alignment runs, the collector's full passes are put off; afterwards they come back,
over what was made since: what the alignment left alive is frozen out of them."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from reader.corpus import load_paths
from reader.paths import seeds_dir
from reader.tui.collector import PUT_OFF, full_collections_put_off


@pytest.fixture(autouse=True)
def known_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)
    gc.unfreeze()


def in_full_passes(obj) -> bool:
    return any(o is obj for o in gc.get_objects(generation=2))


def test_full_passes_are_put_off_inside_and_restored_after():
    with full_collections_put_off():
        assert gc.get_threshold() == (700, 10, PUT_OFF)  # the young generations are still collected
    assert gc.get_threshold() == (700, 10, 10)


def test_an_error_inside_still_restores_the_thresholds():
    with pytest.raises(RuntimeError), full_collections_put_off():
        raise RuntimeError
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_alignments_restore_when_the_last_one_ends():
    first, second = full_collections_put_off(), full_collections_put_off()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[2] == PUT_OFF  # the second alignment still runs
    second.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_alignments_in_several_threads_leave_the_thresholds_as_they_found_them():
    started, release = threading.Barrier(4), threading.Event()

    def align_for_a_while():
        with full_collections_put_off():
            started.wait()
            release.wait()

    threads = [threading.Thread(target=align_for_a_while) for _ in range(3)]
    for thread in threads:
        thread.start()
    started.wait()
    assert gc.get_threshold()[2] == PUT_OFF
    release.set()
    for thread in threads:
        thread.join()
    assert gc.get_threshold() == (700, 10, 10)


def test_the_reading_room_aligns_with_full_passes_put_off(make_app):
    a, b = load_paths(sorted(seeds_dir().glob("00[01]_*.txt")))
    app = make_app(load_paths([a.path, b.path]))
    seen: list[tuple[int, int, int]] = []
    alignment = app.compute_alignment(a, b, progress=lambda _: seen.append(gc.get_threshold()),
                                      cancelled=lambda: False)
    assert alignment.links and seen
    assert {t[2] for t in seen} == {PUT_OFF}
    assert gc.get_threshold() == (700, 10, 10)


def test_what_outlives_an_alignment_is_left_out_of_later_full_passes():
    kept = [[] for _ in range(3)]
    gc.collect()
    assert in_full_passes(kept)
    with full_collections_put_off():
        made_meanwhile = {"links": [[] for _ in range(3)]}
    assert not in_full_passes(kept) and not in_full_passes(made_meanwhile)
    made_after = [[]]
    gc.collect()
    assert in_full_passes(made_after)  # what is made later is collected as before


def test_a_cycle_frozen_then_dropped_is_collected_when_the_next_alignment_ends():
    class Node:
        pass

    with full_collections_put_off():
        node = Node()
        node.me = node  # a cycle: only the collector frees it
    assert gc.get_freeze_count() > 0
    gone = weakref.ref(node)
    del node
    gc.collect()
    assert gone() is not None  # frozen: full passes do not see it
    with full_collections_put_off():
        pass
    assert gone() is None


def test_the_reading_rooms_articles_are_out_of_full_passes_once_aligned(make_app):
    a, b = load_paths(sorted(seeds_dir().glob("00[01]_*.txt")))
    app = make_app(load_paths([a.path, b.path]))
    gc.collect()
    assert in_full_passes(a.passages)
    app.compute_alignment(a, b, progress=lambda _: None, cancelled=lambda: False)
    assert not in_full_passes(a.passages) and not in_full_passes(b.passages)


class Node:
    pass


def frozen_then_dropped() -> weakref.ref:
    """A cycle made during an alignment (so frozen at its end), then dropped: a weak reference."""
    with full_collections_put_off():
        node = Node()
        node.me = node
    return weakref.ref(node)


def test_an_alignment_that_does_not_sweep_leaves_the_frozen_heap_out_of_its_pass():
    gone_old = frozen_then_dropped()
    frozen = gc.get_freeze_count()
    with full_collections_put_off(sweep=False):
        young = Node()
        young.me = young
        gone_young = weakref.ref(young)
        del young
    assert gone_young() is None  # what was made since the last freeze is still collected
    assert gone_old() is not None and gc.get_freeze_count() >= frozen  # the heap frozen before stays out
    with full_collections_put_off():  # the next alignment that sweeps frees it
        pass
    assert gone_old() is None


def test_overlapping_with_one_that_sweeps_sweeps():
    gone = frozen_then_dropped()
    counting, aligning = full_collections_put_off(sweep=False), full_collections_put_off()
    counting.__enter__()
    aligning.__enter__()
    aligning.__exit__(None, None, None)
    counting.__exit__(None, None, None)  # the last to end: the room's alignment asked for a sweep
    assert gone() is None


async def test_the_pickers_counts_leave_the_frozen_heap_frozen(make_app, seeds, monkeypatch):
    """Each row's count is an alignment; unfreezing the heap after each made every row pay a
    pass over everything the reader holds."""
    from tui_helpers import covers, reading_room, workers_done

    from reader.tui.picker import PickerScreen

    covers("picker.open")
    async with reading_room(make_app(seeds), (120, 36)) as (pilot, screen):
        unfrozen: list[int] = []
        unfreeze = gc.unfreeze
        monkeypatch.setattr(gc, "unfreeze", lambda: (unfrozen.append(gc.get_freeze_count()), unfreeze()))
        await pilot.press("o")
        picker = pilot.app.screen
        assert isinstance(picker, PickerScreen)
        await workers_done(pilot)
        counted = [str(o.prompt) for o in picker.query_one("#articles").options]
        assert sum(" links with pane " in c or " link with pane " in c for c in counted) >= 3, counted
        assert unfrozen == []
