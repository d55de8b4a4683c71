"""Configuration at the edges: nesting no parser survives, FIFOs where files should be, themes
with absurd numbers of variables or channels, and names that try to steer the terminal."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from reader.align.glossary import MAX_GROUP_TERMS, default_glossary, load_glossary
from reader.cli.main import main
from reader.config import ConfigError, load_config, load_themes, save_setting
from reader.config.themes import MAX_VARIABLES, load_theme_file
from reader.corpus import load_paths
from reader.errors import UserError

DEEP = "x = " + "[" * 500 + "]" * 500 + "\n"
STEERING = ("\x1b", "\x07", "\x9b", "\u202e")


def finishes(call, seconds: float = 20.0):
    """`call()` run in a thread, its result or exception passed on; fails (instead of hanging
    the suite) if it blocks."""
    outcome: list = []

    def run():
        try:
            outcome.append((True, call()))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            outcome.append((False, exc))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"{call} blocked"
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


# --- deeply nested TOML ---------------------------------------------------------------------------


def test_deep_config_gives_defaults_one_line_and_is_left_alone(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(DEEP, encoding="utf-8")
    config, problems = load_config(tmp_path)
    assert config == load_config(tmp_path / "none")[0]
    assert len(problems) == 1 and "config.toml" in problems[0] and "nested too deeply" in problems[0]
    with pytest.raises(ConfigError):
        save_setting(tmp_path, "theme", "counterpoint-light")
    assert path.read_text(encoding="utf-8") == DEEP


def test_deep_theme_is_an_invalid_theme(tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text(DEEP, encoding="utf-8")
    spec = load_theme_file(path, str(path))
    assert not spec.valid and "nested too deeply" in spec.error


def test_deep_glossary_is_skipped_with_one_line(tmp_path):
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "deep.toml").write_text(DEEP, encoding="utf-8")
    _, problems = default_glossary(tmp_path)
    assert len(problems) == 1 and "deep.toml" in problems[0] and "nested too deeply" in problems[0]


def test_deep_manifest_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(DEEP, encoding="utf-8")
    with pytest.raises(UserError, match="corpus.toml: invalid TOML: .*nested too deeply"):
        load_paths([tmp_path])


# --- FIFOs where configuration files should be ------------------------------------------------------


def test_a_fifo_config_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "config.toml")
    config, problems = finishes(lambda: load_config(tmp_path))
    assert len(problems) == 1 and "config.toml: is a FIFO" in problems[0]


def test_a_fifo_glossary_is_skipped_not_waited_on(tmp_path):
    (tmp_path / "glossaries").mkdir()
    os.mkfifo(tmp_path / "glossaries" / "pipe.toml")
    _, problems = finishes(lambda: default_glossary(tmp_path))
    assert len(problems) == 1 and "pipe.toml: is a FIFO" in problems[0]
    with pytest.raises(UserError, match="FIFO"):
        finishes(lambda: load_glossary(tmp_path / "glossaries" / "pipe.toml"))


def test_a_fifo_theme_is_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.toml")
    catalog = finishes(lambda: load_themes(user_dir=tmp_path))
    assert "pipe" not in catalog.names()
    spec = finishes(lambda: load_theme_file(tmp_path / "pipe.toml", "user"))
    assert not spec.valid and "FIFO" in spec.error


def test_a_config_over_the_cap_is_refused(tmp_path):
    (tmp_path / "config.toml").write_text("# comment\n" * 200_000, encoding="utf-8")
    _, problems = load_config(tmp_path)
    assert len(problems) == 1 and "too large for a configuration file" in problems[0]


# --- caps on sizes -----------------------------------------------------------------------------------


def test_a_huge_glossary_group_is_refused_with_a_clear_line(tmp_path):
    path = tmp_path / "g.toml"
    terms = ", ".join(f'"term{i}"' for i in range(MAX_GROUP_TERMS + 1))
    path.write_text(f"[[group]]\nterms = [{terms}]\n", encoding="utf-8")
    with pytest.raises(UserError, match=f"g.toml:1: a group of {MAX_GROUP_TERMS + 1} terms; at most"):
        load_glossary(path)


def test_a_theme_with_too_many_variables_is_refused(tmp_path):
    path = tmp_path / "many.toml"
    lines = [f'v{i} = "#102030"' for i in range(MAX_VARIABLES + 1)]
    path.write_text('primary = "#3366cc"\n[variables]\n' + "\n".join(lines) + "\n", encoding="utf-8")
    spec = load_theme_file(path, str(path))
    assert not spec.valid and f"at most {MAX_VARIABLES}" in spec.error


@pytest.mark.parametrize("color", ["rgb(" + "9" * 400 + ",0,0)", "hsl(" + "9" * 400 + ",50%,50%)"])
def test_an_overflowing_colour_makes_an_invalid_theme(tmp_path, capsys, color):
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "huge.toml").write_text(f'primary = "{color}"\n', encoding="utf-8")
    spec = load_theme_file(themes / "huge.toml", "user")
    assert not spec.valid and "too large" in spec.error
    assert main(["--config-dir", str(tmp_path), "themes"]) == 0
    assert main(["--config-dir", str(tmp_path), "--theme", "huge", "themes"]) == 0


# --- names that steer the terminal -------------------------------------------------------------------


def test_the_themes_table_shows_a_hostile_file_name_escaped(tmp_path, capsys):
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "\x1b]0;TITLE\x07bad.toml").write_text("primary = 1\n", encoding="utf-8")
    assert main(["--config-dir", str(tmp_path), "themes"]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in STEERING)
    assert "\\x1b]0;TITLE\\x07bad" in out


def test_a_glossary_warning_shows_its_name_escaped(tmp_path, capsys):
    folder = tmp_path / "glossaries"
    folder.mkdir()
    (folder / "\x1b]52;c;cHduZWQ=\x07.toml").write_text("nope", encoding="utf-8")
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    first, second = sorted(p for p in seeds.glob("*.txt"))[:2]
    assert main(["--config-dir", str(tmp_path), "align", str(first), str(second), "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert "glossary skipped" in err and "\\x1b]52;c;cHduZWQ=\\x07.toml" in err
    assert not any(c in err for c in STEERING)


def _unprivileged() -> list[str]:
    """A command prefix under which file permissions apply (root's override dropped)."""
    import shutil

    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot drop the override")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []


def test_an_unreadable_config_folder_is_reported_not_a_traceback():
    import shutil
    import subprocess
    import sys
    import tempfile

    import reader

    prefix = _unprivileged()
    from reader.paths import seeds_dir

    package_root = Path(reader.__file__).resolve().parent.parent  # the checkout, or site-packages
    first, second = sorted(seeds_dir().glob("*.txt"))[:2]
    root = Path(tempfile.mkdtemp(prefix="counterpoint-config-"))
    try:
        root.chmod(0o755)
        config = root / "config"
        (config / "themes").mkdir(parents=True)
        (config / "glossaries").mkdir()
        config.chmod(0o000)
        env = {**os.environ, "PYTHONPATH": str(package_root), "COUNTERPOINT_CONFIG_DIR": str(config),
               "COUNTERPOINT_DATA_DIR": str(root / "data")}

        def run(*args):
            return subprocess.run([*prefix, sys.executable, "-m", "reader", *args], capture_output=True,
                                  text=True, env=env, cwd="/", timeout=120)

        if run("--version").returncode != 0:
            pytest.skip("the unprivileged user cannot run the reader here")
        themes = run("themes", "--format", "json")
        aligned = run("align", str(first), str(second), "--format", "json")
    finally:
        (root / "config").chmod(0o755)
        shutil.rmtree(root)
    assert themes.returncode == 0 and "Traceback" not in themes.stderr, themes.stderr
    errors = [t["error"] for t in json.loads(themes.stdout)["themes"] if not t["valid"]]
    assert len(errors) == 1 and "config/themes: cannot read (permission denied)" in errors[0]
    assert aligned.returncode == 0 and "Traceback" not in aligned.stderr, aligned.stderr
    assert "glossaries skipped" in aligned.stderr and "Permission denied" in aligned.stderr


SAVE_THEME = """
import sys
from reader.config import ConfigError, save_setting
try:
    save_setting(sys.argv[1], "theme", "counterpoint-light")
except ConfigError as exc:
    print(exc)
"""


def test_settings_in_a_folder_that_cannot_be_looked_into_are_said_unread_and_kept():
    """config.toml in a folder the user may not search: whether it is there cannot be told, so
    its settings are said to be unread (not silently replaced by the defaults), and a save is
    refused rather than made over a file it never read."""
    import shutil
    import subprocess
    import sys
    import tempfile

    import reader

    prefix = _unprivileged()
    package_root = Path(reader.__file__).resolve().parent.parent
    root = Path(tempfile.mkdtemp(prefix="counterpoint-config-"))
    try:
        root.chmod(0o755)
        config = root / "config"
        config.mkdir()
        (config / "config.toml").write_text('granularity = "sentence"\n', encoding="utf-8")
        config.chmod(0o000)
        env = {**os.environ, "PYTHONPATH": str(package_root), "COUNTERPOINT_DATA_DIR": str(root / "data")}

        def run(*args):
            return subprocess.run([*prefix, sys.executable, *args], capture_output=True, text=True, env=env,
                                  cwd="/", timeout=120)

        if run("-m", "reader", "--version").returncode != 0:
            pytest.skip("the unprivileged user cannot run the reader here")
        themes = run("-m", "reader", "--config-dir", str(config), "themes")
        saved = run("-c", SAVE_THEME, str(config))
    finally:
        config.chmod(0o755)
        kept = (config / "config.toml").read_text(encoding="utf-8")
        shutil.rmtree(root)
    assert themes.returncode == 0 and "Traceback" not in themes.stderr
    assert f"config.toml: cannot look into {config} (Permission denied); using the default settings" in themes.stderr
    assert saved.returncode == 0 and "not saving until it is fixed" in saved.stdout, saved.stderr
    assert kept == 'granularity = "sentence"\n'


def _python_unprivileged(root: Path, *args: str):
    """`python *args`, run as a user file permissions apply to, the checkout's reader imported,
    its data folder in `root`."""
    import subprocess
    import sys

    import reader

    prefix = _unprivileged()
    env = {**os.environ, "PYTHONPATH": str(Path(reader.__file__).resolve().parent.parent),
           "COUNTERPOINT_DATA_DIR": str(root / "data")}

    def run(*run_args: str):
        return subprocess.run([*prefix, sys.executable, *run_args], capture_output=True, text=True, env=env,
                              cwd="/", timeout=120)

    if run("-m", "reader", "--version").returncode != 0:  # (a virtual environment in root's own folder)
        pytest.skip("the unprivileged user cannot run the reader here")
    return run(*args)


def test_a_lock_file_another_user_left_does_not_block_saves():
    """config.toml.lock left by another user's run (`sudo counterpoint`, its 0644 file the user
    cannot open for writing): a save still takes its turn on it, read-only, and saves, instead
    of failing for ever with "Permission denied"."""
    import shutil
    import tempfile

    if os.geteuid() != 0:
        pytest.skip("making another user's file needs root")
    root = Path(tempfile.mkdtemp(prefix="counterpoint-config-"))
    try:
        root.chmod(0o777)
        (root / "config.toml.lock").write_bytes(b"")
        (root / "config.toml.lock").chmod(0o644)  # root's: the unprivileged user may read it, not write it
        saved = _python_unprivileged(root, "-c", SAVE_THEME, str(root))
        written = (root / "config.toml").read_text(encoding="utf-8") if (root / "config.toml").exists() else ""
    finally:
        shutil.rmtree(root)
    assert saved.returncode == 0 and saved.stdout == "", (saved.stdout, saved.stderr)
    assert written == 'theme = "counterpoint-light"\n'
