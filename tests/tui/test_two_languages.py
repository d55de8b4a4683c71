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


async def test_the_claim_map_of_articles_in_two_languages_says_so_once(make_app, tmp_path):
    """The claim map warns as `counterpoint map` does, in one notice; the pair shown, both
    French, is not warned of."""
    from tui_helpers import covers

    from tests.tui.test_claim_map import open_map

    covers("claims.open")
    for name, key in (("greve.txt", "fr"), ("pozhar.txt", "ru"), ("blocage.txt", "fr2")):
        (tmp_path / name).write_text(TEXTS[key], encoding="utf-8")
    app = make_app(load_paths([tmp_path]))
    async with reading_room(app, (120, 36)) as (pilot, _):
        assert not [n for n in notices(app) if "different languages" in n]
        await open_map(pilot)
        told = [n for n in notices(app) if "different languages" in n]
        assert told == ["Claim map: the articles read as French (blocage.txt, greve.txt) and Russian (pozhar.txt): "
                        "passages are linked by the words they share, so expect few or no links between articles "
                        "in different languages"]


async def test_realigning_does_not_judge_the_languages_again(make_app, tmp_path, monkeypatch):
    """An article's language is judged once: realigning the pair (a lower threshold, sentences)
    asks its word lists nothing more. Opening it asks at most twice an article: its language,
    and for one written in Latin letters whether the words its stemmer keys read as it too."""
    from tui_helpers import covers, settle

    import reader.align.language as language

    covers("threshold.lower", "granularity.toggle")
    asked: list[int] = []
    best = language.best_language
    monkeypatch.setattr(language, "best_language", lambda words: (asked.append(len(words)), best(words))[1])
    for name, key in (("greve.txt", "fr"), ("pozhar.txt", "ru")):
        (tmp_path / name).write_text(TEXTS[key], encoding="utf-8")
    app = make_app(load_paths([tmp_path / "greve.txt", tmp_path / "pozhar.txt"]))
    async with reading_room(app, (120, 36)) as (pilot, _):
        judged = len(asked)
        assert judged <= 2 * 2
        for key in ("minus", "S", "S"):
            await pilot.press(key)
            await settle(pilot)
        assert len(asked) == judged
