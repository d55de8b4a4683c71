"""The Counterpoint application and its factory.

`build_app` takes every path and choice explicitly (tests and the CLI inject temporary
directories); the app keeps what outlives a screen: the user's settings and themes, alignments
computed so far, latency figures for the benchmark.

Settings come from `<config dir>/config.toml` (read forgivingly by `reader.config`): the theme
(a `--theme` given for this run wins), `[keys]` applied as a Textual keymap, the alignment's
granularity and minimum score, and the initial follow and boilerplate states. Every problem
with the config or a theme file is shown once, as a plain-text notification; none stops the
reader. Choosing a theme (`t` or the palette) saves it, keeping the file's comments; a
malformed config.toml is never rewritten.
"""

from __future__ import annotations

import dataclasses
import time
from collections import OrderedDict
from functools import partial
from threading import Lock
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, NamedTuple

from textual.app import App, SystemCommand
from textual.events import Resize
from textual.notifications import Notify
from textual.screen import Screen

from reader import paths
from reader.config import load_config, load_themes, user_themes_dir
from reader.corpus import Article, Corpus
from reader.tui.keys import APP_BINDINGS
from reader.tui.palette import ArticlesProvider, RecentPairsProvider, ThemesProvider
from reader.tui.status import PANE_LABELS
from reader.tui.too_small import ACTIONS_WHILE_TOO_SMALL, TooSmallScreen, size_notice, too_small


def first_pair(corpus: Corpus) -> tuple[Article, Article]:
    """The first article, and the first after it written from a different side; of a corpus in
    several languages, the first two such articles in one language (two articles in two
    languages share few words to link), when there are two."""
    from reader.align.language import language

    def one_language(a: Article, b: Article) -> bool:  # (or one too short to tell)
        return None in (language(a), language(b)) or language(a) == language(b)

    articles = corpus.articles
    first = articles[0]
    # (walked pair by pair, never listed: a folder of thousands of articles has millions of pairs)
    opposed = ((a, articles[j]) for i, a in enumerate(articles) for j in range(i + 1, len(articles))
               if articles[j].side != a.side)
    found = next(opposed, None)
    if found is None:
        return first, articles[1] if len(articles) > 1 else first
    return found if one_language(*found) else next((pair for pair in opposed if one_language(*pair)), found)


# Alignments kept, each of a pair at the settings it was made with (a pair shown at two
# thresholds is two): older ones are recomputed when shown again. An alignment of two
# 5,000-paragraph articles holds about 60 MB in paragraphs and 85 MB in sentences (measured with
# tracemalloc: 29,000 and 62,000 links), so 16 stay under 1.4 GB at worst; short articles (the
# usual case) hold well under 1 MB each.
ALIGNMENT_CACHE_SIZE = 16


class AlignmentSettings(NamedTuple):
    """What an alignment was made with: files it in the cache beside its pair."""

    granularity: str
    min_score: float
    glossary: bool
    # (path, stamp) of each glossary file the pair was aligned with, as it was then (none with
    # glossaries off): after one is edited, the pair is aligned again, with the file as it is now
    glossary_files: tuple = ()

# Textual's "Theme" and "Maximize" (see get_system_commands) and "Keys": its key panel lists
# Textual's own focus and copy keys beside the reader's, covers a third of the panes, and only
# the palette closes it; the help screen (?) lists every key the reader has.
DROPPED_SYSTEM_COMMANDS = frozenset({"Theme", "Maximize", "Keys"})
# Seconds the app waits, as it closes, for store writes still running: longer than a write
# waits for another Counterpoint that holds the lock without saving (reader.bookmarks.database.
# BUSY_TIMEOUT, 15 s). Behind others that keep saving a write may wait longer (WRITE_PATIENCE):
# what is still running then is told as perhaps not kept, and closing the store ends its queuing
# after its current wait (at most BUSY_SLICE more).
FLUSH_TIMEOUT = 20.0


