"""`y` and `Y` copy the passage as the one sanitiser left it (no escape, control or bidi
override; markup and right-to-left text as written), and say honestly how: Textual sends the
copy to the terminal (OSC 52) and cannot hear whether it took it, so where the terminal is
known not to (macOS Terminal, VTE terminals, the Linux console, tmux without set-clipboard)
a clipboard program copies it, or the room says it was not copied."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from pathlib import Path

import pytest

from tui_helpers import assert_terminal_safe, covers, notices, reading_room, settle

from reader.corpus import load_paths

MARKET = ("The market at Dunhallow \x1b[31mopened\x1b[0m \x9b2J at dawn [bold]as ever[/bold] "
          "[@click=app.quit]x[/] \u202egnol\u202c and שוק פתוח and سوق مفتوح; the\x07 stalls\x00 were full.")
HARBOUR = "The harbour of Dunhallow opened at dawn and the stalls were full."
# Another kind of passage: a quoted line with a tab, an OSC title change and Persian.
VOTE = "“We vote\ttoday,” said the clerk.\x1b]0;owned\x07 رای امروز است \u2066isolated\u2069."
BALLOT = "The clerk said the vote is today."


def write_pair(folder, first: str, second: str):
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(first + "\n\nSecond paragraph about the weather.\n", encoding="utf-8")
    (folder / "b.txt").write_text(second + "\n\nAnother paragraph about the weather.\n", encoding="utf-8")
    return load_paths([folder / "a.txt", folder / "b.txt"])


def fake_program(folder, name: str, fails: bool = False):
    """An executable `name` in `folder` that writes its input to `folder/copied` (or fails)."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text("#!/bin/sh\n" + ("exit 1\n" if fails else f"cat > '{folder / 'copied'}'\n"))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder / "copied"


async def copied_first(make_app, corpus, keys=("g", "y")):
    app = make_app(corpus)
    async with reading_room(app, (120, 30)) as (pilot, screen):
        screen.active = 0
        await pilot.press(*keys)
        await settle(pilot)
        return app.clipboard, notices(app)[-1]


async def test_what_is_copied_is_the_sanitised_passage(make_app, tmp_path):
    covers("passage.copy", "passage.copy-cited")
    for n, (first, second, kept) in enumerate(((MARKET, HARBOUR, ["[bold]as ever[/bold]", "שוק פתוח", "سوق مفتوح"]),
                                               (VOTE, BALLOT, ["We vote", "رای امروز است"]))):
        corpus = write_pair(tmp_path / f"pair{n}", first, second)
        for keys in (("g", "y"), ("g", "Y")):
            text, said = await copied_first(make_app, corpus, keys)
            assert_terminal_safe(text)
            assert not any(ord(c) < 32 and c not in "\n\t" for c in text)
            assert all(piece in text for piece in kept), (keys, text)
            assert said.startswith("Copied passage 1 of 2") and said.endswith("to the clipboard.")


async def test_a_terminal_that_takes_no_copy_gets_a_clipboard_program(make_app, tmp_path, monkeypatch):
    covers("passage.copy")
    corpus = write_pair(tmp_path / "pair", HARBOUR, MARKET)
    tools = tmp_path / "bin"
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    monkeypatch.delenv("SSH_TTY", raising=False)
    monkeypatch.setenv("TERM_PROGRAM", "Apple_Terminal")
    copied = fake_program(tools, "pbcopy")
    text, said = await copied_first(make_app, corpus)
    assert copied.read_text(encoding="utf-8") == text == HARBOUR
    assert said.startswith("Copied passage 1 of 2") and "with pbcopy" in said and "macOS Terminal" in said


