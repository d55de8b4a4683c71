"""The styles a line-drawn widget paints with, read once per style update.

`Widget.rich_style` walks every ancestor each time it is read, and a theme change (or any
other style update) redraws every line of every widget: a widget that reads it per line pays
that walk hundreds of times where once would do. The widget clears its cache in
`notify_style_update`, which Textual calls on it whenever its own or an ancestor's styles
change (the same moment Textual drops its own component-style cache).
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


class StyleCache:
    """A widget's styles, kept until its next style update (the widget clears it then)."""

    def __init__(self, widget: Widget) -> None:
        self.widget = widget
        self._styles: dict[str, Style] = {}

    def clear(self) -> None:
        self._styles.clear()

    def base(self) -> Style:
        """The widget's own style (`rich_style`)."""
        if "" not in self._styles:
            self._styles[""] = self.widget.rich_style
        return self._styles[""]

    def get(self, name: str) -> Style:
        """A component class's style, partial (to add to the base)."""
        if name not in self._styles:
            self._styles[name] = self.widget.get_component_rich_style(name, partial=True)
        return self._styles[name]
