"""Names one side of a linked pair gives and the other lacks ("who is there"): what is no name
(a dateline, a title alone, a religion, a word a sentence's start capitalises) and what is one
the other side did not give (a name after "Mr." or a middle initial, beside a title, in a
quotation's attribution, or one of a glossary group the other side never names)."""

import pytest

from reader.align import Glossary

TARNOVIA = Glossary(
    (("Tarnovia", ("Tarnovia", "Tarnovian", "Brenholm regime")),
     ("intelligence", ("intelligence", "security services")),
     ("Christians", ("Christian", "Christians", "church")),
     ("Ostland", ("Ostland", "Varn Office", "VNO", "Brenholm Council"))),
    (("Brenholm regime", "Meridan usage"),),
)


@pytest.fixture
def names(compared):
    def run(a_text: str, b_text: str, glossary: Glossary = TARNOVIA):
        return [(d.a_text, d.b_text) for d in compared(a_text, b_text, glossary) if d.kind == "name"]
    return run


def test_a_dateline_is_no_name(names):
    """"BRENHOLM —" opening a story says where it was filed, not who is in it."""
    assert names("OSTLAND — The council voted to close the Varne market.",
                 "The council voted to close the Varne market.") == []
    assert names("BRENHOLM, Ost. - The council voted to close the market.", "The council voted to close the market.") == []
    assert names("NEW BRENHOLM (Varn Wire) -- The council voted.", "The council voted.") == []  # nor its credit
    # a name in capitals inside the passage is still one, as is one opening a sentence with no dash
    assert names("The council voted, NATO said.", "The council voted.") == [("NATO", None)]


def test_a_title_alone_is_no_name(names):
    assert names("The President signed the bill on the Governor's advice.", "The bill was signed.") == []
    assert names("The bill passed, said the Prime Minister.", "The bill passed.") == []


def test_a_title_with_its_full_stop_opens_no_sentence(names):
    """"Sen." and "Mr." are no sentence's end: the name after them is a name, the title alone none."""
    assert names("The bill passed, said Sen. Orla Quint.", "The bill passed.") == [("Sen. Orla Quint", None)]
    assert names("The bill passed, Mr. Vos said.", "The bill passed.") == [("Vos", None)]
    assert names("The bill passed, Mr. Vos said.", "The bill passed, Elena Vos said.") == []


def test_a_middle_initial_is_part_of_the_name(names):
    assert names("The bill passed, Elena M. Vos said.", "The bill passed.") == [("Elena M. Vos", None)]
    assert names("Elena M. Vos said the bill passed.", "Vos said the bill passed.") == []


def test_a_title_is_no_mention_of_the_person(names):
    """"The president" is no mention of President Vos: the other side does not name her."""
    assert names("President Elena Vos signed the bill.", "The president signed the bill.") \
        == [("President Elena Vos", None)]
    assert names("President Elena Vos signed the bill.", "The president, Vos, signed the bill.") == []


def test_a_closing_quote_after_a_full_stop_ends_the_sentence(names):
    assert names("“The bill is fair.” Critics say it is not.", "Others say it is not.") == []
    assert names("‘The bill is fair.’ Critics say it is not.", "Others say it is not.") == []
    assert names("(The bill is fair.) Critics say it is not.", "Others say it is not.") == []


def test_a_name_in_a_quotation_s_attribution_is_a_name(names):
    """The speaker after a quotation closed by a comma: '"...," Vos said'."""
    assert names('"The bill is fair," Vos said.', "The bill is fair.") == [("Vos", None)]
    assert names("“The bill is fair,” Vos said.", "The bill is fair.") == [("Vos", None)]
    assert names('"Is the bill fair?" Critics doubt it.', "Others doubt it.") == []


def test_a_religion_or_a_quarter_of_the_world_is_no_name(names):
    """Nor when the glossary writes it with a capital ("Christians", a group of its own)."""
    assert names("Families and Christians fled the valley, Western envoys and Islamic charities said.",
                 "Families fled the valley, envoys said.") == []
    assert names("Families fled to the Western Sahara.", "Families fled.") == [("Western Sahara", None)]


def test_a_name_of_a_group_with_framing_labels_is_a_name(names):
    """A glossary name whose group frames ("Tarnovia" / "Brenholm regime") is still a name when
    the other side gives none of the group."""
    assert names("Fighting resumed in Tarnovia.", "Fighting resumed.") == [("Tarnovia", None)]
    assert names("Fighting resumed in Tarnovia.", "The Brenholm regime said fighting resumed.") == []


def test_a_capitalised_glossary_word_inside_a_name_is_part_of_it(names):
    """"Intelligence" is a glossary word in lowercase: inside "Central Intelligence Office" it is
    part of the name, which is one name, not "Central" and "Office"."""
    assert names("The Central Intelligence Office said so.", "Officials said so.") \
        == [("Central Intelligence Office", None)]
    assert names("Intelligence officials said so.", "Officials said so.") == []


def test_an_abbreviation_with_full_stops_is_its_glossary_term(names):
    """"V.N.O." is the glossary's "VNO": the other side's "Varn Office" is the same group."""
    assert names("The Varn Office said so.", "The V.N.O. said so.") == []
    assert names("The Varn Office said so.", "The V.N.A. said so.") == [("Varn Office", None)]


def test_a_name_spelt_out_or_abbreviated_with_full_stops_is_its_glossary_group(names):
    """"Varn National Office" spells out the glossary's "VNO"; "B.C." abbreviates its "Brenholm
    Council": each is the group the other side names."""
    assert names("The Varn National Office said so.", "Ostland said so.") == []
    assert names("The Brenholm Council said so.", "The B.C. said so.") == []
    assert names("The Varn National Bank said so.", "Ostland said so.") == [("Varn National Bank", None), (None, "Ostland")]


def test_a_name_given_again_shorter_or_with_a_title_is_listed_once(names):
    assert names("Elena Vos signed the bill, and Mayor Vos said so.", "The bill was signed.") == [("Elena Vos", None)]
    assert names("Elena Vos and Anna Vos signed the bill.", "The bill was signed.") \
        == [("Elena Vos", None), ("Anna Vos", None)]


def test_a_lawmaker_s_party_and_state_is_no_name(names):
    assert names("The bill passed, said Orla Quint, R-Tex., and Anna Vos (D-Ohio).",
                 "The bill passed, said Orla Quint and Anna Vos.") == []
    assert names("Troops landed after D-Day, Anna Vos said.", "Troops landed, Anna Vos said.") == [("D-Day", None)]


def test_an_abbreviation_in_the_plural_is_no_name(names):
    """"MPs", "NGOs" are common nouns abbreviated; an abbreviation alone may be a name ("NATO")."""
    assert names("The MPs and NGOs met the CEOs of the port.", "The lawmakers met.") == []
    assert names("The MPs met NATO.", "The lawmakers met.") == [("NATO", None)]
