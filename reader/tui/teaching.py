"""Teaching the aligner a term from a linked pair (T): the dialog, and the action that teaches.

The dialog offers each passage's candidate terms (what it says that the other does not, see
`reader.decisions.terms`) and lets the reader pick one of each or type both. Teaching writes the
learned glossary in a thread worker, then the pair is realigned in the background, so the
reader sees the effect; a refusal (same term, two groups, a broken glossary file) is one notice.
Titles, passages and candidate terms are article text: shown as Content, never as markup.
"""

from __future__ import annotations

from functools import partial
from typing import Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static

from reader.corpus import Article, Passage
from reader.errors import UserError
from reader.tui.bookmark_dialog import FittedQuote, one_line
from reader.tui.keys import IN_DIALOGS, TEACH_BINDINGS, first_key, hint_key
from reader.tui.palette import ScreenBindingsProvider
from reader.tui.text_field import TextField


class TeachDialog(ModalScreen[tuple[str, str] | None]):
    """Two columns, one per passage: its candidate terms and a field holding the chosen one."""

    BINDINGS = [*TEACH_BINDINGS, *IN_DIALOGS]
    COMMANDS = {ScreenBindingsProvider}
    # Short: the term lists give up rows (they scroll), so the fields and the hint's last line,
    # how to cancel, still fit at 24 rows.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    DEFAULT_CSS = """
    TeachDialog { align: center middle; }
    TeachDialog #dialog { width: 94%; max-width: 120; height: auto; max-height: 94%;
                          border: round $primary; background: $surface; padding: 0 1; }
    TeachDialog #title { height: auto; text-style: bold; color: $text-accent; }
    TeachDialog #columns { height: auto; }
    TeachDialog .column { width: 1fr; height: auto; padding: 0 1 0 0; }
    TeachDialog .quote { height: auto; max-height: 4; margin: 1 0 0 0; }
    TeachDialog OptionList { height: auto; max-height: 8; margin: 1 0 0 0; }
    TeachDialog.-short OptionList { max-height: 6; }
    TeachDialog Input { width: 1fr; }
    TeachDialog #hint { height: auto; margin: 1 0 0 0; color: $text-muted; }
    """

    def __init__(self, sides: Sequence[tuple[str, str, list[str]]]) -> None:
        """`sides`: (title, passage text, candidate terms) of the passage, then its counterpart."""
        super().__init__()
        self.sides = list(sides)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content("Teach a term: these two name the same thing"), id="title")
            with Horizontal(id="columns"):
                for n, (title, text, terms) in enumerate(self.sides):
                    with Vertical(classes="column"):
                        yield FittedQuote(title, text, 140, lines=3, classes="quote")
                        choices = OptionList(*[Content(term) for term in terms], id=f"choices-{n}", markup=False)
                        choices.display = bool(terms)
                        yield choices
                        yield TextField(placeholder="pick or type a term", id=f"term-{n}")
            yield Static(Content("enter on a term: use it · enter in a field or "
                                 f"{hint_key(self.app, 'teach.save', 'ctrl+s')}: teach · "
                                 f"tab: next · {first_key(self.app, 'teach.cancel')}: cancel"), id="hint")

    def on_mount(self) -> None:
        first = self.query_one("#choices-0", OptionList)
        (first if first.display else self.query_one("#term-0", Input)).focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        n = int((event.option_list.id or "choices-0").rsplit("-", 1)[1])
        self.query_one(f"#term-{n}", Input).value = str(event.option.prompt)
        if n == 0:
            after = self.query_one("#choices-1", OptionList)
            (after if after.display else self.query_one("#term-1", Input)).focus()
        else:
            self.query_one("#term-1", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_teach()

    def action_teach(self) -> None:
        terms = [self.query_one(f"#term-{n}", Input).value.strip() for n in (0, 1)]
        empty = [n for n, term in enumerate(terms) if not term]
        if empty:
            self.app.notify("Choose or type a term for both passages.", markup=False, timeout=3)
            self.query_one(f"#term-{empty[0]}", Input).focus()
            return
        self.dismiss((terms[0], terms[1]))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TeachingActions:
    """`T` on the compare screen (mixed into `CompareScreen`)."""

    def action_teach_term(self) -> None:
        from reader.align.language import keyed_language, lower_words
        from reader.decisions.terms import candidate_terms

        link = self.current_link()
        if self.no_passage():
            return
        if link is None:
            self.app.notify("Teach a term from a linked pair: this passage has no counterpart "
                            "(= links it to the other pane's cursor).", markup=False, timeout=4)
            return
        pane = self.panes[self.active]
        mine = pane.units[pane.cursor]
        theirs = self.panes[1 - self.active].units[link.other]
        articles = (self.articles[self.active], self.articles[1 - self.active])
        keyed = (keyed_language(articles[0]), keyed_language(articles[1]))
        common = (lower_words(articles[0]), lower_words(articles[1]))
        sides = [(articles[0].title, mine.text, candidate_terms(mine.text, theirs.text, languages=keyed, commons=common)),
                 (articles[1].title, theirs.text,
                  candidate_terms(theirs.text, mine.text, languages=keyed[::-1], commons=common[::-1]))]
        self.app.push_screen(TeachDialog(sides), partial(self._teach, articles, (mine, theirs)))

    def _teach(self, articles: tuple[Article, Article], passages: tuple[Passage, Passage],
               terms: tuple[str, str] | None) -> None:
        if terms is None:
            return
        app = self.app
        pending = app.pending_writes

        def write():
            from reader.align.learned import teach

            return teach(app.config_dir, *terms, in_use=app.pair_glossary(*articles, done="teaching a term"))

        ticket = pending.add(write)  # made even if the reader quits first

        def run() -> None:
            try:
                taught = pending.run(ticket)
            except UserError as exc:
                if not pending.closing:
                    app.call_from_thread(app.notify, f"Nothing taught: {exc}", severity="error", markup=False,
                                         timeout=8)
                return
            if not pending.closing:
                app.call_from_thread(self._taught, taught)

        app.run_worker(run, thread=True, group="teach", exit_on_error=False)

    def _taught(self, taught) -> None:
        if not taught.added:
            self.app.notify(f"Nothing to teach: {taught.describe()}", markup=False, timeout=5)
            return
        message = f"Taught {one_line(' = '.join(taught.added), 80)}; realigning to show the effect"
        if not self.app.config.glossary:
            message += f" (glossaries are off: {hint_key(self.app, 'glossary.toggle', 'ctrl+g')} turns them on)"
        self.app.glossaries_changed()
        self.machine = None
        self.start_alignment()
        self.refresh_view(scroll=False)
        self.app.notify(message, markup=False, timeout=5)
