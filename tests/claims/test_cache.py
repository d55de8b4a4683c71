"""Claim maps stored per corpus: reopened at once, never stale, never trusted when broken."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import reader
from reader.align import Glossary
from reader.claims import cached_build
from reader.claims.cache import FORMAT
from reader.corpus import load_paths


def shape(claim_map):
    return [(c.id, c.label, c.terms, c.central, c.links, [(p.article, p.passage) for p in c.passages], c.related)
            for c in claim_map.claims]


def test_second_open_reads_the_stored_map(three, tmp_path):
    articles = load_paths([three]).articles
    first = cached_build(articles, Glossary(), data_dir=tmp_path / "data")
    stored = list((tmp_path / "data" / "claims").glob("*.json"))
    assert not first.from_cache and len(stored) == 1
    assert not list((tmp_path / "data" / "claims").glob(".*"))  # no temporary file left behind
    again = cached_build(load_paths([three]).articles, Glossary(), data_dir=tmp_path / "data")
    assert again.from_cache and shape(again) == shape(first) and again.links == first.links


def test_a_changed_article_or_glossary_is_a_different_map(three, tmp_path):
    data = tmp_path / "data"
    cached_build(load_paths([three]).articles, Glossary(), data_dir=data)
    (three / "c.txt").write_text((three / "c.txt").read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    changed = cached_build(load_paths([three]).articles, Glossary(), data_dir=data)
    assert not changed.from_cache
    glossary = Glossary((("ship", ("freighter", "cargo ship")),))
    assert not cached_build(load_paths([three]).articles, glossary, data_dir=data).from_cache
    assert len(list((data / "claims").glob("*.json"))) == 3


def test_a_broken_or_foreign_file_is_rebuilt_and_replaced(three, tmp_path):
    data = tmp_path / "data"
    articles = load_paths([three]).articles
    fresh = cached_build(articles, Glossary(), data_dir=data)
    (path,) = (data / "claims").glob("*.json")
    for damage in ("{not json", json.dumps({"format": FORMAT, "key": path.stem, "links": 1,
                                            "claims": [{"label": "x", "terms": [], "central": 0,
                                                        "passages": [[0, 999]], "links": []}]})):
        path.write_text(damage, encoding="utf-8")
        rebuilt = cached_build(articles, Glossary(), data_dir=data)
        assert not rebuilt.from_cache and shape(rebuilt) == shape(fresh)
        assert cached_build(articles, Glossary(), data_dir=data).from_cache  # replaced by a good one


def test_a_heading_in_a_stored_map_is_refused(three, tmp_path):
    data = tmp_path / "data"
    articles = load_paths([three]).articles
    cached_build(articles, Glossary(), data_dir=data)
    (path,) = (data / "claims").glob("*.json")
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["claims"][0]["passages"][0][1] = 0  # passage 0 of each written article is its title
    path.write_text(json.dumps(stored), encoding="utf-8")
    assert not cached_build(articles, Glossary(), data_dir=data).from_cache


def test_only_the_maps_used_last_are_kept(three, tmp_path):
    import os

    from reader.claims import cache

    data = tmp_path / "data"
    folder = data / "claims"
    mine = cached_build(load_paths([three]).articles, Glossary(), data_dir=data)  # opened long ago
    (stored,) = folder.glob("*.json")
    os.utime(stored, (1_000, 1_000))
    old = []
    for n in range(cache.KEPT + 3):  # maps of other corpora, all opened after it
        path = folder / f"{n:064x}.json"
        path.write_text("{}", encoding="utf-8")
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
        old.append(path)
    notes = folder / "notes.json"  # not a name the cache gives: never touched
    notes.write_text("keep me", encoding="utf-8")
    os.utime(notes, (1, 1))
    again = cached_build(load_paths([three]).articles, Glossary(), data_dir=data)  # reopened: used last
    assert again.from_cache and not mine.from_cache
    changed = Glossary((("ship", ("freighter", "cargo ship")),))
    cached_build(load_paths([three]).articles, changed, data_dir=data)  # a new map: the store is pruned
    left = {p.name for p in folder.glob("*.json")}
    assert len(left - {"notes.json"}) == cache.KEPT and "notes.json" in left
    assert stored.name in left and not any(p.name in left for p in old[:5])


def test_a_stored_map_counting_from_the_end_or_telling_a_passage_twice_is_refused(three, tmp_path):
    """Python reads articles[-1] as the last article: a stored passage at a negative position,
    or one passage told twice (in one claim or in two), is no map the builder writes."""
    data = tmp_path / "data"
    articles = load_paths([three]).articles
    fresh = cached_build(articles, Glossary(), data_dir=data)
    (path,) = (data / "claims").glob("*.json")
    good = path.read_text(encoding="utf-8")
    first = fresh.claims[0].passages[0]

    def damaged(change) -> str:
        stored = json.loads(good)
        change(stored["claims"][0], stored["claims"])
        return json.dumps(stored)

    def last_article(claim, claims):
        claim["passages"][0][0] = first.article - len(articles)

    def negative_passage(claim, claims):
        claim["passages"][0][1] = first.passage.index - len(articles[first.article].passages)

    def twice(claim, claims):
        claim["passages"].append(list(claim["passages"][0]))

    def in_two_claims(claim, claims):
        claims[1]["passages"].append(list(claim["passages"][0]))

    assert len(fresh.claims) > 1
    for change in (last_article, negative_passage, twice, in_two_claims):
        path.write_text(damaged(change), encoding="utf-8")
        rebuilt = cached_build(articles, Glossary(), data_dir=data)
        assert not rebuilt.from_cache and shape(rebuilt) == shape(fresh), change.__name__


def _fingerprint_of(root: Path) -> str:
    code = "from reader.claims.keys import fingerprint; print(fingerprint())"
    return subprocess.run([sys.executable, "-c", code], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                          capture_output=True, text=True, check=True).stdout.strip()


def test_a_stored_map_is_not_trusted_once_the_word_lists_are_read_otherwise(tmp_path):
    """The prior and the Turkish keys come from the word lists as reader.corpus.word_lists reads
    them: a copy of the code that reads them otherwise has another fingerprint, so its stored
    claim maps are rebuilt, as they are when the keying code itself changes, or a threshold of the
    weights in any module of the aligner (its policy, its conflict evidence)."""
    source = Path(reader.__file__).parent
    fingerprints = {}
    for copy, module in (("same", None), ("lists", "word_lists.py"), ("keys", "text.py"),
                         ("policy", "policy.py"), ("conflict", "conflict.py")):
        shutil.copytree(source, tmp_path / copy / "reader", ignore=shutil.ignore_patterns("__pycache__"))
        if module:
            changed = tmp_path / copy / "reader" / ("corpus" if module == "word_lists.py" else "align") / module
            changed.write_text(changed.read_text(encoding="utf-8") + "\n# read otherwise\n", encoding="utf-8")
        fingerprints[copy] = _fingerprint_of(tmp_path / copy)
    assert len(set(fingerprints.values())) == len(fingerprints)
