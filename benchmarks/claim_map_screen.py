"""The claim map screen's speed: opening it (building the map, or reading it from the cache)
and the latency of its keys, against the reading room's own cursor key in the same app.

Usage: python benchmarks/claim_map_screen.py [--sizes 50 200 400] [--presses 5]

Corpora as in benchmarks/claims_speed.py (ECB+ documents filled to 30 paragraphs, written to
files and loaded like any corpus; skipped when ../shared/bench/ecbplus_dev.jsonl is absent).
The app runs headless at 160x48 with empty data and config directories. Figures are taken
inside the app (timestamp at the action, recorded after the next refresh):

- open (build): `M` to the grid drawn, the map built by the worker, cache cold;
- open (cache): the same in a new app over the same data directory, the map read back;
- key while building: `o` pressed while the worker builds (the screen must keep answering);
- sort / filter / fold / move: medians of `c`/`i`/`f`, `o`, `z` (each way) and `j` once the
  map is shown, unfolded first (a column per article) then folded (a column per side);
- baseline: the reading room's `j` in the same app.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from claims_speed import write_corpus  # noqa: E402
from ecb import ECB_DEFAULT  # noqa: E402


def ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):.1f} ms" if values else "–"


async def measure(corpus, data: Path, config: Path, presses: int) -> dict[str, str]:
    from reader.tui.app import build_app
    from reader.tui.claim_map import ClaimMapScreen
    from reader.tui.claim_table import ClaimTable

    out: dict[str, str] = {}
    for run in ("build", "cache"):
        app = build_app(corpus, config_dir=config, data_dir=data)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause(0.5)
            app.latency.clear()
            for _ in range(presses):
                await pilot.press("j")
            baseline = list(app.latency.get("cursor", []))
            await pilot.press("M")
            screen = app.screen
            assert isinstance(screen, ClaimMapScreen)
            if run == "build":
                for _ in range(presses):  # the map is still being built meanwhile
                    await pilot.press("o")
                out["key while building"] = ms(app.latency.get("map-filter", []))
                if screen.state.only:
                    await pilot.press("o")  # back to every claim
            while screen.claim_map is None:
                await pilot.pause(0.05)
            await pilot.pause(0.2)
            out[f"open ({run})"] = f"{app.latency['map-shown'][0]:.2f} s"
            if run == "cache":
                out["claims"] = f"{len(screen.claim_map.claims):,}"
                for folded in (False, True):
                    if screen.folded != folded:
                        await pilot.press("z")
                    app.latency.clear()
                    for _ in range(presses):
                        await pilot.press("i", "f", "c", "o", "o", "j")
                    name = "folded" if folded else "unfolded"
                    out[f"sort ({name})"] = ms(app.latency.get("map-sort", []))
                    out[f"filter ({name})"] = ms(app.latency.get("map-filter", []))
                    out[f"move ({name})"] = ms(app.latency.get("map-move", []))
                app.latency.clear()
                for _ in range(presses):
                    await pilot.press("z", "z")
                out["fold"] = ms(app.latency.get("map-fold", []))
                out["columns (unfolded)"] = str(len(corpus.articles) + 3)
                out["baseline: reading room j"] = ms(baseline)
                assert screen.query_one(ClaimTable).claims
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 400])
    parser.add_argument("--presses", type=int, default=5)
    args = parser.parse_args()
    if not ECB_DEFAULT.exists():
        print(f"skipped: {ECB_DEFAULT} is absent")
        return 0
    from reader.corpus import load_paths

    rows = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            folder.mkdir()
            write_corpus(folder, size, ECB_DEFAULT)
            corpus = load_paths([folder])
            figures = asyncio.run(measure(corpus, Path(tmp) / "data", Path(tmp) / "config", args.presses))
        rows.append((size, figures))
        print(size, figures, flush=True)
    keys = list(rows[0][1])
    print()
    print("| articles | " + " | ".join(keys) + " |")
    print("|---|" + "---|" * len(keys))
    for size, figures in rows:
        print(f"| {size} | " + " | ".join(figures.get(k, "") for k in keys) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
