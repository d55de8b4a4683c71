"""Alignment speed and memory: growth with length, a naive all-pairs baseline, the seed pairs.

Run from the repository root:

    python benchmarks/speed.py                  # 1,250 / 2,500 / 5,000 paragraphs + baseline + seeds
    python benchmarks/speed.py --sizes 1250     # just one size
    python benchmarks/speed.py --sizes 5000 --against ../before   # and another checkout, alternating

Columns: paragraph alignment time and its peak RSS (the targets), then the time to build
every link's evidence (done on first access, as JSON output does), a sentence-granularity
alignment of the same pair, and the peak RSS after all of it.

Two documents of N paragraphs each are built from real ECB+ sentences (two or three sentences
per paragraph, drawn with a fixed seed), written to files and loaded like any article. Each
size runs in a fresh process so its peak RSS is its own. `--against` aligns the same documents
with another checkout's code (its `reader/`), alternating runs, and prints the CPU seconds of
both: on a busy machine the CPU time of one process moves less than the clock. The baseline scores every paragraph
pair with rapidfuzz.process.cdist(token_set_ratio, workers=-1), as a naive aligner would.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from harness import child, peak_rss_mb  # noqa: E402
from ecb import ECB_DEFAULT, ecb_sentences  # noqa: E402


def sentences(path: Path) -> list[str]:
    return [s.replace("\n", " ") for s in ecb_sentences(path) if len(s.split()) >= 4]


def build(pool: list[str], n: int, seed: int) -> str:
    rng = random.Random(seed)
    paras = [" ".join(rng.sample(pool, rng.choice((2, 3)))) for _ in range(n)]
    return "\n\n".join(paras) + "\n"


def one_size(n: int, ecb: Path, root: str | None = None) -> dict:
    if root:
        sys.path.insert(0, root)
    from reader.align import Glossary, align
    from reader.corpus import load_article

    pool = sentences(ecb)
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        pa.write_text(build(pool, n, 1), encoding="utf-8")
        pb.write_text(build(pool, n, 2), encoding="utf-8")
        t0 = time.perf_counter()
        a, b = load_article(pa), load_article(pb)
        t1, c1 = time.perf_counter(), time.process_time()
        al = align(a, b, None, glossary=Glossary())
        t2, c2 = time.perf_counter(), time.process_time()
        rss = peak_rss_mb()
        for link in al.links:  # evidence is built on first access; JSON output needs all of it
            link.evidence
        t3, c3 = time.perf_counter(), time.process_time()
        by_sentence = align(a, b, None, glossary=Glossary(), granularity="sentence")
        t4 = time.perf_counter()
    return {"n": n, "units": [len(a.passages), len(b.passages)], "load_s": t1 - t0, "align_s": t2 - t1, "align_cpu_s": c2 - c1,
            "evidence_s": t3 - t2, "evidence_cpu_s": c3 - c2, "sentence_s": t4 - t3, "sentence_links": len(by_sentence.links),
            "links": len(al.links), "peak_rss_mb": rss, "peak_rss_all_mb": peak_rss_mb()}


def naive(n: int, ecb: Path) -> dict:
    from rapidfuzz import fuzz, process, utils

    pool = sentences(ecb)
    ta = build(pool, n, 1).strip().split("\n\n")
    tb = build(pool, n, 2).strip().split("\n\n")
    t0 = time.perf_counter()
    process.cdist(ta, tb, scorer=fuzz.token_set_ratio, processor=utils.default_process, workers=-1,
                  dtype="uint8")
    return {"n": n, "cdist_s": time.perf_counter() - t0, "peak_rss_mb": peak_rss_mb()}


def seeds() -> dict:
    from itertools import combinations

    from reader.align import align
    from reader.corpus import load_seeds

    from reader.align.features import clear_cache

    corpus = load_seeds()
    align(corpus.articles[0], corpus.articles[1], corpus)  # import everything, load the glossary
    clear_cache()
    t0 = time.perf_counter()
    links = sum(len(align(a, b, corpus).links) for a, b in combinations(corpus.articles, 2))
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    sum(len(align(a, b, corpus).links) for a, b in combinations(corpus.articles, 2))
    return {"pairs": 10, "total_s": cold, "warm_s": time.perf_counter() - t0, "links": links}


def against(args: argparse.Namespace) -> int:
    """This checkout and another aligning the same documents, alternating, each in a fresh process."""
    other = str(args.against.resolve())
    if not (Path(other) / "reader" / "align").is_dir():
        print(f"speed.py: {other} is no checkout of the project (no reader/align)", file=sys.stderr)
        return 2
    print(f"{'paragraphs':>10} {'code':>8} {'align s':>8} {'CPU s':>7} {'links':>7} {'peak RSS MB':>12} {'evidence CPU s':>15}")
    for n in args.sizes:
        cpu: dict[str, list[float]] = {"this": [], "other": []}
        evidence: dict[str, list[float]] = {"this": [], "other": []}
        for _ in range(args.repeat):
            for code, root in (("this", str(ROOT)), ("other", other)):
                r = child(__file__, ["--ecb", str(args.ecb), "--one", str(n), "--root", root])
                cpu[code].append(r["align_cpu_s"])
                evidence[code].append(r["evidence_cpu_s"])
                print(f"{n:>10,} {code:>8} {r['align_s']:>8.2f} {r['align_cpu_s']:>7.2f} {r['links']:>7}"
                      f" {r['peak_rss_mb']:>12.0f} {r['evidence_cpu_s']:>15.2f}")
        print(f"  CPU this / other at {n:,}: {min(cpu['this']) / max(min(cpu['other']), 1e-9):.2f} (best of each)")
        print(f"  evidence CPU this / other at {n:,}: "
              f"{min(evidence['this']) / max(min(evidence['other']), 1e-9):.2f} (best of each)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ecb", type=Path, default=ECB_DEFAULT, help="ECB+ dev jsonl (default: %(default)s)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1250, 2500, 5000], help="paragraphs per document")
    parser.add_argument("--naive-size", type=int, default=2500, help="size for the cdist baseline (0: skip)")
    parser.add_argument("--against", type=Path, help="another checkout of the project to compare with")
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each with --against")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    parser.add_argument("--naive", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--seeds-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.ecb, args.root)))
        return 0
    if args.naive:
        print(json.dumps(naive(args.naive, args.ecb)))
        return 0
    if args.seeds_only:
        print(json.dumps(seeds()))
        return 0

    import os
    print(f"cores: {os.cpu_count()}   python {sys.version.split()[0]}")
    if args.against:
        return against(args)
    print(f"{'paragraphs':>10} {'load s':>8} {'align s':>8} {'links':>7} {'peak RSS MB':>12}"
          f" {'+evidence s':>12} {'sentence s':>11} {'RSS MB':>7}")
    results = {}
    for n in args.sizes:
        r = child(__file__, ["--ecb", str(args.ecb), "--one", str(n)])
        results[n] = r
        print(f"{n:>10,} {r['load_s']:>8.2f} {r['align_s']:>8.2f} {r['links']:>7} {r['peak_rss_mb']:>12.0f}"
              f" {r['evidence_s']:>12.2f} {r['sentence_s']:>11.2f} {r['peak_rss_all_mb']:>7.0f}")
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:]):
        ratio = results[big]["align_s"] / max(results[small]["align_s"], 1e-9)
        print(f"  align time x{ratio:.2f} for x{big / small:.0f} length (quadratic would be x{(big / small) ** 2:.0f})")
    if args.naive_size:
        nv = child(__file__, ["--ecb", str(args.ecb), "--naive", str(args.naive_size)])
        mine = results.get(args.naive_size) or child(__file__, ["--ecb", str(args.ecb), "--one", str(args.naive_size)])
        print(f"\nnaive all-pairs cdist(token_set_ratio, workers=-1) at {args.naive_size:,}: "
              f"{nv['cdist_s']:.2f} s, peak RSS {nv['peak_rss_mb']:.0f} MB")
        print(f"counterpoint at {args.naive_size:,}: {mine['align_s']:.2f} s "
              f"-> {nv['cdist_s'] / max(mine['align_s'], 1e-9):.1f}x faster")
    s = child(__file__, ["--seeds-only"])
    print(f"\nten seed pairs in-process: {s['total_s'] * 1000:.0f} ms total from a cold feature cache, "
          f"{s['warm_s'] * 1000:.0f} ms warm; {s['links']} links")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
