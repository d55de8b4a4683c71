"""A theme in the terminal's own sixteen colours (`ansi = true`, as Textual's textual-ansi):
the way to a reader that looks right on a 16-colour terminal or in the terminal's palette."""

from __future__ import annotations

from reader.config import load_theme_file
from reader.config.readability import contrast_warning

TERMINAL = """\
name = "terminal"
ansi = true
primary = "ansi_blue"
secondary = "ansi_magenta"
accent = "ansi_yellow"
warning = "ansi_yellow"
error = "ansi_red"
success = "ansi_green"
foreground = "ansi_default"
background = "ansi_default"

[variables]
cp-cursor = "ansi_blue"
"""


def test_an_ansi_theme_is_valid_and_says_so_to_textual(tmp_path):
    path = tmp_path / "terminal.toml"
    path.write_text(TERMINAL, encoding="utf-8")
    spec = load_theme_file(path, str(path))
    assert spec.valid, spec.error
    assert spec.theme_kwargs()["ansi"] is True
    # The terminal's own foreground and background cannot be measured: no false alarm.
    assert contrast_warning(spec) is None


def test_ansi_must_be_true_or_false(tmp_path):
    path = tmp_path / "terminal.toml"
    path.write_text(TERMINAL.replace("ansi = true", 'ansi = "yes"'), encoding="utf-8")
    spec = load_theme_file(path, str(path))
    assert not spec.valid and "key 'ansi': expected true or false" in spec.error
