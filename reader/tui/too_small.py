"""The reader's minimum terminal size, and the notice that covers every screen below it.

Below MIN_WIDTH×MIN_HEIGHT no screen can show a passage, its counterpart and the keys. The app
then puts this notice on top of whatever screen is open, so nothing is drawn at a size nobody
can read, and keys cannot act on a screen nobody can see (a cursor moved, a claim map opened).
Only quitting and help (which says what the size must be) still run. The notice leaves, and
the screen beneath shows again as it was, once the terminal is large enough.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Static

MIN_WIDTH, MIN_HEIGHT = 60, 15
# What still runs while the notice is up: the app's quit (q, ctrl+q), its ctrl+c hint about
# quitting, and help, which explains the size instead of opening a screen too small to read.
ACTIONS_WHILE_TOO_SMALL = frozenset({"quit", "help_quit", "help"})


def too_small(size: Size) -> bool:
    return size.width < MIN_WIDTH or size.height < MIN_HEIGHT


def size_notice(size: Size) -> str:
    return (f"Terminal too small ({size.width}×{size.height}).\n"
            f"Counterpoint needs at least {MIN_WIDTH}×{MIN_HEIGHT}: enlarge the window.")


class TooSmallScreen(Screen[None]):
    """The notice, in place of the screens beneath it (which keep their state)."""

    DEFAULT_CSS = """
    TooSmallScreen #too-small { width: 1fr; height: 1fr; content-align: center middle;
                                text-align: center; color: $text-warning; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="too-small", markup=False)

    def on_mount(self) -> None:
        self._show(self.app.size)

    def on_resize(self) -> None:
        self._show(self.app.size)

    def _show(self, size: Size) -> None:
        from reader.tui.keys import binding_by_id, key_label

        quit_keys = key_label(self.app, binding_by_id("app.quit"))  # as remapped by [keys]
        self.query_one("#too-small", Static).update(Content(f"{size_notice(size)}\n{quit_keys}: quit"))

    def on_screen_resume(self) -> None:
        """Shown again after a screen opened above it closed: leave if the terminal grew meanwhile."""
        if not too_small(self.app.size):
            self.dismiss()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return False  # Textual's screen keys (focus, copy) have nothing to act on here
