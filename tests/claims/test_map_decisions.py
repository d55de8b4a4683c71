"""The reader's link decisions in the claim map: a rejected pair is never one claim, a linked
pair weighs as the reader's link, and a decision is a new map, never a stale one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from flood_story import write_flood

from reader.align.glossary import Glossary
from reader.claims import cached_build
from reader.claims.cache import corpus_key
from reader.claims.cluster import correlation_clusters
from reader.claims.decided import REJECTED, decided_links
from reader.claims.index import Links
from reader.corpus import load_paths
from reader.decisions import DecisionStore, PassageDecision, passage_decisions

SCRIPT = Path(sys.executable).parent / "counterpoint"

@pytest.fixture
def flood(tmp_path) -> Path:
    return write_flood(tmp_path / "flood")


@pytest.fixture
def counterpoint(tmp_path):
    if not SCRIPT.exists():
        pytest.skip("the counterpoint script is not installed beside this Python")

    def run(*args: str) -> str:
        done = subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120,
                              cwd=tmp_path, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        assert done.returncode == 0, done.stderr
        return done.stdout

    return run


def claims_of(counterpoint, folder: Path, *extra: str) -> tuple[list[set[tuple[str, int]]], dict]:
    """The map's claims as sets of (article id, passage index), and its JSON's decisions."""
    data = json.loads(counterpoint("map", folder, "--format", "json", *extra))
    return [{(p["article"], p["index"]) for p in c["passages"]} for c in data["claims"]], data["decisions"]


def together(claims: list[set[tuple[str, int]]], *passages: tuple[str, int]) -> bool:
    return any(set(passages) <= claim for claim in claims)


def test_a_rejected_pair_leaves_the_claim_and_a_linked_pair_joins_one(counterpoint, flood):
    breach_ours, breach_theirs, breach_wire = ("ours", 1), ("theirs", 1), ("wire", 1)
    scouts, volunteers, rail, farmers = ("ours", 3), ("wire", 2), ("wire", 3), ("theirs", 2)
    claims, decisions = claims_of(counterpoint, flood)
    assert decisions == {"applied": [], "orphaned": []}
    assert not (Path(os.environ["COUNTERPOINT_DATA_DIR"]) / "bookmarks.sqlite3").exists()  # never created
    assert together(claims, breach_ours, breach_theirs, breach_wire)
    assert not together(claims, scouts, volunteers) and not together(claims, rail, farmers)

    def decide(verb: str, a: str, quote_a: str, b: str, quote_b: str) -> int:
        return int(counterpoint("links", verb, flood / a, flood / b, "--quote-a", quote_a, "--quote-b", quote_b))

    rejected = decide("reject", "theirs.txt", "Eleven residents of Ostrov", "ours.txt", "burst before dawn")
    linked = decide("add", "ours.txt", "filled sandbags", "wire.txt", "Volunteers stacked")
    joined = decide("add", "wire.txt", "Rail services", "theirs.txt", "Farmers whose fields")
    claims, decisions = claims_of(counterpoint, flood)
    assert decisions == {"applied": [rejected, linked, joined], "orphaned": []}
    assert not together(claims, breach_ours, breach_theirs)
    # Two passages in no claim, linked by the reader, are one (1.0 against one cut) ...
    assert together(claims, scouts, volunteers)
    # ... and a passage linked to one of a claim of two joins it: 1.0 against two cuts.
    assert together(claims, rail, farmers, ("ours", 2))

    # --ignore-decisions maps the machine's links alone (its own stored map, read back).
    claims, decisions = claims_of(counterpoint, flood, "--ignore-decisions")
    assert decisions == {"applied": [], "orphaned": []}
    assert together(claims, breach_ours, breach_theirs, breach_wire) and not together(claims, scouts, volunteers)


def test_decisions_outside_the_corpus_or_orphaned_change_nothing(counterpoint, flood, tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("Eleven residents drowned in Ostrov when the Velka dam burst.\n", encoding="utf-8")
    counterpoint("links", "reject", flood / "ours.txt", elsewhere, "--quote-a", "burst before dawn",
                 "--quote-b", "Eleven residents")
    gone = int(counterpoint("links", "reject", flood / "ours.txt", flood / "wire.txt", "--quote-a", "burst before dawn",
                            "--quote-b", "Floodwater from the burst"))
    wire = flood / "wire.txt"
    wire.write_text(wire.read_text(encoding="utf-8").replace("Floodwater from the burst Velka dam", "A torrent"),
                    encoding="utf-8")
    data = json.loads(counterpoint("map", flood, "--format", "json"))
    assert data["decisions"]["applied"] == []
    assert [d["id"] for d in data["decisions"]["orphaned"]] == [gone]
    claims = [{(p["article"], p["index"]) for p in c["passages"]} for c in data["claims"]]
    assert together(claims, ("ours", 1), ("theirs", 1))


def test_the_stored_map_is_keyed_by_the_decisions(flood, tmp_path):
    corpus = load_paths([flood])
    ours, theirs, _ = corpus.articles
    data_dir = tmp_path / "data"
    before = cached_build(corpus.articles, data_dir=data_dir)
    with DecisionStore.open(data_dir) as store:
        store.add_passages("reject", ours, ours.passages[1], theirs, theirs.passages[1])
        decided = passage_decisions(corpus.articles, store.among(corpus.articles))
    assert [(d.kind, d.a, d.b, d.a_passages, d.b_passages) for d in decided] == [("reject", 0, 1, (1,), (1,))]
    glossary = Glossary()
    assert corpus_key(corpus.articles, glossary, decided) != corpus_key(corpus.articles, glossary)
    after = cached_build(corpus.articles, data_dir=data_dir, decisions=decided)
    assert not after.from_cache and after.claims != before.claims
    assert len(list((data_dir / "claims").glob("*.json"))) == 2
    assert cached_build(corpus.articles, data_dir=data_dir, decisions=decided).from_cache
    assert cached_build(corpus.articles, data_dir=data_dir).claims == before.claims


def _links(pairs: dict[tuple[int, int], float]) -> Links:
    ordered = sorted(pairs)
    return Links(np.array([i for i, _ in ordered], dtype=np.int64), np.array([j for _, j in ordered], dtype=np.int64),
                 np.array([pairs[p] for p in ordered]))


class _Passage:
    def __init__(self, index: int) -> None:
        self.index = index


def _decision(kind: str, a: int, ap: tuple[int, ...], b: int, bp: tuple[int, ...], best=None) -> PassageDecision:
    return PassageDecision(0, kind, a, b, ap, bp, best or (ap[0], bp[0]), 1.0)


def test_decided_links_reject_confirm_link_and_the_last_word():
    # Rows: article 0 passages 0, 1; article 1 passages 0, 1; article 2 passage 0.
    units = [(0, _Passage(0)), (0, _Passage(1)), (1, _Passage(0)), (1, _Passage(1)), (2, _Passage(0))]
    links = _links({(0, 2): 0.4, (1, 3): 0.2, (0, 4): 0.3})
    assert decided_links(links, units, []) == (links, links)
    decisions = [
        _decision("reject", 0, (0, 1), 1, (0, 1)),  # all four pairs apart, both links gone
        _decision("link", 0, (1,), 1, (0,)),  # ... then one linked again: it has the last word
        _decision("confirm", 0, (0,), 2, (0,)),  # the map's link weighs the reader's score
        _decision("confirm", 1, (1,), 2, (0,)),  # no link there: the pair is made
    ]
    corrected, grouped = decided_links(links, units, decisions)
    assert dict(zip(zip(corrected.rows.tolist(), corrected.cols.tolist()), corrected.weights.tolist())) == {
        (0, 4): 1.0, (1, 2): 1.0, (3, 4): 1.0}
    apart = {(i, j) for i, j, w in zip(grouped.rows.tolist(), grouped.cols.tolist(), grouped.weights.tolist())
             if w == REJECTED}
    assert apart == {(0, 2), (0, 3), (1, 3)}
    assert len(grouped) == len(corrected) + 3


def test_no_support_puts_a_rejected_pair_in_one_claim():
    """Forty articles, one passage each, every pair linked at the highest weight: one claim,
    but never with the two passages the reader told apart."""
    n = 40
    article_of = np.arange(n)
    strong = {(i, j): 1.0 for i in range(n) for j in range(i + 1, n)}
    assert correlation_clusters(article_of, _links(strong)) == [list(range(n))]
    units = [(i, _Passage(0)) for i in range(n)]
    _, grouped = decided_links(_links(strong), units, [_decision("reject", 0, (0,), 1, (0,))])
    groups = correlation_clusters(article_of, grouped)
    assert not any({0, 1} <= set(g) for g in groups)
    assert sum(map(len, groups)) == n - 1  # one of the two alone, the rest one claim
