"""Going back to the articles shown before (backspace), as a browser's back button does.

Opening a bookmark, a claim from the map, an article from the picker or a recent pair puts
other articles in the panes; a reader who only meant to look should not have to find their
way back by hand. Before each such change the compare screen (which mixes in `PaneHistory`)
keeps what the panes showed: both articles, where each cursor was (as a source offset, so it
survives a change of granularity) and which pane was active. Backspace restores the last one.

One change of pair can take several steps (a bookmark pair sets both panes): the steps made in
one turn of the event loop are one change, kept once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.corpus.sanitize import visible
from reader.tui.bookmark_dialog import in_quotes
from reader.tui.status import PANE_LABELS

if TYPE_CHECKING:
    from pathlib import Path

    from reader.corpus import Article

KEPT = 50  # changes kept; the oldest are forgotten past this


@dataclass(frozen=True, slots=True)
class Shown:
    """What the panes showed before a change."""

    articles: tuple[Article, Article]
    sources: tuple[int | None, int | None]  # each cursor's source offset (None: no cursor)
    active: int


class PaneHistory:
    """The compare screen's back key (mixed into `CompareScreen`)."""

    _shown_before: list[Shown] | None = None
    _noting = False  # a change is under way this turn: its first step was kept
    _going_back = False

    def remember_shown(self) -> None:
        """Keep what the panes show now: called before each change of the panes' articles."""
        if self._going_back or self._noting or not self.is_mounted:
            return
        a, b = self.articles
        if a is b:  # one article in both panes: there is no pair to go back to
            return
        sources = tuple(pane.cursor_source() for pane in self.panes)
        if self._shown_before is None:
            self._shown_before = []
        self._shown_before = [*self._shown_before, Shown((a, b), sources, self.active)][-KEPT:]
        self._noting = True
        self.call_later(self._change_made)

    def _change_made(self) -> None:
        self._noting = False

    def history_reads(self, fresh: dict[Path, Article]) -> None:
        """Files opened again (`fresh`, by resolved path, as the corpus holds them now; one
        edited since is a new article): going back shows them as they read now."""
        self._shown_before = [replace(shown, articles=tuple(fresh.get(a.path.resolve(), a) for a in shown.articles))
                              for shown in self._shown_before or ()]

    def pane_place(self, side: int) -> str:
        """"pane A (left)": how a notice names a pane, by where it is on the screen now."""
        where = ("top", "bottom") if self.has_class("-narrow") else ("left", "right")
        return f"pane {PANE_LABELS[side]} ({where[side]})"

    def back_hint(self) -> str:
        from reader.tui.keys import first_key

        return f"{first_key(self.app, 'pane.back')} goes back."

    def action_pane_back(self) -> None:
        """Show the articles shown before the last change, each cursor where it was."""
        if not self._shown_before:
            self.app.notify("Nothing to go back to: the panes show the articles they opened with.",
                            markup=False, timeout=3)
            return
        shown = self._shown_before[-1]
        self._shown_before = self._shown_before[:-1]
        self._going_back = True
        try:
            for side, article in enumerate(shown.articles):
                self.set_pane_article(side, article)
        finally:
            self._going_back = False
        self.active, self.choice, self.held = shown.active, 0, None
        for pane, source in zip(self.panes, shown.sources):
            index = pane.cursor_to_source(source) if source is not None else None
            if index is not None:
                self.reveal(pane, index)
                pane.scroll_to_passage(index, center=True)
        self.cursors_placed()  # where they were, not where the pair was last left
        self.refresh_view(scroll=False)
        titles = " and ".join(article_name(article) for article in shown.articles)
        self.app.notify(f"Back to {titles}.", markup=False, timeout=4)


def article_name(article: Article, limit: int = 50) -> str:
    """An article as a notice names it: its title in quotes (its file's name when untitled)."""
    return in_quotes(article.title or visible(article.path.name), limit)
