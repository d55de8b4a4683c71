"""A broken glossary file is told by the screen that reads it first, saying what that screen
does without it: teaching a term checks the term against the pair's glossary, and the
differences of a pair aligned while the file was whole are found without it; neither aligns."""

from __future__ import annotations

import pytest

from test_alignment_kept_with_the_place import four_articles
from test_glossaries_edited_while_open import glossary, user_glossary
from test_glossary_broken_while_open import KINDS, about
from test_pairs_shown_again import show
from tui_helpers import covers, reading_room, settle


@pytest.mark.parametrize(("own", "fresh", "terms", "broken"), KINDS)
async def test_teaching_a_term_tells_a_broken_glossary_as_left_out_of_the_teaching(make_app, tmp_path, own, fresh,
                                                                                  terms, broken):
    covers("term.teach", "teach.save")
    corpus, own_pair, _ = four_articles(tmp_path, own, fresh)
    (path := user_glossary(tmp_path, corpus)).write_text(glossary(terms), encoding="utf-8")
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        assert screen.alignment.links and about(app, path) == []
        path.write_text(broken, encoding="utf-8")  # broken while the pair is read
        screen.active = 0
        screen._move_to(screen.alignment.links[0].a, center=True)
        await pilot.press("T")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#term-0").value, dialog.query_one("#term-1").value = "Quillmarsh", "the fen country"
        await pilot.press("ctrl+s")
        await settle(pilot)
        told = about(app, path)
        assert len(told) == 1, told  # the realignment that follows reads the same state: not again
        assert "teaching a term without it" in told[0] and "aligning" not in told[0], told
        assert screen.align_state == "ready"
        await pilot.press("q")


@pytest.mark.parametrize(("own", "fresh", "terms", "broken"), KINDS)
async def test_the_differences_tell_a_glossary_broken_while_the_pair_aligned(make_app, tmp_path, own, fresh,
                                                                            terms, broken):
    """The file is saved broken after the aligner read it whole: the alignment shown was made
    with it, the differences are found without it, and the notice says so."""
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    (path := user_glossary(tmp_path, corpus)).write_text(glossary(terms), encoding="utf-8")
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        compute = app.compute_alignment

        def then_broken(*args, **kwargs):
            aligned = compute(*args, **kwargs)
            path.write_text(broken, encoding="utf-8")
            return aligned

        app.compute_alignment = then_broken
        await show(pilot, screen, fresh_pair)
        told = about(app, path)
        assert len(told) == 1, told
        assert "finding differences without it" in told[0] and "aligning" not in told[0], told
        await pilot.press("q")
