"""How likely two units are to report the same event: pair features and a calibrated model.

Lexical similarity alone (cosine, Dice) tops out near F1 0.28 on news event links, because
what marks two sentences as telling the same event is also *where* they sit and how they relate
to the rest of both articles: the lead sentences carry the main event, a unit that shares words
with much of the other article is about its central story, and a pair that is the best match
of its row or column matters more than one that is merely similar. Each candidate pair (two
units sharing at least one key) gets a vector of such features, all scale-free so they mean
the same for a 10-sentence report and a 5,000-paragraph document; a logistic model fitted on
news event gold (`benchmarks/fit_calibration.py`) turns them into a probability: the link
score of sentence-sized pairs (the engine scores longer paragraphs by a length-pivoted cosine).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np
from scipy import sparse

from reader.align.calibration import INTERCEPT, MEANS, SCALES, WEIGHTS
from reader.align.features import Occurrence

FEATURES = (
    "cosine",  # idf-weighted cosine of the two key sets
    "dice",  # idf-weighted Dice overlap
    "shared_weight",  # total idf weight of the shared keys
    "shared_keys",  # how many keys are shared
    "shared_names",  # ... of them proper names
    "shared_numbers",  # ... numbers
    "shared_glossary",  # ... glossary groups (each side's names for one thing)
    "position_first",  # where the two units sit in their articles (0 = top): the earlier
    "position_last",  # ... and the later of the two
    "headings",  # how many of the two are headings
    "relative_best",  # cosine relative to the best candidate of each unit: the higher
    "relative_worst",  # ... and the lower
    "reach_high",  # share of the other article's units a unit shares any key with: the higher
    "reach_low",  # ... and the lower
)
# Every feature is symmetric in the two articles, so swapping A and B mirrors the links.
NAME_BOOST = 1.5  # names, numbers and glossary terms are strong anchors
MAX_CANDIDATES = 12  # per unit, by cosine, before features: bounds work on long documents
MIN_COSINE = 0.05
PIVOT_SLOPE = 0.2  # 1 is plain cosine; 0.2 is the usual choice in retrieval
_COUNT = attrgetter("count")
_NAME = attrgetter("name")


@dataclass
class Candidates:
    rows: np.ndarray
    cols: np.ndarray
    features: np.ndarray  # one row per candidate, columns as FEATURES
    pivoted: np.ndarray  # the pair's cosine under pivoted length normalisation (see below)


def key_weight(key: str, occ: Occurrence, idf: dict[str, float]) -> float:
    """idf, boosted for anchors, times a damped count: a paragraph that says "drones" three
    times is about drones more than one that mentions them once, but not three times more."""
    w = idf.get(key, 0.0)
    if occ.count > 1:
        w *= 1.0 + math.log(occ.count)
    if key.startswith(("n:", "g:")) or occ.name:
        w *= NAME_BOOST
    return w


def _matrices(feats: Sequence[dict[str, Occurrence] | None], columns: dict[str, int], idf: dict[str, float]):
    """Sparse per-unit matrices: weights (as key_weight), presence, names, numbers, glossary groups.

    The per-key work is done by C-level maps and numpy, not a Python loop per key: at a few
    thousand paragraphs this is a noticeable share of the whole alignment. All five matrices
    share one sparsity structure.
    """
    keys = list(columns)
    idf_col = np.array([idf.get(k, 0.0) for k in keys])
    number_col = np.array([k.startswith("n:") for k in keys], dtype=bool)
    group_col = np.array([k.startswith("g:") for k in keys], dtype=bool)
    lengths, cols, counts, names = [], [], [], []
    for f in feats:
        lengths.append(len(f) if f else 0)
        if f:
            cols.extend(map(columns.__getitem__, f))
            occs = f.values()
            counts.extend(map(_COUNT, occs))
            names.extend(map(_NAME, occs))
    cols_a = np.asarray(cols, dtype=np.int64)
    counts_a = np.asarray(counts, dtype=np.float64)
    names_a = np.asarray(names, dtype=bool)
    rows_a = np.repeat(np.arange(len(feats)), lengths)
    anchors = names_a | number_col[cols_a] | group_col[cols_a]
    weights = idf_col[cols_a] * (1.0 + np.log(np.maximum(counts_a, 1.0))) * np.where(anchors, NAME_BOOST, 1.0)
    live = weights > 0
    rows_a, cols_a, weights, names_a = rows_a[live], cols_a[live], weights[live], names_a[live]
    indptr = np.r_[0, np.cumsum(np.bincount(rows_a, minlength=len(feats)))]
    shape = (len(feats), len(columns))

    def build(values: np.ndarray) -> sparse.csr_matrix:
        return sparse.csr_matrix((values.astype(np.float64), cols_a, indptr), shape=shape)

    return (build(weights), build(np.ones(len(cols_a))), build(names_a), build(number_col[cols_a]),
            build(group_col[cols_a]))


def _ranks(groups: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Rank of each value (in [0, 1]) within its group, best (largest) first.

    One argsort of group + (1 - value) orders by group, then by value descending.
    """
    order = np.argsort(groups + (1.0 - np.clip(values, 0.0, 1.0)), kind="stable")
    sorted_groups = groups[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_groups)) + 1]
    counts = np.diff(np.r_[starts, len(order)])
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[order] = np.arange(len(order)) - np.repeat(starts, counts)
    return ranks


