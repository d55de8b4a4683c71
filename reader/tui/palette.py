"""Command palette providers for articles, themes and a screen's own keys.

A leaf: providers ask the app (`pane_labels`, `show_in_pane`), never import a screen, so
every dialog can offer its keys in the palette without pulling the compare screen in.

Titles (and user theme names) are untrusted: the palette's default highlighter parses its
candidate as markup, so these providers build each hit's display as Content themselves and
keep `help` to our own words.
"""

from __future__ import annotations

from functools import partial
from typing import Iterator

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch

from reader.tui.keys import APP_BINDINGS, key_label

_fuzzy = FuzzySearch()


def key_help(app, binding) -> Content:
    """A command's help line in the palette: the keys that run it now ("key: j/↓")."""
    return Content.assemble("key: ", Content(key_label(app, binding)))


def runs_now(screen, binding) -> bool:
    """Whether `binding`'s action would run on `screen` now: Textual's run_action skips an
    action its check_action refuses (False, or None for "shown disabled"), so the palette
    leaves such a command out, as the footer does."""
    from textual.actions import parse

    target, name, parameters = parse(binding.action)
    return bool(target) or bool(screen.check_action(name, parameters))


def highlighted(query: str, prefix: str, candidate: str) -> tuple[float, Content]:
    """Score `candidate` against `query`; Content of prefix + candidate with matches marked."""
    plain = prefix + candidate
    content = Content.assemble(Content.styled(prefix, "$text-muted"), Content(candidate))
    if not query:
        return 1.0, content
    score, offsets = _fuzzy.match(query, plain)
    for offset in offsets:
        if not plain[offset].isspace():
            content = content.stylize("reverse", offset, offset + 1)
    return score, content


class ArticlesProvider(Provider):
    """"Show in pane A/B: <title>" for every article of the corpus."""

    def _entries(self) -> Iterator[tuple[str, str, int, str]]:
        for article in self.app.corpus:
            for side, label in enumerate(self.app.pane_labels):
                yield f"Show in pane {label}: ", article.title, side, article.id

    def _show(self, side: int, article_id: str) -> None:
        self.app.show_in_pane(side, article_id)

    async def discover(self) -> Hits:
        for prefix, title, side, article_id in self._entries():
            _, display = highlighted("", prefix, title)
            yield DiscoveryHit(display, partial(self._show, side, article_id), text=prefix + title,
                               help="Open this article in that pane")

    async def search(self, query: str) -> Hits:
        for prefix, title, side, article_id in self._entries():
            score, display = highlighted(query, prefix, title)
            if score > 0:
                yield Hit(score, display, partial(self._show, side, article_id), text=prefix + title,
                          help="Open this article in that pane")


class ThemesProvider(Provider):
    """"Theme: <name>" for every registered theme."""

    def _set(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        for name in sorted(self.app.available_themes):
            _, display = highlighted("", "Theme: ", name)
            yield DiscoveryHit(display, partial(self._set, name), text="Theme: " + name, help="Switch to this theme")

    async def search(self, query: str) -> Hits:
        for name in sorted(self.app.available_themes):
            score, display = highlighted(query, "Theme: ", name)
            if score > 0:
                yield Hit(score, display, partial(self._set, name), text="Theme: " + name, help="Switch to this theme")


class ScreenBindingsProvider(Provider):
    """The current screen's own bindings (those with an id) as palette commands."""

    def _commands(self) -> Iterator[tuple[str, str, Content]]:
        """Each binding's description, action, and its keys as the reading room's commands
        show them ("key: j/↓", after the keymap; Content: the palette parses a str as markup).
        Not those that would not run now (runs_now: Delete with no bookmark listed)."""
        everywhere = {b.id for b in APP_BINDINGS}  # help and quit, which a footer repeats: the app offers them once
        for binding in getattr(self.screen, "BINDINGS", ()):
            if (getattr(binding, "id", None) and binding.description and binding.id not in everywhere
                    and runs_now(self.screen, binding)):
                yield binding.description, binding.action, key_help(self.app, binding)

    def _run(self, action: str) -> None:
        self.app.call_later(self.screen.run_action, action)

    async def discover(self) -> Hits:
        for description, action, help_text in self._commands():
            _, display = highlighted("", "", description)
            yield DiscoveryHit(display, partial(self._run, action), text=description, help=help_text)

    async def search(self, query: str) -> Hits:
        for description, action, help_text in self._commands():
            score, display = highlighted(query, "", description)
            if score > 0:
                yield Hit(score, display, partial(self._run, action), text=description, help=help_text)


class RecentPairsProvider(Provider):
    """"Recent pair: <title A> ↔ <title B>" for the pairs read last, most recent first (the
    app's `resumer`, reader.tui.resuming); choosing one reopens it where it was left."""

    def _entries(self) -> Iterator[tuple[str, tuple[str, str]]]:
        from reader.tui.resuming import pair_title

        for entry in self.app.resumer.recent():
            yield pair_title(entry), entry.paths

    def _reopen(self, paths: tuple[str, str]) -> None:
        self.app.resumer.reopen(paths)

    async def discover(self) -> Hits:
        for title, paths in self._entries():
            _, display = highlighted("", "Recent pair: ", title)
            yield DiscoveryHit(display, partial(self._reopen, paths), text="Recent pair: " + title,
                               help="Reopen these two articles where you left off")

    async def search(self, query: str) -> Hits:
        for title, paths in self._entries():
            score, display = highlighted(query, "Recent pair: ", title)
            if score > 0:
                yield Hit(score, display, partial(self._reopen, paths), text="Recent pair: " + title,
                          help="Reopen these two articles where you left off")
