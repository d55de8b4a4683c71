"""Small dialogs for bookmarks: the note-and-tags dialog (adding or editing) and a yes/no question.

Everything shown here (titles, quotes, notes, tags) is untrusted text: it goes in as Content,
never as markup, and the inputs keep what a person typed verbatim for the store to clean.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.corpus.sanitize import visible
from reader.tui.keys import BOOKMARK_DIALOG_BINDINGS, CONFIRM_BINDINGS, IN_DIALOGS, first_key, hint_key
from reader.tui.palette import ScreenBindingsProvider
from reader.tui.text_field import TextField


@dataclass(frozen=True)
class NoteAndTags:
    """What the dialog returns on save: the note and the tags as typed ("a, b")."""

    note: str
    tags: str

    @property
    def typed(self) -> bool:
        """Whether the person wrote anything: a failed save must then give it back."""
        return bool(self.note.strip() or self.tags.strip())

    @property
    def said(self) -> str:
        """The note and the tags as typed, in one line's words ("" if nothing was typed): what a
        save that failed as the reader closed says again on the terminal."""
        parts = [f"note “{self.note}”" if self.note.strip() else "", f"tags “{self.tags}”" if self.tags.strip() else ""]
        return ", ".join(part for part in parts if part)


# The tags field's example: the user's own tags where the bookmarks at hand have some (at most
# TAG_EXAMPLES of them, so the hint stays one short line), else words that fit any topic.
TAG_EXAMPLES = 2
TAG_EXAMPLE_LENGTH = 30  # characters of each, so two of them still fit the field's width
NEUTRAL_TAGS_HINT = "e.g. to check, key claim"


def tags_hint(known: Sequence[str]) -> str:
    """The tags field's placeholder: an example drawn from `known` (tags in use), or neutral."""
    own = list(dict.fromkeys(one_line(visible(tag), TAG_EXAMPLE_LENGTH) for tag in known if tag.strip()))
    own = own[:TAG_EXAMPLES]
    return f"e.g. {', '.join(own)}" if own else NEUTRAL_TAGS_HINT


# The heading of the dialog given back after a save failed (the notice before it says why;
# the line of keys under it says how to save or cancel).
NOT_SAVED = "Not saved: your note and tags are kept here, to save again"


def one_line(text: str, limit: int = 160) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


_OPENING, _CLOSING = "“\"«„", "”\"»“"


def in_quotes(text: str, limit: int = 160) -> str:
    """`text` on one line (see one_line) in quote marks, left out at an end where the text has
    its own (no “…residence.””)."""
    line = one_line(text, limit)
    return f"{'' if line[:1] in _OPENING else '“'}{line}{'' if line[-1:] in _CLOSING else '”'}"


def quoted(title: str, quote: str, limit: int = 160, title_limit: int = 120) -> Content:
    """A title line and the quote under it, both literal text."""
    return Content.assemble(Content.styled(one_line(title, title_limit), "bold"), "\n",
                            Content.styled(in_quotes(quote, limit), "italic"))


def fitted_quote(title: str, quote: str, limit: int, width: int, lines: int) -> Content:
    """`quoted`, fitted to `width` cells: the title on one line, the quote on at most `lines`,
    both cut with an ellipsis. A box of fixed height would clip a long quote mid-sentence, with
    nothing to say that it goes on."""
    width = max(8, width)
    head = Content.styled(one_line(title, 200), "bold").truncate(width, ellipsis=True)
    low, high = 1, limit  # the longest cut of the quote that wraps into `lines`
    while low < high:
        mid = (low + high + 1) // 2
        if len(Content(in_quotes(quote, mid)).wrap(width)) <= lines:
            low = mid
        else:
            high = mid - 1
    return Content.assemble(head, "\n", Content.styled(in_quotes(quote, low), "italic"))


class FittedQuote(Static):
    """A passage's title and quote in a dialog, fitted to the width it is given (see
    `fitted_quote`) each time that changes."""

    def __init__(self, title: str, quote: str, limit: int, *, lines: int, **kwargs: Any) -> None:
        super().__init__(quoted(title, quote, limit), **kwargs)
        self._quote = (title, quote, limit)
        self._lines = lines

    def on_resize(self) -> None:
        self.update(fitted_quote(*self._quote, width=self.content_size.width, lines=self._lines))


