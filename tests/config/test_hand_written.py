"""config.toml as a person writes it by hand: TOML's own spellings of a binding id and of
several keys, and a file made read-only to keep it as it is."""

from __future__ import annotations

import pytest

from reader.config import Config, ConfigError, load_config, save_setting
from reader.config.hints import MAX_PROBLEMS


def write(config_dir, text: str):
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_binding_id_written_as_a_dotted_key_is_that_binding(tmp_path):
    # Unquoted, `cursor.down` is TOML for a table `cursor` holding `down`: the id all the same.
    write(tmp_path, '[keys]\ncursor.down = "j,ctrl+n"\napp.quit = "ctrl+x"\n"help.open" = "f1"\n')
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config.keys == {"cursor.down": "j,ctrl+n", "app.quit": "ctrl+x", "help.open": "f1"}


def test_one_binding_written_twice_is_named_and_the_first_kept(tmp_path):
    write(tmp_path, '[keys]\n"cursor.down" = "j"\ncursor.down = "ctrl+n"\n')
    config, problems = load_config(tmp_path)
    assert config.keys == {"cursor.down": "j"}
    assert len(problems) == 1 and "'keys.cursor.down'" in problems[0] and "twice" in problems[0]


def test_several_keys_may_be_a_toml_array(tmp_path):
    write(tmp_path, '[keys]\n"cursor.down" = ["j", "down", "ctrl+n"]\n')
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config.keys == {"cursor.down": "j,down,ctrl+n"}


@pytest.mark.parametrize("array", ['[]', '["j", 3]', '["j", "[/]"]', '["j,k"]'])
def test_an_array_of_anything_but_key_names_is_refused(tmp_path, array):
    write(tmp_path, f'[keys]\n"cursor.down" = {array}\n')
    config, problems = load_config(tmp_path)
    assert config.keys == {}
    assert len(problems) == 1 and "'keys.cursor.down'" in problems[0] and "ignored" in problems[0]


def test_a_read_only_file_is_never_rewritten(tmp_path):
    path = write(tmp_path, '# mine, frozen on purpose\ntheme = "counterpoint-paper"\n')
    path.chmod(0o444)
    with pytest.raises(ConfigError, match="read-only"):
        save_setting(tmp_path, "theme", "counterpoint-light")
    assert path.read_text(encoding="utf-8") == '# mine, frozen on purpose\ntheme = "counterpoint-paper"\n'
    assert path.stat().st_mode & 0o777 == 0o444
    assert load_config(tmp_path) == (Config(theme="counterpoint-paper"), [])


def test_saving_a_binding_written_dotted_changes_that_entry(tmp_path):
    path = write(tmp_path, '[keys]\ncursor.down = "j"  # vim\n')
    save_setting(tmp_path, ("keys", "cursor.down"), "ctrl+n")
    assert path.read_text(encoding="utf-8") == '[keys]\ncursor.down = "ctrl+n"  # vim\n'
    assert load_config(tmp_path) == (Config(keys={"cursor.down": "ctrl+n"}), [])


def test_a_setting_written_below_the_keys_table_is_named_as_such(tmp_path):
    # TOML puts every line after [keys] in that table: a common slip, said plainly.
    write(tmp_path, '[keys]\n"cursor.down" = "j"\ntheme = "counterpoint-paper"\n')
    config, problems = load_config(tmp_path)
    assert config == Config(keys={"cursor.down": "j"})
    assert len(problems) == 1
    assert "'theme' is written under [keys]" in problems[0] and "above the first [table]" in problems[0]
    with pytest.raises(ConfigError, match="it is a setting"):
        save_setting(tmp_path, ("keys", "theme"), "t")


def test_a_file_full_of_mistakes_is_a_few_lines_not_thousands(tmp_path):
    # Each line is a toast in the reading room and a warning on stderr: a generated or mangled
    # file must not bury the screen.
    write(tmp_path, "".join(f"unknown{i} = 1\n" for i in range(1500)) + 'theme = "counterpoint-paper"\n')
    config, problems = load_config(tmp_path)
    assert config.theme == "counterpoint-paper"
    assert len(problems) == MAX_PROBLEMS
    assert "unknown setting 'unknown0'" in problems[0]
    assert problems[-1].endswith(f"and {1500 - MAX_PROBLEMS + 1} more problems like these; ignored")
