"""Shapes of article the web and the newsroom give: a live blog's key events, stamps and bold
entry headings; a transcript's asides; a photo's credit after its caption; a link to another
story under "Read more:". Each rule is shown on two invented texts."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

LONG = ("Union officials rejected the board's offer on Tuesday, calling it an insult to the dock "
        "workers who had kept the port open through the winter storms, and said the strike would go on.")
OTHER = ("The ferry company said the crossings would resume on Thursday morning once the harbour "
         "master had inspected the damaged pier, though passengers should expect long delays.")

HARBOUR_BLOG = f"""Harbour strike – as it happened

Key events
2:32pm Union rejects offer
2:10pm Cranes stop
1:45pm Board goes to court

2.32pm BST
**Union calls offer an insult**

{LONG}

2.10pm BST
**Eastern terminal at a standstill**

The cranes at the eastern terminal stopped at two in the afternoon, and lorries queued to the ring road.

Updated at 3.05pm BST
"""

FERRY_BLOG = f"""Ferry crossings suspended: live

Show key events only
Please turn on JavaScript to use this feature

Key moments
09:05 Pier damaged in storm
08:40 First crossing cancelled

09:05 GMT
__Storm tears into the pier__

{OTHER}
"""


def kind_between(line: str) -> str:
    """The kind of `line` set between two paragraphs of an article."""
    return classify(["A title", LONG, line, OTHER])[2]


def kinds(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "blog.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.kind, p.text) for p in load_article(path).passages]


def test_a_live_blogs_key_events_list_and_its_stamps_are_furniture(tmp_path):
    got = kinds(tmp_path, HARBOUR_BLOG)
    assert got[1:6] == [("boilerplate", "Key events"), ("boilerplate", "2:32pm Union rejects offer"),
                        ("boilerplate", "2:10pm Cranes stop"), ("boilerplate", "1:45pm Board goes to court"),
                        ("boilerplate", "2.32pm BST")]
    assert ("heading", "**Union calls offer an insult**") in got
    assert ("heading", "**Eastern terminal at a standstill**") in got
    assert got[-1] == ("boilerplate", "Updated at 3.05pm BST")


def test_a_second_live_blog_the_switch_the_script_notice_and_the_entry_after_the_list(tmp_path):
    got = kinds(tmp_path, FERRY_BLOG)
    assert [k for k, _ in got[1:6]] == ["boilerplate"] * 5  # switch, notice, "Key moments" and its two items
    # the entry's own time ends the list: its stamp is a stamp, its bold headline a heading
    assert got[6:9] == [("boilerplate", "09:05 GMT"), ("heading", "__Storm tears into the pier__"), ("body", OTHER)]


def test_a_key_events_list_ends_at_the_first_entry_that_repeats_a_listed_time():
    texts = ["A title", "Key events", "14:32 Union rejects offer", "14:32 Union rejects the offer", LONG]
    assert classify(texts)[1:] == ["boilerplate", "boilerplate", "heading", "body"]


@pytest.mark.parametrize("line", ["Updated at 3.05pm BST", "Posted 11.40am", "Last updated at 9.15 p.m. GMT",
                                  "16.40 GMT", "3 Mar 2026 16.40 GMT", "3 March 2026, 09.05 CET",
                                  "Mon 3 Mar 2026 16.40 GMT", "Updated at 16.45 GMT", "Thurs. 5 March 2026"])
def test_a_stamp_with_a_clock_written_with_a_dot_is_a_stamp(line):
    assert kind_between(line) == "boilerplate"


@pytest.mark.parametrize("line", ["16.40", "Figures for 2026: 16.40", "16.40 per cent"])
def test_a_figure_with_a_stop_and_no_zone_is_no_stamp(line):
    assert kind_between(line) != "boilerplate"


def test_a_bold_heading_that_names_key_events_is_a_heading_and_a_bold_sentence_is_body():
    assert classify(["A title", LONG, "**Key events in the strike**", OTHER])[2] == "heading"
    assert classify(["A title", LONG, "**The offer is an insult, says the union.**", OTHER])[2] == "body"


TOWN_HALL = """Transcript: the governor at the town hall

