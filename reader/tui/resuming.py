"""The reading room reopens a pair where it was left (see reader.reading_places).

`Resumer` (one per app) reads the places file once, and tells a file it cannot use once: off
the UI thread, or, when the reader opens a folder on the pair it was left on, before the first
screen. Places are saved only when a pair is left: another pair is shown (the picker,
`O`, the palette, a bookmark, the claim map) or the reader quits; never per keystroke. Each
save goes through the app's `PendingWrites` (reader.tui.store_writes) in a thread, and the one
asked for on quitting (`App.exit`) is made as the app closes. `ResumeActions` (on the compare
screen) finds a pair's places in a thread when it is shown and puts the cursors there, unless
they were moved meanwhile (by the person, or by the bookmark or claim that opened the pair);
either way the pair is aligned at the settings it kept of its own.

The `resume` setting (config.toml) turns all of it off.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from textual import work
from textual.message import Message

from reader.bookmarks.anchoring import article_key
from reader.corpus.model import GRANULARITIES
from reader.corpus.sanitize import visible
from reader.errors import UserError
from reader.files import exists, out_of_sight
from reader.reading_places import KEPT, Found, PairPlaces, Place, ReadingPlaces, find, pair_places
from reader.tui.detached import Abandoned, for_this_worker
from reader.tui.paint import VIEWS
from reader.tui.status import PANE_LABELS
from reader.tui.tuning import settings_said

if TYPE_CHECKING:
    from reader.corpus import Article


class Resumer:
    """The app's places file: opened once by whichever thread asks first."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self._lock = threading.Lock()
        self._places: ReadingPlaces | None = None
        self._told: set[str] = set()  # save failures already told, each once
        self._lost: str | None = None  # the missing file of the pair read last, when it cannot reopen

    @property
    def enabled(self) -> bool:
        return bool(self.app.config.resume)

    def places(self) -> ReadingPlaces:
        with self._lock:
            if self._places is None:
                self._places = ReadingPlaces.open(self.app.data_dir)
            return self._places

    def problem_untold(self) -> str | None:
        """The file's problem, the first time it is asked for (it is told once)."""
        problem = self.places().problem
        with self._lock:
            if problem is None or problem in self._told:
                return None
            self._told.add(problem)
            return problem

    def _save(self, entry: PairPlaces) -> None:
        try:
            self.places().save(entry)
        except UserError as exc:
            with self._lock:
                if str(exc) in self._told and not self.app.pending_writes.closing:
                    return  # said already this session (but once closing, the notice is gone: said again as it closes)
                self._told.add(str(exc))
            raise

    def save_soon(self, node: Any, entry: PairPlaces | None) -> None:
        """Save `entry` in a thread (a failure becomes one notice)."""
        if entry is None or not self.enabled:
            return
        from reader.tui.store_writes import write_in_background

        write_in_background(node, lambda: self._save(entry), lambda _: None)

    def save_on_exit(self) -> None:
        """Queue the reading room's places, for the app to make as it closes."""
        screen = self._reading_room()
        if screen is not None and self.enabled:
            entry = screen.places_to_keep()
            if entry is not None:
                self.app.pending_writes.add(lambda: self._save(entry))

    def last_pair(self, corpus: Any) -> tuple[Article, Article] | None:
        """The pair of `corpus` read last (where a folder reopens), if its files are still there.
        Reads the places file now: called once, before the first screen."""
        places = self.places()
        if not places.recent(1):
            return None  # nothing read yet: no need to resolve every article's path
        by_key = {article_key(article.path): article for article in corpus}
        entry = places.last_pair(by_key)
        self._lost = lost_before(places.recent(KEPT), by_key, entry)
        return None if entry is None else (by_key[entry.paths[0]], by_key[entry.paths[1]])

    def lost_notices(self, opened: tuple[Article, Article]) -> list[str]:
        """What to tell (once, as the app starts) when the pair read last could not be reopened
        because one of its files is gone: which file, and the pair `opened` instead."""
        if self._lost is None:
            return []
        titles = " ↔ ".join(f"“{' '.join(visible(a.title or a.path.name).split())}”" for a in opened)
        return [f"The pair read last cannot be reopened: {visible(self._lost)} is missing. Opened {titles} instead."]

    def recent(self) -> list[PairPlaces]:
        """The pairs read last, but the one shown now (none while resuming is off)."""
        if not self.enabled:
            return []
        screen = self._reading_room()
        shown = screen.current_places(cursors=False) if screen is not None else None
        return [e for e in self.places().recent() if shown is None or e.key != shown.key]

    def reopen(self, paths: tuple[str, str]) -> None:
        """Show the pair of these two files in the reading room (the palette's recent pairs),
        closing the screens above it (see CounterpointApp.reading_room_on_top)."""
        screen = self.app.reading_room_on_top()
        if screen is not None:
            screen.open_pair_files(paths)

    def _reading_room(self) -> ResumeActions | None:
        """The compare screen (the one screen with ResumeActions), wherever it is in the stack."""
        return next((s for s in reversed(self.app.screen_stack) if isinstance(s, ResumeActions)), None)


