"""config.toml: defaults, forgiving reads, atomic saves that keep the user's words, and a
malformed file that is never rewritten."""

from __future__ import annotations

import os

import pytest
import tomllib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.align.policy import LINK_THRESHOLD
from reader.config import DEFAULT_THEME, Config, ConfigError, config_path, load_config, save_setting

COMMENTED = """\
# Counterpoint settings — mine, hand-written
theme = "counterpoint-paper"   # easy on the eyes

granularity = "sentence"
follow = false

[keys]
# vim habits
quit = "ctrl+q"  # never q
"""


def write(config_dir, text: str | bytes):
    path = config_dir / "config.toml"
    config_dir.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_missing_file_means_defaults(tmp_path):
    config, problems = load_config(tmp_path / "nowhere")
    assert config == Config() and problems == []
    assert config.theme == DEFAULT_THEME and config.granularity == "paragraph"
    assert config.min_score is None and config.follow and config.show_boilerplate


def test_reads_every_setting(tmp_path):
    write(tmp_path, 'theme = "t"\ngranularity = "sentence"\nmin_score = 1\nfollow = false\n'
                    'show_boilerplate = false\n[keys]\nquit = "ctrl+q"\n"app.help" = "f1,question_mark"\n')
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config == Config(theme="t", keys={"quit": "ctrl+q", "app.help": "f1,question_mark"},
                            granularity="sentence", min_score=1.0, follow=False, show_boilerplate=False)


@pytest.mark.parametrize(
    ("line", "setting", "says"),
    [
        ('theme = 3', "theme", "expected a theme name"),
        ('theme = ""', "theme", "expected a theme name"),
        ('granularity = "word"', "granularity", 'expected "paragraph" or "sentence", found "word"'),
        ('min_score = 1.5', "min_score", "expected a number from 0 to 1"),
        ('min_score = "high"', "min_score", "expected a number from 0 to 1"),
        ('min_score = true', "min_score", "expected a number from 0 to 1"),
        ('follow = "yes"', "follow", "expected true or false"),
        ('show_boilerplate = 1', "show_boilerplate", "expected true or false"),
    ],
)
def test_a_bad_value_falls_back_for_that_setting_only(tmp_path, line, setting, says):
    path = write(tmp_path, f'{line}\nfollow = false\n' if setting != "follow" else f'{line}\ngranularity = "sentence"\n')
    config, problems = load_config(tmp_path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: setting '{setting}': {says}")
    assert getattr(config, setting) == getattr(Config(), setting)
    assert (config.follow is False) if setting != "follow" else (config.granularity == "sentence")


# A value of the wrong type for each setting: the message quotes what was written and names the
# value used instead, both as config.toml spells them (never Python's None, True or 'quotes').
@pytest.mark.parametrize(
    ("line", "found", "using"),
    [
        ('theme = false', "false", f'"{DEFAULT_THEME}"'),
        ('granularity = 3', "3", '"paragraph"'),
        ('min_score = "high"', '"high"', f"the aligner's default, {LINK_THRESHOLD}"),
        ('min_score = [0.5]', "[0.5]", f"the aligner's default, {LINK_THRESHOLD}"),
        ('follow = "yes"', '"yes"', "true"),
        ('show_boilerplate = 1', "1", "true"),
        ('glossary = {on = true}', "{on = true}", "true"),
        ('glossary = 2024-05-01', "2024-05-01", "true"),
    ],
)
def test_a_bad_value_is_quoted_and_its_fallback_named_as_written_in_toml(tmp_path, line, found, using):
    write(tmp_path, line + "\n")
    config, problems = load_config(tmp_path, aligner_min_score=LINK_THRESHOLD)
    assert problems[0].endswith(f", found {found}; using {using}")
    said = problems[0].split(": ", 2)[2]  # after the path and the setting's name
    assert not any(word in said for word in ("None", "True", "False"))
    setting = line.split(" =")[0]
    assert getattr(config, setting) == getattr(Config(), setting)


def test_the_fallback_for_min_score_is_the_aligners_threshold(tmp_path):
    write(tmp_path, 'min_score = "high"\n')
    assert load_config(tmp_path, aligner_min_score=0.25)[1][0].endswith("using the aligner's default, 0.25")
    assert load_config(tmp_path)[1][0].endswith("using the aligner's default")


def test_a_long_bad_value_is_cut_to_keep_the_message_one_line(tmp_path):
    write(tmp_path, f'theme = {["x" * 20] * 10}\nfollow = "{"y" * 500}"\n'.replace("'", '"'))
    problems = load_config(tmp_path)[1]
    assert len(problems) == 2 and all(len(p) < len(str(tmp_path)) + 200 for p in problems)
    assert all("…;" in p and "\n" not in p for p in problems)


def test_unknown_settings_and_bad_keys_are_named(tmp_path):
    write(tmp_path, 'folow = false\n[keys]\nquit = 1\nhelp = "f1"\n')
    config, problems = load_config(tmp_path)
    assert config.keys == {"help": "f1"} and config.follow is True
    assert any("unknown setting 'folow' (did you mean 'follow'?)" in p for p in problems)
    assert any("setting 'keys.quit'" in p for p in problems)
    write(tmp_path, 'keys = "ctrl+q"\n')
    assert load_config(tmp_path)[1][0].endswith("setting 'keys': expected a [keys] table, found \"ctrl+q\"; ignored")


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ('theme = "a"\ngranularity\n', "line 2, column 12"),
        ('theme = "a"\nfollow = tru\n', "line 2, column 10"),
        ('theme = "a"\ntheme = "b"\n', "line 2, column 12"),
        ('[keys]\nquit = "q\n', "line 2, column 10"),
        ('theme = "unterminated', "line 1, column 22 (the end)"),
    ],
)
def test_malformed_file_one_message_defaults_and_never_rewritten(tmp_path, text, position):
    path = write(tmp_path, text)
    before = path.read_bytes(), path.stat().st_mtime_ns
    config, problems = load_config(tmp_path)
    assert config == Config()
    assert len(problems) == 1 and "\n" not in problems[0]
    assert problems[0].startswith(f"{path}: invalid TOML at {position}")
    with pytest.raises(ConfigError, match="not saving until it is fixed"):
        save_setting(tmp_path, "theme", "counterpoint-light")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]  # no temp files left


