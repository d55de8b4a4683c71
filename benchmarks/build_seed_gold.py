"""Merge two independent annotations of the seed article pairs into the seed gold.

    python benchmarks/build_seed_gold.py          # agreement figures only
    python benchmarks/build_seed_gold.py --write  # also rewrite benchmarks/data/seeds_gold.toml
    python benchmarks/build_seed_gold.py --set opposing [--write]   # the held-out opposing set

The opposing set (benchmarks/data/opposing/: three stories the seeds do not tell, each told by
an Armenian and an Azerbaijani outlet, written for the benchmark) was annotated twice the same
way, on separate passes, into benchmarks/data/opposing/annotation/; its `pair` numbers the
stories in file-name order (`<story>_a.txt` against `<story>_b.txt`) and its gold goes to
benchmarks/data/opposing_gold.toml.

Each annotator read every pair of seed articles, passage by passage, following
benchmarks/data/annotation/GUIDELINE.md, and recorded pairs as "same" (the same event or
claim) or "related" (the same broad subject only), one JSON object per line in
benchmarks/data/annotation/<annotator>.jsonl: {"pair", "a", "b", "relation", "why"}, where
`pair` numbers the article pairs in the order below and `a`/`b` are passage indices.
A pair is gold "same" only when both annotators said so; any other recorded pair is
"related" (neither rewarded nor penalised). Quotes, not indices, go into the gold file so it
survives changes to segmentation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.corpus import Article, load_article, load_seeds  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
ANNOTATION = DATA / "annotation"
GOLD = DATA / "seeds_gold.toml"
OPPOSING = DATA / "opposing"
OPPOSING_GOLD = DATA / "opposing_gold.toml"
MIN_QUOTE = 40


def article_pairs(corpus: list[Article]) -> list[tuple[Article, Article]]:
    """The order the annotators numbered the pairs in: the corpus order, every pair once."""
    return list(combinations(corpus, 2))


def opposing_pairs(folder: Path = OPPOSING) -> list[tuple[Article, Article]]:
    """The opposing set's stories in file-name order, each as its (`_a`, `_b`) articles."""
    return [(load_article(a), load_article(a.with_name(a.name[:-len("_a.txt")] + "_b.txt")))
            for a in sorted(folder.glob("*_a.txt"))]


def quote(article: Article, index: int) -> str:
    """The shortest opening of the passage (whole words, >= MIN_QUOTE characters) that occurs
    in no other passage of the article that is not boilerplate (boilerplate never links)."""
    text = article.passages[index].text
    others = [p.text for p in article.passages if p.index != index and p.kind != "boilerplate"]
    end = min(len(text), MIN_QUOTE)
    while True:
        while end < len(text) and not text[end].isspace():
            end += 1
        q = text[:end].strip()
        if end >= len(text) or not any(q in o for o in others):
            return q
        end += 1


def read(path: Path) -> dict[tuple[int, int, int], str]:
    out: dict[tuple[int, int, int], str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["relation"] not in ("same", "related"):
            raise SystemExit(f"{path}:{n}: relation must be same or related")
        key = (int(row["pair"]), int(row["a"]), int(row["b"]))
        if out.get(key) != "same":  # a pair recorded twice counts as its strongest label
            out[key] = row["relation"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="rewrite the set's gold file")
    parser.add_argument("--set", choices=("seeds", "opposing"), default="seeds")
    args = parser.parse_args()
    opposing = args.set == "opposing"
    annotation, gold = (OPPOSING / "annotation", OPPOSING_GOLD) if opposing else (ANNOTATION, GOLD)
    files = sorted(annotation.glob("*.jsonl"))
    if len(files) != 2:
        raise SystemExit(f"expected two annotations in {annotation}, found {len(files)}")
    first, second = (read(f) for f in files)
    same1 = {k for k, v in first.items() if v == "same"}
    same2 = {k for k, v in second.items() if v == "same"}
    agreed = same1 & same2
    print(f"'same' pairs: {files[0].stem} {len(same1)}, {files[1].stem} {len(same2)}, both {len(agreed)}")
    print(f"positive agreement on 'same': {2 * len(agreed) / max(1, len(same1) + len(same2)):.3f}")
    related = (set(first) | set(second)) - agreed

    pairs = opposing_pairs() if opposing else article_pairs(load_seeds())
    per_pair: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for p, _, _ in agreed:
        per_pair[p][0] += 1
    for p, _, _ in related:
        per_pair[p][1] += 1
    for p, (a, b) in enumerate(pairs):
        print(f"  {a.path.name} / {b.path.name}: same {per_pair[p][0]}, related {per_pair[p][1]}")
    if not args.write:
        return 0
    who = ("passes", "pass") if opposing else ("annotators", "annotator")
    lines = [
        "# Opposing held-out gold for Counterpoint's alignment engine: cross-article passage pairs."
        if opposing else "# Seed dev gold for Counterpoint's alignment engine: cross-article passage pairs.",
        f"# Built by benchmarks/build_seed_gold.py{' --set opposing' if opposing else ''} from two independent "
        f"{'annotation passes' if opposing else 'annotations'}",
        f"# ({annotation.relative_to(ROOT)}/): \"same\" = both {who[0]} judged that the passages",
        f"# discuss the same event or claim; \"related\" = any other pair either {who[1]} recorded",
        "# (neither rewarded nor penalised).",
    ]
    for key in sorted(agreed | related):
        p, i, j = key
        a, b = pairs[p]
        relation = "same" if key in agreed else "related"
        lines += ["", "[[pair]]", f"a = {json.dumps(a.path.name)}",
                  f"a_quote = {json.dumps(quote(a, i), ensure_ascii=False)}",
                  f"b = {json.dumps(b.path.name)}",
                  f"b_quote = {json.dumps(quote(b, j), ensure_ascii=False)}",
                  f"relation = \"{relation}\""]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {gold.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
