"""A chamber's record of a debate: its title may end on a note in brackets ("Kessa Dam (Safety)"),
and the room's cries from many at once ("Hon. Members: Hear, hear!") are what the room did, not
a speaker's turn, as an aside is."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

TURN = ("The water board voted to raise the dam against the advice of its own engineers, and the council "
        "should ask to see their report before a single stone is laid.")
REPLY = "The report will be published next month, and the board has said it will answer every question put to it."

RECORD = f"""Kessa Dam (Safety)

Councillor Mira Sand (Lowmere Ward)
{TURN}

Several Members: Shame!

The Leader of the Council (Councillor Odd Varn)
{REPLY}

Opposition Members: No!
"""


def test_a_records_title_and_the_rooms_cries(tmp_path):
    path = tmp_path / "record.txt"
    path.write_text(RECORD, encoding="utf-8")
    article = load_article(path)
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds["Kessa Dam (Safety)"] == "heading" and article.title == "Kessa Dam (Safety)"
    assert kinds["Several Members: Shame!"] == kinds["Opposition Members: No!"] == "boilerplate"
    assert [p.kind for p in article.passages if TURN in p.text or REPLY in p.text] == ["body", "body"]


@pytest.mark.parametrize(("line", "kind"), [
    # a cry from the room is no one's turn; a group's longer turn, or one speaker's, is text
    ("Hon. Members: Hear, hear!", "boilerplate"), ("Some hon. Members: No!", "boilerplate"),
    ("An hon. Member: Rubbish!", "boilerplate"), ("Delegates: Aye.", "boilerplate"),
    ("Members: the board has failed this town again and again, and we will say so.", "body"),
    ("Mr Speaker: Order.", "body"),
])
def test_a_line_of_a_record_between_two_turns(line, kind):
    assert classify(["A title", TURN, line, REPLY])[2] == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Port Dues (Amendment) (No. 2)", "heading"), ("Kessa Dam (Safety)", "heading"), ("Dam vote (update)", "heading"),
    ("Dam vote (The board will appeal.)", "body"),
])
def test_a_title_may_end_on_notes_in_brackets_that_are_no_sentence(title, kind):
    assert classify([title, TURN, REPLY])[0] == kind


def test_below_the_title_a_line_with_a_note_in_brackets_is_no_heading():
    assert classify(["A title", TURN, "Jon Berg (knee)", REPLY])[2] != "heading"


@pytest.mark.parametrize("line", [
    "Members: 27 states", "Delegates: 1,200 from 40 countries", "Protesters: about 2,000", "Senators: 100",
    "Members: the founding states",
])
def test_a_fact_boxs_line_that_names_a_group_is_no_cry_from_the_room(line):
    assert classify(["A title", TURN, line, REPLY])[2] != "boilerplate"


# A chamber's record names each member with the seat and the party at the first turn, above the
# speech or before a colon, and by the name alone after: who speaks is the turn's furniture.
COUNCIL = """Tram Depot (Sale)
Volume 88: debated on Thursday 4 June 2026

Councillor Hanne Vik (Brookside) (Green)
Will the Leader tell the chamber why the depot was sold for less than its own valuation?

The Leader of the Council (Councillor Tor Eide)
The valuation was made before the roof was found unsafe, and the buyer has paid for the repairs.

Hanne Vik
Would he accept that the tenants were never told?

Councillor Eide
The tenants were written to twice, in March and in April.

