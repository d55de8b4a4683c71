"""`export -o FILE` replaces an earlier export of the same format, an empty file or nothing; any
other file there (an article, notes, a library of references kept by hand, an export of another
format) is the user's and is refused in one line unless `--force`."""

from __future__ import annotations

import csv
import io

import pytest

FORMATS = ("md", "json", "csv", "bibtex", "csl-json", "ris")


@pytest.fixture
def bookmarked(cli, write_article, sample):
    article = write_article()
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "Source: the ministry")[0] == 0
    return article


def _export(cli, form, target, *more):
    return cli("bookmarks", "export", "--format", form, "-o", target, *more)


@pytest.mark.parametrize("form", FORMATS)
def test_an_earlier_export_of_the_format_is_replaced_without_asking(cli, bookmarked, sample, tmp_path, form):
    target = tmp_path / f"refs.{form}"
    assert _export(cli, form, target)[0] == 0
    first = target.read_text(encoding="utf-8")
    assert cli("bookmarks", "add", bookmarked.path, "--quote", "neither government hides it")[0] == 0
    status, _, err = _export(cli, form, target)
    assert status == 0, err
    assert target.read_text(encoding="utf-8") != first and "neither government hides it" in target.read_text(
        encoding="utf-8")


@pytest.mark.parametrize("form", FORMATS)
def test_an_article_is_never_replaced_by_an_export_without_force(cli, bookmarked, form):
    """`-o` aimed at the article itself (a slip of the tab key) would lose it for good."""
    before = bookmarked.path.read_bytes()
    status, out, err = _export(cli, form, bookmarked.path)
    assert status == 2 and out == ""
    assert err.splitlines() == [f"counterpoint: error: {bookmarked.path}: is there and is not an earlier {form} "
                                "export; replace it with --force, or export to another file"]
    assert bookmarked.path.read_bytes() == before
    assert _export(cli, form, bookmarked.path, "--force")[0] == 0
    assert bookmarked.path.read_bytes() != before


@pytest.mark.parametrize("form, kept", [
    ("bibtex", "@book{hollis1998,\n  title = {Tide tables of the northern coast},\n  author = {Hollis, Ada}\n}\n"),
    ("ris", "TY  - BOOK\r\nTI  - Tide tables of the northern coast\r\nER  - \r\n"),
    ("csl-json", '[{"id": "hollis1998", "type": "book", "title": "Tide tables"}]\n'),
    ("json", '{"settings": {"theme": "dark"}}\n'),
    ("md", "# Bookmarks to read again\n\n- the harbour piece\n"),
    ("csv", "name,amount\nferry,12\n"),
])
def test_a_file_of_the_same_format_the_export_did_not_write_is_kept(cli, bookmarked, tmp_path, form, kept):
    target = tmp_path / f"mine.{form}"
    target.write_text(kept, encoding="utf-8")
    status, _, err = _export(cli, form, target)
    assert status == 2 and "--force" in err and target.read_bytes() == kept.encode()


def test_an_export_of_another_format_is_not_replaced_by_this_one(cli, bookmarked, tmp_path):
    target = tmp_path / "refs"
    assert _export(cli, "bibtex", target)[0] == 0
    bibtex = target.read_text(encoding="utf-8")
    assert _export(cli, "ris", target)[0] == 2 and target.read_text(encoding="utf-8") == bibtex
    assert _export(cli, "csl-json", target)[0] == 2 and target.read_text(encoding="utf-8") == bibtex


def test_an_empty_file_and_a_new_one_are_written(cli, bookmarked, tmp_path):
    empty = tmp_path / "empty.bib"
    empty.write_text("", encoding="utf-8")
    assert _export(cli, "bibtex", empty)[0] == 0 and empty.read_text(encoding="utf-8").startswith("@")
    assert _export(cli, "ris", tmp_path / "new.ris")[0] == 0


def test_links_export_keeps_an_article_and_replaces_its_own_export(cli, bookmarked, write_article, sample, tmp_path):
    other = write_article(name="other.txt")
    assert cli("links", "add", bookmarked.path, other.path, "--quote-a", sample.QUOTE,
               "--quote-b", sample.QUOTE)[0] == 0
    before = other.path.read_bytes()
    status, _, err = cli("links", "export", "--format", "csv", "-o", other.path)
    assert status == 2 and "--force" in err and other.path.read_bytes() == before
    target = tmp_path / "links.csv"
    for _ in range(2):
        assert cli("links", "export", "--format", "csv", "-o", target)[0] == 0
    assert cli("links", "export", "--format", "markdown", "-o", target)[0] == 2
    assert cli("links", "export", "--format", "markdown", "-o", target, "--force")[0] == 0


