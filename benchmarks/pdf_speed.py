"""How long reading a PDF takes, and its peak memory, next to reading the same text as a .txt.

    python benchmarks/pdf_speed.py [--pages 300] [--pages 2000]

A report of PAGES pages (45 lines a page: wrapped paragraphs with a paragraph's space between
them, a running header and a page number on each, paragraphs running on over page breaks) is
written as a PDF by the tests' PDF writer (tests/corpus/pdfmaker.py, deflated streams), and its
text, as the reader reads it out of the PDF, as a .txt; each file is loaded in a fresh process
(`load_paths`): seconds and peak resident memory. A PDF of MAX_PAGES pages, the most the reader
reads, must load in seconds, never hang; so must a small file whose pages draw one form
thousands of times (refused once its pages have run MAX_OPERATIONS).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

from harness import child, peak_rss_mb  # noqa: E402

SENTENCES = ("The ministry said the talks on the corridor would resume on Monday, after a week of delays. ",
             "Observers from the mission could not confirm either side's account of the exchange of fire. ",
             "Opposition members asked for an inquiry into how the contract for the new road was awarded. ")
LINES_PER_PAGE = 45


def write_report(path: Path, pages: int) -> None:
    from pdfmaker import Page, make_pdf, wrap

    lines: list[str] = []
    n = 0
    while len(lines) < pages * LINES_PER_PAGE:
        paragraph = "".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(2 + n % 4))
        lines += [*wrap(paragraph), ""]
        n += 1
    path.write_bytes(make_pdf([Page(lines=lines[at:at + LINES_PER_PAGE], header="Report on the corridor talks",
                                    footer=str(at // LINES_PER_PAGE + 1))
                               for at in range(0, pages * LINES_PER_PAGE, LINES_PER_PAGE)]))


def write_bomb(path: Path) -> None:
    """A page of 1 kB that draws a form of 300 operations 1,000 times, on each of 10 pages."""
    from pdfmaker import make_pdf

    path.write_bytes(make_pdf([], contents=[b"q /X1 Do Q\n" * 1000] * 10,
                              form=b"BT /F1 11 Tf 72 700 Td (x) Tj ET\n" * 60))


def _load_one(path: str, text_to: str = "") -> dict:
    """Load `path` (in a fresh process: a child starts with its parent's peak memory, so the
    parent reads nothing itself); with `text_to`, write the article's text there too."""
    from reader.corpus import load_paths
    from reader.errors import UserError

    t0 = time.perf_counter()
    try:
        (article,) = load_paths([path]).articles
    except UserError:
        return {"s": time.perf_counter() - t0, "peak_rss_mb": peak_rss_mb(), "passages": 0, "chars": 0}
    seconds = time.perf_counter() - t0
    if text_to:
        Path(text_to).write_text(article.text, encoding="utf-8")
    return {"s": seconds, "peak_rss_mb": peak_rss_mb(), "passages": len(article.passages), "chars": len(article.text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, action="append", help="pages of the report (default 300)")
    parser.add_argument("--load-one", help=argparse.SUPPRESS)
    parser.add_argument("--text-to", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_one:
        print(json.dumps(_load_one(args.load_one, args.text_to)))
        return
    print(f"{'file':28} {'pages':>6} {'MB':>6} {'load s':>7} {'peak RSS MB':>12} {'passages':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for pages in args.pages or [300]:
            pdf = Path(tmp) / "report.pdf"
            write_report(pdf, pages)
            text = Path(tmp) / "report.txt"  # the same text, as the PDF's is read
            for name, path in (("PDF", pdf), ("the same text as .txt", text)):
                r = child(__file__, ["--load-one", str(path), *(["--text-to", str(text)] if path == pdf else [])])
                print(f"{name:28} {pages:6d} {path.stat().st_size / 1e6:6.2f} {r['s']:7.2f} {r['peak_rss_mb']:12.0f}"
                      f" {r['passages']:9d}")
        bomb = Path(tmp) / "bomb.pdf"
        write_bomb(bomb)
        r = child(__file__, ["--load-one", str(bomb)])
        print(f"{'a form drawn 10,000 times':28} {10:6d} {bomb.stat().st_size / 1e6:6.3f} {r['s']:7.2f}"
              f" {r['peak_rss_mb']:12.0f} {'refused' if not r['passages'] else r['passages']:>9}")


if __name__ == "__main__":
    main()
