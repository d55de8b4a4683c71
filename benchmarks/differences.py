"""Differences inside linked pairs: precision and recall on hand-labelled pairs, and their cost.

Run from the repository root:

    python benchmarks/differences.py              # quality, then cost at 5,000 paragraphs
    python benchmarks/differences.py --no-speed   # quality only
    python benchmarks/differences.py --sizes 1250 5000
    python benchmarks/differences.py --no-quality --sizes 5000 --against ../before   # and another checkout

Quality: benchmarks/data/differences_gold.toml labels 120 linked pairs (47 BASIL pairs whose
paragraphs both hold a figure or date, the 67 "same" pairs of the seeds, and six pairs the
reader links whose dates name one fact). Neither corpus holds a single linked pair whose
figures or dates truly disagree, so recall is measured on altered copies: each labelled "same
fact, told alike" pair ("$250 million" / "more than $240 million") has its B side changed in
memory (a figure ten times larger; a date once per field both sides give: its month three on,
its year three on, its day three on) and must then be reported; the unaltered pairs measure
false alarms. The BASIL rows are skipped when ../shared/bench/basil_dev is absent; its texts
are read from there and altered only in a temporary directory.

Names one side lacks ("who is there") are measured against benchmarks/data/names_gold.toml,
which labels by hand, on 77 of those pairs, 34 other BASIL pairs and 24 pairs of the opposing set
(benchmarks/data/opposing, passages numbered as the reader cuts them, as for the seeds), every
name one passage gives and the other does not (its rule is written at its top): precision is
the share of reported names that are such a name (a name reported twice counts once, the second
time as false), recall the share of those names reported; each group of pairs it holds out is
also measured apart. The other pairs' names are only counted.

Cost: two documents of N paragraphs built as benchmarks/speed.py builds them (real ECB+
sentences), aligned (the baseline, timed in the same run), then the differences of every link;
wall-clock and CPU time (the CPU time is the steadier on a shared, loaded machine), and the
garbage collector's share of the differences' CPU time (timed by its callbacks).
`--against` measures another checkout's differ (its `reader/`) on the same documents, each run
in a fresh process, alternating with this one's, and prints the CPU seconds of both and a digest
of every link's differences: on a busy machine one process's CPU time moves less than the clock,
and equal digests say the two give the same answers.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import re
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the code measured: this checkout's, or another's in a child of --against (its --root)
CODE = Path(sys.argv[sys.argv.index("--root") + 1]) if "--root" in sys.argv[:-1] else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(0, str(ROOT / "benchmarks"))

from reader.align import Glossary, align, default_glossary  # noqa: E402
from reader.align.text import phrase_keys  # noqa: E402
from reader.corpus import Article, Passage, load_article, load_seeds  # noqa: E402
from reader.differ import Differ  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "differences_gold.toml"
NAMES_GOLD = ROOT / "benchmarks" / "data" / "names_gold.toml"  # names one side lacks, on some of those pairs and others
OPPOSING = ROOT / "benchmarks" / "data" / "opposing"  # the held-out opposing set, its passages numbered as the seeds'
BASIL = ROOT.parent / "shared" / "bench" / "basil_dev"  # ../shared beside the checkout

# -- altering a figure or date ------------------------------------------------------------------

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_ABBREVIATIONS = {"Jan.": 0, "Feb.": 1, "Mar.": 2, "Apr.": 3, "Aug.": 7, "Sept.": 8, "Sep.": 8, "Oct.": 9,
                  "Nov.": 10, "Dec.": 11}
_MONTH = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b|(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + ")")
_TENFOLD = {"one": "ten", "two": "twenty", "three": "thirty", "four": "forty", "five": "fifty",
            "six": "sixty", "seven": "seventy", "eight": "eighty", "nine": "ninety"}


_OPEN_ABOVE = re.compile(r"(?:more than|over|at least|upwards of|in excess of)\W*\$?$", re.IGNORECASE)
# "nearly", "almost", "just under" are a little under the figure (quantities.NEARLY_FLOOR), not
# open below: a figure ten times larger contradicts them as plainly as a plain one
_OPEN_BELOW = re.compile(r"(?:up to|less than|fewer than|(?<!just )under)\W*\$?$", re.IGNORECASE)


_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b")
_DAY = re.compile(r"(?<![\d,.])\b(?:[1-9]|[12]\d|3[01])(?=(?:st|nd|rd|th)?\b)(?![.,]\d)")


def _moved_month(text: str) -> str | None:
    if not (m := _MONTH.search(text)):
        return None
    word = m.group()
    if word in _ABBREVIATIONS:
        new = [k for k, v in _ABBREVIATIONS.items() if v == (_ABBREVIATIONS[word] + 3) % 12][0]
    else:
        new = _MONTHS[(_MONTHS.index(word) + 3) % 12]
    return text[: m.start()] + new + text[m.end():]


def _moved_year(text: str) -> str | None:
    if not (m := _YEAR.search(text)):
        return None
    return text[: m.start()] + str(int(m.group()) + 3) + text[m.end():]


def _moved_day(text: str) -> str | None:
    if not _MONTH.search(text) or not (m := _DAY.search(text)):
        return None  # a day only beside a month ("Sept. 11", "1 to 2 April")
    day = int(m.group())
    return text[: m.start()] + str(day + 3 if day <= 25 else day - 3) + text[m.end():]


_DATE_MOVES = {"month": _moved_month, "year": _moved_year, "day": _moved_day}


def date_alterations(a_text: str, b_text: str) -> list[tuple[str, str]]:
    """A date told differently, once per field both sides give (a month three on, a year three
    on, a day three on): ("field", B's altered text) each. A field only one side gives makes
    no contradiction ("April 2016" / "1 to 2 April": only the month)."""
    return [(field, changed) for field, move in _DATE_MOVES.items()
            if move(a_text) is not None and (changed := move(b_text)) is not None]


def alter(text: str, a_before: str = "", b_before: str = "") -> str | None:
    """A figure told differently: ten times the figure, or a tenth of it where a hedge would
    absorb a larger one (A's "more than X", B's own "nearly X": the words before each figure
    are `a_before`, `b_before`). None when the two hedges leave no figure that contradicts."""
    if m := re.search(r"\d[\d,]*(?:\.\d+)?", text):
        digits = m.group()
        if (_OPEN_ABOVE.search(a_before) and _OPEN_ABOVE.search(b_before)) or (
                _OPEN_BELOW.search(a_before) and _OPEN_BELOW.search(b_before)):
            return None  # "more than 40" / "at least 40": no other figure after "at least" contradicts
        smaller = _OPEN_ABOVE.search(a_before) or _OPEN_BELOW.search(b_before)
        value = float(digits.replace(",", "")) * (0.1 if smaller else 10)
        new = f"{value:,.0f}" if "," in digits else (f"{value:g}" if "." in digits or value < 10 else str(int(value)))
        return text[: m.start()] + new + text[m.end():]
    if m := re.search(r"\b(" + "|".join(_TENFOLD) + r")\b", text, re.IGNORECASE):
        return text[: m.start()] + _TENFOLD[m.group().lower()] + text[m.end():]
    raise ValueError(f"nothing to alter in {text!r}")


# -- loading the labelled pairs -------------------------------------------------------------------

def _blocks(text: str) -> list[int]:
    """Start offsets of the blank-line blocks of a file (BASIL's paragraph numbering, from 1)."""
    return [m.start() for m in re.finditer(r"(?:[^\n]+\n?)+", text)]


def units(article: Article, corpus: str) -> list[Passage]:
    """The units the labels number: the reader's passages for the seeds; for BASIL the
    blank-line blocks gold.txt numbers (the reader may cut BASIL's one-sentence lines finer),
    as passages of their own, so a labelled pair is compared whole."""
    if corpus in ("seeds", "opposing"):
        return article.passages
    starts = _blocks(article.text) + [len(article.text)]
    return [Passage(article.id, n, "body", lo, len(article.text[:hi].rstrip()), article.display(lo, len(article.text[:hi].rstrip())))
            for n, (lo, hi) in enumerate(zip(starts, starts[1:]))]


def unit_index(corpus: str, paragraph: int) -> int:
    return paragraph if corpus in ("seeds", "opposing") else paragraph - 1


def unit_at(units_: list[Passage], offset: int) -> int:
    return next(u.index for u in units_ if u.start <= offset < u.end)


def overlaps(span: tuple[int, int] | None, lo: int, hi: int) -> bool:
    return span is not None and span[0] < hi and lo < span[1]


def group_name(glossary: Glossary, text: str) -> str | None:
    keys = phrase_keys(text)
    hit = glossary.match(keys, 0) if keys else None
    return glossary.groups[hit[0]][0] if hit else None


def pair_key(row: dict) -> tuple:
    return row["corpus"], row["a"], row["a_paragraph"], row["b"], row["b_paragraph"]


def matched_names(reported: list[tuple[str, tuple[int, int]]], lacks: list[dict]) -> tuple[int, int]:
    """How many reported names (side, span) are labelled names one side lacks, each label
    matched once (a report matches a label when it overlaps one of its spans on its side; the
    most matches, by augmenting paths), and how many of the rest overlap a label, already
    matched: the same name reported again."""
    fits = [[n for n, label in enumerate(lacks) if label["side"] == side and any(overlaps(span, *at) for at in label["at"])]
            for side, span in reported]
    owner: dict[int, int] = {}  # label -> report

    def assign(r: int, seen: set[int]) -> bool:
        for n in fits[r]:
            if n not in seen:
                seen.add(n)
                if n not in owner or assign(owner[n], seen):
                    owner[n] = r
                    return True
        return False

    hits = sum(assign(r, set()) for r in range(len(reported)))
    return hits, sum(1 for r, labels in enumerate(fits) if labels and r not in owner.values())


def held_out_part(labels: dict) -> str | None:
    """The held-out group a names_gold pair belongs to, as the benchmark names it, or None."""
    group = labels.get("held_out")
    if group is None or group is False:
        return None
    return "held out" if group is True else f"held out, {group}"


def quality(basil: Path) -> dict:
    gold = tomllib.loads(GOLD.read_text(encoding="utf-8"))["pair"]
    names_gold = {pair_key(row): row for row in tomllib.loads(NAMES_GOLD.read_text(encoding="utf-8"))["pair"]}
    glossary, _problems = default_glossary(None)
    seeds = {a.path.name: a for a in load_seeds()}
    articles: dict[tuple[str, str], Article] = {}

    def article(corpus: str, name: str) -> Article:
        if corpus == "seeds":
            return seeds[name]
        if (corpus, name) not in articles:
            articles[corpus, name] = load_article((OPPOSING if corpus == "opposing" else basil) / name)
        return articles[corpus, name]

    stats = {k: {"labelled": 0, "tp": 0, "fp": 0, "natural": 0} for k in ("number", "date")}
    framing = {"tp": 0, "fp": 0, "fn": 0}
    names = 0
    parts = ["all"] + sorted({part for row in names_gold.values() if (part := held_out_part(row))})
    labelled_names = {part: {"pairs": {"basil": 0, "seeds": 0, "opposing": 0}, "lacks": 0, "reported": 0, "tp": 0,
                             "again": 0} for part in parts}

    def count_names(found: list, labels: dict, corpus: str) -> None:
        reported = [("a", d.a_span) if d.a_span else ("b", d.b_span) for d in found if d.kind == "name"]
        hits, again = matched_names(reported, labels["lacks"])
        for part in ("all", held_out_part(labels)):
            if part is None:
                continue
            counts = labelled_names[part]
            counts["pairs"][corpus] += 1
            counts["lacks"] += len(labels["lacks"])
            counts["reported"] += len(reported)
            counts["tp"] += hits
            counts["again"] += again
    pairs = skipped = unalterable = date_pairs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for row in gold:
            corpus = row["corpus"]
            if corpus == "basil" and not basil.is_dir():
                skipped += 1
                continue
            pairs += 1
            a, b = article(corpus, row["a"]), article(corpus, row["b"])
            a_units, b_units = units(a, corpus), units(b, corpus)
            i, j = unit_index(corpus, row["a_paragraph"]), unit_index(corpus, row["b_paragraph"])
            found = Differ(a, b, a_units, b_units, glossary).between(i, j)
            natural = {(d.kind, d.a_span, d.b_span) for d in found if d.kind in stats}
            for kind, a_span, b_span in natural:
                stats[kind]["natural"] += 1
                if any(t["kind"] == kind and overlaps(a_span, *t["a"]) and overlaps(b_span, *t["b"])
                       for t in row["disagree"]):
                    stats[kind]["tp"] += 1
                else:
                    stats[kind]["fp"] += 1
            names += sum(d.kind == "name" for d in found)
            if (labels := names_gold.get(pair_key(row))) is not None:
                count_names(found, labels, corpus)
            got = {group_name(glossary, d.a_text) for d in found if d.kind == "framing"}
            want = set(row["framing"])
            framing["tp"] += len(got & want)
            framing["fp"] += len(got - want)
            framing["fn"] += len(want - got)
            for target in row["same"]:  # a known disagreement, made by altering B
                kind = target["kind"]
                lo, hi = target["b"]
                a_lo, a_hi = target["a"]
                if kind == "date":
                    variants = [changed for _field, changed in date_alterations(a.text[a_lo:a_hi], b.text[lo:hi])]
                    date_pairs += 1
                else:
                    variants = [alter(b.text[lo:hi], a.text[max(0, a_lo - 20) : a_lo], b.text[max(0, lo - 20) : lo])]
                if variants == [None] or not variants:
                    unalterable += 1
                    continue
                for changed in variants:
                    stats[kind]["labelled"] += 1
                    stats[kind]["tp"] += _altered_found(a, b, a_units, i, corpus, glossary, target, changed, natural,
                                                        stats, Path(tmp) / f"altered_{row['b']}")
    # the labelled pairs of names outside differences_gold.toml (the opposing set's)
    in_gold = {pair_key(row) for row in gold}
    for key, labels in names_gold.items():
        corpus = labels["corpus"]
        if key in in_gold or (corpus == "basil" and not basil.is_dir()):
            continue
        a, b = article(corpus, labels["a"]), article(corpus, labels["b"])
        a_units, b_units = units(a, corpus), units(b, corpus)
        i, j = unit_index(corpus, labels["a_paragraph"]), unit_index(corpus, labels["b_paragraph"])
        count_names(Differ(a, b, a_units, b_units, glossary).between(i, j), labels, corpus)
    return {"pairs": pairs, "skipped": skipped, "stats": stats, "framing": framing, "names": names,
            "labelled_names": labelled_names,
            "unalterable": unalterable, "date_pairs": date_pairs}


def _altered_found(a: Article, b: Article, a_units: list[Passage], i: int, corpus: str, glossary: Glossary,
                   target: dict, changed: str, natural: set, stats: dict, path: Path) -> bool:
    """Whether the differences of the pair, B's labelled span replaced by `changed`, report
    that span against A's; a new difference the alteration provoked elsewhere is a false alarm."""
    kind = target["kind"]
    lo, hi = target["b"]
    path.write_text(b.text[:lo] + changed + b.text[hi:], encoding="utf-8")
    b2 = load_article(path)
    b2_units = units(b2, corpus)
    j2 = unit_at(b2_units, lo)
    hi2 = lo + len(changed)
    after = Differ(a, b2, a_units, b2_units, glossary).between(i, j2)
    hit = False
    for d in after:
        if d.kind not in stats:
            continue
        if d.kind == kind and overlaps(d.a_span, *target["a"]) and overlaps(d.b_span, lo, hi2):
            hit = True
        elif (d.kind, d.a_span) not in {(k, s) for k, s, _b in natural}:
            stats[d.kind]["fp"] += 1  # a new false alarm the alteration provoked
    return hit


# -- cost ----------------------------------------------------------------------------------------

def cost(n: int, digest: bool = False) -> dict:
    """The alignment's and the differences' cost at `n` paragraphs (`digest`: and a digest of every
    link's differences, read again apart from the timing)."""
    from ecb import ECB_DEFAULT
    from speed import build, sentences

    pool = sentences(ECB_DEFAULT)
    glossary, _problems = default_glossary(None)
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        pa.write_text(build(pool, n, 1), encoding="utf-8")
        pb.write_text(build(pool, n, 2), encoding="utf-8")
        a, b = load_article(pa), load_article(pb)
        t0, c0 = time.perf_counter(), time.process_time()
        al = align(a, b, None, glossary=Glossary())
        t1, c1 = time.perf_counter(), time.process_time()
        collections: list[tuple[str, int, float]] = []  # (phase, generation, CPU time)

        def timed(phase: str, info: dict) -> None:
            collections.append((phase, info["generation"], time.process_time()))

        gc.callbacks.append(timed)
        differ = Differ.of(al, glossary)
        counts: dict[str, int] = {}
        for link in al.links:
            for d in differ.between(link.a, link.b):
                counts[d.kind] = counts.get(d.kind, 0) + 1
        t2, c2 = time.perf_counter(), time.process_time()
        gc.callbacks.remove(timed)
        if digest:  # (the answers again, untimed: kept, they would weigh on the collector timed above)
            differ = Differ.of(al, glossary)
            answers = repr([differ.between(link.a, link.b) for link in al.links])
    return {"n": n, "links": len(al.links), "align_s": t1 - t0, "differences_s": t2 - t1,
            "align_cpu": c1 - c0, "differences_cpu": c2 - c1, "counts": counts,
            "digest": hashlib.sha256(answers.encode()).hexdigest()[:16] if digest else "",
            "collector_cpu": sum(t if phase == "stop" else -t for phase, _g, t in collections),
            "full_collections": sum(1 for phase, g, _t in collections if phase == "start" and g == 2)}


def against(args: argparse.Namespace) -> int:
    """This checkout's differ and another's on the same documents, alternating, each run in a
    fresh process."""
    from harness import child

    other = args.against.resolve()
    if not (other / "reader" / "differ").is_dir():
        print(f"differences.py: {other} is no checkout of the project (no reader/differ)", file=sys.stderr)
        return 2
    print(f"\n{'paragraphs':>10} {'code':>6} {'links':>7} {'CPU: align s':>13} {'differences s':>14} {'vs align':>9}"
          f"  digest of the differences")
    for n in args.sizes:
        cpu: dict[str, list[float]] = {"this": [], "other": []}
        digests: dict[str, set[str]] = {"this": set(), "other": set()}
        for _ in range(args.repeat):
            for code, root in (("this", ROOT), ("other", other)):
                c = child(__file__, ["--one", str(n), "--root", str(root)])
                cpu[code].append(c["differences_cpu"])
                digests[code].add(c["digest"])
                print(f"{n:>10,} {code:>6} {c['links']:>7} {c['align_cpu']:>13.2f} {c['differences_cpu']:>14.2f}"
                      f" {c['differences_cpu'] / c['align_cpu']:>8.2f}x  {c['digest']}")
        same = "the same" if len(digests["this"] | digests["other"]) == 1 else "DIFFERENT"
        print(f"  differences' CPU this / other at {n:,}: {min(cpu['this']) / max(min(cpu['other']), 1e-9):.2f}"
              f" (best of each); answers {same}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--basil", type=Path, default=BASIL, help="BASIL dev folder (default: %(default)s)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000], help="paragraphs per document for the cost")
    parser.add_argument("--no-speed", action="store_true", help="skip the cost")
    parser.add_argument("--no-quality", action="store_true", help="skip the labelled pairs")
    parser.add_argument("--against", type=Path, help="another checkout of the project to compare the cost with")
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each with --against")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(cost(args.one, digest=True)))
        return 0
    if not args.no_quality:
        report_quality(args)
    if args.against:
        return against(args)
    if not args.no_speed:
        report_cost(args)
    return 0


def report_quality(args: argparse.Namespace) -> None:
    q = quality(args.basil)
    print(f"labelled linked pairs: {q['pairs']}" + (f" ({q['skipped']} BASIL pairs skipped: no {args.basil})" if q["skipped"] else ""))
    if q["unalterable"]:
        print(f"({q['unalterable']} labelled figure pair(s) left out: both hedged the same way, nothing contradicts them)")
    print(f"{'kind':<8} {'altered':>8} {'found':>6} {'false alarms':>13} {'precision':>10} {'recall':>7}   (unaltered pairs: reported)")
    for kind, s in q["stats"].items():
        p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else float("nan")
        r = s["tp"] / s["labelled"] if s["labelled"] else float("nan")
        print(f"{kind:<8} {s['labelled']:>8} {s['tp']:>6} {s['fp']:>13} {p:>10.2f} {r:>7.2f}   ({s['natural']})")
    print(f"(date: {q['date_pairs']} labelled pairs, altered once per field both sides give: month, year, day)")
    f = q["framing"]
    p = f["tp"] / (f["tp"] + f["fp"]) if f["tp"] + f["fp"] else float("nan")
    r = f["tp"] / (f["tp"] + f["fn"]) if f["tp"] + f["fn"] else float("nan")
    print(f"framing  labelled {f['tp'] + f['fn']}, found {f['tp']}, false {f['fp']}: precision {p:.2f}, recall {r:.2f}")
    print(f"names one side lacks, reported on these pairs: {q['names']} (labelled on the pairs below)")
    for part, n in q["labelled_names"].items():
        false = n["reported"] - n["tp"]
        p = n["tp"] / n["reported"] if n["reported"] else float("nan")
        r = n["tp"] / n["lacks"] if n["lacks"] else float("nan")
        print(f"names    {'labelled' if part == 'all' else '(' + part + ')'} on {sum(n['pairs'].values())} pairs"
              f" ({n['pairs']['basil']} BASIL, {n['pairs']['seeds']} seeds, {n['pairs']['opposing']} opposing):"
              f" {n['lacks']} names one side lacks;"
              f" reported {n['reported']}, found {n['tp']}, false {false} ({n['again']} of them a name reported again):"
              f" precision {p:.2f}, recall {r:.2f}")


def report_cost(args: argparse.Namespace) -> None:
    print(f"\n{'paragraphs':>10} {'links':>7} {'align s':>8} {'differences s':>14} {'per link us':>12} {'vs align':>9}"
          f" {'CPU: align s':>13} {'differences s':>14} {'vs align':>9}")
    for n in args.sizes:
        c = cost(n)
        print(f"{n:>10,} {c['links']:>7} {c['align_s']:>8.2f} {c['differences_s']:>14.2f} "
              f"{c['differences_s'] / max(c['links'], 1) * 1e6:>12.0f} {c['differences_s'] / c['align_s']:>8.2f}x"
              f" {c['align_cpu']:>13.2f} {c['differences_cpu']:>14.2f} {c['differences_cpu'] / c['align_cpu']:>8.2f}x")
        print(f"           reported: {c['counts']}")
        print(f"           of the differences' CPU, the garbage collector: {c['collector_cpu']:.3f} s"
              f" ({c['full_collections']} full collection(s))")


if __name__ == "__main__":
    raise SystemExit(main())
