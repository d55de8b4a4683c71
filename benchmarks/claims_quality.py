"""Claim map quality: are two passages in one claim exactly when the gold says they tell one?

Run from the repository root:

    python benchmarks/claims_quality.py            # figures for BENCHMARKS.md
    python benchmarks/claims_quality.py --sweep    # also the link floor, LINK_MIN, swept

Scored pairwise: every cross-article pair of passages inside one claim is a predicted "same
claim" pair, against the gold "same" pairs (BASIL: S; seeds: "same"), "related" pairs ignored.
Beside the claims, in the same run and from the same links:
- the strong links themselves (pairwise, as the map's index makes them);
- connected components of those links (single link: the naive clustering);
- the two-pane aligner's own links, aligning every pair of articles in turn (reader.align).
BASIL dev (../shared/bench/basil_dev, research use only, read in place; skipped when absent):
each triplet is a three-article corpus, paragraphs are its blank-line blocks and a passage
counts for every block it overlaps; no glossary (none was written for these stories). Seeds:
the five bundled articles as one corpus, with the bundled glossary, against
benchmarks/data/seeds_gold.toml.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import GOLD_DEFAULT, fmt, load_gold, prf  # noqa: E402

from reader.align import Glossary, align  # noqa: E402
from reader.align.glossary import bundled_glossary  # noqa: E402
from reader.claims import index  # noqa: E402
from reader.claims.builder import link_passages  # noqa: E402
from reader.claims.cluster import average_link, connected_components  # noqa: E402
from reader.corpus import Article, load_article, load_seeds  # noqa: E402

BASIL_DEFAULT = ROOT.parent / "shared" / "bench" / "basil_dev"
_BLANK = re.compile(r"\n[ \t]*\n\s*")

Pair = tuple[str, int, str, int]  # (article name, unit, article name, unit), names ordered


def ordered(na: str, i: int, nb: str, j: int) -> Pair:
    return (na, i, nb, j) if (na, i) <= (nb, j) else (nb, j, na, i)


class Scorer:
    """Maps passages to the units the gold is written in, and counts pairs."""

    def __init__(self, gold_same: set[Pair], gold_related: set[Pair], units_of: Callable[[Article, int], list[int]]):
        self.same, self.related, self.units_of = gold_same, gold_related, units_of
        self.tp = self.n_pred = 0

    def pairs(self, passage_pairs: Iterable[tuple[Article, int, Article, int]]) -> set[Pair]:
        out = set()
        for a, i, b, j in passage_pairs:
            if a is b:
                continue
            for x in self.units_of(a, i):
                for y in self.units_of(b, j):
                    out.add(ordered(a.path.name, x, b.path.name, y))
        return out - self.related

    def add(self, predicted: set[Pair]) -> None:
        self.tp += len(predicted & self.same)
        self.n_pred += len(predicted)


def group_pairs(groups: list[list[int]], units: list[tuple[int, object]], articles: list[Article]):
    for g in groups:
        for x, y in combinations(g, 2):
            (ax, px), (ay, py) = units[x], units[y]
            yield articles[ax], px.index, articles[ay], py.index


def evaluate(corpora: list[list[Article]], gold_same: set[Pair], gold_related: set[Pair],
             units_of: Callable[[Article, int], list[int]], glossary: Glossary,
             link_min: float = index.LINK_MIN) -> dict[str, tuple[float, float, float]]:
    names = ("claims (average link)", "connected components", "strong links", "aligner links",
             "aligner links, components")
    scorers = {name: Scorer(gold_same, gold_related, units_of) for name in names}
    for articles in corpora:
        linked = link_passages(articles, glossary, link_min=link_min)
        links = linked.links
        claims = [g for g in average_link(linked.article_of, links, link_min)
                  if len({linked.units[m][0] for m in g}) > 1]
        scorers[names[0]].add(scorers[names[0]].pairs(group_pairs(claims, linked.units, articles)))
        components = connected_components(len(linked.units), links)
        scorers[names[1]].add(scorers[names[1]].pairs(group_pairs(components, linked.units, articles)))
        direct = [[i, j] for i, j in zip(links.rows.tolist(), links.cols.tolist())]
        scorers[names[2]].add(scorers[names[2]].pairs(group_pairs(direct, linked.units, articles)))
        aligned = []
        for a, b in combinations(articles, 2):
            aligned += [(a, link.a, b, link.b) for link in align(a, b, articles, glossary=glossary).links]
        scorers[names[3]].add(scorers[names[3]].pairs(aligned))
        # The aligner's links, chained into components over all article pairs of the corpus.
        position = {(id(a), p.index): n for n, (ai, p) in enumerate(linked.units) for a in (articles[ai],)}
        parent = list(range(len(linked.units)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, i, b, j in aligned:
            if (id(a), i) in position and (id(b), j) in position:
                parent[find(position[(id(a), i)])] = find(position[(id(b), j)])
        comps: dict[int, list[int]] = {}
        for n in range(len(parent)):
            comps.setdefault(find(n), []).append(n)
        scorers[names[4]].add(scorers[names[4]].pairs(
            group_pairs([g for g in comps.values() if len(g) > 1], linked.units, articles)))
    return {name: prf(s.tp, s.n_pred, len(gold_same)) for name, s in scorers.items()}


# ---- BASIL --------------------------------------------------------------------------------

def blocks_of(article: Article) -> Callable[[int], list[int]]:
    """Passage index -> the blank-line blocks (numbered from 1) it overlaps."""
    text = article.text
    spans, pos, n = [], 0, 0
    for m in [*_BLANK.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[pos:end].strip():
            n += 1
            spans.append((n, pos, end))
        pos = m.end() if m else len(text)
    return lambda i: [b for b, lo, hi in spans
                      if lo < article.passages[i].end and article.passages[i].start < hi]


def basil(folder: Path) -> tuple[list[list[Article]], set[Pair], set[Pair], Callable]:
    same, related = set(), set()
    for line in (folder / "gold.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, left, right = line.split()
        (fa, na), (fb, nb) = left.rsplit(":", 1), right.rsplit(":", 1)
        pair = ordered(f"{fa}.txt", int(na), f"{fb}.txt", int(nb))
        (same if label == "S" else related).add(pair)
    triplets: dict[str, list[Article]] = {}
    for path in sorted(folder.glob("*_*.txt")):
        triplets.setdefault(path.name.split("_")[0], []).append(load_article(path))
    maps = {id(a): blocks_of(a) for arts in triplets.values() for a in arts}
    return list(triplets.values()), same, related, lambda a, i: maps[id(a)](i)


# ---- seeds --------------------------------------------------------------------------------

def seeds(gold_path: Path) -> tuple[list[list[Article]], set[Pair], set[Pair], Callable]:
    corpus = load_seeds()
    same, related = set(), set()
    for (na, nb), labels in load_gold(gold_path, corpus).items():
        same |= {ordered(na, i, nb, j) for i, j in labels["same"]}
        related |= {ordered(na, i, nb, j) for i, j in labels["related"]}
    return [list(corpus)], same, related, lambda a, i: [i]


def report(title: str, data, glossary: Glossary, sweep: bool) -> None:
    corpora, same, related, units_of = data
    print(f"\n{title}: {len(corpora)} corpora, {sum(len(c) for c in corpora)} articles, "
          f"{len(same)} same pairs ({len(related)} related, ignored)")
    for name, (p, r, f) in evaluate(corpora, same, related, units_of, glossary).items():
        print(fmt(name, p, r, f))
    if sweep:
        print("  link floor sweep (claims / connected components / strong links, F1):")
        for floor in (0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3):
            res = evaluate(corpora, same, related, units_of, glossary, floor)
            print(f"    {floor:.2f}  " + "  ".join(f"{res[k][2]:.3f}" for k in list(res)[:3]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--basil", type=Path, default=BASIL_DEFAULT, help="BASIL dev folder (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=GOLD_DEFAULT, help="seed gold TOML (default: %(default)s)")
    parser.add_argument("--sweep", action="store_true", help="also sweep the link floor")
    args = parser.parse_args()
    print(f"map defaults: LINK_MIN {index.LINK_MIN}, TOP_K {index.TOP_K}, PIVOT_SLOPE {index.PIVOT_SLOPE}")
    if (args.basil / "gold.txt").is_file():
        report("BASIL dev", basil(args.basil), Glossary(), args.sweep)
    else:
        print(f"\nBASIL dev: {args.basil} not found, skipped")
    report("Seeds", seeds(args.gold), bundled_glossary(), args.sweep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
