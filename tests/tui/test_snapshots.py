"""Snapshots of the reading room's screens (update with --snapshot-update after a deliberate change)."""

from __future__ import annotations

from tui_helpers import settle


def _snap(snap_compare, app, size, *keys, after=None):
    async def run_before(pilot):
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        if after is not None:
            await after(pilot)

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_compare_80x24(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (80, 24), "n")


def test_compare_160x48(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (160, 48), "n", "n")


# Each view (v cycles: only ◌ unmatched, only linked), at the smallest usual size and a wide one;
# every compare snapshot also shows the pair summary in the status line, each pane's link
# overview beside its scrollbar and (side by side) the ribbon joining the cursor to its counterpart.
def test_view_unmatched_80x24(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (80, 24), "v")


def test_view_unmatched_160x48(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (160, 48), "v", "j")


def test_view_linked_80x24(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (80, 24), "v", "v")


def test_view_linked_160x48(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (160, 48), "v", "v", "n")


def test_search_hits_in_the_panes_160x48(snap_compare, make_app, seeds):
    async def search(pilot):
        await pilot.press("slash", *"azerbaijan")
        await settle(pilot)
        await pilot.press("enter", "n")
        await settle(pilot)

    assert _snap(snap_compare, make_app(seeds), (160, 48), after=search)


def test_compare_narrow_stacks_panes(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (90, 30), "n")


def test_too_small(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (50, 12))


def test_picker(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (120, 36), "o")


def test_search(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (120, 36), "slash", *"iron dome")


def test_help(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (120, 40), "question_mark")


def _frozen_bookmarks(monkeypatch, tmp_path, seeds):
    """Three bookmarks saved at a fixed time: one with a note and tags, a pair, an orphan."""
    from reader.bookmarks import BookmarkStore, store as store_module
    from reader.corpus import load_paths

    monkeypatch.setattr(store_module, "now_utc", lambda: "2024-05-01T12:00:00Z")
    gone = tmp_path / "elsewhere" / "gone.txt"
    gone.parent.mkdir()
    gone.write_text("Gone\n\nA passage from an article file that was later deleted.\n", encoding="utf-8")
    lost = load_paths([gone]).articles[0]
    a, b = seeds.articles[0], seeds.articles[1]
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_passage(a, a.passages[5], note="Iron Dome sale — check the date", tags="arms, 2016")
        store.add_pair(a, a.passages[7].start, a.passages[7].end, b, b.passages[4].start, b.passages[4].end,
                       note="both sides on the same deal", tags="pair")
        store.add_quote(lost, "later deleted", note="kept with its quote")
    gone.unlink()


def test_bookmark_dialog(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (80, 24), "n", "B", *"both sides", "tab", *"oil, arms")


def test_bookmarks_screen(snap_compare, make_app, seeds, monkeypatch, tmp_path):
    _frozen_bookmarks(monkeypatch, tmp_path, seeds)
    assert _snap(snap_compare, make_app(seeds), (80, 24), "m")


def _alone_with_empty_files(tmp_path, seeds):
    """One article opened alone, in a folder that also holds an empty and a blank file."""
    from reader.corpus import load_paths

    folder = tmp_path / "folder"
    folder.mkdir()
    first, second = seeds.articles[0].path, seeds.articles[1].path
    (folder / "shells.txt").write_bytes(first.read_bytes())
    (folder / "other.txt").write_bytes(second.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n \n", encoding="utf-8")
    return load_paths([folder / "shells.txt"])


def test_picker_80x24(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (80, 24), "o")


def test_picker_for_one_article_alone_marks_empty_files_80x24(snap_compare, make_app, seeds, tmp_path):
    async def without_toasts(pilot):  # "choose the second one" times out: not in the snapshot
        pilot.app.clear_notifications()
        await pilot.pause()

    assert _snap(snap_compare, make_app(_alone_with_empty_files(tmp_path, seeds)), (80, 24), after=without_toasts)


def test_help_80x24(snap_compare, make_app, seeds):
    assert _snap(snap_compare, make_app(seeds), (80, 24), "question_mark")
