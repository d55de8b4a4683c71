"""A pair left at another link threshold (`+`/`-`) or with glossaries turned off (`ctrl+g`)
reopens so, realigned, as it reopens in sentences (`S`) or its view (`v`): the reading room
keeps them per pair in reading-places.json, and config.toml (written only by `W`) keeps the
default every other pair opens with, and every pair left at it follows."""

from __future__ import annotations

import json

import pytest

from tui_helpers import covers, notices, pair_corpus, reading_room, settle

from reader.align.policy import LINK_THRESHOLD
from reader.reading_places import FILE_NAME

# Two accounts of a reservoir running low, and, a text of another kind, of a ferry route cut.
DAM = ["The Lindholm reservoir fell to a third of its level in August. Farmers were told to stop "
       "watering at night.", "The water board blames a dry spring and leaking mains."]
BASIN = ["By August Lindholm's reservoir held a third of its water. Night irrigation was banned.",
         "Leaks in old pipes and a rainless spring drained it, the board said."]
FERRY = ["The island ferry will sail twice a day instead of five times from May.",
         "Fishermen say the cut leaves them without a morning boat to market."]
BOAT = ["From May the ferry to the island runs two crossings a day, down from five.",
        "Without an early sailing, fishers cannot reach the morning market, they say."]


async def test_a_pair_reopens_at_the_threshold_and_glossaries_it_was_left_at(make_app, tmp_path):
    covers("threshold.raise", "glossary.toggle", "app.quit")
    for name, first, second in (("dam", DAM, BASIN), ("ferry", FERRY, BOAT)):
        corpus = pair_corpus(tmp_path / name, first, second)
        app = make_app(corpus)
        async with reading_room(app, (120, 40)) as (pilot, screen):
            assert screen.min_score() == LINK_THRESHOLD and app.config.glossary
            await pilot.press("plus", "plus", "ctrl+g")
            await settle(pilot)
            raised = screen.min_score()
            assert raised > LINK_THRESHOLD and not app.config.glossary
            await pilot.press("q")
        stored = json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"][0]
        assert stored["min_score"] == raised and stored["glossary"] is False
        assert not (tmp_path / "config" / "config.toml").exists()  # the default is W's to change
        again = make_app(corpus)
        async with reading_room(again, (120, 40)) as (pilot, screen):
            await settle(pilot)
            assert screen.min_score() == raised and not again.config.glossary
            assert f"≥{raised:.2f} ¶ no-gl" in screen.query_one("#status").render().plain
            assert any(f"link threshold {raised:.2f}, glossaries off, as this pair was left" in text.lower()
                       for text in notices(again))
            await pilot.press("minus", "minus", "ctrl+g")  # back to the default: the pair reopens so
            await settle(pilot)
            await pilot.press("q")
        last = make_app(corpus)
        async with reading_room(last, (120, 40)) as (pilot, screen):
            assert screen.min_score() == LINK_THRESHOLD and last.config.glossary
            assert not any("as this pair was left" in text for text in notices(last))
            await pilot.press("q")


@pytest.mark.parametrize("forgotten", [("min_score",), ("glossary",), ("min_score", "glossary")])
async def test_an_older_file_without_them_opens_as_the_settings_say(make_app, tmp_path, forgotten):
    covers("threshold.lower", "glossary.toggle")
    corpus = pair_corpus(tmp_path / "ferry", FERRY, BOAT)
    app = make_app(corpus)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("minus", "ctrl+g")
        await settle(pilot)
        lowered = screen.min_score()
        assert lowered < LINK_THRESHOLD
        await pilot.press("q")
    path = tmp_path / "data" / FILE_NAME
    document = json.loads(path.read_text())
    for field in forgotten:  # as a reader before they were kept wrote it
        del document["pairs"][0][field]
    path.write_text(json.dumps(document))
    again = make_app(corpus)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.min_score() == (LINK_THRESHOLD if "min_score" in forgotten else lowered)
        assert again.config.glossary is ("glossary" in forgotten)


