"""Fixtures for the claim map: the written three-article corpus on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for claims_fixture (a unique module name)

from claims_fixture import ARTICLES, MANIFEST, write_corpus  # noqa: E402


@pytest.fixture
def three(tmp_path):
    return write_corpus(tmp_path / "story", ARTICLES, MANIFEST)


SCRIPT = Path(sys.executable).parent / "counterpoint"


@pytest.fixture
def counterpoint():
    """`counterpoint` through the installed entry point (skipped where it is not installed)."""
    if not SCRIPT.exists():
        pytest.skip("the counterpoint script is not installed beside this Python")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONIOENCODING": "utf-8"})

    return run
