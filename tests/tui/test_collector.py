"""While an alignment runs, the collector's full passes are put off; afterwards they come back."""

from __future__ import annotations

import gc
import threading

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
