"""How alike two units are: weighted keys, candidate pairs, and one score for units of any size.

The score is retrieval's answer to "do these passages say the same thing": the keys two units
share, each weighted by how rare it is (idf, smoothed towards general English so that two
articles alone still know a rare name from a common word) and by a damped count of its
mentions, as a cosine with pivoted length normalisation, so a paragraph that makes several
claims is not penalised against each. A pair whose units name different things and share no
name is discounted (reader.align.conflict), and so is a pair sharing one ordinary word alone.
A pair is then damped by how far it falls short of being each unit's best match, and mapped
through a saturating curve into 0..1. The constants live in reader.align.policy;
benchmarks/quality.py measures every part of this on all dev sets.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from operator import attrgetter

import numpy as np
from scipy import sparse

from reader.align import conflict, policy
from reader.align.background import is_function_share, prior as background_prior
from reader.align.features import Occurrence, surfaces

_COUNT = attrgetter("count")
_BLOCK = 256  # rows of A multiplied at a time: bounds memory on long documents
_PAIR_SLICE = 8192  # candidate pairs compared key by key at a time: bounds memory too


@dataclass
class Candidates:
    rows: np.ndarray
    cols: np.ndarray
    cosine: np.ndarray  # plain cosine of the two weighted key sets
    scores: np.ndarray  # the link score, 0..1 (see the module docstring)


def key_weight(key: str, occ: Occurrence, idf: Mapping[str, float]) -> float:
    """A key's weight in one unit: its (square-rooted) idf times a damped count, so a paragraph
    that says "drones" three times is about drones more than one that mentions them once, but
    not three times more."""
    w = idf.get(key, 0.0)
    if occ.count > 1:
        w *= 1.0 + math.log(occ.count)
    return w


def idf_table(df: Mapping[str, int], n_units: int, prior: Mapping[str, float] | None = None) -> dict[str, float]:
    """The square root of each key's inverse document frequency over `n_units` units, its
    document frequency smoothed with policy.BACKGROUND_UNITS pseudo-units in which the key
    occurs at the rate `prior` gives (general English; absent keys are rare).

    Both units of a pair carry the square root, so a shared key adds its idf once to their dot
    product, as in BM25, rather than idf squared: one rare word shared by chance does not
    outweigh several less rare ones that tell the same claim.
    """
    m = policy.BACKGROUND_UNITS
    prior = prior or {}
    return {k: math.sqrt(max(0.0, math.log((n_units + m) / (d + m * prior.get(k, 0.0))))) for k, d in df.items()}


@dataclass(frozen=True)
class KeyCounts:
    """One article's share of corpus_statistics, before any pair's spelling variants are
    joined: in how many of its units each key occurs, its units with keys, the words each key
    was first written as, and the keys written as a name and in lower case. Nothing mutates
    it once made, so it may be kept and shared between threads (see `counted`)."""

    df: dict[str, int]
    n_units: int
    written: dict[str, str]
    names: frozenset[str]
    lowered: frozenset[str]

    @classmethod
    def of(cls, units: Sequence, feats: Sequence[Mapping[str, Occurrence] | None]) -> KeyCounts:
        written: dict[str, str] = {}
        names: set[str] = set()
        lowered: set[str] = set()
        df: dict[str, int] = {}
        n_units = _count(units, feats, {}, written, names, lowered, df)
        return cls(df, n_units, written, frozenset(names), frozenset(lowered))


def _count(units: Sequence, feats: Sequence[Mapping[str, Occurrence] | None], alias: Mapping[str, str],
           written: dict[str, str], names: set[str], lowered: set[str], df: dict[str, int]) -> int:
    """Add one article's units to the tallies (see KeyCounts); returns its units with keys."""
    surfaces(units, feats, written)
    n_units = 0
    for f in feats:
        if f is None:
            continue
        n_units += 1
        for k, occ in f.items():
            if occ.name:
                names.add(k)
            elif not occ.capital:
                lowered.add(k)
            k = alias.get(k, k)
            df[k] = df.get(k, 0) + 1
    return n_units


