"""Alignment quality on every dev set in one run, each with the naive baselines beside it.

Run from the repository root:

    python benchmarks/quality.py                 # the table for BENCHMARKS.md
    python benchmarks/quality.py --sweep         # also F1 per set across thresholds
    python benchmarks/quality.py --pick          # one row: the best mean-F1 threshold, each set there
    python benchmarks/quality.py --no-basil      # without ../shared/bench/basil_dev

Sets (all at paragraph granularity, every cross pair of units a candidate):
- basil: ../shared/bench/basil_dev, 18 article pairs (three outlets on one event), gold units
  are the blank-line blocks; hit@1 counts an S or R partner as a hit (its README's rule).
- seeds: the bundled articles against benchmarks/data/seeds_gold.toml (double-annotated), with
  the seed glossary and with none; hit@1 counts a "same" partner only.
- ecb-sent: ECB+ dev document pairs, one sentence per unit (event gold).
- ecb-para: the same documents cut into paragraphs of 2-4 sentences (fixed seed).
- opposing, held-out: benchmarks/data/opposing/, three stories the seeds do not tell (the Lachin
  road in 2022-23, the exodus of September 2023, the 2025 Washington route), each told by an
  Armenian and an Azerbaijani outlet naming things its own way, against
  benchmarks/data/opposing_gold.toml (two annotation passes, as the seeds'); each pair of
  articles aligned alone, as `counterpoint align A B` aligns two files; with no glossary and
  with the seed glossary. Printed under the table, outside the mean and the threshold's choice:
  nothing was tuned on it.

For each set: plain TF-IDF cosine and BM25 (written here: lower-cased words, idf over the set's
units) ranking every pair, the engine's ranking (no threshold), and the engine at its shipped
threshold: hit@1, link P/R/F1 against the "same" pairs ("related" pairs ignored), and the
precision of the "only in this article" mark (of the body units with no strong link, how many
truly have no same-claim counterpart). The engine gets what `counterpoint align A B` gives it:
word statistics from the two articles alone (the seeds: from the five). Under the table, ECB+
sentences once more with only the pairs of sentences its annotation covers completely (its
"selected" sentences), outside the mean.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import tempfile
import time
import tomllib
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's engine, not whichever is installed
sys.path.insert(0, str(ROOT / "benchmarks"))

from ecb import ECB_DEFAULT  # noqa: E402

from reader.align import Glossary, align, load_glossary  # noqa: E402
from reader.align.policy import LINK_THRESHOLD  # noqa: E402
from reader.corpus import Article, load_article, load_seeds  # noqa: E402

GOLD_SEEDS = ROOT / "benchmarks" / "data" / "seeds_gold.toml"
OPPOSING = ROOT / "benchmarks" / "data" / "opposing"
GOLD_OPPOSING = ROOT / "benchmarks" / "data" / "opposing_gold.toml"
SEED_GLOSSARY = ROOT / "seeds" / "glossary.toml"
BASIL_DEFAULT = ROOT.parent / "shared" / "bench" / "basil_dev"
_WORD = re.compile(r"\w+")


@dataclass
class Pair:
    """Two articles, their gold units (texts) and the gold pairs between them."""

    a: Article
    b: Article
    units_a: list[str]
    units_b: list[str]
    map_a: list[list[int]]  # engine passage index -> gold unit ids it overlaps
    map_b: list[list[int]]
    same: set[tuple[int, int]]
    related: set[tuple[int, int]]
    corpus: list[Article]
    glossary: Glossary
    body_a: list[int] = field(default_factory=list)  # gold units that are body text
    body_b: list[int] = field(default_factory=list)
    # ECB+: the sentences of each side whose annotation is complete (the data's "selected"
    # sentences); None elsewhere
    selected: tuple[set[int], set[int]] | None = None


@dataclass
class Dataset:
    name: str
    pairs: list[Pair]
    related_hits: bool  # does an R partner count as a hit@1?
    texts: list[str] = field(default_factory=list)  # every unit of the set: the baselines' idf


def unit_map(article: Article, starts: list[int], ends: list[int]) -> list[list[int]]:
    """For each passage, the gold units (given by source offsets) it overlaps."""
    out = []
    for p in article.passages:
        first = max(0, bisect_right(starts, p.start) - 1)
        out.append([u for u in range(first, len(starts)) if starts[u] < p.end and ends[u] > p.start])
    return out


def _line_units(text: str) -> tuple[list[int], list[int]]:
    starts, ends, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
            ends.append(pos + len(line))
        pos += len(line) + 1
    return starts, ends


def _block_units(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


# ---- the sets -----------------------------------------------------------------------------

def basil_set(folder: Path) -> Dataset:
    gold: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: {"S": set(), "R": set()})
    for line in (folder / "gold.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        rel, x, y = line.split()
        (fa, na), (fb, nb) = x.rsplit(":", 1), y.rsplit(":", 1)
        if fa > fb:
            fa, na, fb, nb = fb, nb, fa, na
        gold[(fa, fb)][rel].add((int(na) - 1, int(nb) - 1))  # blocks numbered from 1
    arts, units = {}, {}
    for path in sorted(folder.glob("*_*.txt")):
        art = load_article(path)
        starts, ends = _block_units(art.text)
        arts[path.stem], units[path.stem] = art, (starts, ends)
    pairs, texts = [], []
    for name, art in arts.items():
        texts += [art.text[s:e] for s, e in zip(*units[name])]
    triplets = sorted({n.split("_")[0] for n in arts})
    for t in triplets:
        names = sorted(n for n in arts if n.startswith(t))
        for i, x in enumerate(names):
            for y in names[i + 1:]:
                ax, ay = arts[x], arts[y]
                g = gold[(x, y)]
                pairs.append(Pair(
                    ax, ay,
                    [ax.text[s:e] for s, e in zip(*units[x])], [ay.text[s:e] for s, e in zip(*units[y])],
                    unit_map(ax, *units[x]), unit_map(ay, *units[y]),
                    g["S"], g["R"], [ax, ay], Glossary()))
    return Dataset("basil", pairs, related_hits=True, texts=texts)


def _gold_pairs_of(gold_path: Path, by_name: dict[str, Article]) -> dict[tuple[str, str], dict[str, set]]:
    """A gold file's pairs of passage indexes, by pair of article file names (in name order)."""
    gold: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: {"same": set(), "related": set()})
    for pair in tomllib.loads(gold_path.read_text(encoding="utf-8"))["pair"]:
        idx = []
        for side in ("a", "b"):
            art = by_name[pair[side]]
            hits = [p.index for p in art.passages if p.kind != "boilerplate" and pair[side + "_quote"] in p.text]
            if len(hits) != 1:
                raise SystemExit(f"{gold_path}: quote {pair[side + '_quote']!r} found in {len(hits)} passages")
            idx.append(hits[0])
        a, b, i, j = pair["a"], pair["b"], idx[0], idx[1]
        if a > b:
            a, b, i, j = b, a, j, i
        gold[(a, b)][pair["relation"]].add((i, j))
    return gold


