"""Paragraphs <-> sentences (S) on a long pair: the units are composed and wrapped in a thread
worker, not on the UI thread, and each cursor stays on the passage it was on."""

from __future__ import annotations

import asyncio
import time

from tui_helpers import covers, reading_room, settle

from reader.corpus import load_paths

PLACES = ["Varna", "Ostrel", "Kessa", "Morrow Bay", "Tallin Ridge", "Ebbe", "Quill Harbour"]
OFFICIALS = ["the mayor", "a council spokesman", "the harbour master", "two engineers", "the regional governor"]


def paragraph(n: int, side: int) -> str:
    """Three sentences of an invented local story, different for every paragraph."""
    place, other = PLACES[n % len(PLACES)], PLACES[(n * 3 + side) % len(PLACES)]
    who = OFFICIALS[(n + side) % len(OFFICIALS)]
    return (f"On day {n + 1} the flood gates at {place} were opened {n % 9 + 2} times, {who} said. "
            f"Residents of {other} counted {(n * 37 + side) % 500 + 20} sandbags along the north road. "
            f"Nobody at the meeting in hall {n % 13 + 1} could say when the water would fall again.")


def write_pair(folder, sizes: tuple[int, int]):
    folder.mkdir(parents=True, exist_ok=True)
    for side, (name, count) in enumerate(zip(("first.txt", "second.txt"), sizes)):
        text = "\n\n".join(paragraph(n, side) for n in range(count)) + "\n"
        (folder / name).write_text(text, encoding="utf-8")
    return load_paths([folder / "first.txt", folder / "second.txt"])


# The UI thread's CPU time for an action, as a share of laying both panes out once, under which
# the action left the laying out to the thread worker: doing it on the UI thread costs a whole
# share (1) or more. A bound of a third failed once on a loaded 2-core machine (0.36).
UI_SHARE = 0.6


def cpu_of(monkeypatch, cls, name: str, spent: list[float]) -> None:
    """Add the UI thread's CPU time inside `cls.name` to `spent` (the method runs unchanged)."""
    method = getattr(cls, name)

    def timed(*args, **kwargs):
        start = time.thread_time()
        try:
            return method(*args, **kwargs)
        finally:
            spent.append(time.thread_time() - start)

    monkeypatch.setattr(cls, name, timed)


async def until_laid_out(pilot, screen) -> None:
    for _ in range(6000):  # until both panes show their sentences; the bound only stops a hang
        if not any(p.splitting for p in screen.panes):
            break
        await asyncio.sleep(0.01)
    await pilot.pause()


def laying_out_cost(screen) -> float:
    """The CPU time composing every sentence of both panes and laying them out takes."""
    from reader.corpus.composed import Composed
    from reader.tui.layout import Layout

    start = time.thread_time()
    for pane in screen.panes:
        texts = [Composed(sentence.text).text for sentence in pane.article.sentences]
        Layout.build(texts, pane.text_width(), range(len(texts)), pane.article.sentence_paragraphs)
    return time.thread_time() - start


async def test_s_on_a_long_pair_lays_out_in_a_thread_and_keeps_each_cursor(make_app, tmp_path, monkeypatch):
    covers("granularity.toggle")
    from reader.tui.compare import CompareScreen
    from reader.tui.pane import ArticlePane

    corpus = write_pair(tmp_path / "pair", (1500, 1200))
    for article in corpus:
        assert len(article.sentences) >= 3600  # cut already: what is left is laying them out
    spent: list[float] = []
    cpu_of(monkeypatch, CompareScreen, "action_toggle_granularity", spent)
    cpu_of(monkeypatch, ArticlePane, "on_article_pane_split", spent)
    async with reading_room(make_app(corpus), (160, 48)) as (pilot, screen):
        left, right = screen.panes
        left.cursor = 40
        left.scroll_to_passage(40, center=True)
        right.cursor = 700
        paragraphs = [(p.article.passages[p.cursor].start, p.article.passages[p.cursor].end) for p in screen.panes]
        await pilot.press("S")
        await until_laid_out(pilot, screen)
        on_ui = sum(spent)
        for pane, (start, end) in zip(screen.panes, paragraphs):
            assert pane.units is pane.article.sentences
            assert start <= pane.units[pane.cursor].start < end  # the sentence is of that paragraph
        assert left.is_passage_visible(left.cursor)

        # What the UI thread did before for S: compose every sentence of both panes and lay them out.
        laying_out = laying_out_cost(screen)
        assert on_ui < laying_out * UI_SHARE, (on_ui, laying_out)

        await pilot.press("S")  # back: the paragraphs, laid out before, at once and on the same passages
        await settle(pilot)
        assert [(p.units[p.cursor].start, p.units[p.cursor].end) for p in screen.panes] == paragraphs
        assert left.is_passage_visible(left.cursor)


