"""The reader's decisions applied to the machine's alignment: a pure function, no store.

A decision names a span on each side; at either granularity it covers the units (paragraphs or
sentences) the span overlaps. So a paragraph link rejected in paragraph view also rejects the
sentence links between those two paragraphs in sentence view, and a reader's link made on one
sentence pair shows as the link between the paragraphs that hold them. Decisions are applied
oldest first, so a newer one about the same passages has the last word.

- `reject`: every link between the covered units is gone.
- `confirm`: the machine links between them are flagged `confirmed` and made strong (a
  counterpart: the reader vouched that both passages tell the same thing, so a weak guess
  confirmed counts as one at every threshold), keeping their score and evidence; if the engine
  no longer makes any (a higher threshold, an edited article), the pair is kept as a reader
  link, strong too.
- `link`: the units that overlap the spans most are linked, with origin "reader", READER_SCORE
  and the "strong" tier (a counterpart), whether or not the engine links them at the current
  threshold (a machine link already there lends its evidence, the words highlighted): so one
  decision counts one way however the threshold moves.
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


def link_state(link: Link) -> str:
    """"reader" (the reader made it), "confirmed" (the reader vouched for the machine's) or ""."""
    if link.origin == "reader":
        return "reader"
    return "confirmed" if link.confirmed else ""


def decided_units(units: list[Passage], start: int, end: int, ends: list[int] | None = None) -> list[int]:
    """Indices of the units overlapping the source span [start, end), in order. `ends` is
    [u.end for u in units], passed in when asking many times about the same units."""
    i = bisect_right([u.end for u in units] if ends is None else ends, start)
    out = []
    while i < len(units) and units[i].start < end:
        out.append(units[i].index)
        i += 1
    return out


def _most_overlapped(units: list[Passage], covered: list[int], start: int, end: int) -> int:
    return max(covered, key=lambda i: (min(end, units[i].end) - max(start, units[i].start), -i))


def covered_units(d: PlacedDecision, a_units: list[Passage], b_units: list[Passage],
                  a_ends: list[int] | None = None, b_ends: list[int] | None = None) -> tuple[list[int], list[int]]:
    """The units of each side `d` covers (see decided_units), side a in `a_units`."""
    return decided_units(a_units, d.a.start, d.a.end, a_ends), decided_units(b_units, d.b.start, d.b.end, b_ends)


def linked_pair(d: PlacedDecision, a_units: list[Passage], b_units: list[Passage],
                ua: list[int], ub: list[int]) -> tuple[int, int]:
    """The pair a `link` decision links: of the covered units `ua` and `ub`, those its spans
    overlap most (the first of equals)."""
    return _most_overlapped(a_units, ua, d.a.start, d.a.end), _most_overlapped(b_units, ub, d.b.start, d.b.end)


def oriented(decision: PlacedDecision, a_key: str, b_key: str) -> PlacedDecision | None:
    """`decision` with side a in the article `a_key` names, or None when it is not about the
    articles `a_key` and `b_key` (reader.bookmarks.anchoring.article_key)."""
    sides = (decision.a.anchor.path, decision.b.anchor.path)
    if sides == (a_key, b_key):
        return decision
    if sides == (b_key, a_key):
        return decision.swapped()
    return None


def reader_link(a: int, b: int, machine: Link | None = None) -> Link:
    """The reader's link between units `a` and `b`: strong, READER_SCORE, with the evidence of
    the engine's `machine` link between them when there is one."""
    evidence = (lambda: machine.evidence) if machine is not None else ()
    return Link(a, b, READER_SCORE, evidence, "strong", origin="reader", confirmed=True)


def confirmed_link(link: Link) -> Link:
    """`link`, confirmed: same score and (lazy) evidence, strong whatever its score (a reader
    vouching for a link says the two passages are counterparts, as a reader's link does)."""
    return Link(link.a, link.b, link.score, lambda: link.evidence, "strong", origin=link.origin, confirmed=True)


def apply_decisions(alignment: Alignment, decisions: Iterable[PlacedDecision]) -> Alignment:
    """`alignment` as the reader corrected it: a new Alignment, or `alignment` itself when no
    decision applies. Decisions about other articles, and orphaned ones, are ignored.

    Only the pairs of units decisions touch are looked at, so the cost beyond building the
    new Alignment is one pass over the links, however long the articles.
    """
    a_key, b_key = article_key(alignment.a.path), article_key(alignment.b.path)
    a_units, b_units = alignment.a_units, alignment.b_units
    a_ends, b_ends = [u.end for u in a_units], [u.end for u in b_units]
    changed: dict[tuple[int, int], Link | None] = {}  # a pair of units -> its link now (None: gone)

    def machine_links(ua: list[int], ub: list[int]) -> dict[tuple[int, int], Link]:
        wanted = set(ub)
        return {(i, link.b): link for i in ua for link in alignment.for_a(i) if link.b in wanted}

    for decision in sorted(decisions, key=lambda d: d.id):
        d = oriented(decision, a_key, b_key)
        if d is None or d.orphaned:
            continue
        ua, ub = covered_units(d, a_units, b_units, a_ends, b_ends)
        if not ua or not ub:
            continue
        if d.kind == "reject":
            changed.update(((i, j), None) for i in ua for j in ub)
            continue
        machine = machine_links(ua, ub)
        if d.kind == "confirm" and machine:
            changed.update((key, confirmed_link(link)) for key, link in machine.items())
            continue
        best = linked_pair(d, a_units, b_units, ua, ub)
        changed[best] = reader_link(*best, machine.get(best) if d.kind == "link" else None)
    if not changed:
        return alignment
    touched_a, touched_b = {i for i, _ in changed}, {j for _, j in changed}
    links, present = [], set()
    for link in alignment.links:
        if link.a in touched_a and (pair := (link.a, link.b)) in changed:
            present.add(pair)
            link = changed[pair]
            if link is None:
                continue
        links.append(link)
    links += [link for pair, link in changed.items() if link is not None and pair not in present]
    linked_a = {link.a for link in links if link.a in touched_a}
    linked_b = {link.b for link in links if link.b in touched_b}

    def unmatched(before: list[int], units: list[Passage], touched: set[int], linked: set[int]) -> list[int]:
        now = (set(before) - touched) | {i for i in touched if i not in linked and units[i].is_body}
        return sorted(now)

    return Alignment(
        a=alignment.a, b=alignment.b, granularity=alignment.granularity,
        a_units=a_units, b_units=b_units, links=links,
        unmatched_a=unmatched(alignment.unmatched_a, a_units, touched_a, linked_a),
        unmatched_b=unmatched(alignment.unmatched_b, b_units, touched_b, linked_b), aliases=alignment.aliases,
    )
