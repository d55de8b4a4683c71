"""What a link decision costs on long articles: recording it, re-placing the pair's decisions and
applying them to the alignment, against realigning (the baseline a reader would otherwise wait for).

Usage: python benchmarks/decision_speed.py [--paragraphs 5000] [--decisions 200]

Two articles of news sentences (as benchmarks/tui_speed.py builds them), aligned once by the
engine. Then `--decisions` decisions (link / confirm / reject in turn) are recorded on distinct
paragraph pairs, one transaction each, and the pair's decisions are placed and applied as the
reading room does after each key press. Reported: median per step over the last 20 decisions
(so the pair already holds most of them); as baselines in the same run, the engine's
realignment and the cost of building an Alignment from the machine's links (apply's floor).
"""

from __future__ import annotations

import argparse
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
    args = parser.parse_args()
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
