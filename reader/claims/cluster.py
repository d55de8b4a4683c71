"""Passages into claims: correlation clustering of the link graph, cut at a link's worth.

What is optimised. Every pair of passages from different articles put in one claim earns its
link weight minus `CUT` (a missing link weighs zero): a pair linked above the cut argues for
being in one claim, one linked below it or not at all argues against. The claims are the
partition with the largest total (correlation clustering, Bansal, Blum and Chawla 2004), the
objective that directly measures agreement with the links pair by pair, which is how a claim
map is judged ("are these two passages in one claim?"). The cut is its one parameter (which
weak links the index writes down hardly matters: reader.claims.index.LINK_MIN); it needs no
number of claims or resolution that nobody could set for an unseen corpus.

Why not chains. Linking passages is noisy: a passage that mentions two events links to
accounts of each. Connected components of the links (single link) chain "A~B, B~C" into one
group although A and C tell different things, and a few such bridges merge dozens of claims
into one (benchmarks/claims_quality.py: precision 0.06-0.09 on its two golds). Under the
objective a third passage joins a pair only when its links to the two outweigh twice the cut;
a group of k passages takes a newcomer only with the support of about k links.

How. Exact correlation clustering is NP-hard; the search is Louvain's (Blondel et al. 2008)
on this objective: every passage in turn moves to the group it gains most by (or alone), until
no move gains; then whole groups merge best mean first while a merge gains (average-link
agglomeration: two groups merge exactly when the mean weight over their pairs from different
articles reaches the cut); then passages move again, until a round changes nothing. Moves
repair what greedy merging cannot undo: a passage taken early by the wrong group leaves it
once a better one has formed. Weak links (below the cut) take part: each makes a pair less
wrong than a missing link would, so a group whose passages are all loosely linked can still
hold together.

One passage per article, unless the article repeats itself. Pairs from one article count
for nothing either way (an article does not link to itself), so a second passage of an
article joins a claim only when its own links to the claim's passages in other articles earn
it: when that article tells the claim twice. Half the passages of both golds have several
gold partners in one other article, so forbidding this outright lost much of the recall when
it was measured (seeds: 0.37 fell to 0.18 with the earlier average-link grouping).

A pair resting on one frail link. The objective charges the cut for every member a passage
joins, so a passage whose links into a claim are spread over several members, each below the
cut, stays in a pair on a single link just over it. Once the search has settled, such a pair
is dissolved and each passage joins the claim its links reach with the largest total, when
that total is worth about three links at the cut (`rehomed`).

Everything runs in a fixed order (passages by number, ties to the lowest group), so the
result is deterministic.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Iterable

import numpy as np

from reader.claims.index import Links

# The cut: a pair of passages in one claim earns its link weight minus CUT. `python
# benchmarks/claims_quality.py --sweep`: of the cuts from 0.12 to 0.20, 0.15 gives the best
# claims' F1 on both golds at once (BASIL 0.43, seeds 0.41); 0.14 gives 0.42 / 0.40, 0.16
# 0.41 / 0.38, 0.13 and 0.18 lose 0.06-0.07 on the seeds.
CUT = 0.15
PASSES = 8  # rounds of merges and moves at most; on the benchmarks' corpora three or four settle
MOVE_ROUNDS = 16  # visits per passage per round at most: each move gains, so they settle; this bounds time
FIRST_MOVES_SHARE = 0.5  # of the grouping's progress: about its share of the time at 200-400 articles
# A claim of two passages resting on one link below FRAIL_LINK is dissolved once the search
# has settled, and each of its passages joins the claim its links reach with the largest
# total, when that total reaches REHOME_TOTAL (three links at the cut): a passage whose one
# link just clears the cut, while its links into another claim are spread over several
# members each below it, is the other claim's (the objective charges the cut for every
# member, so the moves never take it there). `python benchmarks/claims_quality.py
# --variants`: at a total of 0.45, frail links from 0.16 to 0.19 leave none of the three
# golds lower (BASIL 0.428 to 0.439, seeds 0.410 to 0.468 or 0.436, ECB+ 0.385 either way);
# from 0.20 up the seeds lose or ECB+ does. At 0.17, totals from 0.43 to 0.49 do the same;
# below 0.43 ECB+ loses 0.001, from 0.50 the seeds gain nothing. The gains are one passage
# on BASIL and one on the seeds, each joining a claim its article tells already.
FRAIL_LINK = 0.17
REHOME_TOTAL = 0.45
_EPS = 1e-12


def correlation_clusters(article_of: np.ndarray, links: Links, cut: float = CUT,
                         progress: Callable[[float], None] = lambda fraction: None,
                         frail: float = FRAIL_LINK) -> list[list[int]]:
    """Groups of two or more passages (row numbers) from at least two articles, each sorted,
    in order of their first row: moves and merges that each raise the total of (link weight
    - `cut`) over the pairs of different articles inside groups, until none does; then the
    groups of two linked below `frail` rehomed (`rehomed`; 0 keeps every group the search
    found)."""
    adjacency: list[dict[int, float]] = [{} for _ in range(len(article_of))]
    for i, j, w in zip(links.rows.tolist(), links.cols.tolist(), links.weights.tolist()):
        adjacency[i][j] = adjacency[j][i] = w
    linked = [i for i, nbrs in enumerate(adjacency) if nbrs]
    # The first round of moves, over every passage, is most of the work: it gets the first
    # FIRST_MOVES_SHARE of the progress, the passes after it the rest.
    groups = _moves(article_of, adjacency, linked, [], cut, linked, lambda f: progress(FIRST_MOVES_SHARE * f))
    for n in range(PASSES):
        progress(FIRST_MOVES_SHARE + (1 - FIRST_MOVES_SHARE) * n / PASSES)
        merged = average_link(article_of, links, cut, start=groups)
        if merged == groups:
            break  # no merge gains, and no move did before it: settled
        # Only a merged group's passages and their neighbours can gain by a move now.
        before = {tuple(g) for g in groups}
        changed = {m for g in merged if tuple(g) not in before for m in g}
        changed |= {o for m in changed for o in adjacency[m]}
        groups = _moves(article_of, adjacency, linked, merged, cut, sorted(changed))
    return rehomed(article_of, adjacency, [g for g in groups if len({int(article_of[m]) for m in g}) > 1], frail)


def rehomed(article_of: np.ndarray, adjacency: list[dict[int, float]], groups: list[list[int]],
            frail: float = FRAIL_LINK, total: float = REHOME_TOTAL) -> list[list[int]]:
    """`groups` with every group of two passages linked below `frail` dissolved: each of its
    passages joins the other group (not one dissolved) whose members its links reach with the
    largest summed weight, from `total` up; those that find none stay together when they
    still come from two articles. The groups are judged as they were, so the order of the
    dissolved ones does not matter."""
    frail_ones = [k for k, g in enumerate(groups) if len(g) == 2 and adjacency[g[0]].get(g[1], 0.0) < frail]
    if not frail_ones:
        return groups
    dissolved = set(frail_ones)
    owner = {m: k for k, g in enumerate(groups) if k not in dissolved for m in g}
    out = [list(g) for g in groups]
    for k in frail_ones:
        stay = []
        for m in groups[k]:
            into: dict[int, float] = {}
            for other, w in adjacency[m].items():
                if other in owner:
                    into[owner[other]] = into.get(owner[other], 0.0) + w
            best = max(sorted(into), key=into.__getitem__, default=None)  # ties to the lowest group
            if best is not None and into[best] >= total - _EPS:
                out[best].append(m)
            else:
                stay.append(m)
        out[k] = stay if len({int(article_of[m]) for m in stay}) > 1 else []
    return _listed(out)


def _moves(article_of: np.ndarray, adjacency: list[dict[int, float]], linked: list[int],
           start: list[list[int]], cut: float, visit: list[int],
           progress: Callable[[float], None] = lambda fraction: None) -> list[list[int]]:
    """Local moves from `start` (every other linked passage alone): each passage goes to the
    group it gains most by joining, or alone when none gains. The gain of joining group g is
    the summed weight of the passage's links into g minus `cut` for every passage of g from
    another article. The passages of `visit` are visited in order, then only those a move may
    have changed something for (after Leiden's fast local moving, Traag, Waltman and van Eck
    2019), until none is left."""
    article = article_of.tolist()
    label = {m: m for m in linked}
    for g in start:
        for m in g:
            label[m] = g[0]
    members: dict[int, set[int]] = {}
    per_article: dict[int, dict[int, int]] = {}
    # A group's neighbours: how many of its passages' links reach each passage, gathered
    # when a passage first leaves the group and kept up to date from then on, so that the
    # passages linked into a group are not gathered again from every member's links at each
    # move out of it (a passage linked to thousands, as a short article's is beside a huge
    # one, made that the square of the huge article's length).
    reach: dict[int, dict[int, int]] = {}
    for m in linked:
        g, a = label[m], article[m]
        members.setdefault(g, set()).add(m)
        counts = per_article.setdefault(g, {})
        counts[a] = counts.get(a, 0) + 1
    fresh = len(article_of)  # names of groups made by a passage leaving to be alone
    queue, queued = deque(visit), set(visit)
    for visits in range(MOVE_ROUNDS * len(linked)):
        if not queue:
            break
        if visits % 4096 == 0:  # an estimate: passages may be visited again, so it is capped
            progress(min(1.0, visits / max(1, len(visit))))
        m = queue.popleft()
        queued.discard(m)
        a, here = article[m], label[m]
        members[here].discard(m)
        per_article[here][a] -= 1
        into: dict[int, float] = {}
        for other, w in adjacency[m].items():
            g = label[other]
            into[g] = into.get(g, 0.0) + w
        # Where it is now (alone when nothing else is left there), and what beats it: moving
        # must gain strictly, so every move raises the total and the queue runs dry.
        gain = into.get(here, 0.0) - cut * (len(members[here]) - per_article[here][a]) if members[here] else 0.0
        best: int | None = here
        if gain < -_EPS:
            best, gain = None, 0.0  # None: alone
        for g in sorted(into):
            value = into[g] - cut * (len(members[g]) - per_article[g].get(a, 0))
            if g != here and value > gain + _EPS:
                best, gain = g, value
        if best is None:
            best, fresh = fresh, fresh + 1
            members[best], per_article[best] = set(), {}
        label[m] = best
        if best != here:
            if here in reach:
                _reach(reach[here], adjacency[m], -1)
            else:
                counts = reach[here] = {}
                for left in members[here]:
                    _reach(counts, adjacency[left], 1)
            if best in reach:
                _reach(reach[best], adjacency[m], 1)
            # Those whose options changed: m's neighbours (where m is now), the two groups'
            # passages (one cross pair more or less), and passages linked into the group m
            # left (joining it costs one cross pair less).
            touched = members[here] | members[best] | adjacency[m].keys() | reach[here].keys()
            for other in sorted(touched):
                if other not in queued:
                    queue.append(other)
                    queued.add(other)
        members[best].add(m)
        per_article[best][a] = per_article[best].get(a, 0) + 1
    grouped: dict[int, list[int]] = {}
    for m in linked:
        grouped.setdefault(label[m], []).append(m)
    return _listed(grouped.values())


def _reach(counts: dict[int, int], links: dict[int, float], by: int) -> None:
    """Add `by` to the count of every passage in `links`; a count that falls to zero goes."""
    for other in links:
        n = counts.get(other, 0) + by
        if n:
            counts[other] = n
        else:
            del counts[other]


def average_link(article_of: np.ndarray, links: Links, floor: float,
                 progress: Callable[[float], None] = lambda fraction: None,
                 start: list[list[int]] | None = None) -> list[list[int]]:
    """Groups of two or more passages (row numbers), each sorted, in order of their first row,
    merged from `start` (disjoint groups; every linked passage alone by default) while the
    mean link weight between two groups' passages of different articles reaches `floor`.

    `progress` gets the share of the heap's entries handled so far, now and then (the heap
    grows as stale entries are pushed back, so it is an estimate that only rises)."""
    owner: dict[int, int] = {}  # passage -> its group, named by the group's first passage
    for g in start or ():
        for m in g:
            owner[m] = g[0]
    adjacency: dict[int, dict[int, float]] = {}  # group -> neighbour group -> summed link weight
    members: dict[int, list[int]] = {g[0]: list(g) for g in start or ()}
    for i, j, w in zip(links.rows.tolist(), links.cols.tolist(), links.weights.tolist()):
        x, y = owner.get(i, i), owner.get(j, j)
        members.setdefault(x, [x])
        members.setdefault(y, [y])
        if x != y:
            nx = adjacency.setdefault(x, {})
            nx[y] = adjacency.setdefault(y, {})[x] = nx.get(y, 0.0) + w
    adjacency = {x: adjacency.get(x, {}) for x in members}
    per_article: dict[int, dict[int, int]] = {}
    for x, ms in members.items():
        counts = per_article[x] = {}
        for m in ms:
            counts[int(article_of[m])] = counts.get(int(article_of[m]), 0) + 1
    merged_into: dict[int, int] = {}

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

    heap = [(-mean(x, y), x, y) for x, nbrs in adjacency.items() for y in nbrs if x < y]
    heapq.heapify(heap)
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
    return _listed(members.values())


def _listed(groups: Iterable[list[int]]) -> list[list[int]]:
    """The groups of two or more passages, each sorted, in order of their first passage."""
    return sorted((sorted(g) for g in groups if len(g) > 1), key=lambda g: g[0])


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
