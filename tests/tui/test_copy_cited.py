"""`Y` in the reading room: the passage with the citation line a paper or fact-check needs."""

from __future__ import annotations

from tui_helpers import aio, compare, covers, settle

from reader.bookmarks.citation import citation_line, source_of


@aio
async def test_copy_with_citation(make_app, seeds):
    covers("passage.copy-cited")
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        left = compare(app).panes[0]
        await pilot.press("j", "Y")
        article = left.article
        text = left.article.passages[left.cursor].text
        body, line = app.clipboard.split("\n")
        assert body == f"“{' '.join(text.split())}”"
        assert line == "— " + citation_line(source_of(article))
        assert article.title in line and article.author in line
