"""What stands around an article's text and is not what it says: an encyclopedia's references,
notes and links out, a press release's labels and its contacts. Left as boilerplate, they
cannot link two articles that cite the same source, nor fill what only one side tells."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

LONG = ("The harbour board of Vellmar closed its north quay on Monday after divers found the quay wall "
        "undermined along forty metres, and said repairs would take six months and cost nine million crowns.")

ENCYCLOPEDIA = f"""North Quay of Vellmar

From Wikipedia, the free encyclopedia

{LONG}[1] The dockers' union disputes the length of the closure.[2][citation needed]

History

The quay was built in 1911 and rebuilt after the flood of 1962.[3]

Notes

a. The board gives the length of the damage as forty metres, the union as sixty.

References

1. ^ "North quay closed". Vellmar Courier. 4 May 2026.
2. ^ Holm, Paal (5 May 2026). "Six months is too long". Dockers' Voice.
3. ^ Harbour Board of Vellmar (1963). Report on the flood of 1962 (Report). p. 14.

External links

Official website of the harbour board

Categories: Quays in Vellmar | 1911 establishments

This page was last edited on 6 May 2026, at 09:14 (UTC).
"""


def _kinds(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.kind, p.text) for p in load_article(path).passages]


def test_references_notes_and_links_out_are_boilerplate(tmp_path):
    passages = _kinds(tmp_path, ENCYCLOPEDIA)
    body = [text for kind, text in passages if kind == "body"]
    assert len(body) == 2 and body[0].startswith(LONG) and body[1].startswith("The quay was built")
    start = next(i for i, (_, text) in enumerate(passages) if text == "Notes")
    assert {kind for kind, _ in passages[start:]} == {"boilerplate"}
    assert ("boilerplate", "From Wikipedia, the free encyclopedia") in passages


@pytest.mark.parametrize("head", ["References", "## References", "Sources:", "Further reading", "Notes to editors",
                                  "References[edit]"])
def test_entries_under_an_apparatus_heading_are_boilerplate_until_prose(head):
    texts = ["A title", LONG, head, "1. Courier, 4 May 2026.", "[2] Dockers' Voice, 5 May 2026.", "^ Board report.", LONG]
    assert classify(texts) == ["heading", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "body"]


@pytest.mark.parametrize("head", ["Sources of the dispute", "Notes from the quay"])
def test_a_heading_that_only_starts_like_one_is_a_heading(head):
    assert classify(["A title", LONG, head, "1. The divers went down on Monday.", LONG])[2:4] == ["heading", "body"]


@pytest.mark.parametrize("line", ["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "For media enquiries:", "Media contact",
                                  "Tel: +44 20 7946 0123", "Email: press@harbour.vellmar.example",
                                  "Out of hours: +44 7700 900123", "Contact: p.holm@dockers.example | 07700 900456",
                                  "Call 020 7946 0123 for details", "-ENDS-"])
def test_a_press_releases_labels_and_contacts_are_boilerplate(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Built: 1911-1962", "Cost: 0.5 million crowns a month",
                                  "Write to p.holm@dockers.example and tell the board what you think of the six months.",
                                  "Release of the divers' report"])
def test_years_figures_and_a_sentence_with_an_address_are_not_contacts(line):
    assert classify(["A title", LONG, line, LONG])[2] != "boilerplate"


@pytest.mark.parametrize("line", ["Parcel 0034 0434 1610 9404 2557 1234 5678 9012 3456 7890",
                                  "+4412345678901234567890123456789012345678",
                                  "Ledger entry 0099887766554433221100998877665544332211"])
def test_a_run_of_more_digits_than_a_telephone_number_holds_is_no_contact(line):
    """A telephone number holds at most 15 digits (ITU-T E.164): a longer run (a parcel's, an
    account's) is none, nor is its first stretch; a number of 15 digits still is."""
    assert classify(["A title", LONG, line, LONG])[2] != "boilerplate"
    assert classify(["A title", LONG, "Tel: +44 7946 0123 4567", LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Witnesses should call 0800 555 1111.",
                                  "The flood helpline is 0800 123 4567.",
                                  "Residents can write to claims@harbour-board.example!",
                                  # a clock time's colon is no label's
                                  "At 10:30 the hotline, 0800 555 1111, opened.",
                                  "At 09:15 the inbox, claims@harbour-board.example, filled."])
def test_a_short_sentence_of_the_story_that_gives_a_number_or_an_address_is_text(line):
    """Contact furniture is a line OF contact details; a sentence that mentions one is the story's,
    under a "Contacts" heading too (which then heads a section of the story)."""
    assert classify(["A title", LONG, line, LONG])[2] == "body"
    assert classify(["A title", LONG, "Contacts", line, LONG])[2:4] == ["heading", "body"]


@pytest.mark.parametrize("line", ["Tel: 020 7946 0123.", "Press office: +44 20 7946 0123!", "07700 900456",
                                  # a label cut short with a stop is a label too
                                  "Tel. 020 7946 0123.", "Press office, Mob. 07700 900456.", "Tél. +33 1 23 45 67 89."])
def test_a_labelled_contact_line_with_a_stop_or_a_number_alone_is_still_a_contact(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("block", ["Jo Carter, communications manager.\nPhone 01632 960 111.\njo.carter@trust.example.",
                                   "Press office, Vellmar harbour board.\nTel. +44 20 7946 0123.",
                                   "Out of hours\nMobile 07700 900456."])
def test_a_block_of_contact_lines_each_ending_on_a_stop_is_still_a_contact(block):
    """A name, a number and an address on lines of their own are a list of details, not a
    sentence, whatever their lines end with."""
    assert classify(["A title", LONG, block, LONG])[2] == "boilerplate"


@pytest.mark.parametrize(("story", "line"), [
    ("Trust opens new ward\n\n{long}\n\nFor more information contact the press office.\n\n{line}\n", "Phone 01632 960 111."),
    ("Harbour board news\n\n{long}\n\n{line}\n", "Mobile 07700 900456."),
])
def test_a_contact_line_with_a_word_for_its_label_and_a_stop_is_a_contact(tmp_path, story, line):
    """A label without its colon ("Phone", "Mobile") and the number alone after it is a line of details."""
    path = tmp_path / "release.txt"
    path.write_text(story.format(long=LONG, line=line), encoding="utf-8")
    assert {p.text: p.kind for p in load_article(path).passages}[line] == "boilerplate"


@pytest.mark.parametrize("line", ["He called 0800 555 1111.", "She rang 07700 900456 twice."])
def test_who_calls_a_number_is_the_storys_sentence(line):
    assert classify(["A title", LONG, line, LONG])[2] == "body"


@pytest.mark.parametrize("line", ["Call 0800 555 1111.", "Ring 07700 900456."])
def test_a_verb_before_a_number_is_no_contact_label(line):
    """"Call", "Ring", "Help" tell the reader what to do: a sentence, where "Phone" or "Fax" name the line."""
    assert classify(["A title", LONG, line, LONG])[2] == "body"


@pytest.mark.parametrize("line", ["Fax 020 7946 0124.", "Helpline 0800 555 1111."])
def test_a_noun_before_a_number_is_a_contact_label(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Tlf 0913 222 444.", "Movil 0622 111 333.", "Courriel presse@exemple.fr.",
                                  "Telefax 040 2222 3333.", "Enquiries 020 7946 0555.", "Моб 0672223344.",
                                  "Cep 0533 222 11 00.", "موبایل 0913 222 4444.", "טל 04 222 3333.", "SMS 07700 900777."])
def test_a_contact_label_of_another_language_or_a_short_form_is_a_contact_label(line):
    """The nouns that label a number in the languages read beside English, their short forms and
    spellings without accents, and the channels it is given for."""
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


_CONTACT_CHECK = """
import sys
from reader.corpus.kinds import _EMAIL, _contact
line = sys.argv[1] * 100_000 + sys.argv[2]
print(_contact(line), _EMAIL.search(line) is not None)
"""


# (the contact rule's answer, then whether an address is found: dots give no number, nor does a
# run of 100,000 digits (more than a telephone number holds), and an address after 100,000 words
# is no line of details)
@pytest.mark.parametrize(("unit", "tail", "found"), [("a.", "+", "False False"), ("0", "@", "False False"),
                                                      ("x.", " ana@harbour.example", "False True")])
def test_a_huge_line_without_a_space_is_read_for_contacts_without_hanging(unit, tail, found):
    """An address is looked for once per run of its characters, not from each of them: a line of
    200 kB (a dump of dots or digits, no space) is read in linear time by the contact rules
    themselves, whatever length their callers let through. (The timeout only stops a hang: read
    from every character, the line takes tens of minutes.)"""
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _CONTACT_CHECK, unit, tail], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.stdout.split() == found.split()
