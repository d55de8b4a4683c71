"""Correcting the aligner in the reading room: link, confirm, unlink, undo, review, teach, tune."""

from __future__ import annotations

from reader.align.policy import LINK_THRESHOLD
from reader.decisions import DecisionStore
from tui_helpers import covers, notices, reading_room, settle, writes_made


async def stored_and_shown(pilot) -> None:
    """Wait until the decision keys pressed so far are stored and the store's answer shown."""
    await writes_made(pilot)


def status_text(screen) -> str:
    return str(screen.query_one("#status").render())


def linked_pairs(screen) -> list[tuple[int, int]]:
    """(left unit, right unit) of every link shown, top to bottom."""
    return sorted((link.a, link.b) for link in screen.alignment.links)


async def put_cursor(pilot, screen, side: int, index: int) -> None:
    screen.active = side
    screen._move_to(index, center=True)
    await pilot.pause()


def stored(tmp_path, a, b) -> list[tuple[str, int, int]]:
    """(kind, left start, right start) of each live decision about the pair, as the store has it."""
    with DecisionStore.open(tmp_path / "data") as store:
        return [(d.kind, d.a.start, d.b.start) for d in store.for_pair(a, b)]


def machine_pairs(screen) -> list[tuple[int, int]]:
    return sorted((link.a, link.b) for link in screen.alignment.links if link.origin == "machine")


def unlinked_pair(screen) -> tuple[int, int]:
    """A body passage of each side the alignment does not link to each other."""
    left, right = screen.panes
    linked = set(linked_pairs(screen))
    for i in left.unmatched:
        for j in right.unmatched:
            if (i, j) not in linked:
                return i, j
    raise AssertionError("the seeds pair has no unlinked passages")


async def test_confirm_unlink_link_and_undo_show_at_once_and_are_stored(make_app, seeds, tmp_path):
    covers("link.confirm", "link.reject", "link.make", "link.undo")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        a, b = screen.articles
        first, second = machine_pairs(screen)[:2]
        await put_cursor(pilot, screen, 0, first[0])
        screen.choice = [c.other for c in screen.current_links()].index(first[1])
        await pilot.press("c")
        # Painted before the store answers: the gutter and status already say so.
        assert screen.decided[0].get(first[0]) == "confirmed" and screen.decided[1].get(first[1]) == "confirmed"
        await stored_and_shown(pilot)
        assert "✓ confirmed" in status_text(screen)
        assert [link.confirmed for link in screen.alignment.for_a(first[0]) if link.b == first[1]] == [True]

        await put_cursor(pilot, screen, 0, second[0])
        screen.choice = [c.other for c in screen.current_links()].index(second[1])
        await pilot.press("X")
        assert second not in linked_pairs(screen)
        await stored_and_shown(pilot)
        assert second not in linked_pairs(screen)
        assert any("Unlinked" in n for n in notices(screen.app))

        i, j = unlinked_pair(screen)
        await put_cursor(pilot, screen, 1, j)
        await put_cursor(pilot, screen, 0, i)
        await pilot.press("equals_sign")
        await stored_and_shown(pilot)
        assert (i, j) in linked_pairs(screen)
        assert screen.current_link().other == j and "+ your link" in status_text(screen)
        assert screen.decided[0][i] == "reader" and i not in screen.panes[0].unmatched
        kinds = [kind for kind, *_ in stored(tmp_path, a, b)]
        assert sorted(kinds) == ["confirm", "link", "reject"]

        await pilot.press("z")
        await stored_and_shown(pilot)
        assert (i, j) not in linked_pairs(screen) and i not in screen.decided[0]
        assert sorted(kind for kind, *_ in stored(tmp_path, a, b)) == ["confirm", "reject"]
        assert any(n.startswith("Undone: your link") for n in notices(screen.app))


async def test_decisions_survive_restart_and_swap(make_app, seeds, tmp_path):
    covers("link.confirm", "link.reject", "panes.swap")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        first, second = machine_pairs(screen)[:2]
        await put_cursor(pilot, screen, 0, first[0])
        screen.choice = [c.other for c in screen.current_links()].index(first[1])
        await pilot.press("c")
        await put_cursor(pilot, screen, 0, second[0])
        screen.choice = [c.other for c in screen.current_links()].index(second[1])
        await pilot.press("X")
        await stored_and_shown(pilot)
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        assert second not in linked_pairs(screen)
        assert screen.decided[0].get(first[0]) == "confirmed"
        await pilot.press("s")
        await settle(pilot)
        # Swapped: the left article is on the right now, and its decisions with it.
        assert screen.decided[1].get(first[0]) == "confirmed" and screen.decided[0].get(first[1]) == "confirmed"
        assert (second[1], second[0]) not in linked_pairs(screen)
        await pilot.press("s")
        await settle(pilot)
        assert second not in linked_pairs(screen) and screen.decided[0].get(first[0]) == "confirmed"


