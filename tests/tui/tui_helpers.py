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


def covers(*ids):
    """Names the binding ids a test presses (checked by test_every_binding_id_is_exercised)."""


def compare(app):
    """The app's current screen, which must be the compare screen."""
    from reader.tui.compare import CompareScreen

    assert isinstance(app.screen, CompareScreen), app.screen
    return app.screen


def notices(app) -> list[str]:
    """The text of every notification the app has shown (and not yet dismissed)."""
    return [str(n.message) for n in app._notifications]
