"""Quitting while the reader still reads files ends the process at once: the articles beside
one opened alone, or a path typed in the open dialog. Reading has no checkpoint, and a file of
two million short paragraphs (under the 8 MB the articles beside are read up to) takes a minute
or more."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.corpus.loader import BESIDE_MAX_BYTES

ARTICLE = "Talks in Geneva\n\nThe delegations met in Geneva on Monday and agreed on a ceasefire.\n"
PARAGRAPHS = 2_000_000  # "a.\n\n" each: 8,000,000 bytes

CHILD = """
import asyncio, sys
from pathlib import Path
from reader.corpus import load_paths
from reader.tui.app import build_app

async def main():
    root, how = Path(sys.argv[1]), sys.argv[2]
    app = build_app(load_paths([root / "folder" / "a.txt"]), config_dir=root / "c", data_dir=root / "d")
    async with app.run_test(headless=True, size=(120, 36)) as pilot:
        while app.screen.__class__.__name__ != "CompareScreen":
            await asyncio.sleep(0.02)
        if how == "dialog":
            await asyncio.sleep(1)
            while any(w.group == "open" and not w.is_finished for w in app.workers):
                await asyncio.sleep(0.02)  # the folder's other files (none) read
            while app.screen.__class__.__name__ != "CompareScreen":
                await pilot.press("escape")  # what that opened
            await pilot.press("O")
            while app.screen.__class__.__name__ != "OpenDialog":
                await asyncio.sleep(0.02)
            await pilot.press("ctrl+u", *str(root / "many.txt"), "enter")
        while not any(w.group == "open" and not w.is_finished for w in app.workers):
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.5)  # the reading under way
        if how == "dialog":
            await pilot.press("escape")
        await pilot.press("q")
    print("closed", flush=True)

asyncio.run(main())
"""


@pytest.mark.parametrize("how", ["beside", "dialog"])
def test_quitting_while_files_are_read_does_not_wait_for_them(tmp_path, how):
    assert len("a.\n\n") * PARAGRAPHS <= BESIDE_MAX_BYTES  # read beside, not left out as too large
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    many = tmp_path / ("folder" if how == "beside" else ".") / "many.txt"
    many.write_text("a.\n\n" * PARAGRAPHS, encoding="utf-8")
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), how], capture_output=True, text=True,
                              timeout=30)
    except subprocess.TimeoutExpired:
        raise AssertionError("the process was still running 30 s after q") from None
    assert done.returncode == 0, done.stderr
    assert "closed" in done.stdout