async def test_next_unconfirmed_reviews_the_pair_top_to_bottom(make_app, seeds):
    covers("link.next-unconfirmed", "link.confirm")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        left = screen.panes[0]
        pending = machine_pairs(screen)
        await put_cursor(pilot, screen, 0, 0)
        seen = []
        for _ in range(len(pending)):
            await pilot.press("r")
            link = screen.current_link()
            seen.append((left.cursor, link.other))
            assert "unconfirmed" in status_text(screen)
            await pilot.press("c")
            await stored_and_shown(pilot)
        assert sorted(set(seen)) == pending and [s[0] for s in seen] == sorted(s[0] for s in seen)
        await pilot.press("r")
        assert any("Every link here is reviewed" in n for n in notices(screen.app))


async def test_deciding_without_a_link_says_why(make_app, seeds):
    covers("link.confirm", "link.reject", "term.teach")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        i, _ = unlinked_pair(screen)
        await put_cursor(pilot, screen, 0, i)
        await pilot.press("c", "X", "T")
        said = notices(screen.app)
        assert any("no link to confirm" in n for n in said) and any("no link to unlink" in n for n in said)
        assert any("Teach a term from a linked pair" in n for n in said)


async def test_teach_a_term_writes_the_learned_glossary_and_realigns(make_app, seeds, tmp_path):
    covers("term.teach", "teach.save", "teach.cancel")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        first = machine_pairs(screen)[0]
        await put_cursor(pilot, screen, 0, first[0])
        await pilot.press("T")
        await pilot.pause()
        from reader.tui.teaching import TeachDialog

        assert isinstance(screen.app.screen, TeachDialog)
        await pilot.press("escape")
        assert screen.app.screen is screen
        await pilot.press("T")
        await pilot.pause()
        dialog = screen.app.screen
        dialog.query_one("#term-0").value = "Qwertyland"
        dialog.query_one("#term-1").value = "the Zxcv republic"
        await pilot.press("ctrl+s")
        await settle(pilot)
        learned = (tmp_path / "config" / "glossaries" / "learned.toml").read_text(encoding="utf-8")
        assert "Qwertyland" in learned and "the Zxcv republic" in learned
        assert any(n.startswith("Taught") for n in notices(screen.app))
        assert screen.align_state == "ready"
        # The same pair again: nothing to teach, and the file is left as it was.
        await pilot.press("T")
        await pilot.pause()
        dialog = screen.app.screen
        dialog.query_one("#term-0").value = "qwertyland"
        dialog.query_one("#term-1").value = "The Zxcv Republic"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any(n.startswith("Nothing to teach") for n in notices(screen.app))
        # A term and itself: refused, one notice.
        await pilot.press("T")
        await pilot.pause()
        dialog = screen.app.screen
        dialog.query_one("#term-0").value = "Attacks"
        dialog.query_one("#term-1").value = "attack"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any(n.startswith("Nothing taught") and "same term" in n for n in notices(screen.app))


async def test_teach_dialog_offers_each_passages_own_terms(make_app, seeds, tmp_path):
    covers("term.teach")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        first = machine_pairs(screen)[0]
        await put_cursor(pilot, screen, 0, first[0])
        await pilot.press("T")
        await pilot.pause()
        dialog = screen.app.screen
        choices = dialog.query_one("#choices-0")
        assert choices.option_count > 0
        await pilot.press("enter")  # the first candidate of this passage
        picked = dialog.query_one("#term-0").value
        assert picked and picked.casefold() in screen.panes[0].units[first[0]].text.casefold()
        await pilot.press("escape")


async def test_live_controls_realign_keep_the_cursor_and_save(make_app, seeds, tmp_path):
    covers("threshold.raise", "threshold.lower", "granularity.toggle", "glossary.toggle", "settings.save")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        app = screen.app
        links_before = len(screen.alignment.links)
        await put_cursor(pilot, screen, 0, 5)
        text = screen.panes[0].units[5]
        up = round(LINK_THRESHOLD + 0.15, 2)  # three steps of 0.05 from the default
        await pilot.press("plus", "plus", "plus")
        await settle(pilot)
        assert app.config.min_score == up and f"min {up:.2f}" in status_text(screen)
        assert len(screen.alignment.links) < links_before and screen.panes[0].cursor == 5
        await pilot.press("minus", "minus")
        await settle(pilot)
        kept = round(LINK_THRESHOLD + 0.05, 2)
        assert app.config.min_score == kept
        await pilot.press("S")
        await settle(pilot)
        left = screen.panes[0]
        assert app.config.granularity == "sentence" and screen.alignment.granularity == "sentence"
        sentence = left.units[left.cursor]
        assert text.start <= sentence.start < text.end and "sentences" in status_text(screen)
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert app.config.glossary is False and "glossaries off" in status_text(screen)
        await pilot.press("W")
        saved = (tmp_path / "config" / "config.toml").read_text(encoding="utf-8")
        assert f"min_score = {kept}" in saved and 'granularity = "sentence"' in saved and "glossary = false" in saved
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        assert f"min {LINK_THRESHOLD + 0.05:.2f} · sentences · glossaries off" in status_text(screen)
        await pilot.press("S")
        await settle(pilot)
        assert screen.alignment.granularity == "paragraph"


