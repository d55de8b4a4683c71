"""Rich's boxed table, written row by row when the output has no colour (a pipe, a file).

`counterpoint align` on long articles makes tables of tens of thousands of rows. rich.Table
measures every cell, renders it through its segment machinery and holds the whole table before
the first line goes out: about 30 s and 700 MB for 24,000 links, ten times the alignment
itself. Without colour a cell is only its plain text, so the same table is laid out here with
rich's own pieces (its measurement rule, Text.wrap, the box characters) and each row is
written as soon as it is laid out. The result is byte for byte what console.print(Table(...))
writes (tests/cli/test_plaintable.py compares the two); anything this layout does not cover
(colour, a table wider than the console) returns None and the caller prints the rich.Table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

PADDING = 2  # rich.Table's default cell padding: one space either side


@dataclass(frozen=True)
class Column:
    header: str
    max_width: int | None = None  # as rich.Table's add_column(max_width=...)


def _measure(text: str) -> int:
    """The widest line of `text` in terminal cells (rich.Text's own measurement)."""
    from rich.cells import cell_len

    return max((len(line) if _narrow(line) else cell_len(line) for line in text.splitlines()), default=0)


def _narrow(text: str) -> bool:
    """Whether every character of `text` takes one cell, so that its width is its length:
    most article text, measured then without going through rich's cell table character by
    character."""
    return _one_cell().issuperset(text)


@cache
def _one_cell() -> frozenset[str]:
    """Printable Latin, Greek and Cyrillic letters and the general punctuation (’ “ ” — …),
    where rich's own cell table gives them one cell each."""
    from rich.cells import get_character_cell_size

    blocks = (range(0x20, 0x7F), range(0xA0, 0x300), range(0x370, 0x483), range(0x2010, 0x2028))
    return frozenset(chr(c) for block in blocks for c in block if get_character_cell_size(chr(c)) == 1)


def _widths(columns: Sequence[Column], rows: Sequence[tuple[Sequence[str], bool]]) -> list[int]:
    """Each column's width with its padding: the widest cell or header, capped at max_width."""
    widths = []
    for i, column in enumerate(columns):
        widest = max(_measure(column.header), max((_measure(cells[i]) for cells, _ in rows), default=0)) + PADDING
        if column.max_width is not None:
            widest = min(widest, column.max_width + PADDING)
        widths.append(widest or 1)
    return widths


_TRAILING_SPACE = re.compile(r"\s+$")


def _wrapped(text: str, width: int) -> list[str]:
    """`text` as rich.Text.wrap(width, justify="left", overflow="ellipsis") lays it out for a
    table cell: split at line breaks, each line cut between words by rich's own divide_line,
    a word longer than the cell cut short with …, every line padded to `width` cells."""
    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    out = []
    for line in text.split("\n"):
        narrow = _narrow(line)
        offsets = _divide_narrow(line, width) if narrow else divide_line(line, width, fold=False)
        for start, end in zip([0, *offsets], [*offsets, len(line)]):
            piece = line[start:end]
            if len(piece) > width and (space := _TRAILING_SPACE.search(piece)):
                piece = piece[: len(piece) - min(len(space[0]), len(piece) - width)]
            length = len(piece) if narrow else cell_len(piece)
            out.append(set_cell_size(piece, width - 1) + "…" if length > width else piece + " " * (width - length))
    return out


_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap's word: a word with the spaces either side


def _divide_narrow(line: str, width: int) -> list[int]:
    """rich._wrap.divide_line(line, width, fold=False) for a line of one-cell characters
    (see _narrow), with lengths for cell counts: the same breaks, without measuring each word
    through rich's cell table, which made the table slower than the alignment it shows. A
    copy of rich's rule: tests/cli/test_plaintable.py compares whole tables with rich's own,
    so a rich release that wraps otherwise fails there rather than drifting unseen."""
    if len(line) <= width:
        return []  # every word fits where it is
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # longer than a line: cropped on a line of its own
            if start:
                breaks.append(start)
            offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _cell(text: str, width: int) -> list[str]:
    """The lines of one cell with its padding, each `width` cells wide."""
    return [f" {line} " for line in _wrapped(text, width - PADDING)]


def _row(cells: Sequence[str], widths: list[int], edges: tuple[str, str, str], bottom: bool) -> Iterator[str]:
    laid = [_cell(text, width) for text, width in zip(cells, widths)]
    height = max(map(len, laid))
    blank = [" " * width for width in widths]
    # body cells sit at the top of a taller row, headers at its bottom, as rich.Table puts them
    laid = [([b] * (height - len(c)) + c) if bottom else (c + [b] * (height - len(c))) for c, b in zip(laid, blank)]
    left, right, divider = edges
    for n in range(height):
        yield left + divider.join(c[n] for c in laid) + right


def table_lines(console, columns: Sequence[Column], rows: Sequence[tuple[Sequence[str], bool]]) -> Iterator[str] | None:
    """The lines (without newlines) console.print would write for a Table of `columns` and
    `rows` ((cells, end_section), plain text), or None when this layout would not match it."""
    from rich import box

    from rich.control import strip_control_codes

    columns = [Column(strip_control_codes(c.header), c.max_width) for c in columns]
    rows = [([strip_control_codes(text) for text in cells], end) for cells, end in rows]  # as rich.Text does
    widths = _widths(columns, rows)
    tabs = any("\t" in text for text in [c.header for c in columns] + [t for cells, _ in rows for t in cells])
    if console.color_system is not None or tabs or min(widths) <= PADDING or sum(widths) + len(widths) + 1 > console.width:
        return None  # colour, tab stops, a cell too narrow for text, a table wider than the console
    shape = box.HEAVY_HEAD.substitute(console.options, safe=console.safe_box)

    def lines() -> Iterator[str]:
        yield shape.get_top(widths)
        yield from _row([c.header for c in columns], widths,
                        (shape.head_left, shape.head_right, shape.head_vertical), bottom=True)
        yield shape.get_row(widths, "head", edge=True)
        for n, (cells, end_section) in enumerate(rows):
            last = n == len(rows) - 1
            edges = (shape.foot_left, shape.foot_right, shape.foot_vertical) if last else \
                (shape.mid_left, shape.mid_right, shape.mid_vertical)
            yield from _row(cells, widths, edges, bottom=False)
            if end_section and not last:
                yield shape.get_row(widths, "row", edge=True)
        yield shape.get_bottom(widths)

    return lines()


def write_lines(console, lines: Iterator[str], batch: int = 2000) -> None:
    """`lines` on the console's file, a batch at a time, so memory holds a batch and not the table."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= batch:
            console.file.write("\n".join(chunk) + "\n")
            chunk.clear()
    if chunk:
        console.file.write("\n".join(chunk) + "\n")
