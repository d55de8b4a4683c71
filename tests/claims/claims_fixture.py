"""A three-article corpus written for the claim map tests, with the claims a reader would find."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "a.txt": """Harbour Bridge falls after ship strike

The Harbour Bridge collapsed on Tuesday morning after the cargo ship Meridian struck its northern pier, killing four workers who were repainting the span.

Mayor Ellen Cardova ordered an independent inquiry into the port authority's inspection records for the pier.

Local bakeries on Quay Street donated bread and coffee to the rescue crews through the night.

The bridge had been closed to traffic for repairs since March, which the mayor said spared many lives.
""",
    "b.txt": """Freighter brings down Harbour Bridge

A cargo ship, the Meridian, struck the northern pier of the Harbour Bridge on Tuesday and the span collapsed; four workers died.

Cardova announced an inquiry into the inspection records kept by the port authority, saying the pier had not been examined in years.

Shipping insurers expect claims from the disaster to exceed 200 million dollars, the largest in the port's history.
""",
    "c.txt": """Four dead as bridge collapses

Four workers were killed when the Harbour Bridge fell after the freighter Meridian hit its northern pier on Tuesday.

Insurers said claims arising from the collapse could pass 200 million dollars.

Repairs had closed the Harbour Bridge to traffic since March.

The city's football club postponed Saturday's match out of respect for the victims.
""",
}
MANIFEST = """
[[article]]
file = "a.txt"
side = "city hall"

[[article]]
file = "b.txt"
side = "opposition"

[[article]]
file = "c.txt"
side = "opposition"
"""
# The claims, each as (file, the passage's first words) per telling.
EXPECTED = [
    {("a.txt", "The Harbour Bridge collapsed"), ("b.txt", "A cargo ship"), ("c.txt", "Four workers were killed")},
    {("a.txt", "Mayor Ellen Cardova"), ("b.txt", "Cardova announced")},
    {("b.txt", "Shipping insurers"), ("c.txt", "Insurers said")},
    {("a.txt", "The bridge had been closed"), ("c.txt", "Repairs had closed")},
]


def matches(claim_map, claim, expected: set[tuple[str, str]]) -> bool:
    """Whether `claim` is exactly the tellings `expected` lists (file, first words)."""
    told = [(claim_map.articles[p.article].path.name, p.passage.text) for p in claim.passages]
    return len(told) == len(expected) and all(
        any(name == f and text.startswith(start) for name, text in told) for f, start in expected)


def write_corpus(folder: Path, articles: dict[str, str], manifest: str) -> Path:
    """`articles` (file name -> text) and their corpus.toml written into a new `folder`."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "corpus.toml").write_text(manifest, encoding="utf-8")
    return folder
