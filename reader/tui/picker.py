"""The article picker: every article with its details and its link count with the other pane.

Enter shows the highlighted article in the target pane (the other pane's article swaps the
panes; the pane's own is said to be there already); tab changes the target pane; `s` swaps
the panes; `O` opens a file, folder or web page for the target pane instead. Link counts for
pairs not aligned yet are computed by a background worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.corpus import Article, Corpus
from reader.tui.hanging import Hanging
from reader.tui.keys import IN_DIALOGS, PICKER_BINDINGS, first_key, hint_key
from reader.tui.list_dialog import ListDialog
from reader.tui.pane import article_details


MARKS_WIDTH = 4  # "AB" and a gap: a row's title and details, however wrapped, start after it


class PickerScreen(ListDialog[tuple | None]):
    BINDINGS = [*PICKER_BINDINGS, *IN_DIALOGS]
    DEFAULT_CSS = """
    PickerScreen #dialog { max-width: 110; height: 85%; }
    PickerScreen #title { height: 2; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(self, corpus: Corpus, shown: Sequence[Article], side: int, labels: Sequence[str],
                 highlight: Article | None = None) -> None:
        """`highlight`: the article the cursor starts on (the first of a folder just opened),
        else the pane's own."""
        super().__init__()
        self.corpus = corpus
        self.shown = list(shown)
        self.side = side
        self.labels = labels
        self.highlight = highlight
        self.failed: dict[tuple[str, str], str] = {}  # (article, other) -> why counting failed
        # The settings a row's count is looked up under, by the article's folder, read once per
        # fill: each pair's glossary files are those of its folder and the user's, and reading
        # their stamps for every row would keep the UI waiting (~0.5 ms a row with 20 files).
        self._row_settings: dict = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(id="title")
            yield OptionList(id="articles", markup=False)
            app = self.app
            yield Static(Content(f"enter: show in that pane · {hint_key(app, 'picker.other-pane', 'tab')}: other pane · "
                                 f"{hint_key(app, 'picker.swap', 's')}: swap · "
                                 f"{hint_key(app, 'picker.open-path', 'O')}: open a file, folder or web page · "
                                 f"{first_key(app, 'picker.close')}: close"), id="hint")

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    @property
    def other(self) -> Article:
        return self.shown[1 - self.side]

    def _fill(self) -> None:
        label, other_label = self.labels[self.side], self.labels[1 - self.side]
        # Two lines, each cut at the dialog's edge: what is cut is the other article's title.
        self.query_one("#title", Static).update(Content.assemble(
            "Choose the article for pane ", Content.styled(label, "bold $text-accent"),
            f"\nLink counts are with pane {other_label}: ", Content.styled(self.other.title, "italic")))
        options = self.query_one(OptionList)
        keep = options.highlighted
        options.clear_options()
        self._row_settings = {}  # the glossary files as they are at this fill
        options.add_options([Option(self._prompt(a), id=a.id) for a in self.corpus])
        # The pane's own article, or (when both panes show it) the first other one with text.
        wanted = [a for a in self.corpus if a is (self.shown[self.side] if self.highlight is None else self.highlight)]
        if self.shown[0] is self.shown[1] and self.highlight is None:
            others = [a for a in self.corpus if a is not self.shown[0]]
            wanted = [a for a in others if a.passages] or others or wanted
        current = next((n for n, a in enumerate(self.corpus) if wanted and a is wanted[0]), 0)
        options.highlighted = keep if keep is not None else current
        self._count_links()

    def _prompt(self, article: Article, settings=None) -> Hanging:
        marks = "".join(label for label, shown in zip(self.labels, self.shown) if shown is article)
        body = Content.assemble(Content.styled(article.title, "bold"), "\n",
                                article_details(article, self.corpus), " · ", self._count_label(article, settings))
        return Hanging(Content.styled(marks, "bold $text-accent"), body, MARKS_WIDTH)

    def _settings_with_other(self, article: Article):
        """The settings in use for aligning `article` with the other pane's, its glossary files'
        stamps read once per fill for each folder (see `_row_settings`)."""
        try:
            folder = Path(article.path).resolve().parent  # as the glossary's files are found
        except OSError:
            folder = article.path
        key = (folder, self.other.id)
        if key not in self._row_settings:
            self._row_settings[key] = self.app.alignment_settings(article, self.other)
        return self._row_settings[key]

    def _count_label(self, article: Article, settings=None) -> Content:
        """The row's link count, of the alignment made with `settings` (None: those in use)."""
        if not article.passages:  # listed, not hidden: the person may have meant to open it
            return Content.styled("empty: no text to show", "$text-warning")
        if article is self.other:
            where = "both panes" if self.shown[0] is self.shown[1] else f"pane {self.labels[1 - self.side]}"
            return Content.styled(f"shown in {where}", "$text-muted")
        alignment = self.app.cached_alignment(article.id, self.other.id,
                                              settings or self._settings_with_other(article))
        failure = self.failed.get((article.id, self.other.id))
        if alignment is None and failure is not None:
            return Content.styled(f"links not counted: {failure}", "$text-error")
        if alignment is None:
            return Content.styled("counting links…", "$text-muted")
        n = len(alignment.links)
        return Content(f"{n} link{'s' if n != 1 else ''} with pane {self.labels[1 - self.side]}")

    @work(thread=True, exclusive=True, exit_on_error=False, group="picker-counts", description="link counts")
    def _count_links(self) -> None:
        """Align each row's article with the other pane's, in the background. A glossary file
        skipped is told naming the pair counted without it: it is not the pair the panes show."""
        from reader.tui.pane_history import article_name

        worker = get_current_worker()
        other = self.other
        settings = self.app.alignment_settings()  # the counts are of these, stored under them
        for article in self.corpus:
            if worker.is_cancelled:
                return
            if article is other or not article.passages:
                continue
            made = self.app.pair_settings(settings, article, other)  # its glossary files as they are now
            if self.app.cached_alignment(article.id, other.id, made) is not None:
                continue
            if (article.id, other.id) in self.failed:
                continue
            try:
                counting = f"counting the links of {article_name(article)} with {article_name(other)}"
                alignment = self.app.compute_alignment(article, other, progress=lambda _: None,
                                                       cancelled=lambda: worker.is_cancelled, settings=made,
                                                       done=counting, sweep=False)
            except Exception as exc:  # shown in the article's row; the other rows still count
                if not worker.is_cancelled:
                    self.app.call_from_thread(self._count_failed, article, other, str(exc) or type(exc).__name__)
                continue
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self._counted, article, other, alignment, made)

    def _counted(self, article: Article, other: Article, alignment, settings) -> None:
        self.app.store_alignment((article.id, other.id), alignment, settings)
        self._show_count(article, other, settings)

    def _count_failed(self, article: Article, other: Article, reason: str) -> None:
        self.failed[(article.id, other.id)] = " ".join(reason.split())[:80]
        self._show_count(article, other)

    def _show_count(self, article: Article, other: Article, settings=None) -> None:
        if other is self.other and self.is_mounted:
            self.query_one(OptionList).replace_option_prompt(article.id, self._prompt(article, settings))

    def action_other_pane(self) -> None:
        self.side = 1 - self.side
        self._fill()

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        (options.action_cursor_down if delta > 0 else options.action_cursor_up)()

    def action_swap(self) -> None:
        self.dismiss(("swap",))

    def action_open_path(self) -> None:
        """Leave the list for the open dialog, to show what it opens in this pane."""
        self.dismiss(("open", self.side))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """The other pane's article, chosen for this pane, swaps the panes (as meld does):
        one article in both panes would compare it with itself. The article the pane shows
        already changes nothing, and says so: with the same article in both panes the list
        stays open, as choosing another is what the person came for."""
        mine = self.shown[self.side]
        if event.option.id == self.other.id and self.other is not mine:
            self.dismiss(("swap",))
        elif event.option.id == mine.id:
            from reader.tui.pane_history import article_name

            if self.other is mine:
                self.notify(f"{article_name(mine)} is already in both panes: choose another article to compare "
                            "it with.", markup=False, timeout=5)
            else:
                self.notify(f"Pane {self.labels[self.side]} already shows {article_name(mine)}.", markup=False,
                            timeout=4)
                self.dismiss(None)
        else:
            self.dismiss(("pick", self.side, event.option.id))