GOVERNOR BRUNN: Thank you all for coming out tonight. [Applause]

[crosstalk]

AUDIENCE MEMBER: The inspection took a week! It was rushed!

GOVERNOR BRUNN: The inspectors were on site for three weeks (inaudible) and the report is public.

[Applause]
"""

PODCAST = """Episode 12: the water board's chair

HOST: Welcome back. Today we talk about the reservoir.

(LAUGHTER)

CHAIR: It is a dull subject until your tap runs dry.

(Music fades out)

HOST: Then tell us why it ran dry.
"""


@pytest.mark.parametrize("text, asides", [(TOWN_HALL, ["[crosstalk]", "[Applause]"]),
                                          (PODCAST, ["(LAUGHTER)", "(Music fades out)"])])
def test_a_transcripts_asides_alone_on_a_line_are_furniture_and_its_turns_are_body(tmp_path, text, asides):
    got = kinds(tmp_path, text)
    assert [t for k, t in got if k == "boilerplate"] == asides
    assert all(k == "body" for k, t in got[1:] if ":" in t)  # an aside inside a turn stays in it


@pytest.mark.parametrize("line", ["(This account has been shortened for length.)", "[The recording breaks off here for some minutes]",
                                  "(Reuters)"])
def test_a_bracketed_sentence_or_a_long_aside_is_no_sound(line):
    assert kind_between(line) != "boilerplate" or line == "(Reuters)"


@pytest.mark.parametrize("caption", ["Cyclists cross the Orlen bridge in Brennmoor. Reuters/File",
                                     "Riot police at the depot gate on Saturday. AP Photo/Jonas Ferl",
                                     "Fishermen mend their nets at dawn. Ana Petrov/The Ledger via Wire Images"])
def test_a_caption_with_its_credit_after_a_slash_is_furniture(caption):
    assert classify(["A title", caption, LONG, OTHER])[1] == "boilerplate"


@pytest.mark.parametrize("line", ["The poll asked a thousand voters. Yes/No answers were counted.",
                                  "He said it was either/or. Then he left the hall."])
def test_a_sentence_with_a_slash_is_no_caption(line):
    assert classify(["A title", line, LONG, OTHER])[1] != "boilerplate"


@pytest.mark.parametrize("head, link", [("Read more:", "Brennmoor's traffic plan explained"),
                                        ("Related:", "What the ferry strike means for commuters")])
def test_a_headline_under_a_read_more_line_is_a_link(head, link):
    assert classify(["A title", LONG, head, link, OTHER]) == ["heading", "body", "boilerplate", "boilerplate", "body"]


def test_a_heading_under_a_read_more_line_without_a_colon_stays_a_heading():
    assert classify(["A title", LONG, "Read more", "Why the ferries stopped", OTHER])[3] == "heading"


@pytest.mark.parametrize("line", ["Читайте также: Совет готовится к голосованию", "Фото: Анна Смирнова / ТАСС",
                                  "Подписывайтесь на наш канал в Telegram", "Həmçinin oxuyun: Şura yenidən toplanır",
                                  "Foto: Əli Həsənov", "Fotoğraf: Ayşe Kaya / AA", "Կարդացեք նաև՝ Խորհուրդը կհավաքվի",
                                  "Լուսանկարը՝ Արամ Սարգսյան", "צילום: דנה לוי", "اقرأ أيضا: المجلس يجتمع غدا",
                                  "Lire aussi : le conseil se réunit"])
def test_links_credits_and_pleas_in_other_languages_are_furniture(line):
    assert classify(["Заголовок", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("turns", [
    ["**Dana Ilves:** Why did the ferries stop on Monday?",
     "**Harbour master Ruel:** The pier's supports cracked in the storm, and I will not risk it.",
     "**Dana Ilves:** When will they run again?"],
    ["__Q__: Who decided to close the reservoir?", "__A__: The board did, on the engineers' advice.",
     "**Interviewer**: Was the town told in time?"]])
def test_an_interviews_questions_under_a_bold_speakers_name_are_turns_not_headings(turns):
    assert classify(["An interview", LONG, *turns]) == ["heading", "body", "body", "body", "body"]


@pytest.mark.parametrize("line", [
    "2h ago", "35m ago", "Updated 1d ago", "LIVE", "Live Reporting", "Live coverage", "BREAKING", "Breaking news", "Pinned", "Pinned post", "Show more", "Load older updates", "Jump to",
    "SKIP ADVERTISEMENT", "This is a developing story and will be updated.",
    "This is a breaking news story; check back for updates.",
    "(Photo by Ana Petrov/Getty Images)", "Picture by Jonas Ferl/Harbour Press", "Image source, Getty Images",
    "Image caption, Protesters at the bridge on Saturday", "Media caption, The ferry leaves the damaged pier",
    "— Marta Ruel (@martaruel.bsky.social) March 3, 2024", "— Ivo Marek (@ivo@harbour.social) 4 March 2024",
    "Dana Ilves (@danailves) March 5, 2024"])
def test_a_live_blogs_and_a_pages_furniture_is_boilerplate(line):
    assert kind_between(line) == "boilerplate"


@pytest.mark.parametrize("line", ["Live music returns to the harbour", "Live reporting from a war zone",
                                  "Breaking the silence at the quay", "Sun 3 Mar 2026 was the warmest day",
                                  "Photo by photo, the archive grew",
                                  "Show more mercy", "Image source and the law", "Jump to conclusions",
                                  "Pinned down by the storm", "2 hours ago we were told nothing"])
def test_headings_that_open_like_that_furniture_stay_headings(line):
    assert kind_between(line) == "heading"


HARBOUR_INTERVIEW = """Five questions for the harbour master

