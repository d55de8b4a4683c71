"""Fixtures for the claim map: the written three-article corpus on disk."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for claims_fixture (a unique module name)

from claims_fixture import ARTICLES, MANIFEST, write_corpus  # noqa: E402


@pytest.fixture
def three(tmp_path):
    return write_corpus(tmp_path / "story", ARTICLES, MANIFEST)
