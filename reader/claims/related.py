"""Articles that touch on a claim without telling it: the map's third state, between ✓ and ◌.

The grouping (reader.claims.cluster) puts a passage in one claim at most and lets a link
below its cut join none, so a passage linked to a claim's tellings is often outside it: it
makes two claims and went to the other, or it tells this one more loosely than the grouping
asks. Shown as silent, its article would be wrongly said to leave the claim out, the claim
map's own promise. So for each claim and each article that does not tell it, the article's
passage with the strongest index link (reader.claims.index.Links: the links the grouping
used) to any of the claim's passages is its related passage, when that link reaches
`RELATED_MIN`. Related passages never count as tellings (coverage, sides, sorting): they only
keep an article from being counted as omitting the claim.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from reader.claims.index import Links

# The weakest link that makes an article "related" to a claim rather than silent on it.
# `python benchmarks/claims_quality.py` ("related passages"): of every claim's strongest link
# into each article that does not tell it, the share whose passage the gold pairs ("same" or
# "related") with one of the claim's passages, per band of link weight. The rule: the floor is
# the lowest band edge from which every band up is right at least half the time on both golds
# (a ~ must be the better bet than a ◌). BASIL: 0.15-0.20 right 8 of 15, 0.12-0.15 only 2 of
# 6; seeds: every band from 0.08 is right at least half the time (0.12-0.15: 4 of 8). So 0.15,
# where the grouping's cut (reader.claims.cluster.CUT) also starts to count a link as evidence
# for one claim: from there up 25 of 38 related passages are right on BASIL and 16 of 17 on
# the seeds, and 60% and 57% of the articles the gold says touch on a claim they do not tell
# are shown so (64% and 82% from 0.08, with 59% and 79% right). Kept apart from the cut: the
# cut weighs pairs inside a partition, this floor one link.
RELATED_MIN = 0.15

Best = tuple[float, int, int]  # (link weight, passage outside the claim, the claim's passage it links to)


def related_links(groups: Sequence[Sequence[int]], article_of: np.ndarray, links: Links,
                  floor: float = RELATED_MIN) -> list[dict[int, Best]]:
    """For each group (row numbers), every article that has none of its rows but a link of at
    least `floor` into it: that article's strongest such link. Ties go to the lowest rows, so
    the result is deterministic."""
    article = article_of.tolist()
    group_of = {m: g for g, members in enumerate(groups) for m in members}
    tellers = [{article[m] for m in members} for members in groups]
    best: list[dict[int, Best]] = [{} for _ in groups]
    keep = links.weights >= floor
    for i, j, w in zip(links.rows[keep].tolist(), links.cols[keep].tolist(), links.weights[keep].tolist()):
        for inside, outside in ((i, j), (j, i)):
            g = group_of.get(inside)
            if g is None or article[outside] in tellers[g]:
                continue
            held = best[g].get(article[outside])
            if held is None or (w, -outside, -inside) > (held[0], -held[1], -held[2]):
                best[g][article[outside]] = (w, outside, inside)
    return best
