"""The claim map from the reading room: `M` opens it, and a cell chosen there comes back as
the two passages to read side by side.

The compare screen mixes in `ClaimMapActions`. It keeps the map's state (sort, filter, fold,
cursor, and the map while the corpus is unchanged), so reopening the map is instant and puts
the reader back where they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.tui.claim_grid import Choice
    from reader.tui.claim_map import MapState


class ClaimMapActions:
    """The compare screen's claim-map action (mixed into `CompareScreen`)."""

    claim_map_state: MapState | None = None

    def action_claim_map(self) -> None:
        from reader.tui.claim_map import ClaimMapScreen, MapState
        from reader.tui.timing import timed

        timed(self.app, "map-open")  # the screen drawn, saying it builds (the map comes later)
        if self.claim_map_state is None:
            self.claim_map_state = MapState()
        self.app.push_screen(ClaimMapScreen(self.corpus, self.claim_map_state), self.show_choice)

    def show_choice(self, choice: Choice | None) -> None:
        """The chosen article in pane A at its passage, beside the partner's passage in pane B
        (kept in view until the new alignment arrives, as an opened bookmark pair is). A silent
        article opens at its top; no partner leaves pane B as it is. An article that only
        touches on the claim opens at that passage, beside the telling it is linked to."""
        if choice is None:
            return
        self.remember_shown()  # backspace goes back to what the panes showed
        self.set_pane_article(0, choice.article)
        if choice.partner is not None:
            self.set_pane_article(1, choice.partner)
        self.active, self.choice = 0, 0
        self.held = None
        for side, passage in ((1, choice.partner_passage), (0, choice.passage)):
            pane = self.panes[side]
            if passage is None:
                continue
            index = pane.cursor_to_source(passage.start)
            if index is not None:
                self.reveal(pane, index)
                pane.scroll_to_passage(index, center=True)
                if side == 1:
                    self.held = (1, index)
        self.cursors_placed()  # the claim's passages, not where the pair was left
        if choice.related:
            self.app.notify(f"“{choice.article.title}” does not tell this claim; this passage touches on it, "
                            f"beside the claim as “{choice.partner.title}” tells it.", markup=False, timeout=6)
        elif choice.silent:
            self.app.notify(f"“{choice.article.title}” is silent on this claim; beside it, the claim as "
                            f"“{choice.partner.title}” tells it.", markup=False, timeout=6)
        elif choice.partner is None:
            self.app.notify("No other article tells this claim.", markup=False, timeout=4)
        self.refresh_view(scroll=False)
        self.keep_held_in_view()
