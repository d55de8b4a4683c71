"""The articles beside one opened alone: what is read is bounded, and one bad file hides none."""

from __future__ import annotations

import pytest

from reader.corpus import load_article, load_beside
from reader.corpus import loader


def _article(path, words: str) -> None:
    path.write_text(f"{words.title()}\n\nThe talks on {words} ended without a deal.\n", encoding="utf-8")


@pytest.fixture
def folder(tmp_path):
    for name in ("a", "b", "c", "d"):
        _article(tmp_path / f"{name}.txt", f"corridor {name}")
    return tmp_path


def test_the_open_article_is_reused_and_its_neighbours_read(folder):
    opened = load_article(folder / "a.txt")
    corpus, left = load_beside(folder / "a.txt", [opened])
    assert [a.path.name for a in corpus] == ["a.txt", "b.txt", "c.txt", "d.txt"] and left == []
    assert corpus.articles[0] is opened
    assert len({a.id for a in corpus}) == 4


def test_large_files_and_those_past_the_limit_are_left_out(folder, monkeypatch):
    (folder / "big.txt").write_text("Big\n\n" + "The corridor stays open. " * 400 + "\n", encoding="utf-8")
    monkeypatch.setattr(loader, "BESIDE_MAX_BYTES", 5_000)
    monkeypatch.setattr(loader, "BESIDE_LIMIT", 3)
    corpus, left = load_beside(folder / "a.txt")
    assert [a.path.name for a in corpus] == ["a.txt", "b.txt", "c.txt"]
    assert sorted(p.name for p in left) == ["big.txt", "d.txt"]


def test_a_file_that_is_no_article_hides_none_of_the_others(folder):
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    corpus, left = load_beside(folder / "a.txt")
    assert [a.path.name for a in corpus] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert [p.name for p in left] == ["image.txt"]
