"""One link carries one decision, whatever the threshold: `=` on a weak machine link is the
reader's link (strong, `+ your link`) before and after `+` or `-` realigns, and the status
line's counts, the gutter and the links listed agree at every step. Before, the same `=` was a
confirmed weak link (the passage still ◌) while the engine made the link, and the reader's
strong link once a higher threshold dropped it."""

from __future__ import annotations

from reader.tui.links import link_marks, pair_summary
from reader.tui.tuning import stepped
from tui_helpers import covers, reading_room, writes_made


def _state(screen, a: int, b: int) -> tuple:
    """How the pair (a, b) shows: its link's tier, origin and status word, and the ◌ marks."""
    [link] = [link for link in screen.alignment.links if (link.a, link.b) == (a, b)]
    status = screen.query_one("#status").render().plain
    return (link.tier, link.origin, link.confirmed, "+ your link" in status,
            a in screen.only[0], b in screen.only[1], screen.marks[0].get(a), screen.marks[1].get(b))


def _counts_agree(screen) -> None:
    assert screen.summary == pair_summary(screen.alignment)
    assert screen.marks[0] == link_marks(screen.alignment, 0)
    assert screen.marks[1] == link_marks(screen.alignment, 1)


async def _realigned(pilot) -> None:
    """Realigned, and the decisions (stored a moment after their key) applied and shown."""
    await writes_made(pilot)


async def test_linking_a_weak_link_is_one_decision_at_every_threshold(make_app, seeds):
    covers("link.make", "threshold.raise", "threshold.lower")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        above = stepped(stepped(screen.min_score(), 1), 1)
        weak = [link for link in screen.alignment.links if link.tier == "weak" and link.score < above]
        assert weak, "the seeds pair has a weak link the two higher steps drop"
        a, b = weak[0].a, weak[0].b
        screen.active = 1
        screen._move_to(b, center=True)
        screen.active = 0
        screen._move_to(a, center=True)
        await pilot.pause()
        await pilot.press("equals_sign")
        await _realigned(pilot)
        made = _state(screen, a, b)
        assert made == ("strong", "reader", True, True, False, False, "strong", "strong")
        _counts_agree(screen)
        for key in ("plus", "plus", "minus", "minus", "minus"):
            await pilot.press(key)
            await _realigned(pilot)
            assert screen.current_link() is not None and screen.current_link().other == b, key
            assert _state(screen, a, b) == made, (key, screen.min_score())
            _counts_agree(screen)
