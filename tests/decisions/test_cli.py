"""`counterpoint links ...` and `counterpoint align` with decisions, through the installed
entry point (a real process, real files, the real database)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ENTRY_POINT = Path(sys.executable).parent / "counterpoint"


@pytest.fixture
def counterpoint(tmp_path):
    if not ENTRY_POINT.exists():
        pytest.skip("the counterpoint entry point is not installed next to this Python")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(ENTRY_POINT), *map(str, args)], capture_output=True, text=True,
                              cwd=tmp_path, env=os.environ.copy(), timeout=120)

    return run


def _ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def _links(counterpoint, a, b, *extra) -> dict[tuple[int, int], dict]:
    data = json.loads(_ok(counterpoint("align", a.path, b.path, "--format", "json", "--min-score", "0.05", *extra)))
    return {(link["a"], link["b"]): link for link in data["links"]}


def test_align_json_applies_decisions_and_marks_each_link(counterpoint, pair):
    a, b = pair
    machine = _links(counterpoint, a, b)
    assert machine and all((l["origin"], l["confirmed"]) == ("machine", False) for l in machine.values())
    (ri, rj), (ci, cj) = sorted(machine)[:2]
    new = next((i, j) for i in range(1, 5) for j in range(1, 5) if (i, j) not in machine)
    for verb, (i, j) in (("reject", (ri, rj)), ("confirm", (ci, cj)), ("add", new)):
        out = _ok(counterpoint("links", verb, a.path, b.path, "--quote-a", a.passages[i].text,
                               "--quote-b", b.passages[j].text))
        assert out.strip().isdigit()
    decided = _links(counterpoint, a, b)
    assert (ri, rj) not in decided
    assert (decided[(ci, cj)]["origin"], decided[(ci, cj)]["confirmed"]) == ("machine", True)
    assert decided[(ci, cj)]["evidence"] == machine[(ci, cj)]["evidence"]
    assert (decided[new]["origin"], decided[new]["confirmed"], decided[new]["score"]) == ("reader", True, 1.0)
    untouched = set(machine) - {(ri, rj), (ci, cj)}
    assert all(decided[k] == machine[k] for k in untouched)  # every existing field as it was
    assert _links(counterpoint, a, b, "--ignore-decisions") == machine
    about = json.loads(_ok(counterpoint("align", a.path, b.path, "--format", "json")))["decisions"]
    assert len(about["applied"]) == 3 and about["orphaned"] == []
    ignored = json.loads(_ok(counterpoint("align", a.path, b.path, "--format", "json", "--ignore-decisions")))
    assert ignored["decisions"] == {"applied": [], "orphaned": []}  # the same shape, nothing applied
    # the same decisions from the other side
    swapped = _links(counterpoint, b, a)
    assert {(j, i) for i, j in decided} == set(swapped)
    assert swapped[(new[1], new[0])]["origin"] == "reader"


def test_list_export_delete_and_undo(counterpoint, pair, tmp_path):
    a, b = pair
    did = _ok(counterpoint("links", "reject", a.path, b.path, "--quote-a", "Baku and Jerusalem",
                           "--quote-b", "reliable partner")).strip()
    listed = json.loads(_ok(counterpoint("links", "list", "--format", "json")))["decisions"]
    assert [(d["id"], d["kind"], d["status"], d["a"]["quote"], d["b"]["quote"]) for d in listed] == [
        (int(did), "reject", "anchored", "Baku and Jerusalem", "reliable partner")]
    table = _ok(counterpoint("links", "list", a.path, b.path))
    assert "reject" in table and "Baku and Jerusalem" in table
    markdown = _ok(counterpoint("links", "export"))
    assert "## Pipelines and Promises ⇄ A Friendship Built on Trust" in markdown and "> Baku and Jerusalem" in markdown
    target = tmp_path / "out.json"
    assert "exported 1 link decision" in counterpoint("links", "export", "--format", "json", "-o", target).stderr
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["format"] == "counterpoint-link-decisions"
    assert exported["decisions"][0]["a"]["stored"]["content_hash"] == a.content_hash
    assert _ok(counterpoint("links", "delete", did)) == f"deleted reject decision {did}\n"
    assert json.loads(_ok(counterpoint("links", "list", "--format", "json")))["decisions"] == []
    assert "restored it" in _ok(counterpoint("links", "undo"))
    assert len(json.loads(_ok(counterpoint("links", "list", "--format", "json")))["decisions"]) == 1


@pytest.mark.parametrize("args, message", [
    (["--quote-a", "Tbilisi", "--quote-b", "reliable partner"], "does not occur in the article"),
    (["--quote-a", "Jerusalem", "--quote-b", "reliable partner"], "occurs more than once; say which with --occurrence-a N"),
    (["--quote-a", "Jerusalem", "--quote-b", "reliable partner", "--occurrence-a", "3"], "occurs only 2 time"),
    (["--quote-a", "Jerusalem", "--quote-b", "reliable partner", "--occurrence-a", "0"], "counts from 1"),
    (["--quote-a", "Jerusalem"], "required: --quote-b"),
])
def test_a_quote_not_found_once_is_one_clear_error(counterpoint, pair, args, message):
    a, b = pair
    result = counterpoint("links", "confirm", a.path, b.path, *args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_an_orphaned_decision_is_named_and_not_applied(counterpoint, pair, write, paragraphs):
    a, b = pair
    _ok(counterpoint("links", "add", a.path, b.path, "--quote-a", "Critics in Yerevan", "--quote-b", "Forty percent"))
    write([p.replace("Critics in Yerevan", "People") for p in paragraphs[0]], "a.txt")
    result = counterpoint("align", a.path, b.path, "--format", "json")
    assert "link decision 1 is orphaned, so not applied: A “Critics in Yerevan”" in _ok(result) + result.stderr
    data = json.loads(result.stdout)
    assert all(link["origin"] == "machine" for link in data["links"])
    [orphan] = data["decisions"]["orphaned"]
    assert (orphan["id"], orphan["status"], orphan["a"]["quote"], orphan["a"]["start"]) == (
        1, "orphaned", "Critics in Yerevan", None)
    assert data["decisions"]["applied"] == []
    assert "orphaned" in _ok(counterpoint("links", "list"))


def test_undo_with_nothing_to_undo_and_unknown_ids(counterpoint):
    for args, message in ((["undo"], "nothing to undo"), (["delete", "9"], "no link decision with id 9")):
        result = counterpoint("links", *args)
        assert result.returncode == 2 and message in result.stderr


def test_the_bookmarks_export_can_carry_the_confirmed_links_of_bookmarked_articles(counterpoint, pair, write, paragraphs):
    a, b = pair
    c = write(["Elsewhere", "Baku and Jerusalem appear here too, in another article."], "c.txt")
    _ok(counterpoint("bookmarks", "add", a.path, "--quote", "Critics in Yerevan", "--pair", b.path,
                     "--pair-quote", "Armenian lobbyists"))
    _ok(counterpoint("links", "confirm", a.path, b.path, "--quote-a", "Critics in Yerevan",
                     "--quote-b", "Armenian lobbyists"))
    _ok(counterpoint("links", "reject", a.path, b.path, "--quote-a", "Drones assembled", "--quote-b", "In 2020"))
    _ok(counterpoint("links", "add", a.path, c.path, "--quote-a", "Baku and Jerusalem have swapped",
                     "--quote-b", "Baku and Jerusalem appear"))  # c holds no bookmark
    plain = _ok(counterpoint("bookmarks", "export", "--format", "md"))
    assert "Confirmed links" not in plain
    markdown = _ok(counterpoint("bookmarks", "export", "--format", "md", "--links"))
    assert markdown.startswith(plain.rstrip("\n"))
    appendix = markdown[len(plain):]
    assert "# Confirmed links" in appendix and "### Confirmed link (decision 1," in appendix
    assert "> Armenian lobbyists" in appendix
    assert "Rejected" not in appendix and "Elsewhere" not in appendix
    data = json.loads(_ok(counterpoint("bookmarks", "export", "--format", "json", "--links")))
    assert [(d["id"], d["kind"]) for d in data["confirmed_links"]] == [(1, "confirm")]
    assert "confirmed_links" not in json.loads(_ok(counterpoint("bookmarks", "export", "--format", "json")))


def test_aligning_never_creates_the_database(counterpoint, pair, data_dir):
    a, b = pair
    data = json.loads(_ok(counterpoint("align", a.path, b.path, "--format", "json")))
    assert data["decisions"] == {"applied": [], "orphaned": []}
    assert not data_dir.exists()


def test_decisions_follow_an_edited_article_into_align_output(counterpoint, pair, write, paragraphs):
    a, b = pair
    machine = _links(counterpoint, a, b)
    rejected = sorted(machine)[0]
    new = next((i, j) for i in range(1, 5) for j in range(1, 5) if (i, j) not in machine and i != rejected[0])
    for verb, (i, j) in (("reject", rejected), ("add", new)):
        _ok(counterpoint("links", verb, a.path, b.path, "--quote-a", a.passages[i].text,
                         "--quote-b", b.passages[j].text))
    # the reader closes everything, inserts a paragraph at the top of A and fixes a typo in B
    write([paragraphs[0][0], "An editor's note added after publication.", *paragraphs[0][1:]], "a.txt")
    write([p.replace("Yerevan", "Yerevan,") for p in paragraphs[1]], "b.txt")
    decided = _links(counterpoint, a, b)
    assert (new[0] + 1, new[1]) in decided and decided[(new[0] + 1, new[1])]["origin"] == "reader"
    assert (rejected[0] + 1, rejected[1]) not in decided
    assert (rejected[0] + 1, rejected[1]) in _links(counterpoint, a, b, "--ignore-decisions")
    listed = json.loads(_ok(counterpoint("links", "list", "--format", "json")))["decisions"]
    assert {d["status"] for d in listed} <= {"anchored", "moved"} and len(listed) == 2


def test_links_take_article_ids_as_align_does(counterpoint):
    did = _ok(counterpoint("links", "add", "000", "001", "--quote-a", "Iron Dome technology will not facilitate",
                           "--quote-b", "Since 1992")).strip()
    listed = json.loads(_ok(counterpoint("links", "list", "000", "001", "--format", "json")))["decisions"]
    assert [d["id"] for d in listed] == [int(did)]
    applied = json.loads(_ok(counterpoint("align", "000", "001", "--format", "json")))
    assert int(did) in applied["decisions"]["applied"]


def test_the_table_and_markdown_say_which_link_is_yours(counterpoint):
    _ok(counterpoint("links", "add", "000", "001", "--quote-a", "Iron Dome technology will not facilitate",
                     "--quote-b", "Since 1992"))
    for fmt in ("table", "markdown"):
        out = _ok(counterpoint("align", "000", "001", "--format", fmt))
        assert out.count("your link") == 1, fmt


def test_a_store_that_cannot_be_read_fails_the_listing_and_align_says_so(counterpoint, pair, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "bookmarks.sqlite3").write_bytes(b"this is not a database" * 100)
    (data_dir / "bookmarks.sqlite3.lock").mkdir()  # so it cannot be moved aside either
    for args in (("links", "list"), ("links", "export", "--format", "json")):
        result = counterpoint(*args)
        assert result.returncode == 2 and result.stdout == "", (args, result.stdout)
        assert "damaged" in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    a, b = pair
    result = counterpoint("align", a.path, b.path, "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["links"]
    assert "aligned without link decisions" in result.stderr


def _confirm_cited(counterpoint, a, b, tmp_path) -> None:
    """Give article a an author, outlet and address, and confirm a link from it to b."""
    (tmp_path / "articles" / "corpus.toml").write_text(
        '[[article]]\nfile = "a.txt"\nauthor = "Ana Writer"\noutlet = "The Ledger"\n'
        'url = "https://ledger.example/a"\n', encoding="utf-8")
    _ok(counterpoint("links", "confirm", a.path, b.path, "--quote-a", "Critics in Yerevan see a silent pact",
                     "--quote-b", "Armenian lobbyists"))


def test_the_markdown_export_quotes_what_it_says_it_quotes_and_cites_it(counterpoint, pair, write, paragraphs,
                                                                         tmp_path):
    """A reworded passage is quoted as the article says it now (as its note says), and each
    quote carries the citation and place a report needs."""
    a, b = pair
    _confirm_cited(counterpoint, a, b, tmp_path)
    a_paragraphs, _ = paragraphs
    edited = [p.replace("silent pact", "quiet pact") for p in a_paragraphs]
    write([edited[0], "A paragraph added later.", *edited[1:]], "a.txt")
    markdown = _ok(counterpoint("links", "export", "--format", "markdown"))
    assert ("*(moved and reworded: quoted as the article says it now; as bookmarked: "
            "“Critics in Yerevan see a silent pact”)*") in markdown
    assert "> Critics in Yerevan see a quiet pact" in markdown
    assert "— “Pipelines and Promises”, Ana Writer, The Ledger, https://ledger.example/a · `" in markdown
    assert "a.txt`, characters " in markdown
    table = _ok(counterpoint("links", "list", "--format", "table"))
    assert "“Critics in Yerevan see a quiet pact”" in table and "moved (reworded)" in table


def test_the_decisions_as_csv_for_a_spreadsheet(counterpoint, write, tmp_path):
    """One row per decision, both sides cited; article text that starts like a formula stays text."""
    import csv

    a = write(["Port Selwyn", "=HYPERLINK(\"http://x\") was painted on the crane.", "Police cleared the docks."],
              "a.txt")
    b = write(["Dawn raid", "-40 degrees of cold did not stop the pickets.", "Workers were beaten."], "b.txt")
    _ok(counterpoint("links", "add", a.path, b.path, "--quote-a", "=HYPERLINK", "--quote-b", "-40 degrees"))
    _ok(counterpoint("links", "reject", a.path, b.path, "--quote-a", "Police cleared", "--quote-b", "Workers were"))
    for args in (("links", "list", "--format", "csv"), ("links", "export", "--format", "csv", "-o", "out.csv")):
        printed = _ok(counterpoint(*args))
        text = printed if "-o" not in args else (tmp_path / "out.csv").read_text(encoding="utf-8")
        rows = list(csv.DictReader(text.splitlines()))
        assert [(r["id"], r["kind"], r["status"]) for r in rows] == [
            ("1", "link", "anchored"), ("2", "reject", "anchored")]
        first = rows[0]
        assert first["a_quote"] == "'=HYPERLINK" and first["b_quote"] == "'-40 degrees"
        assert first["a_title"] == "Port Selwyn" and first["a_file"] == str(a.path) and first["a_start"] == "13"
        assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_a_decision_on_a_moved_article_is_cited_with_its_author_and_address(counterpoint, pair, tmp_path):
    """The stored anchor keeps the author and address, so the record still cites them after
    the file is gone; the CSV gives each side's address in a column of its own."""
    import csv

    a, b = pair
    _confirm_cited(counterpoint, a, b, tmp_path)
    (tmp_path / "articles" / "a.txt").rename(tmp_path / "a-moved.txt")
    markdown = _ok(counterpoint("links", "export", "--format", "markdown"))
    assert "Ana Writer, The Ledger, https://ledger.example/a" in markdown and "orphaned" in markdown
    row = next(csv.DictReader(_ok(counterpoint("links", "list", "--format", "csv")).splitlines()))
    assert (row["a_author"], row["a_url"], row["b_url"]) == ("Ana Writer", "https://ledger.example/a", "")
    side = json.loads(_ok(counterpoint("links", "export", "--format", "json")))["decisions"][0]["a"]
    assert (side["author"], side["url"]) == ("Ana Writer", "https://ledger.example/a")


