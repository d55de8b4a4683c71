"""The room and a folder the user may not search: a path typed inside it in the open dialog is
said under the prompt, and the pair read last with a file inside it is not called missing;
asking what is there must not end the reader with a PermissionError."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.align.test_glossary_broken_states import unprivileged

ARTICLE = "Talks in Geneva\n\nThe delegations met in Geneva on Monday and agreed on a ceasefire.\n"

CHILD = """
import asyncio, sys
from pathlib import Path
from textual.widgets import Static
from reader.corpus import load_paths
from reader.tui.app import build_app

async def main():
    root = Path(sys.argv[1])
    app = build_app(load_paths([root / "a.txt", root / "b.txt"]), config_dir=root / "c", data_dir=root / "d")
    async with app.run_test(headless=True, size=(120, 36)) as pilot:
        while app.screen.__class__.__name__ != "CompareScreen":
            await asyncio.sleep(0.02)
        await pilot.press("O")
        while app.screen.__class__.__name__ != "OpenDialog":
            await asyncio.sleep(0.02)
        await pilot.press("ctrl+u", *str(root / "closed" / "a"))
        await pilot.pause()
        print("about:", app.screen.query_one("#about", Static).render(), flush=True)
        await pilot.press("escape", "q")
    print("closed", flush=True)

asyncio.run(main())
"""


LOST = """
import sys
from pathlib import Path
from reader.reading_places import PairPlaces
from reader.tui.resuming import lost_before

root = Path(sys.argv[1])
here, there, gone = (str(root / "a.txt"), str(root / "closed" / "a.txt"), str(root / "gone.txt"))
print(lost_before([PairPlaces((here, there), (None, None))], {here: object()}, None))
print(lost_before([PairPlaces((here, gone), (None, None))], {here: object()}, None))
"""


def _run_beside_a_closed_folder(tmp_path, child: str) -> subprocess.CompletedProcess:
    """`child` run unprivileged on `tmp_path`, which holds a.txt, b.txt and closed/a.txt, the
    folder `closed` searchable by nobody while it runs."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "a.txt").write_text(ARTICLE, encoding="utf-8")
    closed.chmod(0o000)
    root = Path(__file__).resolve().parents[2]
    try:
        return subprocess.run([*unprivileged(), sys.executable, "-c", child, str(tmp_path)], capture_output=True,
                              text=True, timeout=60, cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    finally:
        closed.chmod(0o755)


def test_a_path_in_a_folder_nobody_may_search_is_said_under_the_prompt(tmp_path):
    done = _run_beside_a_closed_folder(tmp_path, CHILD)
    assert "closed" in done.stdout.splitlines(), done.stderr[-3000:]
    closed = tmp_path / "closed"
    assert f"about: Cannot tell what is there: cannot look into {closed} (Permission denied)." in done.stdout


def test_the_pair_read_last_with_a_file_out_of_sight_is_not_called_missing(tmp_path):
    """Its file may well be there: the reader starts without a "missing" notice, rather than
    ending on asking whether it exists."""
    done = _run_beside_a_closed_folder(tmp_path, LOST)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["None", str(tmp_path / "gone.txt")]
