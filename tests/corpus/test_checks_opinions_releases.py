"""Fact checks, opinion pieces, press releases and foreign "read also" links as users save them:
the site's labels and the page's notes are furniture, the claim checked and the story are text."""

from __future__ import annotations

import pytest

from reader.corpus.kinds import classify

LONG = ("A post shared thousands of times this week says the river council has voted to ban all ferry "
        "crossings on Sundays, and shows a notice said to be pinned to the landing stage at Kelmet.")
OTHER = ("Minutes of the council's March meeting record a vote to shorten the winter timetable by one "
         "crossing an hour on Sundays, not to stop the crossings, and the notice is an old draft.")


def kinds_of(article):
    return {p.text: p.kind for p in article.passages}


def test_a_fact_checks_rating_scale_and_heads_are_furniture_and_its_claim_is_text(write_article):
    article = write_article(
        "Did the council ban Sunday ferries?\n\nClaim: The river council has banned all ferry crossings on Sundays.\n\n"
        f"Rating: False\n\n{LONG}\n\n{OTHER}\n\nOur ruling\n\n"
        "The council shortened a timetable. We rate the claim False.\n\n"
        "Our rating scale: True, Mostly True, Half True, Mostly False, False, Pants on Fire\n")
    kinds = kinds_of(article)
    assert kinds["Claim: The river council has banned all ferry crossings on Sundays."] == "body"
    assert [kinds["Rating: False"], kinds["Our ruling"],
            kinds["Our rating scale: True, Mostly True, Half True, Mostly False, False, Pants on Fire"]] == ["boilerplate"] * 3
    assert kinds["The council shortened a timetable. We rate the claim False."] == "body"


def test_a_fact_check_worded_otherwise_has_its_labels_read_alike():
    texts = ["Fact check: Video does not show the dam bursting", "WHAT WAS CLAIMED",
             "A video shows the Harrow dam bursting after the storm.", "Our verdict", "Missing context",
             LONG, "Verdict — Misleading", "Truth-O-Meter: Half True", "False | Misleading | Unproven | True", OTHER]
    assert classify(texts) == ["heading", "boilerplate", "body", "boilerplate", "boilerplate", "body",
                               "boilerplate", "boilerplate", "boilerplate", "body"]


def test_a_rating_under_its_label_on_the_line_above_is_furniture():
    texts = ["Did the mayor say the bridge would close?", "CLAIM", "The mayor said the Orvet bridge would stay closed.",
             "OUR RATING:", "FALSE", LONG, OTHER]
    assert classify(texts) == ["heading", "boilerplate", "body", "boilerplate", "boilerplate", "body", "body"]


@pytest.mark.parametrize("line", ["Our ruling party has not commented on the video, a spokesman said.",
                                  "Claim of the day was the one made by the mayor on Monday.",
                                  "Claim: the ferry will reopen on Monday, the council says."])
def test_a_story_sentence_that_opens_as_a_label_stays_text(line):
    assert classify(["A title", LONG, "Rating: False", line, OTHER])[2:4] == ["boilerplate", "body"]


@pytest.mark.parametrize("head", ["The claim", "Our verdict", "Verdict"])
def test_a_text_that_rates_nothing_keeps_those_heads(head):
    assert classify(["A title", LONG, head, OTHER])[2] == "heading"


def test_an_opinion_pieces_bio_disclaimer_and_handle_are_furniture(write_article):
    bio = ('Jane Roe is a professor of history at Brennmoor University and the author of "Crossings: '
           'A History of the Valley Ferries".')
    article = write_article(f"The ferry is not a luxury\n\nJane Roe\n\n{LONG}\n\n{OTHER}\n\n—\n\n{bio}\n\n"
                            "The views expressed in this commentary are the author's own.\n\n"
                            "Follow her on X @janeroe_history\n")
    kinds = kinds_of(article)
    assert [kinds[bio], kinds["Follow her on X @janeroe_history"]] == ["boilerplate", "boilerplate"]
    assert kinds[LONG] == kinds[OTHER] == "body"


@pytest.mark.parametrize("tail", [
    ["The writer is a former bus driver and a member of the Brennmoor transport users' group."],  # under a rule
    ["*Ivo Marek was an engineer at the Orvet reservoir. His book, The Spillway, is out now.*",
     "Follow Ivo on Twitter: @ivomarek"],
])
def test_a_bio_worded_otherwise_set_off_by_a_rule_or_italics_is_furniture(tail):
    kinds = classify(["Keep the night buses", LONG, OTHER, "***", *tail])
    assert kinds[3:] == ["boilerplate"] * (len(tail) + 1)


