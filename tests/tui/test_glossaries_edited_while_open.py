"""A glossary file edited on disk while the reading room is open (one of the user's, in
<config dir>/glossaries/, or the one a folder's corpus.toml names): a pair shown again after
the edit is aligned again with the glossary as it reads now, while a pair shown again with
every glossary file as it was shows at once, from the alignments kept."""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from test_alignment_kept_with_the_place import BASIN, BOAT, BRIDGE, CROSSING, DAM, FERRY, LIBRARY, READING, four_articles
from test_pairs_shown_again import count_alignments, show
from tui_helpers import reading_room

KINDS = [((DAM, BASIN), (FERRY, BOAT), ("reservoir", "basin"), ("irrigation", "watering")),
         ((LIBRARY, READING), (BRIDGE, CROSSING), ("library", "reading room"), ("shuts", "closes"))]


def glossary(*groups: tuple[str, str]) -> str:
    return "".join(f'[[group]]\nname = "{terms[0]}"\nterms = ["{terms[0]}", "{terms[1]}"]\n\n' for terms in groups)


def user_glossary(tmp_path, corpus) -> Path:
    folder = tmp_path / "config" / "glossaries"
    folder.mkdir(parents=True)
    return folder / "mine.toml"


def folder_glossary(tmp_path, corpus) -> Path:
    """The glossary a corpus.toml beside the articles names (it applies to pairs from there)."""
    folder = next(iter(corpus)).path.parent
    (folder / "corpus.toml").write_text('glossary = "terms.toml"\n', encoding="utf-8")
    return folder / "terms.toml"


def rewrite(path, text: str) -> None:
    """Write `text` over `path` keeping its size and modification time when it can: an edit that
    changes neither (a word replaced by another as long) still counts."""
    before = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


@asynccontextmanager
async def on_the_other_pair(make_app, tmp_path, kind, where, text: str):
    """The room opened on the pair `kind` gives first, with a glossary file `where` says holding
    `text`, the other pair shown after it: yields (pilot, screen, glossary path, the first pair,
    the other, the alignments started from then on)."""
    corpus, own_pair, fresh_pair = four_articles(tmp_path, *kind)
    path = where(tmp_path, corpus)
    path.write_text(text, encoding="utf-8")
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await show(pilot, screen, fresh_pair)
        yield pilot, screen, path, own_pair, fresh_pair, count_alignments(app)
        await pilot.press("q")


@pytest.mark.parametrize("where", [user_glossary, folder_glossary])
@pytest.mark.parametrize(("own", "fresh", "first", "second"), KINDS)
async def test_a_pair_shown_again_after_its_glossary_was_edited_is_aligned_again(make_app, tmp_path, where, own,
                                                                                  fresh, first, second):
    async with on_the_other_pair(make_app, tmp_path, (own, fresh), where, glossary(first)) as (
            pilot, screen, path, own_pair, fresh_pair, started):
        await show(pilot, screen, own_pair)  # every glossary as it was: at once
        assert started == [] and screen.align_state == "ready"
        before = screen.alignment
        await show(pilot, screen, fresh_pair)
        path.write_text(glossary(first, second), encoding="utf-8")
        await show(pilot, screen, own_pair)
        assert len(started) == 1 and screen.align_state == "ready" and screen.alignment is not before
        assert second[0] in {name for name, _ in screen.app.pair_glossary(*own_pair, done="aligning").groups}
        await show(pilot, screen, fresh_pair)
        assert len(started) == 2  # the other pair too: its glossary changed as well
        await show(pilot, screen, own_pair)
        assert len(started) == 2  # nothing changed since: at once


@pytest.mark.parametrize(("own", "fresh", "first", "second"), KINDS)
async def test_an_edit_that_keeps_the_files_size_and_time_still_realigns(make_app, tmp_path, own, fresh, first,
                                                                         second):
    async with on_the_other_pair(make_app, tmp_path, (own, fresh), user_glossary, glossary(first)) as (
            pilot, screen, path, own_pair, _, started):
        rewrite(path, glossary((first[0], first[1][::-1])))  # a term replaced by one as long
        await show(pilot, screen, own_pair)
        assert len(started) == 1 and screen.align_state == "ready"
        terms = {term for _, group in screen.app.pair_glossary(*own_pair, done="aligning").groups for term in group}
        assert first[1][::-1] in terms and first[1] not in terms
