"""The reader's decisions applied to the machine's alignment: a pure function, no store.

A decision names a span on each side; at either granularity it covers the units (paragraphs or
sentences) the span overlaps. So a paragraph link rejected in paragraph view also rejects the
sentence links between those two paragraphs in sentence view, and a reader's link made on one
sentence pair shows as the link between the paragraphs that hold them. Decisions are applied
oldest first, so a newer one about the same passages has the last word.

- `reject`: every link between the covered units is gone.
- `confirm`: the machine links between them are flagged `confirmed`; if the engine no longer
  makes any (a higher threshold, an edited article), the pair is kept as a reader link.
- `link`: the units that overlap the spans most are linked (a machine link already there is
  just confirmed), with origin "reader" and READER_SCORE.
Orphaned decisions (a side whose text is gone) change nothing; callers list them instead.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from reader.align.model import Alignment, Link
from reader.bookmarks.anchoring import article_key
from reader.corpus import Passage
from reader.decisions.model import PlacedDecision

# A reader's link outranks every machine link of its passage: the reader read both passages,
# the engine only scored them (machine scores are calibrated to 0..1).
READER_SCORE = 1.0


def decided_units(units: list[Passage], start: int, end: int) -> list[int]:
    """Indices of the units overlapping the source span [start, end), in order."""
    i = bisect_right([u.end for u in units], start)
    out = []
    while i < len(units) and units[i].start < end:
        out.append(units[i].index)
        i += 1
    return out


def _most_overlapped(units: list[Passage], covered: list[int], start: int, end: int) -> int:
    return max(covered, key=lambda i: (min(end, units[i].end) - max(start, units[i].start), -i))


def _oriented(decision: PlacedDecision, a_key: str, b_key: str) -> PlacedDecision | None:
    sides = (decision.a.anchor.path, decision.b.anchor.path)
    if sides == (a_key, b_key):
        return decision
    if sides == (b_key, a_key):
        return decision.swapped()
    return None


def _flagged(link: Link, confirmed: bool = True) -> Link:
    return Link(link.a, link.b, link.score, lambda: link.evidence, origin=link.origin, confirmed=confirmed)


def apply_decisions(alignment: Alignment, decisions: Iterable[PlacedDecision]) -> Alignment:
    """A new Alignment: `alignment` as the reader corrected it. Decisions about other
    articles, and orphaned ones, are ignored; `alignment` itself is not changed."""
    a_key, b_key = article_key(alignment.a.path), article_key(alignment.b.path)
    machine: dict[tuple[int, int], Link] = {(link.a, link.b): link for link in alignment.links}
    links = dict(machine)  # a decision about a pair replaces what older ones made of it
    a_units, b_units = alignment.a_units, alignment.b_units
    for decision in sorted(decisions, key=lambda d: d.id):
        d = _oriented(decision, a_key, b_key)
        if d is None or d.orphaned:
            continue
        a_span, b_span = (d.a.start, d.a.end), (d.b.start, d.b.end)
        ua, ub = decided_units(a_units, *a_span), decided_units(b_units, *b_span)
        if not ua or not ub:
            continue
        if d.kind == "reject":
            for key in [(i, j) for i in ua for j in ub]:
                links.pop(key, None)
            continue
        covered = [(i, j) for i in ua for j in ub if (i, j) in machine]
        if d.kind == "confirm" and covered:
            for key in covered:
                links[key] = _flagged(machine[key])
            continue
        best = (_most_overlapped(a_units, ua, *a_span), _most_overlapped(b_units, ub, *b_span))
        if best in machine:
            links[best] = _flagged(machine[best])
        else:
            links[best] = Link(*best, READER_SCORE, (), origin="reader", confirmed=True)
    linked_a = {i for i, _ in links}
    linked_b = {j for _, j in links}
    return Alignment(
        a=alignment.a, b=alignment.b, granularity=alignment.granularity,
        a_units=a_units, b_units=b_units, links=list(links.values()),
        unmatched_a=[p.index for p in a_units if p.is_body and p.index not in linked_a],
        unmatched_b=[p.index for p in b_units if p.is_body and p.index not in linked_b],
    )
