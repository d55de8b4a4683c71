"""`counterpoint links import`: the reader's link decisions taken to another data folder or
machine (where the articles may sit elsewhere), from a `links export --format json` or the
confirmed links of a `bookmarks export --format json --links`; nothing is imported twice."""

from __future__ import annotations

import json
import shutil

import pytest


@pytest.fixture
def exported(cli, decided, tmp_path):
    """A confirmed link and a rejected one between the pair, exported; then the articles'
    folder moved to `machine2/articles`. Returns (export, new folder, second data folder)."""
    a, b = decided
    out = tmp_path / "links.json"
    assert cli("links", "export", "--format", "json", "-o", out)[0] == 0
    new = tmp_path / "machine2" / "articles"
    shutil.copytree(a.path.parent, new)
    shutil.rmtree(a.path.parent)
    return out, new, tmp_path / "data2"


def _listed(cli, data) -> list[tuple[str, str, str]]:
    status, out, err = cli("--data-dir", data, "links", "list", "--format", "json")
    assert status == 0, err
    return [(d["kind"], d["status"], d["a"]["path"]) for d in json.loads(out)["decisions"]]


def test_decisions_imported_on_another_machine_find_their_articles(cli, exported):
    out, new, data = exported
    assert cli("--data-dir", data, "links", "import", out, "--corpus", new.parent) == (
        0, "imported 2 link decisions\n", "")
    assert _listed(cli, data) == [("confirm", "anchored", str(new / "a.txt")), ("reject", "anchored", str(new / "a.txt"))]
    status, printed, _ = cli("--data-dir", data, "align", new / "a.txt", new / "b.txt", "--format", "json")
    links = json.loads(printed)["links"]
    assert status == 0 and any(link["confirmed"] for link in links)
    assert len(json.loads(printed)["decisions"]["applied"]) == 2


def test_an_import_without_the_articles_says_so_and_importing_again_mends_it(cli, exported):
    out, new, data = exported
    status, printed, err = cli("--data-dir", data, "links", "import", out)
    assert (status, printed) == (0, "imported 2 link decisions\n")
    assert "2 article files are not here" in err and "their decisions are orphaned" in err
    assert [s for _, s, _ in _listed(cli, data)] == ["orphaned", "orphaned"]
    assert cli("--data-dir", data, "links", "import", out, "--corpus", new) == (
        0, "imported 0 link decisions; 2 were here already\n", "")
    assert [s for _, s, _ in _listed(cli, data)] == ["anchored", "anchored"]


def test_the_confirmed_links_of_a_bookmarks_export_are_imported(cli, pair, tmp_path):
    a, b = pair
    assert cli("bookmarks", "add", a.path, "--quote", "Critics in Yerevan")[0] == 0
    assert cli("bookmarks", "add", b.path, "--quote", "Armenian lobbyists")[0] == 0
    assert cli("links", "confirm", a.path, b.path, "--quote-a", "Critics in Yerevan",
               "--quote-b", "Armenian lobbyists")[0] == 0
    out = tmp_path / "bookmarks.json"
    assert cli("bookmarks", "export", "--format", "json", "--links", "-o", out)[0] == 0
    data = tmp_path / "data2"
    status, _, err = cli("--data-dir", data, "bookmarks", "import", out)
    assert status == 0 and "`counterpoint links import` imports them from this file" in err
    assert cli("--data-dir", data, "links", "import", out) == (0, "imported 1 link decision\n", "")
    assert _listed(cli, data) == [("confirm", "anchored", str(a.path))]


@pytest.mark.parametrize(("change", "says"), [
    (lambda d: d["decisions"][1].update(kind="ignore"), "decision 2 (id 2): 'kind' is not one of"),
    (lambda d: d["decisions"][0]["b"]["stored"].pop("start"), "decision 1 (id 1): 'b.stored.start'"),
    (lambda d: d.update(format="counterpoint-bookmarks"), "a bookmarks export without links"),
    (lambda d: d.update(format="counterpoint-bookmarks", version=99, confirmed_links=[]),
     "an export of version 99, newer than this Counterpoint reads"),
    (lambda d: d.update(format="something"), "not a link decisions export"),
])
def test_a_broken_export_imports_nothing_and_says_why_in_one_line(cli, exported, change, says):
    out, _, data = exported
    document = json.loads(out.read_text(encoding="utf-8"))
    change(document)
    out.write_text(json.dumps(document), encoding="utf-8")
    status, printed, err = cli("--data-dir", data, "links", "import", out)
    assert (status, printed, err.count("\n")) == (2, "", 1) and says in err, err
    assert _listed(cli, data) == []


def _decide(cli, kind, a, quote_a, b, quote_b) -> None:
    assert cli("links", kind, a.path, b.path, "--quote-a", quote_a, "--quote-b", quote_b)[0] == 0


def _import_elsewhere(cli, tmp_path, change=lambda document: None) -> tuple[int, str, list[str]]:
    """The decisions exported, the export changed by `change` (its JSON, in place), imported into
    another data folder: the status, what is printed and the lines on stderr."""
    out = tmp_path / "decided-elsewhere.json"
    assert cli("links", "export", "--format", "json", "-o", out)[0] == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    change(document)
    out.write_text(json.dumps(document), encoding="utf-8")
    status, printed, err = cli("--data-dir", tmp_path / "other-data", "links", "import", out)
    return status, printed, err.splitlines()


