"""`counterpoint themes`: the JSON shape, user themes and their problems, the table."""

from __future__ import annotations

import json

from reader.cli.main import main
from reader.config import DEFAULT_THEME, save_setting

FIELDS = ["name", "source", "dark", "valid", "error", "foreground", "background", "contrast_warning"]


def run_json(capsys, *args):
    assert main(["themes", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_shipped_themes(capsys):
    data = run_json(capsys)
    assert list(data) == ["themes"]
    themes = data["themes"]
    assert len(themes) >= 5
    assert all(list(t) == FIELDS for t in themes)
    first = themes[0]
    assert first == {"name": DEFAULT_THEME, "source": "shipped", "dark": True, "valid": True,
                     "error": None, "foreground": "#d7dce4", "background": "#16191f",
                     "contrast_warning": None}
    assert all(t["valid"] and t["source"] == "shipped" for t in themes)
    assert all(len(t["foreground"]) == 7 and t["foreground"].startswith("#") for t in themes)


def test_json_shows_user_themes_overrides_and_errors(capsys, tmp_path):
    themes_dir = tmp_path / "themes"
    themes_dir.mkdir()
    (themes_dir / "light.toml").write_text(
        'name = "counterpoint-light"\ndark = false\nprimary = "navy"\nbackground = "ivory"\n'
        'foreground = "rgb(20, 20, 20)"\n', encoding="utf-8")
    (themes_dir / "oops.toml").write_text('name = "oops"\nprimary = "#12345"\n', encoding="utf-8")
    themes = run_json(capsys, "--config-dir", str(tmp_path))["themes"]
    light = [t for t in themes if t["name"] == "counterpoint-light"]
    assert light == [{"name": "counterpoint-light", "source": str(themes_dir / "light.toml"),
                      "dark": False, "valid": True, "error": None,
                      "foreground": "#141414", "background": "#fffff0",
                      "contrast_warning": None}]
    oops = next(t for t in themes if t["name"] == "oops")
    assert oops["valid"] is False and oops["foreground"] is None
    assert oops["error"].startswith(str(themes_dir / "oops.toml")) and "key 'primary'" in oops["error"]


def test_config_dir_from_the_environment(capsys, isolated_user_dirs):
    themes_dir = isolated_user_dirs / "config" / "themes"
    themes_dir.mkdir(parents=True)
    (themes_dir / "mine.toml").write_text('primary = "#abc"\n', encoding="utf-8")
    names = [t["name"] for t in run_json(capsys)["themes"]]
    assert names[-1] == "mine"


def test_table_marks_the_configured_theme(capsys, tmp_path):
    save_setting(tmp_path, "theme", "counterpoint-paper")
    assert main(["themes", "--config-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if "counterpoint-" in line]
    assert len(rows) >= 5
    assert [r for r in rows if "*" in r] == [r for r in rows if "counterpoint-paper " in r]


def test_table_takes_theme_flag_and_falls_back(capsys, tmp_path):
    assert main(["themes", "--theme", "no-such-theme", "--config-dir", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert [line for line in out.splitlines() if "*" in line][0].count(DEFAULT_THEME) == 1
    assert err == f"counterpoint: notice: no theme named 'no-such-theme'; using '{DEFAULT_THEME}'\n"


def test_bad_format_is_a_user_error(capsys):
    assert main(["themes", "--format", "yaml"]) == 2
    assert capsys.readouterr().err.startswith("counterpoint: error: argument --format")


def test_table_warns_of_config_problems(capsys, tmp_path):
    (tmp_path / "config.toml").write_text('theme = "counterpoint-paper"\ngranularity = "word"\n', encoding="utf-8")
    assert main(["themes", "--config-dir", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert [r for r in out.splitlines() if "*" in r] == [r for r in out.splitlines() if "counterpoint-paper " in r]
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("counterpoint: warning: ")
    assert "config.toml" in lines[0] and "'granularity'" in lines[0]
    (tmp_path / "config.toml").write_text('theme = "counterpoint-paper"\ntheme = ', encoding="utf-8")
    assert main(["themes", "--config-dir", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("counterpoint: warning: ") and "invalid TOML at line 2" in err


def test_locate_names_the_folders_a_user_puts_themes_and_glossaries_in(capsys, tmp_path):
    # Writing a theme starts from where it goes, not from the shipped folder inside the install.
    assert main(["locate", "user-themes", "--config-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'themes'}\n"
    assert main(["locate", "glossaries", "--config-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'glossaries'}\n"
    assert main(["locate", "--config-dir", str(tmp_path)]) == 0
    labelled = dict(line.split(None, 1) for line in capsys.readouterr().out.splitlines())
    assert labelled["user-themes:"] == str(tmp_path / "themes")
