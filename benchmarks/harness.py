"""What the speed benchmarks share: each size measured in a fresh process, and its peak memory.

A fresh child per size keeps one size's caches and heap out of the next one's figures; the
child prints its figures as JSON on stdout.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def child(script: str, args: list[str]) -> dict:
    """Run benchmark `script` with `args` in a new Python and read the JSON it prints."""
    out = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)
