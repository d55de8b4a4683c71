"""A search that finds more passages than it keeps says so."""

from __future__ import annotations

from reader.corpus import load_article
from reader.tui.finding import SEARCH_LIMIT, search_passages
from reader.tui.status import StatusFacts, status_line


def test_a_search_at_its_limit_shows_a_plus(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(f"Paragraph {n} about the hospital." for n in range(SEARCH_LIMIT + 40)) + "\n",
                    encoding="utf-8")
    article = load_article(path)
    hits = search_passages([article.passages, article.passages], "hospital")
    assert len(hits) == SEARCH_LIMIT
    line = status_line(StatusFacts(side=0, search=("hospital", 3, len(hits))), 160).plain
    assert f"3/{SEARCH_LIMIT}+" in line
    assert "3/40 " in status_line(StatusFacts(side=0, search=("hospital", 3, 40)), 160).plain
