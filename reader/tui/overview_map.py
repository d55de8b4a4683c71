"""The whole article in a column of cells: where its linked and ◌ passages lie. No Textual.

Each of the column's `height` cells stands for an equal slice of the pane's rows; a cell says
what the passages starting in its slice are, strongest news first: a strong link, a ◌ passage
(the other side is silent there), a weak link, or nothing of either (headings, boilerplate).
"""

from __future__ import annotations

from typing import Mapping, Sequence

STRONG, ONLY, WEAK, NONE = "strong", "only", "weak", ""
RANK = {STRONG: 3, ONLY: 2, WEAK: 1, NONE: 0}


def overview_cells(first_rows: Mapping[int, int], total_rows: int, height: int,
                   marks: Mapping[int, str], unmatched: Sequence[int] | frozenset[int]) -> list[str]:
    """One entry per cell of a column `height` tall over `total_rows` rows: the most telling
    kind of passage whose first row falls in the cell's slice."""
    cells = [NONE] * max(0, height)
    if height <= 0 or total_rows <= 0:
        return cells
    scale = height / total_rows
    for index, row in first_rows.items():
        kind = ONLY if index in unmatched else marks.get(index, NONE)
        if kind:
            cell = min(height - 1, int(row * scale))
            if RANK[kind] > RANK[cells[cell]]:
                cells[cell] = kind
    return cells


def viewport_cells(top: int, visible_rows: int, total_rows: int, height: int) -> range:
    """The cells standing for the rows now on screen (at least one)."""
    if total_rows <= 0 or height <= 0:
        return range(0)
    first = min(height - 1, int(top * height / total_rows))
    last = min(height - 1, int((top + max(1, visible_rows) - 1) * height / total_rows))
    return range(first, last + 1)


def ribbon(left: tuple[int, int] | None, right: tuple[int, int] | None, height: int) -> list[str]:
    """Three box-drawing characters per row joining the rows `left` (first, last) in the left
    pane to the rows `right` in the right pane, meld's ribbon drawn with lines. A side whose
    passage is off screen is None; then an arrow on the other side points at where it is not
    (the caller passes the direction as a span outside 0..height-1)."""
    rows = [[" ", " ", " "] for _ in range(max(0, height))]
    if height <= 0:
        return ["".join(r) for r in rows]

    def clip(span):
        return None if span is None or span[1] < 0 or span[0] >= height else (max(0, span[0]), min(height - 1, span[1]))

    shown_l, shown_r = clip(left), clip(right)
    for column, span, shown in ((0, left, shown_l), (2, right, shown_r)):
        if shown is not None:
            for y in range(shown[0], shown[1] + 1):
                rows[y][column] = "┃"
        elif span is not None:  # off screen: point toward it
            y, arrow = (0, "▲") if span[1] < 0 else (height - 1, "▼")
            rows[y][column] = arrow
    if shown_l is not None and shown_r is not None:
        lm, rm = (shown_l[0] + shown_l[1]) // 2, (shown_r[0] + shown_r[1]) // 2
        rows[lm][0], rows[rm][2] = "┣", "┫"
        if lm == rm:
            rows[lm][1] = "━"
        else:
            down = rm > lm
            rows[lm][1] = "┓" if down else "┛"
            rows[rm][1] = "┗" if down else "┏"
            for y in range(min(lm, rm) + 1, max(lm, rm)):
                rows[y][1] = "┃"
    return ["".join(r) for r in rows]
