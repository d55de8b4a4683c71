"""Which scored pairs become links: the threshold, the best few per unit, headings on more than names.

A headline or heading is made of the story's names ("Steele", "Afghanistan") and shares them
with half the other article; a link from it needs a shared word beyond names and glossary
groups. (Dropping pairs that share only the topic's frequent words from every link was
measured and lowered the ranking on both ECB+ sets: news links are made of exactly those.)
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

import numpy as np

from reader.align import policy
from reader.align.features import Occurrence
from reader.align.scoring import rank_in_groups


def substantive(fa: Mapping[str, Occurrence], fb: Mapping[str, Occurrence], heading: bool,
                common: AbstractSet[str] = frozenset()) -> bool:
    """A link needs a shared key that is not one of `common` (the function words of the
    articles' language, never shown as a reason: a link of "durante" and "según" alone could
    not say why it is one, as English's stop words are no keys at all). A heading's link needs
    one that is not a glossary group either and is written in lower case on one side at least
    (a title capitalises every name)."""
    if not heading:  # the common case, in C: the shared keys, and one of them not `common`
        shared = fa.keys() & fb.keys()
        return bool(shared) and not shared <= common
    for k, occ in fa.items():
        other = fb.get(k)
        if other is None or k in common or k.startswith("g:") or (occ.capital and other.capital):
            continue
        return True
    return False


def top_k(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, threshold: float, k: int = policy.TOP_K) -> list[int]:
    """Positions of the pairs scoring >= threshold that are among the k best of their row or
    their column, best first; ties go to the earlier row, then the earlier column, so the
    result is deterministic."""
    live = np.flatnonzero(vals >= threshold)
    if len(live) == 0:
        return []
    # Seen in this order, a pair is kept while fewer than k pairs of its row, or of its column,
    # came before it: its rank in its row or its column, in this order, is under k.
    order = np.lexsort((cols[live], rows[live], -vals[live]))
    keep = (rank_in_groups(rows[live], vals[live], order) < k) | (rank_in_groups(cols[live], vals[live], order) < k)
    return live[order[keep[order]]].tolist()
