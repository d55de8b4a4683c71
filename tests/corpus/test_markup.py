"""Markdown markup left out of what a .md article shows, every shown character still the file's."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.corpus import load_article
from reader.corpus.markup import markup_spans
from reader.corpus.sanitize import sanitize


def shown(text: str) -> str:
    return sanitize(text).without(text, markup_spans(text)).text


def test_links_images_and_emphasis_read_as_their_words():
    assert shown("See [the report](https://example.org/r?id=1) and ![chart](c.png) now.") == "See the report and  now."
    assert shown("A [reference link][1] here.\n\n[1]: https://example.org") == "A reference link here.\n\n"
    assert shown("**Bold**, __strong__, *it*, _em_ and ~~gone~~.") == "Bold, strong, it, em and gone."
    assert shown("<https://example.org> and <!-- a note -->text") == "https://example.org and text"


def test_code_keeps_what_it_holds():
    assert shown("Run `a*b*c` and ``x `y` z``.") == "Run a*b*c and x `y` z."


def test_footnotes_quotes_escapes_and_table_rules():
    assert shown("Said so.[^1]\n\n[^1]: In the minutes.") == "Said so.\n\nIn the minutes."
    assert shown("> \"Walls do not tell you who fired.\"\n> > nested") == "\"Walls do not tell you who fired.\"\nnested"
    assert shown(r"2 \* 3 \_not\_ emphasis") == "2 * 3 _not_ emphasis"
    assert shown("| a | b |\n|---|:---:|\n| 1 | 2 |") == "| a | b |\n\n| 1 | 2 |"


def test_headings_list_markers_and_plain_stars_stay():
    text = "# Title\n\n- item one\n* item two\n1. first\n\n5 * 3 = 15 and snake_case_name stay."
    assert shown(text) == text


_PIECES = st.sampled_from(["word", " ", "\n", "\n\n", "*", "**", "_", "`", "[", "]", "(", ")", "!", "^", ":",
                           ">", "\\", "|", "-", "~~", "<", "https://x.org/a", "é", "\x1b[31m", "\u202e", "#"])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_every_shown_character_is_the_files_own_at_its_offset(source):
    clean = sanitize(source)
    both = clean.without(source, markup_spans(clean.text))
    for i, ch in enumerate(both.text):
        at = both.to_source(i)
        assert source[at] == ch
        assert both.to_clean(at) == i
    # the markup removal only ever removes: what is shown is what sanitising alone shows, less some
    it = iter(clean.text)
    assert all(ch in it for ch in both.text)
    assert both.to_source(len(both.text), end=True) <= len(source)


def test_only_markdown_files_lose_their_markup(tmp_path):
    text = "A title\n\nThe **ministry** said [in a statement](https://example.org/s) that talks resume.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    md, txt = load_article(tmp_path / "a.md"), load_article(tmp_path / "a.txt")
    body = md.passages[1]
    assert body.text == "The ministry said in a statement that talks resume."
    assert txt.passages[1].text == text.split("\n\n")[1].strip()
    assert text[body.start:body.end].startswith("The **ministry**") and text[body.start:body.end].endswith("resume.")
    # a span of the shown text maps onto the same words in the file
    lo = body.text.index("statement")
    assert md.display(*md.source_span(body, lo, lo + len("statement"))) == "statement"
