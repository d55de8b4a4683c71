"""`export -o FILE` replaces a file only when it reads back as an earlier export of the same
kind, as `import` would read it: a table or document that merely opens like one (a reader's
own spreadsheet whose first columns happen to be "id" and "quote", an export cut short or
edited out of shape) is refused in one line, exit 2, and kept byte for byte."""

from __future__ import annotations

import os

import pytest

from reader.cli.importing import IMPORT_MAX_BYTES


@pytest.fixture
def bookmarked(cli, write_article, sample):
    article = write_article()
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)[0] == 0
    return article


@pytest.fixture
def linked(cli, bookmarked, write_article, sample):
    other = write_article(name="other.txt")
    assert cli("links", "add", bookmarked.path, other.path, "--quote-a", sample.QUOTE,
               "--quote-b", sample.QUOTE)[0] == 0
    return other


def _refused(result, target, kept: bytes) -> None:
    status, out, err = result
    assert (status, out, err.count("\n")) == (2, "", 1), err
    assert "--force" in err and "Traceback" not in err
    assert target.read_bytes() == kept


@pytest.mark.parametrize("kept", [
    "id,quote\r\n1,To be or not to be\r\n2,Brevity is the soul of wit\r\n",
    "id;quote;page\r\n7;The harbour freezes in March;12\r\n",
    "id,quote,title,author,outlet,date\n1,Rain on the ridge,Field notes,M. Osei,,2021\n",
], ids=["two-columns", "semicolons", "six-columns"])
def test_a_spreadsheet_that_opens_with_the_exports_first_columns_is_kept(cli, bookmarked, tmp_path, kept):
    target = tmp_path / "quotes.csv"
    target.write_bytes(kept.encode())
    _refused(cli("bookmarks", "export", "--format", "csv", "-o", target), target, kept.encode())


def test_a_bookmarks_csv_whose_rows_do_not_read_back_is_kept(cli, bookmarked, tmp_path):
    """Every column of the export, but a row the import would refuse (a start that is no position)."""
    target = tmp_path / "bookmarks.csv"
    assert cli("bookmarks", "export", "--format", "csv", "-o", target)[0] == 0
    header, row = target.read_text(encoding="utf-8").splitlines()
    cells = row.split(",")
    cells[header.split(",").index("start")] = "page four"
    edited = "\r\n".join([header, ",".join(cells)]) + "\r\n"
    target.write_bytes(edited.encode())
    _refused(cli("bookmarks", "export", "--format", "csv", "-o", target), target, edited.encode())
    assert cli("bookmarks", "export", "--format", "csv", "-o", target, "--force")[0] == 0


def test_an_earlier_csv_export_longer_than_the_head_read_is_replaced(cli, bookmarked, sample, tmp_path):
    """Reading the whole file back must not refuse an export merely for its size."""
    target = tmp_path / "bookmarks.csv"
    note = "n" * 2000
    for _ in range(3):
        assert cli("bookmarks", "add", bookmarked.path, "--quote", "neither government hides it",
                   "--note", note)[0] == 0
    assert cli("bookmarks", "export", "--format", "csv", "-o", target)[0] == 0
    target.write_bytes(target.read_bytes() + target.read_bytes().split(b"\r\n", 1)[1] * 120)
    assert len(target.read_bytes()) > 256 * 1024
    status, _, err = cli("bookmarks", "export", "--format", "csv", "-o", target)
    assert status == 0, err


def test_a_links_csv_that_opens_with_the_exports_first_columns_is_kept(cli, linked, tmp_path):
    target = tmp_path / "decisions.csv"
    kept = b"id,kind,status\r\n1,meeting,done\r\n"
    target.write_bytes(kept)
    _refused(cli("links", "export", "--format", "csv", "-o", target), target, kept)
    assert cli("links", "export", "--format", "csv", "-o", target, "--force")[0] == 0
    assert cli("links", "export", "--format", "csv", "-o", target)[0] == 0


