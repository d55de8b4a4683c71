"""The user's glossaries folder that cannot be listed (a file standing in its place, or a
folder without permission to read it) is told once for each state it is in, like a broken
glossary file: broken again after it was mended, it is told again."""

from __future__ import annotations

import os
import shutil

import pytest

from test_alignment_kept_with_the_place import four_articles
from test_glossaries_edited_while_open import glossary
from test_glossary_broken_while_open import KINDS
from test_pairs_shown_again import show
from tui_helpers import notices, reading_room


def break_folder(folder) -> None:
    """Make the glossaries folder unlistable: no permission to read it, or, for a user no
    permission stops (root with its powers), a file standing in its place."""
    folder.chmod(0)
    try:
        os.listdir(folder)
    except PermissionError:
        return
    folder.chmod(0o755)
    shutil.rmtree(folder)
    folder.write_text("not a folder\n", encoding="utf-8")


def mend_folder(folder, text: str) -> None:
    if folder.is_file():
        folder.unlink()
        folder.mkdir()
    else:
        folder.chmod(0o755)
    (folder / "mine.toml").write_text(text, encoding="utf-8")


def folder_told(app) -> list[str]:
    return [n for n in notices(app) if n.startswith("glossaries skipped")]


@pytest.mark.parametrize(("own", "fresh", "terms", "_"), KINDS)
async def test_a_glossaries_folder_broken_again_after_it_was_mended_is_told_again(make_app, tmp_path, own, fresh,
                                                                                  terms, _):
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    folder = tmp_path / "config" / "glossaries"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(glossary(terms), encoding="utf-8")
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        try:
            break_folder(folder)
            await show(pilot, screen, fresh_pair)
            assert len(folder_told(app)) == 1 and "glossaries" in folder_told(app)[0]
            await show(pilot, screen, own_pair)  # broken as it was: not again
            assert len(folder_told(app)) == 1
            mend_folder(folder, glossary(terms))
            await show(pilot, screen, fresh_pair)
            assert len(folder_told(app)) == 1 and screen.align_state == "ready"
            break_folder(folder)
            await show(pilot, screen, own_pair)
            assert len(folder_told(app)) == 2, notices(app)
            assert screen.align_state == "ready"
        finally:
            if folder.is_dir():
                folder.chmod(0o755)  # so the temporary folder can be removed
        await pilot.press("q")
