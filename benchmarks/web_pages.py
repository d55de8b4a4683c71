"""Web pages: how much of the seeds' page furniture extraction removes, and what it costs.

    python benchmarks/web_pages.py [--mb 10]

Furniture: each seed article is rendered as a simple HTML page (its title in <title> and <h1>,
every paragraph of the .txt as a <p> inside <article>, the page's own navigation and footer
around it) and opened as a saved page. For the seed paragraphs the reader calls boilerplate, it
counts how many the extractor dropped, and of those it kept, how many the passage kinds still
call boilerplate; for body paragraphs, how many survived (the extractor must not eat the
article). Speed: extracting pages of growing size against loading the same text as a .txt
file (the baseline), and re-opening a page once its text is stored.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.corpus import Article, load_article, load_seeds  # noqa: E402

NAVIGATION = '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav></header>'
FOOTER = "<footer><p>About us · Contact · Privacy policy</p></footer>"


def render(article: Article) -> str:
    """A simple HTML page of a seed article: what a saved copy of its page might have looked like."""
    paragraphs = "\n".join(f"<p>{html.escape(p.text)}</p>" for p in article.passages)
    title = html.escape(article.title)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"{NAVIGATION}<article><h1>{title}</h1>\n{paragraphs}\n</article>{FOOTER}</body></html>\n")


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Furniture:
    article: str
    boilerplate: int  # seed paragraphs the reader calls boilerplate
    removed: int  # of those, dropped by the extractor
    still_flagged: int  # of those it kept, still boilerplate to the passage kinds
    body: int  # seed body paragraphs
    body_kept: int  # of those, still in the extracted text


def furniture(folder: Path) -> list[Furniture]:
    """Each seed as a page in `folder`, opened, and compared with the seed's own passages."""
    rows = []
    for seed in load_seeds():
        path = folder / f"{seed.id}.html"
        path.write_text(render(seed), encoding="utf-8")
        page = load_article(path)
        kept_text = _norm(page.text)
        kinds = {_norm(p.text): p.kind for p in page.passages}
        boiler = [_norm(p.text) for p in seed.passages if p.kind == "boilerplate"]
        body = [_norm(p.text) for p in seed.passages if p.kind == "body"]
        kept = [b for b in boiler if b in kept_text]
        rows.append(Furniture(
            article=seed.id, boilerplate=len(boiler), removed=len(boiler) - len(kept),
            still_flagged=sum(kinds.get(b) == "boilerplate" for b in kept),
            body=len(body), body_kept=sum(b in kept_text for b in body)))
    return rows


def _speed(mb: int, folder: Path) -> None:
    seeds = load_seeds()
    paragraphs = [p.text for a in seeds for p in a.passages if p.kind == "body"]
    print(f"\n{'page':>8} {'txt s':>7} {'html s':>7} {'ratio':>6} {'stored s':>9} {'passages':>9}")
    for size in sorted({max(1, mb // 10), max(1, mb // 2), mb}):
        body, n = [], 0
        while n < size * 1_000_000 - 10_000:
            text = paragraphs[len(body) % len(paragraphs)] + f" ({len(body)})"
            body.append(text)
            n += len(text.encode()) + 8
        page = folder / f"big-{size}.html"
        page.write_text("<html><head><title>Big</title></head><body><article>"
                        + "".join(f"<p>{html.escape(t)}</p>\n" for t in body) + "</article></body></html>",
                        encoding="utf-8")
        txt = folder / f"big-{size}.txt"
        txt.write_text("\n\n".join(body) + "\n", encoding="utf-8")
        start = time.perf_counter()
        load_article(txt)
        plain = time.perf_counter() - start
        start = time.perf_counter()
        article = load_article(page)
        first = time.perf_counter() - start
        start = time.perf_counter()
        load_article(page)
        again = time.perf_counter() - start
        print(f"{page.stat().st_size / 1e6:7.1f}M {plain:7.2f} {first:7.2f} {first / plain:6.1f} {again:9.2f} "
              f"{len(article.passages):9d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=10, help="largest page in MB (default 10)")
    args = parser.parse_args()
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COUNTERPOINT_DATA_DIR"] = str(Path(tmp) / "data")  # a fresh store, not the user's
        rows = furniture(Path(tmp))
        print(f"{'seed':22} {'boiler':>6} {'removed':>7} {'kept+flagged':>12} {'body':>5} {'body kept':>9}")
        for r in rows:
            print(f"{r.article:22} {r.boilerplate:6d} {r.removed:7d} {r.still_flagged:12d} {r.body:5d} {r.body_kept:9d}")
        total = Furniture("all", *(sum(getattr(r, f) for r in rows) for f in
                                   ("boilerplate", "removed", "still_flagged", "body", "body_kept")))
        print(f"{'all':22} {total.boilerplate:6d} {total.removed:7d} {total.still_flagged:12d} {total.body:5d} "
              f"{total.body_kept:9d}")
        _speed(args.mb, Path(tmp))


if __name__ == "__main__":
    main()
