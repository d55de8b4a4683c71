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


def substantive(fa: Mapping[str, Occurrence], fb: Mapping[str, Occurrence], heading: bool,
                common: AbstractSet[str] = frozenset()) -> bool:
    """A link needs a shared key that is not one of `common` (the function words of the
    articles' language, never shown as a reason: a link of "durante" and "según" alone could
    not say why it is one, as English's stop words are no keys at all). A heading's link needs
    one that is not a glossary group either and is written in lower case on one side at least
    (a title capitalises every name)."""
    for k, occ in fa.items():
        other = fb.get(k)
        if other is None or k in common:
            continue
        if heading and (k.startswith("g:") or (occ.capital and other.capital)):
            continue
        return True
    return False


def top_k(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, threshold: float, k: int = policy.TOP_K) -> list[int]:
    """Positions of the pairs scoring >= threshold that are among the k best of their row or
    their column; ties are broken by position, so the result is deterministic."""
    if len(vals) == 0:
        return []
    order = np.lexsort((cols, rows, -vals))
    seen_r: dict[int, int] = {}
    seen_c: dict[int, int] = {}
    out = []
    for t in order.tolist():
        if vals[t] < threshold:
            break
        r, c = int(rows[t]), int(cols[t])
        nr, nc = seen_r.get(r, 0), seen_c.get(c, 0)
        if nr < k or nc < k:
            out.append(t)
        seen_r[r] = nr + 1
        seen_c[c] = nc + 1
    return out