def corpus_statistics(groups: Iterable[tuple[Sequence, Sequence[Mapping[str, Occurrence] | None]]],
                      alias: Mapping[str, str] | None = None,
                      counted: Iterable[KeyCounts] = ()) -> tuple[dict[str, float], frozenset[str]]:
    """idf_table over every unit of `groups` ((units, their keys or None for boilerplate) per
    article) and then of the articles `counted` already, with the general-English prior of the
    words the keys were written as; `alias` joins spelling variants first; and the word keys
    too common in their language to be shown as a reason (policy.SHOWN_MAX_SHARE). The aligner
    and the claim index weigh keys alike."""
    alias = alias or {}
    written: dict[str, str] = {}
    names: set[str] = set()  # keys written as a name somewhere and never in lower case: no function word
    lowered: set[str] = set()
    df: dict[str, int] = {}
    n_units = 0
    for units, feats in groups:
        n_units += _count(units, feats, alias, written, names, lowered, df)
    for counts in counted:  # the same sums, from tallies made once per article
        n_units += counts.n_units
        names |= counts.names
        lowered |= counts.lowered
        for k, w in counts.written.items():
            written.setdefault(k, w)
        for k, n in counts.df.items():
            k = alias.get(k, k)
            df[k] = df.get(k, 0) + n
    prior = background_prior(written, names - lowered)
    common = frozenset(k for k, share in prior.items() if is_function_share(share))
    return idf_table(df, n_units, prior), common


def corpus_idf(groups: Iterable[tuple[Sequence, Sequence[Mapping[str, Occurrence] | None]]],
               alias: Mapping[str, str] | None = None) -> dict[str, float]:
    """corpus_statistics' idf table alone."""
    return corpus_statistics(groups, alias)[0]


def weight_matrix(feats: Sequence[Mapping[str, Occurrence] | None], columns: Mapping[str, int],
                  idf: Mapping[str, float]) -> sparse.csr_matrix:
    """One row per unit, its keys' weights (as key_weight), built with C-level maps and numpy
    rather than a Python loop per key: at thousands of paragraphs that matters."""
    keys = list(columns)
    idf_col = np.array([idf.get(k, 0.0) for k in keys])
    lengths, cols, counts = [], [], []
    for f in feats:
        lengths.append(len(f) if f else 0)
        if f:
            cols.extend(map(columns.__getitem__, f))
            counts.extend(map(_COUNT, f.values()))
    cols_a = np.asarray(cols, dtype=np.int64)
    counts_a = np.asarray(counts, dtype=np.float64)
    rows_a = np.repeat(np.arange(len(feats)), lengths)
    weights = idf_col[cols_a] * (1.0 + np.log(np.maximum(counts_a, 1.0)))
    live = weights > 0
    rows_a, cols_a, weights = rows_a[live], cols_a[live], weights[live]
    indptr = np.r_[0, np.cumsum(np.bincount(rows_a, minlength=len(feats)))]
    return sparse.csr_matrix((weights, cols_a, indptr), shape=(len(feats), len(columns)))


# Cosines are ranked on this many decimals: two pairs whose cosines are equal in exact
# arithmetic (units whose key weights are proportional, as short units' often are) may differ
# in their last bits by the order of the arithmetic, and their rank must not depend on that.
RANK_DECIMALS = 12


def descending(values: np.ndarray, tiebreak: np.ndarray | None = None) -> np.ndarray:
    """The order of `values`, larger first, ties in increasing order of `tiebreak` (by
    default their positions: what a stable sort gives). Numpy's faster unstable sort, with the
    ties put in order afterwards: long articles sort hundreds of thousands of candidate scores,
    of which few are tied."""
    order = np.argsort(-values)
    ordered = values[order]
    tied = ordered[1:] == ordered[:-1]
    if tied.any():
        run = np.cumsum(np.r_[True, ~tied])  # which run of equal values each place is in
        places = np.flatnonzero(np.r_[tied, False] | np.r_[False, tied])
        second = order[places] if tiebreak is None else tiebreak[order[places]]
        order[places] = order[places][np.lexsort((second, run[places]))]
    return order


