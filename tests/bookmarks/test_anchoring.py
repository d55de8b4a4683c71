"""Re-anchoring a bookmark after its article file changed."""

from __future__ import annotations

import string
from dataclasses import replace

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapidfuzz import fuzz

from reader.bookmarks import anchor_span, find_quote, place
from reader.bookmarks.anchoring import QUOTE_MIN
from reader.corpus import load_article


def _current(placement):
    return placement.article.text[placement.start : placement.end]


def test_unchanged_file_stays_anchored(write_article, sample):
    article = write_article()
    anchor = anchor_span(article, *sample.span_of(article))
    assert anchor.quote == sample.QUOTE
    assert anchor.prefix == article.text[anchor.start - 32 : anchor.start]
    assert anchor.suffix == article.text[anchor.end : anchor.end + 32]
    placement = place(anchor, write_article())
    assert (placement.status, placement.start, placement.end) == ("anchored", anchor.start, anchor.end)


def test_text_inserted_before_the_quote_moves_it(write_article, sample):
    anchor = anchor_span(article := write_article(), *sample.span_of(article))
    inserted = "An editor's note added later: this story was updated on Tuesday.\n\n"
    changed = write_article(sample.TEXT.replace(sample.PARAGRAPHS[1], inserted + sample.PARAGRAPHS[1]))
    placement = place(anchor, changed)
    assert placement.status == "moved"
    assert placement.start == anchor.start + len(inserted)
    assert _current(placement) == sample.QUOTE


def test_insertion_right_before_the_quote_keeps_it(write_article, sample):
    """The prefix no longer matches at all; the intact suffix is enough."""
    anchor = anchor_span(article := write_article(), *sample.span_of(article))
    changed = write_article(sample.TEXT.replace(sample.QUOTE, "UPDATE: revised figures below. " + sample.QUOTE))
    placement = place(anchor, changed)
    assert placement.status == "moved"
    assert _current(placement) == sample.QUOTE


def test_a_word_next_to_the_quote_edited(write_article, sample):
    anchor = anchor_span(article := write_article(), *sample.span_of(article))
    text = sample.TEXT.replace("according to figures published", "according to numbers released")
    placement = place(anchor, write_article(text))
    assert placement.status == "anchored"  # same offsets, same words
    assert _current(placement) == sample.QUOTE


def test_a_word_inside_the_quote_edited(write_article, sample):
    anchor = anchor_span(article := write_article(), *sample.span_of(article))
    edited = sample.QUOTE.replace("supplied", "sold")
    text = "A new first line.\n\n" + sample.TEXT.replace(sample.QUOTE, edited)
    placement = place(anchor, write_article(text))
    assert placement.status == "moved"
    assert _current(placement) == edited


def test_quote_paragraph_deleted_while_a_similar_sentence_remains(write_article, sample):
    """The last paragraph says nearly the same thing; it is not the bookmark."""
    anchor = anchor_span(article := write_article(), *sample.span_of(article))
    look_alike = "Azerbaijan supplies Israel with forty percent of its crude oil every year"
    assert look_alike in sample.TEXT
    assert fuzz.ratio(look_alike, sample.QUOTE) > QUOTE_MIN  # the words alone would accept it
    text = sample.TEXT.replace(sample.PARAGRAPHS[2] + "\n\n", "")
    placement = place(anchor, write_article(text))
    assert placement.status == "orphaned"
    assert (placement.start, placement.end) == (None, None)
    assert placement.text == sample.QUOTE  # shown with the stored quote


def test_a_look_alike_nearer_the_old_position_is_still_refused(write_article, sample):
    anchor = anchor_span(article := write_article(), *sample.span_of(article))
    paragraphs = list(sample.PARAGRAPHS)
    paragraphs[2] = paragraphs[5]  # the look-alike takes the quote's very place
    placement = place(anchor, write_article("\n\n".join(paragraphs[:5]) + "\n"))
    assert placement.status == "orphaned"


def test_a_verbatim_copy_elsewhere_is_not_the_deleted_passage(write_article, sample):
    anchor = anchor_span(article := write_article(), *sample.span_of(article))
    paragraphs = list(sample.PARAGRAPHS)
    paragraphs[5] = "As the saying went in Baku, " + sample.QUOTE + " — and nobody blinked."
    del paragraphs[2]
    placement = place(anchor, write_article("\n\n".join(paragraphs) + "\n"))
    assert placement.status == "orphaned"


def test_deleted_file_orphans(write_article, sample):
    article = write_article()
    anchor = anchor_span(article, *sample.span_of(article))
    article.path.unlink()
    placement = place(anchor, None)
    assert placement.status == "orphaned"
    assert placement.title == "Pipelines and Promises"  # remembered from when it was bookmarked


def test_outlet_and_date_come_from_the_article_while_it_exists(write_article, sample):
    article = write_article()
    anchor = replace(anchor_span(article, *sample.span_of(article)), outlet="Old Courier", date="2020-01-01")
    present = place(anchor, article)
    assert (present.outlet, present.date) == (article.outlet, article.date) != ("Old Courier", "2020-01-01")
    gone = place(anchor, None)
    assert (gone.outlet, gone.date) == ("Old Courier", "2020-01-01")