async def test_an_untuned_pair_follows_the_default_saved_after_it_was_left(make_app, tmp_path):
    """A pair keeps a threshold or glossaries of its own only when they differ from the default
    (config.toml as loaded, or as `W` saved it): a pair read at the default follows a new one,
    without a notice, while a pair tuned away from it keeps its own."""
    covers("threshold.raise", "threshold.lower", "glossary.toggle", "settings.save", "app.quit")
    dam, ferry = pair_corpus(tmp_path / "dam", DAM, BASIN), pair_corpus(tmp_path / "ferry", FERRY, BOAT)
    app = make_app(dam)  # read at the default, never tuned
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("q")
    stored = json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"][0]
    assert "min_score" not in stored and "glossary" not in stored
    other = make_app(ferry)
    async with reading_room(other, (120, 40)) as (pilot, screen):
        await pilot.press("plus", "ctrl+g")
        await settle(pilot)
        new_default = screen.min_score()
        await pilot.press("W")  # the new default
        await settle(pilot)
        await pilot.press("q")
    assert new_default > LINK_THRESHOLD
    again = make_app(dam)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.min_score() == new_default and not again.config.glossary
        assert not any("as this pair was left" in text for text in notices(again))
        await pilot.press("plus", "ctrl+g")  # tuned away from the default: kept with the pair
        await settle(pilot)
        tuned = screen.min_score()
        await pilot.press("q")
    assert tuned > new_default
    back = make_app(ferry)  # left at the default it saved: follows the next one too
    async with reading_room(back, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.min_score() == new_default and not back.config.glossary
        assert not any("as this pair was left" in text for text in notices(back))
        await pilot.press("minus", "ctrl+g", "W")  # the default back where it shipped
        await settle(pilot)
        await pilot.press("q")
    last = make_app(dam)
    async with reading_room(last, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.min_score() == tuned and last.config.glossary
        assert any(f"link threshold {tuned:.2f}, as this pair was left" in text.lower() for text in notices(last))
        await pilot.press("q")


# Two more accounts of other kinds, so the rule is seen on texts other than the ones above:
# a library's opening hours cut, and a bridge closed for repairs.
LIBRARY = ["The town library will close on Saturdays from March to save on heating.",
           "Students say the weekday hours clash with their lectures."]
READING = ["From March the library shuts its doors on Saturdays, to cut the heating bill.",
           "Weekday opening overlaps lectures, students complain."]
BRIDGE = ["The old river bridge is closed for three months while its bearings are replaced.",
          "Buses take a detour through the industrial estate."]
CROSSING = ["Repairs to the bearings shut the river bridge for a quarter of a year.",
            "The bus routes now wind round through the industrial estate."]


def four_articles(tmp_path, own: tuple, fresh: tuple):
    """The corpus of two pairs written to one folder: (corpus, own pair, fresh pair)."""
    from reader.corpus import load_paths

    folder = tmp_path / "articles"
    folder.mkdir()
    names = ("own.txt", "own-again.txt", "fresh.txt", "fresh-again.txt")
    for name, paragraphs in zip(names, (*own, *fresh)):
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    corpus = load_paths([folder / name for name in names])
    articles = [next(a for a in corpus if a.path.name == n) for n in names]
    return corpus, tuple(articles[:2]), tuple(articles[2:])


@pytest.mark.parametrize(("untuned", "tuned"), [((DAM, BASIN), (FERRY, BOAT)), ((LIBRARY, READING), (BRIDGE, CROSSING))])
async def test_a_pair_never_tuned_follows_the_setting_in_use_without_a_notice(make_app, tmp_path, untuned, tuned):
    """A pair read at the default, then another pair tuned (`+`, `ctrl+g`, `S`) but not saved
    with `W`, then the first pair again in the same session: the first pair was never tuned, so
    it is shown at what the reader uses now, without a notice, and keeps nothing of its own;
    the tuned pair keeps its own and is shown so when it comes back."""
    covers("threshold.raise", "glossary.toggle", "granularity.toggle", "app.quit")
    corpus, (first, first_again), (second, second_again) = four_articles(tmp_path, untuned, tuned)
    app = make_app(corpus, pair=(first.id, first_again.id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        screen.set_pane_article(0, second)
        screen.set_pane_article(1, second_again)
        await settle(pilot)
        await pilot.press("plus", "ctrl+g", "S")
        await settle(pilot)
        raised = screen.min_score()
        assert raised > LINK_THRESHOLD and not app.config.glossary and screen.granularity == "sentence"
        told = len(notices(app))
        screen.set_pane_article(0, first)
        screen.set_pane_article(1, first_again)
        await settle(pilot)
        assert not any("as this pair was left" in text for text in notices(app)[told:])
        assert screen.min_score() == raised and not app.config.glossary and screen.granularity == "sentence"
        screen.set_pane_article(0, second)
        screen.set_pane_article(1, second_again)
        await settle(pilot)
        assert screen.min_score() == raised and screen.granularity == "sentence"
        await pilot.press("q")
    stored = {tuple(sorted(p["paths"])): p for p in json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"]}
    never = stored[tuple(sorted(str(a.path.resolve()) for a in (first, first_again)))]
    assert not {"min_score", "glossary", "granularity"} & set(never)
    own = stored[tuple(sorted(str(a.path.resolve()) for a in (second, second_again)))]
    assert (own["min_score"], own["glossary"], own["granularity"]) == (raised, False, "sentence")


async def show(pilot, screen, pair) -> None:
    screen.set_pane_article(0, pair[0])
    screen.set_pane_article(1, pair[1])
    await settle(pilot)


def in_use(app, screen) -> tuple:
    return screen.min_score(), app.config.glossary, screen.granularity, app.config.granularity


@pytest.mark.parametrize("own_first", [True, False])
@pytest.mark.parametrize(("own", "fresh"), [((DAM, BASIN), (FERRY, BOAT)), ((LIBRARY, READING), (BRIDGE, CROSSING))])
async def test_a_pairs_own_settings_stay_with_it(make_app, tmp_path, own, fresh, own_first):
    """A pair reopened at the threshold, glossaries and units it kept of its own shows them
    while it is shown only: a pair never tuned, shown before or after it, is at the default
    (or at what `+`, `-`, `ctrl+g` and `S` chose in this session), however the two alternate."""
    covers("threshold.raise", "glossary.toggle", "granularity.toggle", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("plus", "plus", "ctrl+g", "S")
        await settle(pilot)
        kept = in_use(app, screen)
        assert kept[0] > LINK_THRESHOLD and kept[1:] == (False, "sentence", "sentence")
        await pilot.press("q")
    default = (LINK_THRESHOLD, True, "paragraph", "paragraph")
    first, then = (own_pair, fresh_pair) if own_first else (fresh_pair, own_pair)
    again = make_app(corpus, pair=(first[0].id, first[1].id))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert in_use(again, screen) == (kept if own_first else default)
        await show(pilot, screen, then)
        assert in_use(again, screen) == (default if own_first else kept)
        await show(pilot, screen, first)
        assert in_use(again, screen) == (kept if own_first else default)
        await show(pilot, screen, then)
        assert in_use(again, screen) == (default if own_first else kept)
        await pilot.press("q")
    stored = {tuple(sorted(p["paths"])): p for p in json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"]}
    never = stored[tuple(sorted(str(a.path.resolve()) for a in fresh_pair))]
    assert not {"min_score", "glossary", "granularity"} & set(never)


async def test_what_the_reader_tunes_is_for_the_session_a_pairs_own_for_it_alone(make_app, tmp_path):
    """`+` pressed on a pair is the reader's choice for the session: a pair that kept its own
    threshold shows its own, and the next pair never tuned the reader's choice."""
    covers("threshold.raise", "threshold.lower", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, (LIBRARY, READING), (BRIDGE, CROSSING))
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("minus", "minus")
        await settle(pilot)
        lowered = screen.min_score()
        await pilot.press("q")
    again = make_app(corpus, pair=(fresh_pair[0].id, fresh_pair[1].id))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        await pilot.press("plus")
        await settle(pilot)
        chosen = screen.min_score()
        assert chosen > LINK_THRESHOLD > lowered
        await show(pilot, screen, own_pair)
        assert screen.min_score() == lowered
        never = (own_pair[0], fresh_pair[1])
        await show(pilot, screen, never)
        assert screen.min_score() == chosen
        await pilot.press("q")


@pytest.mark.parametrize(("keys", "own", "fresh"), [
    (("plus", "plus"), (DAM, BASIN), (FERRY, BOAT)),
    (("plus", "plus", "ctrl+g", "S"), (LIBRARY, READING), (BRIDGE, CROSSING)),
])
async def test_a_pair_opened_from_a_bookmark_takes_its_own_settings(make_app, tmp_path, keys, own, fresh):
    """A pair left tuned, opened in a later session from a pair bookmark (which places both
    cursors itself): it is aligned at its own threshold, glossaries and units, with the notice
    saying so, the cursors stay on the bookmark's passages, and leaving it keeps its settings."""
    covers("threshold.raise", "glossary.toggle", "granularity.toggle", "bookmarks.open", "bookmarks.jump", "app.quit")
    from reader.bookmarks import BookmarkStore

    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press(*keys)
        await settle(pilot)
        kept = in_use(app, screen)
        assert kept[0] > LINK_THRESHOLD
        await pilot.press("q")
    marked = [article.passages[1] for article in own_pair]
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_pair(own_pair[0], marked[0].start, marked[0].end, own_pair[1], marked[1].start, marked[1].end)
    again = make_app(corpus, pair=(fresh_pair[0].id, fresh_pair[1].id))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        assert in_use(again, screen) == (LINK_THRESHOLD, True, "paragraph", "paragraph")
        told = len(notices(again))
        await open_first_bookmark(pilot)
        assert tuple(screen.articles) == own_pair
        assert in_use(again, screen) == kept
        assert any(f"link threshold {kept[0]:.2f}" in text.lower() and "as this pair was left" in text
                   for text in notices(again)[told:])
        for pane, passage in zip(screen.panes, marked):  # on the bookmark's passages, in whatever units
            unit = pane.units[pane.cursor]
            assert unit.start <= passage.start < unit.end
        await show(pilot, screen, fresh_pair)
        assert in_use(again, screen) == (LINK_THRESHOLD, True, "paragraph", "paragraph")
        await pilot.press("q")
    stored = {tuple(sorted(p["paths"])): p for p in json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"]}
    assert stored[tuple(sorted(str(a.path.resolve()) for a in own_pair))]["min_score"] == kept[0]


# Paragraphs of several sentences: a bookmark on the third sentence of one, in a pair left in
# sentences, says whether the cursor stays on that sentence once the pair is re-cut into them.
HARVEST = ["The grape harvest began a week early this year. Growers blame the heat of July. Some rows "
           "were picked at night to keep the fruit cool. The co-operative expects a small vintage.",
           "Prices for the new wine are not yet set. Buyers from abroad have stayed away."]
VINTAGE = ["Picking started seven days ahead of the usual date. July's heat is said to be the cause. Crews "
           "worked after dark on some slopes so the grapes stayed cool. A modest vintage is forecast.",
           "No price has been agreed for the wine. Foreign buyers did not come this season."]
MUSEUM = ["The city museum reopened after two years of building work. Its roof no longer leaks. The "
          "galleries were given new lighting that spares old paint. Entry stays free on Sundays.",
          "A café has been added on the top floor. It looks over the river."]
GALLERY = ["After two years of works the museum of the city is open again. The leaking roof was mended. "
           "New lamps protect the paintings from fading. Sundays remain free of charge.",
           "There is now a café upstairs. From it one sees the river."]


async def open_first_bookmark(pilot) -> None:
    await pilot.press("m")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


def assert_on_sentences(screen, pair, sentences) -> None:
    """`pair` shown in sentences, each pane's cursor on its one of `sentences`."""
    assert tuple(screen.articles) == pair and screen.granularity == "sentence"
    for pane, sentence in zip(screen.panes, sentences):
        assert (pane.units[pane.cursor].start, pane.units[pane.cursor].end) == (sentence.start, sentence.end)


@pytest.mark.parametrize("how", ["bookmark", "claim", "back"])
@pytest.mark.parametrize(("own", "fresh"), [((HARVEST, VINTAGE), (FERRY, BOAT)), ((MUSEUM, GALLERY), (BRIDGE, CROSSING))])
async def test_a_pair_left_in_sentences_opens_on_the_sentence_placed(make_app, tmp_path, own, fresh, how):
    """A pair left in sentences, opened later by a bookmark on one sentence (or by enter on a
    claim map's cell telling it there, or gone back to with backspace, from a pair in
    paragraphs): it is shown in sentences again, each cursor on the sentence it was put on, not
    the first sentence of its paragraph."""
    covers("granularity.toggle", "bookmarks.open", "bookmarks.jump", "pane.back", "app.quit")
    from reader.bookmarks import BookmarkStore

    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("S")
        await settle(pilot)
        await pilot.press("q")
    marked = [article.sentences[2] for article in own_pair]  # the third sentence of the first paragraph
    assert all(s.start > a.passages[0].start and s.end <= a.passages[0].end for s, a in zip(marked, own_pair))
    if how == "bookmark":
        with BookmarkStore.open(tmp_path / "data") as store:
            store.add_pair(own_pair[0], marked[0].start, marked[0].end, own_pair[1], marked[1].start, marked[1].end)
    again = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id) if how == "back" else
                     (fresh_pair[0].id, fresh_pair[1].id))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        if how == "bookmark":
            await open_first_bookmark(pilot)
        elif how == "claim":  # what the claim map's enter hands the room
            from reader.tui.claim_grid import Choice

            screen.show_choice(Choice(own_pair[0], marked[0], own_pair[1], marked[1]))
            await settle(pilot)
        else:
            for pane, sentence in zip(screen.panes, marked):
                pane.cursor_to_source(sentence.start)
            await show(pilot, screen, fresh_pair)
            assert screen.granularity == "paragraph"
            await pilot.press("backspace")
            await settle(pilot)
        assert_on_sentences(screen, own_pair, marked)
        await pilot.press("q")


@pytest.mark.parametrize(("own", "other"), [((HARVEST, VINTAGE), (MUSEUM, GALLERY)), ((MUSEUM, GALLERY), (HARVEST, VINTAGE))])
async def test_a_bookmark_opened_from_a_pair_in_sentences_keeps_its_sentence(make_app, tmp_path, own, other):
    """Both pairs left in sentences, the default paragraphs: a bookmark on a sentence of one,
    opened from the other, whose sentences are not cut yet when the cursor is placed, keeps
    the cursor on that sentence through the re-cuts, instead of losing it to the top."""
    covers("granularity.toggle", "bookmarks.open", "bookmarks.jump", "app.quit")
    from reader.bookmarks import BookmarkStore

    corpus, own_pair, other_pair = four_articles(tmp_path, own, other)
    for pair in (own_pair, other_pair):
        app = make_app(corpus, pair=(pair[0].id, pair[1].id))
        async with reading_room(app, (120, 40)) as (pilot, screen):
            await pilot.press("S")
            await settle(pilot)
            await pilot.press("q")
    marked = [article.sentences[2] for article in own_pair]
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_pair(own_pair[0], marked[0].start, marked[0].end, own_pair[1], marked[1].start, marked[1].end)
    from reader.corpus import load_paths

    corpus = load_paths([article.path for article in (*own_pair, *other_pair)])  # read again: no sentence cut yet
    own_pair, other_pair = tuple(corpus.articles[:2]), tuple(corpus.articles[2:])
    assert not own_pair[0].units_ready("sentence")
    again = make_app(corpus, pair=(other_pair[0].id, other_pair[1].id))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        assert screen.granularity == "sentence"
        await open_first_bookmark(pilot)
        assert_on_sentences(screen, own_pair, marked)
        await pilot.press("q")


@pytest.mark.parametrize(("own", "fresh", "leave"), [((DAM, BASIN), (FERRY, BOAT), "pair"),
                                                     ((MUSEUM, GALLERY), (BRIDGE, CROSSING), "quit")])
async def test_a_pair_left_before_its_place_is_found_keeps_it(make_app, tmp_path, own, fresh, leave):
    """A pair tuned and left on its second passage, shown again and left (for another pair, or
    by quitting) before where it was left is found (the lookup runs in a thread): it is not
    saved over its place and settings with the top and the settings in use, as nothing of it
    was read; shown again, it is where it was left, at its own threshold."""
    covers("threshold.raise", "app.quit")
    corpus, own_pair, fresh_pair = four_articles(tmp_path, own, fresh)
    app = make_app(corpus, pair=(own_pair[0].id, own_pair[1].id))
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("plus", "plus", "j")
        await settle(pilot)
        kept = screen.min_score()
        await pilot.press("q")
    path = tmp_path / "data" / FILE_NAME
    again = make_app(corpus, pair=(fresh_pair[0].id, fresh_pair[1].id))
    async with reading_room(again, (120, 40)) as (pilot, screen):
        looking = again.resumer._lock  # held, the lookup of where a pair was left waits for it
        looking.acquire()
        try:
            screen.set_pane_article(0, own_pair[0])
            screen.set_pane_article(1, own_pair[1])
            await pilot.pause()
            assert screen.min_score() == LINK_THRESHOLD and screen.panes[screen.active].cursor == 0  # not found yet
            if leave == "pair":
                screen.set_pane_article(0, fresh_pair[0])
                screen.set_pane_article(1, fresh_pair[1])
                await pilot.pause()
            else:
                again.exit()
        finally:
            looking.release()
        if leave == "pair":
            await settle(pilot)
            await show(pilot, screen, own_pair)
            assert screen.min_score() == kept and screen.panes[screen.active].cursor == 1
            await pilot.press("q")
    stored = {tuple(sorted(p["paths"])): p for p in json.loads(path.read_text())["pairs"]}
    own_stored = stored[tuple(sorted(str(a.path.resolve()) for a in own_pair))]
    assert own_stored["min_score"] == kept and [p["index"] for p in own_stored["places"]] == [1, 0]


def numbered(paragraphs: list[str], times: int) -> list[str]:
    """`paragraphs` told `times` over, each numbered so no two read alike."""
    return [f"{paragraph} ({n})" for n in range(times) for paragraph in paragraphs]


@pytest.mark.parametrize("texts", [(HARVEST, VINTAGE), (MUSEUM, GALLERY)])
async def test_a_bookmark_pair_re_cut_keeps_the_other_passage_in_view(make_app, tmp_path, texts):
    """A bookmark pair far down two articles, opened and then re-cut into sentences (`S`, or
    the pair's own units) before its links come: the other pane's passage, kept in view until
    they do, is its cursor's sentence, not the sentence of its paragraph's number."""
    covers("threshold.raise", "granularity.toggle")
    from reader.bookmarks import BookmarkStore

    corpus = pair_corpus(tmp_path / "pair", *(numbered(p, 60) for p in texts))
    a, b = corpus.articles
    marked = [article.passages[90] for article in (a, b)]
    with BookmarkStore.open(tmp_path / "data") as store:
        store.add_pair(a, marked[0].start, marked[0].end, b, marked[1].start, marked[1].end)
    app = make_app(corpus)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        a.sentences, b.sentences  # cut now: re-cut, the panes have their sentences at once
        with BookmarkStore.open(tmp_path / "data") as store:
            (placed,) = store.placed(screen.bookmark_shelf())
        screen.action_threshold(1)  # realigning: the links are still to come
        assert screen.align_state == "aligning"
        screen.open_bookmark(placed)  # as enter on it in the list does
        assert screen.held == (1, 90)
        screen.action_toggle_granularity()
        side, index = screen.held
        pane = screen.panes[side]
        assert pane.units[index].start == pane.units[pane.cursor].start == marked[side].start
        await settle(pilot)
        assert all(pane.is_passage_visible(pane.cursor) for pane in screen.panes)


async def left_at_threshold(make_app, tmp_path, corpus, written: float):
    """The pair of `corpus` tuned with `+` and quit, then its threshold in reading-places.json
    written over with `written` (as another program may write it); the places file."""
    app = make_app(corpus)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("plus")
        await settle(pilot)
        await pilot.press("q")
    path = tmp_path / "data" / FILE_NAME
    document = json.loads(path.read_text())
    document["pairs"][0]["min_score"] = written
    path.write_text(json.dumps(document))
    return path


async def reopened(make_app, corpus, threshold: float) -> list[str]:
    """The pair of `corpus` opened again: shown at `threshold`; the notices it showed."""
    again = make_app(corpus)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert f"≥{threshold:.2f}" in screen.query_one("#status").render().plain
        await pilot.press("q")
    return notices(again)


@pytest.mark.parametrize(("first", "second"), [(DAM, BASIN), (LIBRARY, READING)])
async def test_a_threshold_kept_that_is_the_default_but_for_rounding_is_the_default(make_app, tmp_path, first, second):
    """A pair's threshold that differs from the default only past the digits alignments are
    kept by (0.3000001 against 0.3, as another program may write it) is the default: the pair
    opens without a notice that it was left at another threshold, and keeps none of its own."""
    covers("threshold.raise", "app.quit")
    corpus = pair_corpus(tmp_path / "pair", first, second)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text("min_score = 0.3\n", encoding="utf-8")
    path = await left_at_threshold(make_app, tmp_path, corpus, 0.3000001)
    assert not any("as this pair was left" in text for text in await reopened(make_app, corpus, 0.3))
    assert "min_score" not in json.loads(path.read_text())["pairs"][0]


@pytest.mark.parametrize(("first", "second", "end"), [(DAM, BASIN, 1), (LIBRARY, READING, 0)])
async def test_a_threshold_kept_at_an_end_of_the_range_but_for_rounding_is_kept(make_app, tmp_path, first, second,
                                                                                 end):
    """A pair's threshold at an end of the range but for digits past those thresholds are told
    by (0.9500004, or 0.0399996, as another program may write it) is that end, inside the
    range: the pair reopens at it, with the notice that it was left there."""
    from reader.tui.tuning import THRESHOLD_RANGE

    covers("threshold.raise", "app.quit")
    corpus = pair_corpus(tmp_path / "pair", first, second)
    await left_at_threshold(make_app, tmp_path, corpus, THRESHOLD_RANGE[end] + (4e-7 if end else -4e-7))
    assert any("as this pair was left" in text for text in await reopened(make_app, corpus, THRESHOLD_RANGE[end]))
