"""Seeing the links at a glance: a column beside each pane's scrollbar that maps the whole
article (strong links, ◌ passages, weak links, and where the view is), and the ribbon in the
divider that joins the cursor's passage to its counterpart on screen.

Both only draw what `overview_map` computes; they repaint when the pane's paint, layout or
scroll position changes, and cost a pass over the visible passages at most.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.reactive import var
from textual.strip import Strip
from textual.widget import Widget

from reader.tui.overview_map import NONE, ONLY, STRONG, WEAK, overview_cells, ribbon, viewport_cells
from reader.tui.pane import ArticlePane
from reader.tui.style_cache import StyleCache
from reader.tui.timing import timed

SYMBOLS = {STRONG: "┃", ONLY: "◌", WEAK: "│", NONE: " "}


class LinkOverview(Widget):
    """The whole article of `pane` in one column; a click scrolls the pane there."""

    COMPONENT_CLASSES = {"overview--strong", "overview--weak", "overview--only", "overview--view"}
    DEFAULT_CSS = """
    LinkOverview { width: 1; height: 1fr; background: $background; }
    LinkOverview > .overview--strong { color: $cp-gutter-strong; }
    LinkOverview > .overview--weak { color: $cp-gutter-weak; }
    LinkOverview > .overview--only { color: $cp-unmatched; }
    LinkOverview > .overview--view { background: $panel-lighten-1; }
    """

    def __init__(self, pane: ArticlePane, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.pane = pane
        self._cells: list[str] | None = None
        self._drawn_from: tuple = ()  # the layout, marks and ◌ set `_cells` was computed from
        self._styles = StyleCache(self)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        return self._styles.get(name)

    def on_mount(self) -> None:
        self.watch(self.pane, "paint", lambda: self.refresh(), init=False)  # `cells` sees what changed
        self.watch(self.pane, "virtual_size", self._changed, init=False)
        self.watch(self.pane, "scroll_y", lambda: self.refresh(), init=False)

    def _changed(self) -> None:
        self._cells = None
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._changed()

    def cells(self) -> list[str]:
        """The column's cells, computed again only when the pane's layout, its marks or its ◌
        set is another object (a cursor move repaints the pane but changes none of them: the
        pane keeps its layouts, the screen its marks)."""
        layout = self.pane.wrapped
        paint = self.pane.paint
        source = (layout, paint.marks, paint.unmatched)
        if (self._cells is None or len(self._cells) != self.size.height
                or any(a is not b for a, b in zip(source, self._drawn_from))):
            self._drawn_from = source
            if layout is None:
                self._cells = [NONE] * self.size.height
            else:
                self._cells = overview_cells(layout.first_row, len(layout), self.size.height,
                                             paint.marks, paint.unmatched)
        return self._cells

    def render_line(self, y: int) -> Strip:
        cells = self.cells()
        base = self._styles.base()
        if y >= len(cells):
            return Strip.blank(self.size.width, base)
        layout = self.pane.wrapped
        total = len(layout) if layout is not None else 0
        view = viewport_cells(int(self.pane.scroll_offset.y), self.pane.scrollable_content_region.height,
                              total, len(cells))
        style = base + self._style("overview--view") if y in view else base
        kind = cells[y]
        if kind:
            style += self._style(f"overview--{kind}")
        return Strip([Segment(SYMBOLS[kind], style)], 1)

    def on_click(self, event: events.Click) -> None:
        timed(self, "overview")
        layout = self.pane.wrapped
        if layout is None or not self.size.height:
            return
        row = int(event.y * len(layout) / self.size.height)
        height = self.pane.scrollable_content_region.height
        self.pane.scroll_to(y=max(0, row - height // 2), animate=False, immediate=True)


class Ribbon(Widget):
    """The divider between side-by-side panes, joining the cursor's passage to the counterpart
    shown for it with box-drawing lines; an arrow when one of them is off screen."""

    spans: var[tuple] = var((None, None))  # (left rows, right rows) on screen: (first, last) or None

    COMPONENT_CLASSES = {"ribbon--link", "ribbon--rule"}
    DEFAULT_CSS = """
    Ribbon { width: 3; height: 1fr; margin-top: 2; background: $background; }
    Ribbon > .ribbon--link { color: $cp-gutter-strong; text-style: bold; }
    Ribbon > .ribbon--rule { color: $panel-lighten-2; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._styles = StyleCache(self)
        self._rows: tuple[tuple, list[str]] = ((), [])  # (spans, height) -> the rows drawn for them

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def watch_spans(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        key = (self.spans, self.size.height)
        if self._rows[0] != key:  # the rows for every line at once: compute them once, not per line
            self._rows = (key, ribbon(self.spans[0], self.spans[1], self.size.height))
        rows = self._rows[1]
        base = self._styles.base()
        if y >= len(rows):
            return Strip.blank(3, base)
        row = rows[y]
        if row == "   ":
            return Strip([Segment(" ", base), Segment("│", base + self._styles.get("ribbon--rule")),
                          Segment(" ", base)], 3)
        return Strip([Segment(row, base + self._styles.get("ribbon--link"))], 3)
