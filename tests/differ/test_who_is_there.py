"""Names one side of a linked pair gives and the other lacks ("who is there"): what is no name
(a dateline, a title alone, a religion, a word a sentence's start capitalises) and what is one
the other side did not give (a name after "Mr." or a middle initial, beside a title, in a
quotation's attribution, or one of a glossary group the other side never names)."""

from dataclasses import replace

import pytest

from reader.align import Glossary
from reader.differ import Differ

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


def test_a_dateline_is_no_name(names, write_article):
    """"BRENHOLM —" opening a story says where it was filed, not who is in it."""
    assert names("OSTLAND — The council voted to close the Varne market.",
                 "The council voted to close the Varne market.") == []
    assert names("BRENHOLM, Ost. - The council voted to close the market.", "The council voted to close the market.") == []
    # nor its credit: a wire dateline is a passage of its own, and read inside a passage it is no name
    wired, plain = write_article("NEW BRENHOLM (Varn Wire) -- The council voted.\n"), write_article("The council voted.\n")
    assert [p.kind for p in wired.passages] == ["boilerplate", "body"]
    whole = replace(wired.passages[1], index=0, start=0, text=wired.text.strip())
    assert [d for d in Differ(wired, plain, [whole], plain.passages, TARNOVIA).between(0, 0) if d.kind == "name"] == []
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
    assert names("The Varn Office said so.", "The V.N.A. said so.") == [("Varn Office", None), (None, "V.N.A.")]


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


@pytest.fixture
def names_between(write_article):
    """The names one side lacks between passage i of one article and passage j of another."""
    def run(a_text: str, b_text: str, i: int, j: int, glossary: Glossary = TARNOVIA):
        a, b = write_article(a_text + "\n"), write_article(b_text + "\n")
        return [(d.a_text, d.b_text) for d in Differ(a, b, a.passages, b.passages, glossary).between(i, j)
                if d.kind == "name"]
    return run


def test_a_name_opening_a_sentence_is_a_name(names, names_between):
    """A lone capitalised word opening a sentence is a name when something besides its capital
    says so: a verb of saying follows it ("Vos said", "Marsh said"), or either article writes it
    with a capital inside a sentence; a word either article writes in lowercase, a plural, a
    pronoun or a common noun as frequent as "police" stays no name."""
    assert names("Vos said the bill passed.", "Officials said the bill passed.") == [("Vos", None)]
    assert names("Marsh said the bill passed.", "Officials said the bill passed.") == [("Marsh", None)]
    assert names("Critics said it failed. Despite that, it passed. Police said so. Nobody said so.",
                 "It passed.") == []
    assert names("Hall said it passed, and the hall cheered.", "It passed, and the crowd cheered.") == []
    # the article writes it with a capital inside a sentence, in another passage
    assert names_between("The patrol, led by Ron Ward, wore uniforms.\n\nWard thinks six people were held.",
                         "The police think six people were held.", 1, 0) == [("Ward", None)]
    # ... or the other article does
    assert names_between("Ward thinks six people were held.",
                         "The patrol, led by Ron Ward, wore uniforms.\n\nThe police think six people were held.",
                         0, 1) == [("Ward", None)]
    # a place after a dash between two places opens no sentence of its own
    assert names("Trucks use the Brenholm–Kessra road.", "Trucks use the road to Brenholm.") == [("Kessra", None)]


