"""How long placing every bookmark takes when the articles must be read from disk.

    python benchmarks/bookmark_listing.py [--articles 300] [--repeat 5]

What `counterpoint bookmarks list` does: one folder of small articles described by a
`corpus.toml` that lists them all, one bookmark on each article, and `store.placed()` with no
article already in memory, so every article is read from disk with its manifest metadata.
Prints the median time and how many times the manifest was parsed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import reader.corpus.manifest as manifest_module  # noqa: E402
from reader.bookmarks import BookmarkStore  # noqa: E402
from reader.corpus import load_paths  # noqa: E402

PARAGRAPH = ("Officials in Baku and Yerevan each said the other side fired first near the border "
             "corridor; the ministry's figures could not be checked independently.")


def write_folder(folder: Path, count: int) -> None:
    manifest = []
    for n in range(count):
        name = f"article-{n:04d}.txt"
        (folder / name).write_text(f"Report {n}\n\n" + "\n\n".join([PARAGRAPH] * 6) + "\n", encoding="utf-8")
        manifest.append(f'[[article]]\nfile = "{name}"\nid = "a{n}"\ntitle = "Report {n}"\n'
                        f'author = "Staff"\noutlet = "Outlet {n % 7}"\ndate = "2023-09-{n % 28 + 1:02d}"\n'
                        f'side = "{"az" if n % 2 else "am"}"\n')
    (folder / "corpus.toml").write_text("\n".join(manifest), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    parses = 0
    load_toml = manifest_module.load_toml

    def counting(path):
        nonlocal parses
        parses += 1
        return load_toml(path)

    manifest_module.load_toml = counting  # every corpus.toml parse goes through here
    with tempfile.TemporaryDirectory() as tmp:
        folder, data = Path(tmp) / "articles", Path(tmp) / "data"
        folder.mkdir()
        write_folder(folder, args.articles)
        with BookmarkStore.open(data) as store:
            for article in load_paths([folder]):
                store.add_passage(article, article.passages[-1])
            times = []
            for _ in range(args.repeat):
                parses = 0
                started = time.perf_counter()
                placed = store.placed()
                times.append(time.perf_counter() - started)
    statuses = {p.status for p in placed}
    print(f"{args.articles} bookmarks on {args.articles} articles of one folder placed in "
          f"{statistics.median(times):.3f} s (median of {args.repeat}); corpus.toml parsed {parses} "
          f"time(s) per listing; statuses {sorted(statuses)}")


if __name__ == "__main__":
    main()
