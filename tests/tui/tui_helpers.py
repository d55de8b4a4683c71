"""Helpers for Pilot tests: run async test bodies without an async pytest plugin."""

from __future__ import annotations

import asyncio
import functools


def aio(test):
    """Run an async test function to completion (pytest sees a plain function with fixtures)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run


async def settle(pilot) -> None:
    """Wait for alignment (and any other worker) to finish and the screen to catch up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
