"""The claim map screen (M): building it in a worker, sorting, filtering, folding, and enter
opening the reading room on a cell's passage beside its partner."""

from __future__ import annotations

import contextlib
import json
import random
import re
import threading

import pytest
from textual.widgets import ProgressBar

from tui_helpers import (assert_terminal_safe, compare, covers, notices, open_palette, reading_room, settle,
                         workers_done)

from reader.claims import ClaimMap
from reader.corpus import load_paths
from reader.tui.claim_grid import (RELATED, SIDES_WIDTH, SILENT, TOLD, choose, columns, fits_unfolded,
                                   group_headers, shown_claims, side_legend, sides_cell)
from reader.tui.claim_map import ClaimMapScreen
from reader.tui.claim_table import HEADER_ROWS, ClaimTable


async def open_map(pilot) -> ClaimMapScreen:
    await pilot.press("M")
    await workers_done(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ClaimMapScreen), screen
    assert screen.claim_map is not None
    return screen


@contextlib.asynccontextmanager
async def map_room(app, size: tuple[int, int] = (120, 36)):
    """Run `app` at `size`, open the claim map and wait for it; yields (pilot, map screen,
    reading room)."""
    async with reading_room(app, size=size) as (pilot, reading):
        yield pilot, await open_map(pilot), reading


def grid(screen: ClaimMapScreen) -> ClaimTable:
    return screen.query_one(ClaimTable)


def row_ids(screen: ClaimMapScreen) -> list[int]:
    return [c.id for c in grid(screen).claims]


def cursor_at(screen: ClaimMapScreen) -> tuple[int, str]:
    table = grid(screen)
    return table.claim.id, table.column.key if table.column is not None else "label"


def drawn_cell(screen: ClaimMapScreen, claim_id: int, key: str) -> str:
    """What the grid draws in a cell (the grid must be scrolled to its top-left)."""
    table = grid(screen)
    assert table.scroll_offset == (0, 0)
    n = next(i for i, c in enumerate(table.columns) if c.key == key)
    row = row_ids(screen).index(claim_id)
    x = table.fixed_width + table.starts[n]
    return table.render_line(HEADER_ROWS + row).text[x : x + table.columns[n].width].strip()


def drawn_cell_anywhere(screen: ClaimMapScreen, claim, article: int) -> str:
    """What the grid would draw in an article's cell, whether or not its row is shown."""
    from reader.tui.claim_grid import cell

    column = next(c for c in columns(screen.claim_map, False) if c.article == article)
    return cell(screen.claim_map, claim, column)[0]


async def move_to(pilot, screen: ClaimMapScreen, claim_id: int, column_key: str) -> None:
    """Walk the cursor there with the map's own keys (j/k rows, h/l columns)."""
    table = grid(screen)
    row = row_ids(screen).index(claim_id)
    column = next(i for i, c in enumerate(table.columns) if c.key == column_key) + 1
    here_row, here_column = table.cursor
    await pilot.press(*(["j"] * (row - here_row) if row > here_row else ["k"] * (here_row - row)))
    await pilot.press(*(["l"] * (column - here_column) if column > here_column else ["h"] * (here_column - column)))
    assert cursor_at(screen) == (claim_id, column_key)


async def test_map_shows_every_claim_with_a_cell_per_article(make_app, seeds):
    covers("claims.open")
    app = make_app(seeds)
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        claim_map = screen.claim_map
        assert claim_map.articles == tuple(seeds.articles) and claim_map.claims
        assert row_ids(screen) == [c.id for c in claim_map.sorted_claims("coverage")]
        for claim in claim_map.claims:
            for article in range(len(seeds.articles)):
                text = drawn_cell(screen, claim.id, f"article-{article}")
                assert text == (TOLD if article in claim.articles else
                                RELATED if article in claim.related_articles else SILENT)
        # Opening it again is instant: the reading room kept the map.
        await pilot.press("escape")
        again = await open_map(pilot)
        assert again.claim_map is claim_map


async def test_sort_keys_reorder_and_keep_the_cursor_on_its_claim(make_app, seeds):
    covers("claims.sort-coverage", "claims.sort-imbalance", "claims.sort-first", "claims.down", "claims.up")
    app = make_app(seeds)
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        claim_map = screen.claim_map
        await pilot.press("j", "j", "j", "k")
        held = cursor_at(screen)
        assert held[0] == row_ids(screen)[2]
        for key, order in (("f", "first"), ("i", "imbalance"), ("c", "coverage")):
            await pilot.press(key)
            assert row_ids(screen) == [c.id for c in claim_map.sorted_claims(order)]
            assert cursor_at(screen) == held
            assert screen.state.sort == order
        by_first = claim_map.sorted_claims("first")
        assert [c.first for c in by_first] == sorted(c.first for c in claim_map.claims)


async def test_filter_shows_only_claims_some_side_omits(make_app, seeds):
    covers("claims.omitted")
    app = make_app(seeds)
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        claim_map = screen.claim_map
        everyone = [c for c in claim_map.claims if claim_map.sides_told(c) == len(claim_map.sides)]
        assert everyone, "the seeds have a claim every side tells"
        # A side touching on a claim it does not tell does not omit it.
        touched = [c for c in claim_map.claims if c not in everyone and c not in claim_map.omitted()]
        assert touched, "the seeds have a claim a side only touches on"
        await pilot.press("o")
        shown = row_ids(screen)
        assert shown == [c.id for c in claim_map.sorted_claims("coverage") if c not in everyone + touched]
        for claim_id in shown:  # some side has every one of its articles silent
            assert any(all(drawn_cell(screen, claim_id, f"article-{a}") == SILENT for a in members)
                       for members in claim_map.sides.values())
        for claim in touched:
            assert any(drawn_cell_anywhere(screen, claim, a) == RELATED for a in claim.related_articles)
        assert "a side silent" in str(screen.query_one("#title").render())
        await pilot.press("o")
        assert len(shown) < len(row_ids(screen)) == len(claim_map.claims)


