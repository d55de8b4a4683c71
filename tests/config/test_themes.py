"""Theme files: validation, user overrides, selection with fallback, cycling, Textual themes."""

from __future__ import annotations

import re

import pytest
from textual.theme import BUILTIN_THEMES, Theme

from reader.config import (
    DEFAULT_THEME,
    READER_VARIABLES,
    contrast_ratio,
    derive_reader_variables,
    load_theme_file,
    load_themes,
)
from reader.config.colors import parse_color
from reader.config.palette import resolve_background, resolve_foreground
from reader.config.themes import SHIPPED


def test_good_user_theme_loads(write_theme, user_dir, shipped):
    path = write_theme("mine")
    catalog = load_themes(shipped, user_dir)
    spec = catalog.get("mine")
    assert spec is not None and spec.valid and spec.error is None
    assert spec.source == str(path.absolute())
    assert spec.author == "someone" and spec.description == "for testing"
    assert spec.foreground.hex == "#e0e0e0" and spec.background.hex == "#101010"
    assert spec.variables["cp-cursor"] == "#203050"  # as written
    assert spec.variables["footer-key-foreground"] == "#ffcc00"  # Textual's own variables pass
    assert set(READER_VARIABLES) <= set(spec.variables)  # the rest derived
    assert catalog.problems == []


def test_theme_kwargs_build_a_textual_theme_that_renders(write_theme, user_dir, shipped):
    write_theme("mine")
    for spec in load_themes(shipped, user_dir).available():
        kwargs = spec.theme_kwargs()
        assert "author" not in kwargs and "description" not in kwargs
        theme = Theme(**kwargs)  # TypeError on any unknown key
        generated = theme.to_color_system().generate()  # ColorParseError on a bad colour
        assert theme.name == spec.name and theme.dark == spec.dark
        assert generated["background"].lower() == spec.background.hex


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('name = "x"\nprimary = "#123"\nprimay = "#456"\n', r"unknown key 'primay' \(did you mean 'primary'\?\)"),
        ('name = "x"\nprimary = "#123"\nbackground = "darkgrey2"\n', r"key 'background': cannot parse 'darkgrey2'"),
        ('name = "x"\nprimary = "#12"\n', r"key 'primary': cannot parse '#12'"),
        ('name = "x"\nprimary = 5\n', r"key 'primary': expected a colour string"),
        ('name = "x"\nbackground = "#000"\n', r"key 'primary' is missing"),
        ('name = "x"\nprimary = "#123"\ndark = "yes"\n', r"key 'dark': expected true or false"),
        ('name = "x"\nprimary = "#123"\ntext_alpha = 3\n', r"key 'text_alpha': expected a number from 0 to 1"),
        ('name = ""\nprimary = "#123"\n', r"key 'name': expected letters, digits"),
        ('name = "[@click=app.quit]x"\nprimary = "#123"\n', r"key 'name': expected letters, digits"),
        ('name = "a\\u001b[31mred"\nprimary = "#123"\n', r"key 'name': .*\"a\\u001b\[31mred\""),
        ('name = "x"\nprimary = "#123"\ndescription = "evil\\u202etxt"\n',
         r"key 'description': expected one line of printable text"),
        ('name = "x"\nprimary = "#123"\nauthor = 7\n', r"key 'author': expected one line"),
        ('name = "x"\nprimary = "#123"\n[variables]\ncp-cursor = "#203050 50%"\n',
         r"\[variables\] 'cp-cursor': cannot parse '#203050 50%'"),
        ('name = "x"\nprimary = "#123"\n[variables]\nfooter-key-foreground = "nonsense"\n',
         r"\[variables\] 'footer-key-foreground': cannot parse 'nonsense'"),
        ('name = "x"\nprimary = "#123"\nvariables = 3\n', r"key 'variables': expected a \[variables\] table"),
        ('name = "x"\nprimary = "#123"\n[variables]\ncp-cursr = "#000"\n',
         r"unknown reader variable 'cp-cursr' \(did you mean 'cp-cursor'\?\)"),
        ('name = "x"\nprimary = "#123"\n[variables]\ncp-evidence = "yellowish"\n',
         r"\[variables\] 'cp-evidence': cannot parse 'yellowish'"),
        ('name = "x"\nprimary = "#123"\n[variables]\nfooter-key-foreground = 1\n',
         r"\[variables\] 'footer-key-foreground': expected a string"),
        ('name = "x"\nprimary = "#123\n', r"invalid TOML"),
        ('name = "x"\nprimary = "#123"\nprimary = "#456"\n', r"invalid TOML"),
    ],
)
def test_invalid_theme_is_reported_with_file_and_key(write_theme, user_dir, shipped, text, expected):
    path = write_theme("broken", text)
    catalog = load_themes(shipped, user_dir)
    spec = next(t for t in catalog.themes if t.source == str(path.absolute()))
    assert not spec.valid
    assert spec.error.startswith(str(path))
    assert "\n" not in spec.error
    assert re.search(expected, spec.error), spec.error
    assert catalog.problems == [spec.error]
    assert spec.name not in catalog.names()
    with pytest.raises(ValueError):
        spec.theme_kwargs()


