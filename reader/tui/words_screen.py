"""Each side's own words: the words and two-word phrases each article of the pair uses
distinctively more than the other, with their counts and z-scores (`reader.differ.lexicon`:
weighted log-odds with the open corpus as prior, Monroe, Colaresi & Quinn 2008).

Counting a long article's words takes a moment, so it runs in a thread worker while the
screen says so. Terms and titles are article text: they go into the tables as `Text`.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from reader.corpus import Article, Corpus
from reader.differ.lexicon import MIN_Z, rank, term_tables, too_little_text, too_short_reason
from reader.tui.difference_marks import NO_DIFFERENCES
from reader.tui.footer import COMPACT_UP_TO, SteadyFooter
from reader.tui.keys import FOOTER_FIRST, WORDS_BINDINGS
from reader.tui.palette import ScreenBindingsProvider
from reader.tui.status import PANE_LABELS

LIMIT = 40  # terms listed per side (the CLI's default is 20; a screen scrolls)
# Short articles give few terms a full standard error: in two 300-word reports a word one side
# says twice and the other never scores 0.95-0.97, so one side's list could hold a name and
# nothing else, or nothing. A side with fewer than FEW_TERMS terms gets up to WEAKER_SHOWN more
# from half a standard error (WEAKER_MIN_Z), dimmed under a line that says they are weaker.
FEW_TERMS = 5
WEAKER_SHOWN = 5
WEAKER_MIN_Z = 0.5
EXPLANATION = ("Words and two-word phrases each article uses distinctively more than the other "
               "(weighted log-odds, the open articles as prior). z: how many standard errors the "
               "difference is; stop words and names both sides use are left out.")


def count_line(a: int, b: int) -> str:
    """`8 terms for A, 1 for B, strongest first.`"""
    return f"{a} term{'' if a == 1 else 's'} for A, {b} for B, strongest first."


def too_short_line(short: tuple[bool, bool]) -> str:
    """Why a side lists nothing when its article is too short to rank its words ("" if neither is)."""
    sides = " and ".join(label for label, is_short in zip(PANE_LABELS, short) if is_short)
    if not sides:
        return ""
    return f"Too little text in {sides} to rank words ({too_short_reason()}). "


class WordsScreen(Screen[None]):
    """Two tables, A's words and B's words, side by side (stacked when narrow)."""

    BINDINGS = [*FOOTER_FIRST, *WORDS_BINDINGS]  # help and quit first, as every full screen's footer
    COMMANDS = {ScreenBindingsProvider}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]  # short: the explanation gives way to the lists
    DEFAULT_CSS = """
    WordsScreen { layout: vertical; }
    WordsScreen #words-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    WordsScreen #words-about { height: auto; padding: 0 1; color: $text-muted; }
    WordsScreen #words-tables { layout: horizontal; height: 1fr; }
    WordsScreen.-narrow #words-tables { layout: vertical; }
    WordsScreen .words-side { width: 1fr; height: 1fr; }
    WordsScreen .words-heading { height: 1; padding: 0 1; background: $panel; text-wrap: nowrap;
                                 text-overflow: ellipsis; }
    WordsScreen DataTable { height: 1fr; }
    WordsScreen #link-differences { height: auto; max-height: 8; }
    WordsScreen Static#link-differences { padding: 0 1; }
    WordsScreen.-short #link-differences { max-height: 4; }
    WordsScreen.-short #words-about { display: none; }
    WordsScreen #words-status { height: auto; padding: 0 1; color: $text-muted; }  /* wraps when narrow */
    """

    def __init__(self, a: Article, b: Article, corpus: Corpus, cache: dict | None = None, *,
                 link: tuple[str, tuple] | None = None) -> None:
        super().__init__()
        self.pair = (a, b)
        self.corpus = corpus
        self.link = link  # the current link's label ("¶25 ↔ ¶25") and its differences, if any
        # (a id, b id, corpus size) -> A's words, B's, and the weaker ones shown for a side with few
        self.cache = {} if cache is None else cache
        self.state = "counting"  # counting | ready | failed

    def compose(self) -> ComposeResult:
        title = "What differs: the current link, and each side's words" if self.link else "Each side's words"
        yield Static(Content(title), id="words-title")
        if self.link is not None:
            label, differences = self.link
            yield Static(Content.assemble(Content.styled("The current link ", "bold"),
                                          Content(label)), classes="words-heading")
            if differences:
                yield link_table(differences)
            else:  # a one-line message, not a table of headings alone
                yield Static(Content.styled(NO_DIFFERENCES, "$text-muted"), id="link-differences")
        yield Static(Content(EXPLANATION), id="words-about")
        with Container(id="words-tables"):
            for side, article in enumerate(self.pair):
                with Vertical(classes="words-side"):
                    yield Static(Content.assemble(Content.styled(f" {PANE_LABELS[side]} ", "bold reverse"), " ",
                                                  Content(" ".join(article.title.split()))),
                                 classes="words-heading")
                    table = DataTable(id=f"words-{side}", cursor_type="row", zebra_stripes=True)
                    table.add_columns("term", "in A", "in B", "z")
                    yield table
        yield Static(Content("Counting words…"), id="words-status")
        yield SteadyFooter(compact_up_to=COMPACT_UP_TO)

    def on_mount(self) -> None:
        found = self.cache.get(self._key)
        if found is not None:
            self._show(*found)
        else:
            self._count(*self.pair)

    @property
    def _key(self) -> tuple[str, str, int]:
        a, b = self.pair
        return a.id, b.id, len(self.corpus)

    @work(thread=True, exclusive=True, exit_on_error=False, group="words", description="words")
    def _count(self, a: Article, b: Article) -> None:
        tables = term_tables(a, b, list(self.corpus))
        found = rank(*tables, limit=LIMIT)
        weaker: tuple[list, list] = ([], [])
        if min(map(len, found)) < FEW_TERMS:  # the weaker ones, under MIN_Z, for a side with few
            below = rank(*tables, limit=LIMIT + WEAKER_SHOWN, min_z=WEAKER_MIN_Z)
            weaker = tuple([t for t in side if abs(t.z) < MIN_Z][:WEAKER_SHOWN] if len(strong) < FEW_TERMS else []
                           for strong, side in zip(found, below))
        short = (too_little_text(tables[0]), too_little_text(tables[1]))
        found = (*found, *weaker, short)
        self.cache[self._key] = found
        self.app.call_from_thread(self._show, *found)

    def _show(self, a_words: list, b_words: list, a_weaker: list, b_weaker: list,
              short: tuple[bool, bool]) -> None:
        self.state = "ready"
        for side, (terms, weaker) in enumerate(((a_words, a_weaker), (b_words, b_weaker))):
            table = self.query_one(f"#words-{side}", DataTable)
            for t in terms:
                table.add_row(*_cells(t))
            if not terms:
                none = "(too little text to rank)" if short[side] else "(no word stands out)"
                table.add_row(Text(none, style="dim"), "", "", "")
            if weaker:
                table.add_row(Text(f"weaker, under z {MIN_Z:g}:", style="dim italic"), "", "", "")
                for t in weaker:
                    table.add_row(*_cells(t, "dim"))
        self.query_one("#words-status", Static).update(
            Content(f"{too_short_line(short)}{count_line(len(a_words), len(b_words))} tab: the other table."))
        self.query_one("#words-0", DataTable).focus()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "words" and event.state == WorkerState.ERROR:
            self.state = "failed"
            self.query_one("#words-status", Static).update(
                Content(f"Could not count the words: {event.worker.error}"))

    def action_move(self, delta: int) -> None:
        """j/k: the focused table's row cursor (the arrows do the same)."""
        table = self.focused if isinstance(self.focused, DataTable) else self.query_one("#words-0", DataTable)
        (table.action_cursor_down if delta > 0 else table.action_cursor_up)()

    def action_close(self) -> None:
        self.dismiss(None)


def _cells(t, style: str = "") -> tuple[Text, ...]:
    """A term's row: the term, its counts in A and B, and |z|."""
    return (Text(t.term, style=style),
            *(Text(x, style=style, justify="right") for x in (str(t.a_count), str(t.b_count), f"{abs(t.z):.2f}")))


def link_table(differences: tuple) -> DataTable:
    """Every difference of the current link, in full (the line under the panes is cut to fit):
    its kind, each side's words, and whose usage a framing term is."""
    from reader.differ.listing import in_reading_order

    table = DataTable(id="link-differences", cursor_type="row", zebra_stripes=True)
    table.add_columns("kind", "in A", "in B", "note")
    for d in in_reading_order(differences):
        table.add_row(Text(d.kind), *(Text(" ".join(x.split())) if x else Text("—", style="dim")
                                    for x in (d.a_text, d.b_text, d.note)))
    return table
