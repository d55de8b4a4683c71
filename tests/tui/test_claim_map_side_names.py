"""Every side's group in the claim map's header names its side, cut to fit: also a side of
one article, whose group is one narrow column (the articles without a side are one such).
Where the screen has room beyond a whole claim label, the side's columns widen to name it whole."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.cells import cell_len

from tui_helpers import reading_room, workers_done

from reader.corpus import load_paths
from reader.tui.claim_grid import LABEL_MAX, columns, group_headers, label_width
from reader.tui.claim_map import ClaimMapScreen
from reader.tui.claim_table import ClaimTable

WORDS = ["harbour", "levy", "ferry", "quota", "pilots", "strike", "dredging", "tariff", "berth", "union",
         "cargo", "tides", "wharf", "crane", "licence", "salvage"]


def _corpus(tmp_path, sides: list[str | None]):
    """One article per entry of `sides` (None: no side), each telling the same few claims of a
    port dispute in its own words."""
    folder = tmp_path / "port"
    folder.mkdir()
    manifest = []
    for a, side in enumerate(sides):
        paragraphs = []
        for k in range(4):
            words = [WORDS[(k * 4 + i) % len(WORDS)] for i in range(8)]
            paragraphs.append(f"The {' '.join(words)} dispute was raised by writer {a} in week {k}.")
        (folder / f"p{a:02d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        manifest.append(f'[[article]]\nfile = "p{a:02d}.txt"\n' + (f'side = "{side}"\n' if side else ""))
    (folder / "corpus.toml").write_text("\n".join(manifest), encoding="utf-8")
    return load_paths([folder])


@pytest.mark.parametrize(("sides", "alone"), [
    (["shipowners"] * 4 + ["dockers"] * 4 + [None], "no side"),
    (["council"] * 3 + ["harbour ministry statements"] + ["residents"] * 3, "harbour ministry statements"),
])
async def test_a_side_of_one_article_is_named_over_its_column(tmp_path, make_app, sides, alone):
    app = make_app(_corpus(tmp_path, sides))
    async with reading_room(app, size=(100, 40)) as (pilot, _):  # no room beyond the label to widen it
        await pilot.press("M")
        await workers_done(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimMapScreen) and not screen.folded
        table = screen.query_one(ClaimTable)
        header = table.render_line(0).text
        column = next(c for c in table.columns if c.article is not None and sides[c.article] == (None if alone == "no side" else alone))
        x = table.fixed_width + table.starts[table.columns.index(column)]
        over = header[x : x + column.width]
        assert over == "┌" + alone[0] + "…", header  # its first letter, cut with …


def test_a_cut_name_fills_its_group_exactly(seeds):
    """However narrow, each header is as wide as its columns and starts with its name's first letters."""
    from reader.claims import ClaimMap

    cols = columns(ClaimMap(tuple(seeds.articles), ()), folded=False)
    for n, text in group_headers(cols):
        assert cell_len(text) == cols[n].width
        assert text[1] == (cols[n].side or "no side")[0]
    widths = {w: group_headers([replace(cols[0], width=w)])[0][1] for w in (3, 4, 5, 40)}
    name = cols[0].side
    assert widths[3] == "┌" + name[0] + "…" and widths[4] == "┌" + name[:2] + "…"
    assert widths[5] == "┌ " + name[:2] + "…" and widths[40].startswith(f"┌ {name} ─")


LONG_SIDES = ["national government"] * 3 + ["residents of the valley"] * 3 + ["the mining company's side"] * 3


async def _map_opened(pilot):
    await pilot.pause()
    await pilot.press("M")
    await workers_done(pilot)
    await pilot.pause()


async def test_a_wide_screen_names_each_side_whole_over_wider_columns(tmp_path, make_app):
    app = make_app(_corpus(tmp_path, LONG_SIDES))
    async with reading_room(app, size=(160, 48)) as (pilot, _):
        await _map_opened(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimMapScreen) and not screen.folded
        table = screen.query_one(ClaimTable)
        header = table.render_line(0).text
        for side in dict.fromkeys(LONG_SIDES):
            assert f"┌ {side} " in header, header
        assert table.label_width == LABEL_MAX  # the label's room is not taken for the headers
        assert "…" not in header


def test_the_headers_widen_only_from_room_a_whole_label_leaves(tmp_path):
    """Too narrow for a whole label (80 columns), the article columns keep their width and the
    names are cut as before; where one name fits and another does not, only the one widens."""
    from reader.claims import ClaimMap

    claim_map = ClaimMap(tuple(_corpus(tmp_path, LONG_SIDES).articles), ())
    narrow = columns(claim_map, folded=False, width=80)
    assert {c.width for c in narrow} == {3} and label_width(claim_map, narrow, 80) < LABEL_MAX
    assert all(text.endswith("…") for _, text in group_headers(narrow))
    some = 5 + LABEL_MAX + 27 + 7 + 2 + len("┌ national government ") - 9  # room for the shortest name only
    cols = columns(claim_map, folded=False, width=some)
    heads = [text for _, text in group_headers(cols)]
    assert heads[0] == "┌ national government " and heads[1].endswith("…") and heads[2].endswith("…")
    assert label_width(claim_map, cols, some) == LABEL_MAX


def test_snapshot_map_160x48_long_side_names(snap_compare, make_app, tmp_path):
    assert snap_compare(make_app(_corpus(tmp_path, LONG_SIDES)), terminal_size=(160, 48), run_before=_map_opened)
