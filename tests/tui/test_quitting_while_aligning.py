"""Quitting while the pair is still being aligned ends the process at once, even when the
alignment is in a stretch with no checkpoint (on two 50,000-line articles: minutes)."""

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


def test_quitting_while_the_alignment_runs_does_not_wait_for_it(tmp_path):
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
                              timeout=20)
    except subprocess.TimeoutExpired:
        raise AssertionError("the process was still running 20 s after q") from None
    assert done.returncode == 0, done.stderr
    assert "closed" in done.stdout


def test_a_detached_computation_gives_its_result_or_its_error():
    import pytest

    from reader.tui.detached import Abandoned, detached

    assert detached(lambda: 41 + 1, lambda: False) == 42
    with pytest.raises(ZeroDivisionError):
        detached(lambda: 1 / 0, lambda: False)
    with pytest.raises(Abandoned):
        detached(lambda: __import__("time").sleep(5), lambda: True)
