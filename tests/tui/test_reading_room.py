"""The reading room while alignment runs, after swaps and resizes, and under the mouse wheel."""

from __future__ import annotations

import threading

from rich.cells import cell_len
from tui_helpers import compare, covers, reading_room, settle


def gate_alignment(app):
    """Hold every alignment at 30% until the returned event is set; returns (event, calls)."""
    release, calls = threading.Event(), []
    compute = app.compute_alignment

    def held(a, b, *, progress, cancelled, **asked):
        calls.append((a.id, b.id))
        progress(0.3)
        release.wait(10)
        return compute(a, b, progress=progress, cancelled=cancelled, **asked)

    app.compute_alignment = held
    return release, calls


def status_text(screen) -> str:
    return screen.query_one("#status").render().plain


async def test_usable_while_aligning_and_swap_keeps_the_running_alignment(make_app, seeds):
    covers("cursor.down", "panes.swap")
    app = make_app(seeds)
    release, calls = gate_alignment(app)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen = compare(app)
        try:
            assert screen.align_state == "aligning" and "aligning  30%" in status_text(screen)
            left = screen.panes[0]
            order = left.visible_order()
            await pilot.press("j", "j")
            assert left.cursor == order[2]  # reading goes on while the worker runs
            a, b = screen.articles
            screen.held = (1, 4)  # a pair just opened from the bookmarks, kept in view
            await pilot.press("s")
            assert screen.articles == [b, a] and screen.held == (0, 4)
            assert screen.align_state == "aligning" and "aligning  30%" in status_text(screen)
        finally:
            release.set()
        await settle(pilot)
        assert calls == [(a.id, b.id)]  # the swap reused the running alignment
        assert screen.align_state == "ready" and screen.alignment.a is b and screen.alignment.b is a
        assert screen.panes[0].best and "aligning" not in status_text(screen)


async def test_a_new_article_drops_the_held_passage(make_app, seeds):
    app = make_app(seeds)
    release, _ = gate_alignment(app)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen = compare(app)
        screen.held = (1, 4)
        other = next(x for x in seeds.articles if x not in screen.articles)
        screen.set_pane_article(1, other)
        assert screen.held is None
        release.set()
        await settle(pilot)


async def test_status_indicator_stays_visible_after_a_resize(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await pilot.press("n")  # a linked passage: a long status line (link, score, terms)
        for size in ((80, 24), (160, 48), (70, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            status = screen.query_one("#status")
            text = status_text(screen).rstrip()
            assert text.endswith("follow on"), (size, text)
            assert cell_len(text) <= status.content_region.width, (size, text)


async def test_swap_keeps_each_cursor_on_screen(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(100, 30)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("tab")
        # the cursor near the end of the right pane, its first row at the very top of the view;
        # the left pane is a cell wider, so there the passage starts some rows earlier
        index = right.visible_order()[-3]
        right.cursor = index
        first, _ = right.passage_rows(index)
        right.scroll_to(y=first, animate=False, immediate=True)
        await pilot.pause()
        assert right.is_passage_visible(index)
        await pilot.press("s")
        await pilot.pause()
        assert screen.active == 0 and left.cursor == index and left.is_passage_visible(index)


async def test_mouse_wheel_scrolls_the_pane_under_it(make_app, seeds):
    from textual import events

    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        left, right = compare(app).panes
        cursor, before = left.cursor, left.scroll_offset.y
        await pilot._post_mouse_events([events.MouseScrollDown] * 3, left, offset=(10, 5))
        await pilot.pause()
        assert left.scroll_offset.y > before and left.cursor == cursor
        moved = left.scroll_offset.y
        await pilot._post_mouse_events([events.MouseScrollUp], left, offset=(10, 5))
        await pilot.pause()
        assert left.scroll_offset.y < moved


def test_unit_at_holds_falls_forward_and_clamps(seeds):
    from reader.tui.pane import unit_at

    article = seeds.articles[0]
    units = article.sentences
    assert unit_at([], 0) is None
    assert unit_at(units, units[4].start) == 4
    assert unit_at(units, units[4].end - 1) == 4
    assert unit_at(units, len(article.text) + 10) == len(units) - 1


async def test_search_hit_in_the_last_sentence_at_sentence_granularity(tmp_path, make_app, seeds):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('granularity = "sentence"\n', encoding="utf-8")
    app = make_app(seeds)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = compare(app).panes[0]
        article = pane.article
        last = len(article.passages) - 1
        assert pane.splitting is None, pane.splitting
        assert pane.units is article.sentences
        assert pane.cursor_to_source(pane.source_offset(last, len(article.passages[last].text))) == len(pane.units) - 1
        middle = article.passages[3]
        holding = next(i for i, s in enumerate(pane.units) if s.start <= middle.start + 5 < s.end)
        assert pane.cursor_to_source(pane.source_offset(3, 5)) == holding
        assert pane.cursor == holding


async def test_sentences_are_cut_off_the_ui_thread_and_the_cursor_lands_where_it_was_sent(tmp_path, make_app,
                                                                                          monkeypatch):
    import reader.corpus.sentences as sentences
    from reader.corpus import load_paths
    from reader.paths import seeds_dir

    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('granularity = "sentence"\n', encoding="utf-8")
    corpus = load_paths([seeds_dir()])  # a fresh load: no article has its sentences cut yet
    assert not any(a.units_ready("sentence") for a in corpus)
    release, split = threading.Event(), sentences.split_sentences

    def held(text):
        release.wait(10)
        return split(text)

    monkeypatch.setattr(sentences, "split_sentences", held)
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(500):  # until the first paint, however busy the machine (the cut waits)
            if app.first_paint is not None:
                break
            await pilot.pause(0.01)
        screen = compare(app)
        left = screen.panes[0]
        assert app.first_paint is not None  # painted while the cut is held back
        assert left.units == [] and left.splitting
        assert "Splitting the article into sentences" in left.render_line(0).text
        await pilot.press("j", "n", "u", "G", "y", "b")  # nothing to act on yet, and nothing breaks
        article = left.article
        third = article.passages[3]
        assert left.cursor_to_source(third.start + 5) is None  # remembered until the units exist
        release.set()
        await settle(pilot)
        assert left.splitting is None and left.units is article.sentences
        assert article.sentences[left.cursor].start <= third.start + 5 < article.sentences[left.cursor].end
        assert left.is_passage_visible(left.cursor)
        assert screen.alignment.granularity == "sentence"
        assert left.best or left.unmatched  # the alignment is painted onto the sentences


async def test_a_resize_keeps_the_followed_counterpart_in_view(make_app, seeds):
    """The other pane shows the counterpart of the cursor's passage, not its own cursor: a
    resize (the panes stack below 100 columns and re-wrap) keeps that counterpart in view
    instead of scrolling the pane back to a cursor the reader left far away."""
    covers("passage.next-linked")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        other = screen.panes[1]
        await pilot.press("n", "n")
        target = other.target
        assert target is not None and other.cursor is not None and other.is_passage_visible(target)
        assert not other.is_passage_visible(other.cursor)  # its own cursor is elsewhere
        for size in ((80, 24), (100, 30), (160, 48)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert other.target == target
            assert other.is_passage_visible(target), size
