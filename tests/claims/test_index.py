"""The shared index's links agree with a brute-force reading of the rules on small corpora."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from reader.claims.index import passage_links, unit_matrix


def brute_force(matrix, article_of, link_min, top_k, max_links) -> set[tuple[int, int]]:
    dense = (matrix @ matrix.T).toarray()
    n = len(article_of)
    chosen = []
    for i in range(n):
        per_article = []
        for a in set(article_of.tolist()) - {article_of[i]}:
            partners = [j for j in range(n) if article_of[j] == a and dense[i, j] >= link_min]
            per_article += sorted(partners, key=lambda j: -dense[i, j])[:top_k]
        chosen.append(set(sorted(per_article, key=lambda j: -dense[i, j])[:max_links]))
    return {(i, j) for i in range(n) for j in range(i + 1, n) if j in chosen[i] or i in chosen[j]}


@settings(max_examples=60)
@given(st.integers(2, 40), st.integers(1, 6), st.integers(0, 2**32 - 1), st.integers(1, 4), st.integers(1, 8))
def test_links_follow_the_rules(n, n_articles, seed, top_k, max_links):
    rng = np.random.default_rng(seed)
    keys = [{f"k{c}": float(rng.uniform(0.1, 3.0)) for c in rng.choice(12, size=rng.integers(1, 6), replace=False)}
            for _ in range(n)]
    matrix = unit_matrix(keys)
    article_of = rng.integers(0, n_articles, size=n)
    links = passage_links(matrix, article_of, link_min=0.2, top_k=top_k, max_links=max_links)
    got = set(zip(links.rows.tolist(), links.cols.tolist()))
    assert got == brute_force(matrix, article_of, 0.2, top_k, max_links)
    assert all(article_of[i] != article_of[j] and i < j for i, j in got)
    dense = (matrix @ matrix.T).toarray()
    assert np.allclose(links.weights, [dense[i, j] for i, j in zip(links.rows, links.cols)])


def test_no_passages_no_links():
    links = passage_links(sparse.csr_matrix((0, 3)), np.zeros(0, dtype=np.int64))
    assert len(links) == 0


def test_a_huge_article_is_multiplied_by_the_other_articles_only(monkeypatch):
    """Pairs inside one article are never links: an article holding most of the passages (a
    live blog among short articles) must not be multiplied by its own rows, or the work
    grows with the square of its length."""
    rng = np.random.default_rng(7)
    big, small = 300, 3 * 10
    keys = [{f"k{c}": float(rng.uniform(0.1, 3.0)) for c in rng.choice(20, size=4, replace=False)}
            for _ in range(big + small)]
    article_of = np.array([0] * big + [1 + i // 10 for i in range(small)])
    matrix = unit_matrix(keys)
    widths = []  # the columns of each block's product
    product = sparse.csr_matrix.__matmul__

    def recorded(left, right):
        out = product(left, right)
        widths.append(out.shape[1])
        return out

    monkeypatch.setattr(sparse.csr_matrix, "__matmul__", recorded)
    links = passage_links(matrix, article_of, link_min=0.2)
    monkeypatch.undo()
    assert links.rows.size and all(article_of[i] != article_of[j] for i, j in zip(links.rows, links.cols))
    assert min(widths) == small  # the big article's blocks met the 30 other rows only
    assert {(i, j) for i, j in zip(links.rows.tolist(), links.cols.tolist())} == \
        brute_force(matrix, article_of, 0.2, 3, 24)
