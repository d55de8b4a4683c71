"""An article's sentences are cut once, whichever threads ask for them at once (a pane laying
out, the aligner), and one article's cut never holds up another's."""

from __future__ import annotations

import threading

import pytest

import reader.corpus.sentences as sentences_module
from reader.corpus import load_paths

HELD = "The first paragraph of the held article. It has two sentences."
OTHER = "The other article's paragraph. It is cut at once."
WAIT = 10.0  # seconds a test waits for a thread before calling it stuck


@pytest.fixture
def two_articles(tmp_path):
    (tmp_path / "held.txt").write_text(f"{HELD}\n\nA second paragraph here. And its end.\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text(f"{OTHER}\n", encoding="utf-8")
    return list(load_paths([tmp_path / "held.txt", tmp_path / "other.txt"]))


@pytest.fixture
def held_cut(monkeypatch):
    """The cut of HELD's paragraph waits until `release` is set; `cuts` counts its starts."""
    split, release, started = sentences_module.split_sentences, threading.Event(), threading.Event()
    cuts: list[str] = []

    def holding(text, *args, **kwargs):
        if text == HELD:
            cuts.append(threading.current_thread().name)
            started.set()
            release.wait(WAIT)
        return split(text, *args, **kwargs)

    monkeypatch.setattr(sentences_module, "split_sentences", holding)
    yield release, started, cuts
    release.set()


def test_threads_asking_at_once_share_one_cut(two_articles, held_cut):
    release, started, cuts = held_cut
    held, _ = two_articles
    got: list[list] = []
    threads = [threading.Thread(target=lambda: got.append(held.sentences), name=f"asker-{n}") for n in range(3)]
    for thread in threads:
        thread.start()
    assert started.wait(WAIT)
    release.set()
    for thread in threads:
        thread.join(WAIT)
    assert len(cuts) == 1, cuts
    assert len(got) == 3 and all(units is got[0] for units in got) and got[0] is held.sentences
    assert held.units_ready("sentence")


def test_a_cut_held_up_does_not_hold_up_another_articles(two_articles, held_cut):
    release, started, _ = held_cut
    held, other = two_articles
    thread = threading.Thread(target=lambda: held.sentences, name="held")
    thread.start()
    assert started.wait(WAIT)
    done = threading.Event()
    threading.Thread(target=lambda: (other.sentences, done.set()), daemon=True).start()
    try:
        assert done.wait(WAIT / 5), "the other article's sentences waited for the held article's cut"
        assert not held.units_ready("sentence") and [s.text for s in other.sentences] == ["The other article's paragraph.", "It is cut at once."]
    finally:
        release.set()
        thread.join(WAIT)
