"""The reading room's footer: Textual's, rebuilt only when the keys it shows change.

Textual rebuilds every key widget of the footer whenever the bindings may have changed, which
includes every focus change; moving between the two panes changes no key, yet that rebuild
was most of the time tab and enter took (the benchmark's pane switch and jump).

The command palette's key is docked at the right end. In a compact footer every key keeps a
column of margin after it as a separator, and on the docked key that column is left unpainted,
so the last column showed a letter of whichever key scrolled beneath it ("^p palettec" at 80
columns); the docked key keeps no margin.

Keys that do not fit beside the docked palette key were cut where the line ended ("u▏" at 80
columns, its description gone): the footer shows whole keys only, as many as fit in order (help
and the palette list them all). What fits is worked out as the keys are made, from the width
each takes (`key_width`: Textual's footer CSS, compact or not), so no frame shows a cut key.
The keys left out are posted (`KeysHidden`), for a screen with few keys to name them elsewhere
(the claim map, on the line over its detail).

Textual's keymap re-adds a remapped binding after every other key of its screen, so a binding
moved to new keys in config.toml's [keys] went to the footer's end, past its right edge, and
showed only the first of its keys. Each key goes back to its place among its screen's bindings
and shows every key that runs it.

A screen may leave out keys that have nothing to act on now (`footer_leaves_out`: the reading
room's link keys while its pair has no links). Only the footer leaves them out: Textual's
`check_action` would stop the key too, and a key pressed with nothing to act on says why.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.tui.keys import key_label, keymap_of

COMPACT_UP_TO = 100  # columns up to which a screen's footer packs its keys tighter


def key_width(key_display: str, description: str, compact: bool) -> int:
    """Columns a footer key takes with the margin after it, as Textual's footer CSS lays it out:
    compact, the key, a space and the description, then a column of margin; otherwise a space
    either side of the key and one after the description, no margin."""
    if compact:
        return cell_len(key_display) + (1 + cell_len(description) if description else 0) + 1
    return cell_len(key_display) + 2 + (cell_len(description) + 1 if description else 0)


def palette_width(key_display: str, description: str, compact: bool) -> int:
    """Columns of the docked palette key: a border column, the key packed as a compact key is
    (it keeps no margin), and a column of padding when the footer is not compact."""
    return 1 + cell_len(key_display) + 1 + cell_len(description) + (0 if compact else 1)


class SteadyFooter(Footer):
    DEFAULT_CSS = """
    SteadyFooter FooterKey.-command-palette { margin-right: 0; }
    """
    _shown: tuple | None = None
    _fitted: tuple | None = None  # (width, compact) the last compose fitted its keys to
    _hidden: tuple | None = None  # the keys the last compose left out, as posted

    class KeysHidden(Message):
        """The keys the footer has no room for, as (keys shown, description), in order."""

        def __init__(self, keys: tuple[tuple[str, str], ...]) -> None:
            super().__init__()
            self.keys = keys

    def __init__(self, compact_up_to: int | None = None) -> None:
        """`compact_up_to`: the footer packs its keys tighter up to this many columns."""
        super().__init__()
        self._compact_up_to = compact_up_to

    def _compact_now(self) -> bool:
        return self.compact if self._compact_up_to is None else self.app.size.width <= self._compact_up_to

    def on_resize(self) -> None:
        """Another width (or density) fits other keys: make them again."""
        if self._fitted is not None and self._fitted != (self.app.size.width, self._compact_now()):
            self.refresh(recompose=True)

    def bindings_changed(self, screen: Screen) -> None:
        left_out = _left_out(screen)
        shown = tuple((key, binding.description, binding.key_display, enabled)
                      for key, (_, binding, enabled, _) in screen.active_bindings.items()
                      if binding.show and binding.id not in left_out)
        if shown == self._shown and self._bindings_ready:
            return
        self._shown = shown
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        left_out = _left_out(self.screen)
        shown: dict[str, tuple[DOMNode, Binding]] = {}
        for node, binding, _, _ in self.screen.active_bindings.values():
            if binding.show:
                shown.setdefault(binding.action, (node, binding))  # the binding Textual's key shows
        widgets = [w for w in super().compose()
                   if not (isinstance(w, FooterKey) and w.action in shown and shown[w.action][1].id in left_out)]
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
        self._fit(widgets)
        yield from widgets

    def _fit(self, widgets: list) -> None:
        """Hide every key from the first that would not fit before the palette key."""
        self.compact = compact = self._compact_now()
        room = self.app.size.width - sum(palette_width(w.key_display, w.description, compact) for w in widgets
                                         if isinstance(w, FooterKey) and w.has_class("-command-palette"))
        used = 0
        hidden = []
        for widget in widgets:
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                used += key_width(widget.key_display, widget.description, compact)
                widget.display = used <= room
                if not widget.display:
                    hidden.append((widget.key_display, widget.description))
        self._fitted = (self.app.size.width, compact)
        if tuple(hidden) != self._hidden:
            self._hidden = tuple(hidden)
            self.post_message(self.KeysHidden(self._hidden))


def _left_out(screen: Screen) -> frozenset[str]:
    """The ids of the keys `screen` has nothing for now (see the module docstring)."""
    leaves_out = getattr(screen, "footer_leaves_out", None)
    return leaves_out() if leaves_out is not None else frozenset()


def _declared(node: DOMNode, binding: Binding) -> int | None:
    """Where `binding` stands in its node's BINDINGS (by id: the keymap changes its keys), or
    None for one without an id, which keeps the place Textual gives it."""
    ids = [b.id for b in node.BINDINGS if isinstance(b, Binding)]
    return ids.index(binding.id) if binding.id and binding.id in ids else None