@pytest.mark.parametrize("bio", ["— Dana Ilves is a nurse and a member of the Kelmet hospital board.",
                                 "-- Ivo Marek, a former engineer, writes about water policy."])
def test_a_bio_opened_by_a_dash_is_furniture(bio):
    assert classify(["Keep the night buses", LONG, OTHER, bio])[-1] == "boilerplate"


@pytest.mark.parametrize("last", ["Maria Lopez, a nurse, said she would strike again on Monday.",
                                  "— Maria Lopez said she would strike again on Monday.",
                                  "- Maria Lopez is a nurse who will strike again on Monday."])
def test_a_storys_last_section_or_list_item_on_a_person_stays_text(last):
    assert classify(["Nurses strike", LONG, OTHER, "* * *", last])[-1] == "body"
    assert classify(["Nurses strike", LONG, OTHER, last])[-1] == "body"


@pytest.mark.parametrize("bio", ["Lena Ostrova is a retired teacher who writes about the schools of the valley.",
                                 "Lena Ostrova, a retired teacher, is a columnist for the Kelmet Courier."])
def test_a_bio_under_a_name_alone_under_the_title_is_furniture(bio):
    assert classify(["Closing the library is a false economy", "Lena Ostrova", LONG, OTHER, bio])[-1] == "boilerplate"


@pytest.mark.parametrize("bio", ["Lena Ostrova es periodista y escribe sobre las escuelas del valle.",
                                 "Lena Ostrova est chroniqueuse au Courrier de Kelmet depuis 2019.",
                                 "Lena Ostrova ist Redakteurin beim Kelmeter Boten.",
                                 "Lena Ostrova — журналистка, пишет о школах долины.",
                                 "Lena Ostrova, Kelmet Postası'nın köşe yazarıdır."])
def test_a_bio_under_a_name_alone_naming_a_writers_trade_in_another_language_is_furniture(bio):
    """The writer's trade in the languages of the news read beside English: a note on the writer."""
    assert classify(["Closing the library is a false economy", "Lena Ostrova", LONG, OTHER, bio])[-1] == "boilerplate"


@pytest.mark.parametrize("last", ["Tomás Reyes es enfermero y trabaja en la clínica del valle desde 1998.",
                                  "Tomás Reyes — паромщик, он потерял работу, когда переправу закрыли."])
def test_a_last_paragraph_on_the_person_under_the_title_in_another_language_stays_text(last):
    assert classify(["Ferry to close for the winter", "Tomás Reyes", LONG, OTHER, last])[-1] == "body"


@pytest.mark.parametrize("name, last", [
    ("Maria Lopez", "Maria Lopez is a nurse who has worked at the clinic for twenty years and saw the change herself."),
    ("Tomas Reyes", "Tomas Reyes has piloted the Kelmet ferry since 1998 and lost his job when the crossing closed."),
])
def test_a_storys_last_paragraph_on_the_person_named_under_its_title_stays_text(name, last):
    """A name alone under the title may be the person the story is about as well as its writer:
    a last paragraph that opens with it is a note on the writer only where it names a writer's
    trade (or a byline, a rule or italics set it off)."""
    assert classify(["Ferry to close for the winter", name, LONG, OTHER, last])[-1] == "body"


@pytest.mark.parametrize("title, name, last", [
    ("Ferry to close for the winter", "Tomas Reyes",
     "Tomas Reyes reported the leak to the council in March and is still waiting for an answer."),
    ("Ferry to close for the winter", "Tomas Reyes",
     "Tomas Reyes is a nurse who reported the fault on the landing stage twice last year."),
    ("Tenants wait for a lift", "Mira Halvorsen",
     "Mira Halvorsen edited the residents' petition and is reporting the lift to the housing board again."),
    ("Tenants wait for a lift", "Mira Halvorsen",
     "Mira Halvorsen counts the columns of the stairwell on her way up, all nine floors of them."),
    ("Ferry to close for the winter", "Tomas Reyes",
     "Tomas Reyes wrote to the council in March and is still waiting for an answer."),
    ("Tenants wait for a lift", "Mira Halvorsen",
     "Mira Halvorsen edits the video of every residents' meeting and is writing to the board again."),
])
def test_a_last_paragraph_on_a_person_who_reported_or_edited_something_stays_text(title, name, last):
    """The verbs "reported", "edited", "wrote", "edits", "is writing" and a "column" are no writer's
    trade: the person the story is about may report a fault, edit a petition or write to the
    council; a note on the writer names the trade's noun or "writes"."""
    assert classify([title, name, LONG, OTHER, last])[-1] == "body"


