"""Average-link grouping: properties that hold for any link graph, and the chain it refuses."""

from __future__ import annotations

from itertools import combinations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.claims.cluster import average_link, connected_components
from reader.claims.index import Links


def links_of(edges: dict[tuple[int, int], float]) -> Links:
    pairs = sorted(edges)
    return Links(np.array([i for i, _ in pairs], dtype=np.int64), np.array([j for _, j in pairs], dtype=np.int64),
                 np.array([edges[p] for p in pairs]))


@st.composite
def graphs(draw):
    n = draw(st.integers(2, 14))
    article_of = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    cross = [(i, j) for i, j in combinations(range(n), 2) if article_of[i] != article_of[j]]
    chosen = draw(st.lists(st.sampled_from(cross), unique=True, max_size=len(cross))) if cross else []
    weights = draw(st.lists(st.floats(0.01, 1.0), min_size=len(chosen), max_size=len(chosen)))
    floor = draw(st.floats(0.05, 0.8))
    return np.array(article_of, dtype=np.int64), dict(zip(chosen, weights)), floor


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_groups_are_disjoint_supported_and_inside_components(graph):
    article_of, edges, floor = graph
    groups = average_link(article_of, links_of(edges), floor)
    members = [m for g in groups for m in g]
    assert len(members) == len(set(members))  # a passage is in at most one group
    assert all(len(g) >= 2 and g == sorted(g) for g in groups)
    component_of = {m: k for k, c in enumerate(connected_components(len(article_of), links_of(edges))) for m in c}
    for g in groups:
        assert len({component_of[m] for m in g}) == 1  # average link only ever refines single link
        cross = [(i, j) for i, j in combinations(g, 2) if article_of[i] != article_of[j]]
        mean = sum(edges.get((i, j), 0.0) for i, j in cross) / len(cross)
        assert mean >= floor - 1e-9  # every group clears the floor on average over its pairs


@settings(max_examples=100, deadline=None)
@given(graphs())
def test_a_floor_above_every_link_groups_nothing(graph):
    article_of, edges, _ = graph
    assert average_link(article_of, links_of(edges), 1.01) == []


def test_a_chain_of_single_links_is_not_one_claim():
    # a~b and b~c, a and c unlinked: single link makes {a, b, c}; average link keeps c out.
    article_of = np.array([0, 1, 2])
    edges = {(0, 1): 0.5, (1, 2): 0.4}
    assert connected_components(3, links_of(edges)) == [[0, 1, 2]]
    assert average_link(article_of, links_of(edges), 0.3) == [[0, 1]]
    # Linked to both, c joins.
    edges[(0, 2)] = 0.3
    assert average_link(article_of, links_of(edges), 0.3) == [[0, 1, 2]]


def test_an_article_repeats_itself_only_with_support():
    # Passages 0 and 1 are both in article 0; 2 is in article 1.
    article_of = np.array([0, 0, 1])
    assert average_link(article_of, links_of({(0, 2): 0.5, (1, 2): 0.4}), 0.3) == [[0, 1, 2]]
    # 1 is linked to 2, but too weakly to tell the claim: it stays out.
    assert average_link(article_of, links_of({(0, 2): 0.5, (1, 2): 0.1}), 0.3) == [[0, 2]]
