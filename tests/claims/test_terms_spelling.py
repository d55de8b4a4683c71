"""A claim's terms are written as its passages write them, not as a dateline shouts them."""

from __future__ import annotations

from pathlib import Path

from reader.align import Glossary
from reader.claims.builder import _terms, link_passages
from reader.corpus import load_paths

TEXTS = {
    "herald.txt": "VELMOR — Mortar shells fell on Velmor at dawn, wounding a shepherd and his daughter in the orchard.\n",
    "wire.txt": "A shepherd and his daughter were wounded when mortar shells hit the village of Velmor at dawn.\n",
    "monitor.txt": "Monitors found mortar craters in Velmor, where a shepherd and his daughter were hurt at dawn.\n",
}


def _linked(folder: Path, texts: dict[str, str]):
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    articles = load_paths([folder / name for name in texts]).articles
    return link_passages(articles, Glossary())


def test_a_term_in_capitals_in_the_central_passage_is_written_as_the_others_write_it(tmp_path):
    linked = _linked(tmp_path / "story", TEXTS)
    members = list(range(len(linked.units)))
    herald = next(m for m in members if linked.units[m][1].text.startswith("VELMOR"))
    terms = _terms(members, herald, linked.keys, linked.weights, linked.units)
    assert "Velmor" in terms and "VELMOR" not in terms, terms


def test_a_name_every_passage_writes_in_capitals_stays_in_capitals(tmp_path):
    linked = _linked(tmp_path / "story", {name: text.replace("Velmor", "VELMOR") for name, text in TEXTS.items()})
    members = list(range(len(linked.units)))
    terms = _terms(members, 0, linked.keys, linked.weights, linked.units)
    assert "VELMOR" in terms, terms
