"""Long output on a terminal goes through a pager, as git's does.

Output is gathered while the command runs; if it fits the terminal it is printed as is,
otherwise it is piped to `$COUNTERPOINT_PAGER`, else `$PAGER`, else `less -R -F -X` (colours
kept, short output printed directly, the screen not cleared on exit). `LESS=FRX` and `LV=-c`
are set when unset, as git sets them, so a plain `PAGER=less` behaves the same. An empty pager
or `cat` means none; so does `--no-pager`, and output that is not a terminal never is paged.
A pager that cannot be started, or that fails (exits non-zero), is no reason to lose the
output: it is printed instead, after one warning line on stderr saying why (a pager that
cannot be started is most often a mistyped `$PAGER`).
"""

from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from reader.corpus.sanitize import visible

DEFAULT_PAGER = "less -R -F -X"
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


@dataclass(frozen=True)
class Terminal:
    columns: int
    lines: int


_paging: Terminal | None = None  # the real terminal while its output is being gathered


def paging_terminal() -> Terminal | None:
    """The terminal gathered output is meant for (so tables fit it and keep colour), or None."""
    return _paging


def pager_command(env: Mapping[str, str]) -> list[str] | None:
    """The pager to run, or None when the environment turns paging off."""
    raw = env.get("COUNTERPOINT_PAGER")
    if raw is None:
        raw = env.get("PAGER", DEFAULT_PAGER)
    try:
        argv = shlex.split(raw)
    except ValueError:
        argv = raw.split()
    if not argv or argv == ["cat"]:
        return None
    return argv


def _terminal(stream) -> Terminal | None:
    try:
        if not stream.isatty():
            return None
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return Terminal(size.columns or 80, size.lines or 24)


def rows(text: str, columns: int) -> int:
    """How many terminal rows `text` takes at `columns` wide (escape sequences take none)."""
    from rich.cells import cell_len

    plain = _ANSI.sub("", text)
    return sum(max(1, -(-cell_len(line) // columns)) for line in plain.split("\n")) - plain.endswith("\n")


def _show(text: str, argv: list[str], stdout) -> None:
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    stdout.flush()
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, env=env)
    except OSError as exc:
        print(f"counterpoint: warning: cannot start the pager {visible(shlex.join(argv))} "
              f"({exc.strerror or exc}); the output follows", file=sys.stderr)
        stdout.write(text)
        return
    try:
        proc.stdin.write(text.encode(getattr(stdout, "encoding", None) or "utf-8", "backslashreplace"))
        proc.stdin.close()
    except (BrokenPipeError, OSError):
        pass  # the reader quit the pager before reading everything
    while True:
        try:
            status = proc.wait()
            break
        except KeyboardInterrupt:
            continue  # ctrl-c belongs to the pager (less uses it); wait until it exits
    if status > 0:  # a pager quit by the reader exits 0; one that failed may have shown nothing
        print(f"counterpoint: warning: the pager {visible(shlex.join(argv))} failed (exit status {status}); "
              "the output follows", file=sys.stderr)
        stdout.write(text)


@contextmanager
def paged(enabled: bool = True, env: Mapping[str, str] | None = None) -> Iterator[None]:
    """Gather what the block writes to stdout, then show it, through a pager if it is long."""
    global _paging
    stdout = sys.stdout
    terminal = _terminal(stdout) if enabled else None
    argv = pager_command(os.environ if env is None else env) if terminal else None
    if terminal is None or argv is None:
        yield
        return
    buffer = io.StringIO()
    sys.stdout, _paging = buffer, terminal
    try:
        yield
    finally:
        sys.stdout, _paging = stdout, None
        text = buffer.getvalue()
        if rows(text, terminal.columns) < terminal.lines:
            stdout.write(text)
        else:
            _show(text, argv, stdout)
