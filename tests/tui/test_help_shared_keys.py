"""A key two bindings of one screen share (n: the next search hit, or the next linked passage)
is listed twice in the help screen: each row says where it applies, so one key has one meaning
in each context."""

from __future__ import annotations

from collections import defaultdict

from tui_helpers import covers, reading_room

from reader.tui.keymap import SCREENS, _key_set


def shared_keys() -> dict[tuple[str, str], list[str]]:
    """(screen, key) → the ids of the bindings of that screen that hold the key, where several do."""
    holders: dict[tuple[str, str], list[str]] = defaultdict(list)
    for screen, bindings in SCREENS:
        for binding in bindings:
            for key in _key_set(binding.key):
                if binding.id not in holders[screen, key]:
                    holders[screen, key].append(binding.id)
    return {where: ids for where, ids in holders.items() if len(ids) > 1}


def help_lines(app) -> list[str]:
    return str(app.screen.query_one("#keys").render()).splitlines()


async def test_each_row_of_a_shared_key_says_where_it_applies(make_app, seeds):
    covers("help.open")
    shared = shared_keys()
    assert shared, "no screen shares a key: nothing to check"
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, _):
        await pilot.press("question_mark")
        await pilot.pause()
        lines = help_lines(pilot.app)
    for (screen, key), ids in shared.items():
        rows = [next(line for line in lines if line.rstrip().endswith(f"  {binding_id}")) for binding_id in ids]
        texts = [" ".join(row.split()[1:-1]) for row in rows]
        assert all("search" in text for text in texts), (screen, key, texts)
        assert len(set(texts)) == len(texts), (screen, key, texts)  # one meaning in each context


async def test_the_context_names_the_key_that_starts_a_search_as_remapped(tmp_path, make_app, seeds):
    covers("help.open")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('[keys]\n"search.open" = "ctrl+s"\n', encoding="utf-8")
    async with reading_room(make_app(seeds), (120, 40)) as (pilot, _):
        await pilot.press("question_mark")
        await pilot.pause()
        lines = help_lines(pilot.app)
    row = next(line for line in lines if line.rstrip().endswith("search.next"))
    assert "in a search (^s)" in row, row
