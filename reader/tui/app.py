"""The Counterpoint application and its factory.

`build_app` takes every path and choice explicitly (tests and the CLI inject temporary
directories); the app keeps what outlives a screen: alignments computed so far, the glossary,
latency figures for the benchmark.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from time import perf_counter
from typing import Any, Callable, Iterable

from textual.app import App, SystemCommand
from textual.screen import Screen

from reader import paths
from reader.corpus import Article, Corpus
from reader.tui.keys import APP_BINDINGS, COMPARE_BINDINGS
from reader.tui.palette import ArticlesProvider, ThemesProvider


def first_pair(corpus: Corpus) -> tuple[Article, Article]:
    """The first article, and the first after it written from a different side."""
    articles = corpus.articles
    first = articles[0]
    for other in articles[1:]:
        if other.side != first.side:
            return first, other
    return first, articles[1] if len(articles) > 1 else first


class CounterpointApp(App):
    TITLE = "Counterpoint"
    BINDINGS = APP_BINDINGS
    COMMANDS = App.COMMANDS | {ArticlesProvider, ThemesProvider}
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, corpus: Corpus, *, config_dir: Path, data_dir: Path,
                 theme: str | None = None, keymap: dict[str, str] | None = None,
                 pair: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.started = perf_counter()
        self.corpus = corpus
        self.config_dir = config_dir
        self.data_dir = data_dir
        self.initial_theme = theme
        self.pair = self._resolve_pair(pair)
        self.alignments: dict[tuple[str, str], Any] = {}
        self.glossary: Any = None
        self.latency: dict[str, list[float]] = {}
        self.first_paint: float | None = None
        self._bookmark_store: Any = None
        if keymap:
            self.set_keymap(keymap)

    def _resolve_pair(self, pair: tuple[str, str] | None) -> tuple[Article, Article]:
        if pair is None:
            return first_pair(self.corpus)
        found = [self.corpus.get(article_id) for article_id in pair]
        if None in found:
            from reader.errors import UserError

            raise UserError(f"no article with id {pair[found.index(None)]!r} in the corpus")
        return found[0], found[1]

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
        if self.initial_theme:
            if self.initial_theme in self.available_themes:
                self.theme = self.initial_theme
            else:
                self.notify(f"Unknown theme {self.initial_theme!r}; using {self.theme!r}.",
                            severity="warning", markup=False)
        self._load_glossary()
        from reader.tui.compare import CompareScreen

        self.push_screen(CompareScreen(self.corpus, self.pair))

    @property
    def bookmark_store(self) -> Any:
        """The `BookmarkStore` in the data dir, opened once (its problems are notified then)."""
        if self._bookmark_store is None:
            from reader.tui.bookmarking import open_store

            self._bookmark_store = open_store(self.data_dir, self.notify)
        return self._bookmark_store

    def on_unmount(self) -> None:
        if self._bookmark_store is not None:
            self._bookmark_store.close()

    def _load_glossary(self) -> None:
        try:
            from reader.align import default_glossary
        except ImportError:
            return  # the compare screen reports the missing engine when it aligns
        self.glossary, problems = default_glossary(self.config_dir)
        for problem in problems:
            self.notify(problem, severity="warning", markup=False, timeout=8)

    # -- alignments ------------------------------------------------------------------------

    def compute_alignment(self, a: Article, b: Article, *, progress: Callable[[float], None],
                          cancelled: Callable[[], bool]) -> Any:
        """Align two articles (blocking: call from a thread worker)."""
        from reader.align import align

        return align(a, b, self.corpus, granularity="paragraph", glossary=self.glossary,
                     progress=progress, cancelled=cancelled)

    def store_alignment(self, key: tuple[str, str], alignment: Any) -> None:
        self.alignments[key] = alignment

    def cached_alignment(self, a_id: str, b_id: str) -> Any:
        if (a_id, b_id) in self.alignments:
            return self.alignments[(a_id, b_id)]
        if (b_id, a_id) in self.alignments:
            return self.alignments[(b_id, a_id)].swapped()
        return None

    # -- measurement -----------------------------------------------------------------------

    def record_latency(self, name: str, seconds: float) -> None:
        self.latency.setdefault(name, []).append(seconds)

    def mark_first_paint(self, at: float) -> None:
        if self.first_paint is None:
            self.first_paint = at

    # -- app-wide actions ------------------------------------------------------------------

    def action_help(self) -> None:
        from reader.tui.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_cycle_theme(self) -> None:
        names = sorted(self.available_themes)
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", markup=False, timeout=2)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from reader.tui.compare import CompareScreen

        bindings = list(COMPARE_BINDINGS) if isinstance(screen, CompareScreen) else []
        for binding in bindings + [b for b in APP_BINDINGS if b.action not in ("quit",)]:
            namespace = screen if binding in bindings else self
            yield SystemCommand(binding.description, f"key: {binding.key}",
                                partial(self.run_action, binding.action, namespace))


def build_app(corpus: Corpus, *, config_dir: str | Path | None = None, data_dir: str | Path | None = None,
              theme: str | None = None, keymap: dict[str, str] | None = None,
              pair: tuple[str, str] | None = None) -> CounterpointApp:
    """The reader over `corpus`, with user directories resolved as the CLI does."""
    return CounterpointApp(corpus, config_dir=paths.config_dir(config_dir), data_dir=paths.data_dir(data_dir),
                           theme=theme, keymap=keymap, pair=pair)
