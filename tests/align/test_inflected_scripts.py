"""Words of Cyrillic, Greek and Armenian script keyed by their language's stemmer: a case
ending changes with a word's role, and the forms of one word must meet as English's
"attacks" and "attacked" do. English and other Latin-script words keep their keys."""

from __future__ import annotations

import pytest

from reader.align import align
from reader.align.text import word, word_keys
from reader.corpus import load_article
from reader.differ.lexicon import count_terms


@pytest.mark.parametrize("forms", [
    # Russian: a noun in the nominative and the prepositional, a surname and its genitive
    ("переговоры", "переговорах", "переговорами"),
    ("Путин", "Путина", "Путиным"),
    # a surname or town in "-ов"/"-ев": its nominative keeps the ending its other cases keep
    ("Иванов", "Иванова", "Ивановым"),
    ("Сергеев", "Сергеева", "Сергееву"),
    ("Ростов", "Ростове", "Ростова"),
    ("Сонная", "Сонной", "Сонную"),
    ("плотина", "плотине", "плотины"),
    ("переговорный", "переговорная", "переговорного"),  # "й" is a letter, not an accented "и"
    # Armenian: a country's name with the genitive and the locative ending
    ("Հայաստան", "Հայաստանի", "Հայաստանում"),
    ("Երևան", "Երևանի", "Երևանում"),
    # Greek: a city's name and its genitive, a noun in two cases, written with and without accents
    ("Αθήνα", "Αθήνας", "ΑΘΗΝΑΣ"),
    ("υπουργός", "υπουργού", "υπουργοί"),
])
def test_the_inflected_forms_of_a_word_share_one_key(forms):
    assert len({word(form).key for form in forms}) == 1, [word(form).key for form in forms]


@pytest.mark.parametrize(("a", "b"), [
    ("Губернатор Ветров говорил о плотине на реке Сонной",
     "Губернатора Ветрова спросили о плотинах реки Сонная"),
    ("Կառավարությունը Երևանում քննարկեց Հայաստանի բանակցությունները",
     "Երևանի կառավարության բանակցություններ Հայաստանում"),
])
def test_a_sentence_and_its_inflected_telling_share_their_words(a, b):
    keys_a = {w.key for w in map(word, a.split()) if w.key}
    keys_b = {w.key for w in map(word, b.split()) if w.key}
    assert len(keys_a & keys_b) >= 3, (keys_a, keys_b)


@pytest.mark.parametrize(("x", "y"), [
    ("война", "воина"),  # war / a warrior's: "й" kept apart from "и"
    ("Краков", "Краковский"),  # a name and its adjective stay apart as before
    ("Иванов", "Иван"),  # a surname is no first name
])
def test_different_words_keep_different_keys(x, y):
    assert word(x).key != word(y).key


@pytest.mark.parametrize(("surface", "key"), [
    ("attacks", "attack"), ("attacked", "attack"), ("stopped", "stop"), ("arrive", "arriv"),
    ("companies", "company"), ("Generals", "general"), ("Łódź", "łodz"), ("café", "cafe"),
    ("négociations", "negociation"), ("Azerbaycan'ın", "azerbaycan"),
])
def test_a_latin_word_keeps_its_key(surface, key):
    assert word_keys(surface)[0] == key


def test_a_word_of_letters_russian_does_not_write_keeps_its_ending():
    """Serbian and Macedonian letters say the word is not Russian: no Russian stemming."""
    assert word_keys("Ђорђевића")[0] == "ђорђевића"


RU_A = """Переговоры о плотине

Переговоры о плотине на реке Сонной прошли в столице: министр водных ресурсов Орлов сказал, что делегации согласовали график работ.

Жители деревни Заречье жалуются на наводнения и требуют компенсаций от подрядчика за разрушенные дома.

Губернатор Ветров пообещал выделить деньги на ремонт школ и больниц в районе до конца осени.
"""
RU_B = """Итоги встречи в столице

Губернатором Ветровым обещано, что школы и больница района получат деньги на ремонт к осени.

На переговорах в столице министру Орлову удалось согласовать с делегациями графики работ на плотине.

Наводнением недовольны жители Заречья: за разрушенный дом они требуют от подрядчиков компенсацию.

Мэр сказал, что в районе до конца осени на ремонт закроют старый мост.
"""


def test_russian_passages_on_one_event_link_to_their_counterparts(tmp_path):
    """Each side tells the same three things in other cases; a fourth passage of B shares the
    governor's passage's exact words ("в районе до конца осени на ремонт") on another matter.
    Keyed by surface, the governor's passage went to that one and its counterpart was weak."""
    (tmp_path / "a.txt").write_text(RU_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RU_B, encoding="utf-8")
    links = align(load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")).links
    best: dict[int, tuple[float, int, str]] = {}
    for link in links:
        if link.a and link.score > best.get(link.a, (0.0, -1, ""))[0]:
            best[link.a] = (link.score, link.b, link.tier)
    assert {a: (b, tier) for a, (_, b, tier) in best.items()} == {
        1: (2, "strong"), 2: (3, "strong"), 3: (1, "strong")}


def test_a_side_counts_the_forms_of_one_word_as_one_word():
    counts = count_terms(["Переговоры продолжились. На переговорах министр Орлов сказал, что переговорами довольны."]).counts
    assert counts["переговор"] == 3