class PlacesFound(Message):
    """Where the pair shown when the search started was left, found in its articles."""

    def __init__(self, articles: tuple[Article, Article], cursors: tuple, entry: PairPlaces | None,
                 found: tuple[Found | None, Found | None], problem: str | None) -> None:
        super().__init__()
        self.articles, self.cursors, self.entry, self.found, self.problem = articles, cursors, entry, found, problem

    def swapped(self) -> PlacesFound:
        """The same places, seen from panes swapped since the search started."""
        cursors = self.cursors[::-1] if self.cursors is not None else None
        return PlacesFound(self.articles[::-1], cursors, self.entry, self.found[::-1], self.problem)


class PairRead(Message):
    """The two files of a recent pair, read (or why they could not be)."""

    def __init__(self, articles: list | None, error: str | None) -> None:
        super().__init__()
        self.articles, self.error = articles, error


class ResumeActions:
    """The compare screen's side: what to save on leaving a pair, and resuming on showing one."""

    # A change of pair can take two steps (a bookmark pair, the claim map and a recent pair set
    # both panes): the pair left is the one shown before the first, the pair shown the one
    # after the last; what lies between is never saved or resumed.
    _left: PairPlaces | None = None
    _left_unread = False  # the pair left was left before its places were found: not saved
    _changing = False  # a change of pair is under way; `_pair_changed` ends it
    _fresh: tuple | None = ()  # the cursors as the pair was shown, before anyone moved them (None: placed)
    _view_awaiting_links: str | None = None  # the view a pair was left in, shown once its links are there
    _view_chosen = False  # v, x, S, +, - or ctrl+g was pressed since the pair was shown: the person's choice wins
    # The aligner settings ("granularity", "min_score", "glossary") the pair shown has of its
    # own: kept with its place, or changed (S, +/-, ctrl+g) while it was shown. Only these are
    # saved with it; a pair never tuned follows the settings in use, as they are then.
    _tuned: frozenset[str] = frozenset()
    # Of those, the ones it kept with its place: `+`, `-`, `ctrl+g` or `S` change them for this
    # pair alone (the others are the session's choice, as on a pair never tuned).
    _own_kept: frozenset[str] = frozenset()
    # Where the pair shown was left is still being looked up: left (or quit) meanwhile, it is not
    # saved, as nothing of it was read yet, over the place and settings it had.
    _awaiting_places = False

    def current_places(self, *, cursors: bool = True) -> PairPlaces | None:
        """The pair shown and its cursors (with cursors=False, none: only which pair); None for
        one article in both panes, or before the panes are there."""
        a, b = self.articles
        if a is b or not self.is_mounted:
            return None
        panes = self.panes
        marks = tuple(p.cursor if cursors and p.splitting is None and p.units else None for p in panes)
        withins = tuple(p.reading_within() if mark is not None else 0 for p, mark in zip(panes, marks))
        return pair_places((a, b), marks, tuple(p.granularity for p in panes), self.active, withins=withins,
                           view=self._view_awaiting_links or self.view, hide_boilerplate=self.hide_boilerplate,
                           granularity=self.granularity if "granularity" in self._tuned
                           and self.granularity != self.app.defaults.granularity else None,
                           **self.settings_of_its_own(self._tuned))

    def places_to_keep(self) -> PairPlaces | None:
        """`current_places`, or None while where the pair was left is still being looked up:
        nothing of it was read yet, and what it shows is not where it was left."""
        return None if self._awaiting_places else self.current_places()

    def leave_pair(self) -> None:
        """The pair shown is about to change (called before each change)."""
        if not self._changing:
            self._left, self._changing = self.current_places(), True
            self._left_unread = self._awaiting_places
            self._view_awaiting_links = None
            self.call_later(self._pair_changed)

    def resume_pair(self) -> None:
        """A pair was shown (called after each change, and when the screen is first drawn)."""
        self._fresh = self._cursor_marks()
        self._view_chosen = False
        if not self._changing:
            self._resume()

    def _pair_changed(self) -> None:
        """The change of pair is made: save the pair left, and resume the one shown."""
        left, self._left = self._left, None
        shown = self.current_places(cursors=False)
        if left is not None and not self._left_unread and (shown is None or left.key != shown.key):
            self.app.resumer.save_soon(self, left)
        another = left is None or shown is None or left.key != shown.key
        if another:
            self._tuned = self._own_kept = frozenset()  # another pair: it has of its own only what its place kept
            self._awaiting_places = False
            # Still changing: the settings followed put the alignment off, and the pair aligns
            # once below, at the settings its place gives it (not first at the session's too).
            if self.follow_the_chosen() and self._fresh is not None:  # not what the pair left kept
                self._fresh = self._cursor_marks()  # as re-cut, should the units have changed
        self._changing = False
        if another:
            self._resume()
        self.align_when_placed()

    def align_when_placed(self) -> None:
        """Align the pair shown, put off while it changed, unless where it was left is still
        being looked up: then once that is found, at the settings it kept of its own (a pair
        shown again at those shows at once, with no alignment at the session's made first)."""
        if self.alignment_put_off and not self._awaiting_places and not self._changing:
            self.start_alignment()

    def cursors_placed(self) -> None:
        """The change of pair under way put the cursors where it meant to (a bookmark's passage,
        a claim's, the places going back returns to): the pair is not resumed over them, even
        where a cursor happens to be where the pair opens; it only takes its own settings."""
        self._fresh = None

    def _resume(self) -> None:
        """Find where the pair shown was left, in a thread (the file is read, and an edited
        article searched, off the UI thread). Where the change placed the cursors itself, the
        pair still takes its own settings from there (see `on_places_found`)."""
        if self.app.resumer.enabled and self.articles[0] is not self.articles[1]:
            self._awaiting_places = True
            self._find_places(tuple(self.articles), self._fresh)

    def _cursor_marks(self) -> tuple:
        return tuple("splitting" if p.splitting is not None else p.cursor for p in self.panes)

    @work(thread=True, exclusive=True, exit_on_error=False, group="resume", description="reading places")
    def _find_places(self, articles: tuple[Article, Article], cursors: tuple | None) -> None:
        resumer = self.app.resumer
        places = resumer.places()
        problem = resumer.problem_untold()
        entry = places.get(article_key(articles[0].path), article_key(articles[1].path))
        found: list[Found | None] = [None, None]
        if entry is not None:
            for side, article in enumerate(articles):
                stored = entry.place_of(article_key(article.path))
                found[side] = find(stored, article) if stored is not None else None
        self.post_message(PlacesFound(articles, cursors, entry, (found[0], found[1]), problem))

    def on_places_found(self, message: PlacesFound) -> None:
        try:
            self._places_found(message)
        finally:
            self.align_when_placed()

    def _places_found(self, message: PlacesFound) -> None:
        if message.problem:
            self.app.notify(f"Where you left off: {message.problem}", title="Reading places", severity="warning",
                            markup=False, timeout=10)
        if self.articles[0] is not self.articles[1] and all(x is y for x, y in zip(message.articles[::-1], self.articles)):
            message = message.swapped()  # the same pair, its panes swapped meanwhile
        entry = message.entry
        if any(x is not y for x, y in zip(message.articles, self.articles)):
            return  # another pair is shown now
        self._awaiting_places = False
        if entry is None:
            return  # never read before
        now = self._cursor_marks()
        if (self._fresh is None or message.cursors is None  # a bookmark, a claim or going back placed them
                or any(then != "splitting" and then != mine for then, mine in zip(message.cursors, now))):
            # The cursors stay where they were put, or where the person moved them meanwhile
            # (their move wins); the pair is aligned as it was left all the same, so that it
            # shows, and keeps when it is left, the settings it has of its own.
            self._align_as_left(entry)
            return
        before = (now, self.active)
        self._show_as_left(entry)
        labels: list[str] = []
        changes: list[str] = []  # what an edited article did to its place, pane by pane
        for pane, found in zip(self.panes, message.found):
            index = pane.cursor_to_source(found.offset) if found is not None else None
            stored = entry.place_of(article_key(pane.article.path))
            if index is not None:
                self.reveal(pane, index)
                pane.scroll_to_passage(index, center=True)
                if stored is not None and stored.within and found.how != "near":
                    pane.read_from(index, stored.within)
            if index is not None:
                labels.append(pane.units[index].label)
            else:
                labels.append(stored.label if found is not None and stored is not None else "start")
            if found is not None and found.how != "same" and stored is not None:
                changes.append(place_change(PANE_LABELS[pane.side], found.how, stored, pane.granularity, labels[-1]))
        paths = [article_key(a.path) for a in self.articles]
        if entry.active_path in paths:
            self.active = paths.index(entry.active_path)
        self.choice = 0
        self.refresh_view(scroll=False)
        if (self._cursor_marks(), self.active) == before or not any(message.found):
            return  # it was left where it opens anyway
        hows = {f.how for f in message.found if f is not None}
        where = " / ".join(labels)
        said = f" ({'; '.join(changes)})" if changes else ""
        text = f"{'Near' if 'near' in hows else 'Back'} where you left off: {where}{said}"
        self.app.notify(text, markup=False, timeout=5)

    def _show_as_left(self, entry: PairPlaces) -> None:
        """Show the pair as it was left: aligned so (see `_align_as_left`), with boilerplate
        hidden or shown, and in its view. A view of ◌ or linked passages waits for the pair's
        links (before them it would show nothing)."""
        self._align_as_left(entry)
        if self._view_chosen:
            return
        view = entry.view if entry.view in VIEWS else "all"
        if entry.hide_boilerplate is None and view == self.view:
            return
        if entry.hide_boilerplate is not None:
            self.hide_boilerplate = entry.hide_boilerplate
        if view != "all" and self.align_state != "ready":
            self._view_awaiting_links, view = view, "all"
        self.view = view
        self._reshow()

    def _align_as_left(self, entry: PairPlaces) -> None:
        """Align the pair as it was left: in paragraphs or sentences, at its link threshold, with
        glossaries on or off (realigned so, each cursor on its text, with a notice). A setting
        it kept none of stays as it is in use (the pair was never tuned away from it), and so
        does one the person tuned before its place was found (their choice wins)."""
        person = self._tuned  # tuned since the pair was shown
        aligned = {key: value for key, value in self.settings_as_left(entry).items() if key not in person}
        own_units = entry.granularity in GRANULARITIES
        kept = frozenset(["granularity"] * own_units + self.settings_kept(entry))
        self._own_kept, self._tuned = kept - person, person | kept
        units = (entry.granularity if own_units and "granularity" not in person and entry.granularity != self.granularity
                 else None)
        said = ", ".join([f"in {units}s"] * bool(units) + settings_said(aligned))
        notice = f"{said[:1].upper()}{said[1:]}, as this pair was left"
        if units is not None:
            self.cut_into(units, notice, own=True, **aligned)
        elif aligned:
            self._realign(notice, own=True, **aligned)

    def show_view_awaiting_links(self) -> None:
        """The pair's links are there: show the view it was left in (unless it would show
        neither pane anything now, as `v` passes such a view over)."""
        view, self._view_awaiting_links = self._view_awaiting_links, None
        if view is not None and any(pane.shows_any(view) for pane in self.panes):
            self.view = view
            self._reshow()

    # -- reopening a recent pair -----------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="open", description="opening a pair")
    def open_pair_files(self, paths: tuple[str, str]) -> None:
        """Show the two files of a recent pair, read in a thread."""
        from reader.corpus import load_paths

        try:
            articles = for_this_worker(lambda: load_paths(list(paths))).articles
        except Abandoned:
            return
        except UserError as exc:
            self.post_message(PairRead(None, str(exc)))
            return
        self.post_message(PairRead(articles, None))

    def on_pair_read(self, message: PairRead) -> None:
        if message.error is not None:
            self.app.notify(f"Cannot reopen that pair: {message.error}", severity="error", markup=False, timeout=8)
            return
        articles = self.app.take_articles(message.articles)
        self._read_again(articles)  # a file of the pair a pane shows, edited since: read again there
        a, b = articles
        self.set_pane_article(0, a)  # swaps when a is in pane B
        self.set_pane_article(1, b)