@pytest.mark.parametrize("command, kept", [
    (("bookmarks", "export", "--format", "json"),
     '{"format": "counterpoint-bookmarks", "version": 1, "bookmarks": [{"quote": "cut short'),
    (("bookmarks", "export", "--format", "json"),
     '{"format": "counterpoint-bookmarks", "version": 1, "bookmarks": "see the folder of clippings"}\n'),
    (("links", "export", "--format", "json"),
     '{"format": "counterpoint-link-decisions", "version": 1, "decisions": [{"kind": "my own"}]}\n'),
], ids=["cut-short", "no-list", "links-bad-entry"])
def test_a_json_that_opens_like_an_export_but_does_not_read_back_is_kept(cli, linked, tmp_path, command, kept):
    target = tmp_path / "export.json"
    target.write_bytes(kept.encode())
    _refused(cli(*command, "-o", target), target, kept.encode())


@pytest.mark.parametrize("form", ["bibtex", "ris", "csl-json"])
@pytest.mark.parametrize("mine_first", [True, False], ids=["own-entry-first", "own-entry-last"])
def test_a_library_kept_by_hand_with_one_entry_taken_from_an_export_is_kept(cli, bookmarked, tmp_path, form,
                                                                           mine_first):
    """A reader who pasted one exported entry into a library of their own: the export's note in
    one entry does not make the others ours."""
    exported = tmp_path / f"export.{form}"
    assert cli("bookmarks", "export", "--format", form, "-o", exported)[0] == 0
    theirs = exported.read_text(encoding="utf-8")
    mine = {"bibtex": "@book{okafor2003,\n  title = {Salt roads of the delta},\n  author = {Okafor, Ngozi}\n}\n",
            "ris": "TY  - BOOK\r\nTI  - Salt roads of the delta\r\nAU  - Okafor, Ngozi\r\nER  - \r\n",
            "csl-json": '{"id": "okafor2003", "type": "book", "title": "Salt roads of the delta"}'}[form]
    if form == "csl-json":
        items = theirs.strip()[1:-1].strip()
        library = "[\n" + (f"{mine},\n{items}" if mine_first else f"{items},\n{mine}") + "\n]\n"
    else:
        library = mine + "\n" + theirs if mine_first else theirs + "\n" + mine
    target = tmp_path / f"library.{form}"
    target.write_bytes(library.encode())
    _refused(cli("bookmarks", "export", "--format", form, "-o", target), target, library.encode())


@pytest.mark.parametrize("command", [("bookmarks", "export", "--format", "md"),
                                     ("links", "export", "--format", "markdown")])
def test_notes_with_an_export_pasted_into_them_are_kept(cli, linked, tmp_path, command):
    """Notes of one's own under an export's title, with an export pasted below them: the
    paragraphs and lists no export writes make the file the reader's."""
    exported = tmp_path / "export.md"
    assert cli(*command, "-o", exported)[0] == 0
    title, rest = exported.read_text(encoding="utf-8").split("\n", 1)
    notes = f"{title}\n\nRead these before the seminar on Thursday.\n\n- ask about the tanker figures\n{rest}"
    target = tmp_path / "seminar.md"
    target.write_bytes(notes.encode())
    _refused(cli(*command, "-o", target), target, notes.encode())


def test_an_earlier_markdown_export_with_pairs_notes_and_links_is_replaced(cli, linked, bookmarked, sample,
                                                                          tmp_path):
    assert cli("bookmarks", "add", bookmarked.path, "--quote", "quiet alliance", "--pair", linked.path,
               "--pair-quote", "quiet alliance", "--note", "first line\nsecond: line", "--tag", "x")[0] == 0
    target = tmp_path / "all.md"
    assert cli("bookmarks", "export", "--format", "md", "--links", "-o", target)[0] == 0
    status, _, err = cli("bookmarks", "export", "--format", "md", "--links", "-o", target)
    assert status == 0, err


