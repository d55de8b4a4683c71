"""Where each pair was left: stored in a real file, found again in changed articles, shared by
readers saving at once, and never lost to (or stopped by) a file the reader cannot use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_place_saved_while_locked import lock_held_elsewhere

from reader.bookmarks.anchoring import article_key
from reader.errors import UserError
from reader.reading_places import (FILE_NAME, KEPT, MAX_BYTES, RECENT, PairPlaces, ReadingPlaces, find, merged,
                                   pair_places, places_path)

SUBJECTS = ["The delegation", "A ministry spokesman", "Local farmers", "The border guards", "An opposition paper",
            "Two envoys", "The harbour authority", "Refugees in the camp", "A retired general", "The central bank",
            "Student groups", "The state broadcaster"]
EVENTS = ["met to discuss the corridor", "denied every report of shelling", "complained about the new tariffs",
          "closed the northern crossing", "printed a long list of grievances", "flew home without a statement",
          "doubled the fees for cargo ships", "asked for more winter tents", "predicted a short war on television",
          "raised its rates twice in a month", "marched past the parliament", "aired a documentary about the dam"]
PARAGRAPHS = [f"{subject} {event} on the {n}th day; observers read it in very different ways."
              for n, (subject, event) in enumerate(zip(SUBJECTS, EVENTS), 1)]


def text(paragraphs) -> str:
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def pair(write_article):
    return write_article(text(PARAGRAPHS)), write_article(text(reversed(PARAGRAPHS)))


def saved(data_dir: Path, articles, cursors, active=0, last_read=None) -> PairPlaces:
    entry = pair_places(articles, cursors, ("paragraph", "paragraph"), active, last_read)
    assert ReadingPlaces.open(data_dir).save(entry)
    return entry


def test_a_pair_is_found_again_in_either_order_by_its_paths(tmp_path, pair):
    a, b = pair
    saved(tmp_path, (a, b), (7, 2), active=1)
    places = ReadingPlaces.open(tmp_path)  # a new session reads the file
    assert places.problem is None
    entry = places.get(article_key(b.path), article_key(a.path))
    assert entry is not None and entry.active_path == article_key(b.path)
    assert entry.place_of(article_key(a.path)).index == 7 and entry.place_of(article_key(b.path)).index == 2
    for article, index in ((a, 7), (b, 2)):
        found = find(entry.place_of(article_key(article.path)), article)
        assert (found.offset, found.how) == (article.passages[index].start, "same")


def test_the_pair_is_keyed_by_paths_never_by_article_text(tmp_path, pair):
    a, b = pair
    saved(tmp_path, (a, b), (1, 1))
    stored = json.loads((tmp_path / FILE_NAME).read_text())["pairs"][0]
    assert stored["paths"] == [article_key(a.path), article_key(b.path)]
    assert all(p["anchor"]["path"] in stored["paths"] for p in stored["places"])


def test_an_edited_article_resumes_on_the_same_passage(tmp_path, pair, write_article):
    a, b = pair
    entry = saved(tmp_path, (a, b), (5, 0))
    name = a.path.name
    edited = write_article(text(["A new opening paragraph was added.", "And another one.", *PARAGRAPHS]), name)
    found = find(entry.place_of(article_key(a.path)), edited)
    assert found.how == "moved" and found.offset == edited.passages[7].start


def test_a_passage_rewritten_beyond_recognition_resumes_at_its_number(tmp_path, pair, write_article):
    a, b = pair
    entry = saved(tmp_path, (a, b), (5, 0))
    rewritten = [*PARAGRAPHS[:5], "Entirely different words stand here now.", *PARAGRAPHS[6:]]
    edited = write_article(text(rewritten), a.path.name)
    found = find(entry.place_of(article_key(a.path)), edited)
    assert found.how == "near" and found.offset == edited.passages[5].start
    shorter = write_article(text(["Only one paragraph is left."]), a.path.name)
    assert find(entry.place_of(article_key(a.path)), shorter) is None


def test_a_sentence_place_is_found_among_sentences(tmp_path, write_article):
    a = write_article(text(["First one. Second one here. Third sentence of it.", "Next paragraph. Its end."]))
    b = write_article(text(["Other side. Says other things."]))
    entry = pair_places((a, b), (3, 1), ("sentence", "sentence"), 0)
    stored = entry.place_of(article_key(a.path))
    assert stored.label == "s4"
    assert find(stored, a).offset == a.units("sentence")[3].start


def test_a_pane_without_a_cursor_keeps_its_place_from_before(tmp_path, pair):
    a, b = pair
    first = saved(tmp_path, (a, b), (4, 6), last_read=1.0)
    second = pair_places((a, b), (None, 2), ("paragraph", "paragraph"), 1, 2.0)
    (entry,) = merged([first], second)
    assert entry.place_of(article_key(a.path)).index == 4 and entry.place_of(article_key(b.path)).index == 2


def test_pairs_are_kept_most_recently_read_first_and_bounded(tmp_path, write_article):
    articles = [write_article(f"Article {n} has one paragraph.\n") for n in range(KEPT + 2)]
    entries: list[PairPlaces] = []
    for n in range(KEPT + 1):
        entries = merged(entries, pair_places((articles[n], articles[n + 1]), (0, 0), ("paragraph",) * 2, 0, float(n)))
    assert len(entries) == KEPT
    assert [e.last_read for e in entries] == [float(n) for n in range(KEPT, 0, -1)]  # the oldest is forgotten
    places = ReadingPlaces(tmp_path / FILE_NAME)
    places._entries = entries
    assert len(places.recent()) == RECENT and places.recent()[0].last_read == KEPT


WRITER = """
import sys, time
from pathlib import Path
from reader.corpus import load_article
from reader.reading_places import ReadingPlaces, pair_places