def test_not_utf8_is_reported_and_left_alone(tmp_path):
    path = write(tmp_path, 'theme = "caf\xe9"\n'.encode("latin-1"))
    config, problems = load_config(tmp_path)
    assert config == Config() and "is not UTF-8" in problems[0]
    with pytest.raises(ConfigError):
        save_setting(tmp_path, "follow", False)
    assert path.read_bytes() == 'theme = "caf\xe9"\n'.encode("latin-1")


def test_round_trip_keeps_comments_and_layout(tmp_path):
    path = write(tmp_path, COMMENTED)
    save_setting(tmp_path, "theme", "counterpoint-light")
    save_setting(tmp_path, "min_score", 0.35)
    save_setting(tmp_path, ("keys", "help"), "f1")
    save_setting(tmp_path, "follow", None)  # removed: back to the default
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Counterpoint settings — mine, hand-written\n"
                           'theme = "counterpoint-light"   # easy on the eyes\n')
    for kept in ("# vim habits\n", 'quit = "ctrl+q"  # never q\n', 'granularity = "sentence"\n'):
        assert kept in text
    assert "follow" not in text
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config == Config(theme="counterpoint-light", keys={"quit": "ctrl+q", "help": "f1"},
                            granularity="sentence", min_score=0.35, follow=True)


def test_saving_creates_the_directory_and_file(tmp_path):
    directory = tmp_path / "fresh" / "config"
    save_setting(directory, "theme", "counterpoint-paper")
    save_setting(directory, ("keys", "quit"), "ctrl+q")
    assert load_config(directory) == (Config(theme="counterpoint-paper", keys={"quit": "ctrl+q"}), [])


def test_default_directory_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTERPOINT_CONFIG_DIR", str(tmp_path / "env"))
    save_setting(None, "granularity", "sentence")
    assert config_path() == tmp_path / "env" / "config.toml"
    assert load_config()[0].granularity == "sentence"


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("granularity", "word", 'expected "paragraph" or "sentence"'),
        ("min_score", 2, "from 0 to 1"),
        ("follow", "yes", "true or false"),
        ("colour", "red", "unknown setting 'colour'"),
        (("keys", ""), "q", "('keys', binding_id)"),
        (("keys", "quit"), 3, "expected keys"),
    ],
)
def test_saving_an_invalid_value_is_refused(tmp_path, key, value, says):
    path = write(tmp_path, COMMENTED)
    with pytest.raises(ConfigError, match=says.replace("(", r"\(").replace(")", r"\)")):
        save_setting(tmp_path, key, value)
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_crlf_and_byte_order_mark_are_kept(tmp_path):
    path = write(tmp_path, b'\xef\xbb\xbf# windows\r\ntheme = "a"\r\n\r\n[keys]\r\nquit = "q"\r\n')
    save_setting(tmp_path, "follow", False)
    raw = path.read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf# windows\r\ntheme = "a"\r\n')
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert load_config(tmp_path)[0].follow is False


def test_saving_through_a_symlink_updates_the_target(tmp_path):
    real = tmp_path / "dotfiles" / "counterpoint.toml"
    real.parent.mkdir()
    real.write_text("# tracked in git\n", encoding="utf-8")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").symlink_to(real)
    save_setting(tmp_path / "config", "theme", "counterpoint-light")
    assert (tmp_path / "config" / "config.toml").is_symlink()
    assert real.read_text(encoding="utf-8") == '# tracked in git\ntheme = "counterpoint-light"\n'


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    path = write(tmp_path, COMMENTED)

    def fail(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ConfigError, match="cannot save .No space left on device"):
        save_setting(tmp_path, "theme", "counterpoint-light")
    assert path.read_text(encoding="utf-8") == COMMENTED
    # No temporary file left; the lock that saves take turns on stays, as it must.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml", "config.toml.lock"]


