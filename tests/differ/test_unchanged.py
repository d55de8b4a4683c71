"""The differences of every pair of body passages across the seed articles, and of
neighbouring passages of two documents made from the seeds' sentences, are what they were
when the digests below were taken: a guard for work that must leave the output alone (speed
work on reading passages). A change meant to alter the output takes new digests:

    python tests/differ/test_unchanged.py
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from pathlib import Path

from reader.align import default_glossary
from reader.corpus import load_article, load_seeds
from reader.differ import Differ

SEED_PAIRS_DIGEST = "c6ff8f5a08180d6a386eca95aa2904de16a4a88a68f3ddd7f2534084a6a3d7fb"
GENERATED_DIGEST = "5cbac13b70c66d1b9c9e42fff201fded45dcac26ae78b4d5b520671d1375a517"


def _digest(rows) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def _rows(differ: Differ, pairs) -> list:
    return [[i, j, [[d.kind, d.a_span, d.b_span, d.a_text, d.b_text, d.note] for d in differ.between(i, j)]]
            for i, j in pairs]


def seed_pairs_digest(seeds) -> str:
    glossary, _problems = default_glossary(None)
    rows = []
    for a, b in itertools.combinations(seeds, 2):
        body_a = [p.index for p in a.passages if p.kind == "body"]
        body_b = [p.index for p in b.passages if p.kind == "body"]
        rows.append(_rows(Differ(a, b, a.passages, b.passages, glossary), itertools.product(body_a, body_b)))
    return _digest(rows)


def generated_digest(seeds, folder: Path) -> str:
    """Two documents of 150 paragraphs, three seed sentences each in a fixed random order, and
    the differences of each paragraph with the five nearest of the other."""
    sentences = [s for a in seeds for p in a.passages if p.kind == "body"
                 for s in re.split(r"(?<=[.!?])\s+", p.text) if len(s.split()) >= 4]
    paths = []
    for n in (1, 2):
        rng = random.Random(n)
        paragraphs = [" ".join(rng.choice(sentences) for _ in range(3)) for _ in range(150)]
        paths.append(folder / f"generated{n}.txt")
        paths[-1].write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    a, b = (load_article(path) for path in paths)
    glossary, _problems = default_glossary(None)
    pairs = [(i, j) for i in range(len(a.passages)) for j in range(max(0, i - 2), min(len(b.passages), i + 3))]
    return _digest(_rows(Differ(a, b, a.passages, b.passages, glossary), pairs))


def test_differences_of_every_seed_pair_are_unchanged(seeds):
    assert seed_pairs_digest(seeds) == SEED_PAIRS_DIGEST


def test_differences_of_a_generated_document_are_unchanged(seeds, tmp_path):
    assert generated_digest(seeds, tmp_path) == GENERATED_DIGEST


if __name__ == "__main__":
    import tempfile

    corpus = load_seeds()
    print("SEED_PAIRS_DIGEST =", repr(seed_pairs_digest(corpus)))
    with tempfile.TemporaryDirectory() as tmp:
        print("GENERATED_DIGEST =", repr(generated_digest(corpus, Path(tmp))))
    sys.exit(0)
