"""Bookmarking from the reading room: `b`, `B`, `m`, the gutter marks, and opening a bookmark.

The compare screen mixes in `BookmarkActions`. Writes run in a thread worker (SQLite is quick,
but another Counterpoint holding the lock may keep a write waiting for the busy timeout), and
report back on the UI thread: a notice, then fresh marks. Every notice is `markup=False`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from reader.bookmarks import ArticleShelf, PlacedBookmark, Placement, marked_units, orphaned_in, same_place
from reader.corpus import Article, Passage
from reader.errors import UserError
from reader.tui.bookmark_dialog import BookmarkDialog, NoteAndTags, in_quotes, one_line
from reader.tui.detached import Abandoned, units_cut
from reader.tui.keys import hint_key
from reader.tui.pane_history import article_name
from reader.tui.status import PANE_LABELS
from reader.tui.store_writes import can_write, write_in_background

if TYPE_CHECKING:
    from textual.app import App

class BookmarkActions:
    """The compare screen's bookmark actions (mixed into `CompareScreen`)."""

    held: tuple[int, int] | None = None  # (side, passage) of an opened pair, kept in view
    # The bookmarks in each pane's article, as the marks worker last read them: `b` and `B`
    # on a place bookmarked already edit that bookmark instead of adding another.
    pane_bookmarks: tuple[list[PlacedBookmark], list[PlacedBookmark]] = ([], [])
    # Articles (path, content hash) whose bookmarks lost their words, told once a session each.
    _lost_bookmarks_told: frozenset[tuple[str, str]] = frozenset()

    def bookmark_shelf(self, on_disk: bool = False) -> ArticleShelf:
        """Articles already in memory (the corpus and the panes), so bookmarks reuse them; with
        `on_disk` (the bookmarks list), only while their files are still there to be read."""
        return ArticleShelf([*self.corpus.articles, *self.articles], on_disk=on_disk)

    def refresh_marks(self) -> None:
        """Recompute the gutter marks of both panes from the store, off the UI thread (the
        store may wait for another process's lock); the marks are applied when they arrive."""
        wanted = [(pane.article, pane.granularity) for pane in self.panes]
        self._compute_marks(self.app, self.bookmark_shelf(), wanted)

    @work(thread=True, exclusive=True, exit_on_error=False, group="bookmark-marks",
          description="bookmark marks")
    def _compute_marks(self, app: App, shelf: ArticleShelf, wanted: list[tuple[Article, str]]) -> None:
        # The first call opens the store here, not on the UI thread, so the first paint never
        # waits on SQLite: opening checks the whole file (longer as it grows) and may wait for
        # another Counterpoint recovering a damaged one.
        store = app.open_bookmark_store(partial(app.call_from_thread, app.notify))
        placed: list[list[PlacedBookmark]] = []
        marks: list[set[int]] = []
        problems: list[str] = []
        for article, granularity in wanted:
            try:
                placed.append(store.placed_in(article, shelf))
            except UserError as exc:
                placed.append([])
                if not store.unreadable:  # told once already, when the store was opened
                    problems.append(str(exc))
            try:  # may cut sentences: here, detached, so that a quit does not wait for the cut
                units_cut(article, granularity, lambda: get_current_worker().is_cancelled)
            except Abandoned:
                return
            marks.append(marked_units(article, placed[-1], granularity))
        if not get_current_worker().is_cancelled:
            app.call_from_thread(self._apply_marks, wanted, placed, marks, problems)

    def _apply_marks(self, wanted: list[tuple[Article, str]], placed: list[list[PlacedBookmark]],
                     marks: list[set[int]], problems: list[str]) -> None:
        shown = list(self.pane_bookmarks)
        for side, (pane, (article, granularity)) in enumerate(zip(self.panes, wanted)):
            if pane.article is article and pane.granularity == granularity:  # still showing it
                pane.bookmarked = marks[side]
                shown[side] = placed[side]
                self._tell_orphans(side, article, placed[side])
        self.pane_bookmarks = (shown[0], shown[1])
        for problem in dict.fromkeys(problems):
            self.app.notify(problem, severity="error", markup=False)

    def _tell_orphans(self, side: int, article: Article, placed: list[PlacedBookmark]) -> None:
        """Say (once a session for each text of an article) how many of its bookmarks were
        left without a mark because the file was edited and their words are gone."""
        lost = orphaned_in(article, placed)
        if not lost:
            return
        seen = (str(article.path), article.content_hash)
        if seen in self._lost_bookmarks_told:
            return
        self._lost_bookmarks_told = self._lost_bookmarks_told | {seen}
        which = "1 bookmark" if lost == 1 else f"{lost} bookmarks"
        lists = hint_key(self.app, "bookmarks.open", "m")
        self.app.notify(f"Pane {PANE_LABELS[side]}: {article_name(article)} was edited and {which} lost "
                        f"{'its' if lost == 1 else 'their'} words; {lists} lists "
                        f"{'it' if lost == 1 else 'them'} as orphaned, with the quote kept.",
                        severity="warning", markup=False, timeout=8)

    def marks_failed(self, error: BaseException | None) -> None:
        """A bug while computing marks: reported, and reading goes on without them."""
        message = f"Bookmark marks could not be shown: {error}"
        self.app.notify(message, severity="error", markup=False, timeout=8)

    # -- adding ------------------------------------------------------------------------------

    def _cursor_passage(self) -> tuple[Article, Passage] | None:
        pane = self.panes[self.active]
        if self.no_passage():
            return None
        return pane.article, pane.units[pane.cursor]

    def _bookmark_dialog(self, heading: str, again: str, sides: list[tuple[Article, Passage]]) -> None:
        """The note-and-tags dialog for a new bookmark on `sides`, or for the one there already
        (its note and tags to edit, `again` as the title)."""
        side = self.active
        known = self.pane_bookmarks[side] if self.panes[side].article is sides[0][0] else []
        existing = same_place(known, [(article, passage.start, passage.end) for article, passage in sides])
        texts = [(article.title, passage.text) for article, passage in sides]
        # the tags of the bookmarks both panes hold, read with their articles: opening the dialog reads no store
        in_use = [tag for pane in self.pane_bookmarks for placed in pane for tag in placed.tags]
        if existing is not None:
            dialog = BookmarkDialog(again, texts, note=existing.note, tags=existing.tags, known_tags=in_use)
        else:
            dialog = BookmarkDialog(heading, texts, known_tags=in_use)
        self._ask(sides, dialog)

    def _ask(self, sides: list[tuple[Article, Passage]], dialog: BookmarkDialog) -> None:
        self.app.push_screen(dialog, partial(self._add, sides, dialog))

    def action_bookmark(self) -> None:
        chosen = self._cursor_passage()
        if chosen is None or not can_write(self.app):
            return
        self._bookmark_dialog("Bookmark this passage",
                              "Bookmarked already: edit its note and tags", [chosen])

    def action_bookmark_pair(self) -> None:
        chosen = self._cursor_passage()
        if chosen is None:
            return
        link = self.current_link()
        if link is None:
            self.app.notify("Nothing saved: this passage has no counterpart in the other pane (b bookmarks it alone)."
                            if self.align_state == "ready" else
                            self.not_aligned_reason("Nothing saved: still aligning, this passage has no counterpart "
                                                    "yet."), markup=False, timeout=4)
            return
        if not can_write(self.app):
            return
        other = (self.articles[1 - self.active], self.panes[1 - self.active].units[link.other])
        self._bookmark_dialog("Bookmark this passage and its counterpart as a pair",
                              "This pair is bookmarked already: edit its note and tags", [chosen, other])

    def _add(self, sides: list[tuple[Article, Passage]], dialog: BookmarkDialog, answer: NoteAndTags | None) -> None:
        """Save the bookmark on `sides`; if one is there already (seen when the dialog opened,
        or saved meanwhile), change its note and tags instead of adding another. When the save
        fails, the dialog comes back with what was typed in it."""
        if answer is None:
            return
        store = self.app.bookmark_store
        spans = [(article, passage.start, passage.end) for article, passage in sides]

        def write() -> bool:  # looks and writes in one transaction: a CLI adding it meanwhile makes no twin
            _, existing = store.add_or_replace(spans, note=answer.note, tags=answer.tags)
            return existing is not None

        quote = in_quotes(sides[0][1].text, 60)
        done = "Bookmarked the pair" if len(sides) == 2 else "Bookmarked"
        write_in_background(self, write, lambda updated: self._written(
            f"{'Bookmark updated' if updated else done}: {quote}"),
            failed=(lambda: self._ask(sides, dialog.given_back(answer))) if answer.typed else None, typed=answer.said)

    def _written(self, message: str) -> None:
        self.app.notify(message, markup=False, timeout=4)
        self.refresh_marks()

    # -- the bookmarks screen and opening a bookmark -------------------------------------------

    def action_bookmarks(self) -> None:
        from reader.tui.bookmarks_screen import BookmarksScreen

        # The list tells of files: one deleted or unreadable since it was opened is said to be gone.
        self.app.push_screen(BookmarksScreen(partial(self.bookmark_shelf, on_disk=True), changed=self.refresh_marks),
                             self._bookmarks_closed)

    def _bookmarks_closed(self, chosen: PlacedBookmark | None) -> None:
        self.refresh_marks()
        if chosen is not None:
            self.open_bookmark(chosen)

    def open_bookmark(self, bookmark: PlacedBookmark) -> None:
        """Show the bookmark's article (both, for a pair) in the panes, at the passage."""
        sides = list(bookmark.placements())
        missing = [p for p in sides if p.article is None]
        for placement in missing:
            message = (f"Cannot open {placement.anchor.path}: the file is missing or unreadable. "
                       f"The bookmark keeps its quote: {in_quotes(placement.anchor.quote, 80)}")
            self.app.notify(message, severity="warning", markup=False, timeout=8)
        present = [p for p in sides if p.article is not None]
        if not present:
            return
        self.remember_shown()  # backspace goes back to what the panes showed
        main = present[0]
        shown = [n for n, a in enumerate(self.articles) if a is main.article]
        side = shown[0] if shown else self.active
        self.set_pane_article(side, main.article)
        if len(present) == 2:
            self.set_pane_article(1 - side, present[1].article)
            self._place_cursor(1 - side, present[1])
        self.active = side
        index = self._place_cursor(side, main)
        if index is not None:
            self._move_to(index, center=True)
        if len(present) == 2 and self.panes[1 - side].cursor is not None:
            self.held = (1 - side, self.panes[1 - side].cursor)
            self.keep_held_in_view()
        self.cursors_placed()  # the bookmark's passage, not where the pair was left
        self._say_opened([(side, main.article), *([(1 - side, present[1].article)] if len(present) == 2 else [])])

    def _say_opened(self, shown: list[tuple[int, Article]]) -> None:
        """Name what opening a bookmark put where, and how to go back (the panes changed under
        the bookmarks screen, out of the reader's sight)."""
        from reader.tui.pane_history import article_name

        where = " and ".join(f"{article_name(article)} in {self.pane_place(side)}" for side, article in shown)
        self.app.notify(f"Opened the bookmark{' pair' if len(shown) == 2 else ''}: {where}. {self.back_hint()}",
                        markup=False, timeout=6)

    def keep_held_in_view(self) -> None:
        """Keep a just-opened pair's other passage in view, even when following the cursor
        would scroll its pane elsewhere (the alignment may not link the two passages)."""
        if self.held is None:
            return
        side, index = self.held
        if self.align_state == "ready":
            self.held = None
        pane = self.panes[side]
        if not pane.is_passage_visible(index):
            pane.scroll_to_passage(index, center=True)

    def _place_cursor(self, side: int, placement: Placement) -> int | None:
        pane = self.panes[side]
        if placement.start is None:
            message = f"The quote is no longer in “{one_line(placement.article.title, 60)}”; the bookmark is orphaned."
            self.app.notify(message, severity="warning", markup=False, timeout=6)
            return None
        index = pane.cursor_to_source(placement.start)
        if index is None:
            return None
        self.reveal(pane, index)
        pane.scroll_to_passage(index, center=True)
        return index
