"""How long loading takes for huge files, against plain `open().read()` of the same file.

    python benchmarks/load_speed.py [--mb 30]
    python benchmarks/load_speed.py --align 50    # then aligned, one line against paragraphs

A huge article (tens of MB, even one line with no newline) must load in seconds, never hang.
With --align, the same ECB+ text of that size (benchmarks/claims_speed.py's huge article) is
written twice, as blank-line paragraphs and as one line with no paragraph at all, and each is
aligned with a seed article by `counterpoint align --format json` in a fresh process: time and
peak memory, the paragraphs being the baseline one line should cost about as much as.
"""

from __future__ import annotations

import argparse
import json
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
# Text copied out of a PDF: wrapped at 70 characters, no blank line, a word broken at every
# other line's end, a page number and a running header every 40 lines.
_PDF_LINES = ["Azerbaijan and Armenia exchanged fire along the contact line near To-",
              "vuz, officials said, and both ministries blamed the other side for it",
              "in statements issued late on Monday evening after a meeting in Baku.",
              "Observers from the mission said they could not confirm either account"]
PDF_PAGE = "\n".join(_PDF_LINES * 10) + "\n12\nReport on the Tovuz Clashes\n"


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
        "PDF copy: wrapped, page numbers, headers": (PDF_PAGE * (size // len(PDF_PAGE)), "utf-8"),
    }


ROOT = Path(__file__).resolve().parent.parent


def _align_one(path: str) -> dict:
    """`counterpoint align PATH <seed> --format json` here, output to a file: its figures."""
    import contextlib
    import io

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from harness import peak_rss_mb

    from reader.cli.main import main as cli

    seed = str(sorted((ROOT / "seeds").glob("*.txt"))[0])
    t0 = time.perf_counter()
    with open(Path(path).with_suffix(".json"), "w", encoding="utf-8") as out, contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(io.StringIO()):
        status = cli(["align", path, seed, "--format", "json", "--no-pager"])
    seconds = time.perf_counter() - t0
    with open(Path(path).with_suffix(".json"), encoding="utf-8") as handle:
        result = json.load(handle)
    return {"status": status, "s": seconds, "peak_rss_mb": peak_rss_mb(), "passages": len(result["a"]["passages"]),
            "links": len(result["links"])}


def align_huge(mb: float) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from claims_speed import write_huge
    from ecb import ECB_DEFAULT
    from harness import child

    print(f"{'aligned with a seed article':38} {'MB':>5} {'align s':>8} {'peak RSS MB':>12} {'passages':>9} {'links':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, separator in (("paragraphs (blank-line separated)", "\n\n"), ("one line, no paragraphs", " ")):
            path = Path(tmp) / "huge.txt"
            write_huge(path, mb, ECB_DEFAULT, separator)
            r = child(__file__, ["--align-one", str(path)])
            print(f"{name:38} {path.stat().st_size / 1e6:5.1f} {r['s']:8.2f} {r['peak_rss_mb']:12.0f}"
                  f" {r['passages']:9d} {r['links']:6d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=30, help="file size in MB (default 30)")
    parser.add_argument("--align", type=float, metavar="MB", help="instead: align a huge article of MB megabytes")
    parser.add_argument("--align-one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.align_one:
        print(json.dumps(_align_one(args.align_one)))
        return
    if args.align:
        align_huge(args.align)
        return
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