async def test_untold_filter_keeps_what_counterpoint_map_untold_keeps(make_app, seeds):
    """`u` is `counterpoint map --untold`: a side that only touches on a claim (~) does not tell
    it, so those claims are kept, where `o` (--omitted) leaves them out. It is offered as a key
    in the footer, the help screen and the palette."""
    covers("claims.untold", "claims.omitted")
    from textual.command import CommandList
    from textual.widgets import Footer

    from reader.tui.help import HelpScreen
    from tui_helpers import drawn

    app = make_app(seeds)
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        claim_map = screen.claim_map
        untold = [c.id for c in claim_map.sorted_claims("coverage") if c in claim_map.omitted(strict=True)]
        touched = [c.id for c in claim_map.claims if c.id in untold and c not in claim_map.omitted()]
        assert touched, "the seeds have a claim a side only touches on"
        assert "u Untold" in drawn(screen.query_one(Footer))
        await pilot.press("u")
        assert row_ids(screen) == untold
        for claim_id in untold:  # some side has no article telling it: each is silent or touches on it
            assert any(all(drawn_cell(screen, claim_id, f"article-{a}") != TOLD for a in members)
                       for members in claim_map.sides.values())
        assert f"{len(untold)} of {len(claim_map.claims)} claims (a side not telling)" in str(
            screen.query_one("#title").render())
        await pilot.press("o")  # the other filter takes its place
        assert row_ids(screen) == [c for c in untold if c not in touched] and screen.state.only == "omitted"
        await pilot.press("u", "u")  # the same filter again: every claim
        assert len(row_ids(screen)) == len(claim_map.claims) and screen.state.only is None

        await open_palette(pilot, "untold")
        options = app.screen.query_one(CommandList)
        assert str(options.get_option_at_index(0).prompt).split("\n")[0] == "Untold"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and row_ids(screen) == untold
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "claims.untold" in drawn(app.screen)


async def test_fold_shows_per_side_counts(make_app, seeds):
    covers("claims.fold", "claims.left", "claims.right")
    app = make_app(seeds)
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        claim_map = screen.claim_map
        await pilot.press("z")
        assert screen.folded
        table = grid(screen)
        assert [c.key for c in table.columns] == [f"side-{n}" for n in range(len(claim_map.sides))]
        # The five sides' columns narrow to fit 120 columns beside the label: none is cut.
        room = table.scrollable_content_region.width - table.fixed_width
        assert table.starts[-1] + table.columns[-1].width <= room
        for claim in claim_map.claims:
            for n, (side, members) in enumerate(claim_map.sides.items()):
                told = claim_map.side_coverage(claim)[side]
                glyph = TOLD if told else RELATED if claim.related_articles & set(members) else SILENT
                assert drawn_cell(screen, claim.id, f"side-{n}") == f"{glyph} {told}/{len(members)}"
        assert any(drawn_cell(screen, c.id, "side-1").startswith(RELATED) for c in claim_map.claims)
        await pilot.press("l", "l", "h")
        assert cursor_at(screen)[1] == "side-1"
        await pilot.press("z")  # unfolded, the cursor stays on that side: its first article
        assert not screen.folded and table.columns[0].key == "article-0"
        second_side = claim_map.sides[list(claim_map.sides)[1]]
        assert cursor_at(screen)[1] == f"article-{second_side[0]}"
        last = len(claim_map.articles) - 1
        await pilot.press(*["l"] * last)
        assert cursor_at(screen)[1] == f"article-{last}"
        await pilot.press("z")  # folded, on the side of the article it was on
        group = list(claim_map.sides).index(claim_map.articles[last].side)
        assert screen.folded and cursor_at(screen)[1] == f"side-{group}"


async def test_enter_on_a_told_cell_compares_its_passage_with_the_best_partner(make_app, seeds):
    covers("claims.compare")
    app = make_app(seeds)
    async with map_room(app, (160, 48)) as (pilot, screen, reading):
        claim_map = screen.claim_map
        # A claim told by an article other than the one its label comes from, in that article.
        claim, article = next((c, p.article) for c in claim_map.claims for p in c.passages
                              if p.article != c.passages[c.central].article)
        await move_to(pilot, screen, claim.id, f"article-{article}")
        passage = max((p for p in claim.passages if p.article == article),
                      key=lambda p: claim.strength[claim.passages.index(p)]).passage
        partner = claim_map.partner(claim, article, passage.index)
        await pilot.press("enter")
        await settle(pilot)
        assert compare(app) is reading
        left, right = reading.panes
        assert left.article is seeds.articles[article] and right.article is seeds.articles[partner.article]
        assert reading.active == 0
        assert left.units[left.cursor].start == passage.start
        assert right.units[right.cursor].start == partner.passage.start
        assert left.is_passage_visible(left.cursor) and right.is_passage_visible(right.cursor)


async def test_enter_on_a_silent_cell_shows_the_article_beside_the_claim(make_app, seeds):
    app = make_app(seeds)
    async with map_room(app, (160, 48)) as (pilot, screen, reading):
        claim_map = screen.claim_map
        claim, silent = next((c, a) for c in claim_map.claims for a in range(len(seeds.articles))
                             if a not in c.articles | c.related_articles)
        await move_to(pilot, screen, claim.id, f"article-{silent}")
        assert "is silent on it" in str(screen.query_one("#detail").render())
        await pilot.press("enter")
        await settle(pilot)
        beside = claim_map.partner(claim, silent)
        left, right = reading.panes
        assert left.article is seeds.articles[silent] and right.article is seeds.articles[beside.article]
        assert right.units[right.cursor].start == beside.passage.start
        assert any("is silent on this claim" in n for n in notices(app))