def test_all_problems_of_a_file_in_one_line(write_theme):
    path = write_theme("two", 'primary = "nope"\nfoo = 1\n')
    spec = load_theme_file(path, str(path))
    assert spec.name == "two"  # the file's stem when no usable name
    assert "key 'primary'" in spec.error and "unknown key 'foo'" in spec.error


def test_user_theme_replaces_shipped_by_name(write_theme, user_dir, shipped):
    path = write_theme("x", 'name = "counterpoint-light"\nprimary = "#ff0000"\ndark = false\n')
    catalog = load_themes(shipped, user_dir)
    same = [t for t in catalog.themes if t.name == "counterpoint-light"]
    assert len(same) == 1 and same[0].source == str(path.absolute())
    assert same[0].colors == {"primary": "#ff0000"}
    # It keeps the shipped theme's place in the cycle.
    assert catalog.names() == load_themes(shipped, None).names()


def test_invalid_user_theme_does_not_replace_shipped(write_theme, user_dir, shipped):
    write_theme("x", 'name = "counterpoint-light"\nprimary = "bad"\n')
    catalog = load_themes(shipped, user_dir)
    assert catalog.get("counterpoint-light").source == SHIPPED
    assert len(catalog.problems) == 1 and "key 'primary'" in catalog.problems[0]


def test_duplicate_user_names_keep_the_first(write_theme, user_dir, shipped):
    first = write_theme("a-first", 'name = "twin"\nprimary = "#111"\n')
    second = write_theme("b-second", 'name = "twin"\nprimary = "#222"\n')
    catalog = load_themes(shipped, user_dir)
    assert catalog.get("twin").path == first
    assert any(str(second) in p and "already defined" in p for p in catalog.problems)


def test_missing_user_dir_and_stray_files_are_fine(tmp_path, shipped, user_dir):
    (user_dir / "notes.txt").write_text("not a theme")
    (user_dir / "folder.toml").mkdir()
    assert load_themes(shipped, tmp_path / "nowhere").problems == []
    assert load_themes(shipped, user_dir).names() == load_themes(shipped).names()


def test_select_falls_back_to_the_default(write_theme, user_dir, shipped):
    write_theme("bad", 'name = "broken-one"\nprimary = "#zzz"\n')
    catalog = load_themes(shipped, user_dir)
    assert catalog.select(None) == (catalog.get(DEFAULT_THEME), None)
    assert catalog.select("counterpoint-paper") == (catalog.get("counterpoint-paper"), None)
    spec, notice = catalog.select("counterpoint-papr")
    assert spec.name == DEFAULT_THEME
    assert "no theme named 'counterpoint-papr'" in notice and "did you mean 'counterpoint-paper'" in notice
    spec, notice = catalog.select("broken-one")
    assert spec.name == DEFAULT_THEME and "'broken-one' is invalid" in notice and "#zzz" in notice


def test_select_when_the_default_itself_is_unusable(tmp_path, write_theme, user_dir):
    empty = tmp_path / "empty"
    empty.mkdir()
    write_theme("only", 'name = "only"\nprimary = "#123"\n')
    spec, notice = load_themes(empty, user_dir).select(None)
    assert spec.name == "only" and DEFAULT_THEME in notice
    spec, notice = load_themes(empty, None).select("anything")
    assert spec is None and "no other theme is usable" in notice


def test_cycle_wraps_through_available_themes(shipped):
    catalog = load_themes(shipped)
    names = catalog.names()
    seen = [names[0]]
    for _ in range(len(names)):
        seen.append(catalog.cycle(seen[-1]).name)
    assert seen[:-1] == names and seen[-1] == names[0]
    assert catalog.cycle(names[0], -1).name == names[-1]
    assert catalog.cycle("unknown").name == names[0]


