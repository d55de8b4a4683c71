"""The headless CLI: listing, locating, and one clear line with exit status 2 for bad input."""

from __future__ import annotations

import json
import os
import shutil
import sys

import pytest

from reader import __version__


def _one_line_error(result, *fragments):
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("counterpoint: error: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_list_json_shape(run_cli):
    result = run_cli("list", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 5
    for article in data["articles"]:
        assert set(article) == {"id", "path", "title", "author", "outlet", "date", "side", "passages", "url"}
        assert set(article["passages"]) == {"body", "heading", "boilerplate"}
        assert os.path.isfile(article["path"])
    sides = [a["side"] for a in data["articles"]]
    assert sides == ["pro-Armenian op-ed", "pro-Azerbaijani rebuttal", "news report",
                     "Azerbaijani analyst", "Iranian state view"]


def test_list_table_for_people(run_cli):
    result = run_cli("list", env={"COLUMNS": "120"})
    assert result.returncode == 0
    assert "Israel’s Azerbaijan Problem" in result.stdout
    assert "Iranian state view" in result.stdout


def test_list_of_given_paths_and_hostile_titles_are_not_markup(run_cli, tmp_path):
    article = tmp_path / "hostile.md"
    article.write_text("[bold]Title[/bold] [@click=app.quit]x[/] \x1b[31mred\n\nBody [/x] text.\n", encoding="utf-8")
    result = run_cli("list", str(article), "--format", "json")
    assert result.returncode == 0, result.stderr
    title = json.loads(result.stdout)["articles"][0]["title"]
    assert title == "[bold]Title[/bold] [@click=app.quit]x[/] red"
    table = run_cli("list", str(article), env={"COLUMNS": "200"})
    assert table.returncode == 0 and "[bold]Title[/bold]" in table.stdout and "\x1b" not in table.stdout


HOSTILE_NAME = "x\x1b[31mRED\u202e"
STEERING = ("\x1b", "\u202e", "\x9b")


def test_hostile_file_names_reach_no_terminal(run_cli, tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / f"{HOSTILE_NAME}.txt").write_text("", encoding="utf-8")  # title from the name too
    (folder / f"y{HOSTILE_NAME}.txt").write_text("A plain title\n\nBody text.\n", encoding="utf-8")
    result = run_cli("list", str(folder), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert not any(c in result.stdout for c in STEERING), repr(result.stdout)
    articles = json.loads(result.stdout)["articles"]
    assert [(a["id"], a["title"]) for a in articles] == [("xRED", "xRED"), ("yxRED", "A plain title")]
    # The path is the real one: a program can still open the file.
    assert [os.path.basename(a["path"]) for a in articles] == [f"{HOSTILE_NAME}.txt", f"y{HOSTILE_NAME}.txt"]
    table = run_cli("list", str(folder), env={"COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    assert not any(c in table.stdout for c in STEERING), repr(table.stdout)
    # The file name is shown as it is, its escapes spelled out rather than obeyed.
    assert "x\\x1b[31mRED\\u202e.txt" in table.stdout and "yx\\x1b[31mRED\\u202e.txt" in table.stdout


def test_locate(run_cli, tmp_path):
    seeds = run_cli("locate", "seeds")
    assert seeds.returncode == 0
    assert os.path.isfile(os.path.join(seeds.stdout.strip(), "corpus.toml"))
    themes = run_cli("locate", "themes")
    assert os.path.isdir(themes.stdout.strip())
    config = run_cli("locate", "config", env={"COUNTERPOINT_CONFIG_DIR": str(tmp_path / "c")})
    assert config.stdout.strip() == str(tmp_path / "c")
    flag = run_cli("--data-dir", str(tmp_path / "d1"), "locate", "data")
    assert flag.stdout.strip() == str(tmp_path / "d1")
    after = run_cli("locate", "data", "--data-dir", str(tmp_path / "d2"))
    assert after.stdout.strip() == str(tmp_path / "d2")
    corpus = run_cli("locate", "corpus", "--data-dir", str(tmp_path / "d3"))
    assert corpus.stdout.strip() == str(tmp_path / "d3" / "corpus")
    everything = run_cli("locate")
    assert [line.split(":")[0] for line in everything.stdout.splitlines()] == ["seeds", "themes", "config", "data",
                                                                               "corpus", "user-themes",
                                                                               "glossaries"]


def test_version_and_help(run_cli):
    assert run_cli("--version").stdout.strip() == f"counterpoint {__version__}"
    for args in (["--help"], ["list", "--help"], ["locate", "--help"]):
        result = run_cli(*args)
        assert result.returncode == 0 and "usage:" in result.stdout


@pytest.mark.parametrize("args", [["list"], ["locate"], ["align"], ["themes"], ["bookmarks"],
                                  ["bookmarks", "list"], ["bookmarks", "add"], ["themes", "--theme", "x"]])
def test_version_after_any_subcommand(args, capsys):
    from reader.cli.main import main

    with pytest.raises(SystemExit) as stop:
        main([*args, "--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"counterpoint {__version__}"


def _global_value_options() -> list[str]:
    """Global options that take a value, read from the parser `add_global_options` fills (not
    from what it returns), so an option declared there but unknown to dispatch shows up here."""
    import argparse

    from reader.cli.common import add_global_options

    probe = argparse.ArgumentParser(add_help=False)
    add_global_options(probe, nested=False)
    return [flag for action in probe._actions if action.nargs != 0 for flag in action.option_strings]


def test_global_option_values_before_a_subcommand_are_not_taken_for_paths(capsys):
    from reader.cli.main import main
    from reader.paths import seeds_dir

    options = _global_value_options()
    assert {"--config-dir", "--data-dir"} <= set(options)
    for option in options:
        assert main([option, "not-a-command", "locate", "seeds"]) == 0, option
        assert capsys.readouterr().out.strip() == str(seeds_dir())
    # --theme takes a value too, but only the reader and `themes` accept it.
    assert main(["--theme", "locate", "themes"]) == 0
    assert main(["--theme", "x", "locate", "seeds"]) == 2
    assert "--theme is for opening the reader" in capsys.readouterr().err


def test_a_global_option_added_later_is_known_to_dispatch(monkeypatch, capsys):
    import argparse

    import reader.cli.main as cli_main

    declared = cli_main.add_global_options

    def with_one_more(parser, *, nested):
        extra = parser.add_argument("--extra", metavar="X", default=argparse.SUPPRESS if nested else None)
        return [*declared(parser, nested=nested), extra]

    monkeypatch.setattr(cli_main, "add_global_options", with_one_more)
    assert cli_main.main(["--extra", "value", "locate", "seeds"]) == 0
    assert capsys.readouterr().out.strip().endswith("seeds")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_narrow_output_encoding_escapes_instead_of_failing(run_cli, encoding):
    env = {"PYTHONIOENCODING": encoding, "COLUMNS": "120"}
    from reader.paths import seeds_dir

    seeds = seeds_dir()  # inside the installed package, or the checkout's seeds/
    wide = json.loads(run_cli("list", "--format", "json").stdout)
    narrow = run_cli("list", "--format", "json", env=env, encoding=encoding)
    assert narrow.returncode == 0 and "Traceback" not in narrow.stderr, narrow.stderr
    assert json.loads(narrow.stdout) == wide  # \\u escapes are still the same JSON strings
    for args in (["list"], ["themes"], ["bookmarks", "list"], ["bookmarks", "export", "--format", "json"],
                 ["align", f"{seeds}/000_717389ecb0dc4e94.txt", f"{seeds}/001_c164a2009160c68c.txt",
                  "--format", "markdown"]):
        result = run_cli(*args, env=env, encoding=encoding)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (args, result.stderr)
        assert result.stdout.strip(), args


def test_missing_path(run_cli, tmp_path):
    _one_line_error(run_cli("list", str(tmp_path / "nope.txt")), "nope.txt", "no such file")


def test_directory_without_articles(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    _one_line_error(run_cli("list", str(tmp_path / "empty")), "no articles")


def test_a_folders_readme_licence_and_hidden_files_are_not_articles_unless_listed(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("A title\n\nThe talks ended without a deal.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nArticles on the talks.\n", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("All rights reserved.\n", encoding="utf-8")
    (tmp_path / ".#draft.md").write_text("# A draft\n\nNot ready.\n", encoding="utf-8")  # an editor's lock
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X" + bytes(512))  # binary
    data = json.loads(run_cli("list", str(tmp_path), "--format", "json").stdout)
    assert [a["id"] for a in data["articles"]] == ["a"]
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "README.md"\n\n[[article]]\nfile = ".#draft.md"\n',
                                          encoding="utf-8")
    data = json.loads(run_cli("list", str(tmp_path), "--format", "json").stdout)
    assert [a["title"] for a in data["articles"]] == ["About this folder", "A draft", "A title"]


def test_binary_file(run_cli, tmp_path):
    blob = tmp_path / "image.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _one_line_error(run_cli("list", str(blob)), "image.txt", "binary")


def test_a_broken_file_in_a_folder_is_left_out_with_a_warning_and_named_alone_refused(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("A title\n\nThe talks ended without a deal.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another\n\nThe talks went on.\n", encoding="utf-8")
    blob = tmp_path / "image.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    listed = run_cli("list", str(tmp_path), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [a["id"] for a in json.loads(listed.stdout)["articles"]] == ["a", "b"]
    assert "image.txt" in listed.stderr and "PNG image" in listed.stderr and "left out" in listed.stderr
    mapped = run_cli("map", str(tmp_path), "--format", "json")
    assert mapped.returncode == 0 and "left out" in mapped.stderr, mapped.stderr
    _one_line_error(run_cli("list", str(blob), str(tmp_path)), "image.txt", "PNG image")  # named, so wanted
    (tmp_path / "a.txt").unlink()
    (tmp_path / "b.txt").unlink()
    _one_line_error(run_cli("list", str(tmp_path)), "image.txt", "PNG image")  # nothing else to show


def test_a_folder_of_exports_beside_the_articles_is_told_in_one_line_and_a_broken_file_alone(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("A title\n\nThe talks ended without a deal.\n", encoding="utf-8")
    for name in ("bookmarks.json", "links.json", "alignment.json"):
        (tmp_path / name).write_text(json.dumps({"bookmarks": [{"id": 1, "quote": "the talks"}]}), encoding="utf-8")
    (tmp_path / "bookmarks.md").write_text("# Bookmarks\n\nNo bookmarks yet.\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    listed = run_cli("list", str(tmp_path), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stderr.strip().splitlines()
    assert len(lines) == 2, listed.stderr
    told = next(line for line in lines if "JSON or Markdown" in line)
    assert "4 JSON or Markdown files left out" in told and "alignment.json" in told  # how many, the first
    assert any("image.txt" in line and "PNG image" in line for line in lines)  # told alone, as before


def test_a_folders_corpus_toml_named_opens_the_corpus_it_describes(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("A title\n\nThe talks ended without a deal.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another\n\nThe talks went on.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "b.txt"\nside = "north"\n', encoding="utf-8")
    data = json.loads(run_cli("list", str(tmp_path / "corpus.toml"), "--format", "json").stdout)
    assert [(a["id"], a["side"]) for a in data["articles"]] == [("b", "north"), ("a", "")]


def _main_as_unprivileged_user(argv: list[str]) -> tuple[int, str]:
    """Run the CLI in a forked child that has given up root (root can read any file)."""
    import io
    import pwd

    # Import everything the command needs first: after dropping root the child may not be
    # allowed into the directory the package is installed in.
    import importlib

    from reader.cli.main import COMMANDS, main

    for module in COMMANDS.values():
        importlib.import_module(module)

    uid = pwd.getpwnam("nobody").pw_uid
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop privileges, run, report stderr through the pipe
        code = 70
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            sys.stderr = io.StringIO()
            code = main(argv)
            os.write(write_end, sys.stderr.getvalue().encode())
        except BaseException as exc:  # report, so a failure here is readable in the parent
            os.write(write_end, f"child failed: {exc!r}".encode())
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        stderr = pipe.read()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), stderr


def test_unreadable_file(capsys):
    import tempfile
    from pathlib import Path
    from types import SimpleNamespace

    folder = Path(tempfile.mkdtemp(prefix="counterpoint-unreadable-"))
    try:
        folder.chmod(0o755)
        secret = folder / "secret.txt"
        secret.write_text("A perfectly good article.\n", encoding="utf-8")
        secret.chmod(0)
        if os.geteuid() == 0:
            code, stderr = _main_as_unprivileged_user(["list", str(secret)])
        else:
            from reader.cli.main import main

            code = main(["list", str(secret)])
            stderr = capsys.readouterr().err
    finally:
        shutil.rmtree(folder)
    _one_line_error(SimpleNamespace(returncode=code, stderr=stderr), "secret.txt", "permission denied")


def test_bad_flag_value_is_one_line(run_cli):
    _one_line_error(run_cli("list", "--format", "xml"), "invalid choice")


def test_malformed_manifest_names_file_and_line(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("An article.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "a.txt"\ntitle = \n', encoding="utf-8")
    _one_line_error(run_cli("list", str(tmp_path)), "corpus.toml", "line 3")


def test_a_file_listed_twice_in_a_manifest_is_one_line(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("An article.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "a.txt"\n\n[[article]]\nfile = "./a.txt"\n',
                                          encoding="utf-8")
    _one_line_error(run_cli("list", str(tmp_path)), "corpus.toml", "listed already, as article 1")


def test_empty_file_loads_as_empty_article(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_cli("list", str(empty), "--format", "json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)["articles"][0]
    assert article["title"] == "empty" and article["passages"] == {"body": 0, "heading": 0, "boilerplate": 0}


def test_huge_single_line_file_loads(tmp_path):
    from reader.corpus import load_paths
    from reader.corpus.segment import MAX_PARAGRAPH_CHARS

    huge = tmp_path / "huge.txt"
    sentence = "Azerbaijan and Armenia exchanged fire along the contact line near Tovuz. "
    huge.write_text(sentence * 200_000, encoding="utf-8")  # ~15 MB on one line, no newline
    article = load_paths([huge]).articles[0]
    # One line with no paragraph is cut into bounded passages at sentence ends, nothing lost.
    assert len(article.passages) > 1 and article.passages[-1].end == len(article.text.rstrip())
    assert all(p.end - p.start <= MAX_PARAGRAPH_CHARS and p.text.endswith("Tovuz.") for p in article.passages)
    assert article.title.startswith("Azerbaijan and Armenia exchanged fire")


def test_directory_manifest_and_extra_files(run_cli, tmp_path):
    shutil.copy(os.path.join(run_cli("locate", "seeds").stdout.strip(), "000_717389ecb0dc4e94.txt"), tmp_path)
    (tmp_path / "zz_extra.md").write_text("# An extra piece\n\nWith one paragraph.\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text(
        '[[article]]\nfile = "000_717389ecb0dc4e94.txt"\nid = "oped"\nside = "op-ed"\n', encoding="utf-8")
    data = json.loads(run_cli("list", str(tmp_path), "--format", "json").stdout)
    assert [(a["id"], a["side"], a["title"]) for a in data["articles"]] == [
        ("oped", "op-ed", "Israel’s Azerbaijan Problem"), ("zz_extra", "", "An extra piece")]
