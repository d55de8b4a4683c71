"""Nothing that steers a terminal survives loading, and offsets still index the source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.corpus import load_paths
from reader.corpus.sanitize import STRING_MAX, is_clean, sanitize

HOSTILE = Path(__file__).parent / "fixtures" / "hostile.txt"
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_hostile_fixture_is_cleaned_but_markup_stays_literal():
    article = load_paths([HOSTILE]).articles[0]
    shown = [p.text for p in article.passages] + [article.title]
    for text in shown:
        assert not UNSAFE.search(text), repr(text)
    joined = "\n".join(shown)
    # Markup is text, to be shown as typed; only control sequences go.
    for literal in ("[bold]Headline[/bold]", "[@click=app.quit]x[/]", "[/x]",
                    "[link=file:///etc/passwd]here[/link]", "red text", "hyper", "Tabs\tstay"):
        assert literal in joined
    assert "pwned" not in joined and "example.com" not in joined


def test_hostile_offsets_still_index_the_source():
    article = load_paths([HOSTILE]).articles[0]
    source = HOSTILE.read_text(encoding="utf-8")
    assert article.text == source
    for p in article.passages:
        assert sanitize(source[p.start : p.end]).text == p.text
        assert article.display(p.start, p.end) == p.text


def test_clean_text_passes_through_untouched():
    text = "Plain text, “quotes”, Zaïm-Bashi, Нагорный Карабах, 🇦🇲, tabs\tand\nnewlines."
    cleaned = sanitize(text)
    assert cleaned.text == text and not cleaned.changed and is_clean(text)


@pytest.mark.parametrize("introducer", ["\x1b]", "\x1bP", "\x1bX", "\x1b^", "\x1b_"])
def test_unterminated_string_sequence_ends_at_the_line(tmp_path, introducer):
    source = f"Broken {introducer}8;;http://x stray\n\nSecond paragraph survives.\n"
    assert sanitize(source).text == "Broken \n\nSecond paragraph survives.\n"
    path = tmp_path / "broken.txt"
    path.write_text("A title\n\n" + source, encoding="utf-8")
    article = load_paths([path]).articles[0]
    assert [p.text for p in article.passages][-1] == "Second paragraph survives."
    assert article.text == source.join(["A title\n\n", ""])


@pytest.mark.parametrize("introducer", ["\x1b]", "\x1bP", "\x1b_"])
def test_unterminated_string_sequence_is_capped(introducer):
    source = introducer + "x" * (STRING_MAX + 50) + " tail"
    cleaned = sanitize(source)
    assert cleaned.text == "x" * 50 + " tail" and is_clean(cleaned.text)


control = st.sampled_from(["\x1b[31m", "\x1b]0;t\x07", "\x1b]8;;u\x1b\\", "\x9b", "\x85", "\u202e",
                          "\u2067", "\x07", "\x00", "\x1bc", "\x1b", "\x1b]8;;open", "\x1bPq",
                          "\x1b_apc", "\n"])
pieces = st.lists(st.one_of(st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"]), max_size=8),
                            control), max_size=30)


@given(pieces)
def test_offset_maps_are_consistent(parts):
    source = "".join(parts)
    cleaned = sanitize(source)
    assert is_clean(cleaned.text)
    for i in range(len(cleaned.text) + 1):
        s = cleaned.to_source(i)
        assert cleaned.to_clean(s) == i
        assert cleaned.to_source(i, end=True) <= s
        assert cleaned.to_clean(cleaned.to_source(i, end=True)) == i
    for i in range(len(cleaned.text)):
        assert source[cleaned.to_source(i)] == cleaned.text[i]


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c"])
def test_bidi_marks_never_reach_the_terminal_nor_split_a_word(mark):
    from reader.align.text import scan
    from reader.corpus.sanitize import visible

    source = f"הנוסעת אמרה ש{mark}אינה {mark}מרוצה (Haifa{mark}) ٣٠{mark}٠"
    clean = sanitize(source)
    assert mark not in clean.text and clean.text == source.replace(mark, "")
    assert len(scan(clean.text)[0]) == 6  # "שאינה" one word, "٣٠٠" one figure
    at = clean.text.index("מרוצה")
    assert source[clean.to_source(at) : clean.to_source(at + 5, end=True)] == "מרוצה"
    assert mark not in visible(source) and f"\\u{ord(mark):04x}" in visible(source)


@pytest.mark.parametrize(("source", "clean"), [
    ("I ❤️ it", "I ❤ it"),  # a narrow symbol: the selector goes
    ("gate 1️⃣", "gate 1⃣"),
    ("\ufe0fat the start", "at the start"),
    ("done ✅️", "done ✅️"),  # a wide emoji: it stays, it changes no width
    ("中️", "中️"),
])
def test_an_emoji_style_selector_stays_only_where_it_changes_no_width(source, clean):
    out = sanitize(source)
    assert out.text == clean
    end = len(out.text)
    assert source[out.to_source(0) : out.to_source(end, end=True)].replace("\ufe0f", "") == clean.replace("\ufe0f", "")
