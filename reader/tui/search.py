"""The search dialog: fuzzy search across both articles; enter jumps to a hit."""

from __future__ import annotations

from typing import Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.corpus import Article
from reader.tui.finding import SearchHit, search_passages, snippet
from reader.tui.keys import SEARCH_BINDINGS
from reader.tui.list_dialog import ListDialog


class SearchScreen(ListDialog[tuple[int, int, int] | None]):
    """Dismisses with (pane side, paragraph index, offset of the match in its text), or None."""

    BINDINGS = SEARCH_BINDINGS
    DEFAULT_CSS = """
    SearchScreen #dialog { max-width: 120; height: 80%; }
    """

    def __init__(self, articles: Sequence[Article], labels: Sequence[str]) -> None:
        super().__init__()
        self.articles = list(articles)
        self.labels = labels
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content("Search both articles"), id="title")
            yield Input(placeholder="words to find (fuzzy)", id="query")
            yield OptionList(id="hits", markup=False)
            yield Static(Content("enter: jump to the hit · ↑/↓: choose · esc: close"), id="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        hits = search_passages(self.articles, query)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, query, hits)

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(self._prompt(hit), id=f"{n}") for n, hit in enumerate(hits)])
        if hits:
            options.highlighted = 0
        elif len(query.strip()) >= 2:
            options.add_option(Option(Content("no passage matches"), disabled=True))

    def _prompt(self, hit: SearchHit) -> Content:
        article = self.articles[hit.side]
        passage = article.passages[hit.index]
        text, lo, hi = snippet(passage.text, hit.start, hit.end)
        body = Content(text).stylize("bold $text-warning", lo, hi)
        label = Content.styled(f"{self.labels[hit.side]} ¶{hit.index + 1:<4} ", "$text-accent")
        return Content.assemble(label, body)

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -delta
            options.highlighted = min(max(current + delta, 0), options.option_count - 1)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is not None and highlighted < len(self.hits):
            self._choose(highlighted)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.hits):
            self._choose(event.option_index)

    def _choose(self, n: int) -> None:
        hit = self.hits[n]
        self.dismiss((hit.side, hit.index, hit.start))