**Dana Ilves**
Why did the ferries stop on Monday?

**Harbour master Ruel**
The pier's supports cracked in the storm, and I will not send passengers over a cracked pier.

**Dana Ilves**
When will they run again?

**Harbour master Ruel**
Thursday, if the engineers sign off the repair.
"""

RESERVOIR_HEARING = """Hearing on the reservoir, second day

CHAIR OSTROVA
Who signed the order to drain it?

ENGINEER BALD
I did, on the board's instruction.

CHAIR OSTROVA
In writing?

ENGINEER BALD
In writing, on the third of May.
"""


# A transcribing service's copy: each speaker's name and the time of the turn on a line above it
# ("Dana Ilves  0:05"), or the time first ("[00:00:05] Chair Ostrova").
TURNS = [("Dana Ilves", "Why did the ferries stop on Monday?"), ("Harbour master Ruel", "The pier's supports cracked."),
         ("Dana Ilves", "When will they run again?"), ("Harbour master Ruel", "Thursday, if the engineers sign off.")]
TIMED_INTERVIEW = "\n\n".join(["The ferry interview"] + [f"{name}  0:{n}5\n{said}" for n, (name, said) in enumerate(TURNS)])
TIMED_HEARING = "\n\n".join(["The ferry hearing"] + [f"[00:0{n}:05] {name}\n\n{said}" for n, (name, said) in enumerate(TURNS)])


@pytest.mark.parametrize("text", [HARBOUR_INTERVIEW, RESERVOIR_HEARING, TIMED_INTERVIEW, TIMED_HEARING])
def test_speakers_names_on_their_own_lines_are_labels_and_each_turn_is_said(tmp_path, text):
    got = kinds(tmp_path, text)
    assert [k for k, _ in got] == ["heading"] + ["boilerplate", "body"] * 4


def test_a_name_that_heads_sections_without_taking_turns_is_no_speaker():
    # one name again and again (an author over each entry), and headings that never alternate
    texts = ["A title", OTHER, "Dana Ilves", "Ferries stop", LONG, "Dana Ilves", "Pier cracked", OTHER]
    assert classify(texts)[3] == classify(texts)[6] == "heading"
    texts = ["A title", "The north bank", "Why it flooded", LONG, "The north bank", "Who pays", OTHER,
             "The south bank", "Why it stayed dry", LONG, "The south bank", "Who gains", OTHER]
    assert [classify(texts)[i] for i in (2, 5, 8, 11)] == ["heading"] * 4


@pytest.mark.parametrize("head, timeline", [
    ("Key moments", ["21:05 The speaker opened the session and read the motion.",
                     "22:40 The opposition walked out in protest.", "00:30 The motion passed by three votes."]),
    ("Key events", ["6.10am The first train left the depot half empty.",
                    "7.45am Drivers at the northern yard joined the stoppage."])])
def test_a_timeline_of_sentences_under_a_key_events_head_is_text(head, timeline):
    """A list of key events links to the entries by their headlines; a timeline told in
    sentences is the article's own account."""
    assert classify(["A title", LONG, head, *timeline, OTHER])[3:] == ["body"] * (len(timeline) + 1)