def test_an_ordinary_word_of_a_name_is_no_mention_of_it(names):
    """The other side names "Varn Budget Office" only with its distinctive words written as a
    name, not by writing "budget" or "office" in lowercase, nor inside another word ("Ben" is
    not in "benefits")."""
    assert names("The Varn Budget Office said so.", "The budget office said so.") == [("Varn Budget Office", None)]
    assert names("The Varn Budget Office said so.", "The Varn office said so.") == []
    assert names("Ben Kessler said so.", "The benefits are small.") == [("Ben Kessler", None)]
    assert names("Ben Kessler said so.", "Kessler said so.") == []
    # a short abbreviation is named by itself, not by a word it opens ("AP" in "April")
    press = Glossary((("Associated Press", ("Associated Press", "AP")),))
    assert names("The AP said so.", "In April it was said.", press) == [("AP", None)]
    assert names("The AP said so.", "The AP's office said so.", press) == []
    assert names("The Fed said so.", "The Federal Reserve said so.") == []
    # a place inside a people's name is still said ("Tarnovia" in "Tarnovian"), and so is a
    # name in a hyphenated word ("anti-Kessler")
    assert names("Troops left Kessra.", "Kessran troops left.") == []
    assert names("Elena Kessler spoke.", "An anti-Kessler crowd gathered.") == []


def test_a_glossary_term_inside_a_longer_name_is_no_mention_of_its_group(names):
    """"Brenholm Post", a paper, is no mention of Ostland, whose capital the glossary's
    "Brenholm" is: the term opens a longer name."""
    ostland = Glossary((("Ostland", ("Ostland", "Republic of Ostland", "Brenholm")),))
    assert names("Fighting resumed in the Republic of Ostland.", "Fighting resumed, the Brenholm Post reported.",
                 ostland) == [("Republic of Ostland", None), (None, "Brenholm Post")]
    assert names("Fighting resumed in the Republic of Ostland.", "Fighting resumed in Brenholm.", ostland) == []
    # a title after the term leaves it the group's: "Brenholm Mayor Vos" is of Ostland
    assert names("Fighting resumed in the Republic of Ostland.", "Fighting resumed, Brenholm Mayor Vos said.",
                 ostland) == [(None, "Mayor Vos")]


def test_a_dateline_is_a_place_opening_the_story(names, names_between):
    """An organisation's abbreviation before a dash is no dateline ("VNO —": the glossary's
    abbreviation), nor is a word in capitals before a dash in the story's body ("NATO —")."""
    assert names("VNO — The office voted to close the market.", "The council voted to close the market.") \
        == [("VNO", None)]
    assert names_between("The council met on Monday.\n\nThe market stayed open.\n\nIt rained.\n\n"
                         "NATO — The alliance voted to close the base.",
                         "The alliance voted to close the base.", 3, 0) == [("NATO", None)]
    # real datelines stay, after a headline and a byline
    assert names_between("Council Votes\n\nBy Anna Brisk\n\nBRENHOLM, Ostland — The council voted.",
                         "The council voted.", 2, 0) == []
    assert names("KESSRA — The council voted.", "The council voted.") == []


def test_an_abbreviation_with_full_stops_is_a_name(names):
    """"U.N." is a name as "UN" is: missing where the other side gives neither it nor its
    expansion; a glossary term so written is its group ("V.N.O."); the time of day ("10 A.M.")
    and a dateline ("BRENHOLM, D.C. —") are none."""
    assert names("The U.N. sent observers.", "Observers were sent.") == [("U.N.", None)]
    assert names("The U.N. sent observers.", "The UN sent observers.") == []
    assert names("The U.N. sent observers.", "The United Nations sent observers.") == []
    assert names("The UN sent observers.", "The U.N. sent observers.") == []
    assert names("The V.N.O. said so.", "Officials said so.") == [("V.N.O.", None)]
    assert names("The V.N.O. said so.", "Ostland said so.") == []
    assert names("The vote is at 10 A.M. on Monday.", "The vote is on Monday.") == []
    assert names("BRENHOLM, D.C. — The council voted.", "The council voted.") == []
    # one that opens a longer name is a word of it; before a title it is a name of its own
    assert names("The U.N. Varn Office said so.", "The Varn Office said so.") == []
    assert names("The U.N. Ambassador Vos said so.", "Ambassador Vos said so.") == [("U.N.", None)]


def test_a_name_spelt_with_its_last_consonant_voiced_is_the_same_name(names):
    """Transliterations voice a name's last consonant or not ("Stepanakerd" / "Stepanakert")."""
    assert names("Fighting went on near Kessrad.", "Fighting went on near Kessrat.") == []
    assert names("Fighting went on near Kessrad.", "Fighting went on near Kessrak.") \
        == [("Kessrad", None), (None, "Kessrak")]