async def test_settings_not_saved_over_a_broken_config(make_app, seeds, tmp_path):
    covers("settings.save", "threshold.raise")
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("theme = [unclosed\n", encoding="utf-8")
    async with reading_room(make_app(seeds), (80, 24)) as (pilot, screen):
        await pilot.press("plus", "W")
        assert any(n.startswith("Settings not saved") for n in notices(screen.app))
    assert config.read_text(encoding="utf-8") == "theme = [unclosed\n"


def _gutter_snapshot(snap_compare, app, size):
    """A machine link (┃/│), one the reader confirmed (✓) and one they made (+), near each other."""

    async def run_before(pilot):
        await settle(pilot)
        screen = pilot.app.screen
        first, second = machine_pairs(screen)[:2]
        await put_cursor(pilot, screen, 0, first[0])
        screen.choice = [c.other for c in screen.current_links()].index(first[1])
        await pilot.press("c")
        await stored_and_shown(pilot)
        left, right = screen.panes
        i = min((x for x in left.unmatched if x not in left.best), key=lambda x: (abs(x - first[0]), x))
        j = min((x for x in right.unmatched if x not in right.best), key=lambda x: (abs(x - first[1]), x))
        await put_cursor(pilot, screen, 1, j)
        await put_cursor(pilot, screen, 0, i)
        await pilot.press("equals_sign")
        await stored_and_shown(pilot)
        await put_cursor(pilot, screen, 0, first[0])
        pilot.app.clear_notifications()
        await pilot.pause()

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_gutter_with_machine_confirmed_and_reader_links_80x24(snap_compare, make_app, seeds):
    assert _gutter_snapshot(snap_compare, make_app(seeds), (80, 24))


def test_gutter_with_machine_confirmed_and_reader_links_160x48(snap_compare, make_app, seeds):
    assert _gutter_snapshot(snap_compare, make_app(seeds), (160, 48))


def test_what_a_key_paints_is_what_the_store_answers(seeds, tmp_path):
    """The provisional alignment a decision key paints equals the store's decisions applied to
    the alignment, for every kind, on machine links and on unlinked passages, either side."""
    from reader.align import align
    from reader.decisions import apply_decisions
    from reader.tui.deciding import Provisional

    a, b = seeds.articles[0], seeds.articles[1]
    base = align(a, b, seeds)
    machine = sorted((link.a, link.b) for link in base.links)
    unlinked = [(i, j) for i in base.alone_a[:3] for j in base.alone_b[:3] if (i, j) not in machine][:3]
    cases = [(kind, pair) for pair in machine[:4] + unlinked for kind in ("link", "confirm", "reject")]
    for n, (kind, (i, j)) in enumerate(cases):
        with DecisionStore.open(tmp_path / f"data{n}") as store:
            store.add_passages(kind, a, base.a_units[i], b, base.b_units[j])
            truth = apply_decisions(base, store.for_pair(a, b))
        painted = Provisional(base, i, j, kind)

        def key(links):
            return sorted((link.a, link.b, link.origin, link.confirmed) for link in links)

        assert key(painted.links) == key(truth.links), (kind, i, j)
        assert key(painted.for_a(i)) == key(truth.for_a(i)) and key(painted.for_b(j)) == key(truth.for_b(j))
        assert painted.alone_a == truth.alone_a and painted.alone_b == truth.alone_b
        assert key(painted.swapped().links) == key(truth.swapped().links)


