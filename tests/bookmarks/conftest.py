"""Articles written to real files, a store in the test's data directory, and the real CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.bookmarks import BookmarkStore

PARAGRAPHS = [
    "Pipelines and Promises",
    "Baku and Jerusalem have traded oil for weapons for more than a decade, and neither "
    "government hides it any longer.",
    "Azerbaijan supplied Israel with forty percent of its crude oil last year, according to "
    "figures published by the energy ministry in Baku.",
    "Critics in Yerevan call the arrangement a quiet alliance against Armenia. Officials in "
    "Jerusalem reply that commerce is not a declaration of war.",
    "The drones that flew over the mountains in 2020 were built near Tel Aviv, and the ceasefire "
    "that followed changed the map of the region.",
    "Whatever one thinks of the deal, the figures speak plainly: Azerbaijan supplies Israel with "
    "forty percent of its crude oil every year, and the trade keeps growing.",
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"
QUOTE = "Azerbaijan supplied Israel with forty percent of its crude oil last year"


@pytest.fixture
def write_article(write_article):
    """The shared `write_article` (tests/conftest.py) with the sample text in `article.txt` by
    default, so a second call edits the article the first one wrote."""

    def write(text: str = TEXT, name: str = "article.txt"):
        return write_article(text, name)

    return write


@pytest.fixture
def data_dir(isolated_user_dirs) -> Path:
    return Path(os.environ["COUNTERPOINT_DATA_DIR"])


@pytest.fixture
def store(data_dir):
    with BookmarkStore.open(data_dir) as s:
        yield s


class Sample:
    """The sample article's paragraphs and the quote most tests bookmark."""

    PARAGRAPHS = PARAGRAPHS
    TEXT = TEXT
    QUOTE = QUOTE

    @staticmethod
    def span_of(article, quote: str = QUOTE, occurrence: int = 1) -> tuple[int, int]:
        start = -1
        for _ in range(occurrence):
            start = article.text.index(quote, start + 1)
        return start, start + len(quote)


@pytest.fixture
def sample() -> type[Sample]:
    return Sample


@pytest.fixture
def cli_json(cli):
    def run(*args: str) -> dict:
        status, out, err = cli(*args)
        assert status == 0, err
        return json.loads(out)

    return run