def test_a_sentence_adverb_after_a_headline_without_a_full_stop_is_no_name(names):
    """A heading with no full stop run into the sentence after it on one line (as a page's text
    may come): "Meanwhile," there is no name, nor a word of the name before it."""
    assert names("Border talks stall Meanwhile, the envoys left Brenholm.", "The envoys left Brenholm.") == []
    assert names("Border talks stall in Brenholm Besides, the envoys left.", "The envoys left Brenholm.") == []
    assert names("Border talks stall in Kessra Meanwhile, the envoys left.", "The envoys left Brenholm.") \
        == [("Kessra", None), (None, "Brenholm")]
    # a name there is still one
    assert names("Border talks stall Vos, the envoy, left Brenholm.", "The envoy left Brenholm.") == [("Vos", None)]


def test_a_group_after_an_institution_is_two_names(names):
    """"House Republicans" are the House's Republicans: the other side names the Republicans
    and not the House."""
    assert names("The House Republicans opposed the bill.", "Republicans opposed the bill.") == [("House", None)]
    assert names("In the end, House Republicans opposed it.", "In the end, Republicans opposed it.") == [("House", None)]
    assert names("House Republicans opposed it.", "Republicans opposed it.") == [("House", None)]
    assert names("Senate Democrats opposed the bill.", "The Democrats opposed it in the Senate.") == []
    # a party's own name stays whole
    assert names("The Free Democrats opposed the bill.", "The party opposed the bill.") == [("Free Democrats", None)]


def test_an_adjective_of_a_name_opening_a_sentence_is_a_name(names_between):
    """"Democratic" opening a sentence is the Democrats' where the articles write "Democrats"
    with a capital inside a sentence; a word they write in lowercase stays none."""
    assert names_between("Democratic officials accused the Republicans of delay.",
                         "Officials accused the Republicans of delay.\n\nThe vote split the Democrats.",
                         0, 0) == [("Democratic", None)]
    assert names_between("Democratic officials accused the Republicans of delay.",
                         "Officials accused the Republicans of delay.\n\nA democratic vote split the Democrats.",
                         0, 0) == []


def test_a_state_abbreviated_after_its_city_is_a_name(names):
    """"Lexington, Ky." names a state: missing where the other side gives neither it nor its
    full name ("Kentucky", whose letters the abbreviation keeps in order)."""
    assert names("The rally was in Lexington, Ky., on Monday.", "The rally was in Lexington on Monday.") \
        == [("Ky", None)]
    assert names("The rally was in Lexington, Ky. It rained.", "The rally was in Lexington, Kentucky.") == []
    assert names("The rally was in Lexington, Kentucky.", "The rally was in Lexington, Ky. It rained.") == []
    assert names("The rally was in Lexington, Ky.", "The rally was in Lexington, Ky., on Monday.") == []
    assert names("The rally was in Tampa, Fla.", "The rally was in Tampa, Florida.") == []
    # a word that merely holds its letters is no full name of it
    assert names("The rally was in Lexington, Mo.", "Mr. McCulloch held a rally in Lexington.") \
        == [("Mo", None), (None, "McCulloch")]
    # a whole name keeps its own ("Houston, Texas."), and a month or a channel is none ("Nov. 10")
    assert names("The rally was in Houston, Texas.", "The rally was in Houston.") == [("Texas", None)]
    assert names("The rally was on Monday, Nov. 10, in Houston, Ch. 4 said.", "The rally was in Houston.") == []
    # nor a person's generation, a company's kind or a lawmaker's state in brackets
    assert names("Martin Vos, Jr. spoke for Acme, Inc. on Monday.", "Martin Vos spoke for Acme on Monday.") == []
    assert names("Speaker Orla Quint (Wis.) spoke on Monday.", "Speaker Orla Quint spoke on Monday.") == []


