"""A page copied from the browser as people bring it: the share bar's buttons come as their
labels alone, a run of spaces between them ("Share this story  Facebook  X  Email"), and a
photo's caption says what the picture shows before its credit, however long that takes. Both
are page furniture wherever they stand, not a heading and not a claim of the article."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

LONG = ("Firefighters held the line above Orvesk through the night, the regional fire service said on "
        "Thursday, after the wind turned and pushed the flames back towards the burnt slopes of the ridge.")
OTHER = ("Residents of the lower town were allowed home on Friday morning, though the road to the "
         "reservoir stays closed until engineers have checked the bridge for damage.")


@pytest.mark.parametrize("line", ["Share this story  Facebook  X  Email", "Share this article Facebook Twitter WhatsApp",
                                  "Share\tLinkedIn\tTelegram\tEmail", "Share this page  Facebook", "Share  X  Threads"])
def test_a_share_bar_copied_as_its_button_labels_is_furniture(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Facebook Twitter WhatsApp Email", "X · Threads · LinkedIn",
                                  "Click to share on Facebook (Opens in new window)", "Click to email a friend",
                                  "Click to print (Opens in new window)", "Share full article", "Copy link to clipboard"])
def test_a_share_bars_buttons_as_a_blog_or_a_paper_labels_them_are_furniture(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Share the burden of the fire",
                                  "Facebook and Twitter", "Facebook, X and the fire rumours", "Click to see the fire map",
                                  "Share full details of the evacuation plan", "Copy link to the past", "Share prices fall as the fire spreads",
                                  "Email friends of the valley", "Share X-ray results with the clinic"])
def test_a_heading_that_opens_like_a_share_bar_is_not_one(line):
    assert classify(["A title", LONG, line, OTHER])[2] != "boilerplate"


@pytest.mark.parametrize("caption", [
    "Photo: Volunteers carry water up the fire road above Orvesk as the smoke clears on Thursday afternoon. "
    "(Valley Herald/Dana Roe)",
    "Image: A helicopter drops water on the burning slopes of the ridge, seen from the reservoir dam late on Wednesday.",
    "Volunteers carry water up the fire road above Orvesk as the smoke clears on Thursday afternoon. "
    "(Valley Herald/Dana Roe)",
    "Residents of the lower town watch the ridge burn from the car park of the primary school on Wednesday "
    "night. (Reuters/File)",
])
def test_a_long_photo_caption_and_its_bracketed_credit_are_furniture(caption):
    assert len(caption) > 100  # longer than a credit alone
    assert classify(["A title", LONG, caption, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("line", [
    "The council voted to buy two new fire engines for the valley towns. (North/South)",
    "Photography by night: how the fire crews used drones to map the flames above the town on Wednesday",
])
def test_a_sentence_that_ends_like_a_credit_or_opens_on_a_photo_word_stays_text(line):
    assert classify(["A title", LONG, line, OTHER])[2] != "boilerplate"


def test_a_page_copied_whole_keeps_its_text_and_loses_its_share_bar_and_caption(tmp_path):
    """The share bar above the story and below it, and the caption between its paragraphs, are
    boilerplate; every paragraph of the story is body."""
    caption = ("Photo: Crews rest beside the reservoir road after a night on the fire line above the lower "
               "town. (Valley Herald/Ines Marr)")
    path = tmp_path / "fire.txt"
    path.write_text("\n".join(["Crews turn the fire back from Orvesk", "By Ines Marr | Valley Herald",
                               "Share this story  Facebook  X  WhatsApp  Email", LONG, caption, OTHER,
                               "Share this story  Facebook  X  WhatsApp  Email"]) + "\n", encoding="utf-8")
    got = [(p.kind, p.text) for p in load_article(path).passages]
    assert [k for k, _ in got] == ["heading", "boilerplate", "boilerplate", "body", "boilerplate", "body", "boilerplate"]
    assert got[4][1] == caption


@pytest.mark.parametrize("caption, credit", [
    ("Crews rest beside the reservoir road on Thursday", "Ari Hendel/Coastal Ledger"),
    ("Photo: A helicopter over the ridge at dusk", "Mira Solberg/Valley Herald"),
    ("Image 2 of 5", "Tomas Brandt/North Wire"),
])
def test_a_photo_credit_alone_on_its_line_beside_its_caption_or_place_is_furniture(caption, credit):
    """Two names joined by a slash, under or over the picture's caption or its mark."""
    assert classify(["A title", LONG, caption, credit, OTHER])[3] == "boilerplate"
    assert classify(["A title", LONG, credit, caption, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("head", ["Labour/Green Pact", "Road Works/Bridge Repairs"])
def test_names_joined_by_a_slash_away_from_a_picture_head_the_section(head):
    assert classify(["A title", LONG, head, OTHER])[2] == "heading"


@pytest.mark.parametrize("place, head", [("The vote at the council", "Labour/Green Pact"),
                                         ("Queues outside the clinic on Monday", "Nurses/Junior Doctors")])
def test_names_joined_by_a_slash_under_a_phrase_of_place_alone_head_the_section(place, head):
    """A short phrase of place and time with no picture's mark or label beside it may head a
    section as well as caption a picture: a slash whose side is one plain word is no credit."""
    assert classify(["A title", LONG, place, head, OTHER])[3] == "heading"


def test_a_short_caption_or_a_pictures_mark_alone_between_paragraphs_is_furniture(tmp_path):
    """A story copied with its pictures gone keeps their captions and the marks of their place:
    neither heads the section under it nor is a sentence of the story."""
    path = tmp_path / "strike.txt"
    path.write_text("\n\n".join([
        "Ferry crews walk out over the winter rota", LONG, "Striking crew at the harbour on Monday.", OTHER,
        "Image", LONG.replace("Thursday", "Friday"), "Photograph", OTHER.replace("Friday", "Saturday"),
        "What the islanders say", LONG.replace("night", "day")]) + "\n", encoding="utf-8")
    kinds = [p.kind for p in load_article(path).passages]
    assert kinds == ["heading", "body", "boilerplate", "body", "boilerplate", "body", "boilerplate", "body",
                     "heading", "body"]


@pytest.mark.parametrize("line", ["Crowds on the new bridge at dusk.", "Illustration", "[Picture]", "Photo"])
def test_a_caption_that_places_its_picture_or_a_pictures_mark_alone_is_furniture(line):
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("line, kind", [("The fire crossed the ridge at dusk.", "body"),
                                        ("The blaze began at the dam on Monday.", "body"),
                                        ("Crews in Orvesk say the wind turns back the flames at night.", "body"),
                                        ("Fighting broke out in Ostrel after the shelling of the villages.", "body"),
                                        ("Two ferries sank at the quay in the storm.", "body"),
                                        ("Families at the reservoir", "heading"), ("Why now", "heading"),
                                        ("Pictures of the night", "heading")])
def test_a_short_sentence_or_a_heading_of_place_is_no_lone_caption(line, kind):
    """A sentence has its verb ("began" too) or runs on after its place, a heading has no full
    stop: both stay the story's."""
    assert classify(["A title", LONG, line, OTHER])[2] == kind


SKETCH = ["The last ferry", "She came down to the quay before anyone else in the house was awake.",
          "Smoke over the harbour at dawn.", "The boats had not yet gone out, and the gulls waited on the posts.",
          "Image", "Rain on the roofs of the town.", "Her father had told her the sea would wait for nobody.",
          "She untied the rope and stepped into the boat."]


@pytest.mark.parametrize("texts", [["Crowds on the new bridge at dusk."], ["Crowds on the new bridge at dusk.", LONG]])
def test_a_phrase_of_place_that_opens_the_text_is_the_storys(texts):
    """A picture leaves its caption between paragraphs or at the foot; a phrase that opens the
    text (an article of one such sentence) is the text's own."""
    assert "boilerplate" not in classify(texts)


def test_a_caption_a_picture_left_at_the_foot_is_furniture():
    assert classify(["A title", LONG, OTHER, "Protesters outside the town hall in Harl on Monday."])[3] == "boilerplate"


def test_a_phrase_of_place_in_a_story_told_in_short_paragraphs_is_the_storys():
    """A sketch told a line to a paragraph sets a phrase with no verb among its sentences as its
    own telling: it stays the story's, where a picture's mark is still furniture."""
    kinds = classify(SKETCH)
    assert [kinds[2], kinds[4], kinds[5]] == ["body", "boilerplate", "body"]


@pytest.mark.parametrize("line", ["Striking crew at the harbour on Monday", "Crowds on the new bridge at dusk",
                                  "Ferry passengers at the quay on 3 March 2024", "Smoke over the port at dawn"])
def test_a_caption_without_its_stop_that_says_when_is_furniture(line):
    """A section's heading does not date what it heads; a picture's caption says when it was
    taken, with its full stop or without."""
    assert classify(["A title", LONG, line, OTHER])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["The economy in 2024", "Talks in the capital in May", "The vote at the council in 2023",
                                  "Ferry passengers at the quay in March 2024"])
def test_a_phrase_without_its_stop_that_dates_a_period_heads_a_section(line):
    """A picture is taken on a day or at an hour; a heading dates a month or a year ("The
    economy in 2024")."""
    assert classify(["A title", LONG, line, OTHER])[2] != "boilerplate"


@pytest.mark.parametrize("line", ["Silence in the chamber.", "Fear on the ridge.", "Smoke over the burnt slopes."])
def test_a_phrase_of_place_that_says_neither_where_by_name_nor_when_is_the_storys(line):
    """In a report of long paragraphs too: a caption says where by a place's name or when, a
    story's beat needs neither."""
    assert classify(["A title", LONG, line, OTHER, LONG.replace("Thursday", "Friday")])[2] == "body"


@pytest.mark.parametrize("line", ["Nothing at all.", "Not at the moment.", "None of it on the record at all."])
def test_a_reply_alone_that_denies_is_no_lone_caption(line):
    """A picture shows what is there: a one-line reply that denies it is the story's."""
    assert classify(["A title", LONG, line, OTHER])[2] == "body"
