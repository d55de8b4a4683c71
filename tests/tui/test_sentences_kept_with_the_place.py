"""A pair left in sentences (`S`) reopens in sentences, on the sentence the cursor was on, as
it reopens in its view (`v`) and with boilerplate as it was (`x`); a pair left in paragraphs
reopens in paragraphs, and a reading-places file written before the granularity was kept
opens as the settings say."""

from __future__ import annotations

import json

from tui_helpers import covers, notices, pair_corpus, reading_room, settle

from reader.reading_places import FILE_NAME

# Paragraphs of several sentences each, so a sentence is not its paragraph.
MILL = ["The flour mill at Osterby stopped its wheels in March. Its owners cited the cost of power. "
        "Forty millers were told on a Monday morning.",
        "The town had ground grain there since the war. A museum was proposed. Nobody has funded it yet.",
        "Farmers now truck their wheat to a plant two hours away. Prices for bread rose by a fifth."]
GRAIN = ["Osterby's mill, which ground the valley's grain for eighty years, closed in March. "
         "Power bills doubled, the owners said.",
         "Bakers in the valley say bread now costs a fifth more. Wheat travels two hours to be milled.",
         "A plan for a museum in the old mill house has found no money."]
# Another kind of text: short news items of a strike, for the rule not to hang on one story.
DOCK = ["Dock workers at Havnvik walked out at dawn. Cranes stood still. Ships queued in the bay.",
        "The union wants a shorter week. The port says it cannot pay for one."]
PIER = ["At Havnvik the cranes were idle by sunrise. A strike over hours had begun.",
        "Port managers said a shorter week would cost too much. Ships waited offshore."]


async def to_sentence(pilot, screen, number: int) -> None:
    """Show sentences (S) and put pane A's cursor on its sentence `number` (from 1)."""
    await pilot.press("S")
    await settle(pilot)
    assert screen.granularity == "sentence"
    await pilot.press("g", *["j"] * (number - 1))
    await settle(pilot)


async def test_a_pair_left_in_sentences_reopens_in_them_on_the_same_sentence(make_app, tmp_path):
    covers("granularity.toggle", "app.quit")
    for name, first, second, number in (("mill", MILL, GRAIN, 5), ("dock", DOCK, PIER, 4)):
        corpus = pair_corpus(tmp_path / name, first, second)
        app = make_app(corpus)
        async with reading_room(app, (120, 40)) as (pilot, screen):
            assert screen.granularity == "paragraph"
            await to_sentence(pilot, screen, number)
            pane = screen.panes[screen.active]
            left_on = pane.units[pane.cursor].text
            await pilot.press("q")
        assert json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"][0]["granularity"] == "sentence"
        again = make_app(corpus)
        async with reading_room(again, (120, 40)) as (pilot, screen):
            assert screen.granularity == "sentence" and again.config.granularity == "sentence"
            for pane in screen.panes:
                assert pane.granularity == "sentence"
            pane = screen.panes[screen.active]
            assert pane.units[pane.cursor].text == left_on
            assert any("as this pair was left" in text for text in notices(again))
            assert screen.alignment is not None and screen.alignment.granularity == "sentence"
            await pilot.press("S")  # back to paragraphs: the pair reopens in them
            await settle(pilot)
            await pilot.press("q")
        last = make_app(corpus)
        async with reading_room(last, (120, 40)) as (pilot, screen):
            assert screen.granularity == "paragraph"
            await pilot.press("q")


async def test_an_older_file_without_the_granularity_opens_as_the_settings_say(make_app, tmp_path):
    covers("granularity.toggle")
    corpus = pair_corpus(tmp_path / "dock", DOCK, PIER)
    app = make_app(corpus)
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await to_sentence(pilot, screen, 2)
        await pilot.press("q")
    path = tmp_path / "data" / FILE_NAME
    document = json.loads(path.read_text())
    del document["pairs"][0]["granularity"]  # as a reader before it was kept wrote it
    path.write_text(json.dumps(document))
    again = make_app(corpus)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        assert screen.granularity == "paragraph"
        pane = screen.panes[0]
        assert "Cranes stood still." in pane.units[pane.cursor].text  # the paragraph holding the sentence


async def test_a_pair_read_in_paragraphs_follows_sentences_saved_as_the_default(make_app, tmp_path):
    """A pair keeps its units only when they differ from the default (config.toml's, as `W`
    saves it): a pair read in paragraphs follows sentences made the default later, without a
    notice, and one left in sentences keeps them when the default goes back to paragraphs."""
    covers("granularity.toggle", "settings.save", "app.quit")
    mill, dock = pair_corpus(tmp_path / "mill", MILL, GRAIN), pair_corpus(tmp_path / "dock", DOCK, PIER)
    app = make_app(mill)  # read in paragraphs, as the default is
    async with reading_room(app, (120, 40)) as (pilot, screen):
        await pilot.press("q")
    assert "granularity" not in json.loads((tmp_path / "data" / FILE_NAME).read_text())["pairs"][0]
    other = make_app(dock)
    async with reading_room(other, (120, 40)) as (pilot, screen):
        await to_sentence(pilot, screen, 1)
        await pilot.press("W")  # sentences, the new default
        await settle(pilot)
        await pilot.press("q")
    again = make_app(mill)
    async with reading_room(again, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.granularity == "sentence"
        assert not any("as this pair was left" in text for text in notices(again))
        await pilot.press("q")
    back = make_app(dock)  # the default back to paragraphs: the dock pair, left at the default, follows
    async with reading_room(back, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.granularity == "sentence"
        await pilot.press("S", "W")
        await settle(pilot)
        await pilot.press("q")
    last = make_app(mill)  # the mill pair was left in sentences, then the default: it follows paragraphs
    async with reading_room(last, (120, 40)) as (pilot, screen):
        await settle(pilot)
        assert screen.granularity == "paragraph"
        await pilot.press("q")
