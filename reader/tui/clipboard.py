"""Copying to the clipboard, and saying honestly whether it was.

Textual copies by sending the terminal an OSC 52 sequence (`App.copy_to_clipboard`) and has no
way to hear whether the terminal took it: most do, but some never let a program set the
clipboard. Those are known by what they put in the environment (macOS Terminal, the VTE
terminals such as GNOME Terminal, the Linux console, tmux unless `set-clipboard` is on). In
one of them, on this machine (not over SSH, where a clipboard program would copy on the far
end), a clipboard program is run instead (pbcopy, wl-copy, xclip, xsel); when there is none,
the reader says the text was not copied, and why, rather than claim it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import partial
from pathlib import Path
from typing import Mapping

TOOL_SECONDS = 3  # a clipboard program (or tmux asked for its setting) that takes longer is given up on


def terminal_without_osc52(env: Mapping[str, str], tmux_clipboard: str | None = None) -> str | None:
    """The name of the terminal `env` shows the reader runs in when it is one that does not let
    a program set the clipboard (OSC 52), else None. `tmux_clipboard`: tmux's `set-clipboard`
    option, when the reader runs inside tmux (only "on" passes a program's copy on)."""
    if env.get("TMUX"):
        return None if tmux_clipboard == "on" else "tmux (without `set -g set-clipboard on`)"
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return "macOS Terminal"
    if env.get("VTE_VERSION"):
        return "this terminal (a VTE one, as GNOME Terminal)"
    if env.get("TERM") == "linux":
        return "the Linux console"
    return None


def clipboard_program(env: Mapping[str, str]) -> list[str] | None:
    """The command that copies its input to this machine's clipboard, or None (none installed,
    no display to hold a clipboard, or a session over SSH, whose clipboard is at the far end)."""
    if over_ssh(env):
        return None
    path = env.get("PATH")
    candidates = [(["pbcopy"], True), (["wl-copy"], bool(env.get("WAYLAND_DISPLAY"))),
                  (["xclip", "-selection", "clipboard"], bool(env.get("DISPLAY"))),
                  (["xsel", "--clipboard", "--input"], bool(env.get("DISPLAY")))]
    for command, usable in candidates:
        if usable and (found := shutil.which(command[0], path=path)):
            return [found, *command[1:]]
    return None


def over_ssh(env: Mapping[str, str]) -> bool:
    """Whether the reader runs in a session over SSH: the person's clipboard is at the other end."""
    return bool(env.get("SSH_CONNECTION") or env.get("SSH_TTY"))


def tmux_clipboard(env: Mapping[str, str]) -> str | None:
    """tmux's `set-clipboard` option ("on", "external", "off"), or None when it cannot be told."""
    tmux = shutil.which("tmux", path=env.get("PATH"))
    if tmux is None:
        return None
    try:
        done = subprocess.run([tmux, "show-options", "-gv", "set-clipboard"], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=TOOL_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


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
    reason = terminal_without_osc52(env, tmux_clipboard(env) if env.get("TMUX") else None)
    severity = "information"
    if reason is None:
        said = f"Copied {what} to the clipboard."
    elif (program := clipboard_program(env)) is not None and run_program(program, text):
        said = f"Copied {what} to the clipboard with {Path(program[0]).name} ({reason} takes no copy from a program)."
    else:
        severity = "warning"
        none = ("over SSH a clipboard program here would copy on this machine, not yours" if over_ssh(env)
                else "no clipboard program (pbcopy, wl-copy, xclip, xsel) is at hand here")
        said = (f"Not copied: {reason} does not let a program set the clipboard, and {none}; "
                f"select the text with the mouse instead.")
    app.call_from_thread(app.notify, said, markup=False, severity=severity, timeout=3 if severity != "warning" else 8)
