"""Changing the view reuses what the panes already laid out, and never shows a stale one."""

from __future__ import annotations

from tui_helpers import covers, reading_room


async def test_cycling_the_views_reuses_each_layout_and_the_overview_keeps_its_column(make_app, seeds):
    covers("view.cycle", "cursor.down")
    from reader.tui.overview import LinkOverview
    from reader.tui.overview_map import overview_cells

    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left = screen.panes[0]
        overview = screen.query_one("#overview-0", LinkOverview)
        seen = {}
        for _ in range(2):  # twice round: all -> unmatched -> linked -> all ...
            for view in ("all", "unmatched", "linked"):
                assert screen.view == view
                layout = left.wrapped
                expected = {"all": list(range(len(left.units))), "unmatched": sorted(left.unmatched),
                            "linked": sorted(left.best)}[view]
                assert layout.order == expected
                assert seen.setdefault(view, layout) is layout  # built once, then reused
                cells = overview.cells()
                assert cells == overview_cells(layout.first_row, len(layout), overview.size.height,
                                               left.best, left.unmatched)
                await pilot.press("j")  # a cursor move repaints, but the column stays as it is
                assert overview.cells() is cells
                await pilot.press("v")
                await pilot.pause()


async def test_new_links_give_the_linked_view_a_new_layout(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await pilot.press("v", "v")
        assert screen.view == "linked"
        left = screen.panes[0]
        before = left.wrapped
        dropped = min(left.best)
        screen.marks[0] = {i: s for i, s in left.best.items() if i != dropped}
        screen.refresh_view()
        await pilot.pause()
        assert left.wrapped is not before and dropped not in left.wrapped.order
        assert left.wrapped.order == sorted(screen.marks[0])


async def test_text_is_wrapped_to_the_width_left_beside_the_scrollbar_in_every_view(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        widths = set()
        for _ in range(3):  # all -> unmatched -> linked: some views fit without a scrollbar
            for pane in screen.panes:
                assert pane.wrapped.width == pane.text_width(), screen.view
                widths.add((pane.show_vertical_scrollbar, pane.wrapped.width))
            await pilot.press("v")
            await pilot.pause()
            await pilot.pause()
        assert len({shown for shown, _ in widths}) == 2  # with and without a scrollbar were both seen
