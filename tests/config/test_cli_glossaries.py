"""`counterpoint glossaries`: the user's glossary files, what each holds, and what is wrong
with the broken ones (which aligning skips with a warning)."""

from __future__ import annotations

import json

from reader.cli.main import main

KYIV = '# mine\n[[group]]\nname = "Kyiv"\nterms = ["Kyiv", "Kiev"]\n\n[[group]]\nterms = ["Artsakh", "Nagorno-Karabakh", "the enclave"]\n'


def folder(tmp_path):
    glossaries = tmp_path / "glossaries"
    glossaries.mkdir()
    (glossaries / "places.toml").write_text(KYIV, encoding="utf-8")
    (glossaries / "broken.toml").write_text('[[group]]\nterms = "Kyiv"\n', encoding="utf-8")
    (glossaries / "notes.txt").write_text("not a glossary", encoding="utf-8")
    return glossaries


def test_json_lists_each_file_with_its_groups_and_problems(tmp_path, capsys):
    glossaries = folder(tmp_path)
    assert main(["glossaries", "--format", "json", "--config-dir", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["folder"] == str(glossaries)
    by_name = {g["path"].rsplit("/", 1)[1]: g for g in data["glossaries"]}
    assert sorted(by_name) == ["broken.toml", "places.toml"]
    assert by_name["places.toml"] == {"path": str(glossaries / "places.toml"), "valid": True, "error": None,
                                      "groups": 2, "terms": 5}
    broken = by_name["broken.toml"]
    assert not broken["valid"] and "broken.toml" in broken["error"] and broken["groups"] is None


def test_table_names_files_and_says_where_they_go_when_there_are_none(tmp_path, capsys):
    folder(tmp_path)
    assert main(["glossaries", "--config-dir", str(tmp_path)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "places.toml" in out and "broken.toml" in out and "2 groups" in out
    empty = tmp_path / "empty"
    assert main(["glossaries", "--config-dir", str(empty)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and f"no glossaries in {empty / 'glossaries'}" in captured.err


def test_a_file_in_place_of_the_folder_is_an_error_not_no_glossaries(tmp_path, capsys):
    """A glossaries folder that cannot be there, or cannot be read, is not "no glossaries"."""
    (tmp_path / "glossaries").write_text("not a folder", encoding="utf-8")
    config_file = tmp_path / "config.toml"
    config_file.write_text("", encoding="utf-8")
    for config_dir in (tmp_path, config_file):
        for fmt in ("table", "json"):
            assert main(["glossaries", "--format", fmt, "--config-dir", str(config_dir)]) == 2
            out, err = capsys.readouterr()
            assert out == ""
            [line] = err.strip().splitlines()
            assert line.startswith("counterpoint: error: ") and "is a file, not a folder" in line, line


def test_a_folder_that_cannot_be_read_is_an_error_not_no_glossaries(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    import pytest

    import reader

    prefix = []
    if os.geteuid() == 0:  # root reads any folder: in a user namespace it is no longer root's
        if not shutil.which("unshare") or subprocess.run(["unshare", "--user", "true"]).returncode != 0:
            pytest.skip("running as root without user namespaces")
        prefix = ["unshare", "--user"]
    folder(tmp_path).chmod(0)
    try:
        done = subprocess.run([*prefix, sys.executable, "-m", "reader", "glossaries", "--config-dir", str(tmp_path)],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(os.path.dirname(os.path.dirname(reader.__file__)))})
    finally:
        (tmp_path / "glossaries").chmod(0o755)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    assert "cannot read the folder" in done.stderr