@pytest.mark.parametrize("head, section", [
    ("Contacts", ["Envoys of the two governments met twice in March, once in a hotel near the border "
                  "and once aboard a ferry, according to officials on both sides.", OTHER]),
    ("Contacts", ["Since the ceasefire the two militaries have kept a telephone line open between their "
                  "headquarters, and a general said it had been used four times.", LONG]),
    ("Key moments", ["The first shells fell on the bridge before dawn, and by noon the crossing had been closed.",
                     LONG]),
    ("Key events", ["The mayor signed the order on the Friday evening, hours before the river broke its banks.",
                    OTHER]),
])
def test_a_contacts_or_key_moments_heading_over_the_storys_own_paragraphs_is_a_heading(head, section):
    """Such a heading is furniture only over furniture: over a section of the story it is the story's."""
    assert classify(["A title", LONG, head, *section]) == ["heading", "body", "heading", "body", "body"]


@pytest.mark.parametrize("head, furniture", [
    ("Contacts", ["Ana Petrov, press office", "+44 20 7946 0123", "press@waterways.example"]),
    ("**Contact**", ["media@harbour-board.example | 0161 496 0732"]),
    ("Contacts", ["Lena Ostrova, head of communications", "Harbour Board of Port Alder",
                  "12 Quay Street, Port Alder PA1 2BB"]),
    ("Contact", ["Ivo Marek", "Kelmet Farmers' Union", "Mill Lane 4, Kelmet"]),
    ("Key moments", ["09:05 Pier damaged in storm", "08:40 First crossing cancelled"]),
    ("Key events:", ["- Union rejects offer", "- Cranes stop at the eastern terminal"]),
    ("Key events", ["- 1432 GMT Union rejects offer", "- 1305 GMT Cranes stop"]),  # (a clock, no year)
])
def test_a_contacts_or_key_moments_heading_over_contact_lines_or_a_list_of_entries_is_furniture(head, furniture):
    assert classify(["A title", LONG, head, *furniture])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["The vote split the country down the middle on Monday. North/South",
                                  "Crowds marched through the old town on Sunday. Israel/Palestine",
                                  "The ballot offered two boxes and nothing else. Yes/No",
                                  "The border question stays open after the talks. Armenia/Azerbaijan",
                                  # countries' and blocs' initials: an agency's pair with a credit
                                  "Ministers met again on Monday. EU/UK",
                                  "Tariffs on steel doubled at midnight. US/China",
                                  "The border crossing reopened after a week. USA/Mexico",
                                  "Defence ministers signed the pact in the spring. EU/NATO",
                                  # initials of three letters or more, none an agency's
                                  "The joint exercise ended on Monday. USA/NATO",
                                  "Oil ministers agreed a cut at the summit. UAE/OPEC"])
def test_two_words_a_slash_joins_after_a_sentence_are_no_credit(line):
    """A credit names an agency, a photographer or the files; "North/South" is the text's."""
    assert classify(["A title", line, LONG, OTHER])[1] != "boilerplate"


