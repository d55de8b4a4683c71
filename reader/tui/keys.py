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

# The note-and-tags dialog (adding or editing a bookmark). Enter in a text field saves too.
BOOKMARK_DIALOG_BINDINGS: list[Binding] = [
    Binding("enter", "save", "Save", id="bookmark-dialog.save"),
    Binding("escape", "cancel", "Cancel", id="bookmark-dialog.cancel"),
]

# The bookmarks screen.
BOOKMARKS_BINDINGS: list[Binding] = [
    Binding("enter", "open_bookmark", "Open", id="bookmarks.jump"),
    Binding("j", "move(1)", "Next bookmark", show=False, id="bookmarks.down"),
    Binding("k", "move(-1)", "Previous bookmark", show=False, id="bookmarks.up"),
    Binding("slash", "filter", "Filter", id="bookmarks.filter"),
    Binding("e", "edit", "Edit note/tags", id="bookmarks.edit"),
    Binding("d,delete", "delete", "Delete", key_display="d", id="bookmarks.delete"),
    Binding("u", "undo", "Undo delete", id="bookmarks.undo"),
    Binding("escape", "close", "Back", id="bookmarks.close"),
]

# Asking before something is deleted.
CONFIRM_BINDINGS: list[Binding] = [
    Binding("y,enter", "answer(True)", "Yes", key_display="y", id="confirm.yes"),
    Binding("n,escape", "answer(False)", "No", key_display="n", id="confirm.no"),
]

# Everywhere in the app.
APP_BINDINGS: list[Binding] = [
    Binding("question_mark", "help", "Help", key_display="?", id="help.open"),
    Binding("t", "cycle_theme", "Theme", show=False, id="theme.cycle"),
    Binding("q", "quit", "Quit", id="app.quit"),
]

ALL_BINDINGS: list[Binding] = (COMPARE_BINDINGS + BOOKMARKS_BINDINGS + BOOKMARK_DIALOG_BINDINGS
                                + CONFIRM_BINDINGS + APP_BINDINGS)
# How the help screen groups them.
BINDING_GROUPS: tuple[tuple[str, list[Binding]], ...] = (
    ("Reading room", COMPARE_BINDINGS),
    ("Bookmarks list", BOOKMARKS_BINDINGS),
    ("Bookmark dialog", BOOKMARK_DIALOG_BINDINGS),
    ("Confirming", CONFIRM_BINDINGS),
    ("Everywhere", APP_BINDINGS),
)
BINDING_IDS: tuple[str, ...] = tuple(b.id for b in ALL_BINDINGS if b.id)
DEFAULT_KEYS: dict[str, str] = {b.id: b.key for b in ALL_BINDINGS if b.id}


def configurable_ids() -> set[str]:
    """Every binding id a `[keys]` table may remap: the reader's, and its dialogs' own."""
    from reader.tui.help import HelpScreen
    from reader.tui.picker import PickerScreen
    from reader.tui.search import SearchScreen

    dialogs = [b for screen in (HelpScreen, PickerScreen, SearchScreen) for b in screen.BINDINGS]
    return set(BINDING_IDS) | {b.id for b in dialogs if isinstance(b, Binding) and b.id}
