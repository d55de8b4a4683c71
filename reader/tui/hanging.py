"""A list entry whose wrapped lines hang under its text, clear of a short lead column.

The picker's rows start with the pane marks ("A", "AB") in a column of their own; a long title
that wrapped to the list's left edge ran under those marks and read as another entry.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """`lead` in the first `indent` cells of the first line; `body` wrapped in the rest of the
    width, every line of it starting after the lead column."""

    def __init__(self, lead: Content, body: Content, indent: int) -> None:
        self.lead = lead
        self.body = body
        self.indent = indent

    def __str__(self) -> str:
        """The plain text, as a person reads it: the lead, then the body, each line indented."""
        first, *rest = self.body.plain.split("\n")
        return "\n".join([f"{self.lead.plain:<{self.indent}}{first}", *(" " * self.indent + line for line in rest)])

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.indent + self.body.get_optimal_width(rules, max(1, container_width - self.indent))

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.body.get_height(rules, max(1, width - self.indent))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        body_width = max(1, width - self.indent)
        lines = self.body.render_strips(body_width, height, style, options)
        rich_style = style.rich_style
        lead = Strip(self.lead.render_segments(style)).crop(0, self.indent).extend_cell_length(self.indent, rich_style)
        blank = Strip.blank(self.indent, rich_style)
        return [Strip.join([lead if n == 0 else blank, line.extend_cell_length(body_width, rich_style)])
                for n, line in enumerate(lines)]
