"""What a person scripting the commands runs into: output to a reader that has gone away,
paths the shell would not expand, exports to devices and pipes."""

from __future__ import annotations

import os
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

