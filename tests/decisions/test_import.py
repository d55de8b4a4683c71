"""`counterpoint links import`: the reader's link decisions taken to another data folder or
machine (where the articles may sit elsewhere), from a `links export --format json` or the
confirmed links of a `bookmarks export --format json --links`; nothing is imported twice."""

from __future__ import annotations

import json
import shutil

import pytest

from reader.cli.main import main


@pytest.fixture
def cli(capsys):
    def run(*args) -> tuple[int, str, str]:
        status = main([str(a) for a in args])
        out = capsys.readouterr()
        return status, out.out, out.err

    return run


@pytest.fixture
def exported(cli, pair, tmp_path):
    """A confirmed link and a rejected one between the pair, exported; then the articles'
    folder moved to `machine2/articles`. Returns (export, new folder, second data folder)."""
    a, b = pair
    assert cli("links", "confirm", a.path, b.path, "--quote-a", "Azerbaijan supplied Israel",
               "--quote-b", "Forty percent of the crude")[0] == 0
    assert cli("links", "reject", a.path, b.path, "--quote-a", "Critics in Yerevan",
               "--quote-b", "Armenian lobbyists")[0] == 0
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
