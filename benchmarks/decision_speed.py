"""What a link decision costs on long articles: recording it, re-placing the pair's decisions and
applying them to the alignment, against realigning (the baseline a reader would otherwise wait for).

Usage: python benchmarks/decision_speed.py [--paragraphs 5000] [--decisions 200] [--only store|room]
                                          [--keys 30]

Two articles of news sentences (as benchmarks/tui_speed.py builds them), aligned once by the
engine. Then `--decisions` decisions (link / confirm / reject in turn) are recorded on distinct
paragraph pairs, one transaction each, and the pair's decisions are placed and applied as the
reading room does after each key press. Reported: median per step over the last 20 decisions
(so the pair already holds most of them); as baselines in the same run, the engine's
realignment and the cost of building an Alignment from the machine's links (apply's floor).

Then the same articles in the reading room (160x48): `--keys` decision keys (c, X, = in turn on
passages spread through article A), timed inside the app as tui_speed.py times keys: from the
key's action to the next refresh (`reader.tui.timing.timed`, as tui_speed.py times every key;
baseline in the same run: the cursor key j), and to the refresh that shows the store's answer
(recorded, placed and applied in a thread started STORE_AFTER after the key).
Target: key -> repaint after a decision <= 30 ms median.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tui_speed import sentences, write_article  # noqa: E402

from reader.align import Alignment, align  # noqa: E402
from reader.corpus import load_article  # noqa: E402
from reader.decisions import DecisionStore, apply_decisions  # noqa: E402

KINDS = ("link", "confirm", "reject")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--decisions", type=int, default=200)
    parser.add_argument("--only", choices=("store", "room"))
    parser.add_argument("--keys", type=int, default=30, help="decision keys pressed in the reading room")
    args = parser.parse_args()
    if args.only != "room":
        store_figures(args)
    if args.only != "store":
        asyncio.run(room_figures(args.paragraphs, args.keys))
    return 0


def store_figures(args: argparse.Namespace) -> None:
    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp, "long_a.txt"), Path(tmp, "long_b.txt")
        write_article(pa, pool, args.paragraphs, 0)
        write_article(pb, pool, args.paragraphs, len(pool) // 2)
        a, b = load_article(pa), load_article(pb)
        t0 = time.perf_counter()
        machine = align(a, b, [a, b])
        realign = time.perf_counter() - t0
        step = max(1, args.paragraphs // args.decisions)
        timings: dict[str, list[float]] = {"record": [], "place": [], "apply": []}
        floor: list[float] = []  # building an Alignment from the same links, which apply must do
        with DecisionStore.open(Path(tmp, "data")) as store:
            for n in range(args.decisions):
                k = n * step % args.paragraphs
                t0 = time.perf_counter()
                store.add_passages(KINDS[n % 3], a, a.passages[k], b, b.passages[k])
                t1 = time.perf_counter()
                placed = store.for_pair(a, b)
                t2 = time.perf_counter()
                decided = apply_decisions(machine, placed)
                t3 = time.perf_counter()
                Alignment(a, b, machine.granularity, machine.a_units, machine.b_units, list(machine.links),
                          machine.unmatched_a, machine.unmatched_b)
                floor.append(time.perf_counter() - t3)
                for name, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2)):
                    timings[name].append(value)
        assert len(placed) == args.decisions and decided is not machine
        print(f"{args.paragraphs} paragraphs a side, {len(machine.links)} machine links, "
              f"{args.decisions} decisions (median of the last 20, ms)")
        total = 0.0
        for name, values in timings.items():
            median = statistics.median(values[-20:]) * 1000
            total += median
            print(f"  {name:<8} {median:8.2f}")
        print(f"  {'total':<8} {total:8.2f}")
        print(f"  of which the Alignment apply returns costs {statistics.median(floor[-20:]) * 1000:.2f} "
              f"to build from the machine's links alone")
        print(f"  realigning instead: {realign * 1000:.0f} ms ({realign * 1000 / total:.0f}x the total)")


async def room_figures(paragraphs: int, keys: int) -> None:
    from reader.corpus import load_paths
    from reader.tui.app import build_app
    from reader.tui.deciding import STORE_AFTER

    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp, "long_a.txt"), Path(tmp, "long_b.txt")
        write_article(pa, pool, paragraphs, 0)
        write_article(pb, pool, paragraphs, len(pool) // 2)
        app = build_app(load_paths([str(pa), str(pb)]), config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        async with app.run_test(headless=True, size=(160, 48)) as pilot:
            screen = app.screen
            while getattr(screen, "align_state", "aligning") == "aligning" or screen.machine is None:
                await asyncio.sleep(0.05)
                screen = app.screen
            await app.workers.wait_for_complete()
            await pilot.pause()
            left, right = screen.panes
            app.latency.clear()
            await pilot.press(*"j" * 20)  # the baseline
            step = max(1, paragraphs // (keys + 1))
            for n in range(keys):
                k = (n + 1) * step
                screen.active = 0
                screen._move_to(k, center=True)
                key = ("c", "X", "equals_sign")[n % 3]
                if key != "equals_sign" and screen.current_link() is None:
                    key = "equals_sign"
                if key == "equals_sign":
                    right.cursor = k
                await pilot.pause()
                before = len(app.latency.get("decision-stored", ()))
                await pilot.press(key)
                while len(app.latency.get("decision-stored", ())) == before:
                    await asyncio.sleep(0.01)
            figures = {name: statistics.median(app.latency[name]) * 1000
                       for name in ("cursor", "decision", "decision-stored")}
            count = len(app.latency["decision"])
    print(f"reading room, {paragraphs} paragraphs a side, {len(screen.alignment.links)} links shown, "
          f"{count} decision keys (median ms, inside the app)")
    print(f"  key -> next refresh (as tui_speed.py)   {figures['decision']:8.2f}   (target <= 30)")
    print(f"     baseline: cursor key (j)            {figures['cursor']:8.2f}   "
          f"(decision / cursor: {figures['decision'] / figures['cursor']:.1f}x)")
    print(f"  key -> store's answer shown             {figures['decision-stored']:8.2f}   "
          f"(stored {STORE_AFTER * 1000:.0f} ms after the key)")

if __name__ == "__main__":
    raise SystemExit(main())
