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
then holds. Scored against benchmarks/data/seeds_gold.toml as benchmarks/quality.py scores it;
"held out" drops the passages that prompted the teaching (000 ¶24-25, 001 ¶7-8, 002 ¶0) from
the gold, so it shows whether a taught pair helps beyond the passages that taught it. The
baseline is the same engine with no glossary in the same run; the bundled seed glossary, which
already holds all three pairs, is shown for comparison.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import GOLD_DEFAULT, engine_links, load_gold, seeds_eval  # noqa: E402

from reader.align import Glossary, load_glossary  # noqa: E402
from reader.align.glossary import bundled_glossary  # noqa: E402
from reader.align.learned import learned_path, teach  # noqa: E402
from reader.corpus import load_seeds  # noqa: E402

PAIRS = [("Artsakh", "Karabakh"), ("Artsakh", "disputed territory"), ("Nagorno Karabagh", "Nagorno-Karabakh")]
# The passages that prompted them: file prefix -> passage indices.
PROMPTS = {"000": {24, 25}, "001": {7, 8}, "002": {0}}


def held_out(gold: dict) -> dict:
    """The gold without the "same" pairs that touch a prompting passage."""
    def kept(name: str, i: int) -> bool:
        return i not in PROMPTS.get(name[:3], set())

    return {(na, nb): {"same": {(i, j) for i, j in labels["same"] if kept(na, i) and kept(nb, j)},
                       "related": labels["related"]}
            for (na, nb), labels in gold.items()}


def row(name: str, gold: dict, rest: dict, corpus, glossary: Glossary) -> None:
    t0 = time.perf_counter()
    at_threshold = seeds_eval(gold, corpus, engine_links(corpus, glossary=glossary))
    ranking = seeds_eval(gold, corpus, engine_links(corpus, 0.0, glossary))
    outside = seeds_eval(rest, corpus, engine_links(corpus, 0.0, glossary))
    elapsed = time.perf_counter() - t0
    print(f"  {name:<46} hit@1 {at_threshold['hit1']:.3f}   ranking hit@1 {ranking['hit1']:.3f}   "
          f"held out {outside['hit1']:.3f}   F1 {at_threshold['f']:.3f}   ({elapsed:.1f} s)")


def taught(config_dir: Path, pairs) -> Glossary:
    for term, other in pairs:
        teach(config_dir, term, other, in_use=Glossary())
    return load_glossary(learned_path(config_dir))


def main() -> int:
    corpus = load_seeds()
    gold = load_gold(GOLD_DEFAULT, corpus)
    rest = held_out(gold)
    asked = seeds_eval(gold, corpus, lambda a, b: [])["asked"]
    asked_rest = seeds_eval(rest, corpus, lambda a, b: [])["asked"]
    print(f"seeds gold {GOLD_DEFAULT.name}: hit@1 over {asked} passages with a true counterpart "
          f"({asked_rest} held out); hit@1 at the default threshold, ranking and held out with none\n")
    row("no glossary (baseline)", gold, rest, corpus, Glossary())
    for n, pair in enumerate(PAIRS):
        with tempfile.TemporaryDirectory() as alone:
            row(f"+ {pair[0]!r} = {pair[1]!r} alone", gold, rest, corpus, taught(Path(alone), [pair]))
    with tempfile.TemporaryDirectory() as scratch:
        row("+ all three (learned.toml)", gold, rest, corpus, taught(Path(scratch), PAIRS))
    row("bundled seed glossary (for comparison)", gold, rest, corpus, bundled_glossary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
