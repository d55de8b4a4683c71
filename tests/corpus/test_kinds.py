"""Passage kinds at an article's end: a sign-off is boilerplate, a short quoted sentence is not."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

LONG = ("Three days after the shelling, residents of the village were still clearing rubble from the "
        "main street, and the council had not yet said when the school would open again for the "
        "children of the valley, who have been taught in the church hall since the spring.")


@pytest.mark.parametrize("closing", ['"', "”", "’", "»", ")", '."'])
def test_a_short_quote_after_the_last_long_paragraph_is_body(closing):
    quote = f'Marta Velin, whose house was destroyed, said: "Walls do not tell you who fired.{closing}'
    assert classify([LONG, quote]) == ["body", "body"]


def test_a_sign_off_after_the_last_long_paragraph_is_still_boilerplate():
    assert classify([LONG, "Jonas Ferl, a staff correspondent based in Orlov"]) == ["body", "boilerplate"]
    assert classify([LONG, "Written by Ana Ruiz, senior editor"], author="Ana Ruiz") == ["body", "boilerplate"]


@pytest.mark.parametrize("line", ["Share this article on social media", "Share on Facebook",
                                  "Share this article on Facebook and Twitter.", "Share on Facebook, X or Email",
                                  "Share via WhatsApp, Telegram, and email",
                                  "Moravec Courier, 11 March 2025 — Staff correspondent Jonas Ferl",
                                  "ORLOV, March 11, 2025 | By our foreign correspondent"])
def test_sharing_prompts_and_dated_bylines_are_boilerplate(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Share the burden", "Our correspondent in Orlov, 11 March 2025, saw the shelling.",
                                  "Tweet on Friday sparks outrage", "Email to staff reveals plan",
                                  "Share on Facebook and the rest of the week was quiet"])
def test_a_heading_or_a_sentence_that_only_looks_like_one_is_not(line):
    assert classify(["A title", LONG, line, LONG])[2] != "boilerplate"


@pytest.mark.parametrize("line", ["Updated 13:26 14/09/2013", "Posted 09:10 16/09/2013",
                                  "Published: March 3, 2021, 10:02 am", "Last updated 2 hours ago",
                                  "14/09/2013 13:26", "Posted at 9:10 am on Monday, 16 September 2013",
                                  "Updated: 3 days ago"])
def test_a_line_that_is_only_a_time_stamp_is_boilerplate(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["32.03.14", "10.0.19", "Updated 13.13.20", "Posted 09:10 0/09/2013"])
def test_figures_that_cannot_be_a_day_and_a_month_are_no_date_line(line):
    """A race time, a version, a score: their first two figures are no day and month either way."""
    assert classify(["A title", LONG, line, LONG])[2] != "boilerplate"


@pytest.mark.parametrize("line", ["14.03.2014", "3/14/23", "31/12/2025", "Updated 29.02.2024"])
def test_figures_a_day_and_a_month_in_either_order_are_a_date_line(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Elections of 14 March 2021", "Updated 13:26 14/09/2013 as talks resume",
                                  "Two years ago"])
def test_a_heading_that_contains_a_date_or_an_age_stays_a_heading(line):
    assert classify(["A title", LONG, line, LONG])[2] == "heading"


def test_two_articles_sharing_only_a_page_stamp_are_not_linked_by_it(tmp_path):
    """The stamps' digits and "Updated" once made a strong link between unrelated stories."""
    from reader.align import align
    from reader.corpus import load_article

    (tmp_path / "a.txt").write_text(
        "Massacre at the market\n\nUpdated 13:26 14/09/2013\n\nMissiles struck the crowded market on "
        "Monday and the city officials counted the dead late into the night.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Flood toll rises in Riverton\n\nUpdated 13:26 14/09/2013\n\nThe dam above Riverton burst after "
        "a week of rain and the regional governor ordered the lower town emptied.\n", encoding="utf-8")
    a, b = (load_article(tmp_path / name) for name in ("a.txt", "b.txt"))
    stamp_a, stamp_b = (next(i for i, p in enumerate(x.passages) if p.text.startswith("Updated")) for x in (a, b))
    assert a.passages[stamp_a].kind == b.passages[stamp_b].kind == "boilerplate"
    alignment = align(a, b)
    assert alignment.granularity == "paragraph"
    assert not [link for link in alignment.links if link.a == stamp_a or link.b == stamp_b]


