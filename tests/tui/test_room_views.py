"""What the reading room's cursor, views and status do at their edges: a jump to a passage the
view hides, the other pane's cursor, a view that empties a pane, wrapping round the article,
sentence numbers, and keys that have nothing to act on."""

from __future__ import annotations

from textual.widgets import OptionList

from tui_helpers import covers, notices, reading_room, settle

# No paragraph of one shares a word of substance with the other: the pair has no links.
GARDENS = ["Tomatoes ripen slowly when autumn nights turn cold in the valley gardens here.",
           "Gardeners mulch their beds with straw so the roots keep warm through the frost.",
           "Seed catalogues arrive in winter, promising heirloom varieties and bigger harvests."]
STARS = ["The telescope on the ridge observed a faint comet crossing Orion last night.",
         "Astronomers measured its orbit and expect the comet back within eighty years.",
         "Amateur observers photographed the tail from dark sites far from city lights."]
# A second telling of the same three events, and two more only it tells.
REPORT = ["Heavy shelling struck the village school of Dorna before dawn on Tuesday, officials said.",
          "The regional governor ordered an evacuation of Dorna and three neighbouring villages.",
          "Aid convoys carrying water and medicine reached the Dorna evacuation camps by Thursday."]
EXTRA = ["Fishermen on the northern lake reported record catches of pike this season.",
         "A new railway timetable adds two evening trains between the coastal towns."]