def test_a_name_with_its_abbreviation_in_brackets_is_one_name(names):
    """"the Organisation for Security and Co-operation in Europe (OSCE)" is one name, which the
    other side names by its abbreviation or by its words."""
    full = "Observers of the Organisation for Security and Co-operation in Europe (OSCE) arrived."
    assert names(full, "Observers of the OSCE arrived.") == []
    assert names(full, "Observers of the Organisation for Security and Co-operation in Europe arrived.") == []
    assert names(full, "Observers arrived.") \
        == [("Organisation for Security and Co-operation in Europe (OSCE)", None)]


def test_a_name_in_brackets_after_another_is_a_name(names):
    """"Elena Vos (Kessra)": the bracket glosses the name before it and opens no sentence."""
    assert names("The talks joined Elena Vos (Kessra) and Anna Marsh.", "The talks joined Elena Vos and Anna Marsh.") \
        == [("Kessra", None)]
    # after a full stop, a bracket opens a sentence as before
    assert names("The talks ended. (Despite that, they resumed.)", "The talks ended and resumed.") == []


def test_a_date_before_a_name_is_no_word_of_it(names):
    """"On 28 September President Orla Quint signed": the month opens no name, so the other
    side's "28 September" is no mention of her."""
    assert names("On 28 September President Orla Quint signed the decree.", "The decree of 28 September was signed.") \
        == [("President Orla Quint", None)]


def test_an_institution_before_a_title_and_a_person_is_a_name_of_its_own(names):
    """"House Speaker Orla Quint": the House, and its speaker; the other side that names only
    Quint does not name the House."""
    assert names("House Speaker Orla Quint said the order was unlawful.", "Orla Quint said the order was unlawful.") \
        == [("House", None)]
    assert names("Senate Judiciary Chairman Elena Vos will review it.", "Elena Vos will review it.") \
        == [("Senate Judiciary", None)]
    # no institution before the title: one name
    assert names("Former President Elena Vos will review it.", "Elena Vos will review it.") == []


def test_a_titled_person_of_a_place_is_two_names(names):
    """"Gov. Jay Marsh of Ostvar": the governor, and the state he governs."""
    assert names("Gov. Jay Marsh of Ostvar may appoint a new prosecutor.", "Jay Marsh may appoint a new prosecutor.") \
        == [("Ostvar", None)]
    assert names("Gov. Jay Marsh of Ostvar may appoint a new prosecutor.", "Ostvar may appoint a new prosecutor.") \
        == [("Gov. Jay Marsh", None)]


def test_a_lawmaker_s_state_names_the_state(names):
    """"Orla Quint, R-Wis." is no name of its own, but it says which state: the other side's
    "Wisconsin" is no name it lacks."""
    assert names("Speaker Orla Quint, R-Wis., said it was clear.", "Speaker Orla Quint of Wisconsin said it was clear.") \
        == []


def test_a_passage_of_many_names_with_their_abbreviations_is_read_in_linear_time():
    """Each bracketed abbreviation's name is set among the passage's names once, not by going
    over all of them again for each bracket."""
    import time

    from reader.differ.mentions import Reader

    text = "The Kelmet Ferry Board (KFB) met. " * 2000
    started = time.process_time()
    found = Reader(TARNOVIA).read(text)
    assert len(found) == 6000 and time.process_time() - started < 3


def test_a_word_opening_a_sentence_is_a_name_where_its_plural_is_written_as_one(names):
    """"Verdant councillors" opening a sentence names the party the articles write "Verdants"
    inside a sentence (and the singular for the plural); a word written as no name anywhere
    stays none."""
    assert names("Verdant councillors said the levy was unfair. Two Verdants walked out.",
                 "Councillors said the levy was unfair.") == [("Verdant", None)]
    assert names("Harbourists say the ferry must stay. A Harbourist chairs the board.",
                 "The ferry must stay, the board says.") == [("Harbourists", None)]
    assert names("Critics argued that the toll was unlawful.", "Lawmakers argued the toll was unlawful.") == []


