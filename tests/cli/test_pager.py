"""Long output on a terminal goes through the pager, as git's does; never when piped."""

from __future__ import annotations

import re

import pytest

from reader.cli.pager import DEFAULT_PAGER, pager_command, rows

def _colours(text: str) -> list[str]:
    """The SGR colour parameters (foreground or background) in `text`."""
    params = [p for group in re.findall(r"\x1b\[([0-9;]*)m", text) for p in group.split(";") if p]
    return [p for p in params if 30 <= int(p) <= 49 or 90 <= int(p) <= 107]


NO_PAGER_VARS = {"PAGER": None, "COUNTERPOINT_PAGER": None, "LESS": None, "NO_COLOR": None}


def test_long_output_on_a_terminal_goes_to_the_pager_with_colours(in_terminal, fake_pager, seed_ids):
    status, screen = in_terminal("align", seed_ids[0], seed_ids[3],
                                 env={**NO_PAGER_VARS, "PAGER": fake_pager.command})
    assert status == 0, screen
    received = fake_pager.received()
    assert received is not None, "the pager was not started"
    assert "passages only in A ·" in received and "Only in B" in received
    assert _colours(received)  # colours kept for `less -R`
    assert "passages only in A ·" not in screen  # the pager had it, not the terminal
    width = max(len(line) for line in re.sub(r"\x1b\[[0-9;]*m", "", received).splitlines())
    assert width <= 80  # laid out for the terminal's width
    env = fake_pager.environment()
    assert env.get("LESS") == "FRX" and env.get("LV") == "-c"


def test_counterpoint_pager_wins_over_pager_and_no_color_stays_plain(in_terminal, fake_pager, seed_ids):
    status, _ = in_terminal("list", env={**NO_PAGER_VARS, "PAGER": "/nonexistent/pager",
                                         "COUNTERPOINT_PAGER": fake_pager.command, "NO_COLOR": "1"},
                            rows=8)
    assert status == 0
    received = fake_pager.received()
    assert received is not None and "5 articles" in received
    assert "\x1b[1m" in received and not _colours(received)  # NO_COLOR: bold stays, colour goes


def test_short_output_prints_directly(in_terminal, fake_pager):
    status, screen = in_terminal("locate", "seeds", env={**NO_PAGER_VARS, "PAGER": fake_pager.command})
    assert status == 0 and screen.strip().endswith("seeds")
    assert fake_pager.received() is None


@pytest.mark.parametrize("how", [["--no-pager"], "PAGER=cat", "PAGER=", "COUNTERPOINT_PAGER=cat"])
def test_paging_turned_off(in_terminal, fake_pager, seed_ids, how):
    env = {**NO_PAGER_VARS, "PAGER": fake_pager.command}
    args = ["align", seed_ids[0], seed_ids[3]]
    if isinstance(how, list):
        args += how
    else:
        name, value = how.split("=")
        env[name] = value
    status, screen = in_terminal(*args, env=env)
    assert status == 0 and fake_pager.received() is None
    assert "passages only in A ·" in screen and "Only in B" in screen


def test_never_a_pager_when_piped(counterpoint, fake_pager, seed_ids):
    result = counterpoint("align", seed_ids[0], seed_ids[3], env={"PAGER": fake_pager.command})
    assert result.status == 0 and "passages only in A ·" in result.out
    assert "\x1b[" not in result.out
    assert fake_pager.received() is None


def test_a_pager_that_cannot_start_loses_nothing(in_terminal, seed_ids):
    status, screen = in_terminal("align", seed_ids[0], seed_ids[3],
                                 env={**NO_PAGER_VARS, "PAGER": "/nonexistent/pager -R"})
    assert status == 0 and "Only in B" in screen
    # ... and says why the output is not paged, once, before it (a mistyped $PAGER is found)
    assert screen.count("counterpoint: warning:") == 1
    warning = screen[screen.index("counterpoint: warning:"):].splitlines()[0]
    assert "cannot start the pager /nonexistent/pager -R" in warning and "the output follows" in warning
    assert screen.index("counterpoint: warning:") < screen.index("Only in B")


def test_pager_choice():
    assert pager_command({}) == DEFAULT_PAGER.split() == ["less", "-R", "-F", "-X"]
    assert pager_command({"PAGER": "most -s"}) == ["most", "-s"]
    assert pager_command({"PAGER": "most", "COUNTERPOINT_PAGER": "less"}) == ["less"]
    assert pager_command({"PAGER": "cat"}) is None and pager_command({"PAGER": "  "}) is None
    assert pager_command({"COUNTERPOINT_PAGER": "", "PAGER": "less"}) is None


def test_rows_counts_wrapped_lines_and_ignores_colour():
    assert rows("a\nb\n", 80) == 2
    assert rows("x" * 81 + "\n", 80) == 2
    assert rows("\x1b[1m" + "x" * 80 + "\x1b[0m\n", 80) == 1


@pytest.mark.parametrize("pager", ["false", "sh -c 'exit 3'"])
def test_a_pager_that_fails_loses_nothing(in_terminal, pager):
    status, screen = in_terminal("list", env={**NO_PAGER_VARS, "PAGER": pager}, rows=8)
    assert status == 0 and "5 articles" in screen
    assert screen.count("counterpoint: warning: the pager") == 1 and "failed (exit status" in screen
