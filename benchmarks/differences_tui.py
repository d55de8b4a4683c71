"""What marking the current link's differences costs each key press in the reading room.

Usage: python benchmarks/differences_tui.py [--paragraphs 5000] [--rounds 2]

Two articles of N paragraphs built from ECB+ sentences as benchmarks/tui_speed.py builds them,
opened at 160x48; once aligned (and the pair's differ built), every kind of action of
tui_speed.py is pressed in alternating rounds with the difference marks and line switched off
(the baseline: the reading room as it was before them) and on, in the same app, and the
median key->refresh latency of each kind is printed for both, measured inside the app.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tui_speed import press_all, sentences, write_article  # noqa: E402


async def measure(paragraphs: int, rounds: int) -> None:
    from reader.corpus import load_paths
    from reader.tui.app import build_app
    from reader.tui.differences_view import DifferenceActions
    from reader.tui.paint import EMPTY

    marking = DifferenceActions.difference_paint
    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "long_a.txt"), Path(tmp, "long_b.txt")
        write_article(a, pool, paragraphs, 0)
        write_article(b, pool, paragraphs, len(pool) // 2)
        app = build_app(load_paths([str(a), str(b)]), config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        results: dict[bool, dict[str, list[float]]] = {False: {}, True: {}}
        async with app.run_test(headless=True, size=(160, 48)) as pilot:
            screen = app.screen
            while screen.align_state == "aligning" or screen._differ is None:
                await asyncio.sleep(0.05)
            await pilot.pause()
            for _ in range(rounds):
                for on in (False, True):
                    DifferenceActions.difference_paint = marking if on else (lambda self, link, local: [EMPTY, EMPTY])
                    for name, xs in (await press_all(pilot, app, 1)).items():
                        results[on].setdefault(name, []).extend(xs)
            DifferenceActions.difference_paint = marking
            shown = sum(1 for key in screen._differences)
    print(f"{paragraphs} paragraphs a side, 160x48; {shown} links' differences worked out while pressing")
    print("median key->refresh per kind of action, ms: marks off (baseline) / on, and on/off")
    for name in sorted(results[True]):
        off, on = statistics.median(results[False][name]) * 1000, statistics.median(results[True][name]) * 1000
        print(f"  {name:10} {off:7.1f} / {on:7.1f}   {on / off:5.2f}x   (n={len(results[True][name])})")
    every = {on: statistics.median([x for xs in results[on].values() for x in xs]) * 1000 for on in (False, True)}
    print(f"  all actions {every[False]:7.1f} / {every[True]:7.1f}   {every[True] / every[False]:5.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(measure(args.paragraphs, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