async def test_enter_on_a_related_cell_compares_its_passage_with_the_linked_telling(make_app, seeds):
    app = make_app(seeds)
    async with map_room(app, (160, 48)) as (pilot, screen, reading):
        claim_map = screen.claim_map
        claim, related = next((c, r) for c in claim_map.claims for r in c.related)
        await move_to(pilot, screen, claim.id, f"article-{related.article}")
        assert drawn_cell(screen, claim.id, f"article-{related.article}") == RELATED
        detail = str(screen.query_one("#detail").render())
        assert f"only touches on it, in {related.passage.label}" in detail
        await pilot.press("enter")
        await settle(pilot)
        assert compare(app) is reading
        telling = claim.passages[related.telling]
        left, right = reading.panes
        assert left.article is seeds.articles[related.article] and right.article is seeds.articles[telling.article]
        assert left.units[left.cursor].start == related.passage.start
        assert right.units[right.cursor].start == telling.passage.start
        assert left.is_passage_visible(left.cursor) and right.is_passage_visible(right.cursor)
        assert any("does not tell this claim; this passage touches on it" in n for n in notices(app))


async def test_palette_opens_the_map_and_escape_closes_it(make_app, seeds):
    covers("claims.close")
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, reading):
        await open_palette(pilot, "claim map")
        await pilot.press("enter")
        await workers_done(pilot)
        assert isinstance(app.screen, ClaimMapScreen)
        await pilot.press("escape")
        assert app.screen is reading


async def test_the_map_is_built_in_a_worker_with_progress_and_stays_responsive(make_app, seeds, monkeypatch):
    """While the map builds the screen shows its progress and takes keys; leaving cancels it."""
    import reader.claims as claims

    halfway, release = threading.Event(), threading.Event()
    real = claims.cached_build

    def slow(articles, glossary=None, *, progress=None, cancelled=None, **kwargs):
        def paused(fraction):
            progress(fraction)
            if fraction >= 0.5 and not halfway.is_set():
                halfway.set()
                release.wait(10)

        return real(articles, glossary, progress=paused, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(claims, "cached_build", slow)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, reading):
        await pilot.press("M")
        screen = app.screen
        assert isinstance(screen, ClaimMapScreen)
        for _ in range(1000):
            if halfway.is_set() and screen.query_one(ProgressBar).progress >= 50:
                break
            await pilot.pause(0.01)
        assert screen.query_one(ProgressBar).progress >= 50 and screen.claim_map is None
        await pilot.press("i", "o")  # the view can be chosen before the map arrives
        assert screen.state.sort == "imbalance" and screen.state.only == "omitted"
        release.set()
        await workers_done(pilot)
        assert screen.claim_map is not None
        assert row_ids(screen) == [c.id for c in shown_claims(screen.claim_map, "imbalance", "omitted")]


async def test_a_reopened_corpus_reads_its_map_from_the_cache(make_app, seeds):
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, _):
        first = (await open_map(pilot)).claim_map
        assert not first.from_cache
    again = make_app(seeds)
    async with reading_room(again, size=(120, 36)) as (pilot, _):
        cached = (await open_map(pilot)).claim_map
        assert cached.from_cache and [c.passages for c in cached.claims] == [c.passages for c in first.claims]


ESC = "\x1b"
HOSTILE_CLAIM = ("[bold]Ministers[/bold] [@click=app.quit]x[/] said the Kharkiv grain corridor reopened "
                 "on Tuesday after talks in Ankara with Turkish mediators and [/x] harbour officials.")


@pytest.fixture
def hostile_map_corpus(tmp_path):
    """Three articles whose shared claim, titles and sides carry markup and escapes."""
    folder = tmp_path / "hostile-map"
    folder.mkdir()
    others = ["Farmers in the south counted losses from the spring floods along the river.",
              "The parliament debated a new budget for schools and hospitals late into the night.",
              "A football match in the capital drew a record crowd despite the rain."]
    manifest = []
    for n, other in enumerate(others):
        (folder / f"a{n}.txt").write_text(f"{HOSTILE_CLAIM}\n\n{other}\n", encoding="utf-8")
        title = json.dumps(f"[b]T{n}[/b] " + ESC + "[31m")
        side = json.dumps("[/side] one" if n < 2 else "[@click=app.quit]two[/]")
        manifest.append(f'[[article]]\nfile = "a{n}.txt"\ntitle = {title}\nside = {side}\n')
    (folder / "corpus.toml").write_text("\n".join(manifest), encoding="utf-8")
    return load_paths([folder])


async def test_hostile_labels_titles_and_sides_show_literally(make_app, hostile_map_corpus):
    app = make_app(hostile_map_corpus)
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        assert screen.claim_map.claims
        assert app.is_running
        legend = str(screen.query_one("#legend").render())
        assert "[/side] one" in legend and "[@click=app.quit]two[/]" in legend
        detail = str(screen.query_one("#detail").render())
        assert "[bold]Ministers[/bold] [@click=app.quit]x[/]" in detail
        assert "[b]T" in detail
        row = grid(screen).render_line(HEADER_ROWS).text  # the grid draws the label as it is
        assert "[bold]Ministers[/bold] [@click=app.quit]x[/]" in row
        assert_terminal_safe(legend + detail)


