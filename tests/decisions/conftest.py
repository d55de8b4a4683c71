"""Two short opposing articles written to real files, a store in the test's data directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.corpus import load_article
from reader.decisions import DecisionStore

A_PARAGRAPHS = [
    "Pipelines and Promises",
    "Baku and Jerusalem have swapped crude for arms since the early years of the century, and "
    "both capitals now say so openly.",
    "Azerbaijan supplied Israel with forty percent of its crude oil last year, the energy "
    "ministry in Baku announced in a short statement.",
    "Critics in Yerevan see a silent pact aimed at Armenia. Officials in Jerusalem reply that "
    "commerce is not a declaration of war.",
    "Drones assembled outside Tel Aviv crossed the mountains in 2020, and the truce that came "
    "after redrew the region's borders.",
]
B_PARAGRAPHS = [
    "A Friendship Built on Trust",
    "For thirty years the Republic of Azerbaijan has been a reliable partner of the Jewish state, "
    "and its people are proud of it.",
    "Forty percent of the crude oil Israel burns comes from Azerbaijani wells, the energy "
    "ministry in Baku reported last year.",
    "Armenian lobbyists in Yerevan and abroad describe this partnership as an alliance aimed at "
    "them. It is nothing of the kind.",
    "In 2020 Azerbaijan liberated its territories, and no foreign drone decided that war; the "
    "ceasefire restored the map the world recognises.",
]


def text_of(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def write(tmp_path):
    """Write paragraphs to an article file (overwriting) and load it, as the reader would."""

    def write(paragraphs: list[str], name: str):
        path = tmp_path / "articles" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text_of(paragraphs), encoding="utf-8")
        return load_article(path)

    return write


@pytest.fixture
def pair(write):
    return write(A_PARAGRAPHS, "a.txt"), write(B_PARAGRAPHS, "b.txt")


@pytest.fixture
def data_dir(isolated_user_dirs) -> Path:
    """The test's own data directory (COUNTERPOINT_DATA_DIR), where the store lives."""
    return Path(os.environ["COUNTERPOINT_DATA_DIR"])


@pytest.fixture
def store(data_dir):
    opened = DecisionStore.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def paragraphs() -> tuple[list[str], list[str]]:
    """The two articles' paragraphs, for tests that write edited versions."""
    return A_PARAGRAPHS, B_PARAGRAPHS


@pytest.fixture
def decided(cli, pair):
    """The pair with a link between them confirmed and another rejected, made by the CLI: what
    the export and import tests take out and bring back."""
    a, b = pair
    assert cli("links", "confirm", a.path, b.path, "--quote-a", "Azerbaijan supplied Israel",
               "--quote-b", "Forty percent of the crude")[0] == 0
    assert cli("links", "reject", a.path, b.path, "--quote-a", "Critics in Yerevan",
               "--quote-b", "Armenian lobbyists")[0] == 0
    return a, b