async def test_without_a_program_the_room_says_it_did_not_copy(make_app, tmp_path, monkeypatch):
    covers("passage.copy")
    corpus = write_pair(tmp_path / "pair", HARBOUR, MARKET)
    tools = tmp_path / "bin"
    monkeypatch.setenv("PATH", str(tools))  # no clipboard program to be found
    for name, value in (("VTE_VERSION", "7600"), ("TERM", "linux")):
        monkeypatch.setenv(name, value)
        _, said = await copied_first(make_app, corpus)
        assert said.startswith("Not copied:") and "select the text with the mouse" in said
        monkeypatch.delenv(name)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("TMUX", "/tmp/tmux-1000/default,1,0")
    fake_program(tools, "pbcopy", fails=True)  # a program that fails is no copy either
    _, said = await copied_first(make_app, corpus)
    assert said.startswith("Not copied: tmux") and "set-clipboard on" in said
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 22 10.0.0.2 22")  # a far clipboard: not run
    copied = fake_program(tools, "pbcopy")
    _, said = await copied_first(make_app, corpus)
    assert said.startswith("Not copied") and not copied.exists()
    assert "over SSH" in said and "no clipboard program" not in said  # there is one, rightly not run
    monkeypatch.delenv("SSH_CONNECTION")
    monkeypatch.setenv("SSH_TTY", "/dev/pts/3")
    _, said = await copied_first(make_app, corpus)
    assert "over SSH" in said and not copied.exists()


def fake_tmux(folder, client_pid: int | str, features: str = "256,RGB,clipboard,title", termname="xterm-256color"):
    """An executable `tmux` in `folder` answering as a tmux with set-clipboard on whose client
    is process `client_pid` on a terminal of these features."""
    folder.mkdir(exist_ok=True)
    script = folder / "tmux"
    script.write_text(f"#!/bin/sh\nprintf 'on\\t{client_pid}\\t{termname}\\t{features}\\n'\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


@contextlib.contextmanager
def tmux_client(**outer):
    """A real process started with the environment a tmux client would have in the terminal
    `outer` describes (its pid is what tmux tells as #{client_pid})."""
    env = {"PATH": os.environ["PATH"], "TERM": "xterm-256color", **outer}
    process = subprocess.Popen(["sleep", "60"], env=env, stdin=subprocess.DEVNULL)
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()


@pytest.fixture
def inside_tmux(tmp_path, monkeypatch):
    """The reader inside tmux on this machine; `tmp_path/bin` first on PATH for fake tools."""
    tools = tmp_path / "bin"
    tools.mkdir()
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    for name in ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY", "VTE_VERSION", "TERM_PROGRAM", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TMUX", "/tmp/tmux-1000/default,1,0")
    monkeypatch.setenv("TERM", "tmux-256color")
    monkeypatch.setenv("DISPLAY", ":0")
    return tools


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="a client's environment is read from /proc")
@pytest.mark.parametrize(("outer", "named"), [({"VTE_VERSION": "7600"}, "VTE"), ({"TERM": "linux"}, "Linux console")])
async def test_inside_tmux_the_terminal_it_runs_in_is_judged(make_app, tmp_path, inside_tmux, outer, named):
    """tmux with set-clipboard on passes the copy on, but a VTE terminal (or the Linux console)
    outside it refuses it: a clipboard program copies it instead, and the notice says why."""
    covers("passage.copy")
    corpus = write_pair(tmp_path / "pair", HARBOUR, VOTE)
    copied = fake_program(inside_tmux, "xclip")
    with tmux_client(**outer) as pid:
        fake_tmux(inside_tmux, pid)
        text, said = await copied_first(make_app, corpus)
    assert copied.read_text(encoding="utf-8") == text == HARBOUR
    assert said.startswith("Copied passage 1 of 2") and "with xclip" in said and named in said


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="a client's environment is read from /proc")
async def test_inside_tmux_a_terminal_that_takes_the_copy_is_trusted(make_app, tmp_path, inside_tmux):
    corpus = write_pair(tmp_path / "pair", BALLOT, HARBOUR)
    copied = fake_program(inside_tmux, "xclip")
    with tmux_client(TERM="xterm-kitty") as pid:
        fake_tmux(inside_tmux, pid, termname="xterm-kitty")
        _, said = await copied_first(make_app, corpus)
    assert said.startswith("Copied passage 1 of 2") and said.endswith("to the clipboard.")
    assert "with" not in said and not copied.exists()