def test_list_tells_apart_articles_that_share_a_title(counterpoint, tmp_path):
    """Two copies of a pair kept in two folders read alike by title: `links list` shows each
    side's file with as much of its folder as tells it apart, in the table and in JSON."""
    from tests.decisions.conftest import A_PARAGRAPHS, B_PARAGRAPHS

    for day in ("monday", "tuesday"):
        folder = tmp_path / day
        folder.mkdir()
        (folder / "a.txt").write_text("\n\n".join(A_PARAGRAPHS) + "\n", encoding="utf-8")
        (folder / "b.txt").write_text("\n\n".join(B_PARAGRAPHS) + "\n", encoding="utf-8")
        _ok(counterpoint("links", "reject", folder / "a.txt", folder / "b.txt", "--quote-a", "Baku and Jerusalem",
                         "--quote-b", "reliable partner"))
    listed = json.loads(_ok(counterpoint("links", "list", "--format", "json")))["decisions"]
    assert [(d["a"]["file"], d["b"]["file"]) for d in listed] == [("monday/a.txt", "monday/b.txt"),
                                                                 ("tuesday/a.txt", "tuesday/b.txt")]
    table = " ".join(_ok(counterpoint("links", "list")).split())
    assert all(label in table for label in ("monday/a.txt", "tuesday/a.txt", "monday/b.txt", "tuesday/b.txt"))


def test_undoing_past_the_first_decision_does_not_say_none_was_made(counterpoint, pair):
    """After the only decision was made and undone, a second undo has nothing left to undo:
    it says so, not that no link decision was ever made."""
    a, b = pair
    _ok(counterpoint("links", "add", a.path, b.path, "--quote-a", "Critics in Yerevan", "--quote-b", "Forty percent"))
    assert "removed it" in _ok(counterpoint("links", "undo"))
    again = counterpoint("links", "undo")
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert "nothing to undo" in again.stderr and "has been made" not in again.stderr, again.stderr