def _group_max(groups: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    out = np.zeros(size)
    np.maximum.at(out, groups, values)
    return out


_BLOCK = 256  # rows of A multiplied at a time: bounds memory on long documents


def _pairs(wa: sparse.csr_matrix, wb: sparse.csr_matrix, norm_a: np.ndarray, norm_b: np.ndarray):
    """Cosine of every pair sharing a key, computed a block of A's rows at a time and pruned to
    what can still be among the MAX_CANDIDATES best of its row or its column; plus how many
    units of the other side each unit shares a key with."""
    wbt = wb.T.tocsr()
    touches_a = np.zeros(wa.shape[0])
    touches_b = np.zeros(wb.shape[0])
    kept_rows, kept_cols, kept_cos = [], [], []
    for start in range(0, wa.shape[0], _BLOCK):
        block = (wa[start : start + _BLOCK] @ wbt).tocoo()
        if block.nnz == 0:
            continue
        r = block.row.astype(np.int64) + start
        c = block.col.astype(np.int64)
        cos = block.data / np.maximum(norm_a[r] * norm_b[c], 1e-12)
        touches_a += np.bincount(r, minlength=wa.shape[0])
        touches_b += np.bincount(c, minlength=wb.shape[0])
        # Pairs that share only a trace of common words can never be links; drop them first.
        live = cos >= MIN_COSINE
        r, c, cos = r[live], c[live], cos[live]
        # Rows are whole inside a block; a column's global best few are among its best few here.
        keep = (_ranks(r, cos) < MAX_CANDIDATES) | (_ranks(c, cos) < MAX_CANDIDATES)
        kept_rows.append(r[keep])
        kept_cols.append(c[keep])
        kept_cos.append(cos[keep])
    if not kept_rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0), touches_a, touches_b
    return np.concatenate(kept_rows), np.concatenate(kept_cols), np.concatenate(kept_cos), touches_a, touches_b


