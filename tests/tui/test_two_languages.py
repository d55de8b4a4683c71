"""Two articles in different languages open side by side with a notice saying why they link
so little; two in one language open without one."""

from __future__ import annotations

from tui_helpers import notices, reading_room

from reader.corpus import load_paths
from tests.align.test_language import TEXTS


async def test_a_pair_in_two_languages_is_told_once(make_app, tmp_path):
    for name, key in (("greve.txt", "fr"), ("pozhar.txt", "ru"), ("blocage.txt", "fr2")):
        (tmp_path / name).write_text(TEXTS[key], encoding="utf-8")
    app = make_app(load_paths([tmp_path / "greve.txt", tmp_path / "pozhar.txt"]))
    async with reading_room(app, (80, 24)):
        told = [n for n in notices(app) if "different languages" in n]
        assert told == ["A (greve.txt) reads as French and B (pozhar.txt) as Russian: passages are linked by the "
                        "words they share, so expect few or no links between articles in different languages"]
    app = make_app(load_paths([tmp_path / "greve.txt", tmp_path / "blocage.txt"]))
    async with reading_room(app, (80, 24)):
        assert not [n for n in notices(app) if "different languages" in n]
