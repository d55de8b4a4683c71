"""Articles that touch on a claim without telling it: the map's third cell state (~)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from reader.align import Glossary
from reader.claims import RelatedPassage, build, cached_build
from reader.claims.builder import link_passages
from reader.claims.index import Links
from reader.claims.related import RELATED_MIN, related_links
from reader.corpus import load_paths

from claims_fixture import write_corpus

# Two government papers tell the dam burst; the local paper's rooftops passage is linked to
# one of their tellings (it names Stary Brod and the water) but not to enough of the claim
# for the grouping to take it in: the local paper touches on the burst, it is not silent.
FLOOD = {
    "a.txt": """Dam bursts above Orlin

The Velka dam burst shortly before midnight on Friday, sending a wall of water through the villages of Orlin and Stary Brod.

Governor Tomas Hrubec declared a state of emergency across the Velka valley on Saturday morning.

Army engineers began building a temporary levee along the Brodka river.
""",
    "b.txt": """Valley flooded as reservoir wall gives way

Floodwater from the burst Velka dam swept through Orlin and the lower valley late on Friday night.

Hrubec's emergency declaration covers every town of the Velka valley, the governor's office said.

Farmers downstream fear the harvest is lost.
""",
    "c.txt": """A night on the rooftops

Residents of Stary Brod waited on their rooftops until dawn as brown water filled the streets below.

The regional football league postponed all weekend fixtures.

Hrubec declared a state of emergency in the valley, his office said on Saturday.
""",
}
FLOOD_MANIFEST = """
[[article]]
file = "a.txt"
side = "government"

[[article]]
file = "b.txt"
side = "government"