def candidates(fa: Sequence[dict[str, Occurrence] | None], fb: Sequence[dict[str, Occurrence] | None],
               headings_a: Sequence[bool], headings_b: Sequence[bool], idf: dict[str, float]) -> Candidates:
    """Every pair of units sharing a key (pruned to the best few per unit), with its features."""
    keys = sorted({k for f in fa if f for k in f} | {k for f in fb if f for k in f})
    columns = {k: c for c, k in enumerate(keys)}
    wa, pa, na, ma, ga = _matrices(fa, columns, idf)
    wb, pb, nb, mb, gb = _matrices(fb, columns, idf)
    norm_a = np.sqrt(np.asarray(wa.multiply(wa).sum(axis=1)).ravel())
    norm_b = np.sqrt(np.asarray(wb.multiply(wb).sum(axis=1)).ravel())
    total_a = np.asarray(wa.sum(axis=1)).ravel()
    total_b = np.asarray(wb.sum(axis=1)).ravel()

    n_a, n_b = len(fa), len(fb)
    rows, cols, cosine, touches_a, touches_b = _pairs(wa, wb, norm_a, norm_b)
    if len(rows) == 0:
        return Candidates(rows, cols, np.zeros((0, len(FEATURES))), np.zeros(0))
    # How widely each unit connects, before pruning: the central story touches much of the other side.
    reach_a = touches_a / max(1, int(np.count_nonzero(norm_b)))
    reach_b = touches_b / max(1, int(np.count_nonzero(norm_a)))
    row_best = _group_max(rows, cosine, n_a)
    col_best = _group_max(cols, cosine, n_b)
    keep = (_ranks(rows, cosine) < MAX_CANDIDATES) | (_ranks(cols, cosine) < MAX_CANDIDATES)
    rows, cols, cosine = rows[keep], cols[keep], cosine[keep]

    def pairwise(left: sparse.csr_matrix, right: sparse.csr_matrix) -> np.ndarray:
        """(left @ right.T)[rows, cols] without materialising more than the candidates."""
        out = np.empty(len(rows))
        step = 65536
        for s in range(0, len(rows), step):
            r, c = rows[s : s + step], cols[s : s + step]
            out[s : s + step] = np.asarray(left[r].multiply(right[c]).sum(axis=1)).ravel()
        return out

    shared_keys = pairwise(pa, pb)
    shared_weight = (pairwise(wa, pb) + pairwise(pa, wb)) / 2
    dice = 2 * shared_weight / np.maximum(total_a[rows] + total_b[cols], 1e-12)
    shared_names = pairwise(na, pb) + pairwise(pa, nb) - pairwise(na, nb)
    shared_numbers = pairwise(ma, pb)
    shared_glossary = pairwise(ga, pb)
    ha = np.asarray(headings_a, dtype=np.float64)
    hb = np.asarray(headings_b, dtype=np.float64)
    pos_a, pos_b = rows / max(1, n_a), cols / max(1, n_b)
    rel_a = cosine / np.maximum(row_best[rows], 1e-12)
    rel_b = cosine / np.maximum(col_best[cols], 1e-12)
    features = np.column_stack([
        cosine,
        dice,
        shared_weight / 20.0,
        shared_keys / 5.0,
        shared_names / 3.0,
        shared_numbers / 2.0,
        shared_glossary / 2.0,
        np.minimum(pos_a, pos_b),
        np.maximum(pos_a, pos_b),
        ha[rows] + hb[cols],
        np.maximum(rel_a, rel_b),
        np.minimum(rel_a, rel_b),
        np.maximum(reach_a[rows], reach_b[cols]),
        np.minimum(reach_a[rows], reach_b[cols]),
    ])
    return Candidates(rows, cols, features, _pivoted(cosine, norm_a, norm_b, rows, cols))


def _pivoted(cosine: np.ndarray, norm_a: np.ndarray, norm_b: np.ndarray, rows: np.ndarray,
             cols: np.ndarray) -> np.ndarray:
    """Cosine with pivoted length normalisation: each unit is divided by a blend of its own
    norm and the pair of articles' mean norm instead of its norm alone.

    Plain cosine over-penalises long paragraphs, yet a paragraph that makes several claims is
    more likely to hold the counterpart of a given one (Singhal, Buckley and Mitra, "Pivoted
    document length normalization", SIGIR 1996). The blend keeps the score scale-free.
    """
    live = np.concatenate([norm_a[norm_a > 0], norm_b[norm_b > 0]])
    pivot = float(live.mean()) if len(live) else 1.0

    def pivoted_norm(norms: np.ndarray) -> np.ndarray:
        return (1.0 - PIVOT_SLOPE) * pivot + PIVOT_SLOPE * norms

    dot = cosine * norm_a[rows] * norm_b[cols]
    return dot / np.maximum(pivoted_norm(norm_a[rows]) * pivoted_norm(norm_b[cols]), 1e-12)


def probability(features: np.ndarray) -> np.ndarray:
    """The calibrated probability that each candidate pair reports the same event."""
    if len(features) == 0:
        return np.zeros(0)
    z = ((features - MEANS) / SCALES) @ WEIGHTS + INTERCEPT
    return 1.0 / (1.0 + np.exp(-z))


def idf_table(df: dict[str, int], n_units: int) -> dict[str, float]:
    """The square root of a smoothed inverse document frequency: rare keys weigh most, none
    weighs nothing (two one-paragraph articles still have something to compare).

    Both units of a pair carry the weight, so a shared key adds its idf once to their dot
    product, as in BM25 and language-model retrieval, rather than idf squared: one rare word
    shared by chance no longer outweighs several less rare ones that tell the same claim.
    """
    return {k: math.sqrt(math.log(1.0 + n_units / d)) for k, d in df.items()}