def _passage_set(name: str, gold_path: Path, arts: list[Article], glossary: Glossary, together: bool) -> Dataset:
    """A set whose gold units are the articles' passages; `together`: every pair's word
    statistics come from all the articles (a corpus folder), else from the pair alone."""
    by_name = {a.path.name: a for a in arts}
    pairs = []
    for (na, nb), g in sorted(_gold_pairs_of(gold_path, by_name).items()):
        a, b = by_name[na], by_name[nb]
        ident = lambda art: [[p.index] for p in art.passages]  # noqa: E731
        pairs.append(Pair(a, b, [p.text for p in a.passages], [p.text for p in b.passages],
                          ident(a), ident(b), g["same"], g["related"], arts if together else [a, b], glossary))
    texts = [p.text for a in arts for p in a.passages if p.is_body]
    return Dataset(name, pairs, related_hits=False, texts=texts)


def seeds_set(glossary: Glossary, name: str) -> Dataset:
    return _passage_set(name, GOLD_SEEDS, list(load_seeds()), glossary, together=True)


def opposing_set(glossary: Glossary, name: str, folder: Path = OPPOSING) -> Dataset:
    return _passage_set(name, GOLD_OPPOSING, [load_article(p) for p in sorted(folder.glob("*.txt"))], glossary,
                        together=False)


