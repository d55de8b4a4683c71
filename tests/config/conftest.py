"""Theme and config fixtures: real files in temporary directories."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.paths import themes_dir

GOOD_THEME = """\
# a user's theme
name = "{name}"
author = "someone"
description = "for testing"
dark = true
primary = "#3366cc"
foreground = "#e0e0e0"
background = "#101010"

[variables]
cp-cursor = "#203050"
footer-key-foreground = "#ffcc00"
"""


@pytest.fixture
def shipped() -> Path:
    return themes_dir()


@pytest.fixture
def user_dir(tmp_path) -> Path:
    folder = tmp_path / "config" / "themes"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def write_theme(user_dir):
    """Write `<user_dir>/<file>.toml` with the given text (default: a good theme named `file`)."""

    def write(file: str, text: str | None = None) -> Path:
        path = user_dir / f"{file}.toml"
        path.write_text(GOOD_THEME.format(name=file) if text is None else text, encoding="utf-8")
        return path

    return write
