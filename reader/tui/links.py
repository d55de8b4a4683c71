"""An alignment seen from one pane: counterparts of a passage, gutter strengths, navigation.

The alignment is computed for (left, right) = (a, b); the right pane reads it mirrored. These
helpers take the pane's side (0 = left/top, 1 = right/bottom) so the screen never has to
remember which way round the engine's fields point. No Textual here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

@dataclass(frozen=True)
class Counterpart:
    """A link from a passage in this pane to one in the other pane."""

    other: int  # passage index in the other pane's article
    score: float
    mine: tuple[tuple[int, int], ...]  # source spans of evidence in this article
    theirs: tuple[tuple[int, int], ...]  # source spans in the other article
    terms: tuple[tuple[str, str], ...]  # (this side's words, the other side's words)
    strength: str = "weak"  # the link's tier: "strong" (same claim) | "weak" (related)


def counterparts(alignment: Any, side: int, index: int) -> list[Counterpart]:
    """The links of passage `index` of pane `side`, best first."""
    if alignment is None:
        return []
    links = alignment.for_a(index) if side == 0 else alignment.for_b(index)
    out = []
    for link in links:
        ev = link.evidence
        if side == 0:
            mine = tuple(e.a_span for e in ev)
            theirs = tuple(e.b_span for e in ev)
            terms = tuple((e.a_text, e.b_text) for e in ev)
            other = link.b
        else:
            mine = tuple(e.b_span for e in ev)
            theirs = tuple(e.a_span for e in ev)
            terms = tuple((e.b_text, e.a_text) for e in ev)
            other = link.a
        out.append(Counterpart(other, float(link.score), mine, theirs, terms, link.tier))
    return out


def link_marks(alignment: Any, side: int) -> dict[int, str]:
    """Per linked passage of pane `side`: "strong" if any of its links is strong, else "weak"."""
    marks: dict[int, str] = {}
    if alignment is None:
        return marks
    for link in alignment.links:
        index = link.a if side == 0 else link.b
        if marks.get(index) != "strong":
            marks[index] = link.tier
    return marks


def unmatched(alignment: Any, side: int) -> set[int]:
    """Body passages of pane `side` the other article does not cover: no strong link (a weak
    one is context); these carry the ◌ mark."""
    if alignment is None:
        return set()
    return set(alignment.alone_a if side == 0 else alignment.alone_b)


@dataclass(frozen=True)
class PairSummary:
    """The pair at a glance, like `git diff --stat`: links by strength, passages only one
    side tells."""

    strong: int
    weak: int
    only_a: int
    only_b: int


def pair_summary(alignment: Any) -> PairSummary | None:
    if alignment is None:
        return None
    strong = sum(1 for link in alignment.links if link.tier == "strong")
    return PairSummary(strong, len(alignment.links) - strong, len(unmatched(alignment, 0)),
                       len(unmatched(alignment, 1)))


def term_label(terms: Iterable[tuple[str, str]], limit: int = 6) -> str:
    """Evidence terms as one line: `Artsakh ↔ Nagorno-Karabakh, 2023`."""
    seen: list[str] = []
    for mine, theirs in terms:
        mine, theirs = " ".join(mine.split()), " ".join(theirs.split())
        label = mine if mine.casefold() == theirs.casefold() else f"{mine} ↔ {theirs}"
        if label and label not in seen:
            seen.append(label)
    more = len(seen) - limit
    text = ", ".join(seen[:limit])
    return text + (f" (+{more})" if more > 0 else "")


def step(order: Sequence[int], current: int | None, delta: int) -> int | None:
    """Move `delta` places through the visible passages `order` (clamped at the ends)."""
    if not order:
        return None
    if current is None:
        return order[0] if delta >= 0 else order[-1]
    pos = bisect_left(order, current)
    if pos >= len(order) or order[pos] != current:  # current is hidden: snap to a neighbour
        pos = pos if delta > 0 else pos - 1
        delta -= 1 if delta > 0 else -1 if delta < 0 else 0
    return order[min(max(pos + delta, 0), len(order) - 1)]


def next_in(order: Sequence[int], wanted: set[int], current: int | None, forward: bool) -> int | None:
    """The next (or previous) visible passage after `current` that is in `wanted`, wrapping."""
    candidates = [i for i in order if i in wanted]
    if not candidates:
        return None
    if current is None:
        return candidates[0] if forward else candidates[-1]
    if forward:
        pos = bisect_right(candidates, current)
        return candidates[pos % len(candidates)]
    pos = bisect_left(candidates, current) - 1
    return candidates[pos % len(candidates)]