async def test_a_decision_whose_text_is_gone_is_told_not_applied(make_app, write_article, tmp_path):
    from reader.corpus import load_paths

    first = "Baku launched an offensive on Tuesday.\n\nThe talks in Geneva resumed on Friday.\n"
    a = write_article(first, "a.txt")
    b = write_article("Azerbaijan attacked the region on Tuesday.\n\nNegotiators met again in Geneva on Friday.\n",
                      "b.txt")
    with DecisionStore.open(tmp_path / "data") as store:
        store.add_quotes("link", a, "Baku launched an offensive", b, "Negotiators met again")
        store.add_quotes("reject", a, "The talks in Geneva", b, "Negotiators met again")
    write_article("A different first paragraph now.\n\nThe talks in Geneva resumed on Friday.\n", "a.txt")
    corpus = load_paths([str(tmp_path / "articles" / "a.txt"), str(tmp_path / "articles" / "b.txt")])
    async with reading_room(make_app(corpus), (100, 30)) as (pilot, screen):
        await stored_and_shown(pilot)
        said = notices(screen.app)
        assert any("1 link decision about these articles is orphaned" in n for n in said), said
        # The rejection still holds; the orphaned link is not applied anywhere.
        assert (1, 1) not in linked_pairs(screen)
        assert not any(link.origin == "reader" for link in screen.alignment.links)


async def test_the_palette_runs_the_decision_commands(make_app, seeds, tmp_path):
    from textual.command import CommandList

    from tui_helpers import open_palette

    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        first = machine_pairs(screen)[0]
        await put_cursor(pilot, screen, 0, first[0])
        screen.choice = [c.other for c in screen.current_links()].index(first[1])
        await open_palette(pilot, "Confirm link")
        options = pilot.app.screen.query_one(CommandList)
        titles = [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(options.option_count)]
        assert titles and titles[0] == "Confirm link", titles
        await pilot.press("enter")
        await stored_and_shown(pilot)
        assert [kind for kind, *_ in stored(tmp_path, *screen.articles)] == ["confirm"]
        assert screen.decided[0].get(first[0]) == "confirmed"


async def test_equals_on_a_pair_linked_already_by_the_reader_says_so_and_stores_nothing(make_app, seeds, tmp_path):
    """A second `=` on the same two passages makes no second decision (which only a second `z`
    would take back): it says they are linked already."""
    covers("link.make", "link.undo")
    async with reading_room(make_app(seeds), (160, 48)) as (pilot, screen):
        a, b = screen.articles
        i, j = unlinked_pair(screen)
        await put_cursor(pilot, screen, 1, j)
        await put_cursor(pilot, screen, 0, i)
        await pilot.press("equals_sign")
        await stored_and_shown(pilot)
        await pilot.press("equals_sign")
        await stored_and_shown(pilot)
        assert [kind for kind, *_ in stored(tmp_path, a, b)] == ["link"]
        left, right = screen.panes
        assert notices(screen.app)[-1] == (f"A {left.units[i].label} and B {right.units[j].label} "
                                           "are linked already (your link).")
        await pilot.press("z")
        await stored_and_shown(pilot)
        assert (i, j) not in linked_pairs(screen)


# An invented strike told by two French articles: A opens its first paragraph with
# "Manifestations" and writes "manifestations" further on; B writes "manifestation" inside a sentence.
_STRIKE_A = (
    "Manifestations dans les ports de l'ouest. Les dockers ont bloqué les quais de Saint-Brivael "
    "pendant toute la journée de mardi, selon la capitainerie.\n\n"
    "Les syndicats promettent de nouvelles manifestations si le ministre ne retire pas la réforme "
    "des retraites avant la fin du mois.\n\n"
    "Les transporteurs routiers comptent leurs pertes et demandent au gouvernement une aide rapide "
    "pour les entreprises touchées.\n")
_STRIKE_B = (
    "La manifestation des dockers a paralysé les ports de l'ouest mardi: à Saint-Brivael, les quais "
    "sont restés bloqués toute la journée, dit la capitainerie.\n\n"
    "Le ministre refuse de retirer la réforme des retraites, et les syndicats annoncent déjà "
    "d'autres actions avant la fin du mois.\n\n"
    "Les entreprises de transport routier réclament une aide du gouvernement pour compenser leurs pertes.\n")


async def test_teach_dialog_offers_no_word_the_matcher_joins_to_its_own_lower_case(make_app, write_article, tmp_path):
    from reader.corpus import load_paths

    write_article(_STRIKE_A, "a.txt"), write_article(_STRIKE_B, "b.txt")
    corpus = load_paths([str(tmp_path / "articles" / "a.txt"), str(tmp_path / "articles" / "b.txt")])
    async with reading_room(make_app(corpus), (160, 48)) as (pilot, screen):
        assert (0, 0) in linked_pairs(screen)
        await put_cursor(pilot, screen, 0, 0)
        await pilot.press("T")
        await pilot.pause()
        choices = screen.app.screen.query_one("#choices-0")
        offered = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert "Manifestations" not in offered and offered, offered
        await pilot.press("escape")
