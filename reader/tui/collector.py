"""Keeping the cycle collector's full passes out of the keys' way while an alignment runs.

An alignment allocates millions of small objects (each unit's keys, reader.align.features), and
CPython's collector answers with full (generation-2) passes over the whole heap: the loaded
articles, their painted lines, the feature cache. Each pass is one C call that holds the
interpreter, so the reading room's thread waits it out. Measured on a 20 MB article (55,491
paragraphs) against a seed article: 5,900 collections took 4.2 s of an 11.5 s alignment, the
full ones 200-450 ms each, and j pressed meanwhile waited up to them (p90 222 ms); with them
put off, nothing in the aligner held the interpreter for more than 80 ms. So while an alignment runs, full
passes are put off (the young generations are still collected, so short-lived cycles are still
freed) and the thresholds come back when the last running alignment ends; the pass that was
put off then runs once. With several alignments at once (the picker, a replaced pair still
finishing) the first to start saves the thresholds and the last to end restores them.

That one pass is not the last, though: the reading room allocates as it paints, and every full
pass after it walked the whole heap again (two 2,600-paragraph articles: 0.3-0.6 s each, j
waiting 0.6 s at the median in the 3 s after the links arrived). So the last alignment to end
runs the put-off pass itself (in its worker, before its links are shown) and then freezes what
survives (`gc.freeze`): the articles, the alignment, the painted lines are out of later full
passes, which only walk what was made since. Frozen objects are still freed by reference
counting; a cycle among them that dies is freed at the next alignment's end, which unfreezes
first.

Unfreezing puts the whole heap back in the full pass, though, and the picker counts its rows'
links one alignment after another: every row paid a pass over everything (two 2,600-paragraph
articles open: 0.36-0.44 s a row, the picker frozen as long). An alignment that does not
`sweep` (a row's count) ends with a pass over what was made since the last freeze only; the
frozen cycles that died wait for the next alignment that sweeps (the reading room's own).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from threading import Lock

PUT_OFF = 1 << 30  # generation-2 threshold while an alignment runs: no full pass will be due

_lock = Lock()
_running = 0
_saved: tuple[int, ...] = ()
_sweep = False  # whether a block running (or run) since the last end asked for a sweep


@contextmanager
def full_collections_put_off(*, sweep: bool = True) -> Iterator[None]:
    """Within the block (in any thread), no full collection starts; nests and overlaps. When
    the last block running ends, the pass put off runs: over the whole heap if any of the
    blocks since the last such end was to `sweep`, else over what was made since the last
    freeze (see the module docstring)."""
    global _running, _saved, _sweep
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], PUT_OFF)
        _running += 1
        _sweep = _sweep or sweep
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                if _sweep:
                    gc.unfreeze()  # a cycle frozen last time that has died since is collected now
                _sweep = False
                gc.collect()
                gc.freeze()
                gc.set_threshold(*_saved)