def write_pair(tmp_path, first: list[str], second: list[str]):
    from reader.corpus import load_paths

    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "a.txt").write_text("\n\n".join(first) + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("\n\n".join(second) + "\n", encoding="utf-8")
    return load_paths([folder / "a.txt", folder / "b.txt"])


def status_text(screen) -> str:
    return screen.query_one("#status").render().plain


def pane_rows(pane) -> list[str]:
    return [pane.render_line(y).text for y in range(pane.scrollable_content_region.height)]


def cursor_shown(pane) -> bool:
    """The pane's cursor mark is on screen (▶ in the active pane, ▷ in the other)."""
    mark = "▶" if pane.active else "▷"
    return pane.is_passage_visible(pane.cursor) and any(mark in row[:3] for row in pane_rows(pane))


# -- 1. a jump to a passage the view hides --------------------------------------------------

async def test_a_bookmark_in_a_passage_the_view_hides_shows_all_passages_not_hides_boilerplate(make_app, seeds):
    covers("passage.next-unmatched", "bookmark.add", "view.cycle", "bookmarks.open", "bookmarks.jump")
    app = make_app(seeds)
    async with reading_room(app, size=(120, 40)) as (pilot, screen):
        left = screen.panes[0]
        await pilot.press("u")
        marked = left.cursor
        assert marked in left.unmatched and marked not in left.best
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("g", "v", "v")
        assert screen.view == "linked" and marked not in left.visible_order()
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert screen.view == "all" and screen.hide_boilerplate is False
        assert left.cursor == marked and cursor_shown(left)
        assert any("hid that passage: showing all passages" in n for n in notices(app)), notices(app)
        assert "Boilerplate hidden." not in notices(app)


async def test_reveal_shows_hidden_boilerplate_and_leaves_a_view_that_shows_it(make_app, seeds):
    article = next(a for a in seeds if any(p.kind == "boilerplate" for p in a.passages))
    other = next(a for a in seeds if a is not article)
    app = make_app(seeds, pair=(article.id, other.id))
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        covers("boilerplate.toggle")
        left = screen.panes[0]
        await pilot.press("x")
        boiler = next(i for i, p in enumerate(left.units) if p.kind == "boilerplate")
        assert boiler not in left.visible_order()
        screen.reveal(left, boiler)
        assert screen.hide_boilerplate is False and screen.view == "all"
        assert boiler in left.visible_order()
        assert notices(app)[-1] == "Boilerplate shown."
        shown = left.visible_order()[0]
        screen.reveal(left, shown)  # already shown: nothing changes, nothing is said
        assert notices(app)[-1] == "Boilerplate shown." and screen.hide_boilerplate is False


async def test_a_search_hit_the_view_hides_shows_all_passages(make_app, seeds):
    covers("search.open")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left = screen.panes[0]
        hidden = next(i for i in left.unmatched if i not in left.best)
        word = max(left.units[hidden].text.split(), key=len).strip(".,;:“”\"'()")
        await pilot.press("v", "v")
        screen._search_done((word, *_hits_at(screen, word, hidden)))
        await pilot.pause()
        assert screen.view == "all" and screen.hide_boilerplate is False
        assert left.cursor == hidden and cursor_shown(left)


def _hits_at(screen, word: str, index: int):
    from reader.tui.finding import search_passages

    hits = search_passages([pane.units for pane in screen.panes], word)
    return hits, next(n for n, h in enumerate(hits) if (h.side, h.index) == (0, index))


# -- 2. the other pane's cursor, and what `=` links ------------------------------------------

async def test_the_other_panes_cursor_is_drawn_and_equals_asks_before_linking_no_body_text(make_app, seeds):
    covers("cursor.down", "link.make")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        await pilot.press("j", "j")
        kind = right.units[right.cursor].kind
        assert kind != "body" and right.cursor != right.target
        assert cursor_shown(right)  # ▷: dimmer than the active pane's ▶
        rows = pane_rows(right)
        assert sum("▷" in row[:3] for row in rows) == 1 and not any("▶" in row[:3] for row in rows)
        await pilot.press("equals_sign")
        what = "a heading" if kind == "heading" else "boilerplate"
        assert f"B ¶1 is {what}, not body text. Press = again to link them anyway." in notices(app)
        assert left.cursor not in screen.decided[0]  # nothing linked yet
        await pilot.press("equals_sign")
        assert screen.decided[0].get(left.cursor) == "reader"
        assert "+ your link" in status_text(screen)


async def test_equals_asks_when_the_other_cursor_is_off_screen(make_app, seeds):
    covers("pane.switch", "cursor.bottom", "link.make")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left, right = screen.panes
        body = next(i for i, u in enumerate(right.units) if u.kind == "body")
        right.cursor = body
        await pilot.press("f", "G")  # follow off: the right pane stays where it is
        left_body = left.cursor
        assert left.units[left_body].kind == "body"
        right.scroll_to(y=right.max_scroll_y, animate=False, immediate=True)
        await pilot.pause()
        assert not right.is_passage_visible(body)
        await pilot.press("equals_sign")
        assert any("is off screen: tab goes to it" in n for n in notices(app)), notices(app)
        assert left_body not in screen.decided[0]


# -- 3. tab onto a cursor scrolled away ------------------------------------------------------

async def test_tab_brings_the_cursor_of_the_pane_it_goes_to_into_view(make_app, seeds):
    covers("pane.switch", "cursor.bottom", "cursor.top")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left = screen.panes[0]
        await pilot.press("G")
        last = left.cursor
        await pilot.press("tab", "g")  # onto B's first passage, which has no counterpart
        assert screen.active == 1 and not screen.current_links()
        left.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        assert not left.is_passage_visible(last)
        await pilot.press("tab")
        assert screen.active == 0 and left.cursor == last
        assert cursor_shown(left)


# -- 4. a view that shows nothing ------------------------------------------------------------

async def test_a_view_with_no_passage_in_either_pane_is_passed_over(tmp_path, make_app):
    covers("view.cycle")
    app = make_app(write_pair(tmp_path, GARDENS, STARS))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        assert not screen.marks[0] and not screen.marks[1]
        await pilot.press("v")
        assert screen.view == "unmatched"
        await pilot.press("v")
        assert screen.view == "all"
        assert "No linked passages: showing all passages." in notices(app)


async def test_a_pane_its_view_empties_says_so_and_keys_act_on_nothing_hidden(tmp_path, make_app):
    covers("view.cycle", "passage.copy")
    app = make_app(write_pair(tmp_path, REPORT, [*REPORT[:2], EXTRA[0], REPORT[2], EXTRA[1]]))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        left, right = screen.panes
        assert not left.unmatched and right.unmatched  # every passage of A is told by B
        await pilot.press("v")
        assert screen.view == "unmatched"
        assert left.cursor is None and left.visible_order() == []
        assert "Nothing to show in this view (only ◌ unmatched)" in " ".join(pane_rows(left))
        assert status_text(screen).startswith("A nothing to show in this view")
        before = list(notices(app))
        await pilot.press("y", "j", "u")
        assert not any(n.startswith("Copied") for n in notices(app)[len(before):])
        await pilot.press("v")  # only linked: A's passages and its cursor come back
        assert screen.view == "linked" and left.cursor == 0


async def test_next_unmatched_says_when_the_view_hides_them(tmp_path, make_app):
    covers("view.cycle", "pane.switch", "passage.next-unmatched")
    app = make_app(write_pair(tmp_path, REPORT, [*REPORT[:2], EXTRA[0], REPORT[2], EXTRA[1]]))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        await pilot.press("v", "v", "tab")
        right = screen.panes[1]
        assert screen.view == "linked" and screen.active == 1 and right.unmatched
        cursor = right.cursor
        await pilot.press("u")
        assert notices(app)[-1] == "The view (only linked) hides every ◌ unmatched passage: v changes the view."
        assert right.cursor == cursor


# -- 5. wrapping round the article ----------------------------------------------------------

async def test_next_and_previous_linked_and_unmatched_say_when_they_wrap(make_app, seeds):
    covers("cursor.bottom", "cursor.top", "passage.next-linked", "passage.prev-unmatched")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        left = screen.panes[0]
        await pilot.press("G")
        last = left.cursor
        assert last > max(left.best)
        await pilot.press("n")
        assert left.cursor == min(left.best)
        assert notices(app)[-1] == "No more linked passages below: continuing at the top."
        await pilot.press("g")
        assert left.cursor < min(left.unmatched)
        await pilot.press("U")
        assert left.cursor == max(left.unmatched)
        assert notices(app)[-1] == "No more ◌ unmatched passages above: continuing at the bottom."
        count = len(notices(app))
        await pilot.press("U")  # no wrap: nothing said
        assert len(notices(app)) == count and left.cursor < max(left.unmatched)


# -- 6. sentence numbers --------------------------------------------------------------------

def test_the_status_names_a_sentence_a_sentence():
    from reader.corpus.model import unit_label
    from reader.tui.status import StatusFacts, status_line

    assert status_line(StatusFacts(side=0, number=8, total=71, granularity="sentence"), 120).plain.startswith(
        "A sentence 8/71")
    assert status_line(StatusFacts(side=0, number=8, total=71), 120).plain.startswith("A ¶ 8/71")
    assert (unit_label(3, "sentence"), unit_label(3, "paragraph")) == ("s3", "¶3")


async def test_sentence_granularity_shows_sentence_numbers(tmp_path, make_app, seeds):
    covers("granularity.toggle", "passage.copy")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        await pilot.press("j", "j", "j", "S")
        await settle(pilot)
        left = screen.panes[0]
        assert left.granularity == "sentence"
        number, total = left.units[left.cursor].number, len(left.units)
        assert f"A sentence {number}/{total}" in status_text(screen)
        await pilot.press("y")
        assert notices(app)[-1].startswith(f"Copied sentence {number} of {total} ")
        await pilot.press("slash", *"israel")  # search hits are numbered as the panes number
        await settle(pilot)
        prompts = [str(option.prompt) for option in app.screen.query_one(OptionList).options]
        assert prompts and all(p.startswith(("A s", "B s")) for p in prompts), prompts[:3]


# -- 7. keys with nothing to act on ----------------------------------------------------------

async def test_search_keys_are_in_the_palette_only_while_a_search_is_active(make_app, seeds):
    from test_palette_help import palette_titles

    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        titles = await palette_titles(pilot, "")
        assert "Next linked" in titles
        assert not {"Next hit", "Previous hit", "Leave search"} & set(titles)
        await pilot.press("escape")
        word = max(screen.panes[0].units[1].text.split(), key=len).strip(".,;:“”\"'()")
        screen._search_done((word, *_hits_at(screen, word, 1)))
        await pilot.pause()
        titles = await palette_titles(pilot, "")
        assert {"Next hit", "Previous hit", "Leave search"} <= set(titles)
        assert "Next linked" not in titles


async def test_link_keys_on_a_pair_with_no_links_say_so(tmp_path, make_app):
    covers("link.next", "link.prev", "link.next-unconfirmed")
    app = make_app(write_pair(tmp_path, GARDENS, STARS))
    async with reading_room(app, size=(120, 36)) as (pilot, screen):
        for key in ("right_square_bracket", "left_square_bracket", "r"):
            count = len(notices(app))
            await pilot.press(key)
            assert notices(app)[count:] == ["This pair has no links."], key


async def test_next_counterpart_says_when_there_is_only_one(make_app, seeds):
    covers("passage.next-linked", "link.next")
    app = make_app(seeds)
    async with reading_room(app, size=(160, 48)) as (pilot, screen):
        while len(screen.current_links()) != 1:
            await pilot.press("n")
        await pilot.press("right_square_bracket")
        assert notices(app)[-1] == "This passage has one counterpart only."


# -- how it looks ---------------------------------------------------------------------------

def _emptied_by_the_view(snap_compare, make_app, tmp_path, size):
    """Pane A shows nothing in the "only ◌ unmatched" view (B tells all it tells); B's cursor ▷."""
    app = make_app(write_pair(tmp_path, REPORT, [*REPORT[:2], EXTRA[0], REPORT[2], EXTRA[1]]))

    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_a_pane_the_view_empties_80x24(snap_compare, make_app, tmp_path):
    assert _emptied_by_the_view(snap_compare, make_app, tmp_path, (80, 24))


def test_a_pane_the_view_empties_120x36(snap_compare, make_app, tmp_path):
    assert _emptied_by_the_view(snap_compare, make_app, tmp_path, (120, 36))
