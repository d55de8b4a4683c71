"""Reading-room speed: first paint, key-press-to-refresh latency and memory.

Usage: python benchmarks/tui_speed.py [--paragraphs 5000] [--presses 40] [--granularity sentence]

1. Two long articles (default 5,000 paragraphs each) built from real news sentences of
   /work/shared/bench/ecbplus_dev.jsonl, written to temp files and loaded like user files.
   Reports time from loading to the first painted screen (both panes drawn; alignment may
   still be running), the median action->refresh latency per action measured inside the app
   (timestamp at the action, recorded in call_after_refresh), and peak RSS. With
   `--granularity sentence` the panes show sentences, which are cut in a worker: the first
   screen says so, and the time until both panes show their sentences is reported too.
2. The bundled seeds: time from process launch to the first interactive frame.

Targets: first paint <= 1.5 s, median key->refresh <= 30 ms, peak RSS <= 300 MB, seeds <= 1 s.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ecb import ecb_sentences  # noqa: E402


def sentences() -> list[str]:
    return [s.strip() for s in ecb_sentences() if len(s.strip()) > 20]


def write_article(path: Path, pool: list[str], paragraphs: int, offset: int) -> None:
    parts = []
    for n in range(paragraphs):
        k = offset + n * 3
        parts.append(" ".join(pool[(k + i) % len(pool)] for i in range(3)))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


KEYS = ["j", "j", "k", "n", "u", "right_square_bracket", "N", "U", "enter", "tab", "pagedown", "G", "g"]


async def long_articles(paragraphs: int, presses: int, granularity: str) -> None:
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
                  f"({app.first_paint - loaded:.2f} s after load); peak RSS so far "
                  f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
            if granularity == "sentence":
                panes = app.screen.panes
                while any(p.splitting for p in panes):
                    await asyncio.sleep(0.005)
                print(f"  both panes showing their {sum(len(p.units) for p in panes)} sentences: "
                      f"{time.perf_counter() - t0:.2f} s after start of loading")
            for n in range(presses):
                await pilot.press(KEYS[n % len(KEYS)])
            state = app.screen.align_state
            await pilot.pause()
        report(app.latency, f"(alignment {state} at the end)")
    print(f"  peak RSS (including the finished 5,000 x 5,000 alignment): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def report(latency: dict[str, list[float]], when: str) -> None:
    every = [x for xs in latency.values() for x in xs]
    if not every:
        print("  no latencies recorded")
        return
    print(f"  key->refresh {when}: median {statistics.median(every) * 1000:.1f} ms over {len(every)} actions, "
          f"max {max(every) * 1000:.1f} ms")
    for name, xs in sorted(latency.items()):
        print(f"    {name:12} median {statistics.median(xs) * 1000:6.1f} ms  (n={len(xs)})")


SEEDS_CHILD = """
import asyncio, sys, time
from time import perf_counter
sys.path.insert(0, {root!r})
from reader.corpus import load_seeds
from reader.tui.app import build_app
async def main():
    app = build_app(load_seeds(), config_dir={tmp!r} + "/c", data_dir={tmp!r} + "/d")
    async with app.run_test(headless=True, size=(160, 48)):
        while app.first_paint is None:
            await asyncio.sleep(0.002)
        print(time.time() - (perf_counter() - app.first_paint))
asyncio.run(main())
"""


def seeds() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        child = SEEDS_CHILD.format(root=str(ROOT), tmp=tmp)
        runs = []
        for _ in range(3):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
            runs.append(float(out.stdout.strip().splitlines()[-1]) - start)
    print(f"seeds: first interactive frame {statistics.median(runs):.2f} s after launch "
          f"(median of {len(runs)} launches: {', '.join(f'{r:.2f}' for r in runs)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--granularity", choices=("paragraph", "sentence"), default="paragraph")
    args = parser.parse_args()
    asyncio.run(long_articles(args.paragraphs, args.presses, args.granularity))
    seeds()


if __name__ == "__main__":
    main()