def test_an_import_names_each_decision_it_cannot_place_and_which_side(cli, write_article, tmp_path):
    """Exported from another data folder: one decision's A file is gone, another's B words are no
    longer in their file, a third is found. The two are named, one line each, with the side, its
    quote, its file and why; the one found is not; the import still succeeds and keeps them."""
    orchard = write_article("Orchard log\n\nThe pear trees flowered a week early this spring.\n", "orchard.txt")
    weather = write_article("Weather desk\n\nA warm March brought the blossom forward.\n", "weather.txt")
    bees = write_article("Apiary notes\n\nThe hives woke early and the bees worked the pears.\n", "bees.txt")
    frost = write_article("Frost watch\n\nNo late frost touched the valley in April.\n", "frost.txt")
    _decide(cli, "add", orchard, "pear trees flowered", weather, "warm March brought")
    _decide(cli, "confirm", bees, "hives woke early", weather, "the blossom forward")
    _decide(cli, "reject", bees, "worked the pears", frost, "No late frost")
    orchard.path.unlink()
    weather.path.write_text("Weather desk\n\nMarch stayed grey and cold to the end.\n", encoding="utf-8")
    status, printed, lines = _import_elsewhere(cli, tmp_path)
    assert (status, printed) == (0, "imported 3 link decisions\n")
    assert lines[:2] == [
        f"counterpoint: warning: link decision 1 is orphaned here: A “pear trees flowered” in {orchard.path}: "
        f"the file was moved or deleted; B “warm March brought” in {weather.path}: the words are no longer in the file",
        f"counterpoint: warning: link decision 2 is orphaned here: B “the blossom forward” in {weather.path}: "
        "the words are no longer in the file"]
    assert len(lines) == 3 and "1 article file is not here" in lines[2] and "--corpus DIR" in lines[2]
    assert not any("frost.txt" in line for line in lines)
    assert [s for _, s, _ in _listed(cli, tmp_path / "other-data")] == ["orphaned", "orphaned", "anchored"]


def test_a_quote_from_the_export_is_one_clean_line_in_the_warning(cli, write_article, tmp_path):
    """An export is untrusted: a quote holding a line break and a terminal escape is told on
    one line, the escape removed, as bookmarks import tells its quotes."""
    gauge = write_article("River gauge\n\nThe river rose two metres overnight.\n", "gauge.txt")
    ferry = write_article("Ferry notice\n\nCrossings are suspended until the water falls.\n", "ferry.txt")
    _decide(cli, "add", gauge, "river rose two metres", ferry, "Crossings are suspended")
    gauge.path.unlink()
    status, _, lines = _import_elsewhere(
        cli, tmp_path, lambda document: document["decisions"][0]["a"].update(quote="river rose\n\x1b[31mtwo metres"))
    assert status == 0 and not any("\x1b" in line for line in lines) and len(lines) == 2
    assert lines[0] == (f"counterpoint: warning: link decision 1 is orphaned here: A “river rose two metres” in "
                        f"{gauge.path}: the file was moved or deleted")


def test_past_twenty_decisions_not_placed_the_rest_are_counted(cli, write_article, tmp_path):
    from reader.bookmarks.importing import UNPLACED_SHOWN

    birds = ["avocet", "bittern", "curlew", "dunlin", "eider", "fulmar", "gannet", "heron", "ibis", "jackdaw",
             "kestrel", "lapwing", "merlin", "nightjar", "osprey", "plover", "quail", "redshank", "skua", "teal",
             "wigeon", "wren"]
    survey = write_article("Shore survey\n\n" + "\n\n".join(f"Counted a {w} at dawn." for w in birds) + "\n",
                           "survey.txt")
    ringing = write_article("Ringing log\n\n" + "\n\n".join(f"Ringed one {w} today." for w in birds) + "\n",
                            "ringing.txt")
    for bird in birds:
        _decide(cli, "add", survey, f"Counted a {bird}", ringing, f"Ringed one {bird}")
    ringing.path.unlink()
    status, _, lines = _import_elsewhere(cli, tmp_path)
    assert status == 0 and len(lines) == UNPLACED_SHOWN + 2
    assert all(line.startswith(f"counterpoint: warning: link decision {n} is orphaned here: B “Ringed one")
               for n, line in enumerate(lines[:UNPLACED_SHOWN], 1))
    assert lines[UNPLACED_SHOWN] == (f"counterpoint: warning: and {len(birds) - UNPLACED_SHOWN} more imported link "
                                     "decisions are orphaned here (`counterpoint links list` shows them)")
    assert "1 article file is not here" in lines[-1]


def test_decisions_on_identical_copies_in_two_folders_stay_two(cli, write_article, tmp_path):
    """One article copied whole into two folders (the same content hash), each copy linked to a
    third at the same passages in the same second: two decisions here, as in the export, and
    importing the export again adds nothing."""
    text = "Bridge works\n\nThe old bridge closes for repairs in autumn. Buses detour by the weir.\n"
    for folder in ("desk", "archive"):
        (tmp_path / "articles" / folder).mkdir(parents=True)
    copies = [write_article(text, f"{folder}/bridge.txt") for folder in ("desk", "archive")]
    council = write_article("Council minutes\n\nRepairs to the bridge will close it this autumn.\n", "council.txt")
    for copy in copies:
        _decide(cli, "confirm", copy, "The old bridge closes for repairs", council, "will close it this autumn")

    def one_second(document):
        for decision in document["decisions"]:
            decision["created"] = "2025-09-01T07:30:44Z"

    status, printed, err = _import_elsewhere(cli, tmp_path, one_second)
    assert (status, printed) == (0, "imported 2 link decisions\n"), err
    again = cli("--data-dir", tmp_path / "other-data", "links", "import", tmp_path / "decided-elsewhere.json")
    assert again[:2] == (0, "imported 0 link decisions; 2 were here already\n")
    assert sorted(path.split("/")[-2] for _, _, path in _listed(cli, tmp_path / "other-data")) == ["archive", "desk"]
