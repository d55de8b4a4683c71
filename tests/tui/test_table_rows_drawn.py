"""A table inside an article (a Markdown file's, a Word document's rows) is drawn a row per
line: the reader joins a hard-wrapped paragraph's lines to fill the pane, but a table's rows
joined into one run of cells cannot be read."""

from __future__ import annotations

from reader.corpus import load_article
from reader.tui.layout import Drawn

TABLE_MD = """# Reservoir levels this week

The water board published its weekly figures on Friday, and the upper lakes are lower than at any
time since the drought of 2019.

| Lake | Level | Last year |
|---|---|---|
| Vessen | 41% | 68% |
| Orm | 37% | 59% |
| Upper Tarn | 22% | 51% |

The board asks households to water gardens only after dark until the autumn rains.
"""


def _drawn(tmp_path, name: str, text: str, width: int):
    """The article of `text`, saved as `name`, and its passages drawn at `width`."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    article = load_article(tmp_path / name)
    return article, Drawn.of(article, "paragraph", width)


def _lines_of(drawn: Drawn, index: int, width: int) -> list[str]:
    text = drawn.texts[index]
    return [text[s:e] for i, s, e in drawn.wraps[width][index]]


def test_a_markdown_tables_rows_are_drawn_a_row_per_line(tmp_path):
    width = 70
    article, drawn = _drawn(tmp_path, "levels.md", TABLE_MD, width)
    table = next(n for n, p in enumerate(article.passages) if "Vessen" in p.text)
    assert _lines_of(drawn, table, width) == ["| Lake | Level | Last year |", "| Vessen | 41% | 68% |",
                                              "| Orm | 37% | 59% |", "| Upper Tarn | 22% | 51% |"]
    # a hard-wrapped paragraph beside it is still joined to the pane's width
    prose = next(n for n, p in enumerate(article.passages) if p.text.startswith("The water board"))
    assert "\n" in article.passages[prose].text
    assert drawn.texts[prose] == article.passages[prose].text.replace("\n", " ")
    assert _lines_of(drawn, prose, width)[0].endswith("and the upper")  # the copied line ended at "any"


def test_rows_of_cells_a_document_gives_without_outer_bars_keep_their_lines_too(tmp_path):
    """A Word or OpenDocument table reads as its cells between bars, a row per line."""
    article, drawn = _drawn(tmp_path, "levels.txt", "Reservoir levels this week\n\nLake | Level | Last year\n"
                            "Vessen | 41% | 68%\nOrm | 37% | 59%\n\nThe board asks households to water gardens "
                            "only after dark until the autumn rains.\n", 60)
    rows = [line for n, p in enumerate(article.passages) if "Vessen" in p.text for line in _lines_of(drawn, n, 60)]
    assert rows[-2:] == ["Vessen | 41% | 68%", "Orm | 37% | 59%"]


def test_rows_of_cells_between_tabs_keep_their_lines_as_the_corpus_reads_them(tmp_path):
    """A table pasted from a page comes with its cells between tabs: the corpus reads it as a
    table, and its rows are drawn a row per line, not flowed into one run of cells."""
    for name, text, rows in [
        ("levels.txt", "Reservoir levels this week\n\nLake\tLevel\tLast year\nVessen\t41%\t68%\nOrm\t37%\t59%\n\n"
         "The board asks households to water gardens only after dark until the autumn rains.\n",
         ["Vessen 41% 68%", "Orm 37% 59%"]),
        ("fares.txt", "Ferry fares from May\n\nRoute\tAdult\nHolm to Sund\t€4.20\nSund to Varn\t€6.10\n\n"
         "The operator says the new fares cover the cost of fuel for the summer timetable.\n",
         ["Holm to Sund €4.20", "Sund to Varn €6.10"]),
    ]:
        article, drawn = _drawn(tmp_path, name, text, 60)
        lines = [line for n, p in enumerate(article.passages) if rows[0].split()[0] in p.text
                 for line in _lines_of(drawn, n, 60)]
        assert lines[-2:] == rows


def test_a_markdown_table_pasted_into_a_text_file_keeps_its_separator_row_on_its_line(tmp_path):
    """In a plain text file the separator row stays in the text; the layout reads a table's rows
    as the corpus does, so the header, the separator and the rows are drawn a row per line,
    however the separator is written."""
    for separator in ["---|---", "|:--|--:|"]:
        bars = separator.startswith("|")
        cell = (lambda *c: "|" + "|".join(c) + "|") if bars else (lambda *c: " | ".join(c))
        table = "\n".join([cell("Lake", "Level"), separator, cell("Vessen", "41%"), cell("Orm", "37%")])
        article, drawn = _drawn(tmp_path, "levels.txt", f"Reservoir levels this week\n\n{table}\n\n"
                                "The board asks households to water gardens only after dark.\n", 60)
        n = next(n for n, p in enumerate(article.passages) if "Vessen" in p.text)
        assert _lines_of(drawn, n, 60) == table.split("\n")