@pytest.mark.parametrize("texts", [
    # a place named under the title and in the text: its last paragraph is the story's
    ["Port Alder deserves its ferry back", "Port Alder", "Port Alder has been without its ferry for a year, and "
     "its shops have lost a third of their trade to the towns across the river.", OTHER,
     "Port Alder is a town of 3,000 people on the north bank of the Orvet."],
    # a person the story ends on, with no rule, italics or byline to set the paragraph off
    ["Nurses strike at Kelmet hospital", LONG, OTHER, "Maria Lopez is a nurse who has worked at the hospital for 20 years."],
])
def test_a_storys_last_paragraph_about_a_person_or_place_stays_text(texts):
    assert classify(texts)[-1] == "body"


@pytest.mark.parametrize("texts", [
    # the writer quoting herself, the writer speaking, under her name alone or her byline
    ["Why I left the ward", "Dana Ilves", LONG, OTHER, "Dana Ilves is still a nurse, she says, but not for long."],
    ["Why I left the ward", "Dana Ilves", LONG, OTHER, "Dana Ilves is what my patients call me, and I am proud of it."],
    # a person the story ends on, after a break or in italics, whose words the paragraph reports
    ["Nurses strike", LONG, OTHER, "***", "Maria Lopez was a nurse there for 20 years, she said."],
    ["Ferry workers vote", LONG, OTHER, "*Tomas Reyes is the union's steward at Kelmet and told members to vote no.*"],
])
def test_a_last_paragraph_in_the_writers_or_a_quoted_voice_is_no_bio(texts):
    assert classify(texts)[-1] == "body"


def test_a_last_paragraph_in_the_writers_voice_under_the_byline_stays_text(write_article):
    article = write_article(f"Why I quit the ward\n\nBy Ana Berg\n\n{LONG}\n\n{OTHER}\n\n"
                            "Ana Berg is a nurse, I told the board, and I will stay one.\n")
    assert article.passages[-1].kind == "body"


def test_a_bio_naming_a_book_whose_title_says_i_is_still_a_bio():
    bio = 'Lena Ostrova is a retired teacher and the author of "What I Saw at the Dam".'
    assert classify(["Closing the library is a false economy", "Lena Ostrova", LONG, OTHER, bio])[-1] == "boilerplate"


def test_an_opinion_title_under_its_sections_label_is_the_title():
    assert classify(["OPINION: Why the dam inquiry must be public", LONG, OTHER])[0] == "heading"


def test_a_press_releases_embargo_contact_block_and_about_section_are_furniture(write_article):
    article = write_article(
        "NEWS RELEASE\nEmbargoed until 00:01 GMT, 10 March 2026\n\nValley Ferries orders two electric vessels\n\n"
        f"KELMET, March 4, 2026 /PRNewswire/ -- {LONG}\n\n{OTHER}\n\nAbout Valley Ferries\n\n"
        "Valley Ferries operates four crossings on the Kelmet and Orvet rivers.\n\nMedia contact:\n\nJonas Ferl\n\n"
        "Valley Ferries\n\n+44 20 7946 0123\n\n###\n")
    assert article.title == "Valley Ferries orders two electric vessels"
    kinds = kinds_of(article)
    assert [kinds[t] for t in ("Embargoed until 00:01 GMT, 10 March 2026", "About Valley Ferries",
                               "Valley Ferries operates four crossings on the Kelmet and Orvet rivers.",
                               "Jonas Ferl", "Valley Ferries")] == ["boilerplate"] * 5
    assert kinds[LONG] == kinds[OTHER] == "body"


def test_a_release_worded_otherwise_has_its_note_after_the_end_mark_read_alike():
    texts = ["PRESS RELEASE", "Harbour Yards wins ferry contract", LONG, OTHER, "-ENDS-", "About Harbour Yards",
             "Founded in 1921, the yard has built more than 400 vessels at Brennmoor.", "Press enquiries",
             "Dana Ilves, Communications Manager", "Harbour Yards", "dana.ilves@harbouryards.example"]
    assert classify(texts)[4:] == ["boilerplate"] * 7


