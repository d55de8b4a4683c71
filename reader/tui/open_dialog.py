"""The open dialog (O): a path prompt with completion, for any file or folder on disk, or the
address of a web page (fetched by the screen that asked).

A file or folder is read here, in a thread: what cannot be opened (a mistyped path, a file
that is no article) is said in the dialog, which stays open with the path for correcting.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from reader.corpus.sanitize import visible
from reader.errors import UserError
from reader.files import is_folder
from reader.tui.detached import Abandoned, for_this_worker
from reader.tui.keys import IN_DIALOGS, OPEN_BINDINGS, first_key, hint_key
from reader.tui.palette import ScreenBindingsProvider
from reader.tui.path_completion import complete_path, describe
from reader.tui.text_field import TextField


class PathSuggester(Suggester):
    """Suggests the completion of the typed path (→ or tab takes it)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


@dataclass(frozen=True)
class ReadFromDisk:
    """What a path typed in the open dialog held: its articles, whether it is a folder, and
    what the reader should know of how it was read (a file of the folder left out)."""

    articles: list
    folder: bool
    problems: tuple[str, ...] = ()


class OpenDialog(ModalScreen["ReadFromDisk | str | None"]):
    """Dismisses with what the typed path held, the typed web address (fetched by the caller),
    or None."""

    BINDINGS = [*OPEN_BINDINGS, *IN_DIALOGS]
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    OpenDialog { align: center middle; }
    OpenDialog #dialog { width: 90%; max-width: 100; height: auto; border: round $primary;
                         background: $surface; padding: 0 1; }
    OpenDialog #title { text-style: bold; }
    OpenDialog #about, OpenDialog #hint { color: $text-muted; }
    OpenDialog #error { color: $text-error; display: none; }
    OpenDialog #error.-shown { display: block; }
    """

    def __init__(self, start: str = "") -> None:
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content("Open an article file, a folder of articles, or a web page (http/https address)"), id="title")
            yield TextField(self.start, placeholder="path, or https://…", id="path", suggester=PathSuggester())
            yield Static(Content(describe(self.start)), id="about")
            yield Static(id="error", markup=False)
            yield Static(Content(f"enter: open · {hint_key(self.app, 'open.complete', 'tab')}/→: complete · "
                                 f"{first_key(self.app, 'open.close')}: close"),
                         id="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.query_one("#about", Static).update(Content(describe(event.value)))
        self.query_one("#error", Static).set_class(False, "-shown")

    def action_complete(self) -> None:
        field = self.query_one(Input)
        completed = complete_path(field.value)
        if completed:
            field.value = completed
            field.cursor_position = len(completed)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        from reader.web.add import is_url

        typed = event.value.strip()
        if is_url(typed):
            self.dismiss(typed)
        elif typed:
            self.query_one("#about", Static).update(Content("Reading…"))
            self._read(os.path.expanduser(typed))

    @work(thread=True, exclusive=True, exit_on_error=False, group="open", description="reading a path")
    def _read(self, path: str) -> None:
        """Read a file or folder (a thread: folders can be large)."""
        from reader.corpus import load_paths

        try:
            corpus = for_this_worker(lambda: load_paths([path]))
            found: ReadFromDisk | str = ReadFromDisk(corpus.articles, is_folder(Path(path)), tuple(corpus.problems))
        except Abandoned:  # the dialog closed (or the reader quit) while the path was read
            return
        except UserError as exc:
            found = str(exc)
        self.app.call_from_thread(self._read_done, path, found)

    def _read_done(self, path: str, found: ReadFromDisk | str) -> None:
        if not self.is_current:
            return  # closed meanwhile
        field = self.query_one(Input)
        if os.path.expanduser(field.value.strip()) != path:
            return  # the path was changed meanwhile
        if isinstance(found, ReadFromDisk):
            self.dismiss(found)
            return
        self.query_one("#about", Static).update(Content(describe(field.value)))
        error = self.query_one("#error", Static)
        error.update(Content(visible(f"Cannot open it: {found}")))  # a path's escapes made visible
        error.set_class(True, "-shown")

    def action_close(self) -> None:
        self.dismiss(None)
