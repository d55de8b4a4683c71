"""Sentence granularity: each paragraph link narrowed to the sentences that carry it.

Paragraphs are aligned first (more context, fewer candidates); a paragraph link then becomes
the pair of its sentences most alike (a pair sharing one ordinary word alone counting as half
as alike, as paragraphs do: reader.align.scoring.LoneKeys), plus every other pair that is each
other's best match and at least half as alike, so a sentence gets at most one link however long
its paragraph. Most links are narrowed together in one vectorised pass; a link between two
long paragraphs is done a block of sentences at a time so memory stays bounded.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse

from reader.align.features import Occurrence
from reader.align.scoring import LoneKeys
from reader.corpus import Article


def sentences_of(article: Article) -> list[list[int]]:
    """For each paragraph, the indices of its sentences."""
    out: list[list[int]] = [[] for _ in article.passages]
    for sentence, paragraph in enumerate(article.sentence_paragraphs):
        out[paragraph].append(sentence)
    return out


def unit_rows(feats: list[dict[str, Occurrence] | None], columns: dict[str, int],
               idf: dict[str, float]) -> sparse.csr_matrix:
    """One row per unit: its keys' idf weights, scaled to unit length (row products are cosines)."""
    rows, cols, vals = [], [], []
    for i, f in enumerate(feats):
        if not f:
            continue
        weights = {columns[k]: idf.get(k, 0.0) for k in f}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if norm == 0:
            continue
        for c, w in weights.items():
            if w:
                rows.append(i)
                cols.append(c)
                vals.append(w / norm)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(feats), len(columns)))


_SENTENCE_BLOCK = 1024  # sentences of A compared at a time: bounds memory for huge paragraphs
_BULK_PAIRS = 256  # links with up to this many sentence pairs are narrowed together, in bulk


def narrow_in_bulk(ma: sparse.csr_matrix, mb: sparse.csr_matrix,
                    links: list[tuple[float, list[int], list[int]]],
                    lone: LoneKeys | None = None) -> list[tuple[int, int, float]]:
    """The narrowing rule for many small links at once: every sentence pair of every link
    is scored in one pass, and the best of each row and column found by sorting, so a long
    document's tens of thousands of links cost a few array operations, not a loop each."""
    if not links:
        return []
    x0 = np.array([xs[0] for _, xs, _ in links])
    y0 = np.array([ys[0] for _, _, ys in links])
    ny = np.array([len(ys) for _, _, ys in links])
    counts = np.array([len(xs) for _, xs, _ in links]) * ny
    owner = np.repeat(np.arange(len(links)), counts)
    k = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    xs = x0[owner] + k // ny[owner]  # a paragraph's sentences are consecutive
    ys = y0[owner] + k % ny[owner]
    vals = np.empty(len(owner))
    for lo in range(0, len(owner), 65536):
        hi = lo + 65536
        vals[lo:hi] = np.asarray(ma[xs[lo:hi]].multiply(mb[ys[lo:hi]]).sum(axis=1)).ravel()
    if lone is not None:
        vals *= lone.factors(xs, ys)

    def firsts(group: np.ndarray, other: np.ndarray) -> np.ndarray:
        """Position of the best pair of each (link, group) run: highest value, then lowest
        other index (as argmax picks), in (link, group) order."""
        order = np.lexsort((other, -vals, group, owner))
        o, g = owner[order], group[order]
        return order[np.r_[True, (o[1:] != o[:-1]) | (g[1:] != g[:-1])]]

    rows = firsts(xs, ys)  # each sentence of A in each link, with its best partner in B
    cols = firsts(ys, xs)  # each sentence of B in each link, with its best partner in A
    link_of, val = owner[rows], vals[rows]
    top = np.zeros(len(links))
    np.maximum.at(top, link_of, val)
    link_top = top[link_of]
    width = int(ys.max()) + 1
    at = np.searchsorted(owner[cols] * width + ys[cols], link_of * width + ys[rows])
    mutual = xs[cols][at] == xs[rows]
    # The first sentence (lowest x) that reaches its link's top, as the block rule's argmax picks.
    reaching = np.flatnonzero((val == link_top) & (link_top > 0))
    keep = np.zeros(len(rows), dtype=bool)
    keep[reaching[np.r_[True, link_of[reaching][1:] != link_of[reaching][:-1]]]] = True
    keep |= mutual & (val >= link_top / 2) & (link_top > 0)
    picked = rows[keep]
    scores = np.array([score for score, _, _ in links])
    return list(zip(xs[picked].tolist(), ys[picked].tolist(), scores[owner[picked]].tolist()))


def narrow_by_blocks(ma: sparse.csr_matrix, mb: sparse.csr_matrix, xs: list[int], ys: list[int],
                     lone: LoneKeys | None = None) -> set[tuple[int, int]]:
    """The narrowing rule for one link between long paragraphs, a block of A's sentences at
    a time so memory stays bounded."""
    right = mb[ys[0] : ys[-1] + 1].T.tocsr()
    lone_right = None if lone is None else lone.ordinary_b[ys[0] : ys[-1] + 1].T.tocsr()
    row_arg = np.zeros(len(xs), dtype=np.int64)
    row_val = np.zeros(len(xs))
    col_arg = np.zeros(len(ys), dtype=np.int64)
    col_val = np.full(len(ys), -1.0)
    for lo in range(0, len(xs), _SENTENCE_BLOCK):
        rows = slice(xs[0] + lo, xs[0] + min(lo + _SENTENCE_BLOCK, len(xs)))
        block = (ma[rows] @ right).toarray()
        if lone is not None:
            block *= lone.block_factors(rows, lone_right)
        row_arg[lo : lo + len(block)] = block.argmax(axis=1)
        row_val[lo : lo + len(block)] = block.max(axis=1)
        block_arg = block.argmax(axis=0)
        block_val = block[block_arg, np.arange(len(ys))]
        better = block_val > col_val
        col_val[better] = block_val[better]
        col_arg[better] = block_arg[better] + lo
    top = row_val.max()
    if top <= 0:
        return set()
    first = int(row_val.argmax())
    chosen = {(first, int(row_arg[first]))}
    for x in np.flatnonzero(row_val >= top / 2).tolist():
        y = int(row_arg[x])
        if col_arg[y] == x:
            chosen.add((x, y))
    return {(xs[x], ys[y]) for x, y in chosen}


def narrow(ma: sparse.csr_matrix, mb: sparse.csr_matrix, links: list[tuple[float, list[int], list[int]]],
           lone: LoneKeys | None = None) -> list[tuple[int, int, float]]:
    """(sentence of A, sentence of B, the paragraph link's score) for every paragraph link,
    given as (score, A's sentence indices, B's sentence indices); `ma`/`mb` are unit_rows of
    the two articles' sentences; `lone` (of the same rows) discounts pairs sharing one ordinary
    word alone."""
    bulk, large = [], []
    for link in links:
        _, xs, ys = link
        if xs and ys:
            (bulk if len(xs) * len(ys) <= _BULK_PAIRS else large).append(link)
    chosen = narrow_in_bulk(ma, mb, bulk, lone)
    chosen += [(x, y, score) for score, xs, ys in large for x, y in narrow_by_blocks(ma, mb, xs, ys, lone)]
    return chosen
