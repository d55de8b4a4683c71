"""`Y` in the reading room: the passage with the citation line a paper or fact-check needs."""

from __future__ import annotations

from tui_helpers import covers, notices, reading_room

from reader.bookmarks.citation import citation_line, source_of


async def test_copy_with_citation(make_app, seeds):
    covers("passage.copy-cited")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await pilot.press("l", "j", "Y")  # the right pane's second passage
        right = screen.panes[1]
        article, passage = right.article, right.units[right.cursor]
        quoted, source = app.clipboard.split("\n")
        told = [n for n in notices(app) if n.startswith("Copied passage")]
    assert quoted == f"“{' '.join(passage.text.split())}”"
    assert source == "— " + citation_line(source_of(article))
    assert article.author and article.author in source
    assert told == [f"Copied passage {passage.number} of {len(right.units)} with its citation "
                    f"({len(app.clipboard)} characters) to the clipboard."]


def test_the_bookmark_dialog_quotes_a_passage_once():
    from reader.tui.bookmark_dialog import quoted

    assert quoted("T", "He said “we stay.”").plain == "T\n“He said “we stay.”"
    assert quoted("T", "“We stay,” he said.").plain == "T\n“We stay,” he said.”"
    assert quoted("T", "We stay.").plain == "T\n“We stay.”"
