"""A page's table comes out of its markup as lines of cells between bars ("Repair cost | 9m
crowns"): its rows are one passage, as a table pasted with tabs is, not a heading each."""

from __future__ import annotations

from reader.corpus.kinds import classify
from reader.corpus.segment import paragraph_spans, table_rows

LONG = ("The harbour board of Vellmar closed its north quay on Monday after divers found the quay wall "
        "undermined along forty metres, and said repairs would take six months and cost nine million crowns.")


def test_a_tables_rows_set_off_by_bars_are_one_passage():
    text = (f"The figures\n\nItem | Board figure\nDamaged wall | 40 m\nRepair cost | 9m crowns\n\n{LONG}\n\n"
            f"Hours of the ferry:\nMonday to Friday: 05:30-23:30\n\n{LONG}\n")
    paragraphs = [text[s:e] for s, e in paragraph_spans(text)]
    assert paragraphs[1] == "Item | Board figure\nDamaged wall | 40 m\nRepair cost | 9m crowns"
    assert classify(["A title", "Item | Figure\nCost | 9m", LONG])[1] == "body"
    # a menu is one line of bars: it stays a line of its own, and furniture
    menu = f"Home | News | Sport\n{LONG}\n\n{LONG}\n\n{LONG}\n"
    assert [menu[s:e] for s, e in paragraph_spans(menu)][0] == "Home | News | Sport"


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def test_a_markdown_tables_header_separator_and_rows_are_all_its_rows():
    """Markdown writes a table between outer bars, with a separator row under its header, each
    with or without spaces: the header, the separator and the rows count as many cells, so all are
    the table's rows, and a row between its bars with fewer cells too; a line of prose beside them
    is none."""
    for table in ["| Lake | Level | Last year |\n|---|:---:|--:|\n| Vessen | 41% | 68% |\n| Orm | 37% | 59% |",
                  "|Lake|Level|\n|-|-|\n|Vessen|41%|\n|Orm \\| Tarn|37%|",
                  "Lake | Level\n---|---\nVessen | 41%\nOrm | 37%",
                  "| Lake |\n| --- |\n| Vessen |",
                  "| Lake | Level | Last year |\n|---|---|---|\n| Vessen | 41% |\n| Orm | 37% | 59% |"]:
        text = f"{table}\nThe board publishes the levels every Friday."
        rows = len(table.split("\n"))
        assert table_rows(text, _lines(text)) == set(range(rows)), table
