"""How long loading takes for huge files, against plain `open().read()` of the same file.

    python benchmarks/load_speed.py [--mb 30]

A huge article (tens of MB, even one line with no newline) must load in seconds, never hang.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.corpus import load_paths  # noqa: E402

SENTENCE = "Azerbaijan and Armenia exchanged fire along the contact line near Tovuz, officials said. "
CYRILLIC = "Стороны обменялись огнём на линии соприкосновения, сообщили официальные лица. "
MARKED = ("The **ministry** said [in a statement](https://example.org/s?id=4) that talks on the `corridor` "
          "resume on *Monday*, while the opposition called it _a stunt_ and asked for an inquiry.[^1]\n\n")
UNCLOSED = "**a [b]( `c _d <!-- "  # marks that never close: each must not be read to the line's end


def _cases(mb: int) -> dict[str, tuple[str, str]]:
    size = mb * 1_000_000
    return {
        "one line, no newline": (SENTENCE * (size // len(SENTENCE)), "utf-8"),
        "paragraphs (blank-line separated)": ((SENTENCE * 4 + "\n\n") * (size // (len(SENTENCE) * 4 + 2)), "utf-8"),
        "one paragraph per line": ((SENTENCE * 3 + "\n") * (size // (len(SENTENCE) * 3 + 1)), "utf-8"),
        "cp1251, escape sequences": (("\x1b[31m" + CYRILLIC + "\x1b[0m\n") * (size // (len(CYRILLIC) + 10)), "cp1251"),
        "Markdown, same paragraphs, no markup": ((SENTENCE * 4 + "\n\n") * (size // (len(SENTENCE) * 4 + 2)), ".md"),
        "Markdown, 8 marked spans a paragraph": (MARKED * (size // len(MARKED)), ".md"),
        "Markdown, one line of unclosed marks": (UNCLOSED * (size // len(UNCLOSED)), ".md"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=30, help="file size in MB (default 30)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'case':38} {'MB':>5} {'read s':>8} {'load s':>8} {'passages':>9}")
        for name, (text, encoding) in _cases(args.mb).items():
            suffix, encoding = (".md", "utf-8") if encoding == ".md" else (".txt", encoding)
            path = Path(tmp) / f"huge{suffix}"  # a .md file also loses its Markdown markup
            path.write_bytes(text.encode(encoding))
            t0 = time.perf_counter()
            with open(path, encoding=encoding) as handle:
                handle.read()
            read = time.perf_counter() - t0
            t0 = time.perf_counter()
            article = load_paths([path]).articles[0]
            load = time.perf_counter() - t0
            mb = path.stat().st_size / 1e6
            print(f"{name:38} {mb:5.1f} {read:8.2f} {load:8.2f} {len(article.passages):9d}")


if __name__ == "__main__":
    main()
