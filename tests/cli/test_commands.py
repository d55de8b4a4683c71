"""Article ids wherever paths go, "did you mean" for typos, and --theme only where it applies."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.paths import seeds_dir


def _folder(tmp_path: Path, ids=("oped", "report")) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    entries = []
    for n, aid in enumerate(ids):
        (folder / f"{n}.txt").write_text(f"Title {aid}\n\nThe ministry in Baku confirmed the oil deal ({aid}).\n",
                                         encoding="utf-8")
        entries.append(f'[[article]]\nfile = "{n}.txt"\nid = "{aid}"\nauthor = "Author {n}"\n')
    (folder / "corpus.toml").write_text("\n".join(entries), encoding="utf-8")
    return folder


def test_seed_ids_and_unique_starts_are_accepted(counterpoint, seed_ids):
    by_path = counterpoint("list", seeds_dir() / f"{seed_ids[0]}.txt", "--format", "json").json()
    assert counterpoint("list", seed_ids[0], "--format", "json").json() == by_path
    assert counterpoint("list", seed_ids[0][:5], "--format", "json").json() == by_path
    paths = [str(seeds_dir() / f"{i}.txt") for i in (seed_ids[0], seed_ids[3])]
    assert (counterpoint("align", seed_ids[0], seed_ids[3], "--format", "json").json()
            == counterpoint("align", *paths, "--format", "json").json())


def test_an_ambiguous_id_says_which(counterpoint, seed_ids):
    line = counterpoint("align", "00", seed_ids[1]).one_line_error()
    assert "'00' could be any of" in line and seed_ids[0] in line and "the bundled seeds" in line


def test_ids_from_a_folders_manifest(counterpoint, tmp_path):
    folder = _folder(tmp_path)
    listed = counterpoint("list", folder / "oped", "--format", "json").json()["articles"]
    assert [(a["id"], a["path"]) for a in listed] == [("oped", str((folder / "0.txt").resolve()))]
    assert "oped · 0.txt" in counterpoint("list", folder).out  # the table shows the id to type
    # A bare id from inside the folder; its manifest and the seeds are both searched.
    here = counterpoint("list", "report", "--format", "json", cwd=folder).json()["articles"]
    assert here[0]["author"] == "Author 1"
    assert counterpoint("bookmarks", "add", "oped", "--quote", "the MINISTRY in baku", cwd=folder).out == "1\n"
    [item] = counterpoint("bookmarks", "list", "--format", "json").json()["bookmarks"]
    assert item["path"] == str((folder / "0.txt").resolve()) and item["quote"] == "The ministry in Baku"


def test_an_id_in_the_folder_and_the_seeds_is_ambiguous(counterpoint, tmp_path, seed_ids):
    folder = _folder(tmp_path, ids=(seed_ids[2], "other"))
    line = counterpoint("list", seed_ids[2], cwd=folder).one_line_error()
    assert "./corpus.toml" in line and "the bundled seeds" in line


def test_unknown_name_is_still_no_such_file(counterpoint):
    assert "no such file or directory" in counterpoint("list", "nothing-like-this").one_line_error()


@pytest.mark.parametrize("args, guess", [(["lst"], "list"), (["bookmark", "list"], "bookmarks"),
                                         (["algin", "a", "b"], "align"), (["bookmarks", "lst"], "list"),
                                         (["bookmarks", "exprot"], "export")])
def test_did_you_mean(counterpoint, args, guess):
    line = counterpoint(*args).one_line_error()
    assert f"did you mean '{guess}'?" in line and "no such file" not in line


@pytest.mark.parametrize("args, where", [(["align", "a.txt", "b.txt", "--bogus"], "counterpoint align --help"),
                                         (["bookmarks", "list", "--bogus"], "counterpoint bookmarks list --help"),
                                         (["map", "--bogus"], "counterpoint map --help")])
def test_an_unknown_option_points_at_its_subcommands_help(counterpoint, args, where):
    line = counterpoint(*args).one_line_error()
    assert "unrecognized arguments: --bogus" in line and line.endswith(f"(see {where})")


def test_an_existing_path_is_never_taken_for_a_typo(counterpoint, tmp_path):
    (tmp_path / "lst").mkdir()
    line = counterpoint("lst").one_line_error()
    assert "no articles here" in line and "did you mean" not in line


def test_theme_only_where_it_applies(counterpoint):
    for args in (["list"], ["locate"], ["align"], ["bookmarks"], ["bookmarks", "list"]):
        assert "--theme" not in counterpoint(*args, "--help").out, args
    assert "--theme" in counterpoint("themes", "--help").out
    assert "--theme" in counterpoint("--help").out
    assert "--theme" in counterpoint("list", "--theme", "x").one_line_error()
    assert "is for opening the reader" in counterpoint("--theme", "x", "list").one_line_error()
    assert counterpoint("themes", "--theme", "counterpoint-light", "--format", "json").status == 0


def test_no_pager_is_accepted_everywhere_it_could_matter(counterpoint):
    assert counterpoint("--no-pager", "locate", "seeds").status == 0
    assert counterpoint("bookmarks", "list", "--no-pager", "--format", "json").status == 0


def test_the_reader_without_a_terminal_is_one_line_not_a_hang(run_cli):
    """Input from /dev/null (a script, a cron job): the reader would wait for keys forever."""
    import subprocess

    for args in ([], ["000", "001"]):
        done = run_cli(*args, stdin=subprocess.DEVNULL, timeout=30)
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "needs a terminal" in done.stderr


def _clips(tmp_path: Path) -> Path:
    """A folder without manifest holding a page and a Markdown file of one stem, `oped`."""
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "oped.html").write_text(
        "<html><head><title>The Dam Is a Land Grab</title></head><body><article><h1>The Dam Is a Land Grab</h1>"
        "<p>The council calls its dam a water project, but for the farmers of the valley it is a land grab "
        "dressed up as planning, and more than three hundred of them said so outside the hall.</p>"
        "</article></body></html>", encoding="utf-8")
    (folder / "oped.md").write_text("# The Dam Is a Land Grab\n\nThe council calls its dam a water project.\n",
                                    encoding="utf-8")
    return folder


def test_the_ids_list_shows_for_a_folder_without_manifest_are_accepted(counterpoint, tmp_path):
    """`counterpoint list FOLDER` shows an id to type beside a file whose name another file of
    the folder shares (`oped-2 · oped.md`); that id, and a file's stem, work wherever a path
    goes, from inside the folder or as FOLDER/ID, as those of a corpus.toml do."""
    folder = _clips(tmp_path)
    (folder / "report.txt").write_text("Council Approves Dam\n\nThe council voted to build a dam.\n",
                                       encoding="utf-8")
    listed = counterpoint("list", folder, "--format", "json").json()["articles"]
    ids = {a["id"]: a["path"] for a in listed}
    assert ids == {"oped": str((folder / "oped.html").resolve()), "oped-2": str((folder / "oped.md").resolve()),
                   "report": str((folder / "report.txt").resolve())}
    assert "oped-2 · oped.md" in counterpoint("list", folder).out
    for aid, path in ids.items():
        inside = counterpoint("list", aid, "--format", "json", cwd=folder).json()["articles"]
        assert [a["path"] for a in inside] == [path]
        beside = counterpoint("list", f"clips/{aid}", "--format", "json", cwd=tmp_path).json()["articles"]
        assert [a["path"] for a in beside] == [path]
    assert counterpoint("align", "rep", "oped-2", "--format", "json", cwd=folder).json()["b"]["path"] == ids["oped-2"]
    line = counterpoint("list", "op", cwd=folder).one_line_error()
    assert "'op' could be any of" in line and "oped" in line and "oped-2" in line


def test_ids_do_not_depend_on_the_order_files_are_named_in(counterpoint, tmp_path):
    """Two files sharing a stem get the ids the folder gives them, whatever order the files are
    named in, and whether they are named one by one or by their folder; files of two folders
    sharing a name likewise get theirs by folder, not by the order on the command line."""
    folder = _clips(tmp_path)
    (folder / "a.txt").write_text("Council Votes\n\nThe council voted for the dam.\n", encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Farmers Object\n\nThe farmers of the valley object to the dam.\n",
                                 encoding="utf-8")

    def ids(*args):
        return {a["id"]: a["path"] for a in counterpoint("list", *args, "--format", "json").json()["articles"]}

    by_folder = ids(folder)
    assert by_folder["oped"].endswith("oped.html") and by_folder["oped-2"].endswith("oped.md")
    for names in (["a.txt", "oped.md", "oped.html"], ["oped.html", "a.txt", "oped.md"],
                  ["oped.md", "oped.html", "a.txt"]):
        assert ids(*(folder / n for n in names)) == by_folder, names
    both = ids(folder / "a.txt", other / "a.txt")
    assert ids(other / "a.txt", folder / "a.txt") == both
    assert ids(other, folder) == ids(folder, other)


def test_a_relative_data_or_config_folder_is_located_as_the_absolute_path_it_is(counterpoint, tmp_path):
    """`COUNTERPOINT_DATA_DIR=notes counterpoint locate data` printed "notes": which notes, once
    the shell has moved elsewhere, it did not say."""
    env = {"COUNTERPOINT_DATA_DIR": "notes", "COUNTERPOINT_CONFIG_DIR": "settings"}
    assert counterpoint("--no-pager", "locate", "data", env=env).out.strip() == str(tmp_path / "notes")
    assert counterpoint("--no-pager", "locate", "config", env=env).out.strip() == str(tmp_path / "settings")
    assert (counterpoint("--no-pager", "--data-dir", "elsewhere", "locate", "corpus").out.strip()
            == str(tmp_path / "elsewhere" / "corpus"))
