"""Claim map quality: are two passages in one claim exactly when the gold says they tell one?

Run from the repository root:

    python benchmarks/claims_quality.py            # figures for BENCHMARKS.md
    python benchmarks/claims_quality.py --sweep    # also the grouping's cut and the link floor swept
    python benchmarks/claims_quality.py --variants # also where the claims' pairs come from, and
                                                   # reweighted links and another grouping, left out

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
benchmarks/data/seeds_gold.toml. ECB+ topics (../shared/bench/ecbplus_dev.jsonl; skipped when
absent): every document of one ECB+ topic is one corpus (6-10 articles, where words common to
the whole story are told apart from a claim's), a sentence a passage, no glossary; its gold is
each document pair's sentences that mention one event, so only the pairs of articles the file
pairs are scored (a pair of passages from two articles it never pairs is neither right nor
wrong), and within them only the sentences whose annotation is complete.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecb import ECB_DEFAULT  # noqa: E402
from quality import (BASIL_DEFAULT, SEED_GLOSSARY, Dataset, _line_units, basil_set, seeds_set,  # noqa: E402
                     unit_map)
from quality import Pair as ArticlePair  # noqa: E402

from reader.align import Glossary, align, load_glossary  # noqa: E402
from reader.claims import index  # noqa: E402
from reader.claims import builder  # noqa: E402
from reader.claims.builder import link_passages  # noqa: E402
from reader.claims.cluster import (CUT, FRAIL_LINK, REHOME_TOTAL, _moves, average_link, connected_components,  # noqa: E402
                                   correlation_clusters, rehomed)
from reader.claims.index import Links  # noqa: E402
from reader.claims.related import RELATED_MIN, related_links  # noqa: E402
from reader.corpus import Article, load_article  # noqa: E402

Pair = tuple[str, int, str, int]  # (article name, gold unit, article name, gold unit), names ordered


def ordered(na: str, i: int, nb: str, j: int) -> Pair:
    return (na, i, nb, j) if (na, i) <= (nb, j) else (nb, j, na, i)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Corpora:
    """A quality.py data set seen as corpora: articles joined by gold pairs are one corpus (a
    BASIL triplet, the five seeds), or those `story` names alike (an ECB+ topic), with the
    gold as unordered pairs of gold units; `scored`, the pairs of articles the gold pairs."""

    def __init__(self, ds: Dataset, story=None):
        self.same: set[Pair] = set()
        self.related: set[Pair] = set()
        self.scored: set[tuple[str, str]] = set()
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
            self.scored.add((min(na, nb), max(na, nb)))
            self.same |= {ordered(na, i, nb, j) for i, j in pair.same}
            self.related |= {ordered(na, i, nb, j) for i, j in pair.related}
            self.maps[id(pair.a)], self.maps[id(pair.b)] = pair.map_a, pair.map_b
            for art in (pair.a, pair.b):
                members.setdefault(id(art), [art])
            parent[find(id(pair.a))] = find(id(pair.b))
            self.glossary[id(pair.a)] = self.glossary[id(pair.b)] = pair.glossary
        groups: dict[int, list[Article]] = {}
        for key, (art,) in members.items():
            groups.setdefault(find(key) if story is None else story(art), []).append(art)
        self.corpora = [sorted(arts, key=lambda a: a.path.name) for arts in groups.values()]

    def units_of(self, article: Article, passage: int) -> list[int]:
        return self.maps[id(article)][passage]


def ecb_topics(path: Path, folder: Path) -> Corpora:
    """Every document of the ECB+ dev file once, written to `folder` one sentence a line (each
    a passage and a gold unit, as quality.py's ecb-sent), every document of one topic one
    corpus; the gold, each pair of the file's sentences that mention one event. Only the
    sentences whose annotation is complete (the file's "validated") are scored: outside them
    a pair that mentions one event is often not marked, and a claim holding it would count
    as wrong (quality.py reports ECB+ on them apart for the same reason)."""
    docs: dict[str, tuple[Article, list[str], list[list[int]]]] = {}
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        sides = []
        for side in (row["doc_a"], row["doc_b"]):
            if side["id"] not in docs:
                sentences = [s.replace("\n", " ") for s in side["sentences"]]
                file = folder / f"{side['id']}.txt"
                file.write_text("\n".join(sentences) + "\n", encoding="utf-8")
                article = load_article(file)
                scored = set(side["validated"])
                docs[side["id"]] = (article, sentences, [[u for u in units if u in scored]
                                                         for units in unit_map(article, *_line_units(article.text))])
            sides.append(docs[side["id"]])
        (a, units_a, map_a), (b, units_b, map_b) = sides
        scored_a, scored_b = set(row["doc_a"]["validated"]), set(row["doc_b"]["validated"])
        same = {(i, j) for i, j in row["gold"] if i in scored_a and j in scored_b}
        pairs.append(ArticlePair(a, b, units_a, units_b, map_a, map_b, same, set(), [a, b], Glossary()))
    # A document's id is its topic, an underscore, its number: "1_14ecb".
    return Corpora(Dataset("ecb-topics", pairs, related_hits=False), story=lambda a: a.path.stem.split("_")[0])


class Scorer:
    """Maps passages to the gold's units and counts predicted pairs against the gold."""

    def __init__(self, gold: Corpora):
        self.gold = gold
        self.tp = self.n_pred = 0

    def add(self, passage_pairs: Iterable[tuple[Article, int, Article, int]]) -> None:
        predicted = set()
        for a, i, b, j in passage_pairs:
            if a is not b and tuple(sorted((a.path.name, b.path.name))) in self.gold.scored:
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
            if tuple(sorted((a.path.name, b.path.name))) not in gold.scored:
                continue  # not scored: no need to align them
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


RELATED_BANDS = (0.08, 0.10, 0.12, 0.15, 0.20, 0.30)


def related_figures(gold: Corpora) -> tuple[list[list[int]], int]:
    """The related passages the map would show at any floor: for every claim and every article
    not telling it, the strongest link from one of the article's passages to the claim's
    (down to the index's floor). Per weight band (RELATED_BANDS): [links, links whose passage
    the gold pairs ("same" or "related") with one of the claim's passages, links whose two
    passages the gold pairs]. Also how many (claim, article not telling it) the gold says the
    article touches on (one of its passages paired with one of the claim's): the wrong ◌ a
    map without related passages shows."""
    bands = [[0, 0, 0] for _ in RELATED_BANDS]
    touching = 0
    paired = gold.same | gold.related

    def pairs(a: Article, i: int, b: Article, j: int) -> bool:
        return any(ordered(a.path.name, x, b.path.name, y) in paired
                   for x in gold.units_of(a, i) for y in gold.units_of(b, j))

    for articles in gold.corpora:
        linked = link_passages(articles, gold.glossary[id(articles[0])])
        groups = correlation_clusters(linked.article_of, linked.links)
        best = related_links(groups, linked.article_of, linked.links, floor=index.LINK_MIN)
        units = linked.units
        for g, members in enumerate(groups):
            told = {units[m][0] for m in members}
            for a in range(len(articles)):
                if a in told:
                    continue
                touching += any(pairs(articles[a], p.index, articles[units[m][0]], units[m][1].index)
                                for p in articles[a].passages if p.is_body for m in members)
                if a not in best[g]:
                    continue
                w, outside, inside = best[g][a]
                band = sum(w >= edge for edge in RELATED_BANDS) - 1
                row = bands[band]
                row[0] += 1
                row[1] += any(pairs(articles[a], units[outside][1].index, articles[units[m][0]], units[m][1].index)
                              for m in members)
                row[2] += pairs(articles[a], units[outside][1].index, articles[units[inside][0]],
                                units[inside][1].index)
    return bands, touching


def report_related(gold: Corpora) -> None:
    bands, touching = related_figures(gold)
    print(f"  related passages (a claim's strongest link into an article not telling it; {touching} such "
          f"articles touch on the claim by the gold; floor {RELATED_MIN}):")
    print("    weight band   links  right (claim)  right (link)  | from the band's floor up: links, right, found")
    for n, edge in enumerate(RELATED_BANDS):
        top = f"{RELATED_BANDS[n + 1]:.2f}" if n + 1 < len(RELATED_BANDS) else "  … "
        links, right, right_link = bands[n]
        up = [sum(col) for col in zip(*bands[n:])]
        share = f"{right / links:.2f}" if links else "  – "
        share_link = f"{right_link / links:.2f}" if links else "  – "
        up_share = f"{up[1] / up[0]:.2f}" if up[0] else "  – "
        print(f"    {edge:.2f}-{top}  {links:6d}  {right:5d} {share}    {right_link:5d} {share_link}   "
              f"|  {up[0]:5d}  {up_share}  {up[1] / touching if touching else 0:.2f}")


CEILING_CUT = 0.3  # of 0.3, 0.5, 0.7 and 0.9, the best F1 on both golds (BASIL 0.87, seeds 0.85)


def ceiling(gold: Corpora) -> dict[str, tuple[float, float, float]]:
    """What a partition can reach at best against this gold, whose same-claim pairs are not
    transitive (A~B and B~C, yet A and C not labelled the same): the gold's own links chained
    into components, and grouped by the claims' own method with every gold pair weighing 1
    (a pair in one group gains 1 - CEILING_CUT when labelled same, loses CEILING_CUT when
    not)."""
    nodes = sorted({(a, i) for a, i, _, _ in gold.same} | {(b, j) for _, _, b, j in gold.same})
    number = {node: n for n, node in enumerate(nodes)}
    names = sorted({name for name, _ in nodes})
    article_of = np.array([names.index(name) for name, _ in nodes], dtype=np.int64)
    edges = sorted((min(number[(a, i)], number[(b, j)]), max(number[(a, i)], number[(b, j)]))
                   for a, i, b, j in gold.same)
    links = Links(np.array([x for x, _ in edges], dtype=np.int64), np.array([y for _, y in edges], dtype=np.int64),
                  np.ones(len(edges)))
    out = {}
    for name, groups in (("gold pairs, chained", connected_components(len(nodes), links)),
                         ("gold pairs, grouped", correlation_clusters(article_of, links, CEILING_CUT))):
        predicted = {ordered(*nodes[x], *nodes[y]) for g in groups for x, y in combinations(g, 2)
                     if nodes[x][0] != nodes[y][0]} - gold.related
        out[name] = prf(len(predicted & gold.same), len(predicted), len(gold.same))
    return out


def _link_ends(article_of: np.ndarray, links: Links) -> tuple[np.ndarray, np.ndarray]:
    """Each link's weight over the best link of its first and of its second passage into the
    other passage's article (1 where the link is that passage's best there)."""
    r, c, w = links.rows, links.cols, links.weights
    n_articles = int(article_of.max()) + 1
    best: dict[int, float] = {}
    for key, x in zip((r * n_articles + article_of[c]).tolist() + (c * n_articles + article_of[r]).tolist(),
                      w.tolist() * 2):
        best[key] = max(best.get(key, 0.0), x)
    of = np.vectorize(best.__getitem__, otypes=[float])
    return w / of(r * n_articles + article_of[c]), w / of(c * n_articles + article_of[r])


def _reweighted(links: Links, weights: np.ndarray) -> Links:
    return Links(links.rows, links.cols, weights)


def mutual_bonus(article_of: np.ndarray, links: Links, bonus: float = 0.05) -> Links:
    """A link that is the best of both its passages in the other's article gains `bonus`."""
    left, right = _link_ends(article_of, links)
    return _reweighted(links, links.weights + bonus * ((left == 1) & (right == 1)))


def relative(article_of: np.ndarray, links: Links) -> Links:
    """A link's weight times its mean share of its two passages' best links in that pair of
    articles (1 when it is the best of both)."""
    left, right = _link_ends(article_of, links)
    return _reweighted(links, links.weights * (left + right) / 2)


def pair_normalised(article_of: np.ndarray, links: Links, shrink: float = 5, deflate_only: bool = False) -> Links:
    """Every link of a pair of articles times the corpus's mean link weight over that pair's
    (the pair's mean shrunk towards the corpus's by `shrink` links of the corpus's mean), so a
    pair of articles that share much vocabulary does not clear the cut more easily."""
    r, c, w = links.rows, links.cols, links.weights
    if not len(w):
        return links
    lo, hi = np.minimum(article_of[r], article_of[c]), np.maximum(article_of[r], article_of[c])
    pair = lo * (int(article_of.max()) + 1) + hi
    overall = float(w.mean())
    _, inverse, counts = np.unique(pair, return_inverse=True, return_counts=True)
    mean = (np.bincount(inverse, weights=w) + shrink * overall) / (counts + shrink)
    factor = overall / mean
    return _reweighted(links, w * (np.minimum(factor, 1.0) if deflate_only else factor)[inverse])


def seeded(article_of: np.ndarray, links: Links, grow: float, seed: float = 0.2) -> list[list[int]]:
    """Claims seeded from the links that are the best of both their passages (from `seed`
    up), strongest first, grown by passages linked at `grow` or more to every member of another
    article (the best mean first), until none is; then the claims' own moves from there."""
    left, right = _link_ends(article_of, links)
    weight = {}
    adjacency: list[dict[int, float]] = [{} for _ in range(len(article_of))]
    for i, j, w in zip(links.rows.tolist(), links.cols.tolist(), links.weights.tolist()):
        weight[i, j] = weight[j, i] = adjacency[i][j] = adjacency[j][i] = w
    owner: dict[int, int] = {}
    groups: list[list[int]] = []
    for k in np.argsort(-links.weights, kind="stable").tolist():
        i, j, w = int(links.rows[k]), int(links.cols[k]), float(links.weights[k])
        if w >= seed and left[k] == 1 and right[k] == 1 and i not in owner and j not in owner:
            owner[i] = owner[j] = len(groups)
            groups.append([i, j])
    grown = True
    while grown:
        grown = False
        for p in range(len(article_of)):
            if p in owner:
                continue
            options = []
            for g, members in enumerate(groups):
                ws = [weight.get((p, m), 0.0) for m in members if article_of[m] != article_of[p]]
                if ws and min(ws) >= grow:
                    options.append((sum(ws) / len(ws), -g))
            if options:
                g = -max(options)[1]
                groups[g].append(p)
                owner[p], grown = g, True
    linked = [i for i, nbrs in enumerate(adjacency) if nbrs]
    return _moves(article_of, adjacency, linked, [sorted(g) for g in groups], CUT, linked)


def absorbed(article_of: np.ndarray, links: Links, floor: float) -> list[list[int]]:
    """The claims as shipped, then every passage in none whose strongest link (from `floor`
    up) reaches into a claim joins it, unless its article tells that claim already."""
    groups = correlation_clusters(article_of, links)
    owner = {m: g for g, members in enumerate(groups) for m in members}
    best: dict[int, tuple[float, int]] = {}
    for i, j, w in zip(links.rows.tolist(), links.cols.tolist(), links.weights.tolist()):
        for m, other in ((i, j), (j, i)):
            if m not in best or (w, -other) > (best[m][0], -best[m][1]):
                best[m] = (w, other)
    joining = [(owner[other], m) for m, (w, other) in sorted(best.items())
               if m not in owner and w >= floor and other in owner
               and all(article_of[x] != article_of[m] for x in groups[owner[other]])]
    for g, m in joining:
        groups[g].append(m)
    return [sorted(g) for g in groups]


VARIANT_CUTS = (0.13, 0.14, 0.145, 0.15, 0.155, 0.16, 0.17)
VARIANTS = {
    "claims as shipped": lambda art, links, cut: correlation_clusters(art, links, cut),
    "no frail pair rehomed": lambda art, links, cut: correlation_clusters(art, links, cut, frail=0),
    "mutual best +0.05": lambda art, links, cut: correlation_clusters(art, mutual_bonus(art, links), cut),
    "x mean share of the best": lambda art, links, cut: correlation_clusters(art, relative(art, links), cut),
    "per article pair, shrink 5": lambda art, links, cut: correlation_clusters(art, pair_normalised(art, links), cut),
    "per article pair, shrink 20": lambda art, links, cut: correlation_clusters(art, pair_normalised(art, links, 20), cut),
    "per article pair, deflate only": lambda art, links, cut: correlation_clusters(
        art, pair_normalised(art, links, 20, deflate_only=True), cut),
    "seeded, grown from x": lambda art, links, cut: seeded(art, links, cut),
    "lone passages absorbed from x": absorbed,
}
LINK_BANDS = ("no link", "weak", "strong")
STATES = ("together", "apart", "one alone", "both alone")


def variant_figures(gold: Corpora) -> tuple[dict[str, list[float]], list[tuple[float, float, float, float]],
                                           dict[tuple[str, str], int]]:
    """Per variant, the claims' F1 at each of VARIANT_CUTS (for the seeded grouping x is the
    growing floor, its moves at CUT); the index's links themselves taken pairwise from a
    threshold up (threshold, P, R, F1); and the gold's same-claim passage pairs counted by
    their link (none, below the cut, from it) and by where the claims put them."""
    scorers = {name: [Scorer(gold) for _ in VARIANT_CUTS] for name in VARIANTS}
    thresholds = (0.15, 0.17, 0.19, 0.21, 0.23)
    direct = [Scorer(gold) for _ in thresholds]
    states: dict[tuple[str, str], int] = {}
    for articles in gold.corpora:
        linked = link_passages(articles, gold.glossary[id(articles[0])])
        for name, grouping in VARIANTS.items():
            for scorer, cut in zip(scorers[name], VARIANT_CUTS):
                scorer.add(group_pairs(grouping(linked.article_of, linked.links, cut), linked.units, articles))
        for scorer, t in zip(direct, thresholds):
            scorer.add(group_pairs([[i, j] for i, j, w in zip(linked.links.rows.tolist(), linked.links.cols.tolist(),
                                                             linked.links.weights.tolist()) if w >= t],
                                   linked.units, articles))
        weight = dict(zip(zip(linked.links.rows.tolist(), linked.links.cols.tolist()), linked.links.weights.tolist()))
        group_of = {m: g for g, members in enumerate(correlation_clusters(linked.article_of, linked.links))
                    for m in members}
        for x, y in combinations(range(len(linked.units)), 2):
            (ax, px), (ay, py) = linked.units[x], linked.units[y]
            if ax == ay or not any(ordered(articles[ax].path.name, u, articles[ay].path.name, v) in gold.same
                                   for u in gold.units_of(articles[ax], px.index)
                                   for v in gold.units_of(articles[ay], py.index)):
                continue
            w = weight.get((x, y), 0.0)
            band = LINK_BANDS[0 if not w else 1 if w < CUT else 2]
            gx, gy = group_of.get(x), group_of.get(y)
            state = STATES[3 if gx is None and gy is None else 2 if gx is None or gy is None else 0 if gx == gy else 1]
            states[band, state] = states.get((band, state), 0) + 1
    return ({name: [s.result()[2] for s in row] for name, row in scorers.items()},
            [(t, *s.result()) for t, s in zip(thresholds, direct)], states)


# Words common to the whole story: a key in at least STORY_SHARE of a corpus's articles weighs
# its weight times each factor (the idf over passages already weighs a word by how many
# passages use it; this weighs it by how many articles do), the claims at each STORY_CUTS:
# lower weights put fewer links above the shipped cut.
STORY_SHARES = (0.5, 1.0)
STORY_FACTORS = (0.8, 0.6)
STORY_CUTS = (0.10, 0.12, 0.14, 0.15)


def story_weighted(articles: list[Article], share: float, factor: float):
    """The map's key weights (reader.claims.keys.weigh) with the story's words weighed down,
    for link_passages (a context manager: the shipped weights come back on leaving)."""
    from contextlib import contextmanager

    teller = {id(p): n for n, a in enumerate(articles) for p in a.passages}
    plain = builder.weigh

    def weighed(keys, passages):
        weights = plain(keys, passages)
        told: dict[str, set[int]] = {}
        for row, p in zip(weights, passages):
            for k in row:
                told.setdefault(k, set()).add(teller[id(p)])
        story = {k for k, arts in told.items() if len(arts) >= share * len(articles)}
        return [{k: w * factor if k in story else w for k, w in row.items()} for row in weights]

    @contextmanager
    def patched():
        builder.weigh = weighed
        try:
            yield
        finally:
            builder.weigh = plain

    return patched()


def story_figures(gold: Corpora) -> dict[tuple[float, float], list[float]]:
    """Claims F1 with the story's words weighed down, per (share, factor), at each STORY_CUTS;
    (1.0, 1.0) is the shipped weights."""
    scorers = {(s, f): [Scorer(gold) for _ in STORY_CUTS] for s, f in [(1.0, 1.0)] + [(s, f) for s in STORY_SHARES
                                                                                    for f in STORY_FACTORS]}
    for articles in gold.corpora:
        for (share, factor), row in scorers.items():
            with story_weighted(articles, share, factor):
                linked = link_passages(articles, gold.glossary[id(articles[0])])
            for scorer, cut in zip(row, STORY_CUTS):
                scorer.add(group_pairs(correlation_clusters(linked.article_of, linked.links, cut), linked.units,
                                       articles))
    return {key: [s.result()[2] for s in row] for key, row in scorers.items()}


# Pairs on one frail link rehomed (reader.claims.cluster.rehomed): the claims' F1 at CUT for
# each frail link (0: none rehomed) and least total reaching the claim a passage joins.
FRAILS = (0.0, 0.155, 0.16, 0.17, 0.18, 0.19, 0.2, 0.22, 0.25)
REHOME_TOTALS = (0.35, 0.4, 0.43, 0.45, 0.47, 0.5)


def rehoming_figures(gold: Corpora) -> dict[float, list[float]]:
    scorers = {frail: [Scorer(gold) for _ in REHOME_TOTALS] for frail in FRAILS}
    for articles in gold.corpora:
        linked = link_passages(articles, gold.glossary[id(articles[0])])
        searched = correlation_clusters(linked.article_of, linked.links, frail=0)
        adjacency: list[dict[int, float]] = [{} for _ in range(len(linked.article_of))]
        for i, j, w in zip(linked.links.rows.tolist(), linked.links.cols.tolist(), linked.links.weights.tolist()):
            adjacency[i][j] = adjacency[j][i] = w
        for frail, row in scorers.items():
            for scorer, total in zip(row, REHOME_TOTALS):
                groups = rehomed(linked.article_of, adjacency, searched, frail, total)
                scorer.add(group_pairs(groups, linked.units, articles))
    return {frail: [s.result()[2] for s in row] for frail, row in scorers.items()}


def report_variants(gold: Corpora) -> None:
    print(f"  pairs on one frail link rehomed (shipped: {FRAIL_LINK}, total {REHOME_TOTAL}), claims F1 at total "
          + " ".join(f"{t:.2f}" for t in REHOME_TOTALS) + ":")
    for frail, row in rehoming_figures(gold).items():
        print(f"    frail below {frail:.3f}  " + "  ".join(f"{f:.3f}" for f in row))
    figures, direct, states = variant_figures(gold)
    print("  the index's links themselves, taken pairwise from a threshold up:")
    for t, p, r, f in direct:
        print(f"    from {t:.2f}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  the gold's same-claim passage pairs by their link and where the claims put them (cut {CUT}):")
    for band in LINK_BANDS:
        print(f"    {band:<8} " + "  ".join(f"{state} {states.get((band, state), 0):3d}" for state in STATES))
    print("  reweighted links and another grouping, claims F1 at cut " + " ".join(f"{c:.3f}" for c in VARIANT_CUTS) + ":")
    for name, row in figures.items():
        print(f"    {name:<31} " + "  ".join(f"{f:.3f}" for f in row))
    print("  words common to the whole story weighed down, claims F1 at cut " + " ".join(f"{c:.2f}" for c in STORY_CUTS)
          + ":")
    for (share, factor), row in story_figures(gold).items():
        where = "in every article" if share == 1 else f"in {share:.0%} of the articles or more"
        if factor == 1:
            where, factor = "as shipped", ""
        print(f"    {where + (f', x{factor}' if factor else ''):<40} " + "  ".join(f"{f:.3f}" for f in row))


def cross_topic(n: int = 100, ecb: Path = ECB_DEFAULT) -> None:
    """At scale, with no gold: the share of the claims' pairs whose two articles come from
    different ECB+ topics (claims_speed.py's corpus), each certainly wrong, for the claims as
    shipped and for the per-article-pair weights (each at its cut picked on the golds)."""
    import tempfile

    from claims_speed import documents, write_corpus

    from reader.corpus import load_article

    topics = [topic for topic, _ in documents(ecb)]
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), n, ecb)
        articles = [load_article(path) for path in sorted(Path(folder).glob("*.txt"))]
        linked = link_passages(articles, Glossary())
    print(f"\nECB+ {n} articles (claims_speed.py's), claims' pairs across two topics (certainly wrong):")
    for name, cut in (("claims as shipped", CUT), ("per article pair, shrink 5", 0.145),
                      ("per article pair, shrink 20", CUT), ("per article pair, deflate only", CUT)):
        cross = pairs = 0
        for g in VARIANTS[name](linked.article_of, linked.links, cut):
            for x, y in combinations(g, 2):
                ax, ay = int(linked.article_of[x]), int(linked.article_of[y])
                if ax != ay:
                    pairs += 1
                    cross += topics[ax % len(topics)] != topics[ay % len(topics)]
        print(f"  {name:<31} cut {cut:.3f}  {pairs:6d} pairs, {cross:4d} across topics ({cross / max(1, pairs):.3f})")


