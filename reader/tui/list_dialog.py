"""What the picker and the search dialog share: a centred box with a title line, a list and a
hint line; escape closes it without a choice; the palette offers the dialog's own keys."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

from reader.tui.palette import ScreenBindingsProvider

T = TypeVar("T")


class ListDialog(ModalScreen[T]):
    """Subclasses compose `#dialog` holding `#title`, an `OptionList` and `#hint`, and size
    `#dialog` in their own CSS."""

    COMMANDS = {ScreenBindingsProvider}
    DEFAULT_CSS = """
    ListDialog { align: center middle; }
    ListDialog #dialog { width: 90%; border: round $primary; background: $surface; padding: 0 1; }
    ListDialog #title { height: 1; text-style: bold; }
    ListDialog OptionList { height: 1fr; border: none; }
    ListDialog #hint { height: auto; color: $text-muted; }
    """
