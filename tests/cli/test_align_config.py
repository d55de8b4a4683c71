"""`counterpoint align` reads config.toml as the reading room does; flags win; problems are said."""

from __future__ import annotations

import os

import pytest

from reader.config import save_setting

NORTH = """The Battle for Tarvinsk

Troops entered Tarvinsk on Monday after three days of shelling. The mayor said 40 people died.

The government in Valen called the operation a liberation. Officials said order was restored.

Aid convoys reached the river crossing on Wednesday. The convoy carried food and medicine.
"""
SOUTH = """Tarvinsk Falls

Soldiers stormed Tarvinsk on Monday after shelling the town for three days. Residents said 60 died.

Valen's ministry described the assault as a liberation. Critics called it an occupation.

A convoy of aid reached the crossing on the river on Wednesday with medicine.
"""


@pytest.fixture
def pair(tmp_path):
    paths = []
    for name, text in (("north.txt", NORTH), ("south.txt", SOUTH)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def _config_dir() -> str:
    return os.environ["COUNTERPOINT_CONFIG_DIR"]  # a fresh one per test (tests/conftest.py)


def test_settings_saved_by_the_reading_room_are_followed(counterpoint, pair):
    plain = counterpoint("align", *pair, "--format", "json").json()
    assert plain["granularity"] == "paragraph" and min(link["score"] for link in plain["links"]) < 0.5
    save_setting(_config_dir(), "min_score", 0.5)  # what W writes
    save_setting(_config_dir(), "granularity", "sentence")
    result = counterpoint("align", *pair, "--format", "json")
    data = result.json()
    assert result.err == ""
    assert data["granularity"] == "sentence"
    assert data["links"] and all(link["score"] >= 0.5 for link in data["links"])


def test_flags_win_over_config(counterpoint, pair):
    save_setting(_config_dir(), "min_score", 0.9)
    save_setting(_config_dir(), "granularity", "sentence")
    plain = counterpoint("align", *pair, "--format", "json", "--config-dir", _config_dir() + "-none").json()
    data = counterpoint("align", *pair, "--format", "json", "--granularity", "paragraph", "--min-score", "0.19").json()
    assert data["granularity"] == "paragraph"
    assert [(link["a"], link["b"]) for link in data["links"]] == [(link["a"], link["b"]) for link in plain["links"]]


def test_glossary_false_is_still_honoured(counterpoint, pair, tmp_path):
    glossaries = tmp_path / "config" / "glossaries"
    glossaries.mkdir(parents=True)
    (glossaries / "mine.toml").write_text('[[group]]\nterms = ["assault", "operation"]\n', encoding="utf-8")
    env = {"COUNTERPOINT_CONFIG_DIR": str(tmp_path / "config")}
    kinds = {e["kind"] for link in counterpoint("align", *pair, "--format", "json", env=env).json()["links"]
             for e in link["evidence"]}
    save_setting(tmp_path / "config", "glossary", False)
    kinds_off = {e["kind"] for link in counterpoint("align", *pair, "--format", "json", env=env).json()["links"]
                 for e in link["evidence"]}
    assert "glossary" in kinds and "glossary" not in kinds_off



def _glossary_pairs(result) -> set[tuple[str, str]]:
    return {(e["a_text"].casefold(), e["b_text"].casefold()) for link in result.json()["links"]
            for e in link["evidence"] if e["kind"] == "glossary"}


def test_a_glossary_named_on_the_command_line_is_used_though_config_turns_glossaries_off(counterpoint, pair, tmp_path):
    config = tmp_path / "config"
    (config / "glossaries").mkdir(parents=True)
    (config / "glossaries" / "mine.toml").write_text('[[group]]\nterms = ["entered", "stormed"]\n', encoding="utf-8")
    named = tmp_path / "named.toml"
    named.write_text('[[group]]\nterms = ["assault", "operation"]\n', encoding="utf-8")
    env = {"COUNTERPOINT_CONFIG_DIR": str(config)}
    assert ("entered", "stormed") in _glossary_pairs(counterpoint("align", *pair, "--format", "json", env=env))
    save_setting(config, "glossary", False)
    result = counterpoint("align", *pair, "--format", "json", "--glossary", named, env=env)
    assert result.err == ""
    assert _glossary_pairs(result) == {("operation", "assault")}  # the named file only, not the config folder's
    assert _glossary_pairs(counterpoint("align", *pair, "--format", "json", "--no-glossary", env=env)) == set()
    both = counterpoint("align", *pair, "--glossary", named, "--no-glossary", env=env)
    assert both.one_line_error() == ("counterpoint: error: argument --no-glossary: not allowed with argument "
                                     "--glossary (see counterpoint align --help)")  # they contradict


@pytest.mark.parametrize(("text", "named"), [
    ("this is not toml\n", "invalid TOML at line 1"),
    ('min_score = "high"\n', "setting 'min_score': expected a number from 0 to 1, found \"high\"; using the aligner's default, 0.19"),
    ('granularity = "word"\n', "setting 'granularity': expected \"paragraph\" or \"sentence\", found \"word\"; using \"paragraph\""),
])
def test_a_broken_config_is_a_warning_and_defaults_stand_in(counterpoint, pair, text, named):
    path = os.path.join(_config_dir(), "config.toml")
    os.makedirs(_config_dir(), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    result = counterpoint("align", *pair, "--format", "json")
    data = result.json()
    assert data["granularity"] == "paragraph"
    warnings = result.err.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith(f"counterpoint: warning: {path}: ") and named in warnings[0]
    with open(path, encoding="utf-8") as f:
        assert f.read() == text  # never rewritten


def test_help_says_which_settings_come_from_config(counterpoint):
    text = " ".join(counterpoint("align", "--help").out.split())
    assert "config.toml" in text and all(name in text for name in ("granularity", "min_score", "glossary"))