class CounterpointApp(App):
    TITLE = "Counterpoint"
    BINDINGS = APP_BINDINGS
    COMMANDS = App.COMMANDS | {ArticlesProvider, ThemesProvider, RecentPairsProvider}
    ENABLE_COMMAND_PALETTE = True
    pane_labels = PANE_LABELS
    # Called with (action, namespace) after each action that ran: tests record which bindings
    # they exercised. None in the reader.
    action_observer: ClassVar[Callable[[str, Any], None] | None] = None

    def __init__(self, corpus: Corpus, *, config_dir: Path, data_dir: Path,
                 theme: str | None = None, keymap: dict[str, str] | None = None,
                 pair: tuple[str, str] | None = None) -> None:
        super().__init__()
        # The reader's own list: files opened inside it join this corpus, never the caller's.
        self.corpus = dataclasses.replace(corpus, articles=list(corpus.articles))
        self.opened_at = time.time()  # files written beside the articles after this arrived since they were read
        self.config_dir = config_dir
        self.data_dir = data_dir
        self._notice_topics: dict[str, str] = {}  # a notice's words -> its topic, until it is shown
        self._shown_topics: dict[str, str] = {}  # a shown notice's identity -> its topic
        self.initial_theme = theme
        self.pair = self._resolve_pair(pair)
        # The most recently used alignments, by pair and the settings they were made with (an
        # alignment of two long articles is large: see ALIGNMENT_CACHE_SIZE).
        self.alignments: OrderedDict[tuple[str, str, AlignmentSettings], Any] = OrderedDict()
        self._alignments_lock = Lock()  # the picker's worker reads the cache from its thread
        # Bumped by every settings change: an alignment started before one is stale when it ends.
        self.settings_generation = 0
        self._statistics: dict[tuple, list] = {}  # (folders, their stamps) -> the corpus for word statistics
        self.latency: dict[str, list[float]] = {}
        self.first_paint: float | None = None
        self._bookmark_store: Any = None
        self._bookmark_store_lock = Lock()  # the marks worker may open it while the UI asks
        self._told_store_problems: set[str] = set()  # each told once, however often asked
        # (path, stamp, problem) of each broken glossary file told: once for each state of it
        self._told_glossary_problems: set[tuple] = set()
        self._told_glossary_lock = Lock()  # alignment and counting workers tell from their threads
        from reader.tui.store_writes import PendingWrites

        self.pending_writes = PendingWrites()  # made before the store closes, however the app ends
        self.unsaved: list[str] = []  # what that could not make, for the CLI to print after exit
        from reader.tui.resuming import Resumer

        self.resumer = Resumer(self)  # where each pair was left: saved on leaving it, restored on reopening
        from reader.align.policy import LINK_THRESHOLD

        self.config, self.startup_notices = load_config(config_dir, aligner_min_score=LINK_THRESHOLD)
        # The settings as config.toml holds them (as loaded, or as `W` last saved them), while
        # `config` follows this session's changes: the default a pair not tuned away from follows.
        self.defaults = self.config
        # What a pair with none of its own is shown at: the defaults, changed by what the reader
        # tunes in this session (+, -, ctrl+g, S) on pairs with none of their own, never by a
        # pair's own settings (those are in `config` while that pair is shown only).
        self.chosen = self.config
        if pair is None and self.config.resume:  # a folder reopens on the pair it was left on
            self.pair = self.resumer.last_pair(self.corpus) or self.pair
            self.startup_notices.extend(self.resumer.lost_notices(self.pair))
        self.catalog = load_themes(user_dir=user_themes_dir(config_dir))
        self._saving_theme = False  # True once the startup choice is made: later changes are saved
        self._theme_saver: Any = None
        self._apply_keymap({**self.config.keys, **(keymap or {})})

    def _apply_keymap(self, keymap: dict[str, str]) -> None:
        """Remaps Textual cannot read or that take a key from another binding are refused with
        a notice (reader.tui.keymap); the rest become the app's keymap."""
        from reader.tui.keymap import checked_keymap

        usable, problems = checked_keymap(keymap)
        self.startup_notices.extend(problems)
        if usable:
            self.set_keymap(usable)

    def _resolve_pair(self, pair: tuple[str, str] | None) -> tuple[Article, Article]:
        if pair is None:
            return first_pair(self.corpus)
        found = [self.corpus.get(article_id) for article_id in pair]
        if None in found:
            from reader.errors import UserError

            raise UserError(f"no article with id {pair[found.index(None)]!r} in the corpus")
        return found[0], found[1]

    def notify(self, message: str, *, title: str = "", markup: bool = True, topic: str | None = None,
               **kwargs: Any) -> None:
        """Every notification (screens and widgets notify through the app) is shown with the
        escapes and stray bytes of the names and paths it carries made visible.

        A notice takes the place of one still shown with the same words, or of the same
        `topic` (what a key toggles or steps: its newest state is what counts), so pressing a
        key again does not stack its notices over the screen. Any thread may notify."""
        from reader.corpus.sanitize import visible

        if not markup:  # a message's own line breaks stay
            message = "\n".join(visible(line) for line in message.split("\n"))
        if topic is not None:
            self._notice_topics[message] = topic  # read when the notice arrives (_on_notify)
        super().notify(message, title=visible(title), markup=markup, **kwargs)

    def _on_notify(self, event: Notify) -> None:
        """Textual's handler, after taking off the notices the new one replaces (see notify)."""
        new = event.notification
        topic = self._notice_topics.pop(new.message, None)
        for shown in list(self._notifications):
            same_words = (shown.message, shown.title, shown.severity) == (new.message, new.title, new.severity)
            if same_words or (topic is not None and self._shown_topics.get(shown.identity) == topic):
                self._unnotify(shown, refresh=False)
        live = {shown.identity for shown in self._notifications}
        self._shown_topics = {identity: t for identity, t in self._shown_topics.items() if identity in live}
        if topic is not None:
            self._shown_topics[new.identity] = topic
        super()._on_notify(event)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The reader's `cp-*` colours derived from the current theme; a theme's own
        `[variables]` override them (Textual merges theme variables over these defaults)."""
        from reader.config.palette import derive_reader_variables

        theme = self.current_theme
        fields = ("primary", "secondary", "accent", "warning", "error", "success", "foreground", "background")
        colors = {name: getattr(theme, name) for name in fields if getattr(theme, name)}
        try:
            return derive_reader_variables(colors, theme.dark)
        except ValueError:
            return derive_reader_variables({"primary": "#0178d4"}, theme.dark)

    def on_mount(self) -> None:
        self._install_themes()
        for notice in self.startup_notices:
            self.notify(notice, severity="warning", markup=False, timeout=10)
        self._load_glossary()
        from reader.tui.compare import CompareScreen

        self.push_screen(CompareScreen(self.corpus, self.pair, follow=self.config.follow,
                                       show_boilerplate=self.config.show_boilerplate,
                                       granularity=self.config.granularity))

    def show_in_pane(self, side: int, article_id: str) -> None:
        """Show an article of the corpus in pane `side` of the reading room (the palette's
        article commands ask for this, whatever screen is on top): the screens above the room
        (the claim map, the bookmarks) close, so the reader sees the article they asked for."""
        article = self.corpus.get(article_id)
        screen = self.reading_room_on_top() if article is not None else None
        if screen is not None:
            screen.show_article(side, article)

    def reading_room_on_top(self) -> Any:
        """The compare screen, the screens above it closed (a dialog's question left unanswered),
        for a palette command that changes what it shows: the reader sees the change, and no
        dialog is left acting on a pair it was not opened for. None when there is none, or when
        a screen above it holds typing that closing it would lose (`typing_at_stake`), said in
        a notice."""
        from reader.tui.compare import CompareScreen

        screen = next((s for s in reversed(self.screen_stack) if isinstance(s, CompareScreen)), None)
        if screen is not None:
            above = self.screen_stack[self.screen_stack.index(screen) + 1 :]
            if any(getattr(s, "typing_at_stake", lambda: False)() for s in above):
                # (a bookmark's note being written: closing its dialog would lose it unsaid)
                self.notify("Not now: a note being written is not saved yet; save it or cancel it first.",
                            severity="warning", markup=False, timeout=5)
                return None
            while self.screen is not screen and len(self.screen_stack) > 1:
                self.pop_screen()
        return screen

    # -- the minimum size -------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        """Cover every screen with the size notice below the minimum; uncover it above.
        (Runs before Textual's own handler: `self.size` is still the old size.)"""
        if too_small(event.size) and not isinstance(self.screen, TooSmallScreen):
            self.push_screen(TooSmallScreen())
        elif not too_small(event.size) and isinstance(self.screen, TooSmallScreen):
            self.screen.dismiss()

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """A screen opened while the terminal is too small (the first, or one a worker opens)
        goes under a new size notice, to show once the terminal is large enough."""
        pushed = super().push_screen(screen, *args, **kwargs)
        if too_small(self.size) and not isinstance(screen, TooSmallScreen):
            super().push_screen(TooSmallScreen())
        return pushed

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Under the size notice only quitting and help run (the notice's own check_action
        stops its screen keys; the screens beneath get no keys while it is on top)."""
        if isinstance(self.screen, TooSmallScreen) and action not in ACTIONS_WHILE_TOO_SMALL:
            return False
        return True

    # -- themes ------------------------------------------------------------------------------

    def _install_themes(self) -> None:
        """Register the catalog's themes and select the one asked for (`--theme`, else the
        config's), falling back to the default with a notice; the choice is not saved."""
        from reader.tui.themes import build_themes, install

        self.catalog, themes = build_themes(self.catalog)
        self.startup_notices.extend(self.catalog.problems)
        origin = "--theme" if self.initial_theme else "config.toml theme"
        spec, notice = self.catalog.select(self.initial_theme or self.config.theme)
        if notice:
            self.startup_notices.append(f"{origin}: {notice}")
        if spec is not None:
            install(self, themes, spec.name)
        self._saving_theme = True

    def watch_theme(self, name: str) -> None:
        """Save a theme the person chose (`t`, either palette command) as the new default,
        saying so if it is hard to read."""
        from reader.tui.themes import readability_notice

        if warning := readability_notice(self.catalog, name):
            self.notify(warning, severity="warning", markup=False, timeout=10)
        if not self._saving_theme:
            return
        if self._theme_saver is None:
            from reader.tui.themes import ThemeSaver

            self._theme_saver = ThemeSaver(self, self.config.theme)
        self._theme_saver.save_soon(name)  # in a thread: the file is written and synced

    def open_bookmark_store(self, notify: Callable[..., object]) -> Any:
        """The `BookmarkStore` in the data dir, opened once by whichever thread asks first
        (normally the compare screen's marks worker, so the first paint does not wait on it).

        The problems found while opening are told once, through that caller's `notify`, after
        the lock is released: a worker telling them through the UI thread must not wait on a
        UI thread that is waiting here for the store.
        """
        with self._bookmark_store_lock:
            if self._bookmark_store is None:
                from reader.bookmarks import BookmarkStore

                self._bookmark_store = BookmarkStore.open(self.data_dir)
            store = self._bookmark_store
        self.tell_store_problems(notify)
        return store

    def tell_store_problems(self, notify: Callable[..., object]) -> None:
        """What the store has found that was not told yet (a database moved aside, read-only,
        rows another program damaged, found when the bookmarks are listed), through `notify`."""
        with self._bookmark_store_lock:
            store = self._bookmark_store
            new = [p for p in (store.problems if store is not None else ()) if p not in self._told_store_problems]
            self._told_store_problems.update(new)
        if new:
            from reader.tui.store_writes import tell_store_problems

            tell_store_problems(new, notify)

    @property
    def bookmark_store(self) -> Any:
        """The store, for the UI thread (by the time a person acts, the marks worker has
        normally opened it already)."""
        return self.open_bookmark_store(self.notify)

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Keep where the reading room was left (saved with the other pending writes as the app closes)."""
        self.resumer.save_on_exit()
        super().exit(*args, **kwargs)

    def on_unmount(self) -> None:
        self.unsaved = self.pending_writes.flush(timeout=FLUSH_TIMEOUT)
        with self._bookmark_store_lock:
            if self._bookmark_store is not None:
                self._bookmark_store.close()

    def _load_glossary(self) -> None:
        """Read the user's glossaries once at start, to report a broken one (each pair's
        glossary comes from `pair_glossary`, which reuses what was parsed here)."""
        try:
            from reader.align.glossary import read_pair_glossary
        except ImportError:
            return  # the compare screen reports the missing engine when it aligns
        self.tell_glossary_problems(read_pair_glossary(self.config_dir, (), enabled=bool(self.config.glossary)))

    def tell_glossary_problems(self, reading: Any, *, done: str | None = None, prefix: str = "") -> None:
        """Tell each glossary file `reading` (a reader.align.glossary.GlossaryReading) skipped
        that was not told in the state it is in now, whichever screen read it (any thread): one
        line naming the file and its problem; with `done` ("aligning"), what was done without
        it and with which glossary files; after `prefix` ("Claim map: ")."""
        with self._told_glossary_lock:
            new = [skipped for skipped in reading.skipped if skipped not in self._told_glossary_problems]
            self._told_glossary_problems.update(new)
        if not new:
            return
        names = ", ".join(path.name for path in reading.used)
        used = f"with {'glossary' if len(reading.used) == 1 else 'glossaries'} {names}" if names else "with no glossary"
        for _, _, problem in new:
            said = prefix + " ".join(problem.split("\n")) + (f" — {done} without it, {used}" if done else "")
            self.notify(said, severity="warning", markup=False, timeout=10)  # `notify` makes names visible

    def change_settings(self, *, own: bool = False, **changes: Any) -> None:
        """Change aligner settings (granularity, min_score, glossary) in use: for this session,
        or, `own`, for the pair shown only (restored from its place, or tuned on a pair that kept
        that setting of its own: TuningActions.settings_kept). The cached alignments
        stay, each filed under the settings it was made with: a pair shown again at those
        shows at once."""
        from dataclasses import replace

        glossary_changed = "glossary" in changes and changes["glossary"] != self.config.glossary
        self.config = replace(self.config, **changes)
        if not own:
            self.chosen = replace(self.chosen, **changes)
        if glossary_changed:
            self._load_glossary()
        with self._alignments_lock:
            self.settings_generation += 1

    def glossaries_changed(self) -> None:
        """A glossary's file was written (a term taught): an alignment under way is stale. Those
        kept need nothing: each is filed under its glossary files' stamps, which the write moved."""
        with self._alignments_lock:
            self.settings_generation += 1

    # -- alignments ------------------------------------------------------------------------

    def alignment_settings(self, a: Article | None = None, b: Article | None = None) -> AlignmentSettings:
        """The settings in use, as an alignment made now is made with them: of `a` with `b`,
        given, with their glossary files as those are now (see `pair_settings`)."""
        from reader.tui.tuning import threshold, threshold_key

        config = self.config
        settings = AlignmentSettings(config.granularity, threshold_key(threshold(config.min_score)),
                                     bool(config.glossary))
        return settings if a is None or b is None else self.pair_settings(settings, a, b)

    def pair_settings(self, settings: AlignmentSettings, a: Article, b: Article) -> AlignmentSettings:
        """`settings` for aligning `a` with `b`: with glossaries on, the stamps of the glossary
        files the pair's glossary is read from, as they are now (reads their metadata, and a
        folder's corpus.toml when it changed), so an alignment is kept by what its glossary held."""
        if not settings.glossary:
            return settings
        from reader.align.glossary import glossary_stamps

        return settings._replace(glossary_files=glossary_stamps(self.config_dir, (a, b)))

    def _settings_for(self, a_id: str, b_id: str) -> AlignmentSettings:
        """The settings in use for the articles with these ids (see `alignment_settings`)."""
        return self.alignment_settings(self.corpus.get(a_id), self.corpus.get(b_id))

    def compute_alignment(self, a: Article, b: Article, *, progress: Callable[[float], None],
                          cancelled: Callable[[], bool], settings: AlignmentSettings | None = None,
                          done: str = "aligning", sweep: bool = True) -> Any:
        """Align two articles (blocking: call from a thread worker) with `settings` (those in
        use when None); a glossary file skipped is told as left out of what was `done`.
        `sweep`: whether the collector's pass after it goes over the whole heap (see
        reader.tui.collector; the picker's counts, one row after another, do not)."""
        from reader.align import align
        from reader.tui.collector import full_collections_put_off

        settings = settings or self.alignment_settings()
        with full_collections_put_off(sweep=sweep):  # the collector's full passes would hold the keys
            return align(a, b, self.statistics_corpus(a, b), granularity=settings.granularity,
                         min_score=settings.min_score, glossary=self.pair_glossary(a, b, enabled=settings.glossary,
                                                                                   done=done),
                         progress=progress, cancelled=cancelled)

    def statistics_corpus(self, a: Article, b: Article) -> list[Article]:
        """The articles whose word statistics align `a` with `b`, as `counterpoint align`
        takes them: their folder's corpus when a corpus.toml describes both, else the two
        alone (reads files: call from a thread worker; a folder is read once per state)."""
        from reader.corpus import manifest_corpus
        from reader.corpus.manifest import MANIFEST_NAME
        from reader.errors import UserError

        folder = a.path.parent
        try:
            stamp = (folder.stat().st_mtime_ns, (folder / MANIFEST_NAME).stat().st_mtime_ns)
        except OSError:
            stamp = None
        key = (a.path.resolve().parent, b.path.resolve().parent, stamp)
        found = self._statistics.get(key)
        if found is None:
            try:
                corpus = manifest_corpus([a.path, b.path], loaded=self.corpus)
            except UserError:
                corpus = None  # a folder that no longer loads: the pair's own statistics
            found = self._statistics[key] = list(corpus) if corpus is not None else []
        return found or [a, b]

    def pair_glossary(self, a: Article, b: Article, *, done: str, enabled: bool | None = None) -> Any:
        """The glossary two articles are aligned and compared with (reads files: call from a
        thread worker); `enabled` None: as the settings in use say. The seeds' glossary applies
        to seed articles only; user glossaries to every pair. A file skipped is told once for
        each state of it, as left out of what is `done` with the glossary ("aligning",
        "finding differences", "teaching a term"): the screen that reads it first says what it does."""
        from reader.align.glossary import read_pair_glossary

        on = self.config.glossary if enabled is None else enabled
        reading = read_pair_glossary(self.config_dir, (a, b), enabled=bool(on))
        self.tell_glossary_problems(reading, done=done)
        return reading.glossary

    def take_articles(self, loaded: list[Article]) -> list[Article]:
        """Add articles read inside the reader to its corpus (see `Corpus.add`: ids are given
        out again in folder order, so an article open already may change its id, and a file
        whose text changed on disk is taken as it reads now); the alignments kept are filed
        under their articles' ids as they are now, and those of an article read again go."""
        before = list(self.corpus)
        articles = self.corpus.add(loaded)
        gone = {id(article) for article in before} - {id(article) for article in self.corpus}
        with self._alignments_lock:
            if any(key[:2] != (found.a.id, found.b.id) or {id(found.a), id(found.b)} & gone
                   for key, found in self.alignments.items()):
                self.alignments = OrderedDict(((found.a.id, found.b.id, key[2]), found)
                                              for key, found in self.alignments.items()
                                              if not {id(found.a), id(found.b)} & gone)
        return articles

    def store_alignment(self, key: tuple[str, str], alignment: Any, settings: AlignmentSettings | None = None) -> None:
        """Keep the alignment of the pair `key` made with `settings` (those in use when None)."""
        full = (*key, settings or self._settings_for(*key))
        with self._alignments_lock:
            self.alignments[full] = alignment
            self.alignments.move_to_end(full)
            while len(self.alignments) > ALIGNMENT_CACHE_SIZE:
                self.alignments.popitem(last=False)

    def cached_alignment(self, a_id: str, b_id: str, settings: AlignmentSettings | None = None) -> Any:
        """The alignment of a with b made with `settings` (those in use when None), from the
        cache (mirrored if it holds b with a), or None."""
        settings = settings or self._settings_for(a_id, b_id)
        with self._alignments_lock:
            for key, mirrored in (((a_id, b_id, settings), False), ((b_id, a_id, settings), True)):
                if key in self.alignments:
                    self.alignments.move_to_end(key)
                    found = self.alignments[key]
                    return found.swapped() if mirrored else found
        return None

    # -- measurement -----------------------------------------------------------------------

    def record_latency(self, name: str, seconds: float) -> None:
        self.latency.setdefault(name, []).append(seconds)

    def mark_first_paint(self, at: float) -> None:
        if self.first_paint is None:
            self.first_paint = at

    # -- app-wide actions ------------------------------------------------------------------

    async def run_action(self, action: Any, default_namespace: Any = None, namespaces: Any = None) -> bool:
        handled = await super().run_action(action, default_namespace, namespaces)
        observer = type(self).action_observer  # read off the class: a function, not a method
        if handled and observer is not None:
            observer(action, self if default_namespace is None else default_namespace)
        return handled

    def action_help(self) -> None:
        from reader.tui.help import HelpScreen

        if isinstance(self.screen, TooSmallScreen):  # the help screen would not fit either
            self.notify(size_notice(self.size), severity="warning", markup=False, timeout=4)
            return
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen.BINDINGS))

    def action_cycle_theme(self) -> None:
        spec = self.catalog.cycle(self.theme)
        if spec is None:
            self.notify("No Counterpoint theme is usable; see `counterpoint themes`.", markup=False)
            return
        self.theme = spec.name
        message = f"Theme: {spec.name}"
        self.notify(message, markup=False, timeout=2, topic="theme")

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """The palette's Screenshot: saved to the downloads folder if there is one, else to
        `<data dir>/screenshots` (Textual's own gives up, saying only that it failed, where no
        downloads folder exists), and where it went told as plain text."""
        from platformdirs import user_downloads_path

        folder = Path(path) if path else user_downloads_path()
        if not folder.is_dir():
            folder = self.data_dir / "screenshots"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            saved = self.save_screenshot(filename, str(folder), time_format)
        except OSError as exc:
            self.notify(f"Screenshot not saved: {exc}", severity="error", markup=False, timeout=8)
            return None
        self.notify(f"Saved a screenshot of the screen to {saved}", markup=False, timeout=6)
        return saved

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands without "Theme" (ours: "Next theme" and "Theme: <name>"),
        "Maximize" (a maximized pane breaks tab and enter) and "Keys" (the help screen lists
        them), then every reader binding."""
        from reader.tui.palette import key_help

        quit_key = key_help(self, next(b for b in APP_BINDINGS if b.action == "quit"))
        for command in super().get_system_commands(screen):
            if command.title == "Quit":  # Textual's, with our key for it
                yield SystemCommand(command.title, quit_key, command.callback, command.discover)
            elif command.title not in DROPPED_SYSTEM_COMMANDS:
                yield command
        from reader.tui.compare import CompareScreen

        bindings = screen.palette_bindings() if isinstance(screen, CompareScreen) else []
        for binding in bindings + [b for b in APP_BINDINGS if b.action not in ("quit",)]:
            namespace = screen if binding in bindings else self
            yield SystemCommand(binding.description, key_help(self, binding),
                                partial(self.run_action, binding.action, namespace))


def build_app(corpus: Corpus, *, config_dir: str | Path | None = None, data_dir: str | Path | None = None,
              theme: str | None = None, keymap: dict[str, str] | None = None,
              pair: tuple[str, str] | None = None) -> CounterpointApp:
    """The reader over `corpus`, with user directories resolved as the CLI does."""
    return CounterpointApp(corpus, config_dir=paths.config_dir(config_dir), data_dir=paths.data_dir(data_dir),
                           theme=theme, keymap=keymap, pair=pair)
