"""Wrapping an article's passages into screen rows, and the passage <-> row map.

A pane draws only the rows it can see, so the layout is plain data: one entry per row
(passage index and the span of its text on that row) plus, per passage, its first row and
row count, for scrolling to a passage and for hit-testing a click. No Textual here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate, chain, repeat
from typing import Any, Callable, Sequence

from rich.cells import cell_len

from reader.corpus import Article
from reader.corpus.composed import Composed
from reader.corpus.segment import table_rows
from reader.tui.paint import Paint

BLANK = -1  # passage index of the spacer row between passages
_SPACER = [(BLANK, 0, 0)]

def _flowed(text: str) -> str:
    """`text` with its line breaks drawn as spaces (the hard wrap of a copied page), but for
    those between two rows of a table as the corpus reads them (segment.table_rows: "| Orm | 37% |"
    as Markdown writes it, its separator row, "Orm | 37%" as a Word or OpenDocument table reads,
    cells between tabs), which stay breaks: one character for one."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    block, start = [], 0
    for line in lines:
        block.append((start, start + len(line)))
        start += len(line) + 1
    rows = table_rows(text, block)
    return "".join(line + ("" if n == len(lines) - 1 else "\n" if n in rows and n + 1 in rows else " ")
                   for n, line in enumerate(lines))