def rank_in_groups(groups: np.ndarray, values: np.ndarray, order: np.ndarray | None = None) -> np.ndarray:
    """Rank (0 = best) of each value within its group (numbered from 0), larger first.

    Without `order`, ties keep input order: one stable argsort of group + a fraction that falls
    as the value rises orders by group, then by value descending (the fraction stays below
    0.5, so groups never mix; fastest when the groups come mostly in order). With `order`, an
    order of all the values (`descending`'s, or any other: one sort may serve several
    groupings, as candidates' rows and columns do), the ranks follow it within each group:
    stable radix sorts of the groups in that order, one per 16 bits of the group numbers.
    """
    if order is None:
        top = max(float(values.max()), 1e-12) if len(values) else 1.0
        order = np.argsort(groups + 0.5 * (1.0 - values / (top * 1.0001)), kind="stable")
    elif len(order):
        if groups.min() < 0:
            raise ValueError("groups are numbered from 0")
        highest, shift = int(groups.max()), 0
        while shift == 0 or highest >> shift:
            digit = ((groups[order] >> shift) & 0xFFFF).astype(np.uint16)
            order = order[np.argsort(digit, kind="stable")]
            shift += 16
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


def _unit_rows(matrix: sparse.csr_matrix, norms: np.ndarray) -> sparse.csr_matrix:
    """Each row of `matrix` divided by its norm (from `norms`), as a copy."""
    scaled = matrix.copy()
    scaled.data /= np.repeat(np.maximum(norms, 1e-12), np.diff(matrix.indptr))
    return scaled


def _pairs(wa: sparse.csr_matrix, wb: sparse.csr_matrix, norm_a: np.ndarray, norm_b: np.ndarray):
    """Cosine of every pair sharing a key, a block of A's rows at a time, kept when it is among
    the MAX_CANDIDATES best of its row or of its column (larger first on RANK_DECIMALS; ties
    go to the earlier row, then the earlier column).

    Rows are whole inside a block, so a row's best are found there. A column's best few overall
    are among its best few in their block and above the few best it had before the block: each
    column's best values so far are carried from block to block, so only those candidates are
    kept, and its rank over all blocks is taken among the few left at the end.
    """
    best, n_b = policy.MAX_CANDIDATES, wb.shape[0]
    # Rows scaled to unit length first, so a product's entries are the cosines themselves
    # (most of them fall under MIN_COSINE and are dropped before anything else is done).
    wa, wbt = _unit_rows(wa, norm_a), _unit_rows(wb, norm_b).T.tocsr()
    column_best = np.full((n_b, best), -np.inf)  # each column's best so far, descending
    kept: list[tuple[np.ndarray, ...]] = []
    for start in range(0, wa.shape[0], _BLOCK):
        block = wa[start : start + _BLOCK] @ wbt
        live = block.data >= policy.MIN_COSINE
        if not live.any():
            continue
        r = np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))[live]
        c = block.indices[live].astype(np.int64)
        cos = block.data[live]
        ranked = np.round(cos, RANK_DECIMALS)
        # Only a pair among its row's best few or above its column's best so far can be kept,
        # or change what the column keeps: the rest leave before any sorting.
        hopeful = (ranked >= _row_floor(r, ranked, block.shape[0], best)[r]) | (ranked > column_best[c, best - 1])
        r, c, cos, ranked = r[hopeful] + start, c[hopeful], cos[hopeful], ranked[hopeful]
        order = descending(ranked, r * n_b + c)
        by_row = rank_in_groups(r, ranked, order) < best
        rank_c = rank_in_groups(c, ranked, order)
        in_column = rank_c < best
        # Strictly above: a value tied with one of the column's best so far ranks after it.
        keep = by_row | (in_column & (ranked > column_best[c, best - 1]))
        kept.append((r[keep], c[keep], cos[keep], ranked[keep], by_row[keep]))
        here = np.full_like(column_best, -np.inf)
        here[c[in_column], rank_c[in_column]] = ranked[in_column]
        column_best = -np.sort(-np.concatenate([column_best, here], axis=1), axis=1)[:, :best]
    if not kept:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    rows, cols, cos, ranked, by_row = (np.concatenate(part) for part in zip(*kept))
    near = np.flatnonzero(ranked >= column_best[cols, best - 1])  # every candidate to its column's few best
    by_column = np.zeros(len(cos), dtype=bool)
    by_column[near] = rank_in_groups(cols[near], ranked[near], descending(ranked[near], rows[near])) < best
    keep = by_row | by_column
    return rows[keep], cols[keep], cos[keep]


