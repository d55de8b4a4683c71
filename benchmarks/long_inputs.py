"""The reading room on a live blog: tens of thousands of one-line updates a side.

Usage: python benchmarks/long_inputs.py [--updates 50000]

Writes two generated live blogs (timestamped one-line updates from twenty varied sentence
patterns, names, places and figures changed) and, at 160x48:
1. first paint, and what each resize costs the UI thread (wall time of resize + one refresh,
   against a bare refresh in the same run), with the alignment held back so that only the
   reading room is measured;
2. quitting while the alignment runs: time from q to the end of the process (a fresh
   process, the real aligner). Before the aligner ran in a detached thread, the process lived
   until the alignment finished.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PATTERNS = [
    "{name} told reporters in {city} that {n} people had been evacuated after shelling hit the {place}.",
    "The ministry said {n} soldiers were wounded near {city}, a figure the opposition disputed.",
    "{name}, a spokesman for the {org}, denied that troops had crossed the line near {city}.",
    "Residents of {city} heard explosions through the night; {name} said {n} homes had no power.",
    "Aid convoys carrying {n} tonnes of flour reached {city} after a delay at the {place}, the {org} said.",
    "Critics say the {org} has not investigated the deaths of {n} civilians in {city}.",
    "{name} accused the other side of breaking the ceasefire {n} times around {city}.",
    "Talks in {city} ended without agreement; both sides will meet again within {n} days, {name} said.",
    "Satellite images show at least {n} destroyed buildings on the road from {city} to the {place}.",
    "{name} called the report propaganda resting on {n} unnamed witnesses from {city}.",
    "Bread in {city} costs {n} percent more since the {place} was closed, {name} said.",
    "The {org} estimates that {n} families remain in {city}, most of them elderly.",
    "Officials in {city} said the {place} would reopen if the security situation allowed.",
    "{name} said the government would pay for {n} damaged homes around {city}.",
    "A journalist in {city} counted {n} checkpoints between the {place} and the capital.",
    "The {org} asked for monitors in {city}, where {n} people are still missing.",
    "{name} promised an inquiry into the explosion at the {place} near {city}.",
    "Hospitals in {city} treated {n} people for injuries, {name} said, many of them children.",
    "Negotiators of the {org} left {city} after {name} refused to withdraw from the {place}.",
    "Fighting around {city} could displace {n} more people before winter, analysts told the {org}.",
]
NAMES = ["Anna Petrosyan", "Elchin Mammadov", "Ruben Hakobyan", "Leyla Aliyeva", "David Barker", "Maria Lopez"]
CITIES = ["Stepanakert", "Khankendi", "Shusha", "Lachin", "Goris", "Agdam", "Martuni", "Hadrut"]
PLACES = ["airport", "bridge", "power station", "border crossing", "market", "hospital", "corridor"]
ORGS = ["Red Cross", "United Nations", "OSCE", "Human Rights Watch", "foreign ministry"]


def write_blog(path: Path, updates: int, seed: int) -> None:
    rng = random.Random(seed)
    lines = [f"{n // 60 % 24:02d}:{n % 60:02d} " + rng.choice(PATTERNS).format(
        name=rng.choice(NAMES), city=rng.choice(CITIES), place=rng.choice(PLACES), org=rng.choice(ORGS),
        n=rng.randint(2, 9000)) for n in range(updates)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


async def room(paths: list[Path], tmp: str) -> None:
    from reader.corpus import load_paths
    from reader.tui.app import build_app

    start = time.perf_counter()
    corpus = load_paths([str(p) for p in paths])
    loaded = time.perf_counter()
    app = build_app(corpus, config_dir=Path(tmp, "c"), data_dir=Path(tmp, "d"))
    gate = threading.Event()
    app.compute_alignment = lambda *args, **kwargs: gate.wait(600)  # the room alone
    async with app.run_test(headless=True, size=(160, 48)) as pilot:
        while app.first_paint is None:
            await asyncio.sleep(0.005)
        print(f"  loaded in {loaded - start:.2f} s; first painted screen {app.first_paint - loaded:.2f} s after load")
        await pilot.pause()
        bare = []
        for _ in range(3):
            t = time.perf_counter()
            await pilot.pause()
            bare.append(time.perf_counter() - t)
        for size in ((120, 40), (200, 50), (80, 24), (160, 48), (120, 40)):
            t = time.perf_counter()
            await pilot.resize_terminal(*size)
            await pilot.pause()
            print(f"  resize to {size[0]}x{size[1]}: {(time.perf_counter() - t) * 1000:.0f} ms "
                  f"(a bare refresh: {min(bare) * 1000:.0f} ms)")
        gate.clear()
        await pilot.press("q")


QUIT_CHILD = """
import asyncio, sys, time
from pathlib import Path
from reader.corpus import load_paths
from reader.tui.app import build_app
async def main():
    app = build_app(load_paths(sys.argv[1:3]), config_dir=Path(sys.argv[3], "c"), data_dir=Path(sys.argv[3], "d"))
    async with app.run_test(headless=True, size=(160, 48)) as pilot:
        while app.screen.__class__.__name__ != "CompareScreen" or app.screen.align_state != "aligning":
            await asyncio.sleep(0.02)
        await asyncio.sleep(3)  # well into the alignment
        print(time.time(), flush=True)
        await pilot.press("q")
asyncio.run(main())
"""


def quitting(paths: list[Path], tmp: str) -> None:
    child = subprocess.run([sys.executable, "-c", QUIT_CHILD, *map(str, paths), tmp],
                           capture_output=True, text=True, check=True)
    ended = time.time()
    pressed = float(child.stdout.strip().splitlines()[-1])
    print(f"  q pressed 3 s into the alignment: the process ended {ended - pressed:.2f} s later")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=50000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp, "blog_a.txt"), Path(tmp, "blog_b.txt")]
        for seed, path in enumerate(paths):
            write_blog(path, args.updates, seed)
        print(f"two live blogs of {args.updates:,} one-line updates, 160x48")
        asyncio.run(room(paths, tmp))
        quitting(paths, tmp)


if __name__ == "__main__":
    main()
