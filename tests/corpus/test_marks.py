"""Reference markers and speakers' labels: marks a text carries about itself, not its words.
An interview's questions and a transcript's turns are no headings; an encyclopedia's "[3]"
after a full stop still ends the sentence."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify
from reader.corpus.marks import after_markers, marks
from reader.corpus.segment import paragraph_spans
from reader.corpus.sentences import split_sentences

INTERVIEW = """An interview with the harbour master of Vellmar

Q: Why did the harbour close its north quay on Monday?
A: The divers found the quay wall undermined along forty metres, and we will not risk a ship.

Q: The dockers say the wall was reported in 2021.
A: A crack was reported then. The undermining is new.

Q: How long will the quay stay shut?
A: Six months at most, at a cost of nine million crowns.
"""

TRANSCRIPT = """Harbour board hearing, 4 May 2026

[00:00:05] CHAIR ODA VESTERGAARD: This hearing is on the north quay of Vellmar.

[00:01:12] CHAIR ODA VESTERGAARD: So the board knew in 2021?

[00:01:20] DIVER PAAL HOLM: The board had our report in March 2021 and did nothing with it.
"""


def _texts(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    return [(p.kind, p.text) for p in article.passages]


def test_an_interview_question_is_no_heading_and_keeps_its_answer(tmp_path):
    passages = _texts(tmp_path, INTERVIEW)
    assert [kind for kind, _ in passages] == ["heading", "body", "body", "body"]
    assert passages[1][1].startswith("Q: Why did the harbour close") and "A: The divers found" in passages[1][1]
    assert passages[3][1].startswith("Q: How long") and passages[3][1].endswith("nine million crowns.")


def test_a_transcript_turn_that_asks_is_no_heading(tmp_path):
    passages = _texts(tmp_path, TRANSCRIPT)
    assert [kind for kind, _ in passages] == ["heading", "body", "body", "body"]
    assert classify(["A title", "Q: Why did the quay close?", "A: The wall was undermined."])[1] == "body"


@pytest.mark.parametrize("line", ["Why did the quay close?", "Harbour: what next", "US: sanctions on the port"])
def test_a_short_question_or_a_headline_with_a_colon_is_still_a_heading(line):
    assert classify(["A title", line, "The wall was undermined along forty metres of the quay."])[1] == "heading"


def test_a_question_line_keeps_its_answer_line_in_one_paragraph():
    text = "Q: Why did the quay close?\nA: The wall was undermined.\n\nQ: When?\nA: On Monday.\n\nQ: Who pays?\nA: The board.\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "Q: Why did the quay close?\nA: The wall was undermined.", "Q: When?\nA: On Monday.", "Q: Who pays?\nA: The board."]


def test_marks_are_reference_markers_and_speakers_labels():
    text = "[00:01:20] DIVER PAAL HOLM: It was reported.[3] Nothing was done.[citation needed]\nQ: Why?"
    assert [text[s:e] for s, e in marks(text)] == ["[00:01:20] DIVER PAAL HOLM:", "[3]", "[citation needed]", "Q:"]
    # an editor's insertion in a quote, a figure in brackets, a field in ordinary case: text
    for kept in ("He met [Oda] Vestergaard.", "the [2021] report", "Status: closed", "US: sanctions"):
        assert marks(kept) == []
    assert after_markers("the quay.[5][6] Then", len("the quay.[5][6] ")) == len("the quay.")
    assert after_markers("the [Oda] board", len("the [Oda] ")) == len("the [Oda] ")


def test_a_full_stop_before_reference_markers_still_ends_the_sentence():
    text = ("The quay opened in 1987.[3] A survey in 2021 found a crack.[4][5] The board did nothing.[citation needed] "
            "it goes on. Then it closed.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The quay opened in 1987.[3]", "A survey in 2021 found a crack.[4][5]",
        "The board did nothing.[citation needed] it goes on.", "Then it closed."]


@pytest.mark.parametrize("line", ["The quay was built in 1911.[3]", "It was rebuilt in 1962.[4][5]",
                                  "Nobody was hurt.[citation needed]"])
def test_a_short_sentence_with_its_reference_marker_is_no_heading(line):
    assert classify(["A title", line, "The wall was undermined along forty metres of the quay."])[1] == "body"
    # in a block of lines, it goes on into the next line as a sentence does, not alone as a heading
    text = f"A title\n\n{line}\nThe wall was undermined.\n\nMore text here.\n\nAnd more.\n"
    assert f"{line}\nThe wall was undermined." in [text[s:e] for s, e in paragraph_spans(text)]


@pytest.mark.parametrize(("line", "ends"), [
    ("figures were taken at high water.2", "figures were taken at high water."),
    ("сняты в большую воду.12", "сняты в большую воду."),
    ("as the minister said.”3", "as the minister said.”"),
    ("Annex B.2", "Annex B.2"),  # a letter's number: no word of prose before the stop
    ("Release 16.2", "Release 16.2"),
    ("in 1911.[3]", "in 1911."),
])
def test_a_line_ends_without_its_footnote_mark(line, ends):
    from reader.corpus.marks import unmarked_end

    assert unmarked_end(line) == ends


def test_footnote_marks_run_in_order_and_start_again_with_a_chapter():
    from reader.corpus.marks import footnote_marks

    texts = ["Boats wait at the mouth.1 Tolls rose twice.2", "The ferries ran on Covid19 timetables.",
             "Crews struck in June.3 The quay closed.4", "Chapter two", "The silt came back.1 So did the boats.2"]
    assert [[m[1] for m in marks] for marks in footnote_marks(texts)] == [["1", "2"], [], ["3", "4"], [], ["1", "2"]]
    twice = ["Covid19 shut the quay.1", "Trade fell after Covid19 came.2"]  # a name's number, written twice
    assert [[m[1] for m in marks] for marks in footnote_marks(twice)] == [["1"], ["2"]]


TURNS_IN_ORDINARY_CASE = [
    "The ferry strike, a conversation", "Mara Venn: Welcome. Ilya, why strike now?",
    "Ilya Tork: Because the rota has changed three times since January.",
    "Mara Venn: The owners say the rota is the law's.", "Ilya Tork: The law says twelve hours, not sixteen."]


def test_names_in_ordinary_case_that_take_turns_before_a_colon_are_labels_no_words():
    from reader.corpus.marks import speakers

    named = speakers(TURNS_IN_ORDINARY_CASE)
    assert named == {"venn", "tork"}
    assert [TURNS_IN_ORDINARY_CASE[2][s:e] for s, e in marks(TURNS_IN_ORDINARY_CASE[2], named)] == ["Ilya Tork:"]


@pytest.mark.parametrize("texts", [
    # fields of one word, again and again
    ["Ferry strike", "Update: The minister has left.", "Correction: The talks are at nine.",
     "Update: The union has agreed.", "Correction: The minister is a woman."],
    # one name over each entry, no turns taken
    ["Ferry strike", "Mara Venn: The minister has left.", "Mara Venn: The talks are at nine.",
     "Mara Venn: The union has agreed.", "Ilya Tork: It is over.", "Ilya Tork: It is not."],
    # a title's words before a colon, no sentence after them
    ["Ferry Strike: The Timeline", "North Quay: What Went Wrong", "Ferry Strike: The Timeline", "North Quay: What Went Wrong"],
    # a round-up, place by place, turn and turn about: words the text writes in lower case too
    ["Ferry services, port by port, as the new timetable starts.", "North Quay: Ferries run every hour until noon.",
     "Vell Harbour: All sailings are cancelled.", "North Quay: The afternoon sailings are cancelled.",
     "Vell Harbour: Sailings resume at six, when the harbour opens on the north side."],
    ["Election night, state by state, under new rules.", "New York: Polls closed at nine.",
     "New Jersey: Polls closed at eight.", "New York: The count is slow.", "New Jersey: The count is quick."],
])
def test_fields_headings_or_one_name_again_are_no_speakers(texts):
    from reader.corpus.marks import speakers

    assert speakers(texts) == frozenset()


def test_turns_with_their_time_in_parentheses_and_a_transcribers_aside_are_labelled():
    from reader.corpus.marks import speakers

    texts = ["The ferry strike, a conversation", "(00:00:05) Mara Venn: Welcome. Why strike now? (laughter)",
             "(00:00:12) Ilya Tork: Because nobody asked the crews. [inaudible]",
             "(00:00:31) Mara Venn: The owners say the rota is the law's.", "(00:00:35) Ilya Tork: It says twelve hours."]
    named = speakers(texts)
    assert named == {"venn", "tork"}
    assert [texts[2][s:e] for s, e in marks(texts[2], named)] == ["(00:00:12)", "Ilya Tork:"]
    assert [m for m in marks("(12:30) The ferry left on time.")] == [(0, 7)]  # a stamp, no name


def test_speakers_whose_surnames_are_words_the_text_writes_are_still_labels():
    from reader.corpus.marks import speakers

    texts = ["The ferry strike, a conversation", "Mara Young: Welcome. Why strike now, when the young crews are paid more?",
             "Ilya Baker: Because the rota has changed three times, and the baker's boat sails at four.",
             "Mara Young: The owners say the rota is the law's.", "Ilya Baker: The law says twelve hours, not sixteen."]
    assert speakers(texts) == {"young", "baker"}
