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


async def test_the_search_dialog_counts_its_hits_and_says_when_it_lists_only_some(tmp_path, make_app):
    """The dialog lists the first SHOWN hits: its title counts them all, per article, and says
    when the list stops short of them (n/N step through every one), so a long list that ends
    is not taken for all there is."""
    from tui_helpers import drawn, pair_corpus, reading_room, workers_done

    from reader.tui.search import SHOWN, SearchScreen

    first = [f"Paragraph {n} counts the reservoir levels." for n in range(SHOWN + 30)]
    second = [f"Note {n}: the reservoir is low." for n in range(12)] + ["Nothing here at all."]
    app = make_app(pair_corpus(tmp_path / "many", first, second))
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        await pilot.press("slash", *"reservoir")
        await workers_done(pilot)
        dialog = app.screen
        assert isinstance(dialog, SearchScreen) and len(dialog.hits) == SHOWN + 42
        title = dialog.query_one("#title").render().plain
        assert f"{SHOWN + 42} hits" in title and f"{SHOWN + 30} in A" in title and "12 in B" in title
        assert f"first {SHOWN} listed" in title
        shown = drawn(dialog.query_one("#title"))
        assert shown.endswith(f"(the first {SHOWN} listed)"), shown  # wrapped on 80 columns, not cut
        assert dialog.query_one("#hits").option_count == SHOWN
        field = dialog.query_one("#query")
        field.value = "note"  # every hit listed: no "first" to say
        await workers_done(pilot)
        title = dialog.query_one("#title").render().plain
        assert "12 hits: 0 in A, 12 in B" in title and "listed" not in title
        field.value = "zzyzx"
        await workers_done(pilot)
        assert "hits" not in dialog.query_one("#title").render().plain
