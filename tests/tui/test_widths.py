"""Decomposed text, jamo and joiners take the cells on screen that Textual counted for them.

A terminal draws each character in the cells `get_character_cell_size` gives it (marks and
joiners in none); Textual places everything by `cell_len`, which counts the character after a
zero-width joiner as no cells. Where the two disagree the rest of the row, and the divider
between the panes, is drawn off to the right.
"""

from __future__ import annotations

import unicodedata

import pytest
from rich.cells import cell_len, get_character_cell_size
from tui_helpers import reading_room, settle

from reader.corpus import load_paths

SIZE = (160, 24)
# A French paragraph as macOS tools often write it (decomposed) and Korean spelled in jamo; then
# the joiners the sanitiser keeps because scripts shape with them: a Devanagari half form, a
# Persian joining form, and a Sinhala conjunct (one between Latin letters shapes nothing and goes).
ACCENTS = unicodedata.normalize("NFD", (
    "Le cessez-le-feu a été négocié à Moscou; les délégués ont évoqué la sécurité de la région "
    "et l’accès humanitaire. 한국어 기사는 양측의 주장을 비교합니다."))
JOINERS = ("Hindi क्\u200dष and Persian ی\u200dی and Sinhala ශ්\u200dරී, in three scripts, "
           "again क्\u200dष and ی\u200dی here.")
DECOMPOSED = ACCENTS + " " + JOINERS
OTHER = "The ceasefire was negotiated in Moscow; delegates discussed the region's security."


def terminal_width(line: str) -> int:
    """The cells a terminal advances over `line`: each character's own width."""
    return sum(get_character_cell_size(ch) for ch in line)


def terminal_cells(line: str, start: int, width: int) -> str:
    """What a terminal shows of `line` in columns [start, start + width)."""
    out, column = [], 0
    for ch in line:
        if start <= column < start + width:
            out.append(ch)
        column += get_character_cell_size(ch)
    return "".join(out)


def write(folder, body: str):
    folder.mkdir()
    (folder / "a.txt").write_text("Accord de paix\n\n" + body + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("Ceasefire\n\n" + OTHER + "\n", encoding="utf-8")
    return load_paths([folder / "a.txt", folder / "b.txt"])


async def screen_lines(app) -> tuple[list[str], list[str], tuple[int, int, int]]:
    """The screen's lines as sent to the terminal, the divider's lines (the ribbon between the
    panes, with its link marks) and where Textual put it: (column, first row, width)."""
    async with reading_room(app, SIZE) as (pilot, screen):
        ribbon = screen.query_one("#ribbon")
        x, y, width, height = ribbon.region
        lines = [strip.text for strip in screen._compositor.render_strips()]
        return lines, [ribbon.render_line(row).text for row in range(height)], (x, y, width)


@pytest.mark.parametrize("body", [ACCENTS, JOINERS, DECOMPOSED], ids=["accents", "joiners", "both"])
async def test_decomposed_text_and_joiners_draw_as_the_composed_text(make_app, tmp_path, body):
    shown, divider, (x, y, width) = await screen_lines(make_app(write(tmp_path / "decomposed", body)))
    composed = unicodedata.normalize("NFC", body.replace("\u200d", ""))
    twin, _, _ = await screen_lines(make_app(write(tmp_path / "composed", composed)))

    # the divider is drawn in the columns Textual gave it, on every row
    assert [terminal_cells(line, x, width) for line in shown[y : y + len(divider)]] == divider
    assert "│" in "".join(divider)
    for line in shown:
        assert cell_len(line) == terminal_width(line) == SIZE[0], repr(line)
    assert shown == twin  # what reaches the terminal is the composed text, cell for cell


def styled_runs(pane, attribute: str) -> list[str]:
    """The text of every run the pane draws with `attribute` (say, "reverse": search hits)."""
    runs = []
    for y in range(pane.scrollable_content_region.height):
        runs += [s.text for s in pane.render_line(y) if s.style is not None and getattr(s.style, attribute)]
    return runs


async def test_search_finds_decomposed_words_and_highlights_their_cells(make_app, tmp_path):
    app = make_app(write(tmp_path / "decomposed", DECOMPOSED))
    async with reading_room(app, SIZE) as (pilot, screen):
        for query, word in (("sécurité", "sécurité"), ("기사는", "기사는"), ("négocie", "négocié"),
                            ("persian", "Persian")):
            await pilot.press("slash", *query)
            await settle(pilot)
            hits = app.screen.query_one("#hits")
            for line in (hits.render_line(y).text for y in range(hits.size.height)):
                assert cell_len(line) == terminal_width(line) == hits.size.width, repr(line)  # the list too
            await pilot.press("enter")
            await settle(pilot)
            # in the French article (the English one's "security" is one edit from "securite")
            [(side, index, spans)] = [hit for hit in screen.search.hits if hit[0] == 0]
            passage = screen.panes[side].units[index]
            assert [unicodedata.normalize("NFC", passage.text[lo:hi]) for lo, hi in spans] == [word]
            assert styled_runs(screen.panes[side], "reverse") == [word], query
            await pilot.press("escape")


async def test_bookmarks_and_copies_of_decomposed_text_keep_its_characters(make_app, tmp_path):
    from reader.bookmarks import BookmarkStore
    from reader.bookmarks.anchoring import place
    from reader.bookmarks.quotes import find_quote

    corpus = write(tmp_path / "decomposed", DECOMPOSED)
    app = make_app(corpus)
    async with reading_room(app, SIZE) as (pilot, screen):
        await pilot.press("h", "j")
        left = screen.panes[0]
        passage = left.units[left.cursor]
        assert passage.text == DECOMPOSED
        await pilot.press("Y")
        quoted = app.clipboard.split("\n")[0]
        await pilot.press("b", "enter")
        await settle(pilot)
    assert quoted == f"“{' '.join(DECOMPOSED.split())}”"  # the article's own characters
    with BookmarkStore.open(tmp_path / "data") as store:
        [saved] = store.bookmarks()
    assert saved.anchor.quote == DECOMPOSED
    reloaded = load_paths([tmp_path / "decomposed" / "a.txt"]).articles[0]
    placed = place(saved.anchor, reloaded)
    assert placed.status == "anchored" and (placed.start, placed.end) == (passage.start, passage.end)
    # a quote typed (composed) or pasted back finds the decomposed text
    for typed in ("a été négocié à Moscou", quoted.strip("“”")):
        start, end = find_quote(reloaded, typed)
        assert unicodedata.normalize("NFC", reloaded.text[start:end]) == unicodedata.normalize("NFC", typed)


# Symbols one cell wide asked to show as emoji (a presentation selector after them: Textual
# counts two cells), a keycap, joined emoji, and emoji wide of their own with the selector.
EMOJI = "The crowd ran 🏃\u200d♀️🏃\u200d♂️ when the rig swung; I ❤️ this 🌪️ festival, gate 1️⃣ shut ✅️ at nine."


async def test_emoji_styled_symbols_take_the_cells_textual_counts(make_app, tmp_path):
    shown, divider, (x, y, width) = await screen_lines(make_app(write(tmp_path / "emoji", EMOJI)))
    assert [terminal_cells(line, x, width) for line in shown[y : y + len(divider)]] == divider
    for line in shown:
        assert cell_len(line) == terminal_width(line) == SIZE[0], repr(line)
    assert "I ❤ this 🌪 festival" in "".join(shown) and "✅\ufe0f" in "".join(shown)
