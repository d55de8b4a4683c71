"""The link threshold's key steps: 0.05 at a time, always able to come back to the default."""

from __future__ import annotations

from reader.align.policy import LINK_THRESHOLD
from reader.tui.tuning import THRESHOLD_RANGE, stepped


def test_steps_from_the_default_come_back_to_it():
    value = LINK_THRESHOLD
    ups = []
    for _ in range(3):
        value = stepped(value, 1)
        ups.append(value)
    assert ups == [round(LINK_THRESHOLD + 0.05 * k, 2) for k in (1, 2, 3)]
    for _ in range(3):
        value = stepped(value, -1)
    assert value == LINK_THRESHOLD


def test_a_value_off_the_steps_lands_on_the_nearest_step_in_its_direction():
    assert stepped(LINK_THRESHOLD + 0.02, 1) == round(LINK_THRESHOLD + 0.05, 2)
    assert stepped(LINK_THRESHOLD + 0.02, -1) == LINK_THRESHOLD


def test_the_steps_stop_at_the_ends_of_the_range():
    lo, hi = THRESHOLD_RANGE
    value = LINK_THRESHOLD
    for _ in range(40):
        value = stepped(value, -1)
    assert value == lo
    for _ in range(40):
        value = stepped(value, 1)
    assert value == hi


def test_a_value_the_same_threshold_as_a_step_moves_a_whole_step():
    """A value that is a step but for digits past those thresholds are told by (a file's
    0.3399999) moves to the next step, not onto the one it already is."""
    step = round(LINK_THRESHOLD + 0.15, 2)
    for off in (-1e-7, 1e-7):
        assert stepped(step + off, 1) == round(step + 0.05, 2)
        assert stepped(step + off, -1) == round(step - 0.05, 2)
