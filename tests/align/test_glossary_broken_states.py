"""A glossary that cannot be read because a folder above it cannot be searched (the config
folder, or the glossaries folder, without permission) is in one state while broken: mended and
broken again, it is in another, so the reader tells it again and aligns again. Permissions are
real: as root, the reads run in a child process without the powers that pass them by."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Break, mend, break again one folder; say what each reading skipped and the stamps it was filed under.
SCRIPT = """
import json, sys
from pathlib import Path
from reader.align.glossary import glossary_stamps, read_pair_glossary

config, target, broken = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3], 8)
states = []
for mode in (broken, 0o755, broken):
    target.chmod(mode)
    reading = read_pair_glossary(config, ())
    states.append({"skipped": [list(map(repr, s)) for s in reading.skipped],
                   "stamps": repr(glossary_stamps(config, ())), "used": len(reading.used)})
target.chmod(0o755)
print(json.dumps(states))
"""

DROP = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
        "--bounding-set=-dac_override,-dac_read_search"]


def unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root, and no setpriv to read without root's powers")
    return DROP


@pytest.mark.parametrize(("which", "broken"), [("config", "0"), ("glossaries", "644")])
def test_a_folder_above_a_glossary_broken_again_is_another_state(tmp_path, which, broken):
    config = tmp_path / "config"
    (config / "glossaries").mkdir(parents=True)
    (config / "glossaries" / "mine.toml").write_text('[[group]]\nterms = ["lock", "sluice"]\n', encoding="utf-8")
    target = config if which == "config" else config / "glossaries"
    root = Path(__file__).resolve().parents[2]
    try:
        done = subprocess.run([*unprivileged(), sys.executable, "-c", SCRIPT, str(config), str(target), broken],
                              capture_output=True, text=True, timeout=60, cwd=root,
                              env={**os.environ, "PYTHONPATH": str(root)})
    finally:
        target.chmod(0o755)
    assert done.returncode == 0, done.stderr
    first, mended, again = json.loads(done.stdout)
    assert first["skipped"] and again["skipped"] and not mended["skipped"] and mended["used"] == 1
    assert [s[2] for s in first["skipped"]] == [s[2] for s in again["skipped"]]  # the same problem...
    assert first["skipped"] != again["skipped"]  # ...in another state: told again
    assert first["stamps"] != again["stamps"]  # and the alignment made in the first is not taken
