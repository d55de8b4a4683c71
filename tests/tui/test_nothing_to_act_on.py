"""Keys pressed when there is nothing for them to act on say why, truthfully: a pane whose
article has no text (an empty file opened by mistake), one article in both panes, a pair still
being aligned, no link decision to undo."""

from __future__ import annotations

import threading

from tui_helpers import compare, covers, notices, pair_corpus, reading_room, settle

# A short story told twice, so the pair has links.
TOLD = ["The harbour board of Vellmar signed a 35-year concession with Castellan Maritime on Thursday.",
        "Dock workers keep their jobs for five years under the concession, the ministry said.",
        "The union called a strike ballot for Monday over the job guarantee."]
RETOLD = ["Castellan Maritime won a 35-year concession to run the harbour of Vellmar, signed Thursday.",
          "The union says the five-year job guarantee for dock workers is far too short.",
          "A strike ballot opens on Monday, the union said."]

EMPTY_PANE = "Pane A: No text to show: the article's file is empty or blank. o chooses another article."
ALONE = "One article in both panes: o or O opens a second to compare it with."


def new_notices(app, before: int) -> list[str]:
    return notices(app)[before:]


def pane_text(pane) -> str:
    return " ".join(" ".join(pane.render_line(y).text for y in range(pane.scrollable_content_region.height)).split())


async def test_a_pane_whose_article_is_empty_says_so_and_its_keys_say_why_they_do_nothing(make_app, tmp_path):
    covers("link.jump", "passage.next-linked", "passage.next-unmatched", "passage.copy", "passage.copy-cited",
           "link.make", "link.confirm", "bookmark.add", "link.next", "term.teach", "cursor.down", "cursor.up",
           "cursor.top", "cursor.bottom", "page.down", "page.up", "page.half-down", "page.half-up")
    corpus = pair_corpus(tmp_path / "story", [], TOLD, names=("empty.txt", "told.txt"))
    app = make_app(corpus)
    for size in ((80, 24), (120, 36)):
        async with reading_room(app, size=size) as (pilot, screen):
            empty = screen.panes[0]
            assert not empty.units and screen.active == 0
            assert "No text to show: the article's file is empty or blank." in pane_text(empty)
            assert screen.query_one("#status").render().plain.startswith("A no text: the file is empty")
            for key in ("enter", "n", "u", "y", "Y", "equals_sign", "c", "b", "right_square_bracket", "T",
                        "j", "k", "g", "G", "pagedown", "pageup", "ctrl+d", "ctrl+u"):
                before = len(notices(app))
                await pilot.press(key)
                await settle(pilot)
                assert compare(app) is screen, key
                assert new_notices(app, before) == [EMPTY_PANE], key
        app = make_app(corpus)


async def test_linking_to_a_pane_whose_article_is_empty_says_there_is_nothing_to_link_to(make_app, tmp_path):
    covers("link.make")
    app = make_app(pair_corpus(tmp_path / "story", TOLD, [], names=("told.txt", "empty.txt")))
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        assert screen.panes[0].cursor == 0 and not screen.panes[1].units
        before = len(notices(app))
        await pilot.press("equals_sign")
        await settle(pilot)
        assert new_notices(app, before) == [
            "Nothing to link to in pane B: No text to show: the article's file is empty or blank. "
            "o chooses another article."]


async def test_with_one_article_in_both_panes_the_link_keys_say_a_second_is_needed(make_app, tmp_path):
    covers("link.make", "link.next-unconfirmed", "passage.next-linked", "passage.next-unmatched", "link.jump",
           "link.next", "bookmark.add-pair")
    from reader.corpus import load_paths

    (tmp_path / "told.txt").write_text("\n\n".join(TOLD) + "\n", encoding="utf-8")
    corpus = load_paths([tmp_path / "told.txt"])
    app = make_app(corpus)
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        assert screen.align_state == "alone"
        for key in ("equals_sign", "r", "n", "u", "enter", "right_square_bracket", "B"):
            before = len(notices(app))
            await pilot.press(key)
            await settle(pilot)
            said = new_notices(app, before)
            assert said == [ALONE], (key, said)  # never "still aligning", nor "every passage has a counterpart"


async def test_enter_while_the_pair_is_aligned_says_it_is_still_aligning(make_app, tmp_path):
    covers("link.jump")
    app = make_app(pair_corpus(tmp_path / "pair", TOLD, RETOLD))
    gate, compute = threading.Event(), app.compute_alignment

    def held(*args, **kwargs):
        gate.wait(timeout=30)
        return compute(*args, **kwargs)

    app.compute_alignment = held
    async with app.run_test(size=(80, 24)) as pilot:
        try:
            screen = compare(app)
            for _ in range(200):
                if screen.align_state == "aligning" and screen._aligning:
                    break
                await pilot.pause(0.01)
            before = len(notices(app))
            await pilot.press("enter")
            assert new_notices(app, before) == ["Still aligning."]
        finally:
            gate.set()
        await settle(pilot)
        before = len(notices(app))
        await pilot.press("enter")
        assert new_notices(app, before) == []  # aligned now: the cursor jumps
        assert screen.active == 1


async def test_undo_with_no_link_decision_says_so_as_a_sentence(make_app, tmp_path):
    covers("link.undo")
    app = make_app(pair_corpus(tmp_path / "pair", TOLD, RETOLD))
    async with reading_room(app, size=(80, 24)) as (pilot, screen):
        before = len(notices(app))
        await pilot.press("z")
        await settle(pilot)
        assert new_notices(app, before) == ["Nothing to undo: no link decision or deletion is left to undo."]
        # a state to report, as the bookmarks screen's undo says it, not an error in red
        assert [n.severity for n in app._notifications if n.message.startswith("Nothing to undo")] == ["information"]
