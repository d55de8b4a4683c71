"""Copying to the clipboard, and saying honestly whether it was.

Textual copies by sending the terminal an OSC 52 sequence (`App.copy_to_clipboard`) and has no
way to hear whether the terminal took it: most do, but some never let a program set the
clipboard. Those are known by what they put in the environment (macOS Terminal, the VTE
terminals such as GNOME Terminal, the Linux console, tmux unless `set-clipboard` is on).
Inside tmux, what counts is the terminal tmux shows on: judged by its client's own environment
(read from /proc, where there is one) and by the features tmux found in it; a terminal that
cannot be told is taken as one that may refuse. In one of them, on this machine (not over SSH,
where a clipboard program would copy on the far end: told by the reader's environment or, in
tmux, its client's), a clipboard program is run instead (pbcopy, wl-copy, xclip, xsel); when
there is none, the reader says the text was not copied, and why, rather than claim it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Mapping

TOOL_SECONDS = 3  # a clipboard program (or tmux asked for its setting) that takes longer is given up on
MAX_ENVIRONMENT_BYTES = 1024 * 1024  # a process environment larger than this is not read
# What tmux is asked: its set-clipboard option, and its client's process and terminal features.
TMUX_FORMAT = "#{set-clipboard}\t#{client_pid}\t#{client_termname}\t#{client_termfeatures}"
SSH_VARIABLES = ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY")  # what sshd sets in a session it opens
TERMNAME_SHOWN = 40  # a tmux client's TERM is named in a notice cut to this many characters


@dataclass(frozen=True, slots=True)
class TmuxClient:
    """What tmux tells of the terminal it runs in: `set_clipboard` ("on", "external", "off"),
    the environment its client was started with (None: it cannot be read), the terminal's
    TERM (cut as a notice names it), and the features tmux found in it (None:
    not told; "clipboard" is OSC 52)."""

    set_clipboard: str | None
    environment: Mapping[str, str] | None = None
    termname: str = ""
    features: frozenset[str] | None = None

    @property
    def outer_name(self) -> str:
        return f"the terminal tmux runs in ({self.termname})" if self.termname else "the terminal tmux runs in"


def terminal_without_osc52(env: Mapping[str, str], tmux: TmuxClient | None = None) -> str | None:
    """The name of the terminal `env` shows the reader runs in when it is one that does not let
    a program set the clipboard (OSC 52), else None. `tmux`: what tmux tells, when the reader
    runs inside tmux (only with `set-clipboard` "on" does it pass a program's copy on, and
    then only to a terminal that takes it)."""
    if env.get("TMUX"):
        if tmux is None or tmux.set_clipboard != "on":
            return "tmux (without `set -g set-clipboard on`)"
        return outer_without_osc52(tmux)
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return "macOS Terminal"
    if env.get("VTE_VERSION"):
        return "this terminal (a VTE one, as GNOME Terminal)"
    if env.get("TERM") == "linux":
        return "the Linux console"
    return None


def clipboard_program(env: Mapping[str, str], tmux: TmuxClient | None = None) -> list[str] | None:
    """The command that copies its input to this machine's clipboard, or None (none installed,
    no display to hold a clipboard, or a session over SSH, whose clipboard is at the far end:
    see `over_ssh`)."""
    if over_ssh(env, tmux):
        return None
    path = env.get("PATH")
    candidates = [(["pbcopy"], True), (["wl-copy"], bool(env.get("WAYLAND_DISPLAY"))),
                  (["xclip", "-selection", "clipboard"], bool(env.get("DISPLAY"))),
                  (["xsel", "--clipboard", "--input"], bool(env.get("DISPLAY")))]
    for command, usable in candidates:
        if usable and (found := shutil.which(command[0], path=path)):
            return [found, *command[1:]]
    return None


def over_ssh(env: Mapping[str, str], tmux: TmuxClient | None = None) -> bool:
    """Whether the reader runs in a session over SSH, the person's clipboard at the other end:
    its environment says so, or, inside tmux, that of the client tmux shows on (a tmux started
    here and attached to over SSH: its panes keep the environment it was started with)."""
    client = tmux.environment if tmux is not None else None
    return any(env.get(name) for name in SSH_VARIABLES) or client is not None and over_ssh(client)


def outer_without_osc52(tmux: TmuxClient) -> str | None:
    """The terminal tmux passes a copy on to, named when it may not take it: one tmux found no
    clipboard feature in, one its client's environment shows to refuse, or one that cannot be
    told (see `untold`); None when it takes it."""
    if tmux.features is not None and "clipboard" not in tmux.features or untold(tmux):
        return tmux.outer_name
    refusing = terminal_without_osc52(tmux.environment or {})
    return None if refusing is None else f"{refusing}, where tmux runs,"


def untold(tmux: TmuxClient) -> bool:
    """Whether the terminal tmux runs in cannot be told: tmux passes a copy on to it, but its
    client's environment cannot be read, or is that of another tmux."""
    passed_on = tmux.features is None or "clipboard" in tmux.features
    return passed_on and (tmux.environment is None or bool(tmux.environment.get("TMUX")))


