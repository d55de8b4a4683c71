"""Claim map speed and memory: 50 / 100 / 200 / 400 articles, against aligning every pair.

Run from the repository root:

    python benchmarks/claims_speed.py                 # 50, 100, 200, 400 articles + baseline + seeds
    python benchmarks/claims_speed.py --sizes 200     # just one size
    python benchmarks/claims_speed.py --huge-mb 5 20  # one huge article among ten

Articles are built from real ECB+ documents (../shared/bench/ecbplus_dev.jsonl): article k
starts with the sentences of document k (documents reused with another shuffle past the
172 there are) and is filled up to 30 paragraphs of two or three sentences with sentences of
other documents of the same ECB+ topic, so articles of one topic really share events. They are
written to files and loaded like any corpus. Each size runs in a fresh process so its peak RSS
is its own; the time is `reader.claims.build` (keys, index, links, claims) with the loading
reported apart, and "reopen" is `cached_build` reading the stored map back; each build's
stages are also timed in CPU seconds from its progress marks. The baseline is
what the map replaces: the two-pane aligner run on every pair of articles in turn, timed on
the smallest size in the same run.

`--huge-mb` measures instead one huge article (a long live blog: paragraphs of two to four
ECB+ sentences drawn at random, a figure changed in each) beside ten articles of the corpus
above, at each size given: the map's time should grow with the text, not with its square, so
each size is compared with the smallest.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from harness import child, peak_rss_mb  # noqa: E402
from ecb import ECB_DEFAULT  # noqa: E402

PARAGRAPHS = 30


def documents(path: Path) -> list[tuple[str, list[str]]]:
    """(topic, sentences) of every distinct ECB+ document, in file order."""
    seen, out = set(), []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for side in ("doc_a", "doc_b"):
                doc = row[side]
                if doc["id"] not in seen:
                    seen.add(doc["id"])
                    out.append((row["topic"], [s.replace("\n", " ") for s in doc["sentences"] if len(s.split()) >= 4]))
    return out


def write_corpus(folder: Path, n: int, ecb: Path) -> None:
    docs = documents(ecb)
    by_topic: dict[str, list[str]] = {}
    for topic, sentences in docs:
        by_topic.setdefault(topic, []).extend(sentences)
    for k in range(n):
        rng = random.Random(k)
        topic, own = docs[k % len(docs)]
        own = list(own)
        if k >= len(docs):
            rng.shuffle(own)
        others = [s for s in by_topic[topic] if s not in set(own)]
        rng.shuffle(others)
        pool = own + others
        paragraphs, i = [], 0
        while len(paragraphs) < PARAGRAPHS:
            size = rng.choice((2, 3))
            if i + size > len(pool):
                pool += rng.sample(by_topic[rng.choice(list(by_topic))], 3)  # a topic too small to fill 30
            paragraphs.append(" ".join(pool[i : i + size]))
            i += size
        (folder / f"{k:03d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def one_size(n: int, ecb: Path) -> dict:
    from reader.align import Glossary
    from reader.claims import build, cached_build
    from reader.corpus import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(folder, n, ecb)
        t0 = time.perf_counter()
        corpus = load_paths([folder])
        t1 = time.perf_counter()
        steps: list[tuple[float, float]] = []  # (progress, CPU seconds of this process)
        cpu0 = time.process_time()
        claim_map = build(corpus.articles, Glossary(), progress=lambda f: steps.append((f, time.process_time() - cpu0)))
        t2 = time.perf_counter()
        rss = peak_rss_mb()
        data = Path(tmp) / "data"
        cached_build(corpus.articles, Glossary(), data_dir=data)  # stores it
        t3 = time.perf_counter()
        again = cached_build(corpus.articles, Glossary(), data_dir=data)
        t4 = time.perf_counter()
        assert again.from_cache and len(again.claims) == len(claim_map.claims)
    passages = sum(a.counts()["body"] for a in corpus)
    return {"n": n, "passages": passages, "load_s": t1 - t0, "build_s": t2 - t1, "reopen_s": t4 - t3,
            "claims": len(claim_map.claims), "links": claim_map.links, "progress_calls": len(steps),
            "peak_rss_mb": rss, "stages_cpu_s": stages(steps)}


HUGE_BESIDE = 10  # ordinary articles beside the huge one


def write_huge(path: Path, mb: float, ecb: Path, separator: str = "\n\n") -> None:
    """One article of about `mb` MB: paragraphs of two to four ECB+ sentences drawn at random,
    the first figure of each changed, so the paragraphs repeat their words without repeating
    each other; `separator` between them (a space: one line with no paragraphs at all)."""
    sentences = list(dict.fromkeys(s for _, doc in documents(ecb) for s in doc))
    rng = random.Random(0)
    paragraphs, total = [], 0
    while total < mb * 1_000_000:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.choice((2, 3, 4))))
        paragraph = re.sub(r"\d+", lambda m: str(rng.randint(2, 99)), paragraph, count=1)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    path.write_text(separator.join(paragraphs) + "\n", encoding="utf-8")


def one_huge(mb: float, ecb: Path) -> dict:
    from reader.align import Glossary
    from reader.claims import build
    from reader.corpus import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, HUGE_BESIDE, ecb)
        write_huge(folder / "huge.txt", mb, ecb)
        corpus = load_paths([folder])
        steps: list[tuple[float, float]] = []
        cpu0, t0 = time.process_time(), time.perf_counter()
        claim_map = build(corpus.articles, Glossary(), progress=lambda f: steps.append((f, time.process_time() - cpu0)))
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    return {"mb": mb, "passages": sum(a.counts()["body"] for a in corpus), "build_s": wall, "cpu_s": cpu,
            "claims": len(claim_map.claims), "links": claim_map.links, "peak_rss_mb": peak_rss_mb(),
            "stages_cpu_s": stages(steps)}


def huge(sizes: list[float], ecb: Path) -> None:
    print(f"one huge article beside {HUGE_BESIDE} of {PARAGRAPHS} paragraphs")
    print(f"{'MB':>6} {'passages':>9} {'map s':>7} {'CPU s':>7} {'claims':>7} {'links':>7} {'peak RSS MB':>12}"
          "   CPU s per stage: " + " / ".join(name for name, _ in STAGES))
    results = []
    for mb in sizes:
        r = child(__file__, ["--ecb", str(ecb), "--huge", str(mb)])
        results.append(r)
        print(f"{mb:>6g} {r['passages']:>9} {r['build_s']:>7.2f} {r['cpu_s']:>7.2f} {r['claims']:>7} {r['links']:>7}"
              f" {r['peak_rss_mb']:>12.0f}   " + " / ".join(f"{r['stages_cpu_s'][n]:.2f}" for n, _ in STAGES))
    small = results[0]
    for r in results[1:]:
        x = r["mb"] / small["mb"]
        print(f"  map CPU x{r['cpu_s'] / max(small['cpu_s'], 1e-9):.1f} for x{x:g} the text"
              f" (linear x{x:g}, quadratic x{x * x:g})")


STAGES = (("keys", 0.5), ("index", 0.85), ("grouping", 0.95), ("labels", 1.0))  # where build's progress puts them


def stages(steps: list[tuple[float, float]]) -> dict[str, float]:
    """CPU seconds of each stage of one build, from its progress marks (CPU time, not wall
    time: on a loaded machine it is the figure that compares from run to run)."""
    out, before = {}, 0.0
    for name, end in STAGES:
        at = next(cpu for fraction, cpu in steps if fraction >= end - 1e-9)
        out[name], before = at - before, at
    return out


def per_pair(n: int, ecb: Path) -> dict:
    """The baseline: every pair of articles aligned in turn, as the reading room aligns two."""
    from itertools import combinations

    from reader.align import Glossary, align
    from reader.corpus import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), n, ecb)
        corpus = load_paths([tmp])
        t0 = time.perf_counter()
        links = sum(len(align(a, b, corpus, glossary=Glossary()).links) for a, b in combinations(corpus.articles, 2))
        return {"n": n, "pairs": n * (n - 1) // 2, "align_s": time.perf_counter() - t0, "links": links}


def seeds() -> dict:
    from reader.align import default_glossary
    from reader.claims import build
    from reader.corpus import load_seeds

    corpus = load_seeds()
    glossary, _ = default_glossary(None, articles=corpus.articles)  # the seeds' own, as the reader takes it
    build(corpus.articles, glossary)  # imports, the word prior
    t0 = time.perf_counter()
    claim_map = build(corpus.articles, glossary)
    return {"build_s": time.perf_counter() - t0, "claims": len(claim_map.claims)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecb", type=Path, default=ECB_DEFAULT, help="ECB+ dev jsonl (default: %(default)s)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400], help="articles")
    parser.add_argument("--baseline-size", type=int, default=50, help="articles for the per-pair baseline (0: skip)")
    parser.add_argument("--huge-mb", type=float, nargs="+", help="instead: one huge article of these sizes (MB)")
    parser.add_argument("--huge", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--per-pair", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--seeds-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.ecb)))
        return 0
    if args.huge:
        print(json.dumps(one_huge(args.huge, args.ecb)))
        return 0
    if args.huge_mb:
        huge(args.huge_mb, args.ecb)
        return 0
    if args.per_pair:
        print(json.dumps(per_pair(args.per_pair, args.ecb)))
        return 0
    if args.seeds_only:
        print(json.dumps(seeds()))
        return 0

    import os
    print(f"cores: {os.cpu_count()}   python {sys.version.split()[0]}   {PARAGRAPHS} paragraphs per article")
    print(f"{'articles':>8} {'passages':>9} {'load s':>7} {'map s':>7} {'reopen s':>9} {'claims':>7}"
          f" {'links':>7} {'peak RSS MB':>12}")
    results = {}
    for n in args.sizes:
        r = child(__file__, ["--ecb", str(args.ecb), "--one", str(n)])
        results[n] = r
        print(f"{n:>8} {r['passages']:>9} {r['load_s']:>7.2f} {r['build_s']:>7.2f} {r['reopen_s']:>9.3f}"
              f" {r['claims']:>7} {r['links']:>7} {r['peak_rss_mb']:>12.0f}")
    print("CPU seconds per stage: " + " / ".join(name for name, _ in STAGES))
    for n, r in results.items():
        print(f"{n:>8}  " + " / ".join(f"{r['stages_cpu_s'][name]:.2f}" for name, _ in STAGES))
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:]):
        ratio = results[big]["build_s"] / max(results[small]["build_s"], 1e-9)
        print(f"  map time x{ratio:.2f} for x{big / small:.0f} articles (quadratic would be x{(big / small) ** 2:.0f})")
    if args.baseline_size:
        base = child(__file__, ["--ecb", str(args.ecb), "--per-pair", str(args.baseline_size)])
        mine = results.get(args.baseline_size) or child(__file__, ["--ecb", str(args.ecb), "--one", str(args.baseline_size)])
        print(f"\nbaseline, the aligner on all {base['pairs']} pairs of {args.baseline_size} articles: "
              f"{base['align_s']:.2f} s; the map: {mine['build_s']:.2f} s "
              f"-> {base['align_s'] / max(mine['build_s'], 1e-9):.0f}x faster")
    s = child(__file__, ["--seeds-only"])
    print(f"\nseeds (5 articles): {s['build_s'] * 1000:.0f} ms, {s['claims']} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