def test_a_name_and_its_abbreviation_after_or_are_one_name(names):
    """"the Kelmet Route for Coastal Trade and Transit, or KRCTT": one name, which the other
    side's "Kelmet Route" names; its words after "for" and its abbreviation are none of their own."""
    assert names("The Kelmet Route for Coastal Trade and Transit, or KRCTT, opens in May.",
                 "The Kelmet Route opens in May.") == []
    assert names("The ferry stops, the Office for Harbour Safety, or OHS, said.",
                 "The ferry stops, the Office for Harbour Safety said.") == []
    assert names("The ferry stops, the Office for Harbour Safety, or OHS, said.", "The ferry stops, OHS said.") == []
    # capitals that spell no name before them are a name of their own
    assert names("The ferry stops, the harbour office, or OHS, said.", "The ferry stops.") == [("OHS", None)]


def test_a_state_abbreviated_is_the_state(names):
    """"Mo." is Missouri, though its letters are no contraction of it ("Mo" / "McCulloch" must stay
    apart), after a city, a lawmaker's party or a titled person's "of", and before a noun ("the
    Ariz. law"); either side may write it in full."""
    assert names("The march in Ferrisburg, Mo., grew.", "The march in Ferrisburg, Missouri, grew.") == []
    assert names("The march in Ferrisburg, Missouri, grew.", "The march in Ferrisburg, Mo., grew.") == []
    assert names("Orla Quint, R-Mo., spoke.", "Orla Quint of Missouri spoke.") == []
    assert names("Gov. Jay Marsh of Mo. signed it.", "Gov. Jay Marsh of Missouri signed it.") == []
    assert names("The Ariz. law took effect.", "The Arizona law took effect.") == []
    assert names("The Arizona law took effect.", "The Ariz. law took effect.") == []
    assert names("Gov. Jay Marsh of Mo. signed it.", "Gov. Jay Marsh signed it.") == [("Mo", None)]
    assert names("Prosecutor Dana McCrory spoke in Ferrisburg.", "The prosecutor spoke in Ferrisburg, Mo.") \
        == [("Prosecutor Dana McCrory", None), (None, "Mo")]


def test_a_name_the_passage_gives_another_name_for_is_said_by_either(names):
    """"Velmora, which Ostland now calls Karvesh": one town, which the other side names when it
    says either name; without the passage's own words joining them, two names."""
    assert names("Shells fell on Velmora, which Ostland now calls Karvesh, at dawn.",
                 "Shells fell on Karvesh at dawn.") == [("Ostland", None)]
    assert names("Shells fell on Karvesh at dawn.",
                 "Shells fell on Velmora, which Ostland now calls Karvesh, at dawn.") == [(None, "Ostland")]
    assert names("The ferry docks at Port Halden, what the islanders call Haldenmouth.",
                 "The ferry docks at Haldenmouth.") == []
    # the other side saying neither lacks the town once
    assert names("Shells fell on Velmora, which Ostland now calls Karvesh, at dawn.", "Shells fell at dawn.") \
        == [("Velmora", None), ("Ostland", None)]
    assert names("Shells fell on Velmora at dawn.", "Shells fell on Karvesh at dawn.") \
        == [("Velmora", None), (None, "Karvesh")]


def test_a_gloss_in_brackets_is_the_same_thing(names):
    """"the Majlis (Parliament)": the bracket glosses the body, so either word on the other side
    names it; so does a place's other name the article writes only in such brackets ("Karvesh
    (Velmora)"), but not one it also writes on its own, nor a person's party or seat ("Elena Vos
    (Kessra)")."""
    assert names("The Majlis (Parliament) passed the toll bill.", "Parliament passed the toll bill.") == []
    assert names("The Majlis (Parliament) passed the toll bill.", "The Majlis passed the toll bill.") == []
    assert names("Deputies of the Storting (Assembly) voted.", "The Assembly voted.") == []
    assert names("Shells fell on Karvesh (Velmora) at dawn.", "Shells fell on Velmora at dawn.") == []
    assert names("Shells fell on Karvesh (Velmora) at dawn.\n\nVelmora had no power.",
                 "Shells fell on Velmora at dawn.") == [("Karvesh", None)]
    assert names("The talks joined Elena Vos (Kessra).", "The talks joined Kessra.") == [("Elena Vos", None)]