def ask_tmux(env: Mapping[str, str]) -> TmuxClient | None:
    """What tmux tells of its set-clipboard option and of the terminal its client runs in, or
    None when tmux cannot be asked."""
    tmux = shutil.which("tmux", path=env.get("PATH"))
    if tmux is None:
        return None
    try:
        done = subprocess.run([tmux, "display-message", "-p", TMUX_FORMAT], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=TOOL_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    fields = (done.stdout.strip("\n").split("\t") + ["", "", "", ""])[:4] if done.returncode == 0 else [""] * 4
    setting, pid, termname, features = (field.strip() for field in fields)
    # The client's TERM is named in a notice: whatever its environment held, a line long at most.
    shown = termname if len(termname) <= TERMNAME_SHOWN else termname[:TERMNAME_SHOWN - 1] + "…"
    return TmuxClient(setting or None, process_environment(pid), shown,
                      frozenset(features.split(",")) if features else None)


def process_environment(pid: str) -> dict[str, str] | None:
    """The environment process `pid` was started with (Linux's /proc), or None when it cannot be
    read (no such process, another user's, no /proc)."""
    if not pid.isdigit():
        return None
    try:
        with open(f"/proc/{int(pid)}/environ", "rb") as file:
            data = file.read(MAX_ENVIRONMENT_BYTES)
    except OSError:
        return None
    pairs = (item.decode("utf-8", "replace").partition("=") for item in data.split(b"\0") if b"=" in item)
    return {key: value for key, _, value in pairs}


def run_program(command: list[str], text: str) -> bool:
    """Whether `command` took `text` on its input and succeeded. Its output is not read: xclip
    stays behind to serve the selection, holding any pipe it was given open."""
    try:
        done = subprocess.run(command, input=text.encode("utf-8"), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=TOOL_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def copy_out(app, text: str, what: str) -> None:
    """Copy `text` (`what` names it: "passage 3 of 12 (110 characters)") for pasting elsewhere,
    and say how it went: by OSC 52 (and into the reader's own clipboard) always; where the
    terminal is known not to take that, by a clipboard program, in a thread worker (one that
    hangs is given up on), or said not to be copied."""
    app.copy_to_clipboard(text)
    env = dict(os.environ)
    if not env.get("TMUX") and terminal_without_osc52(env) is None:
        app.notify(f"Copied {what} to the clipboard.", markup=False, timeout=3)
        return
    app.run_worker(partial(_copy_with_program, app, text, what, env), name="clipboard", thread=True,
                   group="clipboard", description="copying", exit_on_error=False)


def _copy_with_program(app, text: str, what: str, env: dict[str, str]) -> None:
    tmux = ask_tmux(env) if env.get("TMUX") else None
    reason = terminal_without_osc52(env, tmux)
    sure = tmux is None or tmux.set_clipboard != "on" or not untold(tmux)
    severity = "information"
    if reason is None:
        said = f"Copied {what} to the clipboard."
    elif (program := clipboard_program(env, tmux)) is not None and run_program(program, text):
        said = (f"Copied {what} to the clipboard with {Path(program[0]).name}"
                f" ({reason} {'takes' if sure else 'may take'} no copy from a program).")
    else:
        severity = "warning"
        none = ("over SSH a clipboard program here would copy on this machine, not yours" if over_ssh(env, tmux)
                else "no clipboard program (pbcopy, wl-copy, xclip, xsel) is at hand here")
        said = (f"Not copied: {reason} does not let a program set the clipboard, and {none}; "
                f"select the text with the mouse instead." if sure else
                f"Perhaps not copied: {reason} may not let a program set the clipboard, and {none}; "
                f"if it does not paste, select the text with the mouse.")
    app.call_from_thread(app.notify, said, markup=False, severity=severity, timeout=3 if severity != "warning" else 8)
