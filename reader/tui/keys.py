"""Every key binding of the reader, each with a stable id.

The config's `[keys]` table maps these ids to keys (`App.set_keymap`), so an id, once
published, never changes meaning. `BINDING_IDS` is the list the config loader checks against.
"""

from __future__ import annotations

from textual.binding import Binding

# The compare screen: moving through passages and between the panes.
COMPARE_BINDINGS: list[Binding] = [
    Binding("j,down", "cursor(1)", "Next passage", key_display="j/↓", id="cursor.down"),
    Binding("k,up", "cursor(-1)", "Previous passage", key_display="k/↑", show=False, id="cursor.up"),
    Binding("tab", "switch_pane", "Other pane", id="pane.switch", priority=True, show=False),
    Binding("h", "focus_pane(0)", "Left/top pane", show=False, id="pane.left"),
    Binding("l", "focus_pane(1)", "Right/bottom pane", show=False, id="pane.right"),
    Binding("enter", "jump", "Jump to counterpart", id="link.jump"),
    Binding("right_square_bracket", "cycle_link(1)", "Next counterpart", show=False, id="link.next"),
    Binding("left_square_bracket", "cycle_link(-1)", "Previous counterpart", show=False, id="link.prev"),
    Binding("n", "next_linked(True)", "Next linked", id="passage.next-linked"),
    Binding("N", "next_linked(False)", "Previous linked", show=False, id="passage.prev-linked"),
    Binding("u", "next_unmatched(True)", "Next unmatched", id="passage.next-unmatched"),
    Binding("U", "next_unmatched(False)", "Previous unmatched", show=False, id="passage.prev-unmatched"),
    Binding("f", "toggle_follow", "Follow", id="follow.toggle"),
    Binding("x", "toggle_boilerplate", "Boilerplate", show=False, id="boilerplate.toggle"),
    Binding("o", "open_picker", "Articles", id="picker.open"),
    Binding("s", "swap", "Swap", show=False, id="panes.swap"),
    Binding("slash", "search", "Search", id="search.open"),
    Binding("y", "copy", "Copy passage", show=False, id="passage.copy"),
    Binding("b", "bookmark", "Bookmark", show=False, id="bookmark.add"),
    Binding("B", "bookmark_pair", "Bookmark pair", show=False, id="bookmark.add-pair"),
    Binding("m", "bookmarks", "Bookmarks", show=False, id="bookmarks.open"),
    Binding("g,home", "edge(False)", "First passage", show=False, id="cursor.top"),
    Binding("G,end", "edge(True)", "Last passage", show=False, id="cursor.bottom"),
    Binding("pagedown,space", "page(1)", "Page down", show=False, id="page.down"),
    Binding("pageup", "page(-1)", "Page up", show=False, id="page.up"),
]

# Everywhere in the app.
APP_BINDINGS: list[Binding] = [
    Binding("question_mark", "help", "Help", key_display="?", id="help.open"),
    Binding("t", "cycle_theme", "Theme", show=False, id="theme.cycle"),
    Binding("q", "quit", "Quit", id="app.quit"),
]

ALL_BINDINGS: list[Binding] = COMPARE_BINDINGS + APP_BINDINGS
BINDING_IDS: tuple[str, ...] = tuple(b.id for b in ALL_BINDINGS if b.id)
DEFAULT_KEYS: dict[str, str] = {b.id: b.key for b in ALL_BINDINGS if b.id}


def configurable_ids() -> set[str]:
    """Every binding id a `[keys]` table may remap: the reader's, and its dialogs' own."""
    from reader.tui.help import HelpScreen
    from reader.tui.picker import PickerScreen
    from reader.tui.search import SearchScreen

    dialogs = [b for screen in (HelpScreen, PickerScreen, SearchScreen) for b in screen.BINDINGS]
    return set(BINDING_IDS) | {b.id for b in dialogs if isinstance(b, Binding) and b.id}
