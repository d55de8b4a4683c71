"""Alignment quality: ECB+ dev sentence links and the hand-labelled seed gold, with baselines.

Run from the repository root:

    python benchmarks/quality.py            # figures for BENCHMARKS.md
    python benchmarks/quality.py --sweep    # also a threshold sweep on two halves of ECB+ topics

ECB+: each document is written as a file with one sentence per line and aligned at paragraph
granularity; links are scored against `gold` (micro P/R/F1 over all document pairs, hard
negatives included). The baseline links every sentence pair whose rapidfuzz token_set_ratio
(default_process) is >= 60. Seeds: links between the bundled articles against
benchmarks/data/seeds_gold.toml ("same" pairs are gold, "related" pairs are ignored), plus
hit@1: for each passage with a true counterpart, is its best link a true one? The seed gold is
double-annotated (benchmarks/build_seed_gold.py); the first, single-annotator labelling is
reported beside it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ecb import ECB_DEFAULT  # noqa: E402
from rapidfuzz import fuzz, process, utils  # noqa: E402

from reader.align import Glossary, align, load_glossary  # noqa: E402
from reader.align.engine import TUNING  # noqa: E402
from reader.corpus import Article, load_article, load_seeds  # noqa: E402


GOLD_DEFAULT = ROOT / "benchmarks" / "data" / "seeds_gold.toml"  # two annotators agree on "same"
GOLD_SINGLE = ROOT / "benchmarks" / "data" / "seeds_gold_single.toml"  # the first, one annotator
BASELINE_CUTOFF = 60


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(name: str, p: float, r: float, f: float, extra: str = "") -> str:
    return f"  {name:<34} P {p:.3f}  R {r:.3f}  F1 {f:.3f}{extra}"


# ---- ECB+ ---------------------------------------------------------------------------------

class EcbDoc:
    """A document written one sentence per line; passages mapped back to sentence numbers."""

    def __init__(self, folder: Path, name: str, sentences: list[str]):
        self.sentences = sentences
        path = folder / f"{name}.txt"
        path.write_text("\n".join(s.replace("\n", " ") for s in sentences) + "\n", encoding="utf-8")
        self.article: Article = load_article(path)
        line_starts, pos = [], 0
        for s in sentences:
            line_starts.append(pos)
            pos += len(s.replace("\n", " ")) + 1
        self.lines_of: list[list[int]] = []
        from bisect import bisect_right
        for p in self.article.passages:
            first = bisect_right(line_starts, p.start) - 1
            last = bisect_right(line_starts, max(p.start, p.end - 1)) - 1
            self.lines_of.append(list(range(first, last + 1)))


def load_ecb(path: Path, folder: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, row in enumerate(rows):
        row["A"] = EcbDoc(folder, f"{n}a", row["doc_a"]["sentences"])
        row["B"] = EcbDoc(folder, f"{n}b", row["doc_b"]["sentences"])
        row["gold_set"] = {(i, j) for i, j in row["gold"]}
    return rows


def ecb_predict(row: dict, min_score: float | None, glossary: Glossary, corpus: list[Article]) -> set[tuple[int, int]]:
    """Links of one document pair; word statistics come from the whole collection, as the
    reader takes them from the corpus the two articles belong to."""
    A, B = row["A"], row["B"]
    al = align(A.article, B.article, corpus, min_score=min_score, glossary=glossary)
    out = set()
    for link in al.links:
        for i in A.lines_of[link.a]:
            for j in B.lines_of[link.b]:
                out.add((i, j))
    return out


def ecb_baseline(row: dict, cutoff: float = BASELINE_CUTOFF) -> set[tuple[int, int]]:
    sa, sb = row["doc_a"]["sentences"], row["doc_b"]["sentences"]
    m = process.cdist(sa, sb, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=-1)
    return {(i, j) for i in range(len(sa)) for j in range(len(sb)) if m[i, j] >= cutoff}


def ecb_paragraph_ranking(rows: list[dict], folder: Path, size: int, seed: int = 7) -> float:
    """hit@1 of the engine's ranking (no threshold) on ECB+ documents cut into paragraphs of
    `size` sentences (0: two to four at random): a check of how paragraphs are weighed that
    no glossary, threshold or seed label had a hand in."""
    rng = random.Random(seed)
    gold, collection = {}, []
    for n, row in enumerate(rows):
        pair = []
        for side in ("doc_a", "doc_b"):
            sentences = [s.replace("\n", " ") for s in row[side]["sentences"]]
            groups, i = [], 0
            while i < len(sentences):
                k = size or rng.choice((2, 3, 4))
                groups.append(range(i, min(i + k, len(sentences))))
                i += k
            path = folder / f"para{size}-{seed}-{n}{side[-1]}.txt"
            path.write_text("\n\n".join(" ".join(sentences[j] for j in g) for g in groups) + "\n", encoding="utf-8")
            collection.append(load_article(path))
            pair.append(groups)
        links = {tuple(x) for x in row["gold"]}
        same = {(i, j) for i, x in enumerate(pair[0]) for j, y in enumerate(pair[1])
                if any((s, t) in links for s in x for t in y)}
        gold[(collection[-2].path.name, collection[-1].path.name)] = {"same": same, "related": set()}
    return seeds_eval(gold, collection, engine_links(collection, 0.0, Glossary()))["hit1"]


def micro(rows: list[dict], preds: list[set]) -> tuple[float, float, float]:
    tp = sum(len(p & r["gold_set"]) for r, p in zip(rows, preds))
    return prf(tp, sum(len(p) for p in preds), sum(len(r["gold_set"]) for r in rows))


def topic_halves(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    topics = sorted({r["topic"] for r in rows}, key=int)
    first = set(topics[0::2])
    return [r for r in rows if r["topic"] in first], [r for r in rows if r["topic"] not in first]


# ---- seeds --------------------------------------------------------------------------------

def load_gold(path: Path, corpus) -> dict[tuple[str, str], dict[str, set]]:
    """(file A, file B) -> {"same": {(i, j)}, "related": {(i, j)}} with passage indices."""
    by_name = {a.path.name: a for a in corpus}
    out: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: {"same": set(), "related": set()})
    for pair in tomllib.loads(path.read_text(encoding="utf-8"))["pair"]:
        idx = []
        for side in ("a", "b"):
            art = by_name[pair[side]]
            hits = [p.index for p in art.passages if p.kind != "boilerplate" and pair[side + "_quote"] in p.text]
            if len(hits) != 1:
                raise SystemExit(f"{path}: quote {pair[side + '_quote']!r} found in {len(hits)} passages")
            idx.append(hits[0])
        a, b, i, j = pair["a"], pair["b"], idx[0], idx[1]
        if a > b:
            a, b, i, j = b, a, j, i
        out[(a, b)][pair["relation"]].add((i, j))
    return out


def seeds_eval(gold, corpus, links_for) -> dict[str, float]:
    """links_for(a, b) -> list of (i, j, score); returns P/R/F1 and hit@1."""
    by_name = {a.path.name: a for a in corpus}
    tp = n_pred = n_gold = hits = asked = 0
    for (na, nb), labels in sorted(gold.items()):
        links = links_for(by_name[na], by_name[nb])
        same, related = labels["same"], labels["related"]
        pred = {(i, j) for i, j, _ in links} - related
        tp += len(pred & same)
        n_pred += len(pred)
        n_gold += len(same)
        best_a: dict[int, tuple[float, int]] = {}
        best_b: dict[int, tuple[float, int]] = {}
        for i, j, s in links:  # best first; ties keep the earlier (engine order)
            best_a.setdefault(i, (s, j))
            best_b.setdefault(j, (s, i))
        for i in sorted({i for i, _ in same}):
            asked += 1
            hits += i in best_a and (i, best_a[i][1]) in same
        for j in sorted({j for _, j in same}):
            asked += 1
            hits += j in best_b and (best_b[j][1], j) in same
    p, r, f = prf(tp, n_pred, n_gold)
    return {"p": p, "r": r, "f": f, "hit1": hits / asked if asked else 0.0, "asked": asked}


def engine_links(corpus, min_score=None, glossary=None):
    def run(a, b):
        al = align(a, b, corpus, min_score=min_score, glossary=glossary)
        return [(l.a, l.b, l.score) for l in al.links]
    return run


def baseline_links(cutoff: float = BASELINE_CUTOFF):
    def run(a, b):
        pa = [p for p in a.passages if p.is_body]
        pb = [p for p in b.passages if p.is_body]
        m = process.cdist([p.text for p in pa], [p.text for p in pb], scorer=fuzz.token_set_ratio,
                          processor=utils.default_process, workers=-1)
        out = [(x.index, y.index, float(m[i, j])) for i, x in enumerate(pa) for j, y in enumerate(pb)
               if m[i, j] >= cutoff]
        # hit@1 for the baseline ranks by its score over *all* pairs, linked or not
        return sorted(out, key=lambda t: (-t[2], t[0], t[1]))
    return run


def baseline_rank_all():
    """token_set_ratio with no cutoff: every pair is a candidate, so hit@1 is pure ranking."""
    return baseline_links(cutoff=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecb", type=Path, default=ECB_DEFAULT, help="ECB+ dev jsonl (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=GOLD_DEFAULT, help="seed gold TOML (default: %(default)s)")
    parser.add_argument("--sweep", action="store_true", help="threshold sweep on two halves of the ECB+ topics")
    parser.add_argument("--glossary", type=Path,
                        help="score the seeds with this glossary instead of the bundled one")
    parser.add_argument("--paragraphs", action="store_true",
                        help="also rank ECB+ documents cut into paragraphs (hit@1, no threshold)")
    args = parser.parse_args()

    print(f"engine defaults: min_score {TUNING.min_score}, top_k {TUNING.top_k}")
    empty = Glossary()  # ECB+ is about other topics: the seed glossary has nothing to say there
    with tempfile.TemporaryDirectory() as tmp:
        rows = load_ecb(args.ecb, Path(tmp))
        collection = [r[side].article for r in rows for side in ("A", "B")]
        t0 = time.perf_counter()
        preds = [ecb_predict(r, None, empty, collection) for r in rows]
        elapsed = time.perf_counter() - t0
        base = [ecb_baseline(r) for r in rows]
        n_gold = sum(len(r["gold_set"]) for r in rows)
        print(f"\nECB+ dev: {len(rows)} document pairs, {n_gold} gold sentence links (micro)")
        print(fmt("counterpoint", *micro(rows, preds), f"   ({elapsed:.2f} s)"))
        print(fmt(f"token_set_ratio >= {BASELINE_CUTOFF}", *micro(rows, base)))
        halves = topic_halves(rows)
        # The event model was fitted on all of ECB+ dev, so these halves are in-sample; the
        # held-out figures come from benchmarks/fit_calibration.py.
        for name, half in zip(("half 1, in-sample", "half 2, in-sample"), halves):
            hp = [ecb_predict(r, None, empty, collection) for r in half]
            print(fmt(f"counterpoint, {name} ({len(half)} pairs)", *micro(half, hp)))
        if args.sweep:
            print("\n  threshold sweep (F1 on half 1 / half 2 / all):")
            for t in (0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.35):
                res = [micro(h, [ecb_predict(r, t, empty, collection) for r in h]) for h in (*halves, rows)]
                print("   " + f"{t:>5.2f}  " + "  ".join(f"P {p:.3f} R {r:.3f} F1 {f:.3f}" for p, r, f in res))
        if args.paragraphs:
            print("\n  ECB+ cut into paragraphs, ranking hit@1 (no threshold, no glossary):")
            mixed = [ecb_paragraph_ranking(rows, Path(tmp), 0, seed) for seed in range(1, 6)]
            print(f"    2-4 sentences (mean of 5 cuts) {sum(mixed) / len(mixed):.3f}   "
                  + "   ".join(f"{k} sentences {ecb_paragraph_ranking(rows, Path(tmp), k):.3f}" for k in (3, 4, 5)))

    corpus = load_seeds()
    gold = load_gold(args.gold, corpus)
    glossary = load_glossary(args.glossary) if args.glossary else None
    if args.glossary:
        print(f"\nseeds scored with {args.glossary} ({len(glossary)} groups)")
    for name, path in ((args.gold.name, args.gold), (GOLD_SINGLE.name, GOLD_SINGLE)):
        labels = gold if path == args.gold else load_gold(path, corpus)
        n_same = sum(len(v["same"]) for v in labels.values())
        n_rel = sum(len(v["related"]) for v in labels.values())
        print(f"\nSeeds gold {name}: {n_same} 'same' pairs, {n_rel} 'related' (ignored), {len(labels)} article pairs")
        res = seeds_eval(labels, corpus, engine_links(corpus, glossary=glossary))
        print(fmt("counterpoint", res["p"], res["r"], res["f"], f"   hit@1 {res['hit1']:.3f} of {res['asked']}"))
        base = seeds_eval(labels, corpus, baseline_links())
        print(fmt(f"token_set_ratio >= {BASELINE_CUTOFF}", base["p"], base["r"], base["f"]))
        ranked = seeds_eval(labels, corpus, engine_links(corpus, 0.0, glossary))
        print(f"  {'counterpoint ranking (no threshold)':<34} hit@1 {ranked['hit1']:.3f}")
        bare = seeds_eval(labels, corpus, engine_links(corpus, glossary=Glossary()))
        print(fmt("counterpoint, no glossary", bare["p"], bare["r"], bare["f"], f"   hit@1 {bare['hit1']:.3f}"))
        rank = seeds_eval(labels, corpus, baseline_rank_all())
        print(f"  {'token_set_ratio ranking (no cutoff)':<34} hit@1 {rank['hit1']:.3f}")
    if args.sweep:
        print("\n  seeds threshold sweep:")
        for t in (0.05, 0.08, 0.1, 0.12, 0.15, 0.2):
            r = seeds_eval(gold, corpus, engine_links(corpus, t, glossary))
            print(fmt(f"min_score {t}", r["p"], r["r"], r["f"], f"   hit@1 {r['hit1']:.3f}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