@pytest.mark.parametrize("end", ["###", ""])
def test_a_releases_note_on_itself_with_its_heading_run_in_is_furniture(write_article, end):
    """"About Harbour Yards: Harbour Yards …" at the foot, or anything after the end mark; the
    release's date after "For release:" is a date line, not its title."""
    article = write_article(
        f"NEWS RELEASE\nFor release: 3 March 2026\n\nHarbour Yards wins ferry contract\n\n{LONG}\n\n{OTHER}\n\n{end}\n\n"
        "About Harbour Yards: Harbour Yards has built more than 400 vessels at Brennmoor since 1921.\n\n"
        "Contact: Dana Ilves, +44 20 7946 0123, dana.ilves@harbouryards.example\n")
    assert (article.title, article.date) == ("Harbour Yards wins ferry contract", "2026-03-03")
    kinds = kinds_of(article)
    assert kinds["About Harbour Yards: Harbour Yards has built more than 400 vessels at Brennmoor since 1921."] == "boilerplate"
    assert kinds["For release: 3 March 2026"] == "boilerplate" and kinds[LONG] == kinds[OTHER] == "body"


def test_a_run_in_about_note_amid_the_storys_own_sentences_stays_text():
    texts = ["A weekend in Brennmoor", LONG, "About Brennmoor: Brennmoor is a town of four thousand people.", OTHER]
    assert classify(texts)[2:] == ["body", "body"]


@pytest.mark.parametrize("texts", [
    # "About" opening a sentence, and a section of the story under its own heading
    ["Crowds at the quay", LONG, "About 300 people gathered at the landing stage on Monday.", OTHER],
    ["Ferry talks", LONG, "About Town", "Founded in 1921, the town's market still opens every Tuesday at dawn.", OTHER],
    # a "Contacts" section of the story: sentences, no addresses
    ["Ferry talks", LONG, "Contacts", "Envoys of the two councils met twice in March, once aboard the ferry.", OTHER],
])
def test_a_storys_about_or_contacts_stays_text(texts):
    assert "boilerplate" not in classify(texts)


@pytest.mark.parametrize("head, link", [("Lea también", "El puerto de Brennmoor cierra por obras"),
                                        ("LEGGI ANCHE", "Ponte di Orvet, i lavori inizieranno a maggio"),
                                        ("Leia também", "Ponte de Kelmet reabre ao trânsito"),
                                        ("Lire aussi", "Le pont d'Orvet rouvre")])
def test_a_headline_under_a_read_also_head_without_a_colon_is_furniture(head, link):
    assert classify(["A title", LONG, head, link, OTHER])[2:] == ["boilerplate", "boilerplate", "body"]


@pytest.mark.parametrize("line", ["Te puede interesar: Cronología de las inundaciones",
                                  "Veja também: Como as cheias afetaram o comércio local",
                                  "Potrebbe interessarti anche: Le previsioni per il fine settimana",
                                  "Saiba mais: Cheias deixam mil desalojados"])
