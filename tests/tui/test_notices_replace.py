"""A notice says the state a key left: pressed again, its new notice takes the place of the
one still shown instead of stacking under it (five toasts of "Link threshold …" covered half of
an 80x24 screen), and a notice repeated word for word is shown once."""

from __future__ import annotations

from tui_helpers import compare, covers, notices, settle


def shown(app) -> list[str]:
    """The notices on screen now."""
    from textual.widgets._toast import Toast

    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def test_a_key_pressed_again_replaces_its_notice(make_app, seeds):
    covers("follow.toggle", "threshold.raise", "boilerplate.toggle", "passage.next-linked", "theme.cycle")
    app = make_app(seeds)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:  # toasts drawn, as in a terminal
        await settle(pilot)
        compare(app)
        pilot.app.clear_notifications()
        # Upper bounds only: a toast may expire on a slow machine, never multiply.
        await pilot.press("f", "f", "f")
        await pilot.pause()
        assert [n for n in shown(pilot.app) if "Follow" in n] in ([], ["Follow off: the panes scroll independently."])
        await pilot.press("plus", "plus", "plus", "x", "x", "t", "t")
        await pilot.pause()
        on_screen = shown(pilot.app)
        threshold = [n for n in on_screen if "Link threshold" in n]
        assert len(threshold) <= 1 and all(f"Link threshold {app.config.min_score:.2f}" in n for n in threshold)
        assert [n for n in on_screen if "Boilerplate" in n] in ([], ["Boilerplate shown."])
        assert sum(n.startswith("Theme: ") for n in on_screen) <= 1
        assert len(notices(pilot.app)) >= 10  # each was said, in turn

        pilot.app.clear_notifications()
        for _ in range(6):  # the seeds' pair has one linked passage: "the only one" each time
            await pilot.press("n")
        await pilot.pause()
        on_screen = shown(pilot.app)
        assert len(on_screen) == len(set(on_screen))  # the same words are never shown twice at once
