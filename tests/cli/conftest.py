"""The installed `counterpoint` entry point, run on real files: piped, or on a pseudo-terminal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


def _entry_point() -> str:
    beside = Path(sys.executable).with_name("counterpoint")
    found = str(beside) if beside.exists() else shutil.which("counterpoint")
    if not found:
        pytest.fail("the counterpoint entry point is not installed (pip install -e .)")
    return found


@dataclass
class Result:
    status: int
    out: str
    err: str

    def json(self):
        assert self.status == 0, self.err
        return json.loads(self.out)

    def one_line_error(self) -> str:
        assert self.status == 2, (self.out, self.err)
        lines = self.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("counterpoint: error: "), self.err
        assert "Traceback" not in self.err
        return lines[0]


@pytest.fixture
def counterpoint(tmp_path):
    """Run the installed `counterpoint ARGS...` with stdout piped, from a scratch directory."""
    program = _entry_point()

    def run(*args, env: dict | None = None, cwd: Path | None = None, timeout: float = 120) -> Result:
        full_env = {**os.environ, **(env or {})}
        full_env = {k: v for k, v in full_env.items() if v is not None}
        done = subprocess.run([program, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                              cwd=cwd or tmp_path, env=full_env, timeout=timeout)
        return Result(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def in_terminal(tmp_path):
    """Run the installed `counterpoint ARGS...` on a pseudo-terminal of `rows` x `columns`;
    returns (exit status, everything the terminal received)."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    program = _entry_point()

    def run(*args, env: dict | None = None, rows: int = 24, columns: int = 80, timeout: float = 120):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        full_env = {**os.environ, "TERM": "xterm-256color", **(env or {})}
        full_env = {k: v for k, v in full_env.items() if v is not None}
        proc = subprocess.Popen([program, *map(str, args)], stdin=slave, stdout=slave, stderr=slave,
                                cwd=tmp_path, env=full_env, close_fds=True)
        os.close(slave)
        received = b""
        try:
            while True:
                ready, _, _ = select.select([master], [], [], timeout)
                if not ready:
                    proc.kill()
                    pytest.fail(f"counterpoint {' '.join(map(str, args))} did not finish on a terminal")
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: every process holding the terminal has exited
                    break
                if not chunk:
                    break
                received += chunk
        finally:
            os.close(master)
        return proc.wait(timeout), received.decode("utf-8", "replace")

    return run


@pytest.fixture
def fake_pager(tmp_path):
    """A pager script that records its arguments, environment and input, then exits."""
    folder = tmp_path / "pager"
    folder.mkdir()
    script = folder / "fake-pager"
    script.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$0.args"\nenv > "$0.env"\ncat > "$0.input"\n',
                      encoding="utf-8")
    script.chmod(0o755)

    class Pager:
        command = str(script)

        @staticmethod
        def received() -> str | None:
            path = Path(f"{script}.input")
            return path.read_text(encoding="utf-8") if path.exists() else None

        @staticmethod
        def environment() -> dict[str, str]:
            lines = Path(f"{script}.env").read_text(encoding="utf-8").splitlines()
            return dict(line.split("=", 1) for line in lines if "=" in line)

    return Pager


@pytest.fixture
def seed_ids():
    from reader.corpus import load_seeds

    return [a.id for a in load_seeds()]
