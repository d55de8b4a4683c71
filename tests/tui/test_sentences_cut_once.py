"""S pressed again and again while a pane's sentences are still being cut (and the pair is
being aligned in them): each article's sentences are cut once, the later cuts wait for the
first and take it, and the other pane's article is not held up meanwhile."""

from __future__ import annotations

import threading

import reader.corpus.sentences as sentences_module
from tui_helpers import covers, pair_corpus, reading_room, settle

TOLD = ["The harbour board of Vellmar signed a 35-year concession on Thursday. Dock workers were told at noon.",
        "The union called a strike ballot for Monday. Its leaders want a longer job guarantee."]
RETOLD = ["Castellan Maritime won the Vellmar harbour concession on Thursday. The deal runs 35 years.",
          "A strike ballot opens on Monday, the union said. The guarantee is too short, it says."]
WAIT = 10.0  # seconds before a wait is called stuck
POLL = 0.02


async def test_s_pressed_while_a_cut_runs_waits_for_it_and_holds_up_no_other_article(make_app, tmp_path, monkeypatch):
    covers("granularity.toggle")
    corpus = pair_corpus(tmp_path / "pair", TOLD, RETOLD)  # loaded first: a title is cut from the first line
    split, release, started = sentences_module.split_sentences, threading.Event(), threading.Event()
    cuts: list[str] = []

    def holding(text, *args, **kwargs):
        if text == TOLD[0]:  # the first article's cut waits until released
            cuts.append(threading.current_thread().name)
            started.set()
            release.wait(WAIT)
        return split(text, *args, **kwargs)

    monkeypatch.setattr(sentences_module, "split_sentences", holding)
    app = make_app(corpus)
    try:
        async with reading_room(app, size=(120, 36)) as (pilot, screen):
            told, retold = screen.articles
            # a cut of the first article under way (as the aligner's, on its thread), then S
            threading.Thread(target=lambda: told.sentences, daemon=True, name="already-cutting").start()
            assert started.wait(WAIT)
            for key in ("S", "S", "S"):  # sentences, paragraphs, sentences: before any cut is done
                await pilot.press(key)
            waited = 0.0
            while screen.panes[1].splitting is not None and waited < WAIT / 2:  # pane A is held for WAIT
                await pilot.pause(POLL)
                waited += POLL
            assert screen.panes[1].splitting is None, "pane B waited for pane A's cut"
            assert len(screen.panes[1].units) == 4 and screen.panes[0].splitting is not None
            release.set()
            await settle(pilot)
            assert screen.granularity == "sentence" and screen.align_state == "ready"
            assert cuts == ["already-cutting"]
            assert [u.text for u in screen.panes[0].units] == [u.text for u in told.sentences]
            assert screen.alignment.a is told and told.units_ready("sentence")
    finally:
        release.set()
