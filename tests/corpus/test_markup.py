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
    assert shown("| a | b |\n|---|:---:|\n| 1 | 2 |") == "| a | b |\n| 1 | 2 |"


def test_list_markers_and_plain_stars_stay_and_a_headings_marks_go():
    text = "- item one\n* item two\n1. first\n\n5 * 3 = 15 and snake_case_name stay."
    assert shown(text) == text
    assert shown("# Title\n\n## Costs ##\n\n### Delays {#delays .wide}\n\n#hashtag and #\n") == \
        "Title\n\nCosts\n\nDelays\n\n#hashtag and #\n"


def test_a_markdown_files_words_hold_no_markup(tmp_path):
    """What `counterpoint words` counts of a .md file: the words of its headings (their "#"
    marks, closing "#"s and attribute blocks gone), lists, tables and text, and none of the
    markup: no tag's name, no character reference's name or number (a "8217" is no figure)."""
    from reader.align.text import scan
    from reader.differ.lexicon import article_terms

    path = tmp_path / "tolls.md"
    path.write_text("# Harbour tolls rise #\n\n## Costs and delays {#costs}\n\n"
                    "The tolls rose &mdash; again &amp; again &ndash; says the board&#8217;s chair.\n\n"
                    "<div class=\"note\">The board met in private.</div>\n\n"
                    "- [Minutes](https://board.example/minutes) were *never* published[^1]\n\n"
                    "| Boat | Toll |\n|------|------|\n| Skiff | 12 |\n\n[^1]: Asked in March.\n", encoding="utf-8")
    article = load_article(path)
    assert article.title == "Harbour tolls rise"
    assert [(p.kind, p.text) for p in article.passages[:2]] == [("heading", "Harbour tolls rise"),
                                                                 ("heading", "Costs and delays")]
    surfaces = {form for forms in article_terms(article).surfaces.values() for form in forms}
    assert {"Harbour", "tolls", "Costs", "delays", "board", "met", "Minutes", "Skiff"} <= surfaces
    assert not {"mdash", "amp", "ndash", "div", "class", "note", "https", "example", "costs"} & surfaces
    assert not any("#" in form for form in surfaces)
    tokens = {m.group() for p in article.passages for m in scan(p.text)[0]}
    assert not {"mdash", "8217", "div"} & tokens


_PIECES = st.sampled_from(["word", " ", "\n", "\n\n", "*", "**", "_", "`", "[", "]", "(", ")", "!", "^", ":",
                           ">", "\\", "|", "-", "~~", "<", "https://x.org/a", "é", "\x1b[31m", "\u202e", "#",
                           "=", "---", "***", " - - "])


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


def test_front_matter_is_metadata_not_text(tmp_path):
    path = tmp_path / "clinic.md"
    path.write_text('---\ntitle: "Clinic closes"\nauthors:\n  - Ines Rakovic\n  - Petar Vuk\ndate: 2026-03-14\n'
                    'tags: [health]\n---\n\nThe council voted to close the clinic.\n', encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.author, article.date) == ("Clinic closes", "Ines Rakovic; Petar Vuk", "2026-03-14")
    assert [p.text for p in article.passages] == ["The council voted to close the clinic."]
    toml = tmp_path / "toml.md"
    toml.write_text('+++\ntitle = "From Hugo"\nauthor = "A. Writer"\n+++\nBody text here.\n', encoding="utf-8")
    assert (load_article(toml).title, load_article(toml).author) == ("From Hugo", "A. Writer")


def test_a_web_clippers_front_matter_gives_every_author_the_address_and_the_date(tmp_path):
    """As a notes app's web clipper writes it: authors as wiki links, the address under
    `source:`, the publication time with its date."""
    path = tmp_path / "clipped.md"
    path.write_text('---\ntitle: "Ten Years On: the Dam"\nsource: "https://aldmere.example/news/dam"\nauthor:\n'
                    '  - "[[Ines Rakovic]]"\n  - "[[people/Jon Vell|Jon Vell]]"\npublished: 2026-03-02T08:00:00+01:00\n'
                    'created: 2026-03-05\ntags:\n  - "clippings"\n---\nThe Harrow Dam was meant to end the floods.\n',
                    encoding="utf-8")
    article = load_article(path)
    assert (article.title, article.author, article.date, article.outlet, article.url) == (
        "Ten Years On: the Dam", "Ines Rakovic; Jon Vell", "2026-03-02", "", "https://aldmere.example/news/dam")


def test_front_matter_gives_the_side_and_the_address(tmp_path):
    path = tmp_path / "op-ed.md"
    path.write_text("---\ntitle: Bridge\nside: Meridan government\nurl: https://example.org/bridge\n---\n\n"
                    "The bridge reopened.\n", encoding="utf-8")
    article = load_article(path)
    assert (article.side, article.url) == ("Meridan government", "https://example.org/bridge")


def test_rules_below_the_top_and_unclosed_blocks_are_no_front_matter():
    from reader.corpus.markup import front_matter

    assert front_matter("Intro\n---\ntitle: x\n---\n") == (None, {})
    assert front_matter("---\ntitle: never closed\n\nThe article.\n") == (None, {})
    assert front_matter("---\ntitle: a---b\n---\n")[1] == {"title": "a---b"}


def test_fence_lines_go_and_the_code_stays():
    assert shown("Before.\n\n```python\nx = 1\n```\n\nAfter.") == "Before.\n\n\nx = 1\n\n\nAfter."


def test_inline_html_tags_go_and_their_text_stays():
    assert shown('said <em>Mara Olin</em>, <a href="https://x.org">here</a><br> and 3 < 4 > 2') == \
        "said Mara Olin, here and 3 < 4 > 2"