# Characters that certainly take one terminal cell each: the fast path for wrapping.
_NARROW = re.compile(r"[ -~\u00a0-\u02ff\u0370-\u052f\u2010-\u2027\u2030-\u205e]*")


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text` into spans of at most `width` cells.

    Returns (start, end) offsets into `text`; spaces at a break are dropped, a word longer
    than the width is cut, and a newline always breaks. An empty text gives one empty row.
    """
    width = max(1, width)
    rows: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _NARROW.fullmatch(line):
            _wrap_narrow(text, pos, end, width, rows)
        else:
            _wrap_cells(text, pos, end, width, rows)
        pos = end + 1
    return rows


def _wrap_narrow(text: str, pos: int, end: int, width: int, rows: list[tuple[int, int]]) -> None:
    """Wrap text[pos:end] where every character is one cell: jump a row at a time."""
    first = len(rows)
    while end - pos > width:
        brk = text.rfind(" ", pos, pos + width + 1)
        if brk <= pos:
            rows.append((pos, pos + width))
            pos += width
        else:
            cut = brk
            while cut > pos and text[cut - 1] == " ":
                cut -= 1
            rows.append((pos, cut))
            pos = brk + 1
        while pos < end and text[pos] == " ":
            pos += 1
    if pos < end or len(rows) == first:
        rows.append((pos, end))


_WORD = re.compile(r"[^ ]+")
# What Chinese and Japanese never set at the start of a line (kinsoku): full stops, commas,
# closing brackets and quotes, the prolonged sound mark and small kana. A run of ideographs,
# which has no spaces to break at, is cut before the character ahead of them instead.
_NO_ROW_START = frozenset("。、，．！？：；」』）〕】〉》”’・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"
                          "\uff09\uff3d\uff5d\uff0e\uff0c")


def _wrap_cells(text: str, pos: int, end: int, width: int, rows: list[tuple[int, int]]) -> None:
    """Wrap text[pos:end] word by word, measuring terminal cells (wide characters)."""
    first = len(rows)
    start = None  # start of the current row
    last = pos  # end of the last word placed on the current row
    used = 0
    for match in _WORD.finditer(text, pos, end):
        w_start, w_end = match.span()
        w_cells = cell_len(match.group())
        gap = w_start - last  # the spaces before this word, one cell each
        if start is not None and used + gap + w_cells <= width:
            used += gap + w_cells
            last = w_end
            continue
        if start is not None:
            rows.append((start, last))
        while w_cells > width:  # a word wider than the row: cut it by cells
            cut, cells = w_start, 0
            while cut < w_end and cells + cell_len(text[cut]) <= width:
                cells += cell_len(text[cut])
                cut += 1
            while w_start + 1 < cut < w_end and text[cut] in _NO_ROW_START:
                cut -= 1  # the character before a closing mark goes down with it
            cut = max(cut, w_start + 1)
            rows.append((w_start, cut))
            w_start = cut
            w_cells = cell_len(text[w_start:w_end])
        start, last, used = w_start, w_end, w_cells
    if start is not None:
        rows.append((start, last))
    if len(rows) == first:
        rows.append((pos, end))


def _rows_of(index: int, text: str, width: int) -> list[tuple[int, int, int]]:
    """Text `index`'s rows at `width`, each (index, start, end): what a layout joins."""
    return [(index, s, e) for s, e in wrap(text, width)]


@dataclass
class Layout:
    """The rows of one pane at one width."""

    width: int
    order: list[int]  # visible passage indices, in reading order
    rows: list[tuple[int, int, int]]  # (passage index or BLANK, start, end)
    first_row: dict[int, int] = field(default_factory=dict)
    row_count: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, texts: Sequence[str], width: int, visible: Sequence[int],
              groups: Sequence[int] | None = None, cache: dict[int, list[tuple[int, int, int]]] | None = None) -> Layout:
        """Rows for the `visible` texts; a blank row separates them, or, given `groups` (say,
        each sentence's paragraph), only texts of different groups. `cache` keeps each text's
        rows at this width, so showing another set of texts (a view) does not wrap again."""
        cache = {} if cache is None else cache
        for index in visible:
            if index not in cache:
                cache[index] = _rows_of(index, texts[index], width)
        blocks = [cache[index] for index in visible]
        counts = list(map(len, blocks))
        row_count = dict(zip(visible, counts))
        if groups is None:  # a blank row between every two texts: all at C speed
            rows = list(chain.from_iterable(chain.from_iterable(zip(repeat(_SPACER), blocks))))[1:]
            first_row = dict(zip(visible, accumulate((c + 1 for c in counts), initial=0)))
            return cls(width, list(visible), rows, first_row, row_count)
        rows = []
        first_row = {}
        previous = None
        for n, (index, block) in enumerate(zip(visible, blocks)):
            if n and groups[index] != groups[previous]:
                rows.append((BLANK, 0, 0))
            previous = index
            first_row[index] = len(rows)
            rows.extend(block)
        return cls(width, list(visible), rows, first_row, row_count)

    def __len__(self) -> int:
        return len(self.rows)

    def passage_at(self, row: int) -> int | None:
        """The passage drawn on a row; a spacer row belongs to the passage above it."""
        if not self.rows:
            return None
        row = min(max(row, 0), len(self.rows) - 1)
        index = self.rows[row][0]
        if index == BLANK:
            index = self.rows[row - 1][0]
        return index

    def span(self, index: int) -> tuple[int, int]:
        """(first row, row count) of a visible passage."""
        return self.first_row[index], self.row_count[index]


Rows = list[tuple[int, int, int]]  # one text's rows: (its index, start, end) each


def _paragraph_of_units(article: Article, units: list) -> list[int]:
    """For each unit (paragraph or sentence), the index of the paragraph it lies in."""
    return list(range(len(units))) if units is article.passages else article.sentence_paragraphs


@dataclass
class Drawn:
    """An article's units at one granularity as a pane draws them: each unit's text composed
    (`Composed`: the cells Textual counts), the paragraph each lies in, and the rows of each
    text per width (`wraps`) and whole layouts (`layouts`, by width and what decides the units
    shown) once built. Plain data, so a thread can make it for a long article (`of`) while the
    pane stays responsive; a pane keeps one per granularity, so toggling back costs nothing."""

    units: list
    composed: list[Composed]
    texts: list[str]  # each composed text, as drawn
    paragraphs: list[int]
    wraps: dict[int, dict[int, Rows]] = field(default_factory=dict)
    layouts: dict[tuple, Layout] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Drawn:
        return cls([], [], [], [])

    @classmethod
    def of(cls, article: Article, granularity: str, width: int | None = None, paint: Paint | None = None,
           cancelled: Callable[[], bool] = lambda: False, base: Drawn | None = None) -> Drawn | None:
        """`article`'s units at `granularity` (cut into sentences here if need be), composed,
        and each wrapped at `width` when given, and then laid out as `paint` shows them when
        that shows every passage (perhaps less boilerplate: the other views follow the
        alignment, not yet made); None when `cancelled()` turns true meanwhile. Given `base`,
        the same units drawn already (at other widths), only the wrapping and laying out are
        done: a copy of `base` with them added."""
        if base is not None:
            drawn = cls(base.units, base.composed, base.texts, base.paragraphs, dict(base.wraps), dict(base.layouts))
            return drawn._wrapped(width, paint, cancelled)
        units = article.units(granularity)
        # A line break inside a passage is the hard wrap of text copied from a page or an
        # e-mail (the corpus already joined those lines into one paragraph): drawn as a space,
        # so the passage wraps to the pane's width instead of keeping ragged lines (but a
        # table's rows keep theirs); one character for one, so every offset still holds.
        composed: list[Composed] = []
        for n, unit in enumerate(units):
            if n % 500 == 0 and cancelled():
                return None
            composed.append(Composed(_flowed(unit.text).replace("\t", " ").replace("\xa0", " ")))
        drawn = cls(units, composed, [c.text for c in composed], _paragraph_of_units(article, units))
        return drawn._wrapped(width, paint, cancelled)

    def _wrapped(self, width: int | None, paint: Paint | None, cancelled: Callable[[], bool]) -> Drawn | None:
        if width is not None:
            rows = dict(self.wraps.get(width, {}))  # never the dict of a Drawn a pane may be drawing
            for index, text in enumerate(self.texts):
                if index % 500 == 0 and cancelled():
                    return None
                if index not in rows:
                    rows[index] = _rows_of(index, text, width)
            self.wraps[width] = rows
            if paint is not None and paint.view == "all":
                shown = [i for i, unit in enumerate(self.units) if paint.shows(i, unit.kind)]
                self.layouts[(width, paint.layout_key())] = Layout.build(self.texts, width, shown,
                                                                         self.paragraphs, rows)
        return self


def keep_last(cache: dict[Any, Any], n: int) -> None:
    """Drop the oldest entries of an insertion-ordered cache until at most `n` are left."""
    while len(cache) > n:
        del cache[next(iter(cache))]
