"""The bookmarks screen: every bookmark, filtered by a fuzzy query, to open, edit or delete.

Bookmarks are re-anchored in a thread worker (an article not in the corpus is read from its
file), then listed with their status: `anchored`, `moved`, or `orphaned` with the stored quote.
Deleting asks first; `u` puts back the last deleted bookmark while the app runs.
"""

from __future__ import annotations

from functools import partial

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from textual import events, on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from reader.bookmarks import ArticleShelf, BookmarkStore, PlacedBookmark, Placement, fuzzy_filter
from reader.bookmarks.export import ORPHAN_REASONS, orphan_reason, reworded
from reader.corpus.sanitize import visible
from reader.errors import UserError
from reader.tui.bookmark_dialog import BookmarkDialog, ConfirmDialog, NoteAndTags, in_quotes, one_line, quoted
from reader.tui.store_writes import can_write, write_in_background
from reader.tui.footer import COMPACT_UP_TO, SteadyFooter
from reader.tui.keys import BOOKMARKS_BINDINGS, FOOTER_FIRST, binding_by_id, hint_key, key_label
from reader.tui.palette import ScreenBindingsProvider
from reader.tui.text_field import TextField

if TYPE_CHECKING:
    from textual.app import App

STATUS_STYLE = {"anchored": "$text-success", "moved": "$text-warning", "orphaned": "$text-error"}
STATUS_MEANING = {
    "anchored": "where it was saved",
    "moved": "the article changed; found the quote elsewhere",
    "orphaned": "{why}; stored quote shown",  # why: reader.bookmarks.export.ORPHAN_REASONS
}


def status_of(bookmark: PlacedBookmark) -> str:
    """The worst status of the bookmark's sides (a pair is as lost as its most lost side)."""
    order = ("anchored", "moved", "orphaned")
    return max((p.status for p in bookmark.placements()), key=order.index)


def tag_line(bookmark: PlacedBookmark) -> Content:
    parts: list[Content] = []
    if bookmark.note:
        parts.append(Content(one_line(bookmark.note, 100)))
    if bookmark.tags:
        parts.append(Content.styled(" ".join(f"#{t}" for t in bookmark.tags), "$text-accent"))
    return Content("  ").join(parts)


