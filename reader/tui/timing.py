"""Latency hooks: time from an action to the refresh that shows its effect.

Pilot's `press` waits for idle by polling, so the benchmark cannot time keys from outside;
the screen calls `timed(node, name)` at the start of each action and the app records the
delay once the next refresh has run (`app.latency[name]`, read by benchmarks/tui_speed.py).
"""

from __future__ import annotations

from time import perf_counter

from textual.dom import DOMNode


def timed(node: DOMNode, name: str) -> None:
    """Record action -> next refresh latency under `name`."""
    t0 = perf_counter()
    app = node.app
    node.call_after_refresh(lambda: app.record_latency(name, perf_counter() - t0))
