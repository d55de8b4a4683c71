"""Where the ECB+ dev file is and its sentences, without importing the engine: the speed
scripts measure memory and start-up, so they must not load numpy and scipy just for a path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _find_ecb() -> Path:
    """../shared/bench/ecbplus_dev.jsonl beside the checkout (or one level further up)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "bench" / "ecbplus_dev.jsonl"
        if path.is_file():
            return path
    return ROOT.parent / "shared" / "bench" / "ecbplus_dev.jsonl"


ECB_DEFAULT = _find_ecb()


def ecb_sentences(path: Path = ECB_DEFAULT) -> Iterator[str]:
    """Every sentence of both documents of every pair, in file order."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for doc in (row["doc_a"], row["doc_b"]):
                yield from doc["sentences"]