def test_a_read_also_link_in_other_words_is_furniture(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("head", ["Fuentes:", "Referências", "Fonti", "Riferimenti bibliografici"])
def test_a_foreign_sources_list_at_a_posts_foot_is_furniture(head):
    texts = ["A title", LONG, OTHER, head, "- Acta del consiglio, 4 marzo 2026", "Entrevista con el alcalde"]
    assert classify(texts)[3:] == ["boilerplate"] * 3


@pytest.mark.parametrize("dateline, opening", [
    ("Brennmoor, 5 March 2026 –", "Harbour Yards has won a contract to build two electric ferries."),
    ("London, March 4, 2026 /PRNewswire/ --", "Valley Ferries today ordered two electric vessels from the yard."),
    ("Port Alder, Ontario, Tuesday, March 3, 2026 —", "The province approved the bridge repairs."),
])
def test_a_releases_dateline_with_its_place_in_ordinary_case_is_a_passage_of_its_own(write_article, dateline, opening):
    article = write_article(f"A title\n\n{dateline} {opening}\n\n{OTHER}\n")
    assert [(p.kind, p.text) for p in article.passages[1:3]] == [("boilerplate", dateline), ("body", opening)]
    assert article.date.startswith("2026-03-0")


@pytest.mark.parametrize("paragraph", ["Kelmet, March 4 - The day the dam failed its inspection is one the valley recalls.",
                                       "Ana Berg (Lab) - I thank the Minister for her statement on the ferry.",
                                       "Harbour Yards - The company has built 400 vessels since 1921."])
def test_a_paragraph_opening_with_a_name_in_ordinary_case_without_a_year_or_a_newswire_is_whole(write_article, paragraph):
    article = write_article(f"A title\n\n{paragraph}\n\n{OTHER}\n")
    assert [(p.kind, p.text) for p in article.passages[1:2]] == [("body", paragraph)]


@pytest.mark.parametrize("line", ["Sources: Kelmet river council; Valley Courier; Reuters.",
                                  "References: council minutes, 4 March 2026 | the harbour master's letter",
                                  "Fuentes: Acta del consejo; entrevista con el alcalde"])
def test_a_list_of_sources_on_one_line_at_a_posts_foot_is_furniture(line):
    assert classify(["A title", LONG, OTHER, line])[-1] == "boilerplate"


@pytest.mark.parametrize("line", ["Sources: Minister to quit",
                                  "Sources: the minister will quit on Monday; two officials said the cabinet met at "
                                  "night and the vote was postponed again until after the summer."])
def test_a_headline_or_a_sentence_under_a_sources_label_stays_text(line):
    assert classify(["A title", LONG, line, OTHER])[2] != "boilerplate"


@pytest.mark.parametrize("texts", [
    ["Sources: Minister to quit; vote delayed", LONG, OTHER],  # the title
    ["Port talks", LONG, "Sources: Port to close; 200 jobs at risk", OTHER],  # a subhead
    ["Strike ends", LONG, "Sources: the strike is over; the union has signed.", OTHER],  # a sentence
])
def test_a_line_shaped_as_sources_above_the_texts_foot_is_the_storys(texts):
    assert "boilerplate" not in classify(texts)


def test_a_bio_above_a_list_of_sources_at_the_foot_is_furniture():
    texts = ["Keep the night buses", LONG, OTHER, "***", "The writer is a former bus driver in Brennmoor.",
             "Sources: Brennmoor transport board; Valley Courier"]
    assert classify(texts)[3:] == ["boilerplate"] * 3


@pytest.mark.parametrize("head, lines", [("Contacts", ["Two rounds of talks in March", "A third round after Easter"]),
                                         ("Relations", ["Twinned with Brennmoor since 1961", "Trade pact with Port Alder"])])
def test_a_storys_last_list_under_a_bare_contacts_word_stays_text(head, lines):
    assert classify(["Ten years of the valley", LONG, OTHER, head, *lines])[4:] != ["boilerplate"] * len(lines)


def test_names_ending_a_release_under_a_media_head_are_furniture_without_a_number():
    texts = ["PRESS RELEASE", "Harbour Yards wins ferry contract", LONG, OTHER, "For media enquiries, contact:",
             "Dana Ilves", "Harbour Yards"]
    assert classify(texts)[5:] == ["boilerplate"] * 2


@pytest.mark.parametrize("last", ["Tomas Reyes was the first to raise the alarm on the night of the flood.",
                                  "Maria Lopez is back at work now. The ward reopened in May.",
                                  "Ana Berg is still waiting for the insurers to pay for her roof."])
def test_a_storys_last_section_on_a_person_after_a_break_stays_text(last):
    assert classify(["Nurses strike", LONG, OTHER, "* * *", last])[-1] == "body"


@pytest.mark.parametrize("bio", ["Ivo Marek is the director of the Orvet water trust.",
                                 "Dana Ilves has been a nurse at Kelmet hospital since 2004."])
def test_a_bio_of_a_role_under_a_rule_is_still_furniture(bio):
    assert classify(["Keep the night buses", LONG, OTHER, "***", bio])[-1] == "boilerplate"


@pytest.mark.parametrize("head", ["Embargo until the end of the war", "Embargo till the ceasefire holds"])
def test_a_storys_heading_on_an_embargo_stays_a_heading(head):
    assert classify(["Oil talks", LONG, head, OTHER])[2] == "heading"


@pytest.mark.parametrize("line", ["EMBARGO UNTIL 00:01 CET, 12 MAY 2026", "Embargoed until midnight"])
def test_an_embargo_line_with_its_time_is_furniture(line):
    assert classify(["PRESS RELEASE", line, "Harbour Yards wins ferry contract", LONG, OTHER])[1] == "boilerplate"


@pytest.mark.parametrize("line", ["False, misleading, baseless.", "Wrong, exaggerated, fabricated."])
def test_three_rating_words_in_a_sentence_are_no_rating_scale(line):
    """A publisher's scale lists four ratings or more, with no stop: three of its words with a
    full stop are the story's, and the text's heads stay headings."""
    kinds = classify(["A title", LONG, line, "The claim", OTHER])
    assert kinds[2:4] == ["body", "heading"]


@pytest.mark.parametrize("title", ["Fact check: Did the mayor say the bridge would close for a year?",
                                   "Did the ferry company really cancel every winter crossing to the islands last week?"])
def test_a_long_question_atop_a_fact_check_is_its_title(title):
    assert classify([title, LONG, OTHER])[0] == "heading"


@pytest.mark.parametrize("line", ["Our rating scale: True, Mostly True, Half True, Mostly False, False.",
                                  "Ratings: Accurate, Mostly accurate, Misleading, Inaccurate, Fabricated."])
def test_a_rating_scale_under_its_label_is_the_sites_with_a_stop_after_it(line):
    """Its label names the list a scale, whatever ends it."""
    kinds = classify(["A title", LONG, line, "The claim", OTHER])
    assert kinds[2:4] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("line", ["İlgili haber Belediye kışın feribot seferlerini durdurdu",
                                  "İLGİLİ HABERLER Köprü onarımı mayısta başlıyor",
                                  "Читайте также Порт Кельмета закроют на зиму",
                                  "Read also Ferry crews vote to strike",
                                  "Read also “Bridge tolls rise in May”", "Читайте также «Мост закроют на ремонт»"])
def test_a_read_also_link_without_a_colon_is_furniture(line):
    """The phrase and the headline it links to, no colon between: the headline opens on a
    capital, as a heading does."""
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("title", ["Read More Books This Winter", "Read Also Ferry Rules Change",
                                   "Read Next Year's Budget Before the Vote"])
def test_a_title_that_opens_on_read_more_words_and_a_capital_is_the_title(title):
    """In the title's place, the words of a link under "read also" and a capital open a title in
    title case; the same line where the metadata names another title, or under the title, links."""
    assert classify([title, LONG, OTHER])[0] == "heading"
    assert classify([title, LONG, OTHER], title=f"{title} | The Valley Courier")[0] == "heading"
    assert classify([title, LONG, OTHER], title="Ferry to close for the winter")[0] == "boilerplate"
    assert classify(["Ferry to close for the winter", LONG, title, OTHER])[2] == "boilerplate"


READING = ("Libraries across the valley lent more books last year than in any year since 1987, the regional "
           "library service said on Tuesday, as families swapped screens for paper on the long evenings.")
CLUBS = ("Librarians said the new reading clubs had helped, and that the waiting lists for the most popular "
         "titles were the longest they had seen in a decade at the counters.")


def test_a_section_heading_that_opens_on_read_more_words_in_a_title_case_like_the_articles_others_heads(write_article):
    """A feature on reading heads a section "Read More Books This Winter" as it heads its others,
    in a title's case: the line heads its section, and the section is the story's."""
    article = write_article("\n\n".join(["Libraries report record loans", READING, "Read More Books This Winter", CLUBS,
                                          "Where the Readers Are", OTHER]) + "\n")
    assert [p.kind for p in article.passages] == ["heading", "body", "heading", "body", "heading", "body"]


@pytest.mark.parametrize("others", [["Most Read Stories"], ["Where the readers are"]])
def test_read_more_words_in_a_title_case_under_no_section_headed_alike_still_link(others):
    """Under a title with no other section headed in a title's case (or only furniture so set),
    the line links, as under the title in the test above; a link's own label beside it links too."""
    assert classify(["Libraries report record loans", READING, "Read More Books This Winter", CLUBS, *others,
                     OTHER])[2] == "boilerplate"
    assert classify(["Libraries report record loans", READING, "Read More Books This Winter", "Read more: Ferries stop",
                     CLUBS, "Where the Readers Are", OTHER])[2:4] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("line", ["İlgili haberler yüzünden belediye açıklama yaptı",
                                  "Read more about the ferry crews in the council's minutes"])
def test_words_that_open_with_read_also_and_go_on_in_lower_case_stay_text(line):
    assert classify(["A title", LONG, line, OTHER])[2] != "boilerplate"


@pytest.mark.parametrize("line", ["Potrebbe interessare anche ai sindaci dei comuni vicini.",
                                  "Le puede interesar saber que el alcalde votó en contra.",
                                  "Saiba mais sobre o porto.", "Ver también el informe.",
                                  "Read more about the ferries in the council's minutes.",
                                  "Vedi anche la delibera del consiglio sul ponte."])
def test_a_sentence_that_opens_with_read_also_words_is_text(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "body"


@pytest.mark.parametrize("head, lines", [("For more details", ["Two rounds of talks in March", "A budget vote in May"]),
                                         ("For further information", ["The ferry timetable of 2019",
                                                                      "Repairs to the north pier"])])
def test_a_storys_last_lines_under_a_head_that_names_no_press_are_not_contacts(head, lines):
    """Short lines that end a text are its contacts only under a head that names the press or the media."""
    assert "boilerplate" not in classify(["A title", LONG, OTHER, head, *lines])[3:]


@pytest.mark.parametrize("question", [
    "Why did the council decide to close the only ferry to the island for the whole winter?",
    "Would the families on the north bank have stayed if the crossing had kept its Sunday boats?",
])
def test_a_long_question_opening_a_text_titled_otherwise_is_its_first_paragraph(write_article, question):
    """Under a title of its own (the metadata's), the text's first line is its opening paragraph:
    a question there as long as a sentence is text, where a short one is still a heading."""
    assert classify([question, LONG, OTHER], title="Ferry to close for the winter")[0] == "body"
    article = write_article(f"Title: Ferry to close for the winter\n\n{question}\n\n{LONG}\n\n{OTHER}\n")
    assert [p.kind for p in article.passages if p.text == question] == ["body"]
    assert classify(["Why now?", LONG, OTHER], title="Ferry to close for the winter")[0] == "heading"
    assert classify([question, LONG, OTHER], title=f"{question} | The Valley Courier")[0] == "heading"


@pytest.mark.parametrize("line", ["Read more Shakespeare, the head teacher said",
                                  "Read also Tolstoy this winter, she told the class",
                                  "Lire aussi Balzac, the librarian says"])
def test_read_also_words_that_open_a_reported_sentence_stay_text(line):
    """What someone said, reported after a comma in the past tense or after an article or a
    pronoun, is the story's sentence; a headline says it with no article ("…, council says")."""
    assert classify(["A title", LONG, line, OTHER])[2] != "boilerplate"


@pytest.mark.parametrize("line", ["Read also Ferries to stop, council says", "Read more Port closes, union warns"])
def test_a_linked_headline_that_reports_speech_as_headlines_do_is_furniture(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Read also Ferries to stop, the council says", "Read more Port closes, the union warns",
                                  "Read also Bridge tolls rise in May, the minister says",
                                  "Read also Ferry line carries fewer cars, the council says"])
def test_a_linked_headline_whose_clause_a_report_follows_is_furniture_with_an_article_too(line):
    """Before the comma, a headline's whole clause (a subject and its verb: "to stop", "closes"):
    what it reports is the other story's, whatever the words of saying after it."""
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Read more Dickens this Christmas, the librarian says",
                                  "Read also Tolstoy's novels, she says", "Read also Chekhov to the class, the teacher says",
                                  "Read also Russian classics, the teacher says",
                                  "Read also Italian films, the critic says", "Read also Old Hollywood shows, she says"])
def test_a_thing_to_read_that_a_present_report_follows_stays_text(line):
    """A plural after its adjective is no headline's subject and verb: "classics" is no verb's
    present (the word list has no "classicing"), "closes" and "rise" are; "films" and "shows",
    a verb's too, are plurals far more often, and end the words before the comma."""
    assert classify(["A title", LONG, line, OTHER])[2] != "boilerplate"


@pytest.mark.parametrize("line", ["Read also Airline delays flights, the minister says",
                                  "Read also Studio films the strike, the union says"])
def test_a_linked_headline_whose_verb_is_a_plural_too_is_furniture_when_its_clause_goes_on(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("heading", ["Read More Than Headlines", "Read more than the headlines"])
def test_read_more_than_heads_its_section_under_any_title(heading):
    """"More than" compares: the words are a phrase of their own, no link's label, though no
    other section of the article is headed in a title's case."""
    assert classify(["Why news literacy matters", READING, heading, CLUBS, READING])[2] == "heading"
