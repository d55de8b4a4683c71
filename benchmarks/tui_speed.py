"""Reading-room speed: first paint, key-press-to-refresh latency per kind of action, memory,
and the seeds' first interactive frame.

Usage: python benchmarks/tui_speed.py [--paragraphs 5000] [--rounds 3] [--granularity sentence]
                                      [--only long|seeds]

Run it with the interpreter of a fresh, non-editable install (`pip install .` into a new
venv), from any directory: it imports `reader` from wherever that interpreter finds it and
says where that is; it never puts the checkout on sys.path.

1. Two long articles (default 5,000 paragraphs each) built from real news sentences of
   /work/shared/bench/ecbplus_dev.jsonl, written to temp files and loaded like user files, at
   160x48. Reports the time from loading to the first painted screen (both panes drawn), then
   the median action->refresh latency of every kind of action, measured inside the app
   (timestamp at the action, recorded in call_after_refresh), twice: while the alignment
   worker is still running, and once it has finished. The alignment runs in a thread and
   holds the interpreter for long stretches, so a key pressed meanwhile waits for it: the
   first column is what a reader sees in the first seconds, the second the figure of the
   reading room itself.
2. The bundled seeds: time from process launch to the first interactive frame, the first
   launch after installing apart from the later ones (the first may still compile bytecode).

Targets: first paint <= 1 s, median key->refresh <= 16 ms for every kind of action (after
alignment), seeds <= 0.6 s.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ecb.py only: never the checkout
from ecb import ecb_sentences  # noqa: E402

# (key, kind as recorded by the app) — every kind of action, views and the overview included.
ACTIONS = [("j", "cursor"), ("k", "cursor"), ("n", "linked"), ("u", "unmatched"), ("right_square_bracket", "cycle"),
           ("enter", "jump"), ("tab", "pane"), ("pagedown", "page"), ("ctrl+d", "page"), ("v", "view"),
           ("v", "view"), ("v", "view"), ("f", "follow"), ("f", "follow"), ("G", "edge"), ("g", "edge")]


def sentences() -> list[str]:
    return [s.strip() for s in ecb_sentences() if len(s.strip()) > 20]


def write_article(path: Path, pool: list[str], paragraphs: int, offset: int) -> None:
    parts = []
    for n in range(paragraphs):
        k = offset + n * 3
        parts.append(" ".join(pool[(k + i) % len(pool)] for i in range(3)))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def where_reader_is() -> str:
    import reader

    location = Path(reader.__file__).resolve().parent
    kind = "site-packages (non-editable)" if "site-packages" in location.parts else "a source tree (editable)"
    return f"reader imported from {location} — {kind}"


async def press_all(pilot, app, rounds: int) -> dict[str, list[float]]:
    """Press every action `rounds` times (and step a search, and click the overview);
    return the latencies recorded meanwhile."""
    app.latency.clear()
    for _ in range(rounds):
        for key, _kind in ACTIONS:
            await pilot.press(key)
        overviews = app.screen.query("#overview-0")  # absent in builds before the overview (baselines)
        if overviews:
            await pilot.click(overviews.first(), offset=(0, overviews.first().size.height // 2))
        await pilot.press("slash", *"police")
        await app.workers.wait_for_complete()
        await pilot.press("enter", "n", "n", "N", "escape")
    return {name: list(xs) for name, xs in app.latency.items()}


async def long_articles(paragraphs: int, rounds: int, granularity: str) -> None:
    from reader.corpus import load_paths
    from reader.tui.app import build_app

    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "long_a.txt"), Path(tmp, "long_b.txt")
        write_article(a, pool, paragraphs, 0)
        write_article(b, pool, paragraphs, len(pool) // 2)
        Path(tmp, "config").mkdir()
        Path(tmp, "config", "config.toml").write_text(f'granularity = "{granularity}"\n', encoding="utf-8")
        t0 = time.perf_counter()
        corpus = load_paths([str(a), str(b)])
        loaded = time.perf_counter()
        app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        async with app.run_test(headless=True, size=(160, 48)) as pilot:
            while app.first_paint is None:
                await asyncio.sleep(0.005)
            print(f"long articles: {paragraphs} paragraphs each, "
                  f"{sum(len(x.passages) for x in corpus)} passages loaded in {loaded - t0:.2f} s")
            print(f"  first painted screen: {app.first_paint - t0:.2f} s after start of loading "
                  f"({app.first_paint - loaded:.2f} s after load)")
            if granularity == "sentence":
                while any(p.splitting for p in app.screen.panes):
                    await asyncio.sleep(0.005)
                print(f"  both panes showing their sentences: {time.perf_counter() - t0:.2f} s after start of loading")
            screen = app.screen
            during = await press_all(pilot, app, 1) if screen.align_state == "aligning" else {}
            aligning_ended = screen.align_state != "aligning"
            while screen.align_state == "aligning":
                await asyncio.sleep(0.05)
            print(f"  alignment {screen.align_state} {time.perf_counter() - t0:.1f} s after start of loading"
                  + ("" if aligning_ended else " (the keys above were pressed while it ran)"))
            await pilot.pause()
            after = await press_all(pilot, app, rounds)
        report(during, after)
    print(f"  peak RSS (including the finished alignment): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def report(during: dict[str, list[float]], after: dict[str, list[float]]) -> None:
    print("  median key->refresh per kind of action, ms (while aligning / once aligned):"
          if during else "  median key->refresh per kind of action, ms (once aligned):")
    for name in sorted(set(during) | set(after)):
        first = f"{statistics.median(during[name]) * 1000:7.1f}" if name in during else "      -"
        second = f"{statistics.median(after[name]) * 1000:7.1f}" if name in after else "      -"
        count = len(after.get(name, ()))
        print(f"    {name:10} {first + ' /' if during else ''}{second}   (n={count})")
    every = [x for xs in after.values() for x in xs]
    print(f"  once aligned: worst per-kind median {max(statistics.median(xs) for xs in after.values()) * 1000:.1f} ms, "
          f"max single action {max(every) * 1000:.1f} ms over {len(every)} actions")


SEEDS_CHILD = """
import asyncio, sys, time
from time import perf_counter
from reader.corpus import load_seeds
from reader.tui.app import build_app
async def main():
    app = build_app(load_seeds(), config_dir={tmp!r} + "/c", data_dir={tmp!r} + "/d")
    async with app.run_test(headless=True, size=(160, 48)):
        while app.first_paint is None:
            await asyncio.sleep(0.002)
        print(time.time() - (perf_counter() - app.first_paint), time.process_time())
asyncio.run(main())
"""


def seeds(launches: int = 4) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        child = SEEDS_CHILD.format(tmp=tmp)
        runs, cpu = [], []
        for _ in range(launches):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True, cwd=tmp)
            painted, used = map(float, out.stdout.strip().splitlines()[-1].split())
            runs.append(painted - start)
            cpu.append(used)
    print(f"seeds: first interactive frame after launch: first launch {runs[0]:.2f} s, "
          f"median of the next {len(runs) - 1}: {statistics.median(runs[1:]):.2f} s "
          f"({', '.join(f'{r:.2f}' for r in runs[1:])}); CPU time of the process by then, which a "
          f"busy machine inflates less: median {statistics.median(cpu[1:]):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3, help="times each action is pressed once aligned")
    parser.add_argument("--granularity", choices=("paragraph", "sentence"), default="paragraph")
    parser.add_argument("--only", choices=("long", "seeds"), help="run one of the two parts")
    args = parser.parse_args()
    print(where_reader_is())
    if args.only != "seeds":
        asyncio.run(long_articles(args.paragraphs, args.rounds, args.granularity))
    if args.only != "long":
        seeds()


if __name__ == "__main__":
    main()
