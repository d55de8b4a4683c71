"""Candidate pairs and link choice against brute force: the sorts that make them fast on long
articles must keep exactly what the plain definitions keep, ties included."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from scipy import sparse

from reader.align import policy, scoring
from reader.align.selection import top_k

# Few distinct values, so that ties are common.
_values = st.lists(st.sampled_from([0.1, 0.2, 0.25, 0.5, 0.75, 1.0]), min_size=0, max_size=60)


def _ranks_by_definition(groups, values, order=None):
    """Rank of each position among its group's, larger value first, ties by input order."""
    order = sorted(range(len(values)), key=lambda t: (-values[t], t)) if order is None else list(order)
    seen: dict[int, int] = {}
    ranks = [0] * len(values)
    for t in order:
        ranks[t] = seen.get(groups[t], 0)
        seen[groups[t]] = ranks[t] + 1
    return ranks


@given(_values)
def test_descending_is_a_stable_sort_of_the_values_larger_first(values):
    v = np.array(values, dtype=float)
    assert scoring.descending(v).tolist() == np.argsort(-v, kind="stable").tolist()


@given(st.data())
def test_ranks_within_groups_with_and_without_a_given_order(data):
    values = data.draw(_values)
    # Group numbers past 16 bits take more than one radix pass.
    groups = data.draw(st.lists(st.sampled_from([0, 1, 5, 70_000, 70_001, 1 << 33]), min_size=len(values),
                                max_size=len(values)))
    v, g = np.array(values, dtype=float), np.array(groups, dtype=np.int64)
    expected = _ranks_by_definition(groups, values)
    assert scoring.rank_in_groups(g, v).tolist() == expected
    assert scoring.rank_in_groups(g, v, scoring.descending(v)).tolist() == expected


def test_ties_follow_the_tiebreak_given_and_groups_are_numbered_from_zero():
    v = np.array([0.5, 0.9, 0.5, 0.5])
    assert scoring.descending(v, np.array([0, 0, 7, 3])).tolist() == [1, 0, 3, 2]
    with pytest.raises(ValueError):
        scoring.rank_in_groups(np.array([-1, -1]), v[:2], scoring.descending(v[:2]))


def _pairs_by_definition(wa, wb, best):
    """Every pair of units sharing a key with a cosine of at least MIN_COSINE, kept when among
    the `best` of its row or its column: larger first on RANK_DECIMALS, ties to the earlier
    row, then the earlier column. (The cosines as the index computes them, all at once.)"""
    na = np.sqrt(np.asarray(wa.multiply(wa).sum(axis=1)).ravel())
    nb = np.sqrt(np.asarray(wb.multiply(wb).sum(axis=1)).ravel())
    cos = (scoring._unit_rows(wa, na) @ scoring._unit_rows(wb, nb).T.tocsr()).toarray()
    ranked = np.round(cos, scoring.RANK_DECIMALS)
    cells = [(i, j) for i in range(cos.shape[0]) for j in range(cos.shape[1])
             if cos[i, j] >= policy.MIN_COSINE and wa[i].multiply(wb[j]).nnz]
    keep = set()
    for i in {i for i, _ in cells}:
        row = sorted((-ranked[i, j], j) for i2, j in cells if i2 == i)
        keep |= {(i, j) for _, j in row[:best]}
    for j in {j for _, j in cells}:
        column = sorted((-ranked[i, j], i) for i, j2 in cells if j2 == j)
        keep |= {(i, j) for _, i in column[:best]}
    return keep, cos


_weights = st.lists(st.sampled_from([0.0, 0.0, 1.0, 2.0, 3.0]), min_size=6, max_size=6)


@settings(max_examples=80)
@given(st.data())
def test_candidate_pairs_are_each_rows_and_each_columns_best(data):
    # Units drawn from a few patterns and their multiples: proportional weights tie exactly,
    # within rows and within columns alike, however the arithmetic rounds them.
    def units(side: str) -> np.ndarray:
        pool = data.draw(st.lists(_weights, min_size=1, max_size=4), label=f"{side} patterns")
        picks = data.draw(st.lists(st.tuples(st.integers(0, len(pool) - 1), st.sampled_from([1.0, 3.0, 7.0])),
                                   min_size=1, max_size=14), label=f"{side} units")
        return np.array([np.array(pool[p]) * factor for p, factor in picks])

    wa, wb = sparse.csr_matrix(units("A")), sparse.csr_matrix(units("B"))
    best = data.draw(st.integers(1, 3))
    na = np.sqrt(np.asarray(wa.multiply(wa).sum(axis=1)).ravel())
    nb = np.sqrt(np.asarray(wb.multiply(wb).sum(axis=1)).ravel())
    with pytest.MonkeyPatch.context() as mp:  # small blocks and few candidates: every path runs
        mp.setattr(policy, "MAX_CANDIDATES", best)
        mp.setattr(scoring, "_BLOCK", data.draw(st.integers(1, 5)))
        rows, cols, cos = scoring._pairs(wa, wb, na, nb)
    expected, dense_cos = _pairs_by_definition(wa, wb, best)
    got = list(zip(rows.tolist(), cols.tolist()))
    assert len(got) == len(set(got))
    assert set(got) == expected
    assert np.array_equal(cos, dense_cos[rows, cols])


def _top_k_one_by_one(rows, cols, vals, threshold, k):
    """The definition: seen best first (ties by row, then column), a pair is kept while fewer
    than k pairs of its row or of its column came before it."""
    order = np.lexsort((cols, rows, -vals))
    seen_r: dict[int, int] = {}
    seen_c: dict[int, int] = {}
    out = []
    for t in order.tolist():
        if vals[t] < threshold:
            break
        r, c = int(rows[t]), int(cols[t])
        if seen_r.get(r, 0) < k or seen_c.get(c, 0) < k:
            out.append(t)
        seen_r[r] = seen_r.get(r, 0) + 1
        seen_c[c] = seen_c.get(c, 0) + 1
    return out


@given(st.data())
def test_links_chosen_are_the_best_few_of_their_row_or_column(data):
    n = data.draw(st.integers(0, 40))
    cells = data.draw(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), min_size=n, max_size=n, unique=True))
    vals = np.array(data.draw(st.lists(st.sampled_from([0.1, 0.2, 0.3, 0.5, 0.9]), min_size=len(cells),
                                       max_size=len(cells))), dtype=float)
    rows = np.array([r for r, _ in cells], dtype=np.int64)
    cols = np.array([c for _, c in cells], dtype=np.int64)
    k = data.draw(st.integers(1, 3))
    threshold = data.draw(st.sampled_from([0.0, 0.2, 0.5]))
    assert top_k(rows, cols, vals, threshold, k) == _top_k_one_by_one(rows, cols, vals, threshold, k)
