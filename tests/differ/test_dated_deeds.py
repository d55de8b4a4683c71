"""A plain date right after its verb dates that verb's deed ("aprobó el pasado 4 de marzo"), as
a date in a noun phrase dates that thing: two dates of two deeds are no disagreement, whatever
their clauses share; two dates of one deed still are. Not in English, where a word before "on
4 March" is as often a noun as a verb ("visit the town on March 20")."""

import pytest


@pytest.mark.parametrize(("a", "b", "same"), [
    ("El Gobierno de Brenada aprobó el pasado 4 de marzo el trasvase de 60 hectómetros cúbicos desde el embalse "
     "de Peñalta.",
     "El embalse de Peñalta almacenaba el 10 de marzo 312 hectómetros cúbicos, según los datos oficiales.",
     "El Gobierno de Brenada aprobó el 3 de marzo un trasvase de 45 hectómetros cúbicos desde el embalse de "
     "Peñalta."),
    ("Le gouvernement de Brenade a approuvé le 4 mars le transfert de 60 hectomètres cubes depuis le barrage "
     "de Penalte.",
     "Le barrage de Penalte contenait le 10 mars 312 hectomètres cubes, selon les chiffres officiels.",
     "Le gouvernement de Brenade a approuvé le 3 mars un transfert de 45 hectomètres cubes depuis le barrage "
     "de Penalte."),
], ids=["es", "fr"])
def test_dates_of_two_deeds_are_not_compared(figures, a, b, same):
    assert figures(a, b, "date") == []
    assert figures(b, a, "date") == []
    # the same deed on two days still disagrees
    assert len(figures(a, same, "date")) == 1


def test_a_clause_naming_the_other_deed_is_still_compared(figures):
    a = "El Gobierno de Brenada aprobó el 4 de marzo el trasvase desde el embalse de Peñalta."
    b = "El consejero firmó el 6 de marzo el trasvase desde el embalse de Peñalta que el Gobierno aprobó."
    assert len(figures(a, b, "date")) == 1


def test_english_keeps_its_own_rules(figures):
    # "arrived" / "the town": no deeds told apart in English, one visit
    a = "International observers from the Coastal League arrived on March 17 and confirmed it."
    b = "Observers from the Coastal League were invited to visit the town on March 20."
    assert figures(a, b, "date") == [("March 17", "March 20")]
