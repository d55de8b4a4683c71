"""What a person scripting the commands runs into: output to a reader that has gone away,
paths the shell would not expand, exports to devices and pipes."""

from __future__ import annotations

import json
import os
import stat
import subprocess

import pytest

from .conftest import _entry_point

OPED = ("Velmar Dam Breach Was Sabotage, Ministry Says\n\n"
        "The interior ministry said the breach of the Velmar Dam on 3 March was caused by explosives "
        "placed by saboteurs on the spillway gates.\n\n"
        "More than 40 villages downstream were flooded, and at least 212 people died, the ministry said.\n")
REPLY = ("Neglect Broke the Velmar Dam\n\n"
         "Engineers warned for a decade that the spillway gates of the Velmar Dam had not been serviced.\n\n"
         "The collapse on 3 March flooded dozens of villages; local doctors counted 97 dead.\n")


@pytest.fixture
def pair(tmp_path):
    a, b = tmp_path / "oped.txt", tmp_path / "reply.txt"
    a.write_text(OPED, encoding="utf-8")
    b.write_text(REPLY, encoding="utf-8")
    return a, b


def _into_closed_pipe(args, cwd) -> subprocess.CompletedProcess:
    """Run counterpoint with stdout a pipe whose reader has already gone (`| head` that quit)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([_entry_point(), *map(str, args)], stdout=write_end, stderr=subprocess.PIPE,
                              cwd=cwd, text=True, timeout=120)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [
    ["list", "{a}", "{b}"],
    ["list", "--format", "json", "{a}", "{b}"],
    ["align", "{a}", "{b}"],
    ["align", "--format", "markdown", "{a}", "{b}"],
    ["words", "{a}", "{b}"],
    ["map", "{a}", "{b}"],
    ["map", "--format", "csv", "{a}", "{b}"],
    ["bookmarks", "list"],
    ["links", "list"],
    ["themes"],
    ["locate"],
])
def test_output_to_a_reader_that_quit_ends_quietly_and_alike(pair, tmp_path, args):
    a, b = pair
    done = _into_closed_pipe([arg.format(a=a, b=b) for arg in args], tmp_path)
    assert (done.returncode, done.stderr) == (0, "")


NO_USER = "~no-such-user-here"


@pytest.mark.parametrize("args", [
    ["list", f"{NO_USER}/oped.txt"],
    ["align", f"{NO_USER}/oped.txt", "{a}"],
    ["words", "{a}", f"{NO_USER}/reply.txt"],
    ["map", "{a}", f"{NO_USER}/reply.txt"],
    ["bookmarks", "add", f"{NO_USER}/oped.txt", "--quote", "Velmar"],
    ["align", "{a}", "{b}", "--glossary", f"{NO_USER}/glossary.toml"],
    ["add", "--to", f"{NO_USER}/corpus", f"{NO_USER}/page.html"],
    [f"{NO_USER}/oped.txt"],
])
def test_a_tilde_for_no_such_user_is_no_such_file(counterpoint, pair, args):
    a, b = pair
    error = counterpoint(*(arg.format(a=a, b=b) for arg in args)).one_line_error()
    assert NO_USER in error



@pytest.fixture
def decided(counterpoint, pair):
    """One bookmark and one link decision on the pair, for the exports to hold."""
    a, b = pair
    assert counterpoint("bookmarks", "add", a, "--quote", "212 people died").status == 0
    assert counterpoint("links", "add", a, b, "--quote-a", "212 people died", "--quote-b", "97 dead").status == 0
    return pair


EXPORTS = [["bookmarks", "export", "--format", "json"], ["links", "export", "--format", "json"]]


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_to_dev_stdout_is_written_there(counterpoint, decided, export):
    done = counterpoint(*export, "-o", "/dev/stdout")
    assert done.status == 0, done.err
    assert len(json.loads(done.out)[export[0] if export[0] == "bookmarks" else "decisions"]) == 1


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_into_a_fifo_feeds_its_reader_and_leaves_the_fifo(counterpoint, decided, tmp_path, export):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    try:
        import time

        deadline = time.monotonic() + 30
        done = counterpoint(*export, "-o", fifo)
        while done.status == 2 and "nothing reads" in done.err and time.monotonic() < deadline:
            time.sleep(0.1)  # cat has not opened the FIFO yet
            done = counterpoint(*export, "-o", fifo)
        received, _ = reader.communicate(timeout=30)
    finally:
        reader.kill()
    assert done.status == 0, done.err
    assert json.loads(received)["version"] == 1
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not replaced by a file


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_into_a_fifo_nobody_reads_is_refused_not_waited_on(counterpoint, decided, tmp_path, export):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    assert "FIFO" in counterpoint(*export, "-o", fifo, timeout=30).one_line_error()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("export", EXPORTS)
def test_the_exported_to_line_shows_the_file_name_safely(counterpoint, decided, tmp_path, export):
    target = tmp_path / "out\x1b[31mred.json"
    done = counterpoint(*export, "-o", target)
    assert done.status == 0, done.err
    assert "\x1b" not in done.err and "exported 1 " in done.err
    assert json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("export", EXPORTS)
def test_an_export_over_an_earlier_one_replaces_it_whole(counterpoint, decided, tmp_path, export):
    target = tmp_path / "out.json"
    assert counterpoint(*export, "-o", target).status == 0
    longer = json.loads(target.read_text(encoding="utf-8")) | {"comment": "x" * 100_000}  # a longer one
    target.write_text(json.dumps(longer), encoding="utf-8")
    target.chmod(0o640)
    assert counterpoint(*export, "-o", target).status == 0
    assert json.loads(target.read_text(encoding="utf-8")) and "x" * 100 not in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_data_dir_flag_holds_the_store_of_extracted_pages_too(counterpoint, tmp_path):
    from tests.web.web_pages import META

    saved = tmp_path / "talks.html"
    saved.write_text(META, encoding="utf-8")
    named, environment = tmp_path / "named", tmp_path / "from-env"
    done = counterpoint("list", "--data-dir", named, saved, env={"COUNTERPOINT_DATA_DIR": str(environment)})
    assert done.status == 0, done.err
    assert list((named / "pages").rglob("*.json"))
    assert not environment.exists()


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "high"])
def test_words_min_z_must_be_a_number_from_0(counterpoint, pair, value):
    assert "--min-z" in counterpoint("words", *pair, f"--min-z={value}").one_line_error()


@pytest.mark.parametrize("command", ["align", "words"])
def test_a_folder_for_an_article_is_named_with_the_command_it_was_given_to(counterpoint, pair, tmp_path, command):
    error = counterpoint(command, tmp_path, pair[0]).one_line_error()
    assert "is a directory" in error and not (command != "align" and "align" in error)


def test_every_id_list_shows_can_be_typed(counterpoint, pair, tmp_path):
    a, b = pair  # oped.txt takes the id "reply" in corpus.toml: reply.txt becomes reply-2
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "oped.txt"\nid = "reply"\n\n'
                                          '[[article]]\nfile = "reply.txt"\n', encoding="utf-8")
    listed = counterpoint("list", "--format", "json", tmp_path).json()["articles"]
    assert [x["id"] for x in listed] == ["reply", "reply-2"]
    for item in listed:
        again = counterpoint("list", "--format", "json", item["id"]).json()["articles"]
        assert [x["path"] for x in again] == [item["path"]]


def test_a_glossary_corpus_toml_names_but_lacks_is_named_in_the_warning(counterpoint, pair, tmp_path):
    (tmp_path / "corpus.toml").write_text('glossary = "terms.toml"\n\n[[article]]\nfile = "oped.txt"\n\n'
                                          '[[article]]\nfile = "reply.txt"\n', encoding="utf-8")
    done = counterpoint("align", "--format", "json", *pair)
    assert done.status == 0 and "terms.toml" in done.err, done.err


def test_one_article_is_counted_as_one(counterpoint, pair):
    assert counterpoint("list", pair[0]).out.splitlines()[0] == "1 article"
    assert counterpoint("list", *pair).out.splitlines()[0] == "2 articles"


@pytest.mark.parametrize("args", [
    ["--data-dir", "", "bookmarks", "add", "{a}", "--quote", "Velmar"],
    ["bookmarks", "add", "--data-dir", "", "{a}", "--quote", "Velmar"],
    ["--config-dir", "", "links", "teach", "breach", "collapse"],
    ["add", "--to", "", "{a}.html"],
])
def test_an_empty_folder_path_is_refused_not_taken_for_the_default(counterpoint, pair, args, isolated_user_dirs):
    a, _ = pair
    assert "empty path" in counterpoint(*(arg.format(a=a) for arg in args)).one_line_error()
    assert not list(isolated_user_dirs.rglob("*.*"))  # nothing written where the defaults are


def test_a_data_dir_flag_holds_for_its_own_run_only(tmp_path, isolated_user_dirs, monkeypatch, capsys):
    from reader.cli.main import main

    monkeypatch.chdir(tmp_path)
    assert main(["locate", "data", "--data-dir", str(tmp_path / "named")]) == 0
    assert main(["locate", "data"]) == 0  # in the same process, as a program embedding main runs it
    assert capsys.readouterr().out.splitlines() == [str(tmp_path / "named"), str(isolated_user_dirs / "data")]


# Sends the process a real SIGINT the moment the command line's main module starts importing:
# the first fraction of a second of every command, where a Ctrl-C used to print a traceback.
_CTRL_C_WHILE_STARTING = """
import os, signal, sys

signal.signal(signal.SIGINT, signal.default_int_handler)  # as a terminal starts it (a job in the background ignores it)

class CtrlCWhileImporting:
    def find_spec(self, name, path=None, target=None):
        if name == "reader.cli.main":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, CtrlCWhileImporting())
sys.argv = ["counterpoint", "list"]
if "{how}" == "script":
    from importlib.metadata import entry_points
    sys.exit(entry_points(group="console_scripts")["counterpoint"].load()())
import runpy
runpy.run_module("reader", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("how", ["script", "module"])
def test_ctrl_c_while_the_command_line_starts_is_one_line(tmp_path, how):
    """A Ctrl-C pressed as `counterpoint` (or `python -m reader`) starts says "interrupted" in one
    line with status 130, as one pressed later does."""
    import sys

    done = subprocess.run([sys.executable, "-c", _CTRL_C_WHILE_STARTING.replace("{how}", how)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert (done.returncode, done.stderr) == (130, "counterpoint: error: interrupted\n")
