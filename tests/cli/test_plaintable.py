"""The plain table `align` writes when output has no colour is the one rich.Table would print."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli.common import NATURAL_WIDTH
from reader.cli.plaintable import Column, table_lines


def _console(**options):
    from rich.console import Console

    return Console(file=io.StringIO(), width=NATURAL_WIDTH, markup=False, highlight=False, emoji=False,
                   soft_wrap=False, **options)


def _rich(console, columns, rows) -> str:
    from rich.table import Table

    table = Table(show_lines=False, expand=False)
    for column in columns:
        table.add_column(column.header, max_width=column.max_width)
    for cells, end in rows:
        table.add_row(*cells, end_section=end)
    console.print(table)
    return console.file.getvalue()


def _plain(console, columns, rows) -> str | None:
    lines = table_lines(console, columns, rows)
    return None if lines is None else "".join(line + "\n" for line in lines)


# Words of every width: ASCII, accented, CJK (two cells), an emoji, a control character rich
# drops, a combining mark; runs of spaces; line breaks; words longer than any cell.
_WORD = st.text(st.sampled_from("ab cdefé漢字🙂\u0301\x07-—…"), min_size=0, max_size=90)
_CELL = st.lists(_WORD, max_size=4).map(lambda words: "\n".join(words) if len(words) > 2 else " ".join(words))

# Article text is mostly one-cell characters, laid out without rich's cell table
# (plaintable._narrow): words of every length, runs of spaces (a no-break one too), words
# longer than any cell, lines that just fit.
_ONE_CELL = st.lists(st.text(st.sampled_from("ab cd-x. ’—…¶é\xa0"), max_size=120), max_size=4).map("\n".join)


@settings(max_examples=300)
@given(st.lists(st.tuples(st.lists(st.one_of(_CELL, _ONE_CELL), min_size=3, max_size=3), st.booleans()),
                min_size=1, max_size=6),
       st.lists(st.one_of(st.none(), st.integers(3, 40)), min_size=3, max_size=3))
def test_matches_rich_table_byte_for_byte(rows, max_widths):
    columns = [Column(name, width) for name, width in zip(("A", "score · matched", "B"), max_widths)]
    plain = _plain(_console(), columns, rows)
    assert plain is not None
    assert plain == _rich(_console(), columns, rows)


def test_seed_rows_and_ascii_boxes_match_rich():
    rows = [(["¶1 Israel’s oil " * 12, "0.42 strong\nAzerbaijan\noil", "¶3 short"], False),
            (["", "0.21 weak", "¶9 " + "Nagorno-Karabakh " * 9], True),
            (["¶4 Artsakh", "0.30 weak", "¶2 a separatist enclave"], True)]
    columns = [Column("A", 72), Column("score · matched", 28), Column("B", 72)]
    for options in ({}, {"safe_box": True}, {"legacy_windows": False, "force_terminal": False}):
        assert _plain(_console(**options), columns, rows) == _rich(_console(**options), columns, rows)
    ascii_console = _console()
    ascii_console.file = io.TextIOWrapper(io.BytesIO(), encoding="ascii")  # rich swaps in an ASCII box
    lines = table_lines(ascii_console, columns, rows)
    assert lines is not None and next(lines).startswith("+---")


def test_colour_or_tabs_are_left_to_rich():
    columns = [Column("A"), Column("B")]
    assert table_lines(_console(force_terminal=True, color_system="standard"), columns, [(["a", "b"], False)]) is None
    assert table_lines(_console(), columns, [(["a\tb", "c"], False)]) is None
