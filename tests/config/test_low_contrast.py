"""A user's theme that is hard to read is offered, as it is theirs, but never silently: the
pairing that fails the reader's contrast minimums is named wherever the theme is listed or
chosen."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli.main import main
from reader.config import ThemeSpec, contrast_ratio, derive_reader_variables, load_themes, parse_color
from reader.config.readability import contrast_warning

GREY_ON_GREY = """\
name = "fog"
primary = "#777777"
foreground = "#555555"
background = "#444444"
"""


def fog(tmp_path):
    folder = tmp_path / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "fog.toml").write_text(GREY_ON_GREY, encoding="utf-8")
    return folder


def test_every_shipped_theme_is_readable():
    assert [contrast_warning(spec) for spec in load_themes().available()] == [None] * 5


def test_a_low_contrast_theme_names_its_worst_pairing(tmp_path):
    spec = load_themes(user_dir=fog(tmp_path)).get("fog")
    warning = contrast_warning(spec)
    assert warning is not None and "\n" not in warning
    assert warning.startswith("theme 'fog' is hard to read: body text on background is 1.")
    assert "below 4.5:1" in warning and "more pairing" in warning


def test_themes_lists_the_warning(tmp_path, capsys):
    fog(tmp_path)
    data = json.loads(_run(capsys, "--format", "json", "--config-dir", str(tmp_path)))
    by_name = {t["name"]: t for t in data["themes"]}
    assert by_name["fog"]["valid"] and "hard to read" in by_name["fog"]["contrast_warning"]
    assert by_name["counterpoint-dark"]["contrast_warning"] is None
    table = _run(capsys, "--config-dir", str(tmp_path))
    assert "hard to read" in " ".join(table.split())


def _run(capsys, *args):
    assert main(["themes", *args]) == 0
    return capsys.readouterr().out


_colour = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}")
_deep = st.tuples(*[st.integers(0, 40)] * 3).map(lambda c: "#%02x%02x%02x" % c)
_pale = st.tuples(*[st.integers(200, 255)] * 3).map(lambda c: "#%02x%02x%02x" % c)


@st.composite
def _theme(draw):
    dark = draw(st.booleans())
    colors = {role: draw(_colour) for role in ("primary", "secondary", "accent", "warning", "error", "success")}
    colors["foreground"], colors["background"] = (draw(_pale), draw(_deep)) if dark else (draw(_deep), draw(_pale))
    return colors, dark


@settings(max_examples=150)
@given(_theme())
def test_colours_derived_for_a_readable_theme_are_readable(theme):
    # A theme whose own text is readable (7:1, so a dimmed tone fits between the two) gets reader
    # colours that pass every pairing, the secondary ones on the cursor included.
    colors, dark = theme
    assert contrast_ratio(parse_color(colors["foreground"]), parse_color(colors["background"])) >= 7
    spec = ThemeSpec(name="derived", source="test", path=Path("derived.toml"), dark=dark, colors=colors,
                     variables=derive_reader_variables(colors, dark))
    assert contrast_warning(spec) is None


def test_a_folder_of_broken_themes_is_a_few_lines(tmp_path):
    from reader.config.hints import MAX_PROBLEMS

    folder = tmp_path / "themes"
    folder.mkdir()
    for i in range(40):
        (folder / f"t{i:02}.toml").write_text('primary = "nope"\n', encoding="utf-8")
    catalog = load_themes(user_dir=folder)
    assert len([t for t in catalog.themes if not t.valid]) == 40  # all listed by `themes`
    assert len(catalog.problems) == MAX_PROBLEMS and "t00.toml" in catalog.problems[0]
    assert catalog.problems[-1] == f"{folder}: and {40 - MAX_PROBLEMS + 1} more problems like these; ignored"
