"""The grouping: correlation clustering's invariants and local optimum on any link graph, the
chain it refuses, and the average-link merges it is built from."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.claims.cluster import average_link, connected_components, correlation_clusters
from reader.claims.decided import REJECTED
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


def assert_disjoint_inside_components(article_of, edges, groups) -> None:
    members = [m for g in groups for m in g]
    assert len(members) == len(set(members))  # a passage is in at most one group
    assert all(len(g) >= 2 and g == sorted(g) for g in groups)
    assert [g[0] for g in groups] == sorted(g[0] for g in groups)
    component_of = {m: k for k, c in enumerate(connected_components(len(article_of), links_of(edges))) for m in c}
    assert all(len({component_of[m] for m in g}) == 1 for g in groups)  # only ever refines single link


@settings(max_examples=300)
@given(graphs())
def test_groups_are_disjoint_supported_and_inside_components(graph):
    article_of, edges, floor = graph
    groups = average_link(article_of, links_of(edges), floor)
    assert_disjoint_inside_components(article_of, edges, groups)
    for g in groups:
        cross = [(i, j) for i, j in combinations(g, 2) if article_of[i] != article_of[j]]
        mean = sum(edges.get((i, j), 0.0) for i, j in cross) / len(cross)
        assert mean >= floor - 1e-9  # every group clears the floor on average over its pairs


@pytest.mark.parametrize("grouping", [average_link, correlation_clusters])
@settings(max_examples=100)
@given(graphs())
def test_a_floor_above_every_link_groups_nothing(grouping, graph):
    article_of, edges, _ = graph
    assert grouping(article_of, links_of(edges), 1.01) == []


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


def total(article_of, edges, groups, cut) -> float:
    """The objective: link weight minus the cut over every cross-article pair inside a group."""
    return sum(edges.get((i, j), 0.0) - cut for g in groups for i, j in combinations(g, 2)
               if article_of[i] != article_of[j])


def moved(groups: list[list[int]], m: int, to: int | None) -> list[list[int]]:
    """`groups` with passage m taken out and put in group `to` (an index), or alone (None)."""
    out = [[x for x in g if x != m] for g in groups]
    if to is not None:
        out[to].append(m)
    return out


@settings(max_examples=300)
@given(graphs())
def test_correlation_clusters_are_a_partition_no_single_move_improves(graph):
    article_of, edges, cut = graph
    groups = correlation_clusters(article_of, links_of(edges), cut, frail=0)  # the search alone
    assert_disjoint_inside_components(article_of, edges, groups)
    assert all(len({article_of[m] for m in g}) >= 2 for g in groups)  # a claim spans two articles
    best = total(article_of, edges, groups, cut)
    assert best >= -1e-9  # never worse than every passage alone
    for m in range(len(article_of)):
        for to in [None, *range(len(groups))]:
            assert total(article_of, edges, moved(groups, m, to), cut) <= best + 1e-9, (m, to)


@settings(max_examples=300)
@given(graphs(), st.floats(0.0, 1.0))
def test_rehoming_keeps_a_partition_of_claims_inside_components(graph, frail):
    article_of, edges, cut = graph
    groups = correlation_clusters(article_of, links_of(edges), cut, frail=frail)
    assert_disjoint_inside_components(article_of, edges, groups)
    assert all(len({article_of[m] for m in g}) >= 2 for g in groups)
    searched = correlation_clusters(article_of, links_of(edges), cut, frail=0)
    # Only groups of two linked below `frail` give passages away, and only to another group.
    kept = [g for g in searched if len(g) > 2 or edges.get(tuple(g), 0.0) >= frail]
    assert all(any(set(g) <= set(h) for h in groups) for g in kept)


def test_a_pair_on_one_frail_link_joins_the_claim_its_links_reach_in_all():
    # 0, 1, 2 tell one thing. 3 is linked to 4 just over the cut (0.165 - 0.15 = +0.015) and to
    # each of 0, 1, 2 below it (0.16 + 0.16 + 0.14 - 3 * 0.15 = +0.01): the search keeps the
    # pair, but 3's links into the claim add up to 0.46, more than its one link to 4.
    article_of = np.array([0, 1, 2, 3, 4])
    edges = {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (3, 4): 0.165, (0, 3): 0.16, (1, 3): 0.16, (2, 3): 0.14}
    assert correlation_clusters(article_of, links_of(edges), 0.15, frail=0) == [[0, 1, 2], [3, 4]]
    assert correlation_clusters(article_of, links_of(edges), 0.15) == [[0, 1, 2, 3]]
    edges[(2, 3)] = 0.12  # 0.44 in all: short of three links at the cut, the pair stays
    assert correlation_clusters(article_of, links_of(edges), 0.15) == [[0, 1, 2], [3, 4]]
    edges[(2, 3)], edges[(3, 4)] = 0.14, 0.2  # a pair on a link well over the cut stays
    assert correlation_clusters(article_of, links_of(edges), 0.15) == [[0, 1, 2], [3, 4]]
    # With a fourth teller 5 unlinked to 3, 3 still joins (0.46); rejected with 5, it does not.
    edges[(3, 4)], edges[(0, 5)], edges[(1, 5)], edges[(2, 5)] = 0.165, 0.5, 0.5, 0.5
    article_of = np.array([0, 1, 2, 3, 4, 5])
    assert correlation_clusters(article_of, links_of(edges), 0.15) == [[0, 1, 2, 3, 5]]
    edges[(3, 5)] = REJECTED  # reader.claims.decided: a pair the reader rejected
    assert correlation_clusters(article_of, links_of(edges), 0.15) == [[0, 1, 2, 5], [3, 4]]


def test_correlation_clustering_refuses_a_chain_and_keeps_a_triangle():
    article_of = np.array([0, 1, 2])
    edges = {(0, 1): 0.5, (1, 2): 0.2}  # c adds 0.2 - 0.3 to b's link and -0.3 to a's: out
    assert correlation_clusters(article_of, links_of(edges), 0.3) == [[0, 1]]
    edges[(0, 2)] = 0.3  # linked to both, c gains 0.2 + 0.3 - 2 * 0.3 = -0.1: still out
    assert correlation_clusters(article_of, links_of(edges), 0.3) == [[0, 1]]
    edges[(0, 2)] = 0.45  # now it gains 0.05: in
    assert correlation_clusters(article_of, links_of(edges), 0.3) == [[0, 1, 2]]


def test_a_weak_link_below_the_cut_still_holds_a_claim_together():
    # Four articles tell one thing; b~d is weak (below the cut), a~d missing. With the weak
    # link d's pairs sum to 0.45 + 0.4 + 0.1 - 3 * 0.3 = +0.05; without it to -0.05.
    article_of = np.array([0, 1, 2, 3])
    edges = {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (2, 3): 0.45, (1, 3): 0.1, (0, 3): 0.4}
    assert correlation_clusters(article_of, links_of(edges), 0.3) == [[0, 1, 2, 3]]
    del edges[(1, 3)]
    assert correlation_clusters(article_of, links_of(edges), 0.3) == [[0, 1, 2]]


def test_an_article_may_tell_a_claim_twice():
    # Passages 0 and 1 are both in article 0, each linked to 2 and 3 of the other articles:
    # pairs inside article 0 count for nothing, so both belong to the claim.
    article_of = np.array([0, 0, 1, 2])
    edges = {(0, 2): 0.5, (0, 3): 0.4, (1, 2): 0.4, (1, 3): 0.35, (2, 3): 0.5}
    assert correlation_clusters(article_of, links_of(edges), 0.3) == [[0, 1, 2, 3]]


def test_average_link_merges_on_from_given_groups():
    article_of = np.array([0, 1, 2, 3])
    edges = {(0, 1): 0.1, (2, 3): 0.1, (0, 2): 0.5, (1, 3): 0.5}
    assert average_link(article_of, links_of(edges), 0.3) == [[0, 2], [1, 3]]
    # Started from {0, 1} and {2, 3}, the two groups' mean is (0.5 + 0.5) / 4 = 0.25 < 0.3.
    assert average_link(article_of, links_of(edges), 0.3, start=[[0, 1], [2, 3]]) == [[0, 1], [2, 3]]
    assert average_link(article_of, links_of(edges), 0.25, start=[[0, 1], [2, 3]]) == [[0, 1, 2, 3]]
