"""How long re-anchoring bookmarks takes after their article changed.

    python benchmarks/bookmark_anchoring.py [--bookmarks 1000] [--quote-chars 100000]

Two figures: 1,000 bookmarks, one on every paragraph of ten 100-paragraph articles (~25,000
characters each), after every article gained a paragraph at the top and had a word edited in
every tenth paragraph (every bookmark must be looked for again, a tenth of them only
approximately); and one bookmark whose quote is 100,000 characters long with one word edited
in its middle (the approximate path on the longest quote a person is likely to mark).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.bookmarks import anchor_span, place  # noqa: E402
from reader.corpus import load_article  # noqa: E402

WORDS = ("Azerbaijan Armenia Israel Baku Yerevan Jerusalem oil drones ceasefire border corridor "
         "officials said the of and a to in was that for with as by at from reported according "
         "ministry figures pipeline enclave Artsakh Karabakh region trade weapons").split()


PER_ARTICLE = 100  # bookmarks (one per paragraph) in each article of the many-bookmarks case


def _paragraph(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _write(path: Path, paragraphs: list[str]):
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return load_article(path)


def _edit(paragraph: str) -> str:
    """One word in the middle of the paragraph replaced."""
    words = paragraph.split(" ")
    words[len(words) // 2] = "revised"
    return " ".join(words)


def many_bookmarks(folder: Path, count: int, rng: random.Random) -> tuple[float, dict[str, int]]:
    """`count` bookmarks, one per paragraph, over articles of PER_ARTICLE paragraphs each."""
    anchors, changed = [], {}
    for n in range(max(1, count // PER_ARTICLE)):
        paragraphs = [_paragraph(rng, 40) for _ in range(min(PER_ARTICLE, count - n * PER_ARTICLE))]
        path = folder / f"article-{n}.txt"
        article = _write(path, paragraphs)
        anchors += [anchor_span(article, p.start, p.end) for p in article.passages]
        edited = [_edit(p) if i % 10 == 5 else p for i, p in enumerate(paragraphs)]
        changed[anchors[-1].path] = _write(path, ["An editor's note added at the top."] + edited)
    started = time.perf_counter()
    placements = [place(a, changed[a.path]) for a in anchors]
    elapsed = time.perf_counter() - started
    statuses: dict[str, int] = {}
    for p in placements:
        statuses[p.status] = statuses.get(p.status, 0) + 1
    return elapsed, statuses


def long_quote(folder: Path, chars: int, rng: random.Random) -> tuple[float, str, bool]:
    body = ""
    while len(body) < chars:
        body += _paragraph(rng, 12) + " "
    body = body[:chars].rstrip() + "."
    before, after = _paragraph(rng, 60), _paragraph(rng, 60)
    path = folder / "long.txt"
    article = _write(path, [before, body, after])
    start = article.text.index(body)  # the whole paragraph, which the segmenter cuts into passages
    anchor = anchor_span(article, start, start + len(body))
    edited = _edit(body)
    changed = _write(path, ["A new opening paragraph.", before, edited, after])
    started = time.perf_counter()
    placement = place(anchor, changed)
    elapsed = time.perf_counter() - started
    exact = placement.start is not None and changed.text[placement.start : placement.end] == edited
    return elapsed, placement.status, exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookmarks", type=int, default=1000)
    parser.add_argument("--quote-chars", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        elapsed, statuses = many_bookmarks(folder, args.bookmarks, rng)
        print(f"{args.bookmarks} bookmarks ({PER_ARTICLE} per article) re-anchored in {elapsed:.2f} s "
              f"({1000 * elapsed / args.bookmarks:.2f} ms each); {statuses}")
        elapsed, status, exact = long_quote(folder, args.quote_chars, rng)
        print(f"one {args.quote_chars:,}-character quote re-anchored in {elapsed:.2f} s: {status}, "
              f"{'exactly the edited passage' if exact else 'NOT the edited passage'}")


if __name__ == "__main__":
    main()
