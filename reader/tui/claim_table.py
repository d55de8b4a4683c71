"""The claim map's grid: claims as rows, articles (or folded sides) as columns, drawn with the
line API so a map of a few thousand claims by a few hundred articles costs only the cells on
screen.

The claim number and label stay at the left while the article columns scroll horizontally;
the two header lines (side groups, then column numbers) stay at the top while the rows scroll.
What each cell says comes from reader.tui.claim_grid; text is drawn as segments, never parsed
as markup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.claims import Claim, ClaimMap
from reader.tui.claim_grid import (NUMBER_WIDTH, RELATED, SIDES_WIDTH, TOLD, Column, cell, group_headers,
                                   sides_cell)

HEADER_ROWS = 2


def fit(text: str, width: int) -> str:
    """`text` in exactly `width` cells, cut with … when longer."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


class ClaimTable(ScrollView, can_focus=True, inherit_bindings=False):
    """The grid. `cursor` is (row, column): column 0 is the label, 1.. the article or side
    columns. It has no keys of its own: the screen's bindings (with ids) move the cursor."""

    COMPONENT_CLASSES = {"grid--header", "grid--group-0", "grid--group-1", "grid--told", "grid--related",
                         "grid--silent", "grid--cursor", "grid--cursor-row", "grid--muted"}
    DEFAULT_CSS = """
    ClaimTable { height: 1fr; background: $surface; }
    ClaimTable > .grid--header { text-style: bold; }
    ClaimTable > .grid--group-0 { color: $text-accent; text-style: bold; }
    ClaimTable > .grid--group-1 { color: $text-primary; text-style: bold; }
    ClaimTable > .grid--told { color: $text-success; text-style: bold; }
    ClaimTable > .grid--related { color: $cp-related; text-style: bold; }
    ClaimTable > .grid--silent { color: $text-muted; }
    ClaimTable > .grid--muted { color: $text-muted; }
    ClaimTable > .grid--cursor-row { background: $boost; }
    ClaimTable:focus > .grid--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
                                       text-style: bold; }
    ClaimTable > .grid--cursor { background: $block-cursor-blurred-background; }
    """

    class Moved(Message):
        """The cursor moved (or the grid was refilled)."""

    class Chosen(Message):
        """A cell was double-clicked: open it, as the compare key does."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claim_map: ClaimMap | None = None
        self.claims: list[Claim] = []
        self.columns: list[Column] = []
        self.starts: list[int] = []  # each column's x in the scrolling part
        self.ends: list[int] = []  # and where it ends
        self.label_width = 24
        self.cursor = (0, 1)
        self._styles: dict[str, Style] = {}

    # -- data ------------------------------------------------------------------------------

    def show(self, claim_map: ClaimMap, claims: list[Claim], columns: list[Column], label_width: int,
             cursor: tuple[int, int]) -> None:
        self.claim_map, self.claims, self.columns = claim_map, claims, columns
        self.label_width = label_width
        self.starts, self.ends, x = [], [], 0
        for column in columns:
            self.starts.append(x)
            x += column.width
            self.ends.append(x)
        self.virtual_size = Size(self.fixed_width + x + SIDES_WIDTH, len(claims) + HEADER_ROWS)
        self.cursor = (-1, -1)  # so move_to always tells
        self.move_to(*cursor)
        self.refresh()

    @property
    def fixed_width(self) -> int:
        return NUMBER_WIDTH + self.label_width

    @property
    def claim(self) -> Claim | None:
        return self.claims[self.cursor[0]] if self.claims else None

    @property
    def column(self) -> Column | None:
        """The cursor's column (None: the label)."""
        return self.columns[self.cursor[1] - 1] if self.cursor[1] > 0 else None

    # -- the cursor --------------------------------------------------------------------------

    def move_to(self, row: int, column: int) -> None:
        row = max(0, min(row, len(self.claims) - 1))
        column = max(0, min(column, len(self.columns)))
        old = self.cursor
        if (row, column) == old:
            return
        self.cursor = (row, column)
        before = self.scroll_offset
        self._keep_in_view()
        if self.scroll_offset == before and old[0] >= 0:  # repaint the two rows, not the grid
            self.refresh_line(HEADER_ROWS + old[0])
            self.refresh_line(HEADER_ROWS + row)
        else:
            self.refresh()
        self.post_message(self.Moved())

    def move(self, rows: int, columns: int) -> None:
        self.move_to(self.cursor[0] + rows, self.cursor[1] + columns)

    @property
    def page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - HEADER_ROWS)

    @property
    def _room(self) -> int:
        """The width the scrolling columns have, beside the fixed number and label."""
        return self.scrollable_content_region.width - self.fixed_width

    def _keep_in_view(self) -> None:
        row, column = self.cursor
        x, y = self.scroll_offset
        rows = self.page_rows
        if row < y:
            y = row
        elif row >= y + rows:
            y = row - rows + 1
        if column > 0:
            room = max(1, self._room)
            left = self.starts[column - 1]
            right = left + self.columns[column - 1].width
            if column == len(self.columns) and right + SIDES_WIDTH - left <= room:
                right += SIDES_WIDTH  # the last column brings the sides count in beside it
            if left < x:
                x = left
            elif right > x + room:  # to the first column start that brings it in: none is cut
                x = self.starts[min(bisect_left(self.starts, right - room), column - 1)]
        self.scroll_to(x=x, y=y, animate=False, immediate=True)

    def on_resize(self) -> None:
        if self.claims:
            self._keep_in_view()

    def on_click(self, event: events.Click) -> None:
        row = event.y - HEADER_ROWS + int(self.scroll_offset.y)
        if event.y < HEADER_ROWS or not 0 <= row < len(self.claims):
            return
        if event.x < self.fixed_width:
            column = 0
        else:
            x = event.x - self.fixed_width + int(self.scroll_offset.x)
            column = bisect_right(self.starts, x)
            if column == 0 or x >= self.starts[-1] + self.columns[-1].width:
                return  # the sides column
        self.move_to(row, column)
        if event.chain == 2:
            self.post_message(self.Chosen())

    # -- drawing -----------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}

    def _style(self, names: str) -> Style:
        """The widget's style with the named component styles over it ("told cursor"), cached."""
        if names not in self._styles:
            style = self.rich_style
            for name in names.split():
                style += self.get_component_rich_style(f"grid--{name}", partial=True)
            self._styles[names] = style
        return self._styles[names]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self.claim_map is None:
            return Strip.blank(width, self._style(""))
        if y < HEADER_ROWS:
            fixed, cells = self._header(y)
            row_style = "header"
        else:
            row = y - HEADER_ROWS + int(self.scroll_offset.y)
            if row >= len(self.claims):
                return Strip.blank(width, self._style(""))
            row_style = "cursor-row" if row == self.cursor[0] else ""
            fixed, cells = self._row(row)
        return self._assemble(fixed, cells, row_style, width)

    def _visible(self) -> range:
        """The columns (indexes) wholly on screen at the current horizontal scroll: a column
        cut at an edge is left blank, since a cut number misleads ("14" cut to "4"). Where not
        even one column fits, the first that reaches the screen, cut."""
        x = int(self.scroll_offset.x)
        room = self._room
        first = bisect_left(self.starts, x)
        last = bisect_right(self.ends, x + room)
        if last <= first:
            first = max(0, bisect_right(self.starts, x) - 1)
            last = min(first + 1, len(self.columns))
        return range(first, last)

    def _header(self, y: int) -> tuple[list[tuple[str, str]], list[tuple[int, int, str, str]]]:
        fixed = [(" " * NUMBER_WIDTH, ""), (" " * self.label_width, "")] if y == 0 else \
            [(f"{'#':>{NUMBER_WIDTH - 1}} ", ""), (fit(" claim", self.label_width), "")]
        cells = []
        shown = self._visible()
        if y == 0 and shown:  # one cell per side over its columns on screen, named even if the scroll cut it
            first = shown.start
            cut = first > 0 and self.columns[first - 1].group == self.columns[first].group
            for n, text in group_headers(self.columns[first : shown.stop], continued=cut):
                column = self.columns[first + n]
                cells.append((self.starts[first + n], cell_len(text), text, f"group-{column.group % 2}"))
        for n in shown if y else ():
            column = self.columns[n]
            text = str(column.number) if column.article is not None else \
                f"{len(self.claim_map.sides[column.side])} art."
            cells.append((self.starts[n], column.width, text.center(column.width), ""))
        self._add_sides(cells, "" if y == 0 else "sides", "")
        return fixed, cells

    def _row(self, row: int) -> tuple[list[tuple[str, str]], list[tuple[int, int, str, str]]]:
        claim = self.claims[row]
        on_row = row == self.cursor[0]
        fixed = [(f"{claim.id:>{NUMBER_WIDTH - 1}} ", "muted"),
                 (" " + fit(claim.label, self.label_width - 1), "cursor" if on_row and self.cursor[1] == 0 else "")]
        cells = []
        for n in self._visible():
            column = self.columns[n]
            text, state = cell(self.claim_map, claim, column)
            style = {TOLD: "told", RELATED: "related"}.get(state, "silent")
            if on_row and self.cursor[1] == n + 1:
                style += " cursor"
            cells.append((self.starts[n], column.width, text.center(column.width), style))
        self._add_sides(cells, sides_cell(self.claim_map, claim), "")
        return fixed, cells

    def _add_sides(self, cells: list, text: str, style: str) -> None:
        """The sides column after the last one, when it is wholly on screen: like a column cut
        at the edge, a cut count is left blank ("2/" of "2/3" misleads)."""
        x = self.ends[-1] if self.columns else 0
        scrolled = int(self.scroll_offset.x)
        if not self.columns or scrolled <= x and x + SIDES_WIDTH <= scrolled + self._room:
            cells.append((x, SIDES_WIDTH, text.center(SIDES_WIDTH), style))

    def _assemble(self, fixed: list[tuple[str, str]], cells: list[tuple[int, int, str, str]], row_style: str,
                  width: int) -> Strip:
        """The fixed cells, then the scrolling ones cropped to the horizontal scroll."""
        segments = [Segment(text, self._style(f"{row_style} {style}")) for text, style in fixed]
        scrolled: list[Segment] = []
        x = int(self.scroll_offset.x)
        start = min(x, cells[0][0]) if cells else x
        at = start
        for left, cell_width, text, style in cells:
            if left > at:
                scrolled.append(Segment(" " * (left - at), self._style(row_style)))
            scrolled.append(Segment(set_cell_size(text, cell_width), self._style(f"{row_style} {style}")))
            at = left + cell_width
        room = max(0, width - self.fixed_width)
        part = Strip(scrolled).crop(x - start, x - start + room) if scrolled else Strip([])
        return Strip(segments + list(part), None).extend_cell_length(width, self._style(row_style)).crop(0, width)
