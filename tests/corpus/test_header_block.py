"""A header of "Title: …" lines at the top of a text or Markdown file is metadata, not text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.corpus import load_article
from reader.corpus.markup import HEADER_LINES, front_matter, header_block

HEADED = ("Title: Port deal signed in haste\nAuthor: Mara Lind\nPublished: 2026-03-02T08:15:00Z\n"
          "Source: Harbour Watch\n\nThe port authority signed the lease on Monday.\n\n"
          "Critics said the 40-year term was never debated.\n")


@pytest.mark.parametrize("name", ["notes.txt", "notes.md"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_header_gives_the_metadata_and_leaves_the_body(tmp_path, name, newline):
    path = tmp_path / name
    path.write_bytes(HEADED.replace("\n", newline).encode())
    article = load_article(path)
    assert (article.title, article.author, article.date, article.outlet) == (
        "Port deal signed in haste", "Mara Lind", "2026-03-02", "Harbour Watch")
    assert [p.text for p in article.passages] == ["The port authority signed the lease on Monday.",
                                                  "Critics said the 40-year term was never debated."]
    for p in article.passages:  # offsets still point into the file as written
        assert article.text[p.start:p.end].replace("\r\n", "\n") == p.text


def test_a_title_line_alone_is_a_header():
    assert header_block("Title: Port deal\n\nThe lease was signed.")[1] == {"title": "Port deal"}


@pytest.mark.parametrize("text", [
    "Note: this draft is not final.\n\nThe lease was signed.",  # one field, not the title
    "Source: Harbour Watch\n\nThe lease was signed.",
    "Q: Why sign now?\nA: The money runs out in May.\n\nThe lease was signed.",  # a dialogue
    "Title: Port deal\nAuthor: Mara Lind\nThe lease was signed on Monday.\n\nMore.",  # prose inside
    "The lease was signed.\nTitle: Port deal\n\nMore.",
])
def test_text_that_merely_opens_with_a_colon_stays_text(text):
    assert header_block(text) == (None, {})


def test_a_block_of_fields_longer_than_a_header_is_text():
    block = "\n".join(f"Date: 2026-03-{day:02d}" for day in range(1, HEADER_LINES + 2))
    assert header_block("Title: Log\n" + block + "\n\nBody.")[0] is None


def test_a_header_does_not_read_past_its_bound_on_a_huge_text():
    text = "Title: Log\nAuthor: A\n" + "x" * 5_000_000  # no blank line anywhere
    assert header_block(text) == (None, {})


def test_front_matter_comes_first_and_a_header_after_it_is_text(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: From the matter\n---\nTitle: Not read\nAuthor: Nobody\n\nBody here.\n")
    article = load_article(path)
    assert article.title == "From the matter"
    assert article.passages[0].text.startswith("Title: Not read")


@given(st.text(alphabet=st.sampled_from("Title:Author: xy\n\t-"), max_size=80))
def test_a_header_is_a_prefix_of_the_text_up_to_a_blank_line(text):
    span, fields = header_block(text)
    if span is not None:
        assert span[0] == 0 and fields
        rest = text[span[1]:]
        assert rest == "" or rest.startswith("\n")


@pytest.mark.parametrize(("written", "iso"), [("10 February 2026", "2026-02-10"), ("February 10, 2026", "2026-02-10"),
                                              ("Tuesday, 10 Feb. 2026", "2026-02-10"), ("2026-02-10", "2026-02-10"),
                                              ("Spring 2026", "Spring 2026"), ("02/10/2026", "02/10/2026")])
def test_a_written_out_date_reads_as_the_date_a_page_gives(written, iso):
    """A header's or front matter's date written out in words is given as YYYY-MM-DD, as a date
    line, a page's metadata and a timestamp are; one that is no written-out date stays as written."""
    assert header_block(f"Title: Port deal\nDate: {written}\n\nThe lease was signed.")[1]["date"] == iso
    assert front_matter(f"---\ntitle: Port deal\ndate: {written}\n---\n\nThe lease was signed.")[1]["date"] == iso
