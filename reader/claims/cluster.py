"""Passages into claims: average-link agglomeration over the strong links.

Why average link. Linking passages is noisy: a passage that mentions two events links to
accounts of each. Taking connected components of the links (single link) then chains "A~B,
B~C" into one group although A and C tell different things, and on a real corpus a few such
bridges merge dozens of claims into one (benchmarks/claims_quality.py: precision 0.06-0.09
on its two golds). Average
link merges two groups only when the mean link weight over all their pairs of passages from
different articles, a missing link counting as zero, reaches the floor a single link must
reach. Two passages join when they are linked; a third joins a pair only when it is linked to
both, or to one so strongly that the mean still clears the floor; a group of k passages takes
a newcomer only with the support of about k links. A bridge of one link stops there. Graph
cuts (spectral, Markov clustering) also need several links per merge, but they need a number
of clusters or an inflation parameter nobody can set for an unseen corpus; here the cut is
the link floor itself.

One passage per article, unless the article repeats itself. Pairs of passages from one
article are not in the mean (an article does not link to itself), so a second passage of an
article enters a claim only when it is, on average, linked to the claim's passages in the
other articles as strongly as a link must be: when that article tells the claim twice. Half
the passages of both golds have several gold partners in one other article, so forbidding
this outright, or asking a repeating merge for a higher mean, lost much of the recall when it
was measured (with the aligner's earlier weights; seeds: 0.37 fell to 0.22 when such a merge
had to clear 1.5 times the floor, 0.18 when it could never happen; BASIL: 0.37 to 0.35 and
0.30).

Merges are made best first from a heap whose stale entries are re-keyed when they surface;
ties break by the groups' lowest passage numbers, so the result is deterministic.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

import numpy as np

from reader.claims.index import Links


def average_link(article_of: np.ndarray, links: Links, floor: float,
                 progress: Callable[[float], None] = lambda fraction: None) -> list[list[int]]:
    """Groups of two or more passages (row numbers), each sorted, in order of their first row.

    `progress` gets the share of the heap's entries handled so far, now and then (the heap
    grows as stale entries are pushed back, so it is an estimate that only rises)."""
    adjacency: dict[int, dict[int, float]] = {}  # group -> neighbour group -> summed link weight
    for i, j, w in zip(links.rows.tolist(), links.cols.tolist(), links.weights.tolist()):
        adjacency.setdefault(i, {})[j] = w
        adjacency.setdefault(j, {})[i] = w
    members: dict[int, list[int]] = {i: [i] for i in adjacency}
    per_article: dict[int, dict[int, int]] = {i: {int(article_of[i]): 1} for i in adjacency}
    merged_into: dict[int, int] = {}
    heap = [(-w, i, j) for i, nbrs in adjacency.items() for j, w in nbrs.items() if i < j]
    heapq.heapify(heap)

    def group(x: int) -> int:
        root = x
        while root in merged_into:
            root = merged_into[root]
        while x != root:
            merged_into[x], x = root, merged_into[x]
        return root

    def mean(x: int, y: int) -> float:
        """Mean link weight over the pairs of passages from different articles between
        groups x and y."""
        ax, ay = per_article[x], per_article[y]
        if len(ax) > len(ay):
            ax, ay = ay, ax
        same = sum(n * ay[a] for a, n in ax.items() if a in ay)
        return adjacency[x][y] / max(1, len(members[x]) * len(members[y]) - same)

    # Lazy best-first: an entry's key is never below the current mean of the two groups it
    # names (a merged group's mean with a third is a weighted average of its parts' means),
    # so the popped entry whose mean is still its key is the best merge left. Stale entries
    # are re-keyed when they surface, not on every merge.
    popped, pushed, shown = 0, len(heap), 0.0
    while heap:
        neg, x, y = heapq.heappop(heap)
        popped += 1
        if popped % 4096 == 0:
            shown = max(shown, popped / pushed)
            progress(shown)
        if -neg < floor:
            break
        x, y = group(x), group(y)
        if x == y:
            continue
        m = mean(x, y)
        if m < -neg:
            if m >= floor:
                heapq.heappush(heap, (-m, min(x, y), max(x, y)))
                pushed += 1
            continue
        if len(members[x]) < len(members[y]):
            x, y = y, x
        # y joins x: member lists, article counts and link sums add up.
        members[x] += members.pop(y)
        for art, n in per_article.pop(y).items():
            per_article[x][art] = per_article[x].get(art, 0) + n
        merged_into[y] = x
        nx = adjacency[x]
        del nx[y]
        for z, w in adjacency.pop(y).items():
            if z != x:
                nz = adjacency[z]
                del nz[y]
                nx[z] = nz[x] = nx.get(z, 0.0) + w
    groups = [sorted(ps) for ps in members.values() if len(ps) > 1]
    groups.sort(key=lambda g: g[0])
    return groups


def connected_components(n: int, links: Links) -> list[list[int]]:
    """Single link: every chain of links one group. The naive clustering, for comparison."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in zip(links.rows.tolist(), links.cols.tolist()):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])