def test_a_place_or_people_before_a_title_and_a_person_is_a_name_of_its_own(names):
    """"Brenholm County Prosecutor Jon Tarrow": the county, and its prosecutor; "Former Ostlandic
    President Elena Vos": the Ostlandic people, and her. Words that are the title's ("Former",
    "State Senator", "Police Commissioner") are no name, and a body keeps its own words
    ("Foreign Ministry Spokesman")."""
    assert names("The case went to Brenholm County Prosecutor Jon Tarrow on Monday.",
                 "The case went to Tarrow on Monday.") == [("Brenholm County", None)]
    assert names("Former Ostlandic President Elena Vos criticised the plan.", "Ms. Vos criticised the plan.") \
        == [("Ostlandic", None)]
    assert names("Kessran Mayor Jay Marsh criticised the plan.", "Marsh criticised the plan.") == [("Kessran", None)]
    assert names("The Foreign Ministry Spokesman Jan Tarr spoke.", "Tarr spoke.") == [("Foreign Ministry", None)]
    assert names("State Senator Orla Quint spoke.", "Quint spoke.") == []
    assert names("Police Commissioner Jan Tarr spoke.", "Tarr spoke.") == []
    assert names("Former President Elena Vos spoke.", "Vos spoke.") == []


def test_a_name_the_other_side_writes_whole_in_lowercase_is_said(names):
    """"the harbour court" says "Harbour Court"; "the budget office" does not say "Varn Budget
    Office", which it writes only in part."""
    assert names("The Harbour Court ruled on Monday.", "The ruling of the harbour court stands.") == []
    assert names("The deal cites the Declaration of Accord.", "The deal cites the declaration of accord.") == []
    assert names("The Varn Budget Office said so.", "The budget office said so.") == [("Varn Budget Office", None)]
    assert names("The Harbour Court ruled on Monday.", "The harbour courts ruled on Monday.") == [("Harbour Court", None)]


def test_a_body_named_for_what_it_is_for_is_one_name(names):
    """"the Center for Harbour Studies", "the Council on Coastal Relations": "for" and "on" after a
    body's noun join its name (elsewhere "for" parts two); and a word of it ending in "-ion" is no
    people whose place the other side might name ("Immigration" is no "Immigratio")."""
    assert names("A study by the Center for Harbour Studies found it.", "A study found it.") \
        == [("Center for Harbour Studies", None)]
    assert names("The Council on Coastal Relations met.", "The council met.") == [("Council on Coastal Relations", None)]
    assert names("A study by the Institute for Migration Research found it.", "Last year migration rose, a study found.") \
        == [("Institute for Migration Research", None)]


def test_an_abbreviated_body_before_any_title_is_a_name_of_its_own(names):
    """"KRB Chair Orla Quint": the body, and its chair, though "Chair" alone is no person's
    title; a title of several words stays one ("Foreign Secretary Jan Tarr")."""
    assert names("“They stole the toll,” said KRB Chair Orla Quint.", "Orla Quint said the toll was stolen.") \
        == [("KRB", None)]
    assert names("The KFB Director Jan Tarr said so.", "Tarr said so.") == [("KFB", None)]
    assert names("Foreign Secretary Jan Tarr said so.", "Tarr said so.") == []
    # a title that is an adjective too stays a word of the longer name: "the KFB General Council"
    assert names("The KFB General Council met.", "The council met.") == [("KFB General Council", None)]


