"""A date with another language's month is a date to the aligner, as an English one is."""

from __future__ import annotations

import pytest

from reader.align import Glossary
from reader.align.features import unit_features


@pytest.mark.parametrize(("a", "b", "month"), [
    ("في ١٤ آذار ٢٠٢٣ وصلت الشحنة إلى الميناء", "في 14 مارس 2023 وصلت الشحنة إلى الميناء", 3),  # Levantine, Egyptian
    ("في 14 كانون الثاني 2023 وصلت الشحنة", "On 14 January 2023 the shipment arrived", 1),
    ("ב-14 במרץ 2023 הגיע המשלוח לנמל", "On 14 March 2023 the shipment reached the port", 3),
    ("Բեռը նավահանգիստ հասավ 14 մարտի 2023-ին", "The shipment reached the port on 14 March 2023", 3),
    ("El 14 de marzo de 2023 llegó el cargamento", "Le 14 mars 2023, le chargement est arrivé", 3),
], ids=["arabic-two-sets", "arabic-two-words", "hebrew", "armenian", "spanish-french"])
def test_one_date_in_two_languages_is_one_key(a, b, month):
    # "آذار" and "مارس" were words, so two tellings of one day shared only the year
    def dated(text: str) -> set[str]:
        return {k for k in unit_features(text, Glossary()) if "month" in k}

    assert dated(a) == dated(b) == {f"n:2023-month{month}", f"n:2023-month{month}-14"}


def test_a_capitalised_foreign_month_after_a_figure_needs_a_year():
    # "14 Mai" may be a count of something named Mai; "14 Mai 2023" is a date
    assert not any("month" in k for k in unit_features("Er zählte 14 Mai Bäume.", Glossary()))
    assert "n:2023-month5-14" in unit_features("Am 14 Mai 2023 kam er.", Glossary())

