"""`counterpoint map` as a reader takes it in: what its marks mean is said under the table, and
--omitted/--untold, which compare sides, refuse a corpus with fewer than two (the answer "no
claim is omitted by any side" would read as a comparison made). Real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from claims_fixture import ARTICLES, write_corpus

ONE_SIDE = "".join(f'[[article]]\nfile = "{name}"\nside = "city hall"\n\n' for name in ARTICLES)


def _map(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", "map", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.mark.parametrize(("manifest", "why"), [("", "no article has a side"),
                                               (ONE_SIDE, "every article is on one side ('city hall')")],
                         ids=["no-sides", "one-side"])
@pytest.mark.parametrize("flag", ["--omitted", "--untold"])
def test_filtering_by_side_needs_two_sides(tmp_path, manifest, why, flag):
    folder = write_corpus(tmp_path / "story", ARTICLES, manifest)
    for fmt in ("table", "json"):
        out = _map(str(folder), flag, "--format", fmt)
        assert out.returncode == 2 and out.stdout == ""
        assert out.stderr.strip().splitlines() == [
            f"counterpoint: error: {flag} compares sides, and {why}; give each article its side in the "
            "folder's corpus.toml (side = \"...\")"]
    whole = _map(str(folder), "--format", "json")  # the map itself is still there
    assert whole.returncode == 0, whole.stderr
    assert json.loads(whole.stdout)["claims"]


def test_the_marks_are_explained_under_the_table_and_the_markdown(three):
    table = _map(str(three))
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert "◌" in table.stdout and lines[-1].startswith("✓ tells it · ~ does not, but touches on it · ◌ silent")
    markdown = _map(str(three), "--format", "markdown").stdout.splitlines()
    assert markdown[-1].startswith("✓ tells it (in passages ¶) · \\~ does not, but touches on it · ◌ silent")
    assert markdown[-2] == "" and markdown[-3].startswith("| ")  # a paragraph of its own, not a table row


@pytest.mark.parametrize(("manifest", "why"), [("", "no article has a side"),
                                               (ONE_SIDE, "every article is on one side ('city hall')")],
                         ids=["no-sides", "one-side"])
def test_sorting_by_side_imbalance_says_when_there_are_no_sides_to_compare(tmp_path, manifest, why):
    folder = write_corpus(tmp_path / "story", ARTICLES, manifest)
    out = _map(str(folder), "--sort", "imbalance", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["claims"]
    assert (f"counterpoint: warning: --sort imbalance compares sides, and {why}; give each article its side "
            "in the folder's corpus.toml (side = \"...\"); the claims are in order of coverage") in out.stderr
    coverage = _map(str(folder), "--format", "json")
    assert json.loads(coverage.stdout)["claims"] == json.loads(out.stdout)["claims"]
    assert "--sort" not in coverage.stderr
