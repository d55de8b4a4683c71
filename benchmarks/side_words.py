"""Each side's own words (`counterpoint words`), as a reader sees them: how much of each top-20
list is junk, against terms labelled by hand.

Run from the repository root:

    python benchmarks/side_words.py            # the figures
    python benchmarks/side_words.py --lists    # every list, each term with its label (? = none)

Three sets, every pair ranked as `counterpoint words A B` ranks it (its corpus as the prior):
- seeds: every pair of the five bundled articles (ten pairs; the five are the prior);
- basil: every pair of each BASIL dev triplet (eighteen pairs), read from ../shared/bench/basil_dev
  and skipped when it is absent (each pair is its own prior, as the command has it there);
- own: four invented opposing pairs in benchmarks/data/side_words/ (a strike told by union and
  company, a disputed election, a border clash with each side's place names, a wind farm), each
  with the terms its writer planted as each side's vocabulary.

benchmarks/data/side_words_labels.toml labels each listed term (its folded form, per pair):
`own` (a side's own word or phrase: framing, loaded terms, what only it discusses), `topic`
(neutral topic or everyday word) or `junk` (function word, furniture such as bylines,
"Advertisement" or "Read more", a fragment of a name, a number, a phrase's word listed apart
beside the phrase, a word the other side uses as much in another inflection). For BASIL it
holds only the terms and the file ids. Figures: the share of junk among the labelled terms of
each list's first 10 and 20 (all pairs of a set pooled), and for the own pairs the share of
planted terms that their side lists. A term no label covers is counted apart (`unlabelled`).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import Article, load_article, load_seeds  # noqa: E402
from reader.differ import distinctive_words  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "side_words_labels.toml"
OWN = ROOT / "benchmarks" / "data" / "side_words"
BASIL = ROOT.parent / "shared" / "bench" / "basil_dev"  # ../shared beside the checkout
OWN_PAIRS = [("strike_union", "strike_company"), ("election_opposition", "election_government"),
             ("border_almaria", "border_belosk"), ("wind_campaign", "wind_developer")]
LIMIT = 20


def pairs(basil: Path) -> list[tuple[str, str, Article, Article, list[Article]]]:
    """(set, pair id, A, B, prior corpus) of every pair measured."""
    out = []
    seeds = sorted(load_seeds(), key=lambda a: a.path.name)
    for a, b in itertools.combinations(seeds, 2):
        out.append(("seeds", f"{a.path.name[:3]}-{b.path.name[:3]}", a, b, seeds))
    if basil.is_dir():
        triplets = sorted({p.name.split("_")[0] for p in basil.glob("*_*.txt")})
        for t in triplets:
            arts = [load_article(basil / f"{t}_{o}.txt") for o in ("fox", "hpo", "nyt")]
            for a, b in itertools.combinations(arts, 2):
                out.append(("basil", f"{a.path.stem}-{b.path.stem}", a, b, [a, b]))
    for na, nb in OWN_PAIRS:
        a, b = load_article(OWN / f"{na}.txt"), load_article(OWN / f"{nb}.txt")
        out.append(("own", f"{na}-{nb}", a, b, [a, b]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lists", action="store_true", help="print every list with its labels")
    parser.add_argument("--basil", type=Path, default=BASIL, help="BASIL dev folder (default: %(default)s)")
    args = parser.parse_args()
    data = tomllib.loads(LABELS.read_text(encoding="utf-8")) if LABELS.exists() else {}
    labels: dict = data.get("pair", {})
    planted: dict = data.get("planted", {})
    stats: dict[str, dict] = {}
    for set_name, pid, a, b, corpus in pairs(args.basil):
        side_a, side_b = distinctive_words(a, b, corpus, limit=LIMIT)
        known = {k.casefold(): v for k, v in labels.get(pid, {}).items()}
        s = stats.setdefault(set_name, {"pairs": 0, "junk10": 0, "n10": 0, "junk20": 0, "n20": 0, "unlabelled": 0,
                                        "planted": 0, "found": 0, "terms": 0})
        s["pairs"] += 1
        if args.lists:
            print(f"== {set_name} {pid}")
        for side, terms in (("a", side_a), ("b", side_b)):
            if args.lists:
                print(f"  [{side}] " + " | ".join(f"{t.term} {t.a_count}:{t.b_count} {known.get(t.term.casefold(), '?')}"
                                                 for t in terms))
            for i, t in enumerate(terms):
                s["terms"] += 1
                label = known.get(t.term.casefold())
                if label is None:
                    s["unlabelled"] += 1
                    continue
                s["n20"] += 1
                s["junk20"] += label == "junk"
                if i < 10:
                    s["n10"] += 1
                    s["junk10"] += label == "junk"
            if pid in planted:
                want = [w.casefold() for w in planted[pid][side]]
                listed = {t.term.casefold() for t in terms}
                s["planted"] += len(want)
                s["found"] += sum(w in listed for w in want)
    print(f"{'set':<6} {'pairs':>5} {'terms':>5} {'junk@10':>8} {'junk@20':>8} {'unlabelled':>10} {'planted recall':>15}")
    for set_name, s in stats.items():
        def share(x: int, n: int) -> str:
            return f"{x / n:.2f}" if n else "-"
        recall = f"{s['found']}/{s['planted']} {share(s['found'], s['planted'])}" if s["planted"] else "-"
        print(f"{set_name:<6} {s['pairs']:>5} {s['terms']:>5} {share(s['junk10'], s['n10']):>8} "
              f"{share(s['junk20'], s['n20']):>8} {s['unlabelled']:>10} {recall:>15}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
