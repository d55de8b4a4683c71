"""What a blog or a wire copy prints around its article: "Posted by … on …" lines, comment and
share rows, credit lines and disclaimers, and a block quote's attribution line."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.byline import dateline, read_byline
from reader.corpus.kinds import classify

LONG = ("The council closed the old river bridge on Monday after engineers found cracks in two of its three "
        "piers, cutting the shortest route between the market and the northern suburbs for the winter.")


@pytest.mark.parametrize("line", [
    "Posted on March 2, 2026",
    "Published on 2 March 2026",
    "Posted by Ruth Okafor on 9 February 2026 · 7 min read",
    "Posted by Ruth Okafor",
    "Leave a comment · Log in to reply",
    "Share this article: Facebook | Twitter | Email",
    "Share: Facebook · X · WhatsApp",
    "Reporting by Ivo Marek; editing by Lena Ostrova",
    "Reporting by Ivo Marek and Lena Ostrova. Additional reporting by the Ledger's correspondents in the north.",
    "Additional reporting by J. Smith.",
    "The views expressed are the author's own.",
    "The views and opinions expressed in this article are those of the author and do not reflect the "
    "policy of the Ledger.",
])
def test_blog_and_wire_furniture_is_boilerplate(line):
    assert classify(["A title", LONG, line, LONG])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["Posted on the front line", "Reporting by the numbers",
                                  "Views expressed at the summit", "Leave a comment on the draft plan"])
def test_headings_like_blog_furniture_stay_headings(line):
    assert classify(["A title", LONG, line, LONG])[2] == "heading"


@pytest.mark.parametrize(("line", "expected"), [
    ("Posted by Ruth Okafor on 9 February 2026 · 7 min read", ("Ruth Okafor", "")),
    ("By Ruth Okafor on March 2, 2026", ("Ruth Okafor", "")),
    ("Published by Ivo Marek | The Ledger", ("Ivo Marek", "The Ledger")),
])
def test_a_posted_by_line_names_its_author(line, expected):
    assert read_byline(line) == expected


@pytest.mark.parametrize("line", ["Posted by the river for a week", "Published by the ministry on Monday"])
def test_a_sentence_with_posted_by_names_nobody(line):
    assert read_byline(line) is None


def test_a_posted_line_gives_the_date():
    assert dateline(["A title", "Posted by Ruth Okafor on 9 February 2026 · 7 min read", LONG]) == "2026-02-09"
    assert dateline(["A title", "Posted on March 2, 2026", LONG]) == "2026-03-02"
    assert dateline(["A title", "By Ruth Okafor on March 2, 2026", LONG]) == "2026-03-02"


def test_a_blogs_markdown_byline_fills_author_and_date(tmp_path):
    path = tmp_path / "blog.md"
    path.write_text("# Day 3 of the ferry strike\n\nPosted by **Ruth Okafor** on 9 February 2026 · 7 min read\n\n"
                    + LONG + "\n", encoding="utf-8")
    article = load_article(path)
    assert (article.author, article.date) == ("Ruth Okafor", "2026-02-09")
    assert [p.kind for p in article.passages] == ["heading", "boilerplate", "body"]


@pytest.mark.parametrize("quote", [
    '> "They told us the wall was safe. Then the mud came into the kitchen."\n> — a resident of Serna, last year\n',
    '"They told us the wall was safe. Then the mud came into the kitchen."\n― a resident of Serna, last year\n',
])
def test_a_quotes_attribution_line_stays_with_the_quote(tmp_path, quote):
    path = tmp_path / "op.md"
    path.write_text(f"# The valley\n\n{LONG}\n\n{quote}\n{LONG}\n\n{LONG}\n", encoding="utf-8")
    texts = [p.text for p in load_article(path).passages]
    assert len(texts) == 5
    assert texts[2].startswith('"They told us') and texts[2].endswith("a resident of Serna, last year")


PASTED = ("Day 3 of the ferry strike\n"
          "Home\tNews\tTransit\tAbout\n"
          + LONG + "\n"
          "The offer in one table\n"
          "\tNow\tOffer\tDemand\n"
          "Pay rise\t0%\t3.5%\t6%\n"
          "Rest between shifts\t12 h\t10 h\t12 h\n"
          "So this is not really a fight about pay, whatever the board says about it.\n"
          "Tired crews make mistakes, and we will not sign a roster that ignores it.\n"
          "— Dana Ilves, union secretary\n"
          + LONG + "\n")


def test_a_page_pasted_line_by_line_keeps_its_table_quote_and_menu(tmp_path):
    """A page copied from a browser into a text file: one paragraph a line, the menu's items
    and a table's cells between tabs, a quote's attribution on the line under it."""
    path = tmp_path / "pasted.txt"
    path.write_text(PASTED, encoding="utf-8")
    passages = load_article(path).passages
    shown = [(p.kind, p.text) for p in passages]
    assert shown[1] == ("boilerplate", "Home\tNews\tTransit\tAbout")
    table = next(p for p in passages if "Pay rise" in p.text)
    assert table.text.startswith("Now\tOffer") and table.text.endswith("10 h\t12 h") and table.kind == "body"
    quote = next(p for p in passages if "Tired crews" in p.text)
    assert quote.text.endswith("— Dana Ilves, union secretary")
    assert len(passages) == 8


def test_an_em_dash_dialogue_line_stays_its_own_paragraph(tmp_path):
    """A line that opens with a dash and ends a sentence is a line of dialogue, as Russian or
    Spanish news writes a quote, not an attribution."""
    path = tmp_path / "dialogue.txt"
    path.write_text("Talks at the port\n" + LONG + "\n— We will not sign this roster, said the secretary.\n"
                    "— Nor will we, the board replied on Tuesday evening.\n" + LONG + "\n", encoding="utf-8")
    assert len(load_article(path).passages) == 5


@pytest.mark.parametrize("note", [
    "This article was amended on 23 October 2026 to correct the number of polling stations observed.",
    "An earlier version of this story misstated the length of the bridge.",
    "This post has been updated to include the union's reply.",
])
def test_a_note_that_the_article_was_amended_is_boilerplate(note):
    assert classify(["A title", LONG, LONG, note]) == ["heading", "body", "body", "boilerplate"]


@pytest.mark.parametrize("line", ["This article was written in a hurry on the night the bridge fell, and it shows.",
                                  "An earlier version of the plan put the bridge two miles upstream."])
def test_sentences_about_an_earlier_version_stay_body(line):
    assert classify(["A title", LONG, line, LONG])[2] == "body"


@pytest.mark.parametrize("line", ["If you found this useful, share it with someone who's stuck at a tram stop.",
                                  "Please share this post with anyone who commutes by tram."])
def test_a_plea_to_share_the_post_is_boilerplate(line):
    assert classify(["A title", LONG, LONG, line])[3] == "boilerplate"


def test_a_pull_quote_repeating_the_articles_words_is_boilerplate():
    quote = "Nobody voted for a wall across the only road into the valley"
    told = f'The mayor was blunt on Tuesday. "{quote}," she told the council, to applause from the gallery.'
    kinds = classify(["A title", LONG, f'"{quote}"', told, LONG])
    assert kinds == ["heading", "body", "boilerplate", "body", "body"]
    # said once, a quote on its own line is the article's
    assert classify(["A title", LONG, f'"{quote}"', LONG])[2] == "body"


@pytest.mark.parametrize("caption", ["The number 4 stop on Storgata at 8 a.m. on Tuesday. Photo: Ruth Okafor",
                                     "Police block the bridge at dawn (Photo: Ana Petrov/The Ledger)",
                                     "Trams idle at the depot. Photograph by Karl Westergaard.",
                                     "Dock workers at the gate | Photo: Ivo Marek"])
def test_a_caption_with_its_photo_credit_is_boilerplate(caption):
    assert classify(["A title", LONG, caption, LONG])[2] == "boilerplate"
    assert classify([caption, LONG, LONG])[0] == "boilerplate"  # above the text, where a title would stand


@pytest.mark.parametrize("line", ["He showed us a photo by Ansel Adams that hangs in the depot canteen.",
                                  "Photo finish at the river regatta",
                                  "It took a year. Picture by picture, the story of the flood emerged"])
def test_a_sentence_about_a_photo_is_no_caption(line):
    assert classify(["A title", LONG, line, LONG])[2] != "boilerplate"


def test_rules_and_section_breaks_of_a_text_file_are_no_passages_of_the_text(tmp_path):
    """A plain text file underlines its title with "=====" and breaks sections with "* * *":
    marks without a word, not body to count or align."""
    path = tmp_path / "notes.txt"
    path.write_text(f"The view from the wall\n======================\n\n{LONG}\n\n* * *\n\n{LONG}\n\n~~~\n\n{LONG}\n",
                    encoding="utf-8")
    article = load_article(path)
    assert article.title == "The view from the wall"
    assert [p.kind for p in article.passages] == ["heading", "boilerplate", "body", "boilerplate", "body",
                                                  "boilerplate", "body"]


def test_a_note_on_the_author_above_the_article_is_boilerplate():
    """An op-ed opens with a line about its author ("Lena Ostrova farms apricots near Kelmet …"):
    about the writer, not the story."""
    note = "Lena Ostrova farms apricots near Kelmet and chairs the valley's farmers' association."
    kinds = classify(["A title", note, LONG, LONG], author="Lena Ostrova")
    assert kinds == ["heading", "boilerplate", "body", "body"]
    # below the first paragraph, a sentence about the author is the story's
    assert classify(["A title", LONG, note, LONG], author="Lena Ostrova")[2] == "body"
    assert classify(["A title", note, LONG], author="")[1] == "body"
    assert classify(["Lena Ostrova: why I left the valley", "Lena Ostrova on the strike", LONG],
                    author="Lena Ostrova")[:2] == ["heading", "heading"]