@pytest.mark.parametrize("caption", ["Ferries wait at the quay in Port Alder. AFP/Getty Images",
                                     "Union members at the gate on Monday. EPA/Pool",
                                     "The flooded square in Kelmet on Sunday. Handout/Waterways Ministry",
                                     "Dockers leave the yard at dusk. Reuters/Ivo Marek",
                                     "The parade ground in the capital on Sunday. KCNA/KNS",
                                     "Talks in the old palace on Monday. AP/Pool",
                                     # news agencies of two letters or one word
                                     "Ferries wait at the quay in Port Alder. PA/ANP",
                                     "Snow on the harbour road at dawn. NTB/Scanpix",
                                     "The new bridge over the Kelmet river. Belga/Lusa",
                                     # agencies that sign with their initials
                                     "Crowds in the central square on Friday. IRNA/ISNA",
                                     "Kim inspects the new plant. KCNA/Yonhap",
                                     "Fans gather outside the ground. PA/Wire"])
def test_a_credit_of_an_agency_a_pool_or_a_photographer_after_a_slash_is_still_a_caption(caption):
    assert classify(["A title", caption, LONG, OTHER])[1] == "boilerplate"


@pytest.mark.parametrize("line", ["[Translated from the original Armenian]", "Translated from the Russian by Ivo Marek",
                                  "(Translated from Azerbaijani by the editors)",
                                  "This interview was translated from Georgian.",
                                  "[Translated from the Turkish by Lena Ostrova and Jonas Ferl]"])
def test_a_note_that_the_text_is_a_translation_is_furniture_whatever_its_length(line):
    """A note about the article, as an editor's note is: two translated articles are not linked by it."""
    assert kind_between(line) == "boilerplate"


@pytest.mark.parametrize("line", ["Translated into law, the plan would close the ferry route for a year.",
                                  "Translated from Armenian, the village's name means the ford below the mill.",
                                  "(The talks resumed on Monday)", "Lost in translation",
                                  "TRANSLATED INTO LAW, THE PLAN WOULD CLOSE THE FERRY ROUTE FOR A YEAR."])
def test_a_sentence_about_translating_or_a_bracketed_sentence_is_text(line):
    assert kind_between(line) != "boilerplate"


@pytest.mark.parametrize("line", ["The report was translated into Ukrainian by volunteers.",
                                  "The story was translated into Russian by the embassy and sent to Moscow.",
                                  "The statement was translated from Farsi by state media and read out on television.",
                                  "The speech was translated into English by the president's office.",
                                  "Translated by volunteers overnight the manual reached forty villages."])
def test_a_sentence_that_tells_of_a_document_translated_is_text(tmp_path, line):
    """A note names the translator or the paper's own staff, of the article itself; a document
    the news tells of, or a translator who is no name, is the text's."""
    assert kind_between(line) == "body"
    text = f"Ferry talks resume\n\n{LONG}\n\n{line}\n\n{OTHER}\n"
    assert ("body", line) in kinds(tmp_path, text)


@pytest.mark.parametrize("blog", [
    ["Key events", "Show key events only", "14:32 Union rejects offer", "13:05 Cranes stop at the eastern terminal"],
    ["Key moments", "Hide key moments", "9.40am Pier closed after the storm", "8.15am First crossing cancelled"],
])
def test_a_key_events_head_over_its_switch_and_list_is_furniture(blog):
    """The switch that shows the key events alone may stand between the list's head and its items."""
    assert classify(["A title", *blog, LONG, OTHER])[1:len(blog) + 1] == ["boilerplate"] * len(blog)


@pytest.mark.parametrize("line", ["TRANSLATED FROM THE RUSSIAN BY IVO MAREK",
                                  "[TRANSLATED FROM THE GEORGIAN BY LENA OSTROVA AND JONAS FERL]",
                                  "THIS INTERVIEW WAS TRANSLATED FROM AZERBAIJANI."])
def test_a_translation_note_in_capitals_is_furniture(line):
    assert kind_between(line) == "boilerplate"


@pytest.mark.parametrize("sentence", [
    "Readers can write to the inquiry at evidence@inquiry.example until 30 June.",
    "Families who lost a boat may send their claims to claims@harbour-fund.example before the autumn sitting.",
])
def test_a_contacts_heading_over_a_sentence_that_gives_an_address_is_a_heading(sentence):
    """A contact line is a line of contact details; a sentence of the story that names an address
    to write to is the story's, and so is the heading over it."""
    assert classify(["A title", LONG, "Contacts", sentence, OTHER]) == ["heading", "body", "heading", "body", "body"]


