"""`counterpoint [PATH...]`: open articles in the reader (the bundled seeds by default)."""

from __future__ import annotations

import argparse
import sys

from reader.cli.listing import load, print_table


def run(args: argparse.Namespace) -> int:
    corpus = load(args.paths)
    print_table(corpus)
    print("The reading room is not built yet; this is the corpus it will open.", file=sys.stderr)
    return 0
