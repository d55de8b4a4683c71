"""Every TOML file Counterpoint reads names the line and column where it broke, even at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import UserError

TRUNCATED = 'first = "fine"\nx = '


def _manifest(folder: Path) -> str:
    from reader.corpus import load_paths

    (folder / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    (folder / "corpus.toml").write_text(TRUNCATED, encoding="utf-8")
    with pytest.raises(UserError) as error:
        load_paths([folder])
    return str(error.value)


def _glossary(folder: Path) -> str:
    from reader.align.glossary import load_glossary

    (folder / "glossary.toml").write_text(TRUNCATED, encoding="utf-8")
    with pytest.raises(UserError) as error:
        load_glossary(folder / "glossary.toml")
    return str(error.value)


def _theme(folder: Path) -> str:
    from reader.config.themes import load_theme_file

    (folder / "mine.toml").write_text(TRUNCATED, encoding="utf-8")
    spec = load_theme_file(folder / "mine.toml", "user")
    assert not spec.valid
    return spec.error


def _config(folder: Path) -> str:
    from reader.config import load_config

    (folder / "config.toml").write_text(TRUNCATED, encoding="utf-8")
    config, problems = load_config(folder)
    assert len(problems) == 1
    return problems[0]


@pytest.mark.parametrize("read", [_manifest, _glossary, _theme, _config], ids=lambda f: f.__name__[1:])
def test_truncated_file_names_file_line_and_column(tmp_path, read):
    message = read(tmp_path)
    assert "\n" not in message
    assert str(tmp_path) in message
    assert "invalid TOML at line 2, column 5 (the end): Invalid value" in message, message


def test_error_inside_the_file_keeps_tomllib_position(tmp_path):
    from reader.tomlread import load_toml

    path = tmp_path / "x.toml"
    path.write_text('a = 1\nb = "unterminated\nc = 3\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"x\.toml: invalid TOML at line 2, column \d+: "):
        load_toml(path)
