"""How long merging glossaries takes as one group grows, against the list-based merge it
replaced (the baseline, run in the same process).

    python benchmarks/glossary_merge.py [--sizes 2500 5000 10000 20000]

Each size is one group of that many distinct terms (a generated glossary: real groups hold
dozens; `load_glossary` refuses groups over MAX_GROUP_TERMS, but glossaries built in code, or
many files that share terms, still merge into big groups). Linear work doubles with the size;
the baseline's membership test in a list makes it quadruple.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.align.glossary import Glossary, merge  # noqa: E402


def baseline_dedup(groups: list[tuple[str, tuple[str, ...]]]) -> int:
    """The old final step of `merge`: each term checked against a list of the terms so far."""
    merged: list[str] = []
    for _name, terms in groups:
        merged.extend(t for t in terms if t not in merged)
    return len(merged)


def seconds(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000, 20000])
    args = parser.parse_args()
    print(f"{'terms':>7} {'merge s':>9} {'baseline dedup s':>17} {'ratio':>7}")
    for n in args.sizes:
        group = ("big", tuple(f"term number {i}" for i in range(n)))
        glossary = Glossary((group,))
        ours = seconds(lambda: merge([glossary]))
        old = seconds(lambda: baseline_dedup([group]))
        print(f"{n:>7} {ours:>9.3f} {old:>17.3f} {old / ours:>7.1f}")


if __name__ == "__main__":
    main()