def ecb_sets(path: Path, folder: Path, seed: int = 7) -> tuple[Dataset, Dataset]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    sent_pairs, para_pairs, sent_texts, para_texts = [], [], [], []
    for n, row in enumerate(rows):
        sides, psides = [], []
        for side in ("doc_a", "doc_b"):
            sentences = [s.replace("\n", " ") for s in row[side]["sentences"]]
            text = "\n".join(sentences) + "\n"
            p = folder / f"{n}{side[-1]}.txt"
            p.write_text(text, encoding="utf-8")
            art = load_article(p)
            sides.append((art, sentences, unit_map(art, *_line_units(art.text))))
            groups, i = [], 0
            while i < len(sentences):
                k = rng.choice((2, 3, 4))
                groups.append(list(range(i, min(i + k, len(sentences)))))
                i += k
            ptext = "\n\n".join(" ".join(sentences[j] for j in g) for g in groups) + "\n"
            pp = folder / f"{n}{side[-1]}-para.txt"
            pp.write_text(ptext, encoding="utf-8")
            part = load_article(pp)
            ptexts = [" ".join(sentences[j] for j in g) for g in groups]
            psides.append((part, ptexts, groups, unit_map(part, *_block_units(part.text))))
        gold = {tuple(x) for x in row["gold"]}
        (a, sa, ma), (b, sb, mb) = sides
        selected = (set(row["doc_a"]["validated"]), set(row["doc_b"]["validated"]))
        sent_pairs.append(Pair(a, b, sa, sb, ma, mb, gold, set(), [a, b], Glossary(), selected=selected))
        sent_texts += sa + sb
        (pa, ta, ga, pma), (pb, tb, gb, pmb) = psides
        same = {(i, j) for i, x in enumerate(ga) for j, y in enumerate(gb) if any((s, t) in gold for s in x for t in y)}
        para_pairs.append(Pair(pa, pb, ta, tb, pma, pmb, same, set(), [pa, pb], Glossary()))
        para_texts += ta + tb
    return (Dataset("ecb-sent", sent_pairs, related_hits=False, texts=sent_texts),
            Dataset("ecb-para", para_pairs, related_hits=False, texts=para_texts))


# ---- scoring ------------------------------------------------------------------------------

Scored = dict[tuple[int, int], float]  # gold unit pair -> score


def evaluate(ds: Dataset, scored: list[Scored], strong: list[set[tuple[int, int]]] | None = None) -> dict:
    """hit@1, link P/R/F1 over the scored pairs, and the precision of the unmatched mark
    (units of the gold with no pair in `strong`, default: no scored pair)."""
    tp = n_pred = n_gold = hits = asked = lone = lone_right = 0
    for pair, links, strong_pairs in zip(ds.pairs, scored, strong or [None] * len(ds.pairs)):
        ok = pair.same | pair.related if ds.related_hits else pair.same
        pred = set(links) - pair.related
        tp += len(pred & pair.same)
        n_pred += len(pred)
        n_gold += len(pair.same)
        best_a: dict[int, tuple[float, int]] = {}
        best_b: dict[int, tuple[float, int]] = {}
        for (u, v), s in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
            best_a.setdefault(u, (s, v))
            best_b.setdefault(v, (s, u))
        for u in sorted({u for u, _ in pair.same}):
            asked += 1
            hits += u in best_a and (u, best_a[u][1]) in ok
        for v in sorted({v for _, v in pair.same}):
            asked += 1
            hits += v in best_b and (best_b[v][1], v) in ok
        if strong_pairs is not None:
            has_a = {u for u, _ in strong_pairs}
            has_b = {v for _, v in strong_pairs}
            gold_a = {u for u, _ in pair.same}
            gold_b = {v for _, v in pair.same}
            for units, have, gold in ((pair.body_a, has_a, gold_a), (pair.body_b, has_b, gold_b)):
                for u in units:
                    if u not in have:
                        lone += 1
                        lone_right += u not in gold
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    tiers = {"strong": [0, 0], "weak": [0, 0]}  # [true, all] per tier
    for pair, links, strong_pairs in zip(ds.pairs, scored, strong or [None] * len(ds.pairs)):
        if strong_pairs is None:
            continue
        for k in set(links) - pair.related:
            t = tiers["strong" if k in strong_pairs else "weak"]
            t[0] += k in pair.same
            t[1] += 1
    return {"p": p, "r": r, "f": f, "hit1": hits / asked if asked else 0.0, "asked": asked,
            "lone": lone, "lone_p": lone_right / lone if lone else float("nan"), "links": n_pred,
            **{f"{name}_p": (t[0] / t[1] if t[1] else float("nan")) for name, t in tiers.items()}}