@pytest.mark.parametrize("name", list(BUILTIN_THEMES))
def test_derived_reader_colours_stay_readable_on_textual_themes(name):
    theme = BUILTIN_THEMES[name]
    colors = {k: getattr(theme, k) for k in ("primary", "secondary", "accent", "warning", "error",
                                             "foreground", "background") if getattr(theme, k)}
    if theme.ansi:
        pytest.skip("ANSI themes paint with the terminal's own colours")
    variables = derive_reader_variables(colors, theme.dark)
    background, text = resolve_background(colors, theme.dark), resolve_foreground(colors, theme.dark)
    body = contrast_ratio(text, background)
    for variable in ("cp-cursor", "cp-link-strong", "cp-link-weak", "cp-evidence"):
        ground = parse_color(variables[variable])
        assert ground != background or body < 4.5  # a highlight that shows
        assert contrast_ratio(text, ground) >= min(4.5, body) - 1e-9
    assert contrast_ratio(parse_color(variables["cp-boilerplate"]), background) >= min(4.5, body) - 1e-9
    for mark in ("cp-unmatched", "cp-bookmark"):
        assert contrast_ratio(parse_color(variables[mark]), background) >= min(3.0, body) - 1e-9


def textual_accepts_variable(name: str, value: str) -> bool:
    """Would Textual's stylesheet parse a rule using this theme variable? (As it does when a
    theme is selected: a rejection there ends the app.)"""
    from textual.css.stylesheet import Stylesheet

    prop = "text-style" if name.endswith("style") else "color"
    sheet = Stylesheet(variables={name: value})
    sheet.add_source(f"Static {{ {prop}: ${name}; }}", read_from=("theme", ""))
    try:
        sheet.parse()
    except Exception:  # StylesheetParseError, whatever Textual raises for the value
        return False
    return True


VARIABLE_SAMPLES = [
    ("footer-key-foreground", v) for v in
    ["red", "#ffcc00", "#ffcc0080", "red 50%", "#fff 150%", "rgb(1,2,3) 10%", "auto", "auto 50%",
     "transparent", "nonsense", "", "50%", "red 50", "$primary", "hsl(1,2%,3%)", "red  20.5%"]
] + [
    ("block-cursor-text-style", v) for v in
    ["bold", "not underline", "b reverse", "none", "bold red", "shiny", "", "italic strike"]
] + [("link-style", "underline"), ("link-style", "underlined")]


@pytest.mark.parametrize(("name", "value"), VARIABLE_SAMPLES)
def test_textual_variables_are_checked_as_textual_would(write_theme, name, value):
    path = write_theme("vars", f'primary = "#123"\n[variables]\n"{name}" = "{value}"\n')
    spec = load_theme_file(path, str(path))
    assert spec.valid == textual_accepts_variable(name, value), spec.error


@pytest.mark.parametrize("stem", ["zz[@click=app.quit]evil", "a\x1b[31mred", "[b]x[-b]", "_hidden", "x" * 65])
def test_a_name_taken_from_the_file_name_is_checked_too(write_theme, user_dir, shipped, stem):
    path = write_theme(stem, 'primary = "#123456"\n')
    catalog = load_themes(shipped, user_dir)
    spec = next(t for t in catalog.themes if t.path == path)
    assert not spec.valid and spec.name not in catalog.names()
    assert catalog.problems == [spec.error] and "\n" not in spec.error
    assert "is not a theme name" in spec.error and "set 'name'" in spec.error


def test_a_good_file_name_still_names_the_theme(write_theme, user_dir, shipped):
    write_theme("my-theme_2.1", 'primary = "#123456"\n')
    assert "my-theme_2.1" in load_themes(shipped, user_dir).names()


def test_bad_values_are_quoted_as_toml_writes_them_and_cut_to_one_short_line(tmp_path):
    """A theme's problems name its values in the file's own spelling, as config.toml's do
    (not Python's int, dict or 'quotes'), and a long value is cut rather than fill the screen."""
    from reader.config.themes import load_theme_file

    path = tmp_path / "mine.toml"
    path.write_text('name = "mine"\ndark = "yes"\nprimary = 12\nforeground = "' + "x" * 5000 + '"\n'
                    'text_alpha = "half"\n[variables]\ncp-cursor = {a = 1}\n', encoding="utf-8")
    spec = load_theme_file(path, "user")
    assert not spec.valid
    assert "key 'dark': expected true or false, found \"yes\"" in spec.error
    assert "key 'primary': expected a colour string, found 12" in spec.error
    assert "'cp-cursor': expected a string, found {a = 1}" in spec.error
    assert "dict" not in spec.error and "int" not in spec.error
    assert len(spec.error) < 1000