def _twins(tmp_path, title: str):
    """Two articles with one title, each telling HOSTILE_CLAIM and one thing of its own."""
    folder = tmp_path / "twins"
    folder.mkdir()
    for name, other in (("courier.txt", "Farmers counted losses from the spring floods."),
                        ("blog.md", "The parliament debated a budget for schools.")):
        (folder / name).write_text(f"{title}\n\n{HOSTILE_CLAIM}\n\n{other}\n", encoding="utf-8")
    return load_paths([folder])


async def test_articles_sharing_a_title_are_named_by_file_in_the_detail_line(make_app, tmp_path):
    app = make_app(_twins(tmp_path, "The Bridge"))
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        claim = screen.claim_map.claims[0]
        first = screen.claim_map.articles[0].path.name
        await move_to(pilot, screen, claim.id, "article-0")
        detail = str(screen.query_one("#detail").render())
        other = "blog.md" if first == "courier.txt" else "courier.txt"
        assert f"The Bridge ({first}) (no side) tells it" in detail
        assert "Claim map · 1 claim · by coverage · 2 articles, 1 side" in str(screen.query_one("#title").render())
        assert f"enter: beside The Bridge ({other})" in detail


def test_grid_folds_when_articles_do_not_fit(seeds):
    five = ClaimMap(tuple(seeds.articles), ())
    many = ClaimMap(tuple(seeds.articles) * 6, ())
    assert fits_unfolded(five, 80) and not fits_unfolded(many, 80) and fits_unfolded(many, 160)
    cols = columns(five, folded=False)
    heads = group_headers(cols)
    assert [(n, len(text)) for n, text in heads] == [(n, c.width) for n, c in enumerate(cols)]
    assert all(text.startswith("┌") for _, text in heads)  # each seed is its own side: one group each
    assert [span for span, _ in side_legend(cols)] == ["1", "2", "3", "4", "5"]
    folded = columns(five, folded=True)
    assert [c.side for c in folded] == list(five.sides) and all(c.article is None for c in folded)
    assert group_headers(folded)[0][1].startswith("┌ " + seeds.articles[0].side[:3])


def test_choose_on_the_label_opens_the_central_telling(seeds):
    from reader.claims import build

    claim_map = build(seeds.articles)
    claim = claim_map.claims[0]
    choice = choose(claim_map, claim, None)
    central = claim.passages[claim.central]
    assert choice.passage == central.passage and choice.article is seeds.articles[central.article]
    assert choice.partner is not None and choice.partner is not choice.article


def test_a_cell_opens_the_articles_telling_most_linked_to_the_claim_not_its_first(seeds):
    # An article telling a claim twice, its first telling linked to the claim only weakly (an
    # opening paragraph sharing a place name): its cell opens the telling the claim is built on.
    from reader.claims.model import Claim, ClaimPassage

    a, b = seeds.articles[0], seeds.articles[1]
    first, later, theirs = a.passages[3], a.passages[9], b.passages[5]
    claim = Claim(1, "label", (), (ClaimPassage(0, first), ClaimPassage(0, later), ClaimPassage(1, theirs)),
                  central=2, links=((0, 2, 0.2), (1, 2, 0.6)))
    claim_map = ClaimMap((a, b), (claim,))
    choice = choose(claim_map, claim, columns(claim_map, folded=False)[0])
    assert choice.article is a and choice.passage == later
    assert choice.partner is b and choice.partner_passage == theirs


def test_snapshot_map_80x24(snap_compare, make_app, seeds):
    assert snap_compare(make_app(seeds), terminal_size=(80, 24), run_before=_opened)


def test_snapshot_map_160x48(snap_compare, make_app, seeds):
    assert snap_compare(make_app(seeds), terminal_size=(160, 48), run_before=_opened)


async def _opened(pilot):
    await settle(pilot)
    await pilot.press("M")
    await workers_done(pilot)
    await pilot.press("j", "l")
    await pilot.pause()


SYLLABLES = ["ka", "lo", "mir", "tus", "ben", "dra", "vel", "son", "pri", "gat", "hul", "ner", "zo", "qua", "fen", "ril"]


def _word(k: int, i: int) -> str:
    rng = random.Random(k * 1000 + i)
    return "".join(rng.choice(SYLLABLES) for _ in range(3))


