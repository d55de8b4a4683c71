"""Candidate links between the passages of every pair of articles, from one shared index.

Aligning every pair of articles in turn costs n² alignments; instead every body passage of the
corpus becomes one row of a single sparse matrix (its keys, weighted as the aligner weighs
them) and one product of that matrix with its transpose, a block of rows at a time, yields the
score of every pair of passages that share a key. Pairs that share no key are never touched.

Rows are divided by a pivoted length norm rather than their own (Singhal, Buckley and Mitra,
"Pivoted document length normalization", SIGIR 1996, as the aligner does for paragraphs):
plain cosine over-penalises a long paragraph, yet one that makes several claims is the
likelier to hold a given one. A pair is kept as a link when its score reaches `LINK_MIN`
(weak links included: the grouping, reader.claims.cluster, weighs each against its cut)
and it is among the `TOP_K` best of either passage *within that pair of articles*
(the aligner's own rule: a link must be among the few best of one of its units, here applied
to every article pair at once) and among the `MAX_LINKS` best of either passage overall. The
product is symmetric, so a row's best partners, gathered while its block is multiplied, are
also the column view the rule needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from reader.align.scoring import rank_in_groups

# The score from which two passages of different articles are a link, weak ones included: a
# link below the grouping's cut (reader.claims.cluster.CUT) still makes a pair less wrong
# than no link. `python benchmarks/claims_quality.py --sweep`: the claims' F1 is the same on
# both golds for every floor from 0.03 to 0.10 (BASIL 0.43, seeds 0.41) and falls from 0.12
# (0.41 / 0.37; at 0.15, the cut itself, 0.41 / 0.34); 0.08 sits inside the flat stretch.
LINK_MIN = 0.08
TOP_K = 3  # a link is among the k best of one of its passages in that pair of articles
# ... and among the MAX_LINKS best of one of its passages overall. Without it a passage told
# nearly word for word by hundreds of articles links to all of them, the links grow with the
# square of the corpus and so does the grouping's work; with it there are at most MAX_LINKS
# times as many links as passages. It never binds on a corpus of up to MAX_LINKS / TOP_K + 1
# articles, and a claim told by more articles is still found, as long as its passages are
# linked to enough of each other to clear the grouping's cut (reader.claims.cluster).
MAX_LINKS = 24
# The aligner's slope (reader.align.policy.PIVOT_SLOPE); 1 would be plain cosine. Of 0.2,
# 0.5 and 1 tried with benchmarks/claims_quality.py, 0.2 gave the best claims' F1 on the
# seeds (0.38; the others at most 0.35 at any link floor) and 0.39 on BASIL, 0.03 below the
# best of the others there.
PIVOT_SLOPE = 0.2
_BLOCK_CELLS = 2_000_000  # passage pairs per block of the product at most: bounds its memory
# An article holding more than this share of all passages (one huge live blog among short
# articles) has its rows multiplied by the other articles' rows only. Pairs within an article
# are never links, yet multiplying by every row would compute all of them: the square of
# that article's passages, most of the work once it is large (`python
# benchmarks/claims_speed.py --huge-mb 20`). Below the share, pairs within an article are at
# most that share of any block's product, not worth a matrix of the other rows per article.
OWN_SHARE = 1 / 8


@dataclass(frozen=True)
class Links:
    """Undirected weighted edges between passages of different articles (row numbers of the
    index), rows < cols, strong and weak alike."""

    rows: np.ndarray
    cols: np.ndarray
    weights: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)


def unit_matrix(weights: Sequence[dict[str, float]], slope: float = PIVOT_SLOPE) -> sparse.csr_matrix:
    """One row per passage, its key weights divided by its pivoted norm (a blend of its own
    length and the corpus's mean): row products are pivoted cosines."""
    columns: dict[str, int] = {}
    indptr, indices, values = [0], [], []
    for row in weights:
        for key, w in row.items():
            if w > 0:
                indices.append(columns.setdefault(key, len(columns)))
                values.append(w)
        indptr.append(len(indices))
    m = sparse.csr_matrix((np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                           np.asarray(indptr, dtype=np.int64)), shape=(len(weights), len(columns)))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    pivot = float(norms[norms > 0].mean()) if np.any(norms > 0) else 1.0
    return (sparse.diags(1.0 / np.maximum((1.0 - slope) * pivot + slope * norms, 1e-12)) @ m).tocsr()


def passage_links(matrix: sparse.csr_matrix, article_of: np.ndarray, *, link_min: float = LINK_MIN,
                  top_k: int = TOP_K, max_links: int = MAX_LINKS,
                  progress: Callable[[float], None] = lambda fraction: None) -> Links:
    """The links among all rows of `matrix`.

    `article_of[i]` is the article (a small integer) row i belongs to. A block of rows is
    multiplied by every row, so each row is whole inside its block and the per-passage rules
    prune it there: memory stays bounded by the block and by `max_links` per row, however
    many pairs share a key. The product is symmetric, so a row's view of a pair is also its
    column's, and a pair kept from either end is a link. The rows of an article holding more
    than `OWN_SHARE` of them are multiplied by the other articles' rows only (see OWN_SHARE).
    """
    n = matrix.shape[0]
    n_articles = int(article_of.max()) + 1 if n else 0
    right = matrix.T.tocsr()  # once: a product with a CSC operand would convert it per block
    sizes = np.bincount(article_of, minlength=n_articles) if n else np.zeros(0, dtype=np.int64)
    big = np.flatnonzero(sizes > OWN_SHARE * n)
    kind = np.where(np.isin(article_of, big), article_of, -1)  # -1: multiplied by every row
    kept_r, kept_c, kept_w = [], [], []
    others: tuple[int, sparse.csr_matrix, np.ndarray] | None = None  # the last big article's
    width = {-1: n} | {int(a): n - int(sizes[a]) for a in big}  # the rows each kind meets
    for start, stop, a in _blocks(kind, width):
        if a < 0:
            operand, columns = right, None
        else:
            if others is None or others[0] != a:
                rest = np.flatnonzero(article_of != a)
                others = (a, matrix[rest].T.tocsr(), rest)
            _, operand, columns = others
        block = (matrix[start:stop] @ operand).tocoo()
        r = block.row.astype(np.int64) + start
        c = block.col.astype(np.int64) if columns is None else columns[block.col]
        w = block.data
        live = (w >= link_min) & (article_of[r] != article_of[c])
        r, c, w = r[live], c[live], w[live]
        # Within each (row, other article) group only the k best, then the row's best few.
        keep = rank_in_groups(r * n_articles + article_of[c], w) < top_k
        r, c, w = r[keep], c[keep], w[keep]
        keep = rank_in_groups(r, w) < max_links
        kept_r.append(r[keep])
        kept_c.append(c[keep])
        kept_w.append(w[keep])
        progress(stop / n)
    if not kept_r:
        empty = np.zeros(0, dtype=np.int64)
        return Links(empty, empty, np.zeros(0))
    r, c, w = np.concatenate(kept_r), np.concatenate(kept_c), np.concatenate(kept_w)
    # A pair kept from both ends is one link, as (low, high).
    lo, hi = np.minimum(r, c), np.maximum(r, c)
    _, first = np.unique(lo * n + hi, return_index=True)
    return Links(lo[first], hi[first], w[first])


def _blocks(kind: np.ndarray, width: dict[int, int]):
    """(start, stop, kind) of consecutive rows of one kind (a big article's number, or -1 for
    the rest), in row order, each block at most `_BLOCK_CELLS` pairs of the product: a row of
    kind k meets `width[k]` rows."""
    bounds = np.r_[0, np.flatnonzero(np.diff(kind)) + 1, len(kind)].tolist() if len(kind) else []
    for start, run in zip(bounds, bounds[1:]):
        a = int(kind[start])
        step = max(16, _BLOCK_CELLS // max(1, width[a]))
        for lo in range(start, run, step):
            yield lo, min(run, lo + step), a