@pytest.mark.parametrize("head, timeline", [
    ("Key events", ["- 1991: Armenia declares independence", "- 1994: ceasefire signed"]),
    ("Key moments:", ["• March 1921 – the treaty redraws the border", "• 12 May 1994 – the guns fall silent",
                      "• 2020s – talks resume in Vienna"]),
    # (an entry may go on from the one before without a date of its own)
    ("Key events", ["- 1962: the dam is finished above Kelmet", "- Later that year: the valley floods",
                    "- 1971: the village is moved uphill"]),
    ("Key events", ["- 2004: the ferry line opens", "- 2009: a second pier is built", "- Since then: no new berth"]),
])
def test_a_timeline_of_years_under_a_key_events_heading_is_the_storys_text(head, timeline):
    """A live blog's list of key events gives its entries' times; a list of years or dates is a
    history the story sets out."""
    assert classify(["A title", LONG, head, *timeline, OTHER])[2:] == ["heading"] + ["body"] * (len(timeline) + 1)


@pytest.mark.parametrize("items", [
    ["- 2023 budget vote passes", "- Minister resigns over leak"],
    ["• 2024 election result declared", "• 1305 GMT Polls close in the north"],
    ["* 1999 contract torn up, union says", "* Cranes stop at the eastern terminal"],
])
def test_a_key_events_list_of_headlines_one_opening_with_a_year_is_still_furniture(items):
    """A timeline gives a year or a date on every item; a live blog's headline that happens to
    open with a year-like figure does not make its list the story's history."""
    assert classify(["A title", LONG, "Key events", *items, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize(("line", "credit"), [
    # agencies' initials, known or not, credit a picture under a phrase with no verb ...
    ("Crowds on the new bridge over the river in Brennmoor on Saturday. TASR/SITA", True),
    ("Rescue boats at the harbour mouth at dawn. HINA/MTI", True),
    # ... and are a sentence's words after one with a verb
    ("Ministers said the talks would go on. UAE/OPEC", False), ("The flooded square was cleared by noon. HINA/MTI", False),
    ("The crossing reopened to lorries. SITA/TASR", False),
])
def test_initials_after_a_caption_that_says_what_the_picture_shows_are_a_credit(line, credit):
    assert (classify(["Bridge reopens", line, LONG, OTHER])[1] == "boilerplate") == credit


@pytest.mark.parametrize("line", [
    "The yen against the dollar. USD/JPY", "Final score. BAR/PSG", "Route map. LHR/JFK",
    "Average fares between the two cities. CDG/FCO", "Der Dollar stieg in Tokio. USD/JPY", "On attend le résultat à Paris. PSG/OML",
])
def test_initials_after_a_label_that_places_no_picture_are_the_storys_words(line):
    """A chart's, a score's or a map's label names what is measured or joined, not where or when
    a picture was taken: the initials after it are a currency's, a team's or an airport's."""
    assert classify(["Markets close higher", LONG, line, OTHER])[2] != "boilerplate"


def test_the_writers_named_over_a_live_blogs_entries_are_no_outlet(write_article):
    """Each entry under its writer's name and its time: a name set again and again beside a time
    is the entries' writer, not the outlet's masthead (which stands once, at the top)."""
    entries = [("Mara Venn", "16.40 GMT", LONG), ("Ilya Tork", "16.12 GMT", OTHER),
               ("Mara Venn", "15.55 GMT", OTHER.replace("Thursday", "Friday")), ("Ilya Tork", "15.30 GMT", LONG[::-1])]
    article = write_article("Ferry strike day three – live\n\n" + "\n\n".join(
        f"{name}\n{stamp}\n{text}" for name, stamp, text in entries) + "\n")
    assert article.outlet == ""
    assert [p.kind for p in article.passages if p.text in ("Mara Venn", "Ilya Tork")] == ["boilerplate"] * 4
    once = write_article("Ferry strike day three\n\nHarbour Voice\n16.40 GMT\n\n" + LONG + "\n\n" + OTHER + "\n")
    assert once.outlet == "Harbour Voice"