@pytest.mark.parametrize("line", ["March 15, 2026 | 4 min read", "By Lena Ostrova · 6 min read", "4 min read",
                                  "Share this article: Facebook Twitter Email", "Share: Facebook Twitter",
                                  "This article is for subscribers only. Subscribe to continue reading…",
                                  "To continue reading, please log in.",
                                  "© 2026 The Daily Ledger. All rights reserved.",
                                  "©2026 The Daily Ledger. All rights reserved. This material may not be published, "
                                  "broadcast, rewritten or redistributed.",
                                  "Home > News > Region", "World › Europe", "Sport » Football » Northern League",
                                  "Share on Facebook Share on Twitter Email", "Tweet | Share on WhatsApp | Print",
                                  "Published 4:12 PM, Aug 21, 2025 | Updated 6:40 PM", "Updated 6:40 PM",
                                  "Most Read", "Most popular stories", "Trending now", "Top stories", "Editor’s picks",
                                  "Listen to this article, 4 min", "Comments (12)", "(AP Photo/Ines Varga)",
                                  "Getty Images", "Image 1 of 5", "Follow @harbourgazette on X", "Save article",
                                  "Copy link", "Gift this article", "Advertisement - scroll to continue",
                                  "Story continues below advertisement"])
def test_page_metadata_paywalls_and_copyright_lines_are_boilerplate(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("note", ["Correction: An earlier version of this article misstated the year of the first "
                                  "inspection. It was 2023, not 2022.",
                                  "Clarification: This article has been updated to make clear that the council, not "
                                  "the mayor, ordered the closure.",
                                  "Editor's note: The names of two residents have been withheld at their request."])
def test_an_editors_note_is_shown_but_not_aligned_as_a_claim(note):
    assert classify(["A title", LONG, LONG, note]) == ["heading", "body", "body", "boilerplate"]
    # The note, however long, does not hide the author's sign-off before it.
    assert classify(["A title", LONG, "Jonas Ferl, a staff correspondent", note + " " + note])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Corrections: the hidden prison system", "Correction of the record",
                                  "Share the load", "Members only", "Madrid — 4 min read from the border",
                                  "Profits > forecasts as the harbour reopens", "Most read books of the decade",
                                  "Updated rules for the 6:40 ferry", "Save the harbour", "Listen to the crowd",
                                  "Copy of the treaty", "Top stories of the year ranked by readers",
                                  "The story continues below the bridge"])
def test_headings_that_share_words_with_page_furniture_stay_headings(line):
    assert classify(["A title", LONG, line, LONG])[2] == "heading"


def test_the_title_after_the_furniture_above_it_is_the_articles_heading(tmp_path):
    """A page copied whole opens with its breadcrumb and share bar; the headline after them is
    the title and a heading, not the title "repeated by the template"."""
    from reader.corpus import load_article

    (tmp_path / "page.txt").write_text(
        "Home > Local > Harbour\n\nShare on Facebook Share on X\n\nFerry strike strands 900 islanders\n\n"
        + LONG + "\n\nFerry strike strands 900 islanders\n", encoding="utf-8")
    article = load_article(tmp_path / "page.txt")
    assert article.title == "Ferry strike strands 900 islanders"
    assert [p.kind for p in article.passages] == ["boilerplate", "boilerplate", "heading", "body", "boilerplate"]


def test_numbered_markdown_headings_are_headings_not_a_running_header(tmp_path):
    """'## Part 1', '## Part 2' differ only in their number, as a running header's page number
    does, but Markdown marks them as the author's headings: they stay headings, and align."""
    path = tmp_path / "report.md"
    path.write_text("# The harbour strike\n\n## Section 0\n\nDock workers walked out on Monday.\n\n"
                    "## Section 1\n\nThe port authority offered four percent.\n\n"
                    "## Section 2\n\nTalks resume next week.\n\n#news #harbour\n", encoding="utf-8")
    article = load_article(path)
    kinds = {p.text: p.kind for p in article.passages}
    assert [kinds[f"Section {n}"] for n in range(3)] == ["heading"] * 3


@pytest.mark.parametrize(("headings", "paragraphs"), [
    (["Day 1 of 3", "Day 2 of 3", "Day 3 of 3"],
     ["We left the harbour at dawn and walked the coast road north to the lighthouse, where the keeper showed "
      "us the logbook of the winter storms.",
      "The second morning was wet. We sheltered in the chapel at the crossroads until noon and then climbed "
      "to the ridge above the bay.",
      "On the last day the path fell to the estuary, and a ferryman took us across to the town in time for "
      "the evening train."]),
    (["Part 1/3", "Part 2/3", "Part 3/3"],
     ["The committee heard first from the growers, who said the price of feed had doubled since the autumn "
      "and that few could keep their herds.",
      "The dairy's buyers said the price they pay is set by the supermarkets, and that they too have lost "
      "money on every litre this year.",
      "The committee will report in June, and its chair said she would ask the ministry for an emergency "
      "fund before then."]),
])
def test_headings_that_count_their_parts_are_headings_not_a_running_line(tmp_path, headings, paragraphs):
    """'Day 2 of 3' counts as a page footer's '2 of 3' does, but after the one word it numbers."""
    path = tmp_path / "walk.txt"
    path.write_text("A walk along the coast\n\n" + "\n\n".join(f"{h}\n\n{p}" for h, p in zip(headings, paragraphs))
                    + "\n", encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    assert [kinds[h] for h in headings] == ["heading"] * 3
