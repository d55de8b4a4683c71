"""The reading room's footer: Textual's, rebuilt only when the keys it shows change.

Textual rebuilds every key widget of the footer whenever the bindings may have changed, which
includes every focus change; moving between the two panes changes no key, yet that rebuild
was most of the time tab and enter took (the benchmark's pane switch and jump).
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    _shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple((key, binding.description, binding.key_display, enabled)
                      for key, (_, binding, enabled, _) in screen.active_bindings.items() if binding.show)
        if shown == self._shown and self._bindings_ready:
            return
        self._shown = shown
        super().bindings_changed(screen)