def test_repeated_quote_prefers_the_occurrence_with_its_context(write_article, sample):
    text = sample.TEXT.replace("Critics in Yerevan", "Jerusalem. Critics in Yerevan")
    article = write_article(text)
    start, end = find_quote(article, "Jerusalem", occurrence=3)
    anchor = anchor_span(article, start, end)
    shifted = write_article("Foreword.\n\n" + text)
    placement = place(anchor, shifted)
    assert placement.status == "moved"
    assert placement.start == start + len("Foreword.\n\n")


def test_source_with_escape_sequences(write_article, sample):
    """Quotes are display-safe text; offsets still index the source."""
    text = sample.TEXT.replace("forty percent", "\x1b[31mforty\x1b[0m percent")
    article = write_article(text)
    start, end = find_quote(article, sample.QUOTE)
    anchor = anchor_span(article, start, end)
    assert anchor.quote == sample.QUOTE
    assert "\x1b" in article.text[start:end]
    placement = place(anchor, write_article("Intro.\n\n" + text))
    assert placement.status == "moved" and placement.text == sample.QUOTE


def test_find_quote_tolerates_line_breaks_and_counts_occurrences(write_article, sample):
    article = write_article()
    start, end = find_quote(article, "Azerbaijan supplied\n Israel")
    assert article.text[start:end] == "Azerbaijan supplied Israel"
    import pytest

    from reader.errors import UserError

    with pytest.raises(UserError, match="does not occur"):
        find_quote(article, "Azerbaijan exported")
    with pytest.raises(UserError, match="occurs only"):
        find_quote(article, "Jerusalem", occurrence=9)


def test_find_quote_matches_composed_and_decomposed_spellings(write_article):
    """"é" typed finds "e" + U+0301 (and the other way round), syllables find jamo; what is
    stored is the article's own characters, which re-anchor."""
    from unicodedata import normalize

    said = "Le cessez-le-feu a été négocié à Moscou. 한국어 기사는 양측의 주장을 비교합니다."
    for article_form, typed_form in (("NFD", "NFC"), ("NFC", "NFD")):
        article = write_article("Titre\n\n" + normalize(article_form, said) + "\n")
        for typed in ("a été négocié", "기사는 양측의"):
            start, end = find_quote(article, normalize(typed_form, typed))
            assert article.text[start:end] == normalize(article_form, typed)
        anchor = anchor_span(article, *find_quote(article, normalize(typed_form, "a été négocié")))
        assert anchor.quote == normalize(article_form, "a été négocié")
        placement = place(anchor, write_article("Intro.\n\n" + article.text))
        assert placement.status == "moved" and placement.text == anchor.quote


_words = st.text(alphabet=string.ascii_letters + " .,", min_size=1, max_size=200)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_words, after=_words, where=st.sampled_from([1, 3, 4]))
def test_edits_elsewhere_never_lose_or_misplace_the_quote(tmp_path, sample, before, after, where):
    """Text added in another paragraph, before or after: the bookmark is found on its own words."""
    path = tmp_path / "a.txt"
    path.write_text(sample.TEXT, encoding="utf-8")
    article = load_article(path)
    anchor = anchor_span(article, *sample.span_of(article))
    paragraphs = list(sample.PARAGRAPHS)
    paragraphs[where] = before + paragraphs[where] + after
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    placement = place(anchor, load_article(path))
    assert placement.status in ("anchored", "moved")
    assert _current(placement) == sample.QUOTE


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=10), side=st.booleans(),
       which=st.integers(0, 3), shift=st.text(alphabet=string.ascii_letters + " ", max_size=300))
def test_a_word_of_the_context_replaced_and_the_text_shifted(tmp_path, sample, word, side, which, shift):
    path = tmp_path / "a.txt"
    path.write_text(sample.TEXT, encoding="utf-8")
    article = load_article(path)
    anchor = anchor_span(article, *sample.span_of(article))
    context = anchor.suffix if side else anchor.prefix
    words = context.split()
    target = words[which % len(words)] if side else words[-1 - which % len(words)]
    edited = context.replace(target, word, 1)
    changed = sample.TEXT.replace(context + sample.QUOTE if not side else sample.QUOTE + context,
                                  edited + sample.QUOTE if not side else sample.QUOTE + edited)
    path.write_text("Preface " + shift + "\n\n" + changed, encoding="utf-8")
    placement = place(anchor, load_article(path))
    assert placement.status in ("anchored", "moved")
    assert _current(placement) == sample.QUOTE


def _long_article(write_article, sample, words: int = 3000):
    """The sample with a long paragraph (about 20,000 characters) after its second one."""
    import random

    rng = random.Random(5)
    vocabulary = " ".join(sample.PARAGRAPHS[1:]).split()
    long = " ".join(rng.choice(vocabulary) + ("." if i % 17 == 16 else "") for i in range(words))
    paragraphs = [*sample.PARAGRAPHS[:2], long, *sample.PARAGRAPHS[2:]]
    article = write_article("\n\n".join(paragraphs) + "\n")
    return article, paragraphs, long


