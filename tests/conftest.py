"""Every test runs with its own empty config and data directories: never the user's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("COUNTERPOINT_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("COUNTERPOINT_DATA_DIR", str(root / "data"))
    return root


@pytest.fixture(scope="session")
def seeds():
    """The bundled corpus, loaded once for the whole run."""
    from reader.corpus import load_seeds

    return load_seeds()


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m reader ...` in a subprocess, from a directory outside the source tree.

    PYTHONPATH points at wherever `reader` was imported from, so the subprocess runs the same
    code the tests import: the installed package in CI, the checkout in development.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    import reader

    package_root = str(Path(reader.__file__).resolve().parent.parent)

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 120, **kwargs):
        full_env = {**os.environ, "PYTHONPATH": package_root, **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "reader", *args],
            capture_output=True, text=True, cwd=kwargs.pop("cwd", tmp_path), env=full_env,
            input=input, timeout=timeout, **kwargs,
        )

    return run
