"""The Markdown export read back by a CommonMark parser (with GitHub's tables): every code span
naming a file shows that file's path exactly, in a paragraph and in a pair's table alike. A
page saved from a browser is named after its title, and titles often hold " | "."""

from __future__ import annotations

from markdown_it import MarkdownIt


def _parsed(markdown: str):
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def _code_spans(tokens) -> list[str]:
    return [child.content for t in tokens if t.type == "inline" for child in t.children or ()
            if child.type == "code_inline"]


def _row_widths(tokens) -> list[int]:
    widths, cells = [], 0
    for t in tokens:
        if t.type == "tr_open":
            cells = 0
        elif t.type in ("th_open", "td_open"):
            cells += 1
        elif t.type == "tr_close":
            widths.append(cells)
    return widths


def test_a_path_with_a_pipe_reads_back_exactly_in_and_out_of_tables(cli, sample, tmp_path):
    page = tmp_path / "Dam floods villages | Valley Herald.txt"
    page.write_text(sample.TEXT, encoding="utf-8")
    other = tmp_path / "Release went as planned | Ministry.txt"
    other.write_text(sample.TEXT, encoding="utf-8")
    status, _, err = cli("bookmarks", "add", page, "--quote", sample.QUOTE)
    assert status == 0, err
    status, _, err = cli("bookmarks", "add", page, "--quote", sample.QUOTE, "--pair", other,
                         "--pair-quote", sample.QUOTE)
    assert status == 0, err

    status, out, err = cli("bookmarks", "export", "--format", "md")
    assert status == 0, err
    tokens = _parsed(out)
    spans = _code_spans(tokens)
    # the article's heading line, the single bookmark's citation, and the pair's two cells
    assert sorted(spans) == sorted([str(page)] * 3 + [str(other)])
    assert _row_widths(tokens) == [2, 2, 2]  # the pipes in the names split no cell
