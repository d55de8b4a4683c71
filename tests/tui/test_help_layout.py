"""The help screen's rows: keys in their column, descriptions hanging under themselves, ids apart."""

from __future__ import annotations

from tui_helpers import settle
from textual.content import Content

from reader.tui.help_rows import GAP, KeyRows, Row, heading


def rows() -> KeyRows:
    return KeyRows([heading("Reading room"),
                    Row(Content("O"), Content("Open file, folder or web page"), Content("open.path")),
                    Row(Content("pgdn/space/^f"), Content("Page down"), Content("page.down")),
                    None,
                    Row(Content("◆"), Content("the counterpart shown for the cursor ([ and ] cycle through them)"))])


def test_a_long_description_wraps_under_itself_and_keeps_apart_from_its_id():
    lines = [line.plain for line in rows().lines(50)]
    text_column = len("pgdn/space/^f") + GAP
    assert lines[0] == "Reading room"
    first = lines[1]
    assert first.index("Open file") == text_column and first.rstrip().endswith("open.path")
    assert first[first.index("open.path") - GAP:first.index("open.path")] == " " * GAP  # never "page open.path"
    assert lines[2].strip() == "page" and lines[2].index("page") == text_column  # hangs under the description
    assert lines[3].index("Page down") == text_column and lines[3].index("pgdn") == 0
    assert lines[3].index("page.down") == first.index("open.path")  # one id column
    wrapped = lines[lines.index("") + 1:]
    assert len(wrapped) > 1 and all(line.index(line.strip()[0]) >= text_column for line in wrapped[1:])
    assert all(len(line) <= 50 for line in lines)


def test_the_id_goes_under_the_description_when_the_width_leaves_no_room():
    lines = [line.plain for line in rows().lines(30)]
    at = next(n for n, line in enumerate(lines) if "Open file" in line)
    assert "open.path" not in lines[at]
    below = next(line for line in lines[at + 1:] if "open.path" in line)
    assert below.index("open.path") == len("pgdn/space/^f") + GAP
    assert all(len(line) <= 30 for line in lines)


def test_the_text_of_the_rows_is_one_row_a_line():
    assert str(rows()).splitlines()[1].split() == ["O", "Open", "file,", "folder", "or", "web", "page", "open.path"]


def _snap(snap_compare, app, size, *keys):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("question_mark", *keys)
        await pilot.pause()

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_help_scrolled_80x24(snap_compare, make_app, seeds):
    """The rows of the second page, "Open file, folder or web page" among them."""
    assert _snap(snap_compare, make_app(seeds), (80, 24), "pagedown")


def test_help_scrolled_120x40(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (120, 40), "pagedown")