def lost_before(entries: list[PairPlaces], opened: dict[str, Any], reopened: PairPlaces | None) -> str | None:
    """The missing file of a pair read more recently than `reopened` (entries: most recent
    first) that had one of its files among those `opened`, while the other is gone from disk:
    the pair the reader would have reopened on, had that file still been there."""
    for entry in entries:
        if entry is reopened:
            return None
        kept = [path for path in entry.paths if path in opened]
        if len(kept) == 1:
            (other,) = [path for path in entry.paths if path not in opened]
            if not exists(Path(other)) and not out_of_sight(Path(other)):  # gone, not merely out of sight
                return other
    return None


def pair_title(entry: PairPlaces) -> str:
    """"title A ↔ title B" (a file's name when it had no title), made visible."""
    return pair_name(entry.titles, entry.paths)


def pair_name(titles: Iterable[str], paths: Iterable[str]) -> str:
    """"title A ↔ title B" of articles with these titles at these paths (a file's name where
    a title is blank), made visible."""
    names = [title.strip() or Path(path).name for title, path in zip(titles, paths)]
    return " ↔ ".join(" ".join(visible(name).split()) for name in names)


def place_change(pane: str, how: str, stored: Place, granularity: str, now: str) -> str:
    """What an edit of pane `pane`'s article did to the place it was left on, found `how` and
    shown at `now`: "B changed: ¶5 is ¶6 now", "B changed: ¶5 found again", "B changed: its ¶5
    is gone". The stored number is named only at the granularity shown (a ¶ is no sentence)."""
    same_units = stored.granularity == granularity
    if how == "near":
        return f"{pane} changed: its {stored.label if same_units else 'passage'} is gone"
    if not same_units or stored.label == now:
        return f"{pane} changed: {now} found again"
    return f"{pane} changed: {stored.label} is {now} now"
