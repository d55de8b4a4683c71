"""How much teaching the aligner a term moves hit@1 on the seeds.

Run from the repository root:

    python benchmarks/taught_terms.py

A reader reviews the seed pairs in order (000-001, 000-002, ...), each from top to bottom, and
at a passage whose best link is wrong teaches the aligner the two names the passages use for
one thing. Starting, as with articles nobody wrote a glossary for, from no glossary at all, the
first three such pairs and the passages that prompted them are:

1. "Artsakh" = "Karabakh": 000 ¶25 ("a war with Armenians in Artsakh") should link 001 ¶8
   ("Armenians living in Karabakh").
2. "Artsakh" = "disputed territory": the same 000 ¶25 should link 001 ¶7 ("ethnically cleanse
   the entire disputed territory").
3. "Nagorno Karabagh" = "Nagorno-Karabakh": 002 ¶0 ("recapture the Nagorno-Karabakh region")
   should link 000 ¶24 ("they started war with Nagorno Karabagh").

Each pair is taught with `reader.align.learned.teach` into a scratch config directory (the real
learned.toml code path, glossaries switched off), and the seeds are aligned with what the file
then holds. Scored against benchmarks/data/seeds_gold.toml by benchmarks/quality.py's code;
"held out" drops the passages that prompted the teaching (000 ¶24-25, 001 ¶7-8, 002 ¶0) from
the gold, so it shows whether a taught pair helps beyond the passages that taught it. The
baseline is the same engine with no glossary in the same run; the bundled seed glossary, which
already holds all three pairs, is shown for comparison.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import Dataset, engine, evaluate, seeds_set  # noqa: E402

from reader.align import Glossary, load_glossary  # noqa: E402
from reader.align.glossary import bundled_glossary  # noqa: E402
from reader.align.learned import learned_path, teach  # noqa: E402

PAIRS = [("Artsakh", "Karabakh"), ("Artsakh", "disputed territory"), ("Nagorno Karabagh", "Nagorno-Karabakh")]
# The passages that prompted them: file prefix -> passage indices.
PROMPTS = {"000": {24, 25}, "001": {7, 8}, "002": {0}}


def held_out(ds: Dataset) -> Dataset:
    """The set without the "same" pairs that touch a prompting passage."""
    def kept(article, i: int) -> bool:
        return i not in PROMPTS.get(article.path.name[:3], set())

    pairs = [replace(p, same={(i, j) for i, j in p.same if kept(p.a, i) and kept(p.b, j)}) for p in ds.pairs]
    return replace(ds, name=ds.name + " held out", pairs=pairs)


def row(name: str, glossary: Glossary) -> None:
    t0 = time.perf_counter()
    ds = seeds_set(glossary, name)
    at_threshold = evaluate(ds, *engine(ds, None))
    ranked = engine(ds, 0.0)
    ranking = evaluate(ds, *ranked)
    outside = evaluate(held_out(ds), *ranked)
    elapsed = time.perf_counter() - t0
    print(f"  {name:<46} hit@1 {at_threshold['hit1']:.3f}   ranking hit@1 {ranking['hit1']:.3f}   "
          f"held out {outside['hit1']:.3f} of {outside['asked']}   F1 {at_threshold['f']:.3f}   ({elapsed:.1f} s)")


def taught(config_dir: Path, pairs) -> Glossary:
    for term, other in pairs:
        teach(config_dir, term, other, in_use=Glossary())
    return load_glossary(learned_path(config_dir))


def _asked() -> int:
    ds = seeds_set(Glossary(), "count")
    return evaluate(ds, [{}] * len(ds.pairs))["asked"]


def main() -> int:
    print(f"seeds gold: hit@1 over {_asked()} passages with a "
          "true counterpart; at the default threshold, then ranking every pair (no threshold)\n")
    row("no glossary (baseline)", Glossary())
    for pair in PAIRS:
        with tempfile.TemporaryDirectory() as alone:
            row(f"+ {pair[0]!r} = {pair[1]!r} alone", taught(Path(alone), [pair]))
    with tempfile.TemporaryDirectory() as scratch:
        row("+ all three (learned.toml)", taught(Path(scratch), PAIRS))
    row("bundled seed glossary (for comparison)", bundled_glossary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