def test_front_matter_is_read_once_however_many_blocks_follow():
    blocks = "---\ntitle: again\n---\n" * 5000  # each would be front matter, read again and again
    spans = markup_spans("---\ntitle: first\n---\n" + blocks)
    assert spans[0] == (0, 21)
    # rules with nothing between them are no front matter but thematic breaks, each gone
    assert markup_spans("---\n" * 5000) == [(n * 4, n * 4 + 3) for n in range(5000)]


def test_a_text_that_opens_with_a_rule_is_not_front_matter():
    from reader.corpus.markup import front_matter

    assert front_matter("---\nThis article opens with a rule.\n\n---\nMore text.") == (None, {})
    assert front_matter("---\ntitle: T\n# a comment\n  continued\n---\n")[1] == {"title": "T"}


def test_hostile_markup_is_shown_as_written_and_front_matter_values_are_bounded():
    from reader.corpus import markup

    dense = "\\" * 200_000  # escapes and nothing else: no prose
    assert markup.too_marked(dense) and markup_spans(dense) == []
    matter = "---\ntitle: a" + " " * 65_000 + "b\n---\n"  # its pattern once backtracked for tens of seconds
    assert len(markup.front_matter(matter)[1]["title"]) == markup.FIELD_MAX


def test_brackets_that_are_no_link_stay():
    assert shown("Prices rose[1][2] by a third.") == "Prices rose[1][2] by a third."
    assert shown("[Editor's note](updated on Monday)") == "[Editor's note](updated on Monday)"
    assert shown('See [the text](https://e.org/a "Its title") and [the ref][r].\n\n[r]: https://e.org') == \
        "See the text and the ref.\n\n"


def test_code_in_a_fenced_block_keeps_what_it_holds():
    assert shown("Before **b**.\n\n```python\nfoo[1](2) and __init__\n```\n\nAfter *it*.") == \
        "Before b.\n\n\nfoo[1](2) and __init__\n\n\nAfter it."


def test_thematic_breaks_go_and_a_dash_line_under_a_paragraph_is_its_underline():
    assert shown("One.\n\n***\n\nTwo.\n\n - - -\n\nThree.\n___\nFour.") == "One.\n\n\n\nTwo.\n\n\n\nThree.\n\nFour."
    assert shown("Section\n---\nText.") == "Section\n\nText."  # a setext heading, not a rule
    assert shown("Title\n=====\n\nText.") == "Title\n\n\nText."
    # A line of "=" that underlines nothing is text; one "-" is an empty list item; a quote's or
    # a list item's lines are no paragraph of their own, so "---" under them is a break.
    for text in ("Text.\n\n===\n", "Text\n-\n", "- item\n===\n", "    code\n==\n", "* * not a rule\n"):
        assert shown(text) == text
    assert shown("> quoted\n===\n") == "quoted\n===\n"
    assert shown("```\nSection\n---\n```\n") == "\nSection\n---\n\n"  # code keeps what it holds
    assert shown("- item\n---\n") == "- item\n\n" and shown("> quoted\n---\n") == "quoted\n\n"


def test_setext_headings_are_heading_passages_of_their_text(tmp_path):
    from reader.corpus.markup import markdown

    source = ("---\ntitle: From the front matter\n---\n\nThe Bridge Falls\n================\n\n"
              "The **span** collapsed at dawn, witnesses said.\n\nWhy it fell.\n------------\n"
              "Inspectors had warned of rust.\n\n***\n\nAfter the break, the mayor spoke.\n")
    assert [source[lo:hi] for lo, hi in markdown(source).headings] == ["The Bridge Falls", "Why it fell."]
    path = tmp_path / "bridge.md"
    path.write_text(source, encoding="utf-8")
    article = load_article(path)
    assert article.title == "From the front matter"
    assert [(p.kind, p.text) for p in article.passages] == [
        ("heading", "The Bridge Falls"), ("body", "The span collapsed at dawn, witnesses said."),
        ("heading", "Why it fell."),  # a full stop, yet its underline makes it a heading
        ("body", "Inspectors had warned of rust."), ("body", "After the break, the mayor spoke.")]
    for passage in article.passages:  # every passage still points at its own words in the file
        assert source[passage.start : passage.end].replace("**", "") == passage.text
        assert article.display(passage.start, passage.end) == passage.text
    # Without front matter, the first setext heading is the title.
    (tmp_path / "plain.md").write_text(source.split("---\n\n", 1)[1], encoding="utf-8")
    assert load_article(tmp_path / "plain.md").title == "The Bridge Falls"


def test_a_notes_apps_embeds_note_links_and_callouts_read_as_their_text(tmp_path):
    """A page clipped into a notes app (Obsidian's web clipper): an embedded picture is no
    text, a link to a note reads as the text it shows, a callout's "[!note]" is no word."""
    assert shown("![[ferry.jpg]]\n\nSee [[Velm council]] and [[velm-budget|the budget]].\n") == \
        "\n\nSee Velm council and the budget.\n"
    assert shown("> [!note]- Why I kept this\n> The cost differs.\n") == "Why I kept this\nThe cost differs.\n"


def test_a_fenced_divs_fences_go_and_its_text_stays():
    """Pandoc's and Quarto's fenced divs ("::: {.callout-note}" ... ":::") wrap text in a
    block: the fence lines are markup, the text between them the article's."""
    assert shown("::: {.callout-note}\nSaved from the Herald.\n:::\n\n::: notes\nAsk the ministry.\n:::\n") == \
        "\nSaved from the Herald.\n\n\n\nAsk the ministry.\n\n"
    assert shown("The ratio was 3:::2, oddly.\n") == "The ratio was 3:::2, oddly.\n"
