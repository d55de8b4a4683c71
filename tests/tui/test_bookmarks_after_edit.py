"""An article edited on disk between two sessions: its bookmarks whose passage is still there
keep their mark where the passage is now; those whose words were deleted have no passage to
mark, and the room says so when it shows the article (once), instead of the marks quietly
going missing."""

from __future__ import annotations

from tui_helpers import notices, pair_corpus, reading_room, settle

from reader.corpus import load_paths

FERRY = ["Ferry crossings to Aldmere island resume on Thursday after the storm damaged the pier at Coltby.",
         "Engineers braced two cracked pilings of the Coltby pier with steel collars over the weekend.",
         "Islanders relied on a fishing boat for medicine and post while the ferry was stopped.",
         "The harbour council will pay for the repairs from its reserve fund, its leader said."]
ISLAND = ["The storm that damaged the Coltby pier stopped the Aldmere ferry until Thursday.",
          "Islanders say the harbour council ignored warnings about the pier's pilings for two years.",
          "Two cracked pilings at Coltby were braced with steel collars, engineers said.",
          "A fishing boat carried medicine and post to the island during the stoppage."]
# Another story of the same kind, whose right-hand article loses two bookmarked passages.
LOCKS = ["The Marrowby lock keepers stopped work on Tuesday over the new night rota.",
         "Keeper Jonas Pell said the rota left two keepers alone on the night locks.",
         "Barges waited at Fenwick basin until the canal trust agreed to talk.",
         "The trust agreed on Friday to keep three keepers on every night lock."]
TRUST = ["The canal trust said its night rota for the Marrowby locks was safe.",
         "Barges queued at Fenwick basin for three days during the stoppage.",
         "Jonas Pell, a keeper for twenty years, said nobody had asked the keepers.",
         "On Friday the trust promised three keepers for every night lock at Marrowby."]


async def bookmark_and_quit(app, side: int, passages: list[int]) -> None:
    async with reading_room(app, (120, 36)) as (pilot, screen):
        if side:
            await pilot.press("l")
        for index in passages:
            screen.panes[side].cursor = index
            screen.refresh_view()
            await pilot.press("b")
            await pilot.pause()
            await pilot.press(*"kept", "enter")
            await settle(pilot)
        assert len(screen.pane_bookmarks[side]) == len(passages)
        await pilot.press("q")


def rewrite(path, paragraphs: list[str]) -> None:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


async def test_a_bookmark_whose_passage_was_deleted_is_told_once(make_app, tmp_path):
    corpus = pair_corpus(tmp_path / "ferry", FERRY, ISLAND)
    await bookmark_and_quit(make_app(corpus), 0, [1, 3])
    left = corpus.articles[0].path
    rewrite(left, ["A paragraph the editor added at the top.", *FERRY[:1], *FERRY[2:]])  # ¶2 deleted, ¶4 moved
    app = make_app(load_paths([left, corpus.articles[1].path]))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        told = [n for n in notices(app) if "lost" in n]
        assert told == ["Pane A: “A paragraph the editor added at the top.” was edited and 1 bookmark lost its "
                        "words; m lists it as orphaned, with the quote kept."], notices(app)
        marked = screen.panes[0].bookmarked
        assert [screen.panes[0].units[i].text for i in sorted(marked)] == [FERRY[3]]  # the moved one, where it is
        await pilot.press("s")  # the same article shown again, in the other pane: not told twice
        await settle(pilot)
        assert len([n for n in notices(app) if "lost" in n]) == 1


async def test_bookmarks_deleted_from_the_right_pane_are_counted(make_app, tmp_path):
    corpus = pair_corpus(tmp_path / "locks", LOCKS, TRUST)
    await bookmark_and_quit(make_app(corpus), 1, [0, 2])
    right = corpus.articles[1].path
    rewrite(right, [TRUST[1], TRUST[3]])
    app = make_app(load_paths([corpus.articles[0].path, right]))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        told = [n for n in notices(app) if "lost" in n]
        assert len(told) == 1 and told[0].startswith("Pane B: ") and "2 bookmarks lost their words; m lists them" in told[0]


async def test_bookmarks_of_an_unedited_article_say_nothing(make_app, tmp_path):
    corpus = pair_corpus(tmp_path / "locks", LOCKS, TRUST)
    await bookmark_and_quit(make_app(corpus), 0, [2])
    app = make_app(load_paths([a.path for a in corpus.articles]))
    async with reading_room(app, (120, 36)) as (pilot, screen):
        assert not [n for n in notices(app) if "lost" in n]
        assert screen.panes[0].bookmarked == {2}
