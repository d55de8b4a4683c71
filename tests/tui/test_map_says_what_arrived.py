"""An article saved into the folder of the open articles while the reader is open is not in
the claim map of the open articles: opening the map says which files arrived, and `O` opening
one puts it in the map. Files a person left out by opening a few by name are not named."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import covers, notices, reading_room, settle, type_path

from reader.corpus import load_paths

SIDES = ("Upriver", "Downriver", "Council")
TELLINGS = ["The ferry at Lenmark stopped running on Sunday after its engine failed.",
            "Lenmark's ferry has been idle since Sunday, when the engine broke down.",
            "A broken engine halted the Lenmark ferry on Sunday.",
            "Repairs to the ferry will take a month, the council said.",
            "The council expects a month of repairs before the ferry sails again."]


def write_folder(folder: Path, count: int = 25) -> Path:
    """`count` short articles with sides in a corpus.toml (three sides, one article without)."""
    folder.mkdir(parents=True)
    manifest = []
    for n in range(count):
        name = f"note-{n:02d}.txt"
        paragraphs = [f"Dispatch {n}", TELLINGS[n % len(TELLINGS)], TELLINGS[(n + 2) % len(TELLINGS)],
                      f"Dispatch {n} also noted the {('rain', 'fog', 'frost')[n % 3]} over the river."]
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        side = f'side = "{SIDES[n % 3]}"\n' if n != 4 else ""
        manifest.append(f'[[article]]\nfile = "{name}"\n{side}')
    (folder / "corpus.toml").write_text("\n".join(manifest), encoding="utf-8")
    return folder


def said(app) -> list[str]:
    return [text for text in notices(app) if "added beside the open articles" in text]


async def test_the_map_names_an_article_saved_into_the_folder_and_takes_it_in_once_opened(make_app, tmp_path):
    covers("claims.open", "claims.close", "open.path")
    folder = write_folder(tmp_path / "dispatches")
    app = make_app(load_paths([folder]))
    async with reading_room(app, (200, 50)) as (pilot, screen):
        await pilot.press("M")
        await settle(pilot)
        assert not said(app)  # nothing new yet
        await pilot.press("escape")
        late = folder / "note-late.txt"
        late.write_text("Late dispatch\n\n" + TELLINGS[0] + "\n", encoding="utf-8")
        await pilot.press("M")
        await settle(pilot)
        assert len(said(app)) == 1 and "note-late.txt" in said(app)[0]
        assert len(app.screen.claim_map.articles) == 25
        await pilot.press("escape")
        await pilot.press("O")
        await type_path(pilot, str(late))
        await pilot.press("escape")  # the picker the opened file started
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        assert len(said(app)) == 1  # it is open now: not said again
        assert len(app.screen.claim_map.articles) == 26


async def test_files_left_out_of_a_few_opened_by_name_are_not_said(make_app, tmp_path):
    covers("claims.open")
    folder = write_folder(tmp_path / "ferry", count=6)
    app = make_app(load_paths([folder / "note-00.txt", folder / "note-01.txt", folder / "note-02.txt"]))
    async with reading_room(app, (80, 24)) as (pilot, screen):
        await pilot.press("M")
        await settle(pilot)
        assert not said(app)
        await pilot.press("escape")
        (folder / "note-new.txt").write_text("New\n\n" + TELLINGS[3] + "\n", encoding="utf-8")
        await pilot.press("M")
        await settle(pilot)
        assert len(said(app)) == 1 and "note-new.txt" in said(app)[0] and "note-03" not in said(app)[0]
