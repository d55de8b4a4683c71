"""Articles as people save them, round six: emphasis marks in threes, block tags with no space
between them, a web page's menus saved as text, word processors' exports, and the text forms
(feeds, JSON, soft hyphens, old code pages) they come in."""

from __future__ import annotations

import pytest

from reader.corpus import load_article

BODY = ("The river council voted on Tuesday to reopen the Kelmet ferry, closed since the floods of last "
        "winter, after engineers said the landing stage had been repaired and had passed its inspection.")


@pytest.mark.parametrize("marked, shown", [
    ("***never again***", "never again"), ("___never again___", "never again"),
    ("**_never again_**", "never again"), ("__*never again*__", "never again"),
    ("***never** again*", "never again"), ("*never **again***", "never again"),
])
def test_emphasis_in_threes_leaves_no_mark_in_the_text_or_its_words(tmp_path, marked, shown):
    path = tmp_path / "ferry.md"
    path.write_text(f"# Ferry report\n\nThe council said {marked} after the vote, and {BODY[4:]}\n", encoding="utf-8")
    article = load_article(path)
    assert article.passages[1].text.startswith(f"The council said {shown} after the vote, and")
    assert not any(mark in p.text for p in article.passages for mark in "*_")


def test_marks_in_a_word_or_escaped_stay_beside_emphasis_in_threes(tmp_path):
    path = tmp_path / "code.md"
    path.write_text("The file snake_case_name holds 5*3*2 rows, \\***not bold**, and ***this one***.\n",
                    encoding="utf-8")
    assert load_article(path).passages[0].text == "The file snake_case_name holds 5*3*2 rows, *not bold, and this one."


LATER = ("Opponents on the council said the repair had cost twice the estimate and that the ferry company "
         "had not yet published the accounts it promised in the autumn.")
AFTER = "The first crossing will be free for everyone who lives on the river, the ferry company said on Wednesday."


def page_texts(tmp_path, body: str) -> list[str]:
    path = tmp_path / "ferry.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Ferry reopens</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    return [p.text for p in load_article(path).passages]


def test_a_pages_text_beside_a_block_in_its_container_is_a_paragraph_of_its_own(tmp_path):
    texts = page_texts(tmp_path, f"<div class='story'><p>{BODY}</p><div>{LATER}<div>{AFTER}</div>"
                                 f"Tickets go on sale at the landing stage from Monday morning at eight.</div></div>")
    assert texts == [BODY, LATER, AFTER, "Tickets go on sale at the landing stage from Monday morning at eight."]


def test_a_pages_text_after_a_heading_or_loose_in_a_section_is_kept(tmp_path):
    texts = page_texts(tmp_path, f"<main><article><h1>Ferry reopens</h1><p>{BODY}</p><h2>Costs</h2>{LATER}"
                                 f"<section>{AFTER}</section></article></main>")
    assert texts[-3:] == ["Costs", LATER, AFTER]


def test_inline_tags_in_a_page_do_not_split_a_word(tmp_path):
    texts = page_texts(tmp_path, f"<article><p>{BODY}</p><div>The ferry sails from <b>Kel</b><i>met</i> on "
                                 f"<a href='/days'>Mon</a><span>day</span> at nine.<div>{LATER}</div></div></article>")
    assert "The ferry sails from Kelmet on Monday at nine." in texts


def test_html_block_tags_in_markdown_end_a_paragraph_without_joining_words(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(f"# Ferry reopens\n\n{BODY}</p><p>{LATER}\n\nOn the quay</div><div>tickets were sold, "
                    f"from <b>Kel</b><i>met</i> one<br>two.<br>\nThree.\n\n<div><h2>Costs</h2><p>{AFTER}</p></div>\n",
                    encoding="utf-8")
    article = load_article(path)
    assert [p.text for p in article.passages][1:] == [
        BODY, LATER, "On the quay", "tickets were sold, from Kelmet one", "two.\nThree.", "Costs", AFTER]
    assert [p.kind for p in article.passages][-2:] == ["heading", "body"]


PAGE_DUMP = f"""Skip to content
Menu
News
Sport
Weather
Culture
Climate crisis | Middle East | Ukraine war | Global development
news  sport  weather  travel  culture

Ferry reopens after winter floods

Share this article

{BODY}

Tickets
Timetable
Fares

{LATER}

Nobody objected.

Get our morning briefing delivered straight to your inbox.
Enter your email address
Subscribe

Cookie settings
Accept all
Reject all
We and our partners store and access information on your device, such as cookies, for personalised ads.
Accept all cookies | Manage preferences

Most viewed
Climate crisis | Middle East | Ukraine war | Global development
News
Sport
Weather
Culture
"""


def test_a_web_page_saved_as_text_keeps_only_its_article_as_text(write_article):
    article = write_article(PAGE_DUMP)
    kept = [(p.kind, p.text) for p in article.passages if p.kind != "boilerplate"]
    assert kept == [("heading", "Ferry reopens after winter floods"), ("body", BODY), ("body", LATER),
                    ("body", "Nobody objected.")]
    assert (article.title, article.outlet) == ("Ferry reopens after winter floods", "")


SHORT_LINES = f"""The ferryman's song

{BODY}

The ferryman sang an old song as he worked:

Rain on the river
Wind on the reeds
Salt on the rope
Home before dark

The list he kept on the door was short:
Bread
Milk
Rope
Tar

Write to us at:
Kelmet Ferry Company
Landing Stage 4
Kelmet

Silence

{LATER}

Yes.

The vote

No.
"""


def test_short_lines_of_an_article_are_never_taken_for_a_menu(write_article):
    article = write_article(SHORT_LINES)
    assert "boilerplate" not in [p.kind for p in article.passages]
