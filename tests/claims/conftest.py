"""Fixtures for the claim map: the written three-article corpus on disk."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for claims_fixture (a unique module name)

from claims_fixture import ARTICLES, MANIFEST  # noqa: E402


@pytest.fixture
def three(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "corpus.toml").write_text(MANIFEST, encoding="utf-8")
    return folder