data, folder, first, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
places = ReadingPlaces.open(data)
for n in range(first, first + count):
    a, b = (load_article(folder / f"{m}.txt") for m in (n, n + 1000))
    places.save(pair_places((a, b), (0, 0), ("paragraph", "paragraph"), 0))
"""


def test_readers_saving_at_once_lose_no_pair(tmp_path):
    import reader

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in [*range(40), *range(1000, 1040)]:
        (folder / f"{n}.txt").write_text(f"Article {n}.\n")
    env = {**os.environ, "PYTHONPATH": str(Path(reader.__file__).resolve().parent.parent)}
    runs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "data"), str(folder), str(first), "20"],
                             env=env) for first in (0, 20)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    places = ReadingPlaces.open(tmp_path / "data")
    assert places.problem is None
    stored = {Path(e.paths[0]).name for e in places.recent(limit=KEPT)}
    assert stored == {f"{n}.txt" for n in range(40)}


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"format": 99, "pairs": []}',
                                     b'{"format": 1, "pairs": [{"paths": ["a"]}]}', b"\xff\xfe\x00garbage",
                                     b"[" * 100_000])
def test_a_file_that_does_not_parse_is_reported_and_never_overwritten(tmp_path, pair, content):
    a, b = pair
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    places = ReadingPlaces.open(tmp_path)
    assert places.problem is not None and str(path) in places.problem and "left as it is" in places.problem
    assert places.get(article_key(a.path), article_key(b.path)) is None
    assert not places.save(pair_places((a, b), (1, 1), ("paragraph", "paragraph"), 0))
    assert path.read_bytes() == content


def test_a_file_damaged_after_it_was_read_is_left_as_it_is(tmp_path, pair):
    a, b = pair
    saved(tmp_path, (a, b), (1, 1))
    places = ReadingPlaces.open(tmp_path)
    (tmp_path / FILE_NAME).write_text("{ damaged by another program")
    with pytest.raises(UserError, match="left as it is"):
        places.save(pair_places((a, b), (2, 2), ("paragraph", "paragraph"), 0))
    assert (tmp_path / FILE_NAME).read_text() == "{ damaged by another program"


def test_a_fifo_a_huge_file_or_a_folder_in_its_place_is_a_problem_not_a_hang(tmp_path, pair):
    a, b = pair
    os.mkfifo(tmp_path / FILE_NAME)
    assert "FIFO" in ReadingPlaces.open(tmp_path).problem
    huge = tmp_path / "huge"
    huge.mkdir()
    with open(huge / FILE_NAME, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    assert "larger than" in ReadingPlaces.open(huge).problem
    folder = tmp_path / "folder"
    (folder / FILE_NAME).mkdir(parents=True)
    places = ReadingPlaces.open(folder)
    assert "directory" in places.problem and not places.save(pair_places((a, b), (0, 0), ("paragraph",) * 2, 0))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_a_file_that_cannot_be_read_is_reported_not_taken_as_empty(tmp_path, pair):
    a, b = pair
    saved(tmp_path, (a, b), (3, 3))
    (tmp_path / FILE_NAME).chmod(0)
    places = ReadingPlaces.open(tmp_path)
    assert "permission denied" in places.problem
    assert not places.save(pair_places((a, b), (0, 0), ("paragraph", "paragraph"), 0))


LOOK = """
import sys
from pathlib import Path
from reader.reading_places import ReadingPlaces
print(ReadingPlaces.open(Path(sys.argv[1])).problem)
"""


def test_a_data_dir_that_cannot_be_looked_into_is_reported_not_taken_as_empty(tmp_path, pair):
    import shutil

    import reader

    if os.geteuid() == 0 and shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: cannot drop the override")
    prefix = ["unshare", "--user"] if os.geteuid() == 0 else []
    a, b = pair
    data = tmp_path / "data"
    saved(data, (a, b), (3, 3))
    data.chmod(0)
    try:
        looked = subprocess.run([*prefix, sys.executable, "-c", LOOK, str(data)], capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(Path(reader.__file__).resolve().parent.parent)},
                                timeout=60)
    finally:
        data.chmod(0o755)
    assert looked.returncode == 0, looked.stderr
    assert f"cannot look into {data} (Permission denied); it is left as it is" in looked.stdout
    assert ReadingPlaces.open(data).get(*(article_key(x.path) for x in (a, b))).places[0].index == 3


def test_a_data_dir_that_cannot_be_made_fails_the_save_with_one_line(tmp_path, pair):
    a, b = pair
    (tmp_path / "file").write_text("not a folder")
    places = ReadingPlaces.open(tmp_path / "file" / "data")
    assert places.problem is None  # nothing there to read: nothing was read
    with pytest.raises(UserError, match="is a file, not a folder .*; where you left off is not kept"):
        places.save(pair_places((a, b), (0, 0), ("paragraph", "paragraph"), 0))


def test_the_last_pair_of_a_folder_is_the_latest_read_of_its_own_articles(tmp_path, write_article):
    from reader.reading_places import last_pair

    a, b, c = (write_article(text(PARAGRAPHS[n:] + PARAGRAPHS[:n])) for n in (0, 3, 6))
    outside = write_article(text(PARAGRAPHS[::2]))
    saved(tmp_path, (a, b), (1, 1), last_read=100.0)
    saved(tmp_path, (c, a), (2, 0), last_read=200.0)
    saved(tmp_path, (a, outside), (0, 0), last_read=300.0)  # later, but one article is not in the folder
    places = ReadingPlaces.open(tmp_path)
    keys = [article_key(x.path) for x in (a, b, c)]
    found = places.last_pair(keys)
    assert found is not None and found.paths == (article_key(c.path), article_key(a.path))  # in its panes' order
    assert last_pair(places.recent(), keys[:2]).paths == (article_key(a.path), article_key(b.path))
    assert places.last_pair([article_key(b.path)]) is None  # one article makes no pair


def test_a_save_gives_up_on_a_lock_another_process_keeps(tmp_path, pair, while_locked_elsewhere):
    """A process that keeps the places' lock (stopped in its turn) makes a save fail in one line
    after a few seconds, instead of waiting for ever: the reader saves its places as it closes."""
    a, b = pair
    places = ReadingPlaces.open(tmp_path)
    said = while_locked_elsewhere(tmp_path / f"{FILE_NAME}.lock",
                                  lambda: places.save(pair_places((a, b), (0, 0), ("paragraph", "paragraph"), 0)))
    assert "is held by another process" in said and "not kept" in said
    assert not (tmp_path / FILE_NAME).exists()


def test_the_line_read_inside_a_long_passage_is_kept_and_only_written_when_there_is_one(tmp_path, pair):
    a, b = pair
    entry = pair_places((a, b), (4, 2), ("paragraph", "paragraph"), 0, withins=(37, 0))
    assert ReadingPlaces.open(tmp_path).save(entry)
    written = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))["pairs"][0]["places"]
    assert written[0]["within"] == 37 and "within" not in written[1]  # a file as before where nothing was paged into
    again = ReadingPlaces.open(tmp_path).get(article_key(a.path), article_key(b.path))
    assert (again.place_of(article_key(a.path)).within, again.place_of(article_key(b.path)).within) == (37, 0)


def test_a_within_that_is_not_a_whole_number_is_no_reading_places_file(tmp_path, pair):
    a, b = pair
    saved(tmp_path, (a, b), (1, 1))
    document = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    document["pairs"][0]["places"][0]["within"] = "twelve"
    (tmp_path / FILE_NAME).write_text(json.dumps(document), encoding="utf-8")
    places = ReadingPlaces.open(tmp_path)
    assert places.problem is not None and "within" in places.problem


def test_how_a_pair_was_shown_is_kept_and_an_older_file_without_it_loads(tmp_path, pair):
    a, b = pair
    entry = pair_places((a, b), (3, 1), ("sentence", "sentence"), 0, view="unmatched", hide_boilerplate=True,
                        granularity="sentence")
    assert ReadingPlaces.open(tmp_path).save(entry)
    stored = json.loads((tmp_path / FILE_NAME).read_text())["pairs"][0]
    assert (stored["view"], stored["hide_boilerplate"], stored["granularity"]) == ("unmatched", True, "sentence")
    again = ReadingPlaces.open(tmp_path).get(article_key(a.path), article_key(b.path))
    assert (again.view, again.hide_boilerplate, again.granularity) == ("unmatched", True, "sentence")

    for field in ("view", "hide_boilerplate", "granularity"):  # as a reader before these fields wrote it
        del stored[field]
    (tmp_path / FILE_NAME).write_text(json.dumps({"format": 1, "pairs": [stored]}))
    older = ReadingPlaces.open(tmp_path)
    assert older.problem is None
    entry = older.get(article_key(a.path), article_key(b.path))
    assert (entry.view, entry.hide_boilerplate, entry.granularity) == ("all", None, None)
    assert entry.place_of(article_key(a.path)).index == 3
    assert older.save(pair_places((a, b), (2, 2), ("paragraph", "paragraph"), 0))  # all passages: no field
    assert "view" not in json.loads((tmp_path / FILE_NAME).read_text())["pairs"][0]


def test_how_a_pair_was_aligned_is_kept_and_an_older_file_without_it_loads(tmp_path, pair):
    a, b = pair
    assert ReadingPlaces.open(tmp_path).save(pair_places((a, b), (2, 4), ("paragraph",) * 2, 1, min_score=0.3,
                                                         glossary=False))
    stored = json.loads((tmp_path / FILE_NAME).read_text())["pairs"][0]
    assert (stored["min_score"], stored["glossary"]) == (0.3, False)
    again = ReadingPlaces.open(tmp_path).get(article_key(a.path), article_key(b.path))
    assert (again.min_score, again.glossary) == (0.3, False)
    for field in ("min_score", "glossary"):  # as a reader before these fields wrote it
        del stored[field]
    (tmp_path / FILE_NAME).write_text(json.dumps({"format": 1, "pairs": [stored]}))
    older = ReadingPlaces.open(tmp_path)
    entry = older.get(article_key(a.path), article_key(b.path))
    assert older.problem is None and (entry.min_score, entry.glossary) == (None, None)


@pytest.mark.parametrize("shown", [{"view": 3}, {"view": ""}, {"hide_boilerplate": "yes"}, {"granularity": 1},
                                   {"granularity": "x" * 41}, {"min_score": "high"}, {"min_score": -0.1},
                                   {"min_score": 1.5}, {"min_score": True}, {"glossary": "off"}])
def test_a_view_this_reader_did_not_write_is_reported_and_never_overwritten(tmp_path, pair, shown):
    a, b = pair
    assert ReadingPlaces.open(tmp_path).save(pair_places((a, b), (1, 1), ("paragraph", "paragraph"), 0))
    document = json.loads((tmp_path / FILE_NAME).read_text())
    document["pairs"][0].update(shown)
    (tmp_path / FILE_NAME).write_text(json.dumps(document))
    places = ReadingPlaces.open(tmp_path)
    assert places.problem is not None and "left as it is" in places.problem


def two_pairs_saved(data_dir: Path, pair, write_article):
    """A with B and A with a third article C, saved: ((a, b, c), the file's path, its JSON)."""
    a, b = pair
    c = write_article(text(PARAGRAPHS[3:] + PARAGRAPHS[:3]))
    saved(data_dir, (a, b), (2, 3), last_read=100.0)
    saved(data_dir, (a, c), (1, 1), last_read=50.0)
    path = data_dir / FILE_NAME
    return (a, b, c), path, json.loads(path.read_text())


def test_fields_a_newer_reader_wrote_survive_this_readers_saves(tmp_path, pair, write_article):
    """A newer reader's fields this one does not know, on a pair or on the whole file, are
    written back as they were read when this reader saves: the pair it saves keeps its own,
    the other pairs and the file theirs."""
    (a, b, c), path, document = two_pairs_saved(tmp_path, pair, write_article)
    document["columns"] = {"width": [40, 60], "notes": "kept"}  # as a newer reader might write them
    for n, stored in enumerate(document["pairs"]):
        stored["zoom"], stored["pinned"] = 1.5 + n, [n, "top"]
    path.write_text(json.dumps(document))
    before = {tuple(sorted(p["paths"])): (p["zoom"], p["pinned"]) for p in document["pairs"]}
    places = ReadingPlaces.open(tmp_path)
    assert places.problem is None
    assert places.save(pair_places((b, a), (5, 4), ("paragraph", "paragraph"), 1, 200.0))  # moved on, other way round
    d = write_article(text(PARAGRAPHS[6:] + PARAGRAPHS[:6]))
    assert places.save(pair_places((c, d), (0, 0), ("paragraph", "paragraph"), 0, 300.0))  # a pair new to the file
    after = json.loads(path.read_text())
    assert after["columns"] == {"width": [40, 60], "notes": "kept"} and after["format"] == 1
    pairs = {tuple(sorted(p["paths"])): p for p in after["pairs"]}
    assert {key: (p["zoom"], p["pinned"]) for key, p in pairs.items() if "zoom" in p} == before
    moved = pairs[tuple(sorted((article_key(a.path), article_key(b.path))))]
    assert moved["last_read"] == 200.0 and moved["active"] == 1
    assert not {"zoom", "pinned"} & set(pairs[tuple(sorted((article_key(c.path), article_key(d.path))))])
    assert ReadingPlaces.open(tmp_path).get(article_key(a.path), article_key(b.path)).place_of(article_key(a.path)).index == 4


@pytest.mark.parametrize(("on_place", "on_anchor"), [
    ({"column": 12, "marks": [3, 7]}, {"lang": "fr"}),
    ({"highlight": {"from": 4, "to": 9, "colour": "amber"}}, {"normalised": True, "scripts": ["Latn"]}),
])
def test_fields_a_newer_reader_wrote_inside_a_place_survive_this_readers_saves(tmp_path, pair, write_article,
                                                                              on_place, on_anchor):
    """A newer reader's fields inside a pane's place (and its anchor) are written back where
    they were: with their article's place when the pair is saved the other way round, with the
    place kept when a pane has no cursor to store, and as read on a pair not saved."""
    (a, b, c), path, document = two_pairs_saved(tmp_path, pair, write_article)
    for stored in document["pairs"]:
        for side, place in enumerate(stored["places"]):  # each place its own, told by its article
            place.update({key: [stored["paths"][side], value] for key, value in on_place.items()})
            place["anchor"].update({key: [stored["paths"][side], value] for key, value in on_anchor.items()})
    path.write_text(json.dumps(document))
    read = {tuple(sorted(p["paths"])): p for p in document["pairs"]}

    places = ReadingPlaces.open(tmp_path)
    assert places.problem is None
    assert places.save(pair_places((b, a), (5, None), ("paragraph", "paragraph"), 1, 200.0))  # other way round
    after = {tuple(sorted(p["paths"])): p for p in json.loads(path.read_text())["pairs"]}
    key_ac = tuple(sorted((article_key(a.path), article_key(c.path))))
    assert after[key_ac] == read[key_ac]  # a pair not saved: as read
    moved = after[tuple(sorted((article_key(a.path), article_key(b.path))))]
    assert moved["paths"] == [article_key(b.path), article_key(a.path)]
    for path_of, place in zip(moved["paths"], moved["places"]):
        assert {key: place[key] for key in on_place} == {key: [path_of, value] for key, value in on_place.items()}
        assert {key: place["anchor"][key] for key in on_anchor} == {key: [path_of, value] for key, value in on_anchor.items()}
    assert moved["places"][0]["index"] == 5  # moved on, its fields kept
    assert moved["places"][1]["index"] == 2  # no cursor to store: the place from before, whole
    assert ReadingPlaces.open(tmp_path).get(article_key(a.path), article_key(b.path)).place_of(article_key(b.path)).index == 5


@pytest.mark.parametrize("odd", ["\ud800", "half a pair \udfff of surrogates \ud83d"])
def test_a_newer_readers_text_utf8_cannot_hold_is_written_back_as_read(tmp_path, pair, write_article, odd):
    """A lone surrogate (JSON allows its escape) in a field this reader does not know, on the
    file, a pair or a place: saving writes it back escaped, and the file reads as before."""
    (a, b, c), path, document = two_pairs_saved(tmp_path, pair, write_article)
    document["legend"] = odd
    document["pairs"][0]["note"] = [odd, 1]
    document["pairs"][1]["places"][0]["mark"] = {"text": odd}
    path.write_text(json.dumps(document))  # ASCII, the surrogates escaped
    places = ReadingPlaces.open(tmp_path)
    assert places.problem is None
    assert places.save(pair_places((a, b), (4, 4), ("paragraph", "paragraph"), 0, 200.0))
    after = json.loads(path.read_bytes().decode("utf-8"))
    assert after["legend"] == odd
    assert {json.dumps(p.get("note")) for p in after["pairs"]} >= {json.dumps([odd, 1])}
    assert any(p["places"][0].get("mark") == {"text": odd} for p in after["pairs"])
    assert ReadingPlaces.open(tmp_path).problem is None


# A newer reader's field of about n bytes written compact: a list of small numbers, a table of names.
@pytest.mark.parametrize("field", [lambda n: [0] * (n // 2), lambda n: {f"k{i:07}": "x" for i in range(n // 16)}])
def test_a_newer_readers_large_field_never_makes_the_file_unreadable(tmp_path, pair, write_article, field):
    """Indented, a newer reader's large field can grow past MAX_BYTES: it is written compact and
    reads back; one that leaves no room for this reader's pair is not written at all, and the
    file is left as it is."""
    (a, b, c), path, document = two_pairs_saved(tmp_path, pair, write_article)
    document["cells"] = field(MAX_BYTES * 2 // 3)
    path.write_text(json.dumps(document, separators=(",", ":")))
    assert path.stat().st_size < MAX_BYTES
    places = ReadingPlaces.open(tmp_path)
    assert places.problem is None
    assert places.save(pair_places((a, b), (4, 4), ("paragraph", "paragraph"), 0, 200.0))
    assert path.stat().st_size <= MAX_BYTES
    again = ReadingPlaces.open(tmp_path)
    assert again.problem is None and json.loads(path.read_text())["cells"] == document["cells"]
    assert again.get(article_key(a.path), article_key(b.path)).place_of(article_key(a.path)).index == 4

    compact = len(json.dumps(document, separators=(",", ":")).encode("utf-8"))
    document["notes"] = "n" * (MAX_BYTES - 300 - compact)  # and another: less room left than a pair takes
    path.write_text(json.dumps(document, separators=(",", ":")))
    assert MAX_BYTES - 400 < path.stat().st_size < MAX_BYTES
    before = path.read_bytes()
    places = ReadingPlaces.open(tmp_path)
    assert places.problem is None
    d = write_article(text(PARAGRAPHS[5:] + PARAGRAPHS[:5]))
    with pytest.raises(UserError, match="left as it is"):
        places.save(pair_places((c, d), (2, 2), ("paragraph", "paragraph"), 0, 300.0))
    assert path.read_bytes() == before


def test_a_place_is_looked_up_at_once_while_a_save_waits_for_the_lock(tmp_path, pair, write_article):
    """A save waiting for the lock another process keeps does not hold back a lookup (a read of
    what this process holds), which sees the pair being saved already; the save lands after."""
    import fcntl
    import threading
    import time

    a, b = pair
    c = write_article(text(PARAGRAPHS[3:]))
    places = ReadingPlaces.open(tmp_path)
    places.save(pair_places((a, c), (1, 1), ("paragraph", "paragraph"), 0))
    with open(tmp_path / f"{FILE_NAME}.lock", "a+b") as other:
        fcntl.flock(other, fcntl.LOCK_EX)
        saving = threading.Thread(target=places.save, args=(pair_places((a, b), (2, 3), ("paragraph", "paragraph"), 1),))
        saving.start()
        time.sleep(0.2)  # the save is waiting for the lock now
        found = places.get(article_key(b.path), article_key(a.path))
        other_pair = places.get(article_key(a.path), article_key(c.path))
        looked_up_while_waiting = saving.is_alive()  # (the save waits SAVE_LOCK_WAIT_SECONDS before it gives up)
        fcntl.flock(other, fcntl.LOCK_UN)
    saving.join(10)
    assert looked_up_while_waiting and found is not None and other_pair is not None
    assert found.place_of(article_key(a.path)).index == 2
    on_disk = ReadingPlaces.open(tmp_path)
    assert on_disk.get(article_key(a.path), article_key(b.path)) is not None
    assert on_disk.get(article_key(a.path), article_key(c.path)) is not None


# Saves made here while another process keeps the places file's lock (each on another pair
# or again on one pair), more than the threads a reader's workers share.
SAVES_WHILE_LOCKED = 8


def test_saves_made_while_another_process_keeps_the_lock_wait_in_one_thread_and_land_in_order(tmp_path, pair,
                                                                                                write_article):
    """Saves asked for while another process keeps the lock do not each keep a thread waiting
    (the reader's workers share a few threads: the next pair's lookup needs one): the one
    waiting writes the others too once the lock is let go, in the order they were asked for, so
    the last place of a pair saved twice is the one kept, and every pair saved lands."""
    import threading
    import time

    a, b = pair
    others = [write_article(text(PARAGRAPHS[n:])) for n in range(1, SAVES_WHILE_LOCKED // 2 + 1)]
    places = ReadingPlaces.open(tmp_path)
    holder = lock_held_elsewhere(places_path(tmp_path))
    try:
        threads = []
        for n in range(SAVES_WHILE_LOCKED):  # each pair of `others` once, (a, b) again and again
            articles = (a, others[n // 2]) if n % 2 else (a, b)
            entry = pair_places(articles, (n, n), ("paragraph", "paragraph"), 0, 1000.0 + n)
            thread = threading.Thread(target=places.save, args=(entry,))
            thread.start()
            threads.append(thread)
            time.sleep(0.05)  # asked for one after the other
        waiting = sum(thread.is_alive() for thread in threads)
    finally:
        holder.communicate("\n", timeout=10)
    for thread in threads:
        thread.join(10)
    assert waiting == 1
    on_disk = ReadingPlaces.open(tmp_path)
    last_of_ab = max(n for n in range(SAVES_WHILE_LOCKED) if n % 2 == 0)
    assert on_disk.get(article_key(a.path), article_key(b.path)).place_of(article_key(a.path)).index == last_of_ab
    assert places.get(article_key(a.path), article_key(b.path)).place_of(article_key(a.path)).index == last_of_ab
    for n in range(1, SAVES_WHILE_LOCKED, 2):
        kept = on_disk.get(article_key(a.path), article_key(others[n // 2].path))
        assert kept is not None and kept.place_of(article_key(a.path)).index == n


def test_a_place_the_file_refused_is_still_found_this_session_after_another_is_saved(tmp_path, pair, write_article):
    """A save that finds the lock kept past its wait is not kept on disk (as it says), but this
    session still finds where that pair was left, also once another pair is saved after it."""
    a, b = pair
    c = write_article(text(PARAGRAPHS[2:]))
    places = ReadingPlaces.open(tmp_path)
    holder = lock_held_elsewhere(places_path(tmp_path))
    try:
        with pytest.raises(UserError, match="not kept"):
            places.save(pair_places((a, b), (4, 5), ("paragraph", "paragraph"), 0))
    finally:
        holder.communicate("\n", timeout=10)
    places.save(pair_places((a, c), (1, 1), ("paragraph", "paragraph"), 0))
    refused = places.get(article_key(a.path), article_key(b.path))
    assert refused is not None and refused.place_of(article_key(b.path)).index == 5
    assert places.get(article_key(a.path), article_key(c.path)) is not None
    on_disk = ReadingPlaces.open(tmp_path)
    assert on_disk.get(article_key(a.path), article_key(b.path)) is None
    assert on_disk.get(article_key(a.path), article_key(c.path)) is not None


def test_a_pair_left_while_a_save_waits_in_vain_is_still_saved_once_the_lock_is_let_go(tmp_path, pair,
                                                                                        write_article):
    """The save waiting for the lock gives up (the other process keeps it past the wait); a pair
    left meanwhile, handed to that save, is written all the same once the lock is let go, not
    left unwritten with no word."""
    import threading
    import time

    from reader.files import SAVE_LOCK_WAIT_SECONDS

    a, b = pair
    c = write_article(text(PARAGRAPHS[5:]))
    places = ReadingPlaces.open(tmp_path)
    failed: list[UserError] = []

    def first() -> None:
        try:
            places.save(pair_places((a, b), (3, 3), ("paragraph", "paragraph"), 0))
        except UserError as exc:
            failed.append(exc)

    holder = lock_held_elsewhere(places_path(tmp_path))
    try:
        waiting = threading.Thread(target=first)
        waiting.start()
        time.sleep(0.2)  # the first save waits for the lock now
        assert places.save(pair_places((a, c), (2, 2), ("paragraph", "paragraph"), 0))  # left to it
        time.sleep(SAVE_LOCK_WAIT_SECONDS + 0.5)  # the first save's wait is over
    finally:
        holder.communicate("\n", timeout=10)
    waiting.join(SAVE_LOCK_WAIT_SECONDS * 3)
    assert len(failed) == 1 and "not kept" in str(failed[0])
    on_disk = ReadingPlaces.open(tmp_path)
    assert on_disk.get(article_key(a.path), article_key(c.path)) is not None
    assert on_disk.get(article_key(a.path), article_key(b.path)) is None