def _row_floor(rows: np.ndarray, values: np.ndarray, n_rows: int, best: int) -> np.ndarray:
    """Each row's `best`-th largest value (-inf for a row with no more than `best`): a value
    below it is not among its row's best, whatever the order of ties. `rows` ascend."""
    floor = np.full(n_rows, -np.inf)
    bounds = np.r_[0, np.cumsum(np.bincount(rows, minlength=n_rows))]
    for row in np.flatnonzero(np.diff(bounds) > best):
        lo, hi = bounds[row], bounds[row + 1]
        floor[row] = np.partition(values[lo:hi], hi - lo - best)[hi - lo - best]
    return floor


def pivoted(cosine: np.ndarray, norm_a: np.ndarray, norm_b: np.ndarray, rows: np.ndarray,
            cols: np.ndarray) -> np.ndarray:
    """Cosine with pivoted length normalisation: each unit is divided by a blend of its own
    norm and the pair of articles' mean norm instead of its norm alone (Singhal, Buckley and
    Mitra, "Pivoted document length normalization", SIGIR 1996). Scale-free."""
    live = np.concatenate([norm_a[norm_a > 0], norm_b[norm_b > 0]])
    pivot = float(live.mean()) if len(live) else 1.0

    def pivoted_norm(norms: np.ndarray) -> np.ndarray:
        return (1.0 - policy.PIVOT_SLOPE) * pivot + policy.PIVOT_SLOPE * norms

    dot = cosine * norm_a[rows] * norm_b[cols]
    return dot / np.maximum(pivoted_norm(norm_a[rows]) * pivoted_norm(norm_b[cols]), 1e-12)


def link_scores(similarity: np.ndarray, rows: np.ndarray, cols: np.ndarray, n_a: int, n_b: int) -> np.ndarray:
    """The 0..1 score of each candidate from its similarity: damped by how far it falls short
    of its units' best partners (policy.MUTUAL_WEIGHT), then saturated so that
    policy.CURVE_SIMILARITY lands on policy.CURVE_SCORE."""
    if len(similarity) == 0:
        return np.zeros(0)
    best_a = _group_max(rows, similarity, n_a)[rows]
    best_b = _group_max(cols, similarity, n_b)[cols]
    closeness = np.sqrt(similarity / np.maximum(best_a, 1e-12) * similarity / np.maximum(best_b, 1e-12))
    damped = similarity * (1.0 - policy.MUTUAL_WEIGHT + policy.MUTUAL_WEIGHT * closeness)
    rate = -math.log(1.0 - policy.CURVE_SCORE) / policy.CURVE_SIMILARITY
    return np.round(-np.expm1(-rate * damped), 6)


def _marked(w: sparse.csr_matrix, mask: np.ndarray) -> sparse.csr_matrix:
    """0/1 for the entries of `w` whose column is in `mask`, with `w`'s own sparsity."""
    return sparse.csr_matrix((mask[w.indices].astype(np.float64), w.indices, w.indptr), shape=w.shape)


