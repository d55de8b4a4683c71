"""The open dialog (O): a path prompt with completion, for any file or folder on disk, or the
address of a web page (fetched by the screen that asked)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from reader.tui.keys import OPEN_BINDINGS
from reader.tui.palette import ScreenBindingsProvider
from reader.tui.path_completion import complete_path, describe


class PathSuggester(Suggester):
    """Suggests the completion of the typed path (→ or tab takes it)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


class OpenDialog(ModalScreen[str | None]):
    """Dismisses with the typed path or address (checked by the caller when it loads it), or None."""

    BINDINGS = OPEN_BINDINGS
    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    OpenDialog { align: center middle; }
    OpenDialog #dialog { width: 90%; max-width: 100; height: auto; border: round $primary;
                         background: $surface; padding: 0 1; }
    OpenDialog #title { text-style: bold; }
    OpenDialog #about, OpenDialog #hint { color: $text-muted; }
    """

    def __init__(self, start: str = "") -> None:
        super().__init__()
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content("Open an article file, a folder of articles, or a web page (http/https address)"), id="title")
            yield Input(self.start, placeholder="path, or https://…", id="path", suggester=PathSuggester())
            yield Static(Content(describe(self.start)), id="about")
            yield Static(Content("enter: open · tab/→: complete · esc: close"), id="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.query_one("#about", Static).update(Content(describe(event.value)))

    def action_complete(self) -> None:
        field = self.query_one(Input)
        completed = complete_path(field.value)
        if completed:
            field.value = completed
            field.cursor_position = len(completed)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())

    def action_close(self) -> None:
        self.dismiss(None)
