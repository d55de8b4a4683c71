"""The reading room's one-line text field: Textual's Input, drawn so that what it holds never
reaches the terminal as a control.

Input draws its value as it is: a path completed from a file name with an escape sequence in
it, or a note pasted from a hostile page, would send ESC, C1 bytes or bidi controls to the
terminal. `TextField` keeps the value exactly (a completed path still opens its file) and draws
each such character as one visible cell (`sanitize.pictured`: ESC as ␛), the cursor placed
and a click told by the same cells; a suggestion holding one is not offered.
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text
from textual.expand_tabs import expand_tabs_inline
from textual.suggester import SuggestionReady
from textual.widgets import Input

from reader.corpus.sanitize import pictured


class TextField(Input):
    """An Input that draws control characters as visible symbols (see the module docstring)."""

    @property
    def _value(self) -> Text:
        return Text(pictured(self.value), no_wrap=True, overflow="ignore", end="")

    def _position_to_cell(self, position: int) -> int:
        return cell_len(expand_tabs_inline(pictured(self.value[:position]), 4))

    def _cell_offset_to_index(self, offset: int) -> int:
        """The character drawn at cell `offset` (a click), counted in the cells drawn."""
        offset += self.scroll_offset.x
        at = 0
        for index, char in enumerate(pictured(self.value)):  # one character for one, as drawn
            width = get_character_cell_size(char)
            if at <= offset < at + width:
                return index
            at += width
        return max(0, min(offset, len(self.value)))

    async def _on_suggestion_ready(self, event: SuggestionReady) -> None:
        if pictured(event.suggestion) == event.suggestion:
            await super()._on_suggestion_ready(event)