def _gold_pairs(pair: Pair, links) -> tuple[Scored, set[tuple[int, int]]]:
    scored: Scored = {}
    strong: set[tuple[int, int]] = set()
    for link in links:
        for u in pair.map_a[link.a]:
            for v in pair.map_b[link.b]:
                if scored.get((u, v), -1.0) < link.score:
                    scored[(u, v)] = link.score
                if getattr(link, "tier", "strong") == "strong":
                    strong.add((u, v))
    return scored, strong


def engine(ds: Dataset, min_score: float | None) -> tuple[list[Scored], list[set]]:
    scored, strong = [], []
    for pair in ds.pairs:
        al = align(pair.a, pair.b, pair.corpus, min_score=min_score, glossary=pair.glossary)
        s, st = _gold_pairs(pair, al.links)
        scored.append(s)
        strong.append(st)
        pair.body_a = sorted({u for p in pair.a.passages if p.is_body for u in pair.map_a[p.index]})
        pair.body_b = sorted({v for p in pair.b.passages if p.is_body for v in pair.map_b[p.index]})
    return scored, strong


def _bags(texts: list[str]) -> list[Counter]:
    return [Counter(w.lower() for w in _WORD.findall(t)) for t in texts]


def tfidf(ds: Dataset) -> list[Scored]:
    df = Counter(w for bag in _bags(ds.texts) for w in bag)
    n = len(ds.texts)
    idf = {w: math.log(n / d) + 1.0 for w, d in df.items()}

    def vec(bag: Counter) -> dict[str, float]:
        v = {w: (1 + math.log(c)) * idf.get(w, math.log(n) + 1.0) for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    out = []
    for pair in ds.pairs:
        va, vb = [vec(b) for b in _bags(pair.units_a)], [vec(b) for b in _bags(pair.units_b)]
        out.append({(i, j): sum(x * y[w] for w, x in a.items() if w in y)
                    for i, a in enumerate(va) for j, y in enumerate(vb)})
    return out


def bm25(ds: Dataset, k1: float = 1.2, b: float = 0.75) -> list[Scored]:
    """BM25 both ways (A's unit as the query over B's units and the reverse), summed, so the
    score is symmetric like the engine's."""
    bags = _bags(ds.texts)
    df = Counter(w for bag in bags for w in bag)
    n = len(bags)
    avg = sum(sum(bag.values()) for bag in bags) / max(1, n)
    idf = {w: math.log(1 + (n - d + 0.5) / (d + 0.5)) for w, d in df.items()}

    def score(query: Counter, doc: Counter) -> float:
        length = sum(doc.values())
        return sum(idf.get(w, 0.0) * doc[w] * (k1 + 1) / (doc[w] + k1 * (1 - b + b * length / avg))
                   for w in query if w in doc)

    out = []
    for pair in ds.pairs:
        ba, bb = _bags(pair.units_a), _bags(pair.units_b)
        out.append({(i, j): score(x, y) + score(y, x) for i, x in enumerate(ba) for j, y in enumerate(bb)})
    return out


def _mask_headline(ds: Dataset, scored: list[Scored]) -> list[Scored]:
    """BASIL never labels P1, the headline: leave its pairs out of every method alike."""
    if ds.name != "basil":
        return scored
    return [{k: v for k, v in s.items() if k[0] != 0 and k[1] != 0} for s in scored]


def _selected(ds: Dataset, scored: list[Scored]) -> tuple[Dataset, list[Scored]]:
    """The set and its scored pairs restricted to pairs of selected sentences, where ECB+'s
    annotation is complete (its README: elsewhere some "false positives" are real paraphrases
    nobody annotated, so precision over every pair is a lower bound)."""
    pairs, kept = [], []
    for pair, links in zip(ds.pairs, scored):
        sel_a, sel_b = pair.selected
        inside = lambda k: k[0] in sel_a and k[1] in sel_b  # noqa: E731
        pairs.append(Pair(pair.a, pair.b, pair.units_a, pair.units_b, pair.map_a, pair.map_b,
                          {k for k in pair.same if inside(k)}, set(), pair.corpus, pair.glossary))
        kept.append({k: v for k, v in links.items() if inside(k)})
    return Dataset(ds.name + " (sel)", pairs, ds.related_hits), kept


def _row(ds: Dataset) -> tuple[list[Scored], list[Scored], list[Scored], dict, dict]:
    """Print one set's row of the table; return the engine's ranking, its links at the shipped
    threshold, the TF-IDF scores, and the figures of the ranking and of the links."""
    t0 = time.perf_counter()
    ranked, _ = engine(ds, 0.0)
    shipped, strong = engine(ds, None)
    elapsed = time.perf_counter() - t0
    by_tfidf = _mask_headline(ds, tfidf(ds))
    r_tfidf = evaluate(ds, by_tfidf)
    r_bm25 = evaluate(ds, _mask_headline(ds, bm25(ds)))
    r_rank = evaluate(ds, ranked)
    res = evaluate(ds, shipped, strong)
    print(f"{ds.name:<16}{r_tfidf['hit1']:>8.3f}{r_bm25['hit1']:>8.3f}{r_rank['hit1']:>8.3f} |"
          f"{res['hit1']:>7.3f}{res['p']:>7.3f}{res['r']:>7.3f}{res['f']:>7.3f}{res['links']:>7}"
          f"{res['strong_p']:>7.3f}{res['weak_p']:>7.3f}{res['lone_p']:>7.3f}{res['lone']:>6}{elapsed:>6.1f}")
    return ranked, shipped, by_tfidf, r_rank, res


def report(datasets: list[Dataset], sweep: bool, pick: bool = False, held_out: list[Dataset] = ()) -> None:
    print(f"shipped threshold {LINK_THRESHOLD}")
    head = (f"{'set':<16}{'tfidf@1':>8}{'bm25@1':>8}{'rank@1':>8} |{'hit@1':>7}{'P':>7}{'R':>7}{'F1':>7}"
            f"{'links':>7}{'strP':>7}{'weakP':>7}{'◌ P':>7}{'◌ n':>6}{'  s':>6}")
    print(head)
    f1s, rankings, ranks, supplements = [], [], [], []
    for ds in datasets:
        ranked, shipped, by_tfidf, r_rank, res = _row(ds)
        rankings.append(ranked)
        ranks.append(r_rank["hit1"])
        f1s.append(res["f"])
        if ds.pairs and ds.pairs[0].selected is not None:
            supplements.append((ds, shipped, by_tfidf))
    print(f"mean link F1 over the sets: {sum(f1s) / len(f1s):.3f}")
    for ds, shipped, by_tfidf in supplements:
        _report_selected(ds, shipped, by_tfidf)
    if held_out:
        print("opposing, held-out (not in the mean, not in the threshold's choice):")
        for ds in held_out:
            _row(ds)
    if sweep:
        print("\nF1 by threshold (the shipped one is chosen by the mean over the sets):")
        _sweep(datasets, rankings, [round(0.05 * k, 2) for k in range(1, 13)])
        print("\nThe same, finer, around the best: F1 / hit@1")
        _sweep(datasets, rankings, [round(0.15 + 0.01 * k, 2) for k in range(11)], hits=True)
    if pick:
        _pick(datasets, rankings, ranks)


def _report_selected(ds: Dataset, shipped: list[Scored], by_tfidf: list[Scored]) -> None:
    """ECB+ sentences again, only pairs of selected sentences (not in the mean, not in the
    threshold's choice): link P/R/F1 of the engine at the shipped threshold and of TF-IDF cosine
    at the threshold of its best F1 on the whole set (the data's README: 0.25). No ranking
    figure: the engine keeps each unit's few best partners, which may all lie outside the
    selected sentences, so a ranking cut down to them afterwards would not be its ranking."""
    res = evaluate(*_selected(ds, shipped))
    tf_set, tf = _selected(ds, by_tfidf)
    tf_at = evaluate(tf_set, [{k: v for k, v in s.items() if v >= 0.25} for s in tf])
    print(f"{ds.name}, selected sentences only (not in the mean): P {res['p']:.3f} R {res['r']:.3f} "
          f"F1 {res['f']:.3f} ({res['links']} links); TF-IDF >= 0.25: P {tf_at['p']:.3f} R {tf_at['r']:.3f} "
          f"F1 {tf_at['f']:.3f}")


def _at(ds: Dataset, ranked: list[Scored], threshold: float) -> dict:
    """evaluate() of the ranking's pairs scoring at least `threshold`."""
    return evaluate(ds, [{k: v for k, v in s.items() if v >= threshold} for s in ranked])


def _sweep(datasets: list[Dataset], rankings: list[list[Scored]], grid: list[float], hits: bool = False) -> None:
    cell = 12 if hits else 7
    print(f"{'set':<16}" + "".join(f"{t:>{cell}.2f}" for t in grid))
    means = [0.0] * len(grid)
    for ds, ranked in zip(datasets, rankings):
        row = []
        for n, t in enumerate(grid):
            res = _at(ds, ranked, t)
            row.append(f"{res['f']:.3f}/{res['hit1']:.3f}" if hits else f"{res['f']:.3f}")
            means[n] += res["f"] / len(datasets)
        print(f"{ds.name:<16}" + "".join(f"{x:>{cell}}" for x in row))
    print(f"{'mean F1':<16}" + "".join(f"{f:>{cell}.3f}" for f in means))


def _pick(datasets: list[Dataset], rankings: list[list[Scored]], ranks: list[float]) -> None:
    """The threshold with the best mean F1 on the 0.01 grid from 0.10 to 0.50, as a change to
    the scoring is judged (its threshold re-picked by the same rule), and each set there as
    rank@1 / hit@1 / F1: one row of the tables in BENCHMARKS.md."""
    grid = [round(0.10 + 0.01 * k, 2) for k in range(41)]
    at = {t: [_at(ds, ranked, t) for ds, ranked in zip(datasets, rankings)] for t in grid}
    best = max(grid, key=lambda t: sum(res["f"] for res in at[t]))
    mean = sum(res["f"] for res in at[best]) / len(datasets)
    print(f"\nbest mean F1 on the 0.01 grid: threshold {best:.2f}, mean F1 {mean:.3f}")
    print("| " + " | ".join(ds.name for ds in datasets) + " |")
    cells = (f"{r:.3f} / {res['hit1']:.3f} / {res['f']:.3f}" for r, res in zip(ranks, at[best]))
    print("| " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecb", type=Path, default=ECB_DEFAULT)
    parser.add_argument("--basil", type=Path, default=BASIL_DEFAULT)
    parser.add_argument("--no-basil", action="store_true")
    parser.add_argument("--sweep", action="store_true", help="F1 of every set across thresholds")
    parser.add_argument("--pick", action="store_true",
                        help="the threshold with the best mean F1, and each set's rank@1 / hit@1 / F1 there")
    parser.add_argument("--glossary", type=Path, default=SEED_GLOSSARY,
                        help="the seeds' glossary (default: %(default)s)")
    parser.add_argument("--only", help="comma-separated set names")
    parser.add_argument("--no-opposing", action="store_true", help="without the held-out opposing lines")
    args = parser.parse_args()
    datasets = []
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_basil and args.basil.is_dir():
            datasets.append(basil_set(args.basil))
        elif not args.no_basil:
            print(f"({args.basil} not found: basil rows skipped)")
        datasets.append(seeds_set(load_glossary(args.glossary), "seeds+glossary"))
        datasets.append(seeds_set(Glossary(), "seeds, none"))
        datasets.extend(ecb_sets(args.ecb, Path(tmp)))
        held_out = [] if args.no_opposing else [opposing_set(Glossary(), "opp, none"),
                                                   opposing_set(load_glossary(args.glossary), "opp+glossary")]
        if args.only:
            keep = set(args.only.split(","))
            datasets = [d for d in datasets if d.name in keep]
            held_out = [d for d in held_out if d.name in keep]
        report(datasets, args.sweep, args.pick, held_out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