def test_file_permissions_are_kept(tmp_path):
    path = write(tmp_path, COMMENTED)
    path.chmod(0o640)
    save_setting(tmp_path, "theme", "x")
    assert path.stat().st_mode & 0o777 == 0o640


_setting = st.one_of(
    st.tuples(st.just("theme"), st.text(min_size=1, max_size=20).filter(str.strip)),
    st.tuples(st.just("granularity"), st.sampled_from(["paragraph", "sentence"])),
    st.tuples(st.just("min_score"), st.one_of(st.none(), st.floats(0, 1))),
    st.tuples(st.sampled_from(["follow", "show_boilerplate"]), st.booleans()),
    st.tuples(st.tuples(st.just("keys"), st.text(min_size=1, max_size=12).filter(lambda i: i not in Config.__dataclass_fields__)),
              st.lists(st.from_regex(r"[a-z0-9_+-]{1,8}", fullmatch=True), min_size=1, max_size=3).map(",".join)),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_setting, max_size=8), st.text(alphabet=st.characters(exclude_categories=["Cc", "Cs"]), max_size=30))
def test_any_sequence_of_saves_reads_back_and_keeps_the_comment(tmp_path_factory, saves, comment):
    directory = tmp_path_factory.mktemp("cfg")
    path = write(directory, f"#{comment}\n")
    expected: dict = {}
    keys: dict = {}
    for key, value in saves:
        save_setting(directory, key, value)
        if isinstance(key, tuple):
            keys[key[1]] = value
        else:
            expected[key] = value
    config, problems = load_config(directory)
    assert problems == []
    assert config == Config(**{**Config().__dict__, **expected, "keys": keys})
    assert path.read_text(encoding="utf-8").startswith(f"#{comment}\n")
    tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("bad", ["[/]", "[@click=app.quit]x", "ctrl+q,[b]", "j,,k", "ctrl q", "?", " ", "a\u202eb"])
def test_keys_that_are_not_key_names_are_dropped_with_one_line(tmp_path, bad):
    import json

    write(tmp_path, f'[keys]\n"app.quit" = {json.dumps(bad)}\n"app.help" = "f1, question_mark"\n')
    config, problems = load_config(tmp_path)
    assert config.keys == {"app.help": "f1, question_mark"}
    assert len(problems) == 1 and "setting 'keys.app.quit'" in problems[0] and "ignored" in problems[0]
    with pytest.raises(ConfigError, match="key names separated by commas"):
        save_setting(tmp_path, ("keys", "app.quit"), bad)


def test_textual_key_names_are_accepted(tmp_path):
    keys = "ctrl+n,f1, question_mark,left_square_bracket,shift+tab,J,minus"
    write(tmp_path, f'[keys]\n"cursor.down" = "{keys}"\n')
    assert load_config(tmp_path) == (Config(keys={"cursor.down": keys}), [])


# Two processes each saving this many key bindings, one at a time, into one config.toml.
RACING_SAVES = 60

_SAVER = """\
import sys
from reader.config import save_setting
folder, name = sys.argv[1], sys.argv[2]
for n in range(int(sys.argv[3])):
    save_setting(folder, ("keys", f"{name}.b{n}"), f"f{n % 12 + 1}")
"""


def test_readers_saving_settings_at_once_lose_none(tmp_path):
    """Two reading rooms open: one saves a theme while the other saves the threshold. Each
    save reads the file, changes its one setting and replaces the file, so without turns the
    later one would write back the file as it was before the other's change."""
    import subprocess
    import sys
    from pathlib import Path

    import reader

    root = Path(reader.__file__).resolve().parent.parent
    write(tmp_path, COMMENTED)
    savers = [subprocess.Popen([sys.executable, "-c", _SAVER, str(tmp_path), name, str(RACING_SAVES)], cwd=root,
                               stderr=subprocess.PIPE, text=True) for name in ("left", "right")]
    for saver in savers:
        _, err = saver.communicate(timeout=240)
        assert saver.returncode == 0, err
    config, problems = load_config(tmp_path)
    assert problems == []
    assert {b for b in config.keys if b.startswith(("left.", "right."))} == {
        f"{name}.b{n}" for name in ("left", "right") for n in range(RACING_SAVES)}
    assert config.keys["quit"] == "ctrl+q" and config.granularity == "sentence"
    assert "# vim habits" in (tmp_path / "config.toml").read_text(encoding="utf-8")


def test_a_save_gives_up_on_a_lock_another_process_keeps(tmp_path, while_locked_elsewhere):
    """A process that keeps config.toml.lock (stopped or hung in its turn) makes a save fail in
    one line after a few seconds, instead of waiting for ever (W saves on the room's UI thread)."""
    (tmp_path / "config.toml").write_text('theme = "counterpoint-dark"\n', encoding="utf-8")
    said = while_locked_elsewhere(tmp_path / "config.toml.lock",
                                  lambda: save_setting(tmp_path, "theme", "counterpoint-light"))
    assert "config.toml.lock is held by another process" in said
    assert (tmp_path / "config.toml").read_text(encoding="utf-8") == 'theme = "counterpoint-dark"\n'
