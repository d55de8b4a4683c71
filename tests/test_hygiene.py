"""What a process imports at run time: the core stays headless, `--version` stays light.

The layer contracts (.importlinter) check the import statements; these run the code, in fresh
subprocesses, so an import hidden behind a plugin, a registry or `importlib` is caught too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import reader

# Where the imported package lives (site-packages in CI): subprocesses run that same code.
ROOT = Path(reader.__file__).resolve().parent.parent

CORE_AT_WORK = """\
import sys
from pathlib import Path

from reader.corpus import load_seeds
from reader.align import align
from reader.bookmarks import BookmarkStore

seeds = load_seeds()
a, b = seeds.articles[0], seeds.articles[1]
alignment = align(a, b, seeds)
assert alignment.links, "the seeds align"
with BookmarkStore.open(Path(sys.argv[1])) as store:
    store.add_passage(a, a.passages[1], note="hygiene")
    assert len(store.bookmarks()) == 1
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
assert not loaded, loaded
print("ok")
"""


def test_corpus_align_and_bookmarks_run_without_textual_or_rich(tmp_path):
    result = subprocess.run([sys.executable, "-c", CORE_AT_WORK, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def imported_packages(importtime_log: str) -> set[str]:
    """Top-level package names from `-X importtime` output ("import time: ... |   numpy.core")."""
    return {line.rsplit("|", 1)[1].strip().split(".")[0]
            for line in importtime_log.splitlines() if line.startswith("import time:") and "|" in line}


def test_version_imports_neither_numpy_nor_scipy(tmp_path):
    """`counterpoint --version` (the installed console script when there is one)."""
    script = shutil.which("counterpoint", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "reader"]
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    result = subprocess.run([*command, "--version"], cwd=tmp_path if script else ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("counterpoint ")
    packages = imported_packages(result.stderr)
    assert "reader" in packages, "the import log names what was imported"
    assert not packages & {"numpy", "scipy"}, sorted(packages & {"numpy", "scipy"})