@pytest.fixture
def wide_corpus(tmp_path):
    """30 articles on three sides, each telling 20 of 40 claims in its own word order: a map
    wider and taller than a small terminal."""
    folder = tmp_path / "wide"
    folder.mkdir()
    manifest = []
    for a in range(30):
        told = sorted(random.Random(a).sample(range(40), 20))
        paragraphs = []
        for k in told:
            words = [_word(k, i) for i in range(14)]
            random.Random(a * 77 + k).shuffle(words)
            paragraphs.append("The " + " ".join(words[:11]) + " said " + _word(900 + a, k) + ".")
        (folder / f"a{a:02d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        manifest.append(f'[[article]]\nfile = "a{a:02d}.txt"\nside = "side {a % 3}"\n')
    (folder / "corpus.toml").write_text("\n".join(manifest), encoding="utf-8")
    return load_paths([folder])


async def test_a_wide_map_folds_scrolls_and_pages(make_app, wide_corpus):
    covers("claims.page-down", "claims.page-up", "claims.top", "claims.bottom")
    app = make_app(wide_corpus)
    async with map_room(app, (80, 24)) as (pilot, screen, _):
        table = grid(screen)
        assert len(table.claims) > table.page_rows and screen.folded  # 30 columns do not fit in 80
        assert [c.key for c in table.columns] == ["side-0", "side-1", "side-2"]
        await pilot.press("z")
        assert not screen.folded and len(table.columns) == 30
        await pilot.press(*["l"] * 25)
        assert table.cursor[1] == 26 and table.scroll_offset.x > 0
        left = table.fixed_width + table.starts[25] - int(table.scroll_offset.x)  # the cursor's cell, on screen
        assert table.fixed_width <= left and left + table.columns[25].width <= table.scrollable_content_region.width
        claim = table.claim
        line = table.render_line(HEADER_ROWS + table.cursor[0] - int(table.scroll_offset.y)).text
        assert line.lstrip().startswith(f"{claim.id} ") and claim.label[:10] in line  # the label stays
        await pilot.press("pagedown")
        assert table.cursor[0] == table.page_rows
        assert table.scroll_offset.y > 0
        await pilot.press("G")
        assert table.cursor[0] == len(table.claims) - 1
        await pilot.press("pageup")
        assert table.cursor[0] == len(table.claims) - 1 - table.page_rows
        await pilot.press("g")
        assert table.cursor == (0, 26) and table.scroll_offset.y == 0
        # A click picks a cell.
        await pilot.click(table, offset=(2, HEADER_ROWS + 3))
        assert table.cursor == (3, 0)


async def test_narrowing_the_terminal_folds_the_map(make_app, wide_corpus):
    app = make_app(wide_corpus)
    async with map_room(app, (140, 36)) as (pilot, screen, _):
        assert not screen.folded and len(grid(screen).columns) == 30  # 30 columns fit in 140
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert screen.folded and len(grid(screen).columns) == 3
        legend = str(screen.query_one("#legend").render())
        assert "~ touches on it" in legend and "Sides" not in legend  # folded, the headers name the sides


async def test_the_map_follows_articles_opened_since(make_app, seeds, write_article):
    app = make_app(seeds)
    async with map_room(app) as (pilot, screen, reading):
        before = screen.claim_map
        await pilot.press("escape")
        first = app.corpus.articles[0]
        app.corpus.add([write_article("\n\n".join(p.text for p in first.passages if p.is_body))])
        again = await open_map(pilot)
        assert again.claim_map is not before and len(again.claim_map.articles) == len(before.articles) + 1
        # A copy of the first article tells the claims the first one tells.
        copy = len(before.articles)
        assert any(copy in c.articles for c in again.claim_map.claims if 0 in c.articles)


async def test_a_failed_build_is_told_not_shown_as_an_empty_map(make_app, seeds, monkeypatch):
    import reader.claims as claims

    def broken(*args, **kwargs):
        raise OSError("disk on fire")

    monkeypatch.setattr(claims, "cached_build", broken)
    app = make_app(seeds)
    async with reading_room(app, size=(120, 36)) as (pilot, _):
        await pilot.press("M")
        await workers_done(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimMapScreen) and screen.claim_map is None
        assert "could not be built: disk on fire" in str(screen.query_one("#building-label").render())
        assert any("disk on fire" in n for n in notices(app))
        await pilot.press("enter")
        assert any("No claim to compare yet" in n for n in notices(app))


async def test_one_article_is_not_a_map(make_app, write_article):
    from reader.corpus import Corpus

    app = make_app(Corpus([write_article("A lone article.\n\nWith two paragraphs.\n")]))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("M")
        await workers_done(pilot)
        assert "needs at least two articles" in str(app.screen.query_one("#building-label").render())
        assert not app.screen.query_one(ProgressBar).display  # nothing is being built


async def test_back_in_the_map_after_enter_at_the_same_cell(make_app, wide_corpus):
    """Folded, enter opens the side's first article telling the claim; M comes back to the
    same view and cell."""
    app = make_app(wide_corpus)
    async with map_room(app, (80, 24)) as (pilot, screen, reading):
        assert screen.folded
        await pilot.press("i", "j", "j", "l")
        claim, column = grid(screen).claim, grid(screen).column
        members = screen.claim_map.sides[column.side]
        teller = next(i for i in members if i in claim.articles)
        await pilot.press("enter")
        await settle(pilot)
        assert reading.panes[0].article is wide_corpus.articles[teller]
        again = await open_map(pilot)
        assert again.state.sort == "imbalance" and again.folded
        assert (grid(again).claim, grid(again).column) == (claim, column)


async def test_a_long_twin_title_is_cut_before_its_file_in_the_detail_line(make_app, tmp_path):
    """At 80 columns two long twin titles do not fit: the titles are cut, the files that tell
    them apart stay."""
    app = make_app(_twins(tmp_path, "The Massacre at the Kyiv Market and What the Two Governments Said About It"))
    async with map_room(app, (80, 24)) as (pilot, screen, _):
        claim = screen.claim_map.claims[0]
        first = screen.claim_map.articles[0].path.name
        other = "blog.md" if first == "courier.txt" else "courier.txt"
        await move_to(pilot, screen, claim.id, "article-0")
        whose = str(screen.query_one("#detail").render()).splitlines()[1]
        assert f"… ({first}) (no side) tells it" in whose
        assert re.search(rf"… \({re.escape(other)}\) ¶\d+$", whose)  # the file kept, then the passage beside


def test_article_columns_are_wide_enough_for_their_numbers(seeds):
    """With a hundred articles or more, column numbers of three digits keep a space between
    them instead of running together ("99100101")."""
    for copies in (1, 20, 220):  # 5, 100 and 1,100 articles
        claim_map = ClaimMap(tuple(seeds.articles) * copies, ())
        cols = columns(claim_map, folded=False)
        assert all(len(str(c.number)) < c.width for c in cols)
        assert len({c.width for c in cols}) == 1  # one width for every article, so the grid stays even
    assert columns(ClaimMap(tuple(seeds.articles), ()), folded=False)[0].width == 3  # no wider than needed


def test_a_whole_label_fits_the_widest_label_column(seeds):
    from reader.claims.builder import LABEL_CHARS
    from reader.tui.claim_grid import label_width

    claim_map = ClaimMap(tuple(seeds.articles), ())
    # The grid draws a space before the label: the widest column holds a label of LABEL_CHARS.
    assert label_width(claim_map, columns(claim_map, folded=True), 400) - 1 >= LABEL_CHARS


async def test_scrolled_sideways_the_grid_shows_whole_columns_under_their_side(make_app, wide_corpus):
    """Scrolled to the middle of a side's articles, the header still names that side, and no
    column is cut at the edge (a cut "14" would read as a column 4)."""
    app = make_app(wide_corpus)
    async with map_room(app, (80, 24)) as (pilot, screen, _):
        table = grid(screen)
        await pilot.press("z")
        for steps in (14, 1, 1, 1, 10, 3):  # into the second side's articles, then on to the last
            await pilot.press(*["l"] * steps)
            x = int(table.scroll_offset.x)
            room = table.scrollable_content_region.width - table.fixed_width
            shown = table._visible()
            assert table.cursor[1] - 1 in shown
            assert all(x <= table.starts[n] and table.starts[n] + table.columns[n].width <= x + room for n in shown)
            groups, numbers = (table.render_line(y).text[table.fixed_width :] for y in (0, 1))
            for n in shown:
                at = table.starts[n] - x
                assert numbers[at : at + table.columns[n].width].strip() == str(table.columns[n].number)
            assert numbers[: table.starts[shown.start] - x].strip() == ""
            assert f" side {table.columns[shown.start].group} " in groups


async def test_the_legend_names_every_side_when_their_names_are_long(make_app, tmp_path):
    """Six sides with long names do not fit the legend's lines at 80 columns: the names are
    shortened, and none is dropped."""
    folder = tmp_path / "sides"
    folder.mkdir()
    manifest = []
    for n in range(6):
        (folder / f"a{n}.txt").write_text(f"{HOSTILE_CLAIM}\n\nA paragraph of its own, number {n}.\n", encoding="utf-8")
        manifest.append(f'[[article]]\nfile = "a{n}.txt"\nside = "Faction{n} and its long descriptive name"\n')
    (folder / "corpus.toml").write_text("\n".join(manifest), encoding="utf-8")
    app = make_app(load_paths([folder]))
    async with map_room(app, (80, 24)) as (pilot, screen, _):
        assert not screen.folded
        legend = screen.query_one("#legend")
        text = str(legend.render())
        assert all(f"{n + 1} Faction{n}" in text for n in range(6)), text
        assert len(legend.render().wrap(legend.content_region.width)) <= 3  # the lines it has room for


def test_side_headers_measure_names_in_cells(seeds):
    """A side named in a script of double-width characters gets its header measured in
    terminal cells, as it is drawn: whole where it fits, cut with … where it does not."""
    from dataclasses import replace

    from rich.cells import cell_len

    side = "中国官方媒体"  # six characters, twelve cells
    articles = tuple(replace(a, side=side if n < 6 else "news") for n, a in enumerate(seeds.articles * 2))
    claim_map = ClaimMap(articles, ())
    for folded in (False, True):
        cols = columns(claim_map, folded)
        heads = group_headers(cols)
        assert [cell_len(text) for _, text in heads] == [sum(c.width for c in cols if c.group == g) for g in (0, 1)]
        assert heads[0][1].startswith(f"┌ {side} ")  # whole: 6 articles of 3 cells, or its own column
    folded = columns(claim_map, True)
    assert folded[0].width == cell_len(side) + 3  # as wide as its name needs
    cut = group_headers([replace(folded[0], width=10)])[0][1]
    assert cell_len(cut) == 10 and cut.startswith("┌ 中国") and cut.endswith("…")


async def test_a_title_too_long_for_its_line_ends_with_an_ellipsis(make_app, wide_corpus):
    app = make_app(wide_corpus)
    async with map_room(app, (80, 24)) as (pilot, screen, _):
        await pilot.press("f", "o")
        title = screen.query_one("#title")
        assert "by first appearance" in str(title.render())
        assert title.render_line(0).text.rstrip().endswith("…")  # cut, and seen to be cut


async def test_help_from_the_map_lists_the_maps_keys_first(make_app, seeds):
    covers("help.open")
    from reader.tui.help import HelpScreen

    async with map_room(make_app(seeds)) as (pilot, _map, reading):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        keys = str(pilot.app.screen.query_one("#keys").render()).splitlines()
        assert keys[0].strip() == "Claim map"
        await pilot.press("escape", "escape")
        assert pilot.app.screen is reading
        await pilot.press("question_mark")
        await pilot.pause()
        assert str(pilot.app.screen.query_one("#keys").render()).splitlines()[0].strip() == "Reading room"


async def test_enter_opens_the_other_sides_telling_beside_a_cell(make_app, tmp_path):
    """Two retellings of one side link most strongly to each other; enter on either opens it
    beside the other side's telling, and a silent article of that side beside it too."""
    from sided_corpus import write_sides

    corpus = load_paths([write_sides(tmp_path / "sides")])
    app = make_app(corpus)
    async with map_room(app, (160, 40)) as (pilot, screen, reading):
        claim_map = screen.claim_map
        stems = [a.path.stem for a in claim_map.articles]
        claim = next(c for c in claim_map.claims if "hospital" in c.label)
        for stem, opened in (("ours-2", "theirs.md"), ("ours-3", "theirs.md")):
            await move_to(pilot, screen, claim.id, f"article-{stems.index(stem)}")
            await pilot.press("enter")
            await settle(pilot)
            left, right = reading.panes
            assert (left.article.path.name, right.article.path.name) == (f"{stem}.md", opened)
            assert "hospital in Mirnohrad" in right.units[right.cursor].text
            screen = await open_map(pilot)


async def test_a_kept_map_is_built_again_when_the_glossaries_change(make_app, tmp_path):
    """Reopened, the map is the one kept while the glossaries are those it was built with; a
    glossary written meanwhile, or glossaries turned off, builds it again."""
    from sided_corpus import write_files

    folder = write_files(tmp_path / "hospital", {
        "ours.md": "# Ours\n\nSeparatists shelled Mirnohrad hospital overnight.\n\nBakers gave out bread in the square.\n",
        "theirs.md": "# Theirs\n\nSelf-Defence Forces deny firing on Stary Brod clinic.\n\nThe choir sang at the cathedral.\n"})
    app = make_app(load_paths([folder]))
    async with map_room(app) as (pilot, screen, reading):
        assert screen.claim_map.claims == ()
        await pilot.press("escape")
        glossaries = tmp_path / "config" / "glossaries"
        glossaries.mkdir(parents=True)
        (glossaries / "drava.toml").write_text(
            '[[group]]\nterms = ["Mirnohrad", "Stary Brod"]\n[[group]]\nterms = ["separatists", "Self-Defence Forces"]\n'
            '[[group]]\nterms = ["hospital", "clinic"]\n', encoding="utf-8")
        screen = await open_map(pilot)
        assert [sorted(c.articles) for c in screen.claim_map.claims] == [[0, 1]]
        built = screen.claim_map
        await pilot.press("escape")
        assert (await open_map(pilot)).claim_map is built  # unchanged: kept
        await pilot.press("escape", "ctrl+g")
        await settle(pilot)
        assert (await open_map(pilot)).claim_map.claims == ()


async def test_a_glossary_that_does_not_parse_is_named_when_the_map_is_built_without_it(make_app, tmp_path):
    from sided_corpus import write_sides

    folder = write_sides(tmp_path / "sides")
    manifest = folder / "corpus.toml"
    manifest.write_text('glossary = "glossary.toml"\n' + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "glossary.toml").write_text("[[group]\nterms = [\n", encoding="utf-8")
    app = make_app(load_paths([folder]))
    async with map_room(app) as (pilot, screen, reading):
        assert screen.claim_map.claims
        # once: the room, aligning its pair from that folder, told it first, and the map read
        # the file in the same state (tests/tui/test_glossary_problems_told_once.py)
        said = [n for n in notices(app) if "glossary skipped" in n]
        assert len(said) == 1 and "glossary.toml" in said[0], notices(app)


@pytest.mark.parametrize("size, fold", [((80, 24), "z"), ((60, 15), None)])
async def test_the_sides_count_is_whole_on_screen_at_the_last_column(make_app, wide_corpus, size, fold):
    """Past the last column the grid counts the sides telling each claim. On a terminal too
    narrow for every column, moving to the last one brings that count in too, and wherever the
    grid is scrolled it is drawn whole or not at all (a "2/" cut from "2/3" misleads)."""
    app = make_app(wide_corpus)
    async with map_room(app, size) as (pilot, screen, _):
        table = grid(screen)
        if fold:
            await pilot.press(fold)
        sides_at = table.ends[-1]  # where the sides column starts in the scrolling part
        await pilot.press(*["l"] * len(table.columns))
        assert table.cursor[1] == len(table.columns)
        room = table.scrollable_content_region.width - table.fixed_width
        x = int(table.scroll_offset.x)
        assert sides_at + SIDES_WIDTH <= x + room, (sides_at, x, room)
        claim = table.claim
        line = table.render_line(HEADER_ROWS + table.cursor[0] - int(table.scroll_offset.y)).text
        assert line[table.fixed_width + sides_at - x:].strip() == sides_cell(screen.claim_map, claim)
        assert table.render_line(1).text[table.fixed_width + sides_at - x:].strip() == "sides"
        for steps in range(len(table.columns)):  # back to the first column: never a cut count
            await pilot.press("h")
            x = int(table.scroll_offset.x)
            for y in range(table.scrollable_content_region.height):
                tail = table.render_line(y).text[table.fixed_width + sides_at - x:].strip()
                assert tail in ("", "sides") or re.fullmatch(r"\d+/\d+", tail), (y, tail)


async def test_an_article_saved_twice_is_said_when_the_map_is_shown(make_app, tmp_path):
    """Two files of one text make every claim of theirs look told twice (a paragraph of the
    copy alone becomes a claim two articles tell): `counterpoint map` warns of it, and so does
    the map in the reading room, naming both, once per build."""
    from sided_corpus import ARTICLES, write_files

    texts = {name: text for name, (_, text) in ARTICLES.items()}
    folder = write_files(tmp_path / "twice", {**texts, "saved again.md": texts["theirs.md"]})
    app = make_app(load_paths([folder]))
    async with map_room(app, (120, 36)) as (pilot, screen, _):
        said = [n for n in notices(app) if "same text" in n]
        assert len(said) == 1, notices(app)
        assert "saved again.md" in said[0] and "theirs.md" in said[0]
        await pilot.press("escape")
        await open_map(pilot)
        assert len([n for n in notices(app) if "same text" in n]) == 1  # the kept map: not again


@pytest.mark.parametrize("key", ["o", "u", "i"])
async def test_a_side_filter_on_articles_of_one_side_says_why_instead_of_emptying_the_map(make_app, tmp_path, key):
    """`counterpoint map --omitted/--untold` refuses articles that are all on one side; the
    screen's o and u said "No claim is omitted by any side." over an empty grid, as if the sides
    had been compared. They keep every claim and say what is missing. So does i (the side
    imbalance order), which relabelled the map "by side imbalance" over the order it had."""
    from tui_helpers import pair_corpus

    corpus = pair_corpus(tmp_path / "one side", [
        "Floods hit the town of Varna on Monday, the mayor said.", "The dam at Ostrel broke after three days of rain.",
        "Volunteers carried sandbags to the school."], [
        "The dam at Ostrel broke after days of heavy rain, engineers said.", "Floods hit Varna on Monday.",
        "The market stayed closed all week."])
    async with map_room(make_app(corpus)) as (pilot, screen, _):
        assert len(screen.claim_map.sides) == 1 and screen.claim_map.claims
        order = screen.state.sort
        await pilot.press(key)
        assert screen.state.only is None and len(row_ids(screen)) == len(screen.claim_map.claims)
        assert screen.state.sort == order and "imbalance" not in str(screen.query_one("#title").render())
        assert "compares sides, and no article has a side" in notices(pilot.app)[-1]


async def test_the_claim_map_says_which_articles_hold_no_text(make_app, tmp_path):
    """An empty or blank file in the map is said so, as `counterpoint map` says it: else its
    column of ◌ reads as an article silent on every claim. Its name is shown as the panes show
    it: the escape sequence in it is removed, not sent to the terminal."""
    from tests.align.test_language import TEXTS

    for name, key in (("greve.txt", "fr"), ("blocage.txt", "fr2")):
        (tmp_path / name).write_text(TEXTS[key], encoding="utf-8")
    (tmp_path / "bl\x1b[31mank.txt").write_text(" \n\n", encoding="utf-8")
    app = make_app(load_paths([tmp_path]))
    async with reading_room(app, (120, 36)) as (pilot, _):
        await open_map(pilot)
        told = [n for n in notices(app) if "holds no text" in n]
        assert told == ["Claim map: blank.txt: holds no text (the file is empty or blank)"]


@pytest.mark.parametrize("which", ["seeds", "sides"])
async def test_the_detail_line_names_the_passage_enter_opens_beside_a_cell(make_app, seeds, tmp_path, which):
    """An article may tell a claim in several passages: the detail line names the one enter
    opens beside the cell ("beside <title> ¶11"), not just the article, and enter opens that
    one (an article whose own cell says "tells it in ¶9" may open at ¶11 beside another)."""
    covers("claims.compare")
    from sided_corpus import write_sides

    corpus = seeds if which == "seeds" else load_paths([write_sides(tmp_path / "sides")])
    app = make_app(corpus)
    async with map_room(app, (160, 40)) as (pilot, screen, reading):
        claim_map = screen.claim_map
        cells = [(claim, column) for claim in claim_map.claims for column in grid(screen).columns
                 if column.article in claim.articles and choose(claim_map, claim, column).partner is not None]

        def partner_tellings(cell) -> int:
            partner = claim_map.position(choose(claim_map, *cell).partner)
            return sum(p.article == partner for p in cell[0].passages)

        claim, column = max(cells, key=partner_tellings)  # a partner telling it more than once, if any
        choice = choose(claim_map, claim, column)
        assert choice.partner is not None
        await move_to(pilot, screen, claim.id, column.key)
        detail = str(screen.query_one("#detail").render())
        assert f" {choice.partner_passage.label}" in detail.split("beside", 1)[1].splitlines()[0]
        await pilot.press("enter")
        await settle(pilot)
        right = reading.panes[1]
        assert right.article is choice.partner and right.units[right.cursor].label == choice.partner_passage.label


async def test_the_detail_line_names_every_passage_an_article_tells_the_claim_in(make_app, seeds):
    """An article may tell a claim in several passages (a point made twice, a paragraph
    repeated): its cell's detail line names them all, as Markdown and CSV list them, not only
    the one enter opens, or the reader never learns of the others from the reading room."""
    app = make_app(seeds)
    async with map_room(app, (160, 40)) as (pilot, screen, _):
        claim_map = screen.claim_map
        cells = [(claim, column) for claim in claim_map.claims for column in grid(screen).columns
                 if column.article is not None and len(claim.in_article(column.article)) > 1]
        assert cells, "the seeds' map has an article telling a claim in several passages"
        claim, column = cells[0]
        await move_to(pilot, screen, claim.id, column.key)
        detail = str(screen.query_one("#detail").render()).splitlines()[1]
        told = detail.split("tells it in", 1)[1].split(" · ", 1)[0]  # not the partner's passage
        for passage in claim.in_article(column.article):
            assert re.search(rf"{passage.label}\b", told), (passage.label, detail)


def test_an_article_telling_a_claim_in_many_passages_names_a_few_and_counts_the_rest(seeds):
    """Past ALSO_NAMED other passages the detail line counts the rest, so the titles beside them
    keep room; the passage shown is never named twice."""
    from types import SimpleNamespace

    from reader.tui.claim_map import ALSO_NAMED, also

    passages = [p for p in seeds.articles[0].passages if p.is_body][:ALSO_NAMED + 3]
    claim = SimpleNamespace(in_article=lambda article: list(reversed(passages)))
    said = also(claim, 0, passages[1])
    named = [p.label for p in passages if p is not passages[1]][:ALSO_NAMED]
    assert said == f" (also {', '.join(named)} and 2 more)"
    assert also(SimpleNamespace(in_article=lambda article: passages[:1]), 0, passages[0]) == ""