[[article]]
file = "c.txt"
side = "local press"
"""


@pytest.fixture
def flood(tmp_path):
    return write_corpus(tmp_path / "flood", FLOOD, FLOOD_MANIFEST)


def starts(claim_map, claim) -> set[tuple[str, str]]:
    return {(claim_map.articles[p.article].id, p.passage.text.split()[0]) for p in claim.passages}


def burst_claim(claim_map):
    return next(c for c in claim_map.claims if starts(claim_map, c) == {("a", "The"), ("b", "Floodwater")})


def test_a_passage_linked_outside_the_claim_makes_its_article_related(flood):
    claim_map = build(load_paths([flood]).articles, Glossary())
    burst = burst_claim(claim_map)
    (related,) = burst.related
    assert claim_map.articles[related.article].id == "c"
    assert related.passage.text.startswith("Residents of Stary Brod")
    assert related.weight >= RELATED_MIN
    # Its best-linked telling is a's, the one naming Stary Brod.
    assert burst.passages[related.telling].passage.text.startswith("The Velka dam burst")
    assert burst.related_in(related.article) == related and burst.related_in(0) is None
    # Told by the government side only; the local press touches on it.
    assert claim_map.side_coverage(burst) == {"government": 2, "local press": 0}
    assert claim_map.sides_told(burst) == 1 and claim_map.imbalance(burst) == 1.0
    assert burst not in claim_map.omitted()
    assert burst in claim_map.omitted(strict=True)
    # The emergency is told by all three: no related passage, omitted by nobody.
    everyone = next(c for c in claim_map.claims if len(c.articles) == 3)
    assert everyone.related == () and everyone not in claim_map.omitted(strict=True)


def test_a_link_below_the_floor_leaves_the_article_silent():
    # Rows 0, 1 (articles 0, 1) are the claim; row 2 (article 2) links to it at 0.10 only,
    # row 3 (article 3) at the floor exactly and row 4 (article 3 too) more strongly.
    article_of = np.array([0, 1, 2, 3, 3])
    links = Links(np.array([0, 0, 0, 1, 1]), np.array([1, 2, 3, 3, 4]),
                  np.array([0.5, 0.10, RELATED_MIN, 0.2, 0.3]))
    (best,) = related_links([[0, 1]], article_of, links)
    assert best == {3: (0.3, 4, 1)}
    assert related_links([[0, 1]], article_of, links, floor=0.05)[0][2] == (0.10, 2, 0)
    # Ties go to the lowest rows.
    tied = Links(np.array([0, 1]), np.array([2, 2]), np.array([0.2, 0.2]))
    assert related_links([[0, 1]], np.array([0, 1, 2]), tied) == [{2: (0.2, 2, 0)}]


@pytest.mark.parametrize("corpus", ["flood", "seeds"])
def test_invariants(corpus, request):
    articles = load_paths([request.getfixturevalue("flood")]).articles if corpus == "flood" else \
        request.getfixturevalue("seeds").articles
    glossary = Glossary()
    claim_map = build(articles, glossary)
    assert any(c.related for c in claim_map.claims)
    linked = link_passages(articles, glossary)
    row = {(a, p.index): n for n, (a, p) in enumerate(linked.units)}
    weight = {}
    for i, j, w in zip(linked.links.rows.tolist(), linked.links.cols.tolist(), linked.links.weights.tolist()):
        weight[i, j] = weight[j, i] = w
    for claim in claim_map.claims:
        tellings = {(p.article, p.passage.index) for p in claim.passages}
        related = [(p.article, p.passage.index) for p in claim.related]
        assert not tellings & set(related)  # a related passage is never a telling of that claim
        assert not claim.articles & claim.related_articles  # nor is its article one that tells it
        assert len(claim.related_articles) == len(claim.related)  # one per article
        assert [p.article for p in claim.related] == sorted(claim.related_articles)
        for p in claim.related:
            assert isinstance(p, RelatedPassage) and p.passage.is_body
            telling = claim.passages[p.telling]
            assert weight[row[p.article, p.passage.index], row[telling.article, telling.passage.index]] == \
                pytest.approx(p.weight, abs=1e-6)
            # The strongest link from that article into the claim.
            assert p.weight == pytest.approx(max(
                weight.get((row[p.article, q.index], row[t]), 0.0)
                for q in articles[p.article].passages if q.is_body for t in tellings), abs=1e-6)
        # Every article not telling it whose strongest link reaches the floor is related.
        for a in set(range(len(articles))) - claim.articles - claim.related_articles:
            assert all(weight.get((row[a, q.index], row[t]), 0.0) < RELATED_MIN
                       for q in articles[a].passages if q.is_body for t in tellings)
    # Coverage, sides, imbalance and sorting count tellings only.
    bare = replace(claim_map, claims=tuple(replace(c, related=()) for c in claim_map.claims))
    for with_related, without in zip(claim_map.claims, bare.claims):
        assert claim_map.side_coverage(with_related) == bare.side_coverage(without)
        assert claim_map.imbalance(with_related) == bare.imbalance(without)
    for by in ("coverage", "imbalance", "first"):
        assert [c.id for c in claim_map.sorted_claims(by)] == [c.id for c in bare.sorted_claims(by)]
    assert claim_map.article_counts() == bare.article_counts()
    # Strict omission is the old meaning; the default never counts more claims than it.
    assert [c.id for c in claim_map.omitted(strict=True)] == [c.id for c in bare.omitted()]
    assert {c.id for c in claim_map.omitted()} <= {c.id for c in claim_map.omitted(strict=True)}


def test_the_stored_map_keeps_related_passages_and_refuses_broken_ones(flood, tmp_path):
    articles = load_paths([flood]).articles
    data = tmp_path / "data"
    first = cached_build(articles, Glossary(), data_dir=data)
    again = cached_build(articles, Glossary(), data_dir=data)
    assert again.from_cache and [c.related for c in again.claims] == [c.related for c in first.claims]
    assert any(c.related for c in again.claims)
    (stored,) = (data / "claims").glob("*.json")
    raw = json.loads(stored.read_text(encoding="utf-8"))
    burst = next(c for c in raw["claims"] if c["related"])
    telling_article = burst["passages"][0][0]
    burst["related"][0][0] = telling_article  # an article that tells the claim cannot relate to it
    stored.write_text(json.dumps(raw), encoding="utf-8")
    rebuilt = cached_build(articles, Glossary(), data_dir=data)
    assert not rebuilt.from_cache and [c.related for c in rebuilt.claims] == [c.related for c in first.claims]


def test_every_format_shows_the_related_article(counterpoint, flood):  # noqa: F811
    data = json.loads(counterpoint("map", str(flood), "--format", "json").stdout)
    burst = next(c for c in data["claims"] if {p["article"] for p in c["passages"]} == {"a", "b"})
    (related,) = burst["related"]
    assert set(related) == {"article", "index", "start", "end", "weight"}
    assert related["article"] == "c" and related["index"] == 1 and related["weight"] >= RELATED_MIN
    text = Path(next(a["path"] for a in data["articles"] if a["id"] == "c")).read_text(encoding="utf-8")
    assert text[related["start"] : related["end"]].startswith("Residents of Stary Brod")
    assert burst["sides"]["local press"] == {"told": 0, "articles": 1}  # coverage counts tellings only
    assert all(c["related"] == [] for c in data["claims"] if c is not burst)

    table = counterpoint("map", str(flood)).stdout
    row = next(line for line in table.splitlines() if "The Velka dam" in line)
    assert row.split("│")[3:6] == [" ✓ ", " ✓ ", " ~ "]
    md = counterpoint("map", str(flood), "--format", "markdown").stdout
    assert any(line.endswith("| ✓ ¶2 | ✓ ¶2 | ~ ¶2 | 1/2 |") for line in md.splitlines())
    sheet = list(csv.reader(io.StringIO(counterpoint("map", str(flood), "--format", "csv").stdout)))
    assert next(r for r in sheet if r[1].startswith("The Velka dam"))[3:] == ["2", "2", "~ 2", "2", "0"]


def test_omitted_counts_a_related_side_as_not_omitting(counterpoint, flood):  # noqa: F811
    def ids(*flags: str) -> list[int]:
        out = counterpoint("map", str(flood), "--format", "json", *flags)
        assert out.returncode == 0, out.stderr
        return [c["id"] for c in json.loads(out.stdout)["claims"]]

    everything, burst = ids(), ids("--untold")
    assert len(everything) == 2 and len(burst) == 1  # the local press does not tell the burst
    assert ids("--omitted") == []  # but touches on it
    table = counterpoint("map", str(flood), "--omitted")
    assert table.returncode == 0 and "No claim is omitted by any side." in table.stdout
    both = counterpoint("map", str(flood), "--omitted", "--untold")
    assert both.returncode == 2 and "not allowed with" in both.stderr and both.stdout == ""