@pytest.mark.parametrize("first, second", [
    ("Salt Flats Reopen · The Inland Courier · 2019-07-14", "Brine Works Shut · Valley Post · 2019-07-15"),
    ("Ferry Fares Rise · Harbour Weekly", "Ticket Prices · 2021-01-02"),
], ids=["outlet-and-date", "one-of-them"])
def test_an_earlier_versions_markdown_export_of_a_pair_is_replaced(cli, bookmarked, tmp_path, first, second):
    """Earlier versions wrote a pair's sides one under the other, each labelled with its title
    and, in brackets, its outlet and date."""
    sides = [side.split(" · ", 1) for side in (first, second)]
    blocks = ["# Bookmarks", f"## {sides[0][0]}", f"{sides[0][1]}  \n`/home/reader/news/first.txt`"]
    for (title, meta), quote in zip(sides, ("the brine pans will reopen", "the works stay shut")):
        blocks += [f"**{title} says:** ({meta})", f"> {quote}"]
    blocks += ["**Note:** compare the dates  \n*Bookmark 3, 2019-07-20T10:11:12Z*"]
    target = tmp_path / "bookmarks.md"
    target.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    status, _, err = cli("bookmarks", "export", "--format", "md", "-o", target)
    assert status == 0, err
    assert "compare the dates" not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("form", ["json", "csv", "md", "ris"])
def test_an_earlier_export_larger_than_an_import_reads_is_refused_unread(cli, bookmarked, tmp_path, form):
    """As large as `import` reads and larger: the file (sparse here, an export's opening and then
    nothing) is refused in one line that says why, without being read through."""
    target = tmp_path / f"huge.{form}"
    assert cli("bookmarks", "export", "--format", form, "-o", target)[0] == 0
    os.truncate(target, IMPORT_MAX_BYTES + 1)
    status, out, err = cli("bookmarks", "export", "--format", form, "-o", target)
    assert (status, out, err.count("\n")) == (2, "", 1), err
    assert f"larger than {IMPORT_MAX_BYTES // (1024 * 1024)} MB" in err and "--force" in err
    assert target.stat().st_size == IMPORT_MAX_BYTES + 1


@pytest.fixture
def unreadable():
    """A file its owner may write but not read ("diary.csv", mode 0200), and a way to act as that
    owner: as root, who reads every file, the check runs with the effective user nobody's, in a
    folder anyone may pass through."""
    import contextlib
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="unreadable-")  # (pytest's own folders are its user's alone)
    os.chmod(folder, 0o777)
    target = os.path.join(folder, "diary.csv")
    with open(target, "wb") as f:
        f.write(b"id,quote\n1,a line of my own\n")
    os.chmod(target, 0o200)
    owner = 65534 if os.geteuid() == 0 else os.geteuid()
    if os.geteuid() == 0:
        os.chown(target, owner, -1)

    @contextlib.contextmanager
    def as_owner():
        if os.geteuid() == 0:
            os.seteuid(owner)
            try:
                yield
            finally:
                os.seteuid(0)
        else:
            yield

    yield target, as_owner
    shutil.rmtree(folder)


@pytest.mark.parametrize("form, new", [
    ("csv", "id,quote\r\n"), ("json", '{"format": "counterpoint-bookmarks", "bookmarks": []}'),
])
def test_a_file_that_cannot_be_read_is_not_replaced(unreadable, form, new):
    """A file one may write but not read cannot be known for an earlier export: refused in one
    line that says why, unless --force."""
    from pathlib import Path

    from reader.cli.replacing import check_replace
    from reader.errors import UserError

    target, as_owner = unreadable
    with as_owner():
        with pytest.raises(UserError, match="cannot be read") as refused:
            check_replace(Path(target), new, form, force=False)
        check_replace(Path(target), new, form, force=True)
    assert "--force" in str(refused.value) and "\n" not in str(refused.value)
