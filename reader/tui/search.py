"""The search dialog: word search across both articles; enter jumps to a hit.

It dismisses with the query and all its hits, so the reading room can step through them with
n/N (as less and vim do) and highlight them in the panes. The previous query is filled in
(selected: typing replaces it, enter repeats it); ctrl+up/ctrl+down recall older and newer ones.
"""

from __future__ import annotations

from time import perf_counter
from typing import Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.corpus import Passage
from reader.corpus.composed import Composed
from reader.tui.finding import SEARCH_LIMIT, SearchHit, search_index, snippet
from reader.tui.hanging import Hanging
from reader.tui.keys import IN_DIALOGS, SEARCH_BINDINGS, first_key, hint_keys
from reader.tui.list_dialog import ListDialog
from reader.tui.text_field import TextField
from reader.tui.timing import timed

SHOWN = 200  # hits listed in the dialog (n/N step through all of them)
TITLE = "Search both articles"


def found_line(hits: Sequence[SearchHit], labels: Sequence[str]) -> str:
    """How many hits there are, in each article, and whether the list shows only the first:
    `242 hits: 230 in A, 12 in B (the first 200 listed)`; `500+` when the search stopped
    at its limit."""
    if not hits:
        return ""
    per_side = [sum(1 for hit in hits if hit.side == side) for side in range(len(labels))]
    more = "+" if len(hits) >= SEARCH_LIMIT else ""
    line = (f"{len(hits)}{more} hit{'s' if len(hits) != 1 or more else ''}: "
            + ", ".join(f"{count}{more if count else ''} in {label}" for count, label in zip(per_side, labels)))
    return line + (f" (the first {SHOWN} listed)" if len(hits) > SHOWN else "")


class SearchScreen(ListDialog[tuple[str, list[SearchHit], int] | None]):
    """Dismisses with (query, hits, the chosen hit's position in them), or None."""

    BINDINGS = [*SEARCH_BINDINGS, *IN_DIALOGS]
    DEFAULT_CSS = """
    SearchScreen #dialog { max-width: 120; height: 80%; }
    SearchScreen #title { height: auto; }  /* the count of hits wraps rather than being cut */
    """

    def __init__(self, units: Sequence[Sequence[Passage]], labels: Sequence[str],
                 history: Sequence[str] = ()) -> None:
        super().__init__()
        self.units = list(units)
        self.labels = labels
        self.history = list(history)  # oldest first
        self.recalled = len(self.history)  # which history entry the input shows
        self.hits: list[SearchHit] = []
        self.query_text = ""  # the text whose hits are listed
        self.enter_pending = False  # enter was pressed before the typed text's hits were listed

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content(TITLE), id="title")
            yield TextField(placeholder="words to find, or their start", id="query")
            yield OptionList(id="hits", markup=False)
            app = self.app
            yield Static(Content(f"enter: jump (then {hint_keys(app, 'search.next', 'search.prev', 'n/N')}: "
                                 "next/previous hit) · "
                                 f"{hint_keys(app, 'search.up', 'search.down', '↑/↓')}: choose · "
                                 f"{hint_keys(app, 'search.history-back', 'search.history-forward', 'ctrl+↑/↓')}: "
                                 f"earlier queries · {first_key(app, 'search.close')}: close"), id="hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        if self.history:
            self.recalled = len(self.history) - 1
            field.value = self.history[-1]
            field.select_all()
        field.focus()
        self._search(field.value, perf_counter())  # reads the units into the index meanwhile

    def action_recall(self, delta: int) -> None:
        """Show an earlier (-1) or later (+1) query from the history."""
        if not self.history:
            return
        self.recalled = min(max(self.recalled + delta, 0), len(self.history))
        field = self.query_one(Input)
        field.value = self.history[self.recalled] if self.recalled < len(self.history) else ""
        field.cursor_position = len(field.value)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        timed(self, "search-key")  # the key shown in the field: never waits for the matching
        self.enter_pending = False  # typed on after enter: enter again chooses
        self._search(event.value, perf_counter())

    # A thread, and exclusive: typing on cancels the matching of the previous text.
    @work(thread=True, exclusive=True, group="search", description="search")
    def _search(self, query: str, typed_at: float) -> None:
        worker = get_current_worker()
        index = search_index(self.units)  # read once per pair of unit lists, then kept
        hits = index.search(query, cancelled=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, query, hits, typed_at)

    def _show(self, query: str, hits: list[SearchHit], typed_at: float) -> None:
        if query != self.query_one(Input).value:
            return  # typed on since: the newer text's matching shows its own hits
        self.hits, self.query_text = hits, query
        found = found_line(hits, self.labels)
        self.query_one("#title", Static).update(Content(f"{TITLE} · {found}" if found else TITLE))
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(self._prompt(hit), id=f"{n}") for n, hit in enumerate(hits[:SHOWN])])
        app = self.app
        self.call_after_refresh(lambda: app.record_latency("search-results", perf_counter() - typed_at))
        if hits:
            options.highlighted = 0
        elif len(query.strip()) >= 2:
            options.add_option(Option(Content("no passage matches"), disabled=True))
        if self.enter_pending:
            self.enter_pending = False
            self._submitted()

    def _prompt(self, hit: SearchHit) -> Hanging:
        """"A ¶12" in a column of its own, the snippet's wrapped line under the snippet."""
        passage = self.units[hit.side][hit.index]
        composed = Composed(passage.text)  # as the pane draws it
        first = composed.shown_span(hit.start, hit.end)
        text, lo, hi = snippet(composed.text, *first)
        body = Content(text)
        shift = lo - first[0]
        for start, end in hit.spans:
            start, end = composed.shown_span(start, end)
            start, end = max(0, start + shift), min(len(text), end + shift)
            if start < end:
                body = body.stylize("bold $text-warning", start, end)
        label = Content.styled(f"{self.labels[hit.side]} {passage.label:<5} ", "$text-accent")
        return Hanging(label, body, label.cell_length)

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -delta
            options.highlighted = min(max(current + delta, 0), options.option_count - 1)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        if self.query_text != self.query_one(Input).value:
            # enter typed before the text's matching came back (a fast typist, a busy machine):
            # it chooses among that text's hits once they are listed, not the text before's
            self.enter_pending = True
            return
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is not None and highlighted < len(self.hits):
            self._choose(highlighted)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.hits):
            self._choose(event.option_index)

    def _choose(self, n: int) -> None:
        self.dismiss((self.query_text, self.hits, n))
