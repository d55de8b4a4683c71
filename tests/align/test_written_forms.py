"""Spelling habits of French, Italian, Turkish, Azerbaijani, Armenian, Russian and Hebrew that
must not split or glue words: elided articles, case endings written onto figures, acronyms
written with gershayim."""

from __future__ import annotations

import pytest

from reader.align import align
from reader.align.text import scan
from reader.corpus import load_article


def keys(text: str) -> list[str]:
    return [w.key for w in scan(text)[1] if w.key]


@pytest.mark.parametrize(("elided", "plain"), [
    ("l'usine", "usine"), ("d'euros", "euros"), ("L’État", "État"), ("qu'Hélène", "Hélène"),
    ("jusqu'à Lyon", "à Lyon"), ("dell'Italia", "Italia"), ("all'ONU", "ONU"), ("un'altra", "altra"),
])
def test_an_elided_article_or_preposition_is_no_part_of_the_word(elided, plain):
    assert keys(elided) == keys(plain)


@pytest.mark.parametrize("name", ["O'Brien", "Kur'an", "Qur'an", "N'Djamena", "rock'n'roll"])
def test_an_apostrophe_inside_a_name_keeps_it_whole(name):
    (key,) = keys(name)
    assert key.startswith("w:") and len(key) >= len(name) - 1


@pytest.mark.parametrize(("written", "figure"), [
    ("2023'te", "n:2023"), ("2023’ten", "n:2023"), ("200-ə", "n:200"), ("2023-cü ildə", "n:2023"),
    ("3-ին", "n:3"), ("1990-х", "n:1990"), ("5-го", "n:5"), ("13 Mart'ta", "n:13"),
])
def test_a_case_ending_written_onto_a_figure_is_no_word_of_its_own(written, figure):
    found = keys(written)
    assert found[0] == figure
    assert not any(k in {"w:te", "w:ten", "w:ə", "w:cu", "w:ին", "w:х", "w:го", "w:ta"} for k in found)


def test_an_english_figure_keeps_the_word_its_hyphen_joins():
    assert keys("a 24-hour offensive") == ["n:24", "w:hour", "w:offensiv"]


@pytest.mark.parametrize(("acronym", "key"), [('מנכ"ל', "w:מנכל"), ("יו״ר", "w:יור"), ("צה\"ל", "w:צהל")])
def test_a_hebrew_acronym_written_with_gershayim_is_one_word(acronym, key):
    assert keys(acronym) == [key]


def test_a_quoted_hebrew_word_is_not_joined_to_its_quotes():
    assert keys('"לא נחזור"') == keys("לא נחזור")


FRENCH_A = """Grève à l'usine

Les ouvriers de l'usine de Valbonne ont voté la grève après l'annonce de la suppression d'emplois.

Le maire a reçu les représentants du personnel à la mairie.
"""
FRENCH_B = """Blocage du site

Le blocage de l'usine Ferlac a commencé à Valbonne ce matin.

Une usine voisine a fermé ses portes en 2019 sans préavis ni suppression d'emplois annoncée.
"""


def test_french_passages_sharing_a_noun_after_an_article_share_the_word(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FRENCH_B, encoding="utf-8")
    result = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt"))
    shown = {(e.a_text, e.b_text) for link in result.links for e in link.evidence}
    # "l'usine" was one word "lusine", which "une usine" does not share
    assert ("l'usine", "usine") in shown


def test_a_spanish_date_is_its_day_and_month_not_the_day_and_de():
    from reader.align.features import unit_features
    from reader.align.glossary import Glossary

    def dated(text: str) -> set[str]:
        return {k for k in unit_features(text, Glossary()) if k.startswith("n:")}

    assert dated("el 6 de abril") == {"n:month4", "n:month4-6"}  # a date, as "6 April" is
    assert dated("el 6 de abril") != dated("el 6 de mayo")
    assert dated("el 6 de abril") == dated("el sábado 6 de abril")


def test_a_common_word_after_an_elided_one_is_still_common(tmp_path):
    # "c'est" is keyed "est", as "est" is; the word list knows "est", not "c'est"
    (tmp_path / "a.txt").write_text("La grève\n\nC'est la grève à l'usine de Valbonne, et la direction n'est pas "
                                    "inquiète.\n\nLe maire a reçu les grévistes hier soir.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Le blocage\n\nLa direction de l'usine est silencieuse : c'est un blocage "
                                    "à Valbonne.\n\nLe club a gagné la coupe dimanche.\n", encoding="utf-8")
    links = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")).links
    shown = {e.a_text.lower() for link in links for e in link.evidence}
    assert {"valbonne", "direction"} <= shown
    assert not shown & {"c'est", "est", "n'est"}
