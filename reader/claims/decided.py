"""The reader's link decisions applied to the map's links, before passages are grouped.

What a reader rejected in the reading room or with `counterpoint links reject` must not come
back as one claim of the map, and what they linked or confirmed should weigh as they judged it.
Decisions come as reader.decisions.PassageDecision (this package may not import that one; the
`Decided` protocol is the shape read), oldest first, so a newer one about a pair has the last word:

- `reject`: the links between the passages it covers are gone, and every such pair weighs
  REJECTED for the grouping, so no claim holds two of them.
- `confirm`: the map's links between the covered passages weigh at least the reader's score;
  when the map has none, the pair a `link` would make does.
- `link`: the pair it makes (the passages its spans overlap most) weighs at least the
  reader's score (reader.decisions.apply.READER_SCORE, carried by each decision).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from reader.claims.index import Links
from reader.corpus import Passage

# The weight of a rejected pair in the grouping. Correlation clustering (reader.claims.cluster)
# starts with every passage alone, a total of zero, and each move or merge it makes raises the
# total of (weight - CUT) over the pairs inside claims; so it can never reach a partition whose
# total is below zero. A claim holding a rejected pair totals at most the sum of all the
# positive link weights of the corpus plus REJECTED. Link weights are pivoted cosines of about
# 1 at most (a reader's link weighs 1.0) and each passage keeps a few dozen links
# (reader.claims.index.MAX_LINKS from its own end), so outweighing 10⁹ would take hundreds of
# millions of passages: no support can. Summed with weights near 1 in float64, 10⁹ still keeps
# them to 1e-7, far finer than the cut.
REJECTED = -1e9


class Decided(Protocol):
    """A decision as reader.decisions.PassageDecision tells it: articles `a` < `b` (places in
    the corpus), the body passages of each it covers (Passage.index), the pair a link makes."""

    @property
    def kind(self) -> str: ...
    @property
    def a(self) -> int: ...
    @property
    def b(self) -> int: ...
    @property
    def a_passages(self) -> tuple[int, ...]: ...
    @property
    def b_passages(self) -> tuple[int, ...]: ...
    @property
    def best(self) -> tuple[int, int]: ...
    @property
    def score(self) -> float: ...


def decisions_key(decisions: Sequence[Decided]) -> tuple:
    """Everything of `decisions` the map depends on, for the cache's key."""
    return tuple((d.kind, d.a, d.b, tuple(d.a_passages), tuple(d.b_passages), tuple(d.best), d.score)
                 for d in decisions)


def decided_links(links: Links, units: Sequence[tuple[int, Passage]],
                  decisions: Sequence[Decided]) -> tuple[Links, Links]:
    """(the map's links as the reader corrected them, the links the grouping weighs: those
    and a REJECTED weight for every pair of passages a rejection covers). `units` are the
    rows of `links`, as (article place, passage). Both are `links` itself without decisions."""
    if not decisions:
        return links, links
    row = {(a, p.index): n for n, (a, p) in enumerate(units)}
    rows, cols = links.rows.tolist(), links.cols.tolist()
    at = {(i, j): k for k, (i, j) in enumerate(zip(rows, cols))}
    weights = links.weights.copy()
    keep = np.ones(len(rows), dtype=bool)
    added: dict[tuple[int, int], float] = {}  # reader links where the map has none
    apart: set[tuple[int, int]] = set()

    def pair(i: int, j: int) -> tuple[int, int]:
        return (i, j) if i < j else (j, i)

    for d in decisions:
        ra = [row[(d.a, i)] for i in d.a_passages if (d.a, i) in row]
        rb = [row[(d.b, j)] for j in d.b_passages if (d.b, j) in row]
        if not ra or not rb:
            continue  # not body passages of this corpus: nothing to change
        covered = [pair(i, j) for i in ra for j in rb]
        if d.kind == "reject":
            for p in covered:
                if p in at:
                    keep[at[p]] = False
                added.pop(p, None)
                apart.add(p)
            continue
        chosen = [p for p in covered if p in at and keep[at[p]]] if d.kind == "confirm" else []
        if not chosen and (d.a, d.best[0]) in row and (d.b, d.best[1]) in row:
            chosen = [pair(row[(d.a, d.best[0])], row[(d.b, d.best[1])])]
        for p in chosen:
            apart.discard(p)
            if p in at:
                k = at[p]
                keep[k], weights[k] = True, max(float(links.weights[k]), d.score)
            else:
                added[p] = max(added.get(p, 0.0), d.score)
    new = sorted(added)
    corrected = Links(np.concatenate([links.rows[keep], np.array([i for i, _ in new], dtype=np.int64)]),
                      np.concatenate([links.cols[keep], np.array([j for _, j in new], dtype=np.int64)]),
                      np.concatenate([weights[keep], np.array([added[p] for p in new], dtype=np.float64)]))
    far = sorted(apart)
    grouped = Links(np.concatenate([corrected.rows, np.array([i for i, _ in far], dtype=np.int64)]),
                    np.concatenate([corrected.cols, np.array([j for _, j in far], dtype=np.int64)]),
                    np.concatenate([corrected.weights, np.full(len(far), REJECTED)]))
    return corrected, grouped