class BookmarkDialog(ModalScreen[NoteAndTags | None]):
    """Asks for an optional note and tags: enter saves, escape cancels."""

    BINDINGS = [*BOOKMARK_DIALOG_BINDINGS, *IN_DIALOGS]
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    BookmarkDialog { align: center middle; }
    BookmarkDialog #dialog { width: 90%; max-width: 90; height: auto; max-height: 100%;
                             border: round $primary; background: $surface; padding: 0 1;
                             scrollbar-size-vertical: 1; }
    BookmarkDialog #title { height: 1; text-style: bold; color: $text-accent; }
    BookmarkDialog .quote { height: auto; max-height: 4; margin: 1 0 0 0; }
    BookmarkDialog .-pair .quote { max-height: 3; }
    BookmarkDialog .label { height: 1; margin: 1 0 0 0; color: $text-muted; }
    BookmarkDialog Input { width: 1fr; }
    BookmarkDialog #hint { height: 1; margin: 1 0 0 0; color: $text-muted; }
    """

    def __init__(self, heading: str, sides: Sequence[tuple[str, str]], *, note: str = "",
                 tags: Sequence[str] = (), unsaved: bool = False, known_tags: Sequence[str] = ()) -> None:
        """`sides`: (title, quote) of the passage, and of its counterpart for a pair;
        `unsaved`: the note and tags it opens with are not saved (given back); `known_tags`:
        tags the user has given other bookmarks, for the tags field's example."""
        super().__init__()
        self.heading = heading
        self.sides = list(sides)
        self.note = note
        self.tags = ", ".join(tags)
        self.unsaved = unsaved
        self.known_tags = tuple(known_tags)

    def given_back(self, answer: NoteAndTags) -> BookmarkDialog:
        """This dialog again, after `answer` could not be saved: the note and tags as typed."""
        return BookmarkDialog(NOT_SAVED, self.sides, note=answer.note, tags=[answer.tags], unsaved=True,
                              known_tags=self.known_tags)

    def typing_at_stake(self) -> bool:
        """Whether closing this dialog unasked would lose typing: its fields hold what was
        not saved (typed here, or given back after a save failed)."""
        if not self.is_mounted:
            return False
        now = NoteAndTags(self.query_one("#note", Input).value, self.query_one("#tags", Input).value)
        return (now.note, now.tags) != (self.note, self.tags) or (self.unsaved and now.typed)

    def compose(self) -> ComposeResult:
        # A pair's two quotes get a line less each, so that the dialog, keys and all, fits in 24 rows.
        # It scrolls (to the focused field) where even that is taller than the screen.
        with VerticalScroll(id="dialog", classes="-pair" if len(self.sides) > 1 else "", can_focus=False):
            yield Static(Content(self.heading), id="title")
            for n, (title, quote) in enumerate(self.sides):
                single = len(self.sides) == 1  # else each gets a title line and two of quote
                yield FittedQuote(title, quote, 200 if single else 100, lines=3 if single else 2,
                                  classes="quote", id=f"quote-{n}")
            yield Static(Content("Note (optional)"), classes="label")
            yield TextField(self.note, placeholder="why this passage matters", id="note")
            yield Static(Content("Tags (optional, comma-separated)"), classes="label")
            yield TextField(self.tags, placeholder=tags_hint(self.known_tags), id="tags")
            yield Static(Content(f"{hint_key(self.app, 'bookmark-dialog.save', 'enter')}: save · tab: next field · "
                                 f"{first_key(self.app, 'bookmark-dialog.cancel')}: "
                                 "cancel"), id="hint")

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_position = len(field.value)
        self.query_one("#note", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        self.dismiss(NoteAndTags(self.query_one("#note", Input).value, self.query_one("#tags", Input).value))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question (y or enter: yes; n or escape: no)."""

    BINDINGS = [*CONFIRM_BINDINGS, *IN_DIALOGS]
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog #dialog { width: 80%; max-width: 76; height: auto; border: round $error;
                            background: $surface; padding: 0 1; }
    ConfirmDialog #question { height: auto; text-style: bold; }
    ConfirmDialog #detail { height: auto; max-height: 5; margin: 1 0 0 0; }
    ConfirmDialog #hint { height: 1; margin: 1 0 0 0; color: $text-muted; }
    """

    def __init__(self, question: str, detail: Content | None = None) -> None:
        super().__init__()
        self.question = question
        self.detail = detail or Content("")

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content(self.question), id="question")
            yield Static(self.detail, id="detail")
            yield Static(Content(f"{hint_key(self.app, 'confirm.yes', 'y')}: yes · "
                                 f"{hint_key(self.app, 'confirm.no', 'n or esc')}: no"), id="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
