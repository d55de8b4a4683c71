"""What keying an article in a language with a Snowball stemmer costs: its language judged, the
words it writes in lower case found, and every paragraph keyed.

Run from the repository root:

    python benchmarks/language_keying.py                         # 5,000 paragraphs of French
    python benchmarks/language_keying.py --against ../before     # and another checkout, alternating
    python benchmarks/language_keying.py --language tr           # Turkish (its stems looked up in its list)

The article is built from the words of the French (or `--language`'s) wordfreq list (drawn by frequency with a
fixed seed, two or three sentences a paragraph, each opening with a capital, a few invented
names inside them), written to a file and loaded like any other. Each run is a fresh process,
so the language is judged and the article keyed from nothing; CPU seconds are printed (on a
busy machine they move less than the clock) with the process's peak RSS, and `--against`
alternates runs of this checkout and another's `reader/`.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

from harness import child, peak_rss_mb  # noqa: E402

# Invented surnames, written capitalised inside sentences as names are.
NAMES = ("Marovec", "Kessra", "Halvorsen", "Duvignac", "Orlenne", "Taubier", "Velmor", "Quentrec")
WORDS_DRAWN = 3000  # the most frequent words of the list the sentences are drawn from
NAME_SHARE = 0.03  # of a sentence's words, inside it


def build(n: int, seed: int, language: str = "fr") -> str:
    from reader.align.background import _table

    table = _table(language)
    vocabulary = [w for w in sorted(table, key=table.get, reverse=True) if w.isalpha()][:WORDS_DRAWN]
    weights = [table[w] for w in vocabulary]
    rng = random.Random(seed)

    def sentence() -> str:
        words = rng.choices(vocabulary, weights, k=rng.randint(12, 25))
        words = [rng.choice(NAMES) if i and rng.random() < NAME_SHARE else w for i, w in enumerate(words)]
        return " ".join([words[0].capitalize(), *words[1:]]) + "."

    return "\n\n".join(" ".join(sentence() for _ in range(rng.choice((2, 3)))) for _ in range(n)) + "\n"


def one_run(n: int, root: str | None, language: str = "fr") -> dict:
    if root:
        sys.path.insert(0, root)
    else:
        sys.path.insert(0, str(ROOT))
    from reader.align import Glossary
    from reader.align.features import article_features
    from reader.align.language import keyed_language, lower_words
    from reader.corpus import load_article

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{language}.txt"
        path.write_text(build(n, 1, language), encoding="utf-8")
        article = load_article(path)
        c0 = time.process_time()
        language = keyed_language(article)
        c1 = time.process_time()
        common = lower_words(article)
        c2 = time.process_time()
        feats = article_features(article, "paragraph", Glossary())
        c3 = time.process_time()
    return {"language": language, "lower words": len(common or ()), "keys": sum(len(f or ()) for f in feats),
            "judge": c1 - c0, "lower": c2 - c1, "features": c3 - c2, "total": c3 - c0, "rss": peak_rss_mb()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--against", type=Path, help="another checkout of the project to compare with")
    parser.add_argument("--language", default="fr", help="the wordfreq list the article is drawn from")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (alternating with --against)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.paragraphs, args.root, args.language)))
        return 0
    roots = [("this", str(ROOT))] + ([("other", str(args.against.resolve()))] if args.against else [])
    runs: dict[str, list[dict]] = {code: [] for code, _ in roots}
    for _ in range(args.repeat):
        for code, root in roots:
            runs[code].append(child(__file__, ["--one", "--paragraphs", str(args.paragraphs), "--root", root,
                                                   "--language", args.language]))
    print(f"{args.paragraphs:,} paragraphs drawn from the {args.language} list; CPU seconds, best of {args.repeat}")
    print(f"{'code':6} {'judge':>6} {'lower':>6} {'keys':>6} {'total':>6} {'MB':>5}  language, lower-case words, keys")
    for code, rs in runs.items():
        best = min(rs, key=lambda r: r["total"])
        print(f"{code:6} {min(r['judge'] for r in rs):6.2f} {min(r['lower'] for r in rs):6.2f} "
              f"{min(r['features'] for r in rs):6.2f} {best['total']:6.2f} {max(r['rss'] for r in rs):5.0f}  "
              f"{best['language']}, {best['lower words']:,}, {best['keys']:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