@pytest.mark.parametrize("form", FORMATS)
def test_an_earlier_export_of_no_bookmarks_is_replaced_without_asking(cli, write_article, sample, tmp_path, form):
    """(A CSL JSON export of nothing is "[]", with no note to know it by.)"""
    article = write_article()
    target = tmp_path / f"refs.{form}"
    assert _export(cli, form, target)[0] == 0
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)[0] == 0
    status, _, err = _export(cli, form, target)
    assert status == 0, err


@pytest.mark.parametrize("separator, quoted", [(";", False), ("\t", False), (";", True)])
def test_an_earlier_csv_export_saved_again_by_a_spreadsheet_is_replaced(cli, bookmarked, tmp_path, separator, quoted):
    """A spreadsheet saves the file with a byte-order mark, CRLF, and its own separator (a
    semicolon where the decimal mark is a comma), its columns quoted or not."""
    target = tmp_path / "bookmarks.csv"
    assert _export(cli, "csv", target)[0] == 0
    header = target.read_text(encoding="utf-8").splitlines()[0]
    table = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    saved = io.StringIO()
    csv.writer(saved, delimiter=separator, lineterminator="\r\n",
               quoting=csv.QUOTE_ALL if quoted else csv.QUOTE_MINIMAL).writerows(table)
    target.write_text("\ufeff" + saved.getvalue(), encoding="utf-8", newline="")
    status, _, err = _export(cli, "csv", target)
    assert status == 0, err
    assert target.read_text(encoding="utf-8").splitlines()[0] == header


def test_a_csv_of_other_columns_with_semicolons_is_kept(cli, bookmarked, tmp_path):
    target = tmp_path / "budget.csv"
    target.write_bytes(b"item;amount\r\nferry;12\r\n")
    assert _export(cli, "csv", target)[0] == 2 and target.read_bytes() == b"item;amount\r\nferry;12\r\n"


def test_a_json_file_whose_first_key_is_format_is_kept(cli, bookmarked, tmp_path):
    """The first key of a JSON export is "format", as it is of many a file: its value tells."""
    target = tmp_path / "print.json"
    target.write_text('{"format": "A4", "margins": {"top": 20}}\n', encoding="utf-8")
    status, _, err = _export(cli, "json", target)
    assert status == 2 and "--force" in err
    assert target.read_text(encoding="utf-8") == '{"format": "A4", "margins": {"top": 20}}\n'


def test_a_bookmarks_json_export_is_not_replaced_by_the_link_decisions(cli, bookmarked, write_article, sample,
                                                                       tmp_path):
    other = write_article(name="other.txt")
    assert cli("links", "add", bookmarked.path, other.path, "--quote-a", sample.QUOTE,
               "--quote-b", sample.QUOTE)[0] == 0
    target = tmp_path / "export.json"
    assert _export(cli, "json", target)[0] == 0
    exported = target.read_text(encoding="utf-8")
    assert cli("links", "export", "--format", "json", "-o", target)[0] == 2
    assert target.read_text(encoding="utf-8") == exported
    assert _export(cli, "json", target)[0] == 0


@pytest.mark.parametrize("command, kept", [
    (("bookmarks", "export", "--format", "md"), "# Bookmarks\n\n- the harbour piece, to read again\n"),
    (("links", "export", "--format", "markdown"), "# Link decisions\r\n\r\nAsk the desk which ones stand.\r\n")])
def test_notes_that_open_with_an_exports_title_line_are_kept(cli, bookmarked, tmp_path, command, kept):
    target = tmp_path / "notes.md"
    target.write_bytes(kept.encode())
    status, _, err = cli(*command, "-o", target)
    assert status == 2 and "--force" in err and target.read_bytes() == kept.encode()


def test_an_earlier_markdown_export_of_links_and_of_none_is_replaced(cli, bookmarked, write_article, sample, tmp_path):
    target = tmp_path / "links.md"
    assert cli("links", "export", "--format", "markdown", "-o", target)[0] == 0  # "No link decisions yet."
    other = write_article(name="other.txt")
    assert cli("links", "add", bookmarked.path, other.path, "--quote-a", sample.QUOTE,
               "--quote-b", sample.QUOTE)[0] == 0
    for _ in range(2):
        assert cli("links", "export", "--format", "markdown", "-o", target)[0] == 0
    assert "(decision 1, " in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("first", ["0" * 200_000, "sensor,reading\rbuoy 4,12.5"], ids=["long", "lone-cr"])
def test_a_file_whose_first_line_no_csv_header_reads_is_refused_not_replaced(cli, bookmarked, tmp_path, first):
    """A data file of one long line (past what a CSV field may hold), or a table saved with a
    lone CR between its lines: never taken for an earlier export, never a traceback."""
    target = tmp_path / "readings.csv"
    target.write_bytes((first + "\n").encode())
    status, out, err = _export(cli, "csv", target)
    assert (status, out, err.count("\n")) == (2, "", 1) and "--force" in err and "Traceback" not in err
    assert target.read_bytes() == (first + "\n").encode()