async def test_a_long_pair_opened_in_sentences_is_laid_out_in_a_thread(make_app, tmp_path, monkeypatch):
    """With `granularity = "sentence"` in config.toml the first layout of a long pair is made
    where S makes it, in the thread worker, at the width the pane has when its units arrive:
    the UI thread only takes the rows in."""
    from reader.tui.pane import ArticlePane

    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('granularity = "sentence"\n', encoding="utf-8")
    corpus = write_pair(tmp_path / "pair", (1500, 1200))
    spent: list[float] = []
    cpu_of(monkeypatch, ArticlePane, "relayout", spent)
    app = make_app(corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = app.screen
        await until_laid_out(pilot, screen)
        on_ui = sum(spent)
        for pane in screen.panes:
            assert pane.units is pane.article.sentences and pane.wrapped is not None
            assert len(pane.wrapped) > 3600 and pane.wrapped.width == pane.text_width()

        laying_out = laying_out_cost(screen)  # what the thread that lays them out spends
        assert on_ui < laying_out * UI_SHARE, (on_ui, laying_out)


async def test_s_swapping_a_long_pair_in_sentences_takes_the_other_panes_layout(make_app, tmp_path, monkeypatch):
    """Swapping changes which side shows which article, not their text: each pane takes the
    layouts the other made. Panes of one width re-wrap nothing; panes a cell apart (an odd
    width) wrap again in the thread worker, as the first layout was. Either way the UI thread
    spends a fraction of laying the sentences out, and each cursor, mark and count moves with
    its article."""
    covers("panes.swap")
    from reader.tui.compare import CompareScreen
    from reader.tui.pane import ArticlePane

    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('granularity = "sentence"\n', encoding="utf-8")
    corpus = write_pair(tmp_path / "pair", (1500, 1200))
    spent: list[float] = []
    cpu_of(monkeypatch, CompareScreen, "action_swap", spent)
    cpu_of(monkeypatch, ArticlePane, "on_article_pane_split", spent)
    for size in ((160, 48), (161, 48)):
        async with reading_room(make_app(corpus), size) as (pilot, screen):
            await until_laid_out(pilot, screen)
            left, right = screen.panes
            left.cursor, right.cursor = 40, 900
            before = [(p.article, p.units[p.cursor].start, p.wrapped, p.text_width()) for p in screen.panes]
            marks, only, summary = list(screen.marks), list(screen.only), screen.summary
            spent.clear()
            await pilot.press("s")
            await until_laid_out(pilot, screen)
            on_ui = sum(spent)
            for pane, (article, start, wrapped, width) in zip(screen.panes, reversed(before)):
                assert pane.article is article and pane.units is article.sentences
                assert pane.units[pane.cursor].start == start
                assert pane.wrapped.width == pane.text_width()
                if width == pane.text_width():
                    assert pane.wrapped is wrapped  # the other pane's rows, not wrapped again
            assert screen.marks == marks[::-1] and screen.only == only[::-1]
            assert (screen.summary.only_a, screen.summary.only_b) == (summary.only_b, summary.only_a)
            laying_out = laying_out_cost(screen)
            assert on_ui < laying_out * UI_SHARE, (size, on_ui, laying_out)



async def test_an_alignment_of_other_units_shows_no_links_and_fails_nothing(make_app, tmp_path):
    """The panes' units and the alignment may be of different granularities for a moment (on a
    loaded machine a view was refreshed with paragraphs back and a sentence alignment in hand):
    the room then shows no counterpart, and refreshing the view does not fail."""
    covers("granularity.toggle")
    corpus = write_pair(tmp_path / "pair", (12, 10))
    async with reading_room(make_app(corpus), (160, 48)) as (pilot, screen):
        await pilot.press("S")
        await settle(pilot)
        sentences = screen.alignment
        assert sentences.granularity == "sentence"
        await pilot.press("S")
        await settle(pilot)
        left = screen.panes[0]
        assert screen.alignment.granularity == "paragraph" and left.units is left.article.passages
        left.cursor = len(left.units) - 1
        assert screen.current_links()
        late = [link.b for link in sentences.links if link.a == left.cursor]
        assert late and max(late) >= len(screen.panes[1].units)  # sentence indexes past the paragraphs
        screen.alignment = sentences
        assert screen.current_links() == []
        screen.refresh_view(scroll=False)
        await settle(pilot)
