"""What a pane paints over an article's text, as one immutable value.

The compare screen builds a new `Paint` for each pane whenever the reading state changes and
assigns it; the pane's watcher re-wraps (when the set of shown passages changed) or repaints
(otherwise). Nothing else about painting is remembered anywhere, so no change can leave a stale
row on screen. Every index is an index into the pane's units. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

Spans = tuple[tuple[int, int], ...]  # [start, end) offsets into a unit's display text
EMPTY: Mapping = MappingProxyType({})

VIEWS = ("all", "unmatched", "linked")  # the order the view key cycles through
DECIDED_GLYPHS = {"reader": "+", "confirmed": "✓"}  # the gutter bar of a passage the reader judged
# The pointer column down the cursor's passage under its ▶: its tint is the only other mark of
# where it ends, and a 16-colour terminal may draw that tint as the page (the light themes').
CURSOR_EDGE = "▕"
# The pointer of each counterpart of the cursor but the one shown (◆): a tint alone marks them
# nowhere on a monochrome or 16-colour terminal, where it matches the cursor's or vanishes.
OTHER_COUNTERPART = "◇"
VIEW_NAMES = {"all": "all passages", "unmatched": "only ◌ unmatched", "linked": "only linked"}


@dataclass(frozen=True)
class Paint:
    active: bool = False  # the focused pane shows its cursor as a highlighted block
    cursor: int | None = None
    target: int | None = None  # the counterpart currently shown for the other pane's cursor
    linked: Mapping[int, str] = field(default_factory=lambda: EMPTY)  # passages highlighted as counterparts: "strong" | "weak"
    evidence: Mapping[int, Spans] = field(default_factory=lambda: EMPTY)
    marks: Mapping[int, str] = field(default_factory=lambda: EMPTY)  # gutter bar: the strongest link of each linked passage
    decided: Mapping[int, str] = field(default_factory=lambda: EMPTY)  # gutter bar over marks: "reader" | "confirmed" links
    unmatched: frozenset[int] = frozenset()  # ◌: body passages with no strong link
    bookmarked: frozenset[int] = frozenset()
    hits: Mapping[int, Spans] = field(default_factory=lambda: EMPTY)  # search hits to highlight
    # what differs inside the current link: (start, end, kind) with kind a DIFFERENCE_CLASSES key
    differences: Mapping[int, tuple[tuple[int, int, str], ...]] = field(default_factory=lambda: EMPTY)
    view: str = "all"
    hide_boilerplate: bool = False

    def shows(self, index: int, kind: str) -> bool:
        """Whether unit `index` (of `kind`) is shown in this paint's view."""
        if self.hide_boilerplate and kind == "boilerplate":
            return False
        if self.view == "unmatched":
            return index in self.unmatched
        if self.view == "linked":
            return index in self.marks
        return True

    def layout_key(self) -> tuple:
        """What decides which units are shown (a change re-wraps the pane)."""
        view = self.view
        if view == "unmatched":
            return view, self.hide_boilerplate, self.unmatched
        if view == "linked":
            return view, self.hide_boilerplate, frozenset(self.marks)
        return view, self.hide_boilerplate
