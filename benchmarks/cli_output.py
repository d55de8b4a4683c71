"""`counterpoint align` output against the alignment it prints: time and peak memory.

Run from the repository root:

    python benchmarks/cli_output.py                      # 1,250 / 2,500 / 5,000 paragraphs
    python benchmarks/cli_output.py --sizes 5000         # one size
    python benchmarks/cli_output.py --pair A.txt B.txt   # two articles of your own instead

The baseline is the alignment alone (load both articles, align, build every link's evidence,
which every format shows), in a fresh process. Each format (table, json, markdown) is then the
whole command, `main(["align", A, B, "--format", F])` with its output going to a file (not a
terminal: no pager, no colour), each in a fresh process so its peak RSS is its own. Imports
are done before the clock starts in both, so the ratio is output work over alignment work.
The articles are built as in benchmarks/speed.py: N paragraphs of two or three ECB+ sentences.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from harness import child, peak_rss_mb  # noqa: E402
from ecb import ECB_DEFAULT  # noqa: E402

FORMATS = ("table", "json", "markdown")


def _imports() -> None:
    """Import what every format needs (the engine with numpy and scipy, the CLI, the differ,
    rich's tables) before the clock starts."""
    for name in ("reader.align", "reader.cli.align", "reader.differ", "rich.table"):
        importlib.import_module(name)


def alignment_alone(path_a: str, path_b: str) -> dict:
    _imports()
    from reader.align import align
    from reader.cli.align import _load

    t0 = time.perf_counter()
    a, b, corpus = _load(path_a, path_b)
    al = align(a, b, corpus)
    for link in al.links:
        link.evidence
    return {"s": time.perf_counter() - t0, "rss": peak_rss_mb(), "links": len(al.links)}


def command(path_a: str, path_b: str, fmt: str) -> dict:
    _imports()
    from reader.cli.main import main

    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        saved, sys.stdout = sys.stdout, out
        try:
            t0 = time.perf_counter()
            status = main(["align", path_a, path_b, "--format", fmt])
            elapsed = time.perf_counter() - t0
        finally:
            sys.stdout = saved
        size = out.tell()
    return {"s": elapsed, "rss": peak_rss_mb(), "status": status, "bytes": size}


def _pair(n: int, folder: Path, ecb: Path) -> tuple[str, str]:
    from speed import build, sentences

    pool = sentences(ecb)
    paths = []
    for name, seed in (("a.txt", 1), ("b.txt", 2)):
        (folder / name).write_text(build(pool, n, seed), encoding="utf-8")
        paths.append(str(folder / name))
    return paths[0], paths[1]


def measure(label: str, path_a: str, path_b: str) -> None:
    base = child(__file__, ["--alone", path_a, path_b])
    row = f"{label:>10} {base['links']:>7,} {base['s']:>8.2f} {base['rss']:>6.0f}"
    for fmt in FORMATS:
        r = child(__file__, ["--command", fmt, path_a, path_b])
        assert r["status"] == 0, r
        row += f" | {r['s']:>6.2f} {r['s'] / base['s']:>5.1f}× {r['rss']:>5.0f} {r['bytes'] / 1e6:>6.1f}"
    print(row, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecb", type=Path, default=ECB_DEFAULT, help="ECB+ dev jsonl (default: %(default)s)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1250, 2500, 5000], help="paragraphs per document")
    parser.add_argument("--pair", nargs=2, metavar=("A", "B"), help="measure these two articles instead")
    parser.add_argument("--alone", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--command", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.alone:
        print(json.dumps(alignment_alone(*args.alone)))
        return 0
    if args.command:
        fmt, path_a, path_b = args.command
        print(json.dumps(command(path_a, path_b, fmt)))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        # no user settings, glossaries or link decisions of this machine's user
        os.environ["COUNTERPOINT_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["COUNTERPOINT_DATA_DIR"] = str(Path(tmp) / "data")
        print(f"cores: {os.cpu_count()}   python {sys.version.split()[0]}")
        print(f"{'':>10} {'':>7} {'alignment':>15}" + "".join(f" | {fmt:^26}" for fmt in FORMATS))
        print(f"{'paragraphs':>10} {'links':>7} {'s':>8} {'MB':>6}"
              + "".join(f" | {'s':>6} {'×':>6} {'MB':>5} {'out MB':>6}" for _ in FORMATS))
        if args.pair:
            measure("pair", *args.pair)
            return 0
        if not args.ecb.is_file():
            print(f"skipped: no ECB+ dev file at {args.ecb} (or give --pair A B)")
            return 0
        for n in args.sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            measure(f"{n:,}", *_pair(n, folder, args.ecb))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
