"""The search the reader steps through with n/N (after `/`, until esc), kept true to the panes.

Hits name a pane and a unit number, so they hold only while the panes show the units they were
found in. When the panes change under a search (the panes swapped, another article opened,
sentences instead of paragraphs) its query is looked for again in what they show now, as less
and vim keep a pattern for the next file: the status line never counts hits of an article no
longer shown, and n never lands on a passage without the words. No Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reader.corpus import Passage
from reader.tui.finding import search_passages

Hit = tuple[int, int, tuple[tuple[int, int], ...]]  # (side, unit, spans in its text)


@dataclass(frozen=True)
class ActiveSearch:
    """A search the reader is stepping through with n/N (until esc)."""

    query: str
    hits: tuple[Hit, ...]  # in reading order: pane A's, then pane B's
    position: int = 0  # the hit the cursor was taken to; -1: none since the hits were found again
    units: tuple[Sequence[Passage], ...] = field(default=(), compare=False, repr=False)  # searched in

    def reads(self, units: Sequence[Sequence[Passage]]) -> bool:
        """Whether the hits were found in exactly these unit lists, pane by pane."""
        return len(units) == len(self.units) and all(a is b for a, b in zip(units, self.units))

    def found_again(self, units: Sequence[Sequence[Passage]], here: tuple[int, int | None]) -> ActiveSearch:
        """The query's hits in `units`; the cursor (`here`: side, unit) is on the hit it is on."""
        hits = tuple(sorted((h.side, h.index, h.spans) for h in search_passages(units, self.query)))
        position = next((k for k, hit in enumerate(hits) if hit[:2] == here), -1)
        return ActiveSearch(self.query, hits, position, tuple(units))

    def stepped(self, delta: int, here: tuple[int, int | None]) -> tuple[ActiveSearch, bool]:
        """The search moved to its next (1) or previous (-1) hit, and whether that wrapped round.
        Off every hit (found again), the step goes on from the cursor (`here`: side, unit)."""
        count = len(self.hits)
        if self.position >= 0:
            position = self.position + delta
        else:
            at = (here[0], -1 if here[1] is None else here[1])
            if delta > 0:
                position = sum(1 for side, index, _ in self.hits if (side, index) <= at)
            else:
                position = sum(1 for side, index, _ in self.hits if (side, index) < at) - 1
        return replace(self, position=position % count), not 0 <= position < count
