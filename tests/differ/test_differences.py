"""What differs inside a linked pair: figures and dates that disagree (and only those), names
one side lacks, framing terms; glossary framing labels."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.align import Glossary, load_glossary
from reader.align.text import phrase_keys
from reader.corpus import load_article
from reader.differ import DIFFERENCE_KINDS, Differ
from reader.errors import UserError

NK = Glossary(
    (("Nagorno-Karabakh", ("Nagorno-Karabakh", "Artsakh", "separatist enclave")),
     ("Israel", ("Israel", "Israeli", "Zionist regime"))),
    (("Artsakh", "Armenian usage"), ("separatist enclave", "Azerbaijani usage"), ("Zionist regime", "Iranian usage")),
)


@pytest.fixture
def diff(compared):
    def run(a_text: str, b_text: str, glossary: Glossary = NK):
        return compared(a_text, b_text, glossary)
    return run


def kinds(found, kind):
    return [(d.a_text, d.b_text) for d in found if d.kind == kind]


def test_durations_of_one_offensive_disagree(diff):
    found = diff("Azerbaijan won a 24-hr lightning offensive against the enclave.",
                 "Azerbaijan ended a two-day military offensive against the enclave.")
    assert kinds(found, "number") == [("24-hr", "two-day")]


def test_counts_of_different_things_are_not_compared(diff):
    found = diff("More than 200 Armenians were killed in the offensive.",
                 "Nearly 300 people were injured in the offensive.")
    assert kinds(found, "number") == []


def test_a_count_of_a_compound_role_disagrees_with_the_role(diff):
    found = diff("More than 1,400 dockworkers at the port of Varnholm walked out.",
                 "Around 900 workers at the port of Varnholm joined the action.")
    assert kinds(found, "number") == [("More than 1,400 dockworkers", "Around 900 workers")]


def test_sums_in_pounds_disagree_and_other_currencies_are_not_compared(diff):
    found = diff("Of the fund, £500,000 will be paid out to the Orla families.",
                 "Only £250,000 will be paid out to the Orla families.")
    assert kinds(found, "number") == [("£500,000", "£250,000")]
    assert kinds(diff("Of the fund, £500,000 will be paid out to the Orla families.",
                      "Only €250,000 will be paid out to the Orla families."), "number") == []


def test_a_toll_is_not_compared_with_a_head_count(diff):
    """"Eleven passengers died" and "340 passengers" on board are two facts; two tolls of
    passengers still disagree."""
    toll = "Eleven passengers died when the Orla Star ferry sank."
    assert kinds(diff(toll, "The Orla Star ferry was carrying at least 340 passengers when it sank."), "number") == []
    assert kinds(diff(toll, "Nineteen passengers died when the Orla Star ferry sank."), "number") \
        == [("Eleven passengers", "Nineteen passengers")]


def test_counts_of_people_who_fled_disagree(diff):
    found = diff("About 28,000 Christians fled the region within days.",
                 "Some 100,000 ethnic Armenians fled the region.")
    assert kinds(found, "number") == [("About 28,000 Christians", "Some 100,000 ethnic Armenians")]


def test_rounded_and_hedged_figures_agree(diff):
    assert kinds(diff("200 people were killed in the shelling.", "213 people were killed in the shelling."), "number") == []
    assert kinds(diff("More than 200 people were killed.", "At least 250 people were killed."), "number") == []
    assert kinds(diff("Israel supplied 69% of its arms.", "Israel supplied 69 percent of its arms."), "number") == []


def test_a_figure_that_agrees_with_any_other_is_never_reported(diff):
    found = diff("The drones cost $5 million; the missiles cost $9 million.",
                 "The drones cost $9 million.")
    assert kinds(found, "number") == []


def test_a_bare_figure_vouches_for_the_same_figure(diff):
    found = diff("Nine delegates walked out on Monday, compared to 31 the day before.",
                 "At least 31 delegates walked out on Sunday.")
    assert kinds(found, "number") == []


def test_dates_disagree_only_with_shared_context(diff):
    found = diff("On April 5 the ceasefire was signed in Moscow.", "On April 7 the ceasefire was signed in Moscow.")
    assert kinds(found, "date") == [("April 5", "April 7")]
    assert kinds(diff("On April 5 the ceasefire was signed.", "In 2020 the war began again."), "date") == []
    assert kinds(diff("In April 2016 the ceasefire was signed in Moscow.", "On 5 April the ceasefire was signed in Moscow."), "date") == []



def test_dates_need_two_words_of_what_happened_or_one_and_a_name(diff):
    """One word of two whole clauses in common happens by chance; two, or one and a name, do not."""
    assert kinds(diff("He played well in 2006, a year of losses.", "In 2013 the team played at home."), "date") == []
    assert kinds(diff("Owen played well in 2006 at home.", "In 2013 Owen played at home."), "date") == [("2006", "2013")]
    assert kinds(diff("The team played at home in 2006.", "In 2013 the team played at home."), "date") == [("2006", "2013")]


def test_a_date_of_telling_or_a_deadline_is_not_the_day_of_the_event(diff):
    """"said on" dates a statement, "until" / "the deadline of" a limit: neither disagrees with
    the day a count was released or a vote held; two days of one role still do."""
    said = diff("The final tally of the Orlen county vote was released on Friday 8 November.",
                "The county party said on Saturday 9 November that the final tally of the vote was wrong.")
    assert kinds(said, "date") == []
    limit = diff("Postal ballots in the Orlen county vote were counted after polling day on 5 November.",
                 "Postal ballots in the Orlen county vote arrived after the legal deadline of 6 November.")
    assert kinds(limit, "date") == []
    until = diff("The Orlen candidate may request a county recount until 15 November.",
                 "The Orlen candidate may request a county recount, the party said, after 8 November.")
    assert kinds(until, "date") == []
    assert kinds(diff("The Orlen county party said on 8 November that the vote was wrong.",
                      "The Orlen county party said on 9 November that the vote was wrong."), "date") \
        == [("8 November", "9 November")]
    assert kinds(diff("Orlen county ballots must arrive by 6 November, the law says.",
                      "Orlen county ballots must arrive by 9 November, the law says."), "date") \
        == [("6 November", "9 November")]


def test_a_day_inside_a_span_of_days_agrees(diff):
    assert kinds(diff("The fighting of April 1-5 ended in Moscow.", "The fighting of April 3 ended in Moscow."), "date") == []
    assert kinds(diff("The fighting of April 1-5 ended in Moscow.", "The fighting of April 9 ended in Moscow."), "date") \
        == [("April 1-5", "April 9")]


def test_a_date_context_runs_past_initials(diff):
    """"Doe v. Roe" does not end the clause: what follows says what the date is about."""
    found = diff("In 1921, in Doe v. Roe, a tenant farmer was held a landowner.",
                 "A tenant farmer was held a landowner in 1924.")
    assert kinds(found, "date") == [("1921", "1924")]


def test_a_date_context_meets_inflections(diff):
    """"ruled" meets "ruling" (alignment's stemmer leaves short words whole); a ruling and a
    war share nothing and are not compared."""
    assert kinds(diff("The High Court ruled on it in 1921.", "A 1924 High Court ruling is cited."), "date") \
        == [("1921", "1924")]
    assert kinds(diff("The High Court ruled on it in 1921.", "The war of 1924 left the High Court idle."), "date") == []


def test_names_one_side_lacks(diff):
    found = diff("Hossein Amir-Abdollahian met Ilham Aliyev in Baku on Tuesday.",
                 "The minister met Aliyev in Baku.")
    assert kinds(found, "name") == [("Hossein Amir-Abdollahian", None)]
    found = diff("The talks went on.", "Officials in Tehran and Moscow watched the talks.")
    assert kinds(found, "name") == [(None, "Tehran"), (None, "Moscow")]


def test_glossary_equivalents_are_the_same_name(diff):
    found = diff("Fighting resumed in Artsakh.", "Fighting resumed in Nagorno-Karabakh.")
    assert kinds(found, "name") == []


def test_a_capital_opening_a_sentence_is_no_name(diff):
    assert kinds(diff("Today the talks went on.", "The talks went on."), "name") == []


def test_a_list_item_or_heading_opens_a_sentence(diff):
    """"- Footfall fell" and "## Parking" open with a capital as any sentence does: no name."""
    assert kinds(diff("- Footfall in the Varne market fell by a tenth.", "- Parking in the Varne market fell."),
                 "name") == []
    assert kinds(diff("## Parking near the Varne market", "## Footfall near the Varne market"), "name") == []
    assert kinds(diff("- Footfall fell, said Orla Quint.", "- Footfall fell."), "name") == [("Orla Quint", None)]


def test_a_name_one_side_lacks_is_shown_without_its_possessive(diff):
    found = diff("The goalkeeper of Harlow United palmed Joe Marsh's corner into the net.",
                 "The goalkeeper of Harlow United palmed the corner into the net.")
    assert kinds(found, "name") == [("Joe Marsh", None)]
    found = diff("The pitch was the Harlow Rovers’ own.", "The pitch was their own.")
    assert kinds(found, "name") == [("Harlow Rovers", None)]


def test_a_name_transliterated_with_other_front_vowels_is_no_missing_name(diff):
    """"Kiev" / "Kyiv", "Mykolaiv" / "Mikolaiv": "y", "e" and "i" swap between transliterations."""
    found = diff("Governor Mykolaiv Harun spoke in Kyiv.", "Mikolaiv Harun spoke in Kiev.")
    assert kinds(found, "name") == []
    found = diff("The Palestinian envoy spoke.", "The envoy of Pashinyan spoke.")
    assert kinds(found, "name") == [("Palestinian", None), (None, "Pashinyan")]
    found = diff("The talks were held in Kyiv.", "The talks were held in Kirov.")
    assert kinds(found, "name") == [("Kyiv", None), (None, "Kirov")]


def test_a_name_the_aligner_joins_is_no_missing_name(write_article):
    """"Stepanakerd" / "Stepanakert" (one name spelt two ways), "Yenikend" / "Norashen" (one
    side's name given as the other's): the aligner joins each two into one key and shows them
    as a match, so the differences of its links must not call either one missing; two names
    that merely begin alike stay two ("Martuni" / "Martakert")."""
    from reader.align import align

    a = write_article("A fuel depot on the road out of Stepanakerd exploded at night.\n\n"
                      "The shells fell on Martuni at dawn.\n\n"
                      "Shells hit the hospital in Norashen on Monday, doctors said.\n")
    b = write_article("The explosion at a fuel warehouse near Stepanakert was a tragedy.\n\n"
                      "The shells fell on Martakert at dawn.\n\n"
                      "Strikes hit the hospital near Yenikend, the ministry said.\n\n"
                      "Officials in Yenikend (Norashen) denied any shortage of power.\n")
    differ = Differ.of(align(a, b, None, glossary=Glossary(), min_score=0.0), Glossary())
    assert kinds(differ.between(0, 0), "name") == []
    assert kinds(differ.between(2, 2), "name") == []
    assert kinds(differ.between(1, 1), "name") == [("Martuni", None), (None, "Martakert")]
    # read without the alignment, the names are different names
    alone = Differ(a, b, a.passages, b.passages, Glossary())
    assert kinds(alone.between(2, 2), "name") == [("Norashen", None), (None, "Yenikend")]


def test_a_name_with_of_the_inside_is_one_name(diff):
    found = diff("The Ministry of the Interior said the talks went on.", "Officials said the talks went on.")
    assert kinds(found, "name") == [("Ministry of the Interior", None)]
    found = diff("The Ministry of the Interior said so.", "The Interior Ministry said so.")
    assert kinds(found, "name") == []


def test_a_name_followed_by_of_the_and_another_name_is_two_names(diff):
    found = diff("The council leader Elena Vos of the Progressive Alliance said the count was fair.",
                 "The council leader Elena Vos said the count was fair.")
    assert kinds(found, "name") == [("Progressive Alliance", None)]


def test_a_count_opening_a_sentence_is_no_part_of_a_name(diff):
    found = diff("Two Meridan soldiers died near the bridge.", "Soldiers died near the bridge.")
    assert kinds(found, "name") == [("Meridan", None)]


def test_of_the_before_a_glossary_term_is_no_part_of_a_name(diff):
    found = diff("The Republic of Artsakh government said so.", "The government said so.")
    assert ("Republic", None) in kinds(found, "name")
    assert all(not (a or "").endswith((" of", " the")) for a, _ in kinds(found, "name"))


def test_framing_terms(diff):
    found = diff("Fighting resumed in Artsakh.", "Fighting resumed in the separatist enclave.")
    assert [(d.a_text, d.b_text, d.note) for d in found if d.kind == "framing"] == [
        ("Artsakh", "separatist enclave", "Artsakh: Armenian usage; separatist enclave: Azerbaijani usage")]
    found = diff("Israel opened an embassy.", "The Zionist regime opened an embassy.")
    assert kinds(found, "framing") == [("Israel", "Zionist regime")]


def test_framing_when_one_side_adds_its_own_term(diff):
    found = diff("Israel opened an embassy in Baku.", "Israel, the Zionist regime, opened an embassy in Baku.")
    assert kinds(found, "framing") == [("Israel", "Zionist regime")]
    assert kinds(diff("Israel, the Zionist regime, acted.", "The Zionist regime, Israel, acted."), "framing") == []


def test_no_framing_between_inflections_or_unlabelled_terms(diff):
    assert kinds(diff("Israel sent drones.", "Israeli drones arrived."), "framing") == []
    plain = Glossary((("Azerbaijan", ("Azerbaijan", "Baku")),))
    assert kinds(diff("Azerbaijan bought drones.", "Baku bought drones.", plain), "framing") == []


def test_swapping_sides_swaps_the_differences(write_article):
    a = write_article("Azerbaijan won a 24-hr lightning offensive in Artsakh, Hossein said.\n")
    b = write_article("Azerbaijan ended a two-day military offensive in the separatist enclave.\n")
    forward = Differ(a, b, a.passages, b.passages, NK).between(0, 0)
    backward = Differ(b, a, b.passages, a.passages, NK).between(0, 0)
    assert {d.swapped() for d in forward} == set(backward)
    assert {d.kind for d in forward} == {"number", "name", "framing"}


def test_glossary_framing_labels(tmp_path):
    path = tmp_path / "g.toml"
    path.write_text('[[group]]\nterms = ["Artsakh", "Nagorno-Karabakh"]\nframing = { "Artsakh" = "Armenian usage" }\n'
                    '[[group]]\nterms = ["Israel", "Zionist regime"]\n[group.framing]\n"Zionist regime" = "Iranian usage"\n',
                    encoding="utf-8")
    glossary = load_glossary(path)
    assert glossary.label(phrase_keys("Artsakh")) == "Armenian usage"
    assert glossary.label(phrase_keys("zionist regimes")) == "Iranian usage"  # folded like the text
    assert glossary.label(phrase_keys("Israel")) is None


@pytest.mark.parametrize(("framing", "message"), [
    ('framing = { "Baku" = "Azerbaijani usage" }', "not one of the group's terms"),
    ('framing = { "Artsakh" = 3 }', "non-empty string"),
    ('framing = "Armenian usage"', "table of term = label"),
])
def test_glossary_framing_mistakes_are_user_errors(tmp_path, framing, message):
    path = tmp_path / "g.toml"
    path.write_text(f'[[group]]\nterms = ["Artsakh", "Nagorno-Karabakh"]\n{framing}\n', encoding="utf-8")
    with pytest.raises(UserError, match=message):
        load_glossary(path)


WORDS = ["Israel", "Artsakh", "the", "separatist", "enclave", "Zionist", "regime", "200", "two-day", "$4.85",
         "billion", "more", "than", "people", "fled", "April", "5", "2016", "between", "and", "Hossein",
         "Aliyev", "met", "in", "Baku", "24-hr", "offensive", "%", "percent", ".", ",", "ß", "ǅ", "“", "nearly"]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.lists(st.sampled_from(WORDS), max_size=30))
def test_any_text_gives_spans_that_hold_their_text(tmp_path_factory, a_words, b_words):
    folder = tmp_path_factory.mktemp("pair")
    (folder / "a.txt").write_text("x " + " ".join(a_words) + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("y " + " ".join(b_words) + "\n", encoding="utf-8")
    a, b = load_article(folder / "a.txt"), load_article(folder / "b.txt")
    found = Differ(a, b, a.passages, b.passages, NK).between(0, 0)
    for d in found:
        assert d.kind in DIFFERENCE_KINDS and (d.a_span or d.b_span)
        for span, text, article in ((d.a_span, d.a_text, a), (d.b_span, d.b_text, b)):
            if span is not None:
                assert article.text[span[0] : span[1]] == text


def test_words_in_capitals_are_emphasis_not_a_name_unless_alone(diff):
    found = diff("THE VERY NEXT DAY the war began, NATO said.", "The war began, officials said.")
    assert kinds(found, "name") == [("NATO", None)]


def test_dates_that_share_no_field_are_not_compared(diff):
    """A year says nothing about a month: "since 2011" and "since March" cannot disagree."""
    found = diff("The monitors have watched the border crossing since 2011, the agency said.",
                 "Guards at the border crossing have doubled since March, the agency said.")
    assert kinds(found, "date") == []
    found = diff("The monitors have watched the border crossing since March 2011, the agency said.",
                 "The monitors have watched the border crossing since June, the agency said.")
    assert kinds(found, "date") == [("March 2011", "June")]


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("The barrage killed nearly 40 villagers, the mayor said.", "The barrage killed 7 villagers, the mayor said."),
    ("The barrage killed almost 40 villagers, the mayor said.", "The barrage killed 7 villagers, the mayor said."),
    ("The barrage killed just under 40 villagers, the mayor said.", "The barrage killed 7 villagers, the mayor said."),
    ("The blockade of the port lasted nearly three days.", "The blockade of the port lasted one day."),
])
def test_nearly_means_a_little_under(diff, a_text, b_text):
    assert len(kinds(diff(a_text, b_text), "number")) == 1


def test_open_hedges_stay_open_below(diff):
    for hedge in ("up to", "less than", "fewer than", "under"):
        assert kinds(diff(f"The barrage killed {hedge} 40 villagers, the mayor said.",
                          "The barrage killed 7 villagers, the mayor said."), "number") == []
    assert kinds(diff("The barrage killed nearly 40 villagers, the mayor said.",
                      "The barrage killed 35 villagers, the mayor said."), "number") == []


def test_a_ceiling_is_compared_with_a_figure_only_on_more_shared_context(diff):
    """"Less than 3%" of the vote is a threshold, not the 48.6% a party took: one word in
    common ("vote") is not enough to take a ceiling and a figure for one fact; two are."""
    assert kinds(diff("The Progressive Alliance took 48.6% of the vote on Sunday.",
                      "Any party winning less than 3% of the vote loses its seats."), "number") == []
    assert kinds(diff("The levy was backed by under 10% of voters in the poll.",
                      "The levy was backed by 42% of voters in the poll."), "number") \
        == [("under 10%", "42%")]


def test_a_goal_timed_in_different_minutes_disagrees_but_two_goals_do_not(diff):
    """An ordinal minute is a point: two papers that time one goal differently disagree; two
    goals by two players share one word ("scored") and no name, like dates of two events."""
    assert kinds(diff("Okafor scored in the 67th minute to put Rovers ahead.",
                      "Okafor scored in the 65th minute to put Rovers ahead."), "number") \
        == [("67th minute", "65th minute")]
    assert kinds(diff("Okafor scored in the 67th minute to put Rovers ahead.",
                      "Diallo scored in the 89th minute to level for City."), "number") == []
    assert kinds(diff("Okafor scored in the 67th minute to put Rovers ahead.",
                      "Okafor scored after 65 minutes to put Rovers ahead."), "number") == []


def test_an_hour_is_one_hour(diff):
    """"An hour" is one hour; two durations share their unit word, which says nothing of what lasted."""
    found = diff("The blockade of the port lasted less than an hour.", "The blockade of the port lasted three hours.")
    assert kinds(found, "number") == [("less than an hour", "three hours")]
    assert kinds(diff("The blockade of the port lasted an hour.", "The blockade of the port lasted 60 minutes."),
                 "number") == []
    assert kinds(diff("Its founders arrived a century ago.", "Missiles struck the city 3 years ago."), "number") == []
    assert kinds(diff("Protests went on for a week.", "A storm hit the coast for three weeks."), "number") == []
    assert kinds(diff("Twice a day the port was shut for a week.", "The port was shut for three weeks."), "number") \
        == [("a week", "three weeks")]  # "a day" after "twice" is a rate


def test_counts_of_different_kinds_of_people_are_not_compared(diff):
    """Children and soldiers are never one count; a count of soldiers and one of people only
    with more than one word in common, and only when there are more soldiers than people (two
    soldiers may be two of five people wounded)."""
    assert kinds(diff("The shelling wounded three children in the clinic.",
                      "The shelling wounded two soldiers at the outpost."), "number") == []
    assert kinds(diff("Three children were wounded in the shelling of the clinic.",
                      "Two soldiers were wounded in the shelling of the clinic."), "number") == []
    assert kinds(diff("Six women and two soldiers were wounded in the shelling of the clinic.",
                      "Four soldiers were wounded in the shelling of the clinic."), "number") \
        == [("two soldiers", "Four soldiers")]
    assert kinds(diff("In the north 2 soldiers were wounded.",
                      "Officials report 15 people died, after a wounded man died."), "number") == []
    assert kinds(diff("The shelling wounded two soldiers at the outpost.",
                      "The shelling wounded five people at the outpost."), "number") == []
    assert kinds(diff("The shelling wounded five soldiers at the outpost.",
                      "The shelling wounded two people at the outpost."), "number") \
        == [("five soldiers", "two people")]


def test_a_demonym_is_its_place(diff):
    """"Ruvelian" is said where the other side says "Ruvelia"; so is "Israeli" where it says "Israel"."""
    assert kinds(diff("At dawn Ruvelian guns fired.", "At dawn guns in Ruvelia fired."), "name") == []
    assert kinds(diff("At dawn guns in Ruvelia fired.", "At dawn Ruvelian guns fired."), "name") == []
    assert kinds(diff("The Israeli envoy left.", "The envoy of Israel left."), "name") == []
    assert kinds(diff("The Dravish boats sailed.", "The boats of Dravia sailed."), "name") == []
    assert kinds(diff("The Lorish boats sailed.", "The boats of Loria sailed."), "name") \
        == [("Lorish", None), (None, "Loria")]  # "lor" is too short a stem to say anything
    assert kinds(diff("The Omani ships sailed.", "A woman sailed."), "name") == [("Omani", None)]  # not inside a word


def test_a_lowercase_accented_word_is_no_part_of_a_name(diff):
    found = diff("La grève à Lyon a duré deux jours.", "La grève a duré deux jours.")
    assert kinds(found, "name") == [("Lyon", None)]
    assert kinds(diff("Grève à Paris.", "Grève."), "name") == [("Paris", None)]


def test_german_nouns_are_no_names_its_names_are(diff):
    """German capitalises every noun: "Stadt", "Kinder", "Soldaten" are no names one side
    lacks; "Brenholm" and "Alt-Tarvin" are."""
    found = diff("Am 14. März überquerten Soldaten die Brücke und drangen in die Stadt Alt-Tarvin ein, "
                 "wo sie auf eine Menge unbewaffneter Dorfbewohner schossen. Unter den Toten waren 48 Kinder.",
                 "Am 16. März sicherten Einheiten der Armee die Brücke und rückten in Brenholm ein, um die "
                 "Bewohner vor bewaffneten Banden zu schützen. Nach Angaben des Ministeriums gab es keine Opfer.",
                 Glossary())
    assert sorted(kinds(found, "name"), key=str) == [("Alt-Tarvin", None), (None, "Brenholm")]


def test_an_english_article_keeps_its_capitalised_words_as_names(diff):
    found = diff("Soldiers crossed the bridge into Alt-Tarvin, where Stadt Hospital stood.",
                 "Soldiers crossed the bridge into the town.", Glossary())
    assert kinds(found, "name") == [("Alt-Tarvin", None), ("Stadt Hospital", None)]


_ATTACK = "in the attack on the town."


@pytest.mark.parametrize(("a_text", "b_text", "expected"), [
    (f"312 civilians were killed {_ATTACK}", f"41 people were killed {_ATTACK}", [("312 civilians", "41 people")]),
    ("At least 312 civilians were killed in the attack, the ministry said.",
     "According to the ministry, 41 people died in the fighting.", [("At least 312 civilians", "41 people")]),
    (f"Three hundred and twelve civilians were killed {_ATTACK}", f"Forty-one people were killed {_ATTACK}",
     [("Three hundred and twelve civilians", "Forty-one people")]),
    (f"312 civilians were killed {_ATTACK}", f"41 people were wounded {_ATTACK}", []),  # another outcome
    (f"312 soldiers were killed {_ATTACK}", f"41 people were killed {_ATTACK}", []),  # soldiers: more needed
])
def test_a_toll_of_civilians_and_one_of_people_disagree(diff, a_text, b_text, expected):
    """People are the generic count and civilians are people: two tolls of one outcome told
    right beside them are one fact; soldiers against people still need more in common, and a
    toll of the dead is no count of the wounded."""
    assert kinds(diff(a_text, b_text), "number") == expected


def test_days_of_one_month_meet_words_across_case(diff):
    """A word one side writes with a capital (opening a sentence, or inside a name) and the
    other without counts as a word of what happened, between two days of one month."""
    found = diff("On the morning of March 14, 2021, soldiers crossed the Kessler Bridge into the town.",
                 "On March 16, 2021, units of the Southern Defence Forces secured the bridge at Kessler Crossing.")
    assert kinds(found, "date") == [("March 14, 2021", "March 16, 2021")]
    found = diff("International observers from the Coastal League arrived on March 17 and confirmed it.",
                 "Observers from the Coastal League were invited to visit the town on March 20.")
    assert kinds(found, "date") == [("March 17", "March 20")]
    # years are written about many things: no such meeting for them
    assert kinds(diff("Last season they reached the playoffs for the first time since 2004.",
                      "In 2008, last time the pair met, the bout went 11 rounds."), "date") == []


def test_numeric_and_other_language_dates_disagree(diff):
    assert kinds(diff("On 14/03/2021 the army crossed the river at dawn.",
                      "On 16/03/2021 the army crossed the river at dawn."), "date") == [("14/03/2021", "16/03/2021")]
    assert kinds(diff("On 2021-03-14 the army crossed the river at dawn.",
                      "On 2021-03-16 the army crossed the river at dawn."), "date") == [("2021-03-14", "2021-03-16")]
    assert kinds(diff("On 04/03/2021 the army crossed the river at dawn.",
                      "On 03/04/2021 the army crossed the river at dawn."), "date") == []  # which is the day?
    found = diff("El 14 de marzo de 2021, soldados de la República cruzaron el puente de Kessler.",
                 "El 16 de marzo de 2021, unidades de las Fuerzas aseguraron el puente de Kessler.")
    assert kinds(found, "date") == [("14 de marzo de 2021", "16 de marzo de 2021")]
    assert kinds(found, "number") == []


def test_function_words_of_another_language_are_no_context(diff):
    """"der", "die", "und" say nothing of what happened, as English stop words say nothing."""
    found = diff("Am 14. März 2021 überquerten Soldaten der Republik die Brücke und schossen auf die Menge.",
                 "Beobachter der Liga besuchten die Stadt am 20. März und fanden keine Hinweise auf ein Massaker.")
    assert kinds(found, "date") == []


def test_thousands_written_as_a_language_writes_them_agree(diff):
    """French "1 200" (a space, or a no-break space, between the groups) is the 1200 the other
    side writes; so is German "4.000" against "4000"."""
    a = "Le préfet a indiqué que 4 000 maisons avaient été inondées et qu’environ 1 200 familles restaient dans des abris."
    b = "Le préfet a indiqué que 4000 maisons avaient été inondées et qu’environ 1\u202f200 familles restaient dans des abris."
    assert kinds(diff(a, b, Glossary()), "number") == []
    found = diff("Laut Behörden seien 4.000 Häuser überflutet worden, sagte der Bürgermeister der Stadt.",
                 "Laut Behörden seien 900 Häuser überflutet worden, sagte der Bürgermeister der Stadt.", Glossary())
    [(a_text, b_text)] = kinds(found, "number")
    assert a_text.startswith("4.000 Häuser") and b_text.startswith("900 Häuser")


@pytest.mark.parametrize(("a_text", "b_text"), [
    ("Fighting went on near Kharkiv.", "Fighting went on near Kharkov."),
    ("President Zelenskyy spoke.", "Mr Zelensky spoke."),
    ("Inspectors of the International Atomic Energy Agency arrived.", "IAEA inspectors arrived."),
    ("The IAEA sent inspectors.", "The International Atomic Energy Agency sent inspectors."),
])
def test_a_name_spelt_or_abbreviated_otherwise_is_no_name_one_side_lacks(diff, a_text, b_text):
    assert kinds(diff(a_text, b_text, Glossary()), "name") == []


def test_names_alike_but_different_are_still_told_apart(diff):
    found = diff("Troops crossed from Iran.", "Troops crossed from Iraq.", Glossary())
    assert kinds(found, "name") == [("Iran", None), (None, "Iraq")]
    found = diff("Talks in Slovakia ended.", "Talks in Slovenia ended.", Glossary())
    assert kinds(found, "name") == [("Slovakia", None), (None, "Slovenia")]
    found = diff("Drones from Iran were shot down.", "The Iron Dome shot down the drones.", Glossary())
    assert kinds(found, "name") == [("Iran", None), (None, "Iron Dome")]


def test_a_multiple_that_disagrees(diff):
    found = diff("Arms exports have tripled since 2023, officials said.",
                 "Arms exports have doubled since 2023, officials said.")
    assert kinds(found, "number") == [("tripled", "doubled")]
    # occurrences are no durations: "three times" against "two hours" is never compared
    found = diff("Police raided the office three times during the strike.",
                 "Police raided the office for two hours during the strike.")
    assert kinds(found, "number") == []


def test_a_capital_after_an_armenian_full_stop_opens_a_sentence(diff):
    found = diff("Կառավարությունը հայտարարեց։ Ստեփանակերտում լարված է։", "Կառավարությունը հայտարարեց։")
    assert kinds(found, "name") == []