@dataclass
class LoneKeys:
    """What tells the pairs sharing one ordinary key alone (see lone_key_factors): each side's
    keys but `common` ones, and A's rare keys, as 0/1 matrices of the units' rows."""

    ordinary_a: sparse.csr_matrix
    ordinary_b: sparse.csr_matrix
    rare_a: sparse.csr_matrix

    @classmethod
    def of(cls, keys: Sequence[str], wa: sparse.csr_matrix, wb: sparse.csr_matrix, idf: Mapping[str, float],
           common: AbstractSet[str] = frozenset()) -> LoneKeys:
        live = np.fromiter((k not in common for k in keys), dtype=bool, count=len(keys))
        # (`idf` holds the square root of the log idf that policy.LONE_KEY_IDF bounds: idf_table)
        rare = live & np.fromiter((idf.get(k, 0.0) ** 2 >= policy.LONE_KEY_IDF for k in keys), dtype=bool,
                                  count=len(keys))
        return cls(_marked(wa, live), _marked(wb, live), _marked(wa, rare))

    def factors(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """policy.LONE_KEY_FACTOR for each pair (rows[t] of A, cols[t] of B) sharing one key
        alone, not a rare one; 1 for the others."""
        out = np.ones(len(rows))
        for lo in range(0, len(rows), _PAIR_SLICE):  # a long document's candidates, a slice at a time
            r, c = rows[lo : lo + _PAIR_SLICE], cols[lo : lo + _PAIR_SLICE]
            right = self.ordinary_b[c]
            shared = np.asarray(self.ordinary_a[r].multiply(right).sum(axis=1)).ravel()
            rare_shared = np.asarray(self.rare_a[r].multiply(right).sum(axis=1)).ravel()
            out[lo : lo + _PAIR_SLICE][(shared == 1) & (rare_shared == 0)] = policy.LONE_KEY_FACTOR
        return out

    def block_factors(self, rows: slice, right: sparse.csr_matrix) -> np.ndarray:
        """The same for every pair of A's units `rows` and B's units whose ordinary keys, as
        columns, `right` holds (ordinary_b's rows transposed), as a dense block."""
        shared = (self.ordinary_a[rows] @ right).toarray()
        rare_shared = (self.rare_a[rows] @ right).toarray()
        return np.where((shared == 1) & (rare_shared == 0), policy.LONE_KEY_FACTOR, 1.0)


def lone_key_factors(keys: Sequence[str], wa: sparse.csr_matrix, wb: sparse.csr_matrix, idf: Mapping[str, float],
                     rows: np.ndarray, cols: np.ndarray, common: AbstractSet[str] = frozenset()) -> np.ndarray:
    """policy.LONE_KEY_FACTOR for each pair (rows[t] of A, cols[t] of B) sharing one key alone,
    `common` ones aside, with an idf under policy.LONE_KEY_IDF; 1 for the others. `keys` name
    the columns of the weight matrices `wa` and `wb`."""
    if len(rows) == 0:
        return np.ones(0)
    return LoneKeys.of(keys, wa, wb, idf, common).factors(rows, cols)


def candidates(fa: Sequence[Mapping[str, Occurrence] | None], fb: Sequence[Mapping[str, Occurrence] | None],
               idf: Mapping[str, float], common: AbstractSet[str] = frozenset()) -> Candidates:
    """Every pair of units sharing a key (pruned to the best few per unit), with its score."""
    keys = sorted({k for f in fa if f for k in f} | {k for f in fb if f for k in f})
    columns = {k: c for c, k in enumerate(keys)}
    wa, wb = weight_matrix(fa, columns, idf), weight_matrix(fb, columns, idf)
    norm_a = np.sqrt(np.asarray(wa.multiply(wa).sum(axis=1)).ravel())
    norm_b = np.sqrt(np.asarray(wb.multiply(wb).sum(axis=1)).ravel())
    rows, cols, cosine = _pairs(wa, wb, norm_a, norm_b)
    similarity = pivoted(cosine, norm_a, norm_b, rows, cols)
    similarity = similarity * conflict.factors(fa, fb, keys, wa, wb, idf, rows, cols)
    similarity = similarity * lone_key_factors(keys, wa, wb, idf, rows, cols, common)
    return Candidates(rows, cols, cosine, link_scores(similarity, rows, cols, len(fa), len(fb)))