def prompt(bookmark: PlacedBookmark, width: int = 80) -> Content:
    """One list entry, each line cut to `width` cells: status, date and title(s); the quote;
    the note and tags."""
    status = status_of(bookmark)
    room = max(20, width - 22)  # after the status and the date
    if bookmark.pair is None:
        title = Content(one_line(bookmark.main.title, room))
    else:
        half = max(8, (room - 3) // 2)
        title = Content.assemble(Content(one_line(bookmark.main.title, half)), Content.styled(" ⇄ ", "bold"),
                                 Content(one_line(bookmark.pair.title, half)))
    line1 = Content.assemble(Content.styled(f"{status:<8}", STATUS_STYLE[status]), "  ",
                             Content.styled(bookmark.created[:10], "$text-muted"), "  ",
                             title.stylize("bold"))
    lines = [line1, Content.assemble("    ", Content.styled(in_quotes(bookmark.main.text, 400), "italic"))]
    extra = tag_line(bookmark)
    if extra:
        lines.append(Content.assemble("    ", extra))
    return Content("\n").join(line.truncate(max(10, width), ellipsis=True) for line in lines)


def passage_label(placement: Placement) -> str:
    """` ¶12`: the passage the bookmark starts in, numbered as the reading room numbers it
    (Passage.number); empty when orphaned or the article could not be read."""
    if placement.article is None or placement.start is None:
        return ""
    passage = placement.article.passage_at(placement.start)
    return f" {passage.label}" if passage is not None else ""


def details(bookmark: PlacedBookmark) -> Content:
    """The highlighted bookmark in full: each side's quote and status, note, tags, files."""
    rows: list[Content] = []
    for placement in bookmark.placements():
        rows.append(quoted(placement.title, placement.text, 180))
        meaning = STATUS_MEANING[placement.status].format(why=ORPHAN_REASONS.get(orphan_reason(placement) or "", ""))
        if reworded(placement):
            meaning += f", reworded; as saved: {in_quotes(placement.anchor.quote, 180)}"
        rows.append(Content.assemble(Content.styled(placement.status, STATUS_STYLE[placement.status]),
                                     Content.styled(f" — {meaning} · {visible(Path(placement.anchor.path).name)}"
                                                    f"{passage_label(placement)}", "$text-muted")))
    if bookmark.note:
        rows.append(Content.assemble(Content.styled("Note: ", "bold"), Content(bookmark.note)))
    if bookmark.tags:
        rows.append(Content.assemble(Content.styled("Tags: ", "bold"), Content(", ".join(bookmark.tags))))
    rows.append(Content.styled(f"Saved {bookmark.created.replace('T', ' ').replace('Z', ' UTC')}", "$text-muted"))
    return Content("\n").join(rows)


class BookmarkList(OptionList, inherit_bindings=False):
    """The list without OptionList's own enter (Select, hidden from the footer): enter is the
    screen's `bookmarks.jump`, which the footer shows as Open and a `[keys]` table remaps."""

    BINDINGS = [b for b in OptionList.BINDINGS if b.key != "enter"]

    async def _on_click(self, event: events.Click) -> None:
        """A click highlights the bookmark under it; a double-click opens it, as enter does (as
        in the claim map, and in file managers): a stray click never changes the pair shown."""
        event.prevent_default()  # OptionList's own click selects, which would open it
        clicked = event.style.meta.get("option")
        if clicked is None or self.get_option_at_index(clicked).disabled:
            return
        self.highlighted = clicked
        if event.chain == 2:
            self.action_select()


class BookmarksScreen(Screen[PlacedBookmark | None]):
    """Every bookmark; dismisses with the one to open (or None)."""

    BINDINGS = [*FOOTER_FIRST, *BOOKMARKS_BINDINGS]  # help and quit first: a narrow footer cuts its tail
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    BookmarksScreen { layout: vertical; }
    BookmarksScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    BookmarksScreen #filter { margin: 0 1; }
    BookmarksScreen OptionList { height: 1fr; margin: 0 1; }
    BookmarksScreen #details { height: auto; max-height: 7; padding: 0 1; border-top: hkey $panel-lighten-2;
                               overflow-y: auto; }
    """

    def __init__(self, shelf: Callable[[], ArticleShelf], changed: Callable[[], None] | None = None) -> None:
        """`shelf` gives the articles already in memory (re-anchoring reads others from disk);
        `changed` runs after each write, also one that ends after the screen is closed."""
        super().__init__()
        self.shelf = shelf
        self.changed = changed
        self.placed: list[PlacedBookmark] = []
        self.shown: list[PlacedBookmark] = []
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(Content("Bookmarks"), id="title")
        yield TextField(placeholder="/ to filter by title, quote, note or tags", id="filter")
        yield BookmarkList(id="list", markup=False)
        yield Static(id="details", markup=False)
        yield SteadyFooter(compact_up_to=COMPACT_UP_TO)

    @property
    def store(self):
        return self.app.bookmark_store

    @property
    def options(self) -> OptionList:
        return self.query_one("#list", OptionList)

    def on_mount(self) -> None:
        self.options.focus()
        self.reload()

    # -- loading and showing -------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """Re-read and re-anchor every bookmark, then show them (highlighting `keep` by id).
        Nothing to do once the screen is closed (a write may finish after that)."""
        if not self.is_attached:
            return
        self._load(self.app, self.store, self.shelf(), keep)

    @work(thread=True, exclusive=True, exit_on_error=False, group="bookmarks-load",
          description="bookmarks")
    def _load(self, app: App, store: BookmarkStore, shelf: ArticleShelf, keep: int | None) -> None:
        """Runs in a thread: it touches only what it was given (not `self.app`)."""
        try:
            placed = store.placed(shelf)
        except UserError as exc:
            if not store.unreadable:  # else the list itself says why it is empty
                app.call_from_thread(app.notify, str(exc), severity="error", markup=False)
            placed = []
        app.tell_store_problems(partial(app.call_from_thread, app.notify))  # damaged rows, by id
        if not get_current_worker().is_cancelled:
            app.call_from_thread(self._loaded, placed, keep)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "bookmarks-load" and event.state == WorkerState.ERROR:
            message = f"Bookmarks could not be listed: {event.worker.error}"
            self.app.notify(message, severity="error", markup=False, timeout=8)

    def _loaded(self, placed: list[PlacedBookmark], keep: int | None) -> None:
        if not self.is_attached:
            return
        self.placed = placed
        self.loaded = True
        self._show(keep)

    def _show(self, keep: int | None = None) -> None:
        current = self.highlighted()
        keep = keep if keep is not None else (current.id if current is not None else None)
        query = self.query_one("#filter", Input).value
        self.shown = fuzzy_filter(query, self.placed)
        options = self.options
        options.clear_options()
        width = (options.scrollable_content_region.width or self.size.width - 6) - 4  # option padding
        options.add_options([Option(prompt(b, width), id=str(b.id)) for b in self.shown])
        if self.shown:
            ids = [b.id for b in self.shown]
            options.highlighted = ids.index(keep) if keep in ids else 0
        elif self.placed:
            options.add_option(Option(Content("No bookmark matches the filter."), disabled=True))
        elif self.store.unreadable:
            why = visible(self.store.unreadable)  # a path: its escapes made visible
            options.add_option(Option(Content(f"{why}."), disabled=True))
        else:
            one, pair = (hint_key(self.app, "bookmark.add", "b"), hint_key(self.app, "bookmark.add-pair", "B"))
            options.add_option(Option(Content(f"No bookmarks yet: press {one} on a passage in the reading room "
                                              f"({pair} for a passage and its counterpart)."), disabled=True))
        self._title()
        self._details()
        self.refresh_bindings()  # open, edit and delete come and go with the bookmarks listed

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Open, edit and delete are not offered (the footer hides them, their keys do nothing)
        while no bookmark is listed: none saved yet, or none matching the filter."""
        if action in ("open_bookmark", "edit", "delete"):
            return bool(self.shown)
        return True

    def _title(self) -> None:
        count = f"{len(self.shown)} of {len(self.placed)}" if len(self.shown) != len(self.placed) else f"{len(self.placed)}"
        parts = [Content.styled("Bookmarks", "bold"), Content(f" · {count}")]
        orphans = sum(status_of(b) == "orphaned" for b in self.placed)
        if orphans:
            parts.append(Content.styled(f" · {orphans} orphaned", "$text-error"))
        if self.store.unreadable:
            parts.append(Content.styled(" · unavailable", "$text-error"))
        elif self.store.read_only:
            parts.append(Content.styled(" · read-only", "$text-warning"))
        self.query_one("#title", Static).update(Content.assemble(*parts))

    def _details(self) -> None:
        bookmark = self.highlighted()
        self.query_one("#details", Static).update(details(bookmark) if bookmark is not None else Content(""))

    def highlighted(self) -> PlacedBookmark | None:
        index = self.options.highlighted
        if index is None or index >= len(self.shown):
            return None
        return self.shown[index]

    def on_resize(self) -> None:
        if self.loaded:
            self.call_after_refresh(self._show)

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        if self.loaded:
            self._show()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        """Enter in the filter opens the highlighted match (the first, unless one was chosen)."""
        if self.highlighted() is not None:
            self.action_open_bookmark()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self) -> None:
        self._details()

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_open_bookmark()

    # -- actions -------------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        self.options.focus()
        (self.options.action_cursor_down if delta > 0 else self.options.action_cursor_up)()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_close(self) -> None:
        """Esc leaves the filter first (cleared: back to every bookmark), also an empty one `/`
        just opened, then closes the screen."""
        field = self.query_one("#filter", Input)
        if field.value or field.has_focus:
            field.value = ""
            self.options.focus()
        else:
            self.dismiss(None)

    def action_open_bookmark(self) -> None:
        bookmark = self.highlighted()
        if bookmark is None:
            return
        if all(p.article is None for p in bookmark.placements()):
            paths = ", ".join(p.anchor.path for p in bookmark.placements())
            message = (f"Cannot open: the article file is missing or unreadable ({paths}). "
                       "The bookmark is kept with its stored quote.")
            self.app.notify(message, severity="warning", markup=False, timeout=8)
            return
        self.dismiss(bookmark)

    def action_edit(self) -> None:
        bookmark = self.highlighted()
        if bookmark is None or not can_write(self.app):
            return
        sides = [(p.title, p.text) for p in bookmark.placements()]
        self._ask(bookmark.id, BookmarkDialog("Edit the note and tags", sides, note=bookmark.note, tags=bookmark.tags,
                                                 known_tags=[tag for p in self.placed for tag in p.tags]))

    def _ask(self, bookmark_id: int, dialog: BookmarkDialog) -> None:
        self.app.push_screen(dialog, lambda answer: self._edited(bookmark_id, dialog, answer))

    def _edited(self, bookmark_id: int, dialog: BookmarkDialog, answer: NoteAndTags | None) -> None:
        """Save the edited note and tags; when that fails, the dialog comes back with them."""
        if answer is None:
            return
        store = self.store
        self._write(lambda: store.update(bookmark_id, note=answer.note, tags=answer.tags).id,
                    lambda _: "Bookmark updated.",
                    failed=(lambda: self._ask(bookmark_id, dialog.given_back(answer))) if answer.typed else None,
                    typed=answer.said)

    def action_delete(self) -> None:
        bookmark = self.highlighted()
        if bookmark is None or not can_write(self.app):
            return
        detail = quoted(bookmark.main.title, bookmark.main.text, 120)
        question = "Delete this bookmark" + (" (a pair)?" if bookmark.pair is not None else "?")
        store = self.store
        self.app.push_screen(ConfirmDialog(question, detail),
                             lambda yes: self._write(lambda: store.delete(bookmark.id).id, self._deleted_notice)
                             if yes else None)

    def _deleted_notice(self, _: object) -> str:
        gone = self.app.bookmark_store.last_deleted
        quote = one_line(gone.anchor.quote, 50) if gone is not None else ""
        undo = key_label(self.app, binding_by_id("bookmarks.undo"))
        return f"Deleted bookmark “{quote}” — press {undo} to undo."

    def action_undo(self) -> None:
        if self.store.last_deleted is None:
            self.app.notify("Nothing to undo: no bookmark was deleted.", markup=False, timeout=3)
            return
        if can_write(self.app):
            self._write(self.store.restore, lambda _: "Bookmark restored.")

    def _write(self, write: Callable[[], object], message: Callable[[object], str],
               failed: Callable[[], None] | None = None, typed: str = "") -> None:
        """A store write off the UI thread (`write` must not touch `self.app` or `self.store`:
        the screen may be closed before it ends); then a notice and a fresh list (keeping the
        id shown), or only the notice once the screen is gone. `failed` runs if it fails."""
        app = self.app

        def done(result: object) -> None:
            app.notify(message(result), markup=False, timeout=6)
            self.reload(result if isinstance(result, int) else None)
            if self.changed is not None:
                self.changed()

        write_in_background(self, write, done, failed, typed)