def report(title: str, gold: Corpora, sweep: bool, variants: bool = False) -> None:
    print(f"\n{title}: {len(gold.corpora)} corpora, {sum(len(c) for c in gold.corpora)} articles, "
          f"{len(gold.same)} same pairs ({len(gold.related)} related, ignored)")
    for name, (p, r, f) in evaluate(gold).items():
        print(f"  {name:<31} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print("  partitions of the gold itself (what claims could reach at best):")
    for name, (p, r, f) in ceiling(gold).items():
        print(f"  {name:<31} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if gold.related:  # (ECB+ labels no related pairs: nothing to judge a related passage by)
        report_related(gold)
    if sweep:
        print(f"  cut sweep, link floor {index.LINK_MIN} (claims / average link / components / strong links, F1):")
        for cut in (0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.2):
            res = evaluate(gold, cut=cut)
            print(f"    {cut:.2f}  " + "  ".join(f"{res[k][2]:.3f}" for k in NAMES[:4]))
        print(f"  link floor sweep, cut {CUT} (claims, F1):")
        for floor in (0.03, 0.05, 0.08, 0.1, 0.12, 0.15):
            print(f"    {floor:.2f}  {evaluate(gold, link_min=floor)[NAMES[0]][2]:.3f}")
    if variants:
        report_variants(gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--basil", type=Path, default=BASIL_DEFAULT, help="BASIL dev folder (default: %(default)s)")
    parser.add_argument("--sweep", action="store_true", help="also sweep the grouping's cut and the link floor")
    parser.add_argument("--variants", action="store_true",
                        help="also the links pairwise, the gold pairs by link and claim, and variants left out")
    parser.add_argument("--ecb", type=Path, default=ECB_DEFAULT, help="ECB+ dev file (default: %(default)s)")
    args = parser.parse_args()
    print(f"map defaults: LINK_MIN {index.LINK_MIN}, CUT {CUT}, TOP_K {index.TOP_K}, PIVOT_SLOPE {index.PIVOT_SLOPE}")
    if (args.basil / "gold.txt").is_file():
        report("BASIL dev", Corpora(basil_set(args.basil)), args.sweep, args.variants)
    else:
        print(f"\nBASIL dev: {args.basil} not found, skipped")
    report("Seeds", Corpora(seeds_set(load_glossary(SEED_GLOSSARY), "seeds")), args.sweep, args.variants)
    if args.ecb.is_file():
        with tempfile.TemporaryDirectory() as folder:
            report("ECB+ topics", ecb_topics(args.ecb, Path(folder)), args.sweep, args.variants)
    else:
        print(f"\nECB+ topics: {args.ecb} not found, skipped")
    if args.variants and ECB_DEFAULT.is_file():
        for n in (100, 200):
            cross_topic(n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
