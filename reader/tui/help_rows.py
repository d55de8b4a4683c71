"""The help screen's rows: a key column, a description that wraps under itself, the binding id.

Padding each field to a fixed number of characters ran a long description into its id ("…web
page open.path") and let wrapped lines start again at the left edge, under the keys. Here the
columns are fitted to the width the screen has: the key column is as wide as the widest key,
the id column as the longest id, and the description takes the rest, its wrapped lines
hanging under its first. When the description would be left too narrow, the id moves to a
line of its own under the description.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

GAP = 2  # cells between columns: one space reads as part of the text beside it
MIN_TEXT = 24  # narrowest description column that keeps the id beside it (else the id goes under)
KEY_MAX = 16  # a key column wider than this (a long remapped chord) is cut, with an ellipsis


@dataclass(frozen=True)
class Row:
    """One entry: `lead` (a key or a mark) right-aligned in the key column, `text` beside it,
    `note` (a binding id) in the last column. A heading's text takes the whole width."""

    lead: Content
    text: Content
    note: Content | None = None
    heading: bool = False


def heading(title: str) -> Row:
    return Row(Content(""), Content.styled(title, "bold"), heading=True)


class KeyRows(Visual):
    """Rows laid out in columns for the width they are drawn at (see the module docstring)."""

    def __init__(self, rows: list[Row | None], *, lead_width: int | None = None) -> None:
        """`None` in `rows` is a blank line. `lead_width`: the key column's width (default:
        the widest lead, at most KEY_MAX)."""
        self.rows = rows
        leads = [r.lead.cell_length for r in rows if r is not None]
        self.lead_width = min(KEY_MAX, max(leads, default=0)) if lead_width is None else lead_width
        self.note_width = max((r.note.cell_length for r in rows if r is not None and r.note is not None), default=0)
        self._lines: dict[int, list[Content]] = {}

    def __str__(self) -> str:
        """The plain text, each row on one line (as the widest screen shows it)."""
        return "\n".join(line.plain.rstrip() for line in self.lines(10_000))

    def lines(self, width: int) -> list[Content]:
        """The rows as lines of at most `width` cells."""
        if width not in self._lines:
            self._lines[width] = [line for row in self.rows for line in self._row(row, max(1, width))]
        return self._lines[width]

    def _row(self, row: Row | None, width: int) -> list[Content]:
        if row is None:
            return [Content("")]
        if row.heading:
            return row.text.wrap(width)
        indent = min(self.lead_width + GAP, max(0, width - 1))
        lead = row.lead.truncate(self.lead_width, ellipsis=True)
        lead = lead.pad_left(self.lead_width - lead.cell_length).pad_right(indent - self.lead_width)
        beside = row.note is not None and width - indent - GAP - self.note_width >= MIN_TEXT
        text_width = width - indent - (GAP + self.note_width if beside else 0)
        texts = row.text.wrap(max(1, text_width)) or [Content("")]
        margin = Content(" " * indent)
        lines = [Content.assemble(lead if n == 0 else margin, text) for n, text in enumerate(texts)]
        if row.note is not None:
            if beside:
                lines[0] = Content.assemble(lines[0].pad_right(indent + text_width - lines[0].cell_length),
                                            " " * GAP, row.note)
            else:
                lines.extend(Content.assemble(margin, note) for note in row.note.wrap(max(1, width - indent)))
        return lines

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((line.cell_length for line in self.lines(container_width)), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        rich_style = style.rich_style
        return [Strip(line.render_segments(style)).extend_cell_length(width, rich_style).crop(0, width)
                for line in self.lines(width)][:height]
