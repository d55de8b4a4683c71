"""The headless helpers under the panes: wrapping, layout map, navigation, search."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.tui.finding import search_passages, snippet
from reader.tui.layout import BLANK, Layout, wrap
from reader.tui.links import next_in, step, term_label

words = st.lists(st.text(alphabet=st.sampled_from("ab cdé日本\n"), min_size=0, max_size=12), max_size=30)


@settings(max_examples=200)
@given(words.map(" ".join), st.integers(min_value=1, max_value=30))
def test_wrap_keeps_every_character_in_order_within_width(text, width):
    rows = wrap(text, width)
    assert rows
    pos = 0
    kept = []
    for start, end in rows:
        assert pos <= start <= end <= len(text)
        assert cell_len(text[start:end]) <= max(width, 2)  # a 2-cell character in a 1-cell row
        kept.append(text[start:end])
        pos = end
    squeeze = lambda s: "".join(s.split())  # noqa: E731 - only spaces/newlines may be dropped
    assert squeeze("".join(kept)) == squeeze(text)


def test_wrap_breaks_at_spaces_and_newlines():
    text = "one two three\nfour"
    assert [text[s:e] for s, e in wrap(text, 7)] == ["one two", "three", "four"]
    assert wrap("", 10) == [(0, 0)]


@pytest.mark.parametrize(("text", "width", "rows"), [
    # a row of Chinese or Japanese never starts with a closing mark: the character before
    # it goes down with it, as Japanese typesetting (kinsoku) has it
    ("一二三四五。六七", 10, ["一二三四", "五。六七"]),
    ("工場長は「閉鎖だ」と話した", 12, ["工場長は「閉", "鎖だ」と話し", "た"]),
    ("工場長は閉鎖だ」と話した", 14, ["工場長は閉鎖", "だ」と話した"]),
    ("一二三四五六、」七", 12, ["一二三四五", "六、」七"]),
    ("一。", 2, ["一", "。"]),  # nothing to carry down in a row of one character
])
def test_wrap_starts_no_row_with_a_closing_mark_of_cjk_text(text, width, rows):
    assert [text[s:e] for s, e in wrap(text, width)] == rows


def test_layout_maps_rows_and_passages_both_ways():
    texts = ["alpha beta gamma", "delta", "epsilon zeta eta theta"]
    layout = Layout.build(texts, 10, [0, 2])
    assert layout.order == [0, 2]
    first, count = layout.span(2)
    assert layout.rows[first - 1][0] == BLANK
    assert all(layout.passage_at(r) == 2 for r in range(first, first + count))
    assert layout.passage_at(first - 1) == 0  # a spacer belongs to the passage above
    assert 1 not in layout.first_row


def test_step_and_next_in():
    order = [0, 2, 3, 7]
    assert step(order, 2, 1) == 3 and step(order, 7, 1) == 7 and step(order, 0, -1) == 0
    assert step(order, 1, 1) == 2 and step(order, 1, -1) == 0  # from a hidden passage
    assert next_in(order, {3, 7}, 0, True) == 3
    assert next_in(order, {3, 7}, 7, True) == 3  # wraps
    assert next_in(order, {3, 7}, 3, False) == 7
    assert next_in(order, set(), 0, True) is None


def test_term_label_pairs_differing_names():
    label = term_label([("Artsakh", "Nagorno-Karabakh"), ("Israel", "israel"), ("Israel", "Israel")])
    assert label == "Artsakh ↔ Nagorno-Karabakh, Israel"


def test_search_finds_passages_in_both_articles(seeds):
    a, b = seeds.articles[0], seeds.articles[1]
    words = b.passages[4].text.split()[2:7]  # whole words from the middle of a passage
    hits = search_passages([a.passages, b.passages], " ".join(words))
    assert (1, 4) in [(h.side, h.index) for h in hits[:3]]
    hit = next(h for h in hits if (h.side, h.index) == (1, 4))
    assert len(hit.spans) >= 1 and hit.start < hit.end
    assert search_passages([a.passages, b.passages], "x") == []
    text, lo, hi = snippet("x" * 200 + "needle" + "y" * 200, 200, 206)
    assert text[lo:hi] == "needle" and text.startswith("…") and text.endswith("…")


def test_layout_with_a_row_cache_matches_one_built_afresh():
    from reader.tui.layout import Layout

    texts = [("word " * n).strip() for n in (1, 9, 30, 4, 17, 0, 12)]
    cache: dict = {}
    for visible in ([0, 1, 2, 3, 4, 5, 6], [1, 3, 5], [0, 6], []):
        fresh = Layout.build(texts, 11, visible)
        cached = Layout.build(texts, 11, visible, cache=cache)
        grouped = Layout.build(texts, 11, visible, groups=list(range(len(texts))))  # every text its own group
        for other in (cached, grouped):
            assert (other.rows, other.first_row, other.row_count) == (fresh.rows, fresh.first_row, fresh.row_count)
        for index in visible:
            first, count = fresh.span(index)
            assert all(fresh.rows[r][0] == index for r in range(first, first + count))