def test_an_owner_in_the_possessive_inside_a_run_is_a_name_of_its_own(names):
    """"Mr. Tarr’s National Harbour Council": Tarr, and the council that is his; a name of one
    word after the possessive, or a plural's, stays one name ("St. Mary's Hospital", "the
    Women's World Cup")."""
    assert names("He served on Mr. Tarr’s National Harbour Council.", "He served Mr. Tarr.") \
        == [("National Harbour Council", None)]
    assert names("He met Kessra's Mayor Elena Vos.", "He met Vos.") == [("Kessra", None)]
    assert names("St. Mary's Hospital opened.", "It opened.") == [("St. Mary's Hospital", None)]
    assert names("The Women's World Cup began.", "It began.") == [("Women's World Cup", None)]


def test_a_weekday_after_a_name_is_no_word_of_it(names):
    """"Elena Vos Tuesday": the weekday closes the run, not the name, so the other side's
    "Tuesday" is no mention of her."""
    assert names("The envoy met Elena Vos Tuesday.", "The envoy met no one on Tuesday.") == [("Elena Vos", None)]
    assert names("Talks with Chancellor Jon Tarrow Friday ended early.", "Talks ended early on Friday.") \
        == [("Chancellor Jon Tarrow", None)]
    # a month may be a name's last word
    assert names("The envoy met Theresa May in Brenholm.", "The envoy met Theresa May.") == [("Brenholm", None)]


def test_a_month_of_the_islamic_calendar_is_no_name(names):
    assert names("The council met during Ramadan in Brenholm.", "The council met in Brenholm.") == []
    assert names("The market reopened after Shawwal began.", "The market reopened.") == []


def test_a_body_of_something_named_is_one_name(names):
    """"the Relief Committee of the Blue Anchor": a body's noun before "of the" names what the
    body belongs to, one name, which the other side says when it says "Blue Anchor"."""
    assert names("Only the Relief Committee of the Blue Anchor crossed.", "Only Blue Anchor trucks crossed.") == []
    assert names("The Advisory Council of the Varn Basin met.", "The Varn Basin board met.") == []
    # after a person's name, "of the" still parts two names
    assert names("Elena Vos of the Progressive Alliance spoke.", "Vos spoke.") == [("Progressive Alliance", None)]


def test_a_name_someone_owns_after_a_comma_is_the_same_place(names):
    """"Tollmark, their Vessgard": the people's own name for the place, which the other side
    says when it says either."""
    assert names("Rain fell on Tollmark, their Vessgard, all night.", "Rain fell on Vessgard all night.") == []
    assert names("The ferry reached Helmsby, its Norhaven.", "The ferry reached Norhaven.") == []
    # a name that closes no phrase is no other name of it
    assert names("Rain fell on Tollmark, their Vessgard farms flooded.", "Rain fell on Vessgard.") \
        == [("Tollmark", None)]
    # nor the lowercase word before the weekday
    assert names("Vos spoke at the Varn Centre on Monday.", "Vos spoke on Monday.") == [("Varn Centre", None)]


def test_a_ticket_of_two_names_is_two_names(names, write_article):
    """"the Vos-Marsh plan", where the article names Vos and Marsh apart too: two people, so the
    other side naming Vos alone lacks Marsh; a hyphenated name whose parts the article never
    writes alone ("Velmora-Karvesh") stays one."""
    def second_paragraphs(a_text: str, b_text: str) -> list:
        a, b = write_article(a_text), write_article(b_text)
        return [(d.a_text, d.b_text) for d in Differ(a, b, a.passages, b.passages, TARNOVIA).between(1, 1)
                if d.kind == "name"]

    assert second_paragraphs("Marsh spoke first. Vos answered.\n\nThe Vos-Marsh plan would cut the levy, its backers said.\n",
                             "Critics spoke first.\n\nVos said her plan would cut the levy.\n") == [("Marsh", None)]
    assert second_paragraphs("Quint spoke. Tarrow answered.\n\nThe Quint-Tarrow ticket won Brenholm.\n",
                             "Voters spoke.\n\nTarrow won Brenholm.\n") == [("Quint", None)]
    # opening a quotation, where the article writes both names inside a sentence
    assert second_paragraphs("The law passed. Then Marsh and Vos spoke.\n\nIts backers call it “Vos-Marsh” work.\n",
                             "The law passed.\n\nIts backers call it Vos work.\n") == [("Marsh", None)]
    assert names("Shells fell on Velmora-Karvesh.", "Shells fell on Karvesh.") == []
    # nor one a name's word follows: the second part is a word of that longer name
    assert second_paragraphs("Ostland spoke. Then Velmora Tarnovia answered.\n\nThe Ostland-Velmora Tarnovia war went on.\n",
                             "Ostland spoke.\n\nThe Ostland and Tarnovia war went on.\n") == []