async def test_inside_tmux_a_terminal_that_cannot_be_told_gets_the_program(make_app, tmp_path, inside_tmux,
                                                                           monkeypatch):
    """No client environment to read (no such process here), or a terminal tmux found no
    clipboard in: the program copies, as for a VTE terminal; without one the notice says the
    copy may be lost."""
    corpus = write_pair(tmp_path / "pair", HARBOUR, BALLOT)
    copied = fake_program(inside_tmux, "xclip")
    fake_tmux(inside_tmux, "")
    text, said = await copied_first(make_app, corpus)
    assert copied.read_text(encoding="utf-8") == text and "may take no copy" in said and "xterm-256color" in said
    copied.unlink()
    fake_tmux(inside_tmux, "", features="256,RGB,title", termname="vt220")
    _, said = await copied_first(make_app, corpus)
    assert copied.exists() and "with xclip" in said and "vt220" in said and "may" not in said
    monkeypatch.setenv("PATH", str(inside_tmux))  # no clipboard program to be found
    fake_tmux(inside_tmux, "")
    _, said = await copied_first(make_app, corpus)
    assert said.startswith("Perhaps not copied:") and "no clipboard program" in said


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="a client's environment is read from /proc")
@pytest.mark.parametrize(("outer", "told"), [
    ({"SSH_CONNECTION": "192.0.2.7 50122 192.0.2.1 22", "VTE_VERSION": "7600"}, {}),
    ({"SSH_CLIENT": "198.51.100.4 40022 22"}, {"features": "256,RGB,title", "termname": "vt220"}),
    ({"SSH_TTY": "/dev/pts/7", "TERM": "linux"}, {"termname": "linux"}),
])
async def test_inside_tmux_attached_over_ssh_no_program_copies_here(make_app, tmp_path, inside_tmux, outer, told):
    """A tmux started on this machine and attached to over SSH: its panes lack the SSH
    variables, its client has them. A terminal that takes no copy from tmux is then at the far
    end, and a clipboard program here would copy on this machine: none is run, and the notice
    says so; a terminal that takes it gets the copy through tmux."""
    corpus = write_pair(tmp_path / "pair", BALLOT, VOTE)
    copied = fake_program(inside_tmux, "xclip")
    with tmux_client(**outer) as pid:
        fake_tmux(inside_tmux, pid, **told)
        _, said = await copied_first(make_app, corpus)
    assert said.startswith("Not copied:") and "over SSH" in said and not copied.exists()
    over = {name: value for name, value in outer.items() if name.startswith("SSH_")}
    with tmux_client(**over, TERM="xterm-kitty") as pid:  # from a terminal that takes the copy
        fake_tmux(inside_tmux, pid, termname="xterm-kitty")
        _, said = await copied_first(make_app, corpus)
    assert said.startswith("Copied passage 1 of 2") and said.endswith("to the clipboard.") and not copied.exists()


@pytest.mark.parametrize("termname", ["vt100-" + "w" * 300, "screen.xterm-256color " * 20])
async def test_inside_tmux_a_long_terminal_name_is_cut_in_the_notice(make_app, tmp_path, inside_tmux, termname):
    """The name of the terminal tmux runs in comes from its client's environment, as long as
    that says: the notice naming it keeps to a line's worth of it."""
    corpus = write_pair(tmp_path / "pair", BALLOT, HARBOUR)
    copied = fake_program(inside_tmux, "xclip")
    fake_tmux(inside_tmux, "", features="256,RGB,title", termname=termname)
    _, said = await copied_first(make_app, corpus)
    assert copied.exists() and "with xclip" in said and f"({termname[:20]}" in said
    assert len(said) < 180  # with a plain TERM it is some 140
