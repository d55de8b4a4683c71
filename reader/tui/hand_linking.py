"""What two link keys check before the decision actions act on them.

`=` links the cursor's passage to the passage under the other pane's cursor. That cursor is
drawn dimmer (▷) in the inactive pane, but it can be off screen, or on a heading or a
boilerplate line, which the aligner never links: then `=` says so and asks for a second press,
as vim asks for `:q!` — nothing is linked by a key whose target the reader could not see.
`r` (next unconfirmed link) on a pair with no links says that, not that all are reviewed.
"""

from __future__ import annotations

from reader.tui.deciding import find_link
from reader.tui.keys import binding_by_id, hint_key, key_label
from reader.tui.status import PANE_LABELS


class LinkKeyChecks:
    """Mixed into `CompareScreen` before `DecisionActions`, whose actions it guards."""

    _link_asked: tuple[int, int, int] | None = None  # (side, mine, theirs) `=` last asked about

    def action_link_here(self) -> None:
        pane, other = self.panes[self.active], self.panes[1 - self.active]
        alignment = self.alignment_of_panes()
        if pane.cursor is not None and other.cursor is not None and alignment is not None:
            made = find_link(alignment, self.active, pane.cursor, other.cursor)
            if made is not None and made.origin == "reader":  # a second decision would only need a second undo
                mine, theirs = (f"{PANE_LABELS[p.side]} {p.units[p.cursor].label}" for p in (pane, other))
                self.app.notify(f"{mine} and {theirs} are linked already (your link).", markup=False, timeout=4)
                return
            asked = (self.active, pane.cursor, other.cursor)
            doubt = self._link_doubt(pane, other)
            if doubt and self._link_asked != asked:
                self._link_asked = asked
                again = key_label(self.app, binding_by_id("link.make"))
                self.app.notify(f"{doubt} Press {again} again to link them anyway.", markup=False, timeout=6)
                return
        self._link_asked = None
        super().action_link_here()

    def _link_doubt(self, pane, other) -> str:
        """Why linking the two cursors' passages may not be what the reader means ("" if none)."""
        theirs = f"{PANE_LABELS[other.side]} {other.units[other.cursor].label}"
        for label, each in ((f"{PANE_LABELS[pane.side]} {pane.units[pane.cursor].label}", pane), (theirs, other)):
            kind = each.units[each.cursor].kind
            if kind != "body":
                return f"{label} is {'a heading' if kind == 'heading' else 'boilerplate'}, not body text."
        if not other.is_passage_visible(other.cursor):
            return f"The other pane's cursor (▷, on {theirs}) is off screen: {hint_key(self.app, 'pane.switch', 'tab')} goes to it."
        return ""

    def action_next_unreviewed(self) -> None:
        if self.align_state == "ready" and not self.has_links():
            self.app.notify("This pair has no links.", markup=False, timeout=4)
            return
        super().action_next_unreviewed()