def test_a_last_sibilant_transliterated_otherwise_is_the_same_name(names):
    """"Veraks" / "Veraz": one river in two alphabets' spellings, the rest of the name alike;
    a name otherwise unlike stays another."""
    assert names("Floods rose along the Veraks.", "Floods rose along the Veraz.") == []
    assert names("The road runs past Dolmaks.", "The road runs past Dolmaz.") == []
    assert names("The road runs past Dolmaz.", "The road runs past Dolmaks.") == []
    assert names("Floods rose along the Veraks.", "Floods rose along the Vorez.") == [("Veraks", None), (None, "Vorez")]


def test_a_body_glossed_in_lowercase_is_the_same_body(names):
    """"the Riksvold (assembly)": the lowercase gloss names the same body, which the other side
    says when it says the Assembly; a gloss that is no body's noun joins nothing."""
    assert names("The Riksvold (assembly) voted for it.", "The Assembly voted for it.") == []
    assert names("The Tinget (council) met at dawn.", "At dawn the Council met.") == []
    assert names("The Riksvold (building) burned at dawn.", "At dawn the Building burned.") == [("Riksvold", None)]


_BUSES = """School Buses

Councillor Ana Rusu (Westbank) (Ind): Why were the school buses cut from the hill villages?

The Leader of the Council (Councillor Omar Feld): Because the contract ran out in June.

Ana Rusu: Will the council restore them before the winter?

Councillor Feld: The buses will run again from October, as Ana Rusu asked.
"""
_BUSES_REPORT = """School buses

Why were the school buses cut from the hill villages?

Because the contract ran out in June.

Will the council restore them before the winter?

The buses will run again from October, as was asked.
"""
_DUES = """Harbour Dues

Mr Tor Lund (Eastfold) (Lab): Will the Minister say why the dues rose twice this year?

Ms Sigrun Dahl (Kessa) (Con): The breakwater needed repairs after the storms.

Tor Lund: When will the engineers report to Kessa?

Ms Dahl: In May, with the costs, and Tor Lund will have a copy.
"""
_DUES_REPORT = """Harbour dues

Why did the dues rise twice this year?

The breakwater needed repairs after the storms.

When will the engineers report to Kessa?

In May, with the costs, and the committee will have a copy.
"""


@pytest.mark.parametrize(("record", "report", "said"), [(_BUSES, _BUSES_REPORT, "Ana Rusu"), (_DUES, _DUES_REPORT, "Tor Lund")])
def test_a_debates_speakers_labels_are_no_names_one_side_lacks(write_article, record, report, said):
    """A debate's record labels each turn with who speaks, with the seat and the party first and
    by the name alone later: no name its passage gives, as the aligner reads the labels; the
    name said inside a turn is still one."""
    a, b = write_article(record), write_article(report)
    differ = Differ(a, b, a.passages, b.passages, Glossary())
    found = [[(d.a_text, d.b_text) for d in differ.between(i, i) if d.kind == "name"] for i in range(1, 5)]
    assert found == [[], [], [], [(said, None)]]


def test_capitals_and_a_colon_opening_a_passage_outside_a_debates_record_still_name(names):
    """Only a debate's record has its speakers' labels read as no names: elsewhere a passage
    that opens on a name in capitals and a colon names it."""
    assert names("OSCE: Observers will return to Kessra in May.", "Observers will return to Kessra in May.") == [
        ("OSCE", None)]