Mr Mayor
We must now turn to the next question.
"""


def _words(text):
    from reader.align.text import tokens
    return {m.group().lower() if hasattr(m, "group") else m.text.lower() for m in tokens(text)}


def test_a_members_seat_and_party_go_with_the_turn_and_are_no_words_of_it(tmp_path):
    path = tmp_path / "council.txt"
    path.write_text(COUNCIL, encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    first = "Councillor Hanne Vik (Brookside) (Green)\nWill the Leader tell the chamber why the depot was sold " \
            "for less than its own valuation?"
    assert kinds[first] == "body"  # the question stands with who asks it, not as a heading
    assert not {"hanne", "vik", "brookside", "green"} & _words(first) and {"depot", "valuation"} <= _words(first)
    answer = next(t for t in kinds if t.startswith("The Leader of the Council (Councillor Tor Eide)\n"))
    assert kinds[answer] == "body" and not {"tor", "eide"} & _words(answer)
    # after, the name alone, or a title and a name, is a label, however few its turns
    assert kinds["Hanne Vik"] == kinds["Councillor Eide"] == kinds["Mr Mayor"] == "boilerplate"
    assert kinds["Would he accept that the tenants were never told?"] == "body"


@pytest.mark.parametrize("line", ["Ivo Marek (Vellmar North) (Lab): I thank the Minister for her answer today.",
                                  "Dr Lise Brun (Eastfold) (Ind): Will the Minister meet the fishermen?"])
def test_a_label_before_a_colon_is_no_word_of_the_turn_nor_a_heading(line):
    name = line.split(" (", 1)[0].lower().split()
    assert not set(name) & _words(line)
    assert classify(["A title", TURN, line, REPLY])[2] == "body"


@pytest.mark.parametrize(("text", "words"), [
    ("Kessa Dam (Safety)\nThe water board voted to raise the dam.", {"kessa", "safety"}),
    ("Ferries ran (as planned) (twice)\nand the port stayed open.", {"ferries", "planned"}),
])
def test_a_title_or_a_line_with_notes_in_brackets_keeps_its_words(text, words):
    assert words <= _words(text)


def test_a_names_without_seats_in_a_text_that_labels_none_stay_as_they_were():
    # (no member labelled with the seat and the party: a name alone, once, is a heading as before)
    assert classify(["A title", TURN, "Mr Speaker", REPLY])[2] == "heading"


@pytest.mark.parametrize(("stamp", "kind"), [
    ("Volume 88: debated on Thursday 4 June 2026", "boilerplate"), ("Vol. 3, sitting of 2 May 2026", "boilerplate"),
    ("Issue 41 — published on 3 March 2026", "boilerplate"), ("Volume 12: The Harbour in 2026", "heading"),
    ("Issue 12, week of 3 March 2026", "boilerplate"),
])
def test_a_records_volume_and_day_is_a_stamp(stamp, kind):
    assert classify(["A title", stamp, TURN, REPLY])[1] == kind


@pytest.mark.parametrize("title", ["Volume 3: the siege of 12 May 1940", "Vol. 2, siege of 3 March 1916"])
def test_a_volumes_title_with_a_date_is_no_records_stamp(tmp_path, title):
    """Words that name what the volume tells, not when it sat or was printed, make it a title."""
    path = tmp_path / "diary.txt"
    path.write_text(f"{title}\n\n{TURN}\n\n{REPLY}\n", encoding="utf-8")
    assert load_article(path).passages[0].kind == "heading"


def test_names_that_take_turns_stay_labels_beside_the_labelled_members():
    texts = ["A title", f"Ivo Marek (Vellmar North) (Lab)\n{TURN}", f"Anna Lind (Vellmar South) (Con)\n{REPLY}",
             "CHAIR", "Order. The next item is the harbour.", "CLERK", "Item two, the harbour dues.",
             "CHAIR", "Thank you.", "CLERK", "Item three, the ferry."]
    kinds = classify(texts)
    assert [kinds[i] for i in (3, 5, 7, 9)] == ["boilerplate"] * 4 and kinds[4] == kinds[6] == "body"


@pytest.mark.parametrize(("title", "words"), [
    ("Ferry Strike (Update): What We Know", {"ferry", "strike", "update"}),
    ("Orchard Lane (Closure): The Timeline", {"orchard", "lane", "closure"}),
])
def test_a_title_with_a_note_and_a_colon_is_no_members_turn(title, words):
    # (before a colon a member's label opens a sentence said; a title's rest is no sentence)
    assert classify([title, TURN, REPLY])[0] == "heading"
    assert classify(["A title", TURN, title, REPLY])[2] == "heading"
    assert words <= _words(title)


@pytest.mark.parametrize(("heading", "labels"), [
    ("The Future of Transport", ("Ms Sigrun Dahl (Transport)", "Ivo Marek (Vellmar North) (Lab)")),
    ("Winter in the Fjords", ("Dr Lise Brun (Eastfold) (Fjords)", "Tor Eide (Kessa) (Green)")),
])
def test_a_heading_ending_on_a_seats_or_a_partys_word_stays_a_heading(heading, labels):
    # (the name alone above a turn is a label when it ends on a member's name, not on a seat's word)
    texts = ["Ferry to reopen", TURN, f"{labels[0]}: We will reopen the line in June, as we promised.", REPLY,
             heading, f"{labels[1]}: It is too late for the traders who closed.", TURN]
    assert classify(texts)[4] == "heading"


@pytest.mark.parametrize(("text", "words"), [
    ("The new members are:\nAnna Berg (Vellmar North) (Lab)\nIvo Marek (Eastfold) (Green)\nLise Brun (Kessa) (Ind)",
     {"anna", "berg", "ivo", "marek", "eastfold", "lise"}),
    ("Elected to the board:\nDr Tove Lind (Harbour) (Ind)\nMs Rut Sand (Quayside) (Lab)",
     {"tove", "lind", "harbour", "rut", "sand"}),
])
def test_a_storys_list_of_members_with_seats_keeps_its_names_as_words(text, words):
    # (a label alone on its line is a turn's only above what is said, not above another label)
    assert words <= _words(text)


@pytest.mark.parametrize("note", ["( )", "(\t)"])
def test_a_label_whose_note_is_blank_is_read_without_fail(note):
    """A note of spaces alone in a member's label names nobody by a title; the record is read,
    not ended by it."""
    kinds = classify(["The sitting", f"Ivo Marek {note}: Will the Minister give way?",
                      "Anna Berg (Lab): No, I will not give way now.", f"Ivo Marek {note}: Then I will sit down."])
    assert len(kinds) == 4 and kinds[0] == "heading"


@pytest.mark.parametrize("heading", ["Dr Amsel's Report", "Mr Berg and the Harbour"])
def test_a_heading_that_opens_with_a_title_in_a_record_stays_a_heading(tmp_path, heading):
    """After the labelled turns, a title opens a label only before a name, not a heading's words."""
    record = COUNCIL.replace("Hanne Vik\n", f"{heading}\n\n{TURN}\n\nHanne Vik\n")
    path = tmp_path / "council.txt"
    path.write_text(record, encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    assert kinds[heading] == "heading" and kinds["Hanne Vik"] == kinds["Mr Mayor"] == "boilerplate"


def test_a_title_and_a_surname_with_its_particles_still_labels_a_turn():
    texts = ["Tram Depot (Sale)", f"Councillor Hanne Vik (Brookside) (Green)\n{TURN}",
             f"The Leader of the Council (Councillor Tor Eide)\n{REPLY}", "Mr van der Berg", TURN]
    assert classify(texts)[3] == "boilerplate"


HARBOUR = """Harbour Dues (Amendment)

Ivo Marek (Vellmar North) (Lab): Will the Minister tell the House why the dues were raised twice this year?

Ms Sigrun Dahl (Eastfold) (Con): The dues were raised because the breakwater needed repairs after the storms.

Ivo Marek: Will she publish the engineers' report on the breakwater?

Sigrun Dahl: The report will be published in May, with the costs.
"""
TRAMS = """Tram Fares

Councillor Hanne Vik (Brookside) (Green): Why have the fares gone up again before the new line is open?

The Leader of the Council (Councillor Tor Eide): Because the old trams cost more to run every winter.

Hanne Vik: Then why not retire them?

Councillor Eide: They will be retired next spring.
"""


def _keys(article):
    from reader.align.features import article_features
    from reader.align.glossary import Glossary

    return {p.text.split(":", 1)[0]: set(keys or ()) for p, keys in
            zip(article.passages, article_features(article, "paragraph", Glossary())) if ":" in p.text}


@pytest.mark.parametrize(("record", "later", "names"), [
    (HARBOUR, ["Ivo Marek", "Sigrun Dahl"], {"w:ivo", "w:marek", "w:sigrun", "w:dahl"}),
    (TRAMS, ["Hanne Vik", "Councillor Eide"], {"w:hann", "w:vik", "w:eide", "w:councillor"}),
])
def test_a_later_turn_under_the_name_alone_before_a_colon_gives_no_evidence_of_the_name(tmp_path, record, later, names):
    """After the first turns named with the seat and the party, a member's turn opens on the name
    alone (or a title and the name): a label, as the first was, and the turn said, no heading."""
    path = tmp_path / "record.txt"
    path.write_text(record, encoding="utf-8")
    article = load_article(path)
    keys = _keys(article)
    assert all(not keys[name] & names and keys[name] for name in later)
    assert [p.kind for p in article.passages if p.text.split(":", 1)[0] in later] == ["body", "body"]
    from reader.align.glossary import Glossary
    from reader.claims.keys import passage_keys

    turn = next(p.text for p in article.passages if p.text.startswith(later[0] + ":"))
    assert not passage_keys(turn, Glossary(), {}, article).keys() & names  # the claim map keys it as the aligner does


def test_a_name_before_a_colon_outside_a_debates_record_keeps_its_words(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"Ferry strike\n\n{TURN}\n\nIvo Marek: Why the ferry matters to the valley.\n\n{REPLY}\n",
                    encoding="utf-8")
    assert {"w:ivo", "w:marek"} <= _keys(load_article(path))["Ivo Marek"]
