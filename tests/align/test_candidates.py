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


def _pairs_by_definition(wa, wb, best):
    dense_a, dense_b = wa.toarray(), wb.toarray()
    na, nb = np.linalg.norm(dense_a, axis=1), np.linalg.norm(dense_b, axis=1)
    cos = (dense_a @ dense_b.T) / np.maximum(np.outer(na, nb), 1e-12)
    cells = [(i, j) for i in range(cos.shape[0]) for j in range(cos.shape[1])
             if cos[i, j] >= policy.MIN_COSINE and (dense_a[i] * dense_b[j]).any()]
    # Ties in a column go to the earlier row; the draws below make ties within a row impossible.
    by_row = {}
    by_col = {}
    for i, j in cells:
        by_row.setdefault(i, []).append(j)
        by_col.setdefault(j, []).append(i)
    keep = set()
    for i, js in by_row.items():
        keep |= {(i, j) for j in sorted(js, key=lambda j: -cos[i, j])[:best]}
    for j, is_ in by_col.items():
        keep |= {(i, j) for i in sorted(is_, key=lambda i: (-cos[i, j], i))[:best]}
    return keep, cos


@settings(max_examples=60)
@given(st.data())
def test_candidate_pairs_are_each_rows_and_each_columns_best(data):
    n_keys = 8
    # B's rows are distinct powers of two in one column each plus a common key, so no two of
    # a row's cosines tie; A's rows repeat, so columns have ties, broken by row order.
    rows_b = data.draw(st.integers(1, 12))
    dense_b = np.zeros((rows_b, n_keys))
    for j in range(rows_b):
        dense_b[j, j % n_keys] = 2.0 ** (j // n_keys)
        dense_b[j, (j + 3) % n_keys] += 1.0 + j * j / 7
    pool = data.draw(st.lists(st.lists(st.sampled_from([0.0, 0.0, 1.0, 2.0]), min_size=n_keys, max_size=n_keys),
                              min_size=1, max_size=4))
    picks = data.draw(st.lists(st.integers(0, len(pool) - 1), min_size=1, max_size=20))
    dense_a = np.array([pool[p] for p in picks])
    best = data.draw(st.integers(1, 3))
    wa, wb = sparse.csr_matrix(dense_a), sparse.csr_matrix(dense_b)
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
    assert np.allclose(cos, dense_cos[rows, cols])


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
