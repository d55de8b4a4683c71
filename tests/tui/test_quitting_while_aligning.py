"""Quitting while the pair is still being aligned ends the process at once, even when the
alignment is in a stretch with no checkpoint (on two 50,000-line articles: minutes), and so does
quitting while the panes still cut their articles into sentences (S on long articles: seconds,
with no checkpoint inside the cut)."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import asyncio, sys, time
from pathlib import Path
from reader.corpus import load_seeds
from reader.tui.app import build_app

def stuck(*args, **kwargs):  # never looks at its `cancelled`, as a long uninterruptible step
    time.sleep(60)

async def main():
    app = build_app(load_seeds(), config_dir=Path(sys.argv[1], "c"), data_dir=Path(sys.argv[1], "d"))
    app.compute_alignment = stuck
    async with app.run_test(headless=True, size=(120, 36)) as pilot:
        while app.screen.__class__.__name__ != "CompareScreen" or not any(
                w.group == "align" and not w.is_finished for w in app.workers):
            await asyncio.sleep(0.02)
        assert app.screen.align_state == "aligning"
        await pilot.press("q")
    print("closed", flush=True)

asyncio.run(main())
"""


def closes_at_once(child: str, tmp_path) -> None:
    try:
        done = subprocess.run([sys.executable, "-c", child, str(tmp_path)], capture_output=True, text=True,
                              timeout=20)
    except subprocess.TimeoutExpired:
        raise AssertionError("the process was still running 20 s after q") from None
    assert done.returncode == 0, done.stderr
    assert "closed" in done.stdout


def test_quitting_while_the_alignment_runs_does_not_wait_for_it(tmp_path):
    closes_at_once(CHILD, tmp_path)


CUTTING = """
import asyncio, sys, time
from pathlib import Path
import reader.corpus.sentences as sentences
from reader.corpus import load_seeds
from reader.tui.app import build_app

def stuck(text):  # a cut that takes a minute, as one of a very long article would
    time.sleep(60)
    return [(0, len(text))]

async def main():
    app = build_app(load_seeds(), config_dir=Path(sys.argv[1], "c"), data_dir=Path(sys.argv[1], "d"))
    async with app.run_test(headless=True, size=(120, 36)) as pilot:
        while app.screen.__class__.__name__ != "CompareScreen" or app.screen.align_state != "ready":
            await asyncio.sleep(0.02)
        sentences.split_sentences = stuck
        await pilot.press("S")
        while not any(p.splitting for p in app.screen.panes):
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.3)  # the cut under way in the workers
        await pilot.press("q")
    print("closed", flush=True)

asyncio.run(main())
"""


def test_quitting_while_the_sentences_are_cut_does_not_wait_for_the_cut(tmp_path):
    closes_at_once(CUTTING, tmp_path)


def test_a_detached_computation_gives_its_result_or_its_error():
    import pytest

    from reader.tui.detached import Abandoned, detached

    assert detached(lambda: 41 + 1, lambda: False) == 42
    with pytest.raises(ZeroDivisionError):
        detached(lambda: 1 / 0, lambda: False)
    with pytest.raises(Abandoned):
        detached(lambda: __import__("time").sleep(5), lambda: True)
