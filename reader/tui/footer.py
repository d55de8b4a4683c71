"""The reading room's footer: Textual's, rebuilt only when the keys it shows change.

Textual rebuilds every key widget of the footer whenever the bindings may have changed, which
includes every focus change; moving between the two panes changes no key, yet that rebuild
was most of the time tab and enter took (the benchmark's pane switch and jump).

The command palette's key is docked at the right end. In a compact footer every key keeps a
column of margin after it as a separator, and on the docked key that column is left unpainted,
so the last column showed a letter of whichever key scrolled beneath it ("^p palettec" at 80
columns); the docked key keeps no margin.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    DEFAULT_CSS = """
    SteadyFooter FooterKey.-command-palette { margin-right: 0; }
    """
    _shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple((key, binding.description, binding.key_display, enabled)
                      for key, (_, binding, enabled, _) in screen.active_bindings.items() if binding.show)
        if shown == self._shown and self._bindings_ready:
            return
        self._shown = shown
        super().bindings_changed(screen)
