"""Eight processes deciding at once, each opening the database anew: nothing is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import reader
from reader.cli.main import main

ROOT = Path(reader.__file__).resolve().parent.parent  # subprocesses run the code the tests import
WORKERS, EACH = 8, 25

DECIDER = """
import sys
from pathlib import Path
from reader.corpus import load_article
from reader.decisions import DecisionStore
data_dir, path_a, path_b, worker, count = sys.argv[1:4] + [int(x) for x in sys.argv[4:6]]
a, b = load_article(Path(path_a)), load_article(Path(path_b))
for n in range(count):
    k = worker * count + n
    with DecisionStore.open(data_dir) as store:
        assert not store.read_only, store.problems
        store.add_passages(("link", "confirm", "reject")[k % 3], a, a.passages[k], b, b.passages[k])
"""


def test_eight_processes_deciding_at_once_lose_nothing(data_dir, tmp_path, capsys):
    paths = []
    for side in ("first", "second"):
        path = tmp_path / f"{side}.txt"
        path.write_text("\n\n".join(f"Paragraph {k} of the {side} article: witness {k} counted {k * 7} ballots."
                                    for k in range(WORKERS * EACH)) + "\n", encoding="utf-8")
        paths.append(path)
    workers = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(DECIDER), str(data_dir), *map(str, paths),
                                 str(w), str(EACH)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
               for w in range(WORKERS)]
    assert [w.wait(timeout=300) for w in workers] == [0] * WORKERS
    assert main(["links", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)["decisions"]
    assert len(listed) == WORKERS * EACH == len({d["id"] for d in listed})
    assert all(d["status"] == "anchored" for d in listed)
    found = sorted(int(d["a"]["quote"].split()[1]) for d in listed)
    assert found == list(range(WORKERS * EACH))
    assert all(d["kind"] == ("link", "confirm", "reject")[int(d["a"]["quote"].split()[1]) % 3] for d in listed)
    for _ in range(WORKERS * EACH):  # every decision is in the undo history, once
        assert main(["links", "undo"]) == 0
    assert main(["links", "undo"]) == 2
