"""Claim map quality: are two passages in one claim exactly when the gold says they tell one?

Run from the repository root:

    python benchmarks/claims_quality.py            # figures for BENCHMARKS.md
    python benchmarks/claims_quality.py --sweep    # also the grouping's cut and the link floor swept

Scored pairwise: every cross-article pair of passages inside one claim is a predicted "same
claim" pair, against the gold "same" pairs (BASIL: S; seeds: "same"), "related" pairs ignored.
Beside the claims (correlation clustering of every link the map's index makes), in the same
run and from the same links:
- average-link agglomeration of the strong links alone (those reaching the cut): the map's
  earlier grouping;
- the strong links themselves, pairwise;
- connected components of the strong links (single link: the naive clustering);
- the two-pane aligner's own links, aligning every pair of articles in turn (reader.align):
  all of them, the strong tier alone, and the strong tier chained into components.
The data sets are quality.py's. BASIL dev (../shared/bench/basil_dev, research use only, read
in place; skipped when absent): each triplet is a three-article corpus, paragraphs are its
blank-line blocks and a passage counts for every block it overlaps; no glossary. Seeds: the
five bundled articles as one corpus, with their glossary, against
benchmarks/data/seeds_gold.toml.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality import BASIL_DEFAULT, SEED_GLOSSARY, Dataset, basil_set, seeds_set  # noqa: E402

from reader.align import Glossary, align, load_glossary  # noqa: E402
from reader.claims import index  # noqa: E402
from reader.claims.builder import link_passages  # noqa: E402
from reader.claims.cluster import CUT, average_link, connected_components, correlation_clusters  # noqa: E402
from reader.claims.index import Links  # noqa: E402
from reader.corpus import Article  # noqa: E402

Pair = tuple[str, int, str, int]  # (article name, gold unit, article name, gold unit), names ordered


def ordered(na: str, i: int, nb: str, j: int) -> Pair:
    return (na, i, nb, j) if (na, i) <= (nb, j) else (nb, j, na, i)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Corpora:
    """A quality.py data set seen as corpora: articles joined by gold pairs are one corpus (a
    BASIL triplet, the five seeds), with the gold as unordered pairs of gold units."""

    def __init__(self, ds: Dataset):
        self.same: set[Pair] = set()
        self.related: set[Pair] = set()
        self.maps: dict[int, list[list[int]]] = {}
        members: dict[int, list[Article]] = {}
        parent: dict[int, int] = {}

        def find(x: int) -> int:
            while parent.setdefault(x, x) != x:
                x = parent[x]
            return x

        self.glossary: dict[int, Glossary] = {}
        for pair in ds.pairs:
            na, nb = pair.a.path.name, pair.b.path.name
            self.same |= {ordered(na, i, nb, j) for i, j in pair.same}
            self.related |= {ordered(na, i, nb, j) for i, j in pair.related}
            self.maps[id(pair.a)], self.maps[id(pair.b)] = pair.map_a, pair.map_b
            for art in (pair.a, pair.b):
                members.setdefault(id(art), [art])
            parent[find(id(pair.a))] = find(id(pair.b))
            self.glossary[id(pair.a)] = self.glossary[id(pair.b)] = pair.glossary
        groups: dict[int, list[Article]] = {}
        for key, (art,) in members.items():
            groups.setdefault(find(key), []).append(art)
        self.corpora = [sorted(arts, key=lambda a: a.path.name) for arts in groups.values()]

    def units_of(self, article: Article, passage: int) -> list[int]:
        return self.maps[id(article)][passage]


class Scorer:
    """Maps passages to the gold's units and counts predicted pairs against the gold."""

    def __init__(self, gold: Corpora):
        self.gold = gold
        self.tp = self.n_pred = 0

    def add(self, passage_pairs: Iterable[tuple[Article, int, Article, int]]) -> None:
        predicted = set()
        for a, i, b, j in passage_pairs:
            if a is not b:
                for x in self.gold.units_of(a, i):
                    for y in self.gold.units_of(b, j):
                        predicted.add(ordered(a.path.name, x, b.path.name, y))
        predicted -= self.gold.related
        self.tp += len(predicted & self.gold.same)
        self.n_pred += len(predicted)

    def result(self) -> tuple[float, float, float]:
        return prf(self.tp, self.n_pred, len(self.gold.same))


