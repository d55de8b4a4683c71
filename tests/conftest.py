"""Every test runs with its own empty config and data directories: never the user's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("COUNTERPOINT_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("COUNTERPOINT_DATA_DIR", str(root / "data"))
    return root
