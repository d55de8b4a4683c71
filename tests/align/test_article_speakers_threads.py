"""An article's speakers are judged for the alignment worker and the UI thread alike, maybe at
once: every caller gets the one judgement kept, never another made beside it, on real threads."""

from __future__ import annotations

import threading
import time

from reader.align import features
from reader.corpus import load_paths

THREADS = 8
# How long the stand-in judging takes: long enough that every thread has asked before the
# first has kept its answer, as when a long article is judged.
JUDGING = 0.05


def test_every_thread_asking_at_once_gets_the_one_judgement_kept(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Keeper Pell spoke first.\n\nThe trust answered him.\n", encoding="utf-8")
    article = load_paths([tmp_path / "a.txt"]).articles[0]
    judged = []

    def slow_judge(texts):
        time.sleep(JUDGING)
        found = frozenset({"pell", texts[0].split()[0].lower()})  # a new object at each judging
        judged.append(found)
        return found

    monkeypatch.setattr(features, "record_speakers", slow_judge)
    start = threading.Barrier(THREADS)
    got: list = [None] * THREADS

    def ask(n: int) -> None:
        start.wait()
        got[n] = features.article_speakers(article)

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(judged) >= 2  # the threads did ask at once
    kept = features.article_speakers(article)
    assert kept == {"pell", "keeper"}
    assert all(found is kept for found in got), {id(found) for found in got}