def _edit_middle(text: str) -> str:
    middle = len(text) // 2
    return text[:middle] + " REVISED " + text[middle + 5 :]


@pytest.mark.parametrize("where", ["middle", "head", "tail"])
def test_a_long_quote_edited_is_found_exactly(write_article, sample, where):
    article, paragraphs, long = _long_article(write_article, sample)
    anchor = anchor_span(article, *sample.span_of(article, long))
    assert len(anchor.quote) > 15_000
    edited = {"middle": _edit_middle(long),
              "head": "Rewritten opening, nothing like before: " + long[300:],  # the head is unrecognisable
              "tail": long[:-300] + " and a rewritten close, nothing like before."}[where]
    changed = ["A new paragraph at the top.", *paragraphs]
    changed[3] = edited
    placement = place(anchor, write_article("\n\n".join(changed) + "\n"))
    assert placement.status == "moved"
    found = _current(placement)
    if where == "middle":
        assert found == edited
    else:  # found by its intact end; the other end is placed about a quote's length away
        assert edited[300:-300] in found and abs(len(found) - len(long)) <= 300


def test_a_long_quote_deleted_is_orphaned(write_article, sample):
    article, paragraphs, long = _long_article(write_article, sample)
    anchor = anchor_span(article, *sample.span_of(article, long))
    paragraphs.remove(long)
    assert place(anchor, write_article("\n\n".join(paragraphs) + "\n")).status == "orphaned"


def test_a_long_quote_is_never_compared_whole_along_the_text(write_article, sample, monkeypatch):
    """Work stays bounded: only a couple of whole-quote comparisons, whatever the quote's length."""
    from reader.bookmarks import anchoring

    article, paragraphs, long = _long_article(write_article, sample)
    anchor = anchor_span(article, *sample.span_of(article, long))
    paragraphs[2] = _edit_middle(long)
    changed = write_article("\n\n".join(["Top.", *paragraphs]) + "\n")
    whole = []

    class Counting:
        def __getattr__(self, name):
            real = getattr(fuzz, name)

            def call(a, b, *args, **kwargs):
                if min(len(a), len(b)) > 1000:
                    whole.append(name)
                return real(a, b, *args, **kwargs)

            return call

    monkeypatch.setattr(anchoring, "fuzz", Counting())
    assert place(anchor, changed).status == "moved"
    assert len(whole) <= 2, whole


def _moved_to_the_end(paragraphs, index: int, edit=lambda p: p) -> str:
    rest = [p for n, p in enumerate(paragraphs) if n != index]
    return "\n\n".join([*rest, edit(paragraphs[index])]) + "\n"


@pytest.mark.parametrize("edit", [lambda p: p, lambda p: p.replace("Critics", "Critcs")],
                         ids=["verbatim", "a typo made"])
def test_a_whole_paragraph_moved_elsewhere_follows_its_paragraph(write_article, sample, edit):
    """The reading room bookmarks whole paragraphs: their context is the neighbouring paragraphs,
    which a move replaces on both sides. The paragraph found whole is still the one bookmarked."""
    article = write_article()
    paragraph = sample.PARAGRAPHS[3]
    anchor = anchor_span(article, *sample.span_of(article, paragraph))
    changed = write_article(_moved_to_the_end(sample.PARAGRAPHS, 3, edit))
    placement = place(anchor, changed)
    assert placement.status == "moved"
    assert _current(placement) == edit(paragraph)


def test_a_paragraph_copied_into_another_is_not_the_moved_paragraph(write_article, sample):
    """Found verbatim but inside a longer paragraph: not a paragraph of its own, so orphaned."""
    article = write_article()
    paragraph = sample.PARAGRAPHS[3]
    anchor = anchor_span(article, *sample.span_of(article, paragraph))
    paragraphs = list(sample.PARAGRAPHS)
    paragraphs[5] = "As one columnist put it: " + paragraph
    del paragraphs[3]
    assert place(anchor, write_article("\n\n".join(paragraphs) + "\n")).status == "orphaned"


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(1, 6)), which=st.integers(1, 5))
def test_paragraphs_in_any_new_order_are_each_found_where_they_went(tmp_path, sample, order, which):
    path = tmp_path / "a.txt"
    path.write_text(sample.TEXT, encoding="utf-8")
    article = load_article(path)
    paragraph = sample.PARAGRAPHS[which]
    anchor = anchor_span(article, *sample.span_of(article, paragraph))
    reordered = "\n\n".join([sample.PARAGRAPHS[0], *(sample.PARAGRAPHS[n] for n in order)]) + "\n"
    path.write_text(reordered, encoding="utf-8")
    placement = place(anchor, load_article(path))
    assert placement.status in ("anchored", "moved")
    assert (placement.start, _current(placement)) == (reordered.index(paragraph), paragraph)
