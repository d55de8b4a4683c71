"""`bookmarks import <(ssh host counterpoint bookmarks export --format json)` names a pipe:
it is refused (opening one may wait forever) with the way that works, standard input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", ["bookmarks", "links"])
def test_a_pipe_is_refused_with_the_way_to_import_from_one(tmp_path, command, isolated_user_dirs):
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    out = subprocess.run([sys.executable, "-m", "reader", command, "import", str(pipe)], capture_output=True,
                         text=True, timeout=60, env=os.environ.copy())
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.splitlines() == [f"counterpoint: error: {pipe}: a pipe, not a file; to import from a pipe, "
                                       f"send it to standard input: ... | counterpoint {command} import -"]
