"""The reading room's one-line text field: Textual's Input, drawn so that what it holds never
reaches the terminal as a control.

Input draws its value as it is: a path completed from a file name with an escape sequence in
it, or a note pasted from a hostile page, would send ESC, C1 bytes or bidi controls to the
terminal. `TextField` keeps the value exactly (a completed path still opens its file) and draws
each such character as one visible cell (`sanitize.pictured`: ESC as ␛), the cursor placed
and a click told by the same cells; a suggestion holding one is not offered.

Textual inserts a typed letter as soon as the field gets it, but runs the field's own keys
(backspace, the arrows) only once the key has bubbled up to the app, a hop per widget: a
letter typed right after backspace (two keys read together) went in first and backspace then
deleted it ("ab", backspace, "c" gave "ab"; Textual issue #6605). The field runs its own keys
as it gets them, as the app would run them (the focused widget is the first its bindings ask).
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text
from textual import events
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

    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable and await self._run_own_key(event.key):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    async def _run_own_key(self, key: str) -> bool:
        """Run the field's own (not priority) binding of `key`, keymap applied, as the app would
        once the key reached it; False when the field has none that runs."""
        chain = self.screen._modal_binding_chain
        if not chain or chain[0][0] is not self:
            return False
        for binding in chain[0][1].key_to_bindings.get(key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                return True
        return False

    async def _on_suggestion_ready(self, event: SuggestionReady) -> None:
        if pictured(event.suggestion) == event.suggestion:
            await super()._on_suggestion_ready(event)
