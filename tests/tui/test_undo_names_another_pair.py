"""`z` undoes the newest link decision of every pair (the history `counterpoint links undo`
shares): when that decision is about a pair other than the one shown, here or before a
restart, the notice names that pair, so nothing changes out of sight unsaid."""

from __future__ import annotations

from test_decisions import put_cursor, stored_and_shown, unlinked_pair
from tui_helpers import covers, notices, reading_room, settle

from reader.corpus import load_paths
from reader.decisions import DecisionStore

HARBOUR = ["The harbour at Selva reopened on Tuesday after the storm.", "Fishing boats left at dawn.",
           "The mayor thanked the divers who cleared the channel."]
QUAY = ["Selva's quay is open again, a week after the storm closed it.", "The town's bakery ran out of bread.",
        "Divers spent four days clearing the channel, the mayor said."]
RAIL = ["A new tram line opened in Selva on Monday.", "Tickets cost the same as the bus.",
        "The mayor rode the first tram."]


def corpus(folder):
    folder.mkdir()
    for name, paragraphs in (("harbour.txt", HARBOUR), ("quay.txt", QUAY), ("rail.txt", RAIL)):
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return load_paths([folder / name for name in ("harbour.txt", "quay.txt", "rail.txt")])


async def test_undo_of_another_pairs_decision_names_that_pair(make_app, tmp_path):
    covers("link.make", "link.undo", "app.quit")
    articles = corpus(tmp_path / "articles")
    harbour, quay, rail = sorted(articles, key=lambda a: a.path.name)
    app = make_app(articles)
    async with reading_room(app, (160, 48)) as (pilot, screen):
        screen.set_pane_article(0, harbour)
        screen.set_pane_article(1, quay)
        await settle(pilot)
        i, j = unlinked_pair(screen)
        await put_cursor(pilot, screen, 1, j)
        await put_cursor(pilot, screen, 0, i)
        await pilot.press("equals_sign")
        await stored_and_shown(pilot)
        await pilot.press("z")  # on the pair shown: no pair named
        await stored_and_shown(pilot)
        assert notices(app)[-1].startswith("Undone: your link") and "not the pair shown" not in notices(app)[-1]
        await pilot.press("equals_sign")
        await stored_and_shown(pilot)
        await pilot.press("q")
    again = make_app(articles)
    async with reading_room(again, (160, 48)) as (pilot, screen):
        screen.set_pane_article(1, rail)
        await settle(pilot)
        assert {a.path for a in screen.articles} == {harbour.path, rail.path}
        await pilot.press("z")
        await stored_and_shown(pilot)
        said = notices(again)[-1]
        assert said.startswith("Undone: your link") and "not the pair shown" in said
        assert "harbour" in said.lower() and "quay" in said.lower()
    with DecisionStore.open(tmp_path / "data") as store:
        assert store.for_pair(harbour, quay) == []
