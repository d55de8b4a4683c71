"""The reading room's footer: Textual's, rebuilt only when the keys it shows change.

Textual rebuilds every key widget of the footer whenever the bindings may have changed, which
includes every focus change; moving between the two panes changes no key, yet that rebuild
was most of the time tab and enter took (the benchmark's pane switch and jump).

The command palette's key is docked at the right end. In a compact footer every key keeps a
column of margin after it as a separator, and on the docked key that column is left unpainted,
so the last column showed a letter of whichever key scrolled beneath it ("^p palettec" at 80
columns); the docked key keeps no margin.

Textual's keymap re-adds a remapped binding after every other key of its screen, so a binding
moved to new keys in config.toml's [keys] went to the footer's end, past its right edge, and
showed only the first of its keys. Each key goes back to its place among its screen's bindings
and shows every key that runs it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.tui.keys import key_label, keymap_of


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

    def compose(self) -> ComposeResult:
        widgets = list(super().compose())
        shown: dict[str, tuple[DOMNode, Binding]] = {}
        for node, binding, _, _ in self.screen.active_bindings.values():
            if binding.show:
                shown.setdefault(binding.action, (node, binding))  # the binding Textual's key shows
        keymap = keymap_of(self.app)
        slots: dict[DOMNode, list[int]] = {}  # where each node's keys stand in the footer
        for i, widget in enumerate(widgets):
            if isinstance(widget, FooterKey) and widget.action in shown:
                node, binding = shown[widget.action]
                if binding.id in keymap:
                    widget.key_display = key_label(self.app, binding)
                if _declared(node, binding) is not None:
                    slots.setdefault(node, []).append(i)
        for node, places in slots.items():
            ordered = sorted((widgets[i] for i in places), key=lambda w: _declared(node, shown[w.action][1]))
            for i, widget in zip(places, ordered):
                widgets[i] = widget
        yield from widgets


def _declared(node: DOMNode, binding: Binding) -> int | None:
    """Where `binding` stands in its node's BINDINGS (by id: the keymap changes its keys), or
    None for one without an id, which keeps the place Textual gives it."""
    ids = [b.id for b in node.BINDINGS if isinstance(b, Binding)]
    return ids.index(binding.id) if binding.id and binding.id in ids else None