def group_pairs(groups: list[list[int]], units: list[tuple[int, object]], articles: list[Article]):
    for g in groups:
        for x, y in combinations(g, 2):
            (ax, px), (ay, py) = units[x], units[y]
            yield articles[ax], px.index, articles[ay], py.index


NAMES = ("claims (correlation clustering)", "average link, strong links", "connected components",
         "strong links", "aligner links, all", "aligner links, strong tier", "aligner links, components")


def evaluate(gold: Corpora, link_min: float = index.LINK_MIN, cut: float = CUT) -> dict[str, tuple[float, float, float]]:
    scorers = {name: Scorer(gold) for name in NAMES}
    for articles in gold.corpora:
        glossary = gold.glossary[id(articles[0])]
        linked = link_passages(articles, glossary, link_min=link_min)
        claims = correlation_clusters(linked.article_of, linked.links, cut)
        scorers[NAMES[0]].add(group_pairs(claims, linked.units, articles))
        # The strong links: those reaching the cut (what the index keeps with its floor there).
        strong_only = linked.links.weights >= cut
        links = Links(linked.links.rows[strong_only], linked.links.cols[strong_only], linked.links.weights[strong_only])
        scorers[NAMES[1]].add(group_pairs(average_link(linked.article_of, links, cut), linked.units, articles))
        components = connected_components(len(linked.units), links)
        scorers[NAMES[2]].add(group_pairs(components, linked.units, articles))
        direct = [[i, j] for i, j in zip(links.rows.tolist(), links.cols.tolist())]
        scorers[NAMES[3]].add(group_pairs(direct, linked.units, articles))
        aligned, strong = [], []
        for a, b in combinations(articles, 2):
            for link in align(a, b, articles, glossary=glossary).links:
                aligned.append((a, link.a, b, link.b))
                if link.tier == "strong":
                    strong.append((a, link.a, b, link.b))
        scorers[NAMES[4]].add(aligned)
        scorers[NAMES[5]].add(strong)
        scorers[NAMES[6]].add(_chained(strong, linked.units, articles))
    return {name: s.result() for name, s in scorers.items()}


def _chained(links: list[tuple[Article, int, Article, int]], units, articles: list[Article]):
    """The aligner's strong links chained into components over all article pairs of a corpus."""
    position = {(id(articles[a]), p.index): n for n, (a, p) in enumerate(units)}
    parent = list(range(len(units)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, i, b, j in links:
        if (id(a), i) in position and (id(b), j) in position:
            parent[find(position[(id(a), i)])] = find(position[(id(b), j)])
    groups: dict[int, list[int]] = {}
    for n in range(len(parent)):
        groups.setdefault(find(n), []).append(n)
    return group_pairs([g for g in groups.values() if len(g) > 1], units, articles)


def report(title: str, gold: Corpora, sweep: bool) -> None:
    print(f"\n{title}: {len(gold.corpora)} corpora, {sum(len(c) for c in gold.corpora)} articles, "
          f"{len(gold.same)} same pairs ({len(gold.related)} related, ignored)")
    for name, (p, r, f) in evaluate(gold).items():
        print(f"  {name:<31} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if sweep:
        print(f"  cut sweep, link floor {index.LINK_MIN} (claims / average link / components / strong links, F1):")
        for cut in (0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.2):
            res = evaluate(gold, cut=cut)
            print(f"    {cut:.2f}  " + "  ".join(f"{res[k][2]:.3f}" for k in NAMES[:4]))
        print(f"  link floor sweep, cut {CUT} (claims, F1):")
        for floor in (0.03, 0.05, 0.08, 0.1, 0.12, 0.15):
            print(f"    {floor:.2f}  {evaluate(gold, link_min=floor)[NAMES[0]][2]:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--basil", type=Path, default=BASIL_DEFAULT, help="BASIL dev folder (default: %(default)s)")
    parser.add_argument("--sweep", action="store_true", help="also sweep the grouping's cut and the link floor")
    args = parser.parse_args()
    print(f"map defaults: LINK_MIN {index.LINK_MIN}, CUT {CUT}, TOP_K {index.TOP_K}, PIVOT_SLOPE {index.PIVOT_SLOPE}")
    if (args.basil / "gold.txt").is_file():
        report("BASIL dev", Corpora(basil_set(args.basil)), args.sweep)
    else:
        print(f"\nBASIL dev: {args.basil} not found, skipped")
    report("Seeds", Corpora(seeds_set(load_glossary(SEED_GLOSSARY), "seeds")), args.sweep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
