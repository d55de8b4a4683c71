"""What composing a pane's text (NFC, joiners out) costs when an article is shown, against the
text preparation the pane did before, and against wrapping the same text, in the same run.

    python benchmarks/composing.py [--paragraphs 5000] [--rounds 5]

Each pane composes every unit's text once per article shown; the offset map of a unit is only
worked out when one of its spans is painted (a search hit, evidence, a difference), so the
"map" column times that for every unit, the worst case.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.corpus.composed import Composed  # noqa: E402
from reader.tui.layout import Layout  # noqa: E402

FRENCH = ("Le cessez-le-feu a été négocié à Moscou; les délégués ont évoqué la sécurité de la "
          "région et l’accès humanitaire, selon le ministère des Affaires étrangères. ")
KOREAN = "한국어 기사는 양측의 주장을 비교하고, 휴전 협상이 모스크바에서 이루어졌다고 전했습니다. "
ENGLISH = "The ceasefire was negotiated in Moscow; delegates discussed the region's security. "


def _median(rounds: int, work) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    cases = {
        "English": ENGLISH * 4,
        "French, composed": FRENCH * 3,
        "French, decomposed": unicodedata.normalize("NFD", FRENCH * 3),
        "Korean, composed": KOREAN * 4,
        "Korean, in jamo": unicodedata.normalize("NFD", KOREAN * 4),
    }
    print(f"{args.paragraphs} paragraphs, median of {args.rounds} rounds, ms")
    print(f"{'text':20} {'before':>8} {'composed':>9} {'map':>8} {'wrap':>8} {'composed/wrap':>14}")
    for name, paragraph in cases.items():
        # distinct strings, as an article's paragraphs are (no cache can help)
        texts = [f"{n}. {paragraph}" for n in range(args.paragraphs)]
        before = _median(args.rounds, lambda: [t.replace("\t", " ").replace("\xa0", " ") for t in texts])
        composed = _median(args.rounds, lambda: [Composed(t.replace("\t", " ").replace("\xa0", " ")) for t in texts])
        mapped = _median(args.rounds, lambda: [Composed(t).shown_span(5, 40) for t in texts])
        shown = [Composed(t).text for t in texts]
        wrap = _median(args.rounds, lambda: Layout.build(shown, 70, range(len(shown))))
        print(f"{name:20} {before:8.1f} {composed:9.1f} {mapped:8.1f} {wrap:8.1f} {composed / wrap:14.2f}")


if __name__ == "__main__":
    main()
