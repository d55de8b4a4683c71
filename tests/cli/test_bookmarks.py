"""Bookmarks from the shell: forgiving quotes, tables that survive a pipe, exports that cite."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.bookmarks import find_quote
from reader.corpus import load_article
from reader.errors import UserError

TEXT = ("Heading the Debate\n\n"
        "Obama’s choosing of a “red line” — said the Weekly Standard editor — was a mistake.\n\n"
        "The drones   that flew over the mountains in 2020 were built near Tel Aviv.\n\n"
        "Critics in Yerevan call the arrangement a quiet alliance against Armenia.\n")
MANIFEST = ('[[article]]\nfile = "op.txt"\ntitle = "Heading the Debate"\nauthor = "R. Writer"\n'
            'outlet = "The Courier"\ndate = "2024-03-01"\n\n'
            '[[article]]\nfile = "other.txt"\ntitle = "Another View"\nauthor = "A. Critic"\noutlet = "Gazette"\n')


def _articles(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "op.txt").write_text(TEXT, encoding="utf-8")
    (folder / "other.txt").write_text("Another View\n\nThe oil trade is a lifeline for Baku.\n", encoding="utf-8")
    (folder / "corpus.toml").write_text(MANIFEST, encoding="utf-8")
    return folder / "op.txt", folder / "other.txt"


def test_quotes_match_forgivingly_and_store_the_articles_text(counterpoint, tmp_path):
    op, _ = _articles(tmp_path)
    for typed, stored in [("Obama's choosing", "Obama’s choosing"),
                          ("weekly standard editor", "Weekly Standard editor"),
                          ('a "red line" - said the', "a “red line” — said the"),
                          ("the drones that flew", "The drones   that flew")]:
        result = counterpoint("bookmarks", "add", op, "--quote", typed)
        assert result.status == 0, result.err
    quotes = [b["quote"] for b in counterpoint("bookmarks", "list", "--format", "json").json()["bookmarks"]]
    assert quotes == ["Obama’s choosing", "Weekly Standard editor", "a “red line” — said the",
                      "The drones   that flew"]


def test_a_quote_pasted_with_invisible_characters_is_found(counterpoint, tmp_path):
    """Soft hyphens and zero-width spaces copied from a page along with the quote are cleaned
    from it as they are from the article."""
    op, _ = _articles(tmp_path)
    for pasted in ("the moun\u00adtains in 2020", "Tel\u200b Aviv", "Wee\u200bkly Standard"):
        result = counterpoint("bookmarks", "add", op, "--quote", pasted)
        assert result.status == 0, result.err
    quotes = [b["quote"] for b in counterpoint("bookmarks", "list", "--format", "json").json()["bookmarks"]]
    assert quotes == ["the mountains in 2020", "Tel Aviv", "Weekly Standard"]


def test_a_missing_quote_shows_the_closest_text(counterpoint, tmp_path):
    op, _ = _articles(tmp_path)
    line = counterpoint("bookmarks", "add", op, "--quote", "drones that flue over the mountain").one_line_error()
    assert "does not occur in the article" in line
    assert line.endswith("closest (paragraph 3): “drones that flew over the mountains”")


def test_a_quote_across_a_title_and_the_next_paragraph_is_neither_suggested_nor_bookmarked(counterpoint, tmp_path):
    """The title ends "… nobody sails", the next paragraph opens "The Talvik": the closest text
    shown lies in one paragraph, and the words across the break are refused in one line."""
    article = tmp_path / "harbour.md"
    article.write_text("# In the frozen harbour nobody sails\n\nThe Talvik fleet stays at anchor.\n\n"
                       "The Talvik crews wait for the thaw, and nobody sails The Talvik boats.\n",
                       encoding="utf-8")
    line = counterpoint("bookmarks", "add", article, "--quote", "nobody here wrote this").one_line_error()
    assert line.endswith("closest (paragraph 3): “nobody sails The Talvik”"), line
    line = counterpoint("bookmarks", "add", article, "--quote", "sails The Talvik fleet").one_line_error()
    assert "runs across paragraphs 1 and 2" in line and "e.g. “The Talvik fleet”" in line, line
    assert counterpoint("bookmarks", "list", "--format", "json").json()["bookmarks"] == []
    # across the break and again inside the last paragraph: that one is bookmarked, told of no other
    added = counterpoint("bookmarks", "add", article, "--quote", "nobody sails The Talvik")
    assert added.status == 0 and added.err == "", added.err
    [bookmark] = counterpoint("bookmarks", "list", "--format", "json").json()["bookmarks"]
    assert bookmark["quote"] == "nobody sails The Talvik"
    assert bookmark["start"] == article.read_text(encoding="utf-8").index("nobody sails The Talvik boats")


_ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZßéÉ0123 ,.;")
                            + ["’", "‘", "“", "”", "—", "–", "-", "'", '"', "  ", "\n", "\u00a0"])
_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_ALPHABET, min_size=20, max_size=200), data=st.data())
def test_any_substring_retyped_with_straight_quotes_and_other_case_is_found(words, data):
    text = "".join(words)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    original = text[start:end]
    if not original.strip():
        return
    retyped = " ".join(original.translate(_STRAIGHT).swapcase().split())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text(text, encoding="utf-8")
        article = load_article(path)
        first, last = start + len(original) - len(original.lstrip()), end - len(original) + len(original.rstrip())
        inside = any(p.start <= first and last <= p.end for p in article.passages)
        try:
            lo, hi = find_quote(article, retyped)
        except UserError as error:  # typed across a paragraph break, and found inside none
            assert not inside and "runs across paragraphs" in str(error), error
            return
    fold = lambda s: " ".join(s.translate(_STRAIGHT).casefold().split())  # noqa: E731
    assert fold(article.text[lo:hi]) == fold(original)
    assert any(p.start <= lo and hi <= p.end for p in article.passages)
    # The first place it occurs inside a paragraph, unless it also occurs exactly as typed
    # (that is preferred).
    exact = " ".join(article.text[lo:hi].split()) == retyped
    assert exact or not inside or lo <= first


def test_list_piped_keeps_every_column_whole(counterpoint, tmp_path):
    op, other = _articles(tmp_path)
    counterpoint("bookmarks", "add", op, "--quote", "Critics in Yerevan call the arrangement a quiet alliance",
                 "--note", "a long note about what this passage is claiming and why it matters", "--tag", "ally")
    counterpoint("bookmarks", "add", op, "--quote", "Heading", "--pair", other, "--pair-quote", "oil trade")
    out = counterpoint("bookmarks", "list", env={"COLUMNS": "80"}).out
    table = [line for line in out.splitlines()[1:] if line.strip()]
    assert all(line.rstrip()[-1] in "┓┃┩│┘" for line in table), out
    assert len(re.findall(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ", out)) == 2


def test_export_defaults_to_markdown_with_citations(counterpoint, tmp_path):
    op, other = _articles(tmp_path)
    counterpoint("bookmarks", "add", op, "--quote", "Critics in Yerevan", "--note", "n", "--tag", "t")
    counterpoint("bookmarks", "add", op, "--quote", "Obama's choosing", "--pair", other, "--pair-quote", "oil trade")
    md = counterpoint("bookmarks", "export").out
    start = TEXT.index("Critics in Yerevan")
    assert md.startswith("# Bookmarks\n")
    assert "R. Writer · The Courier · 2024-03-01" in md
    assert (f"— “Heading the Debate”, R. Writer, The Courier, 2024-03-01 · `{op.resolve()}`, "
            f"characters {start}–{start + 18}") in md
    pair_start = TEXT.index("Obama’s choosing")
    other_start = other.read_text(encoding="utf-8").index("oil trade")
    assert ("| “Heading the Debate”, R. Writer, The Courier, 2024-03-01 | “Another View”, A. Critic, Gazette |\n"
            "| --- | --- |\n| Obama’s choosing | oil trade |\n"
            f"| `{op.resolve()}`, characters {pair_start}–{pair_start + 16} | "
            f"`{other.resolve()}`, characters {other_start}–{other_start + 9} |") in md


def test_export_csv_one_row_per_bookmark(counterpoint, tmp_path):
    op, other = _articles(tmp_path)
    counterpoint("bookmarks", "add", op, "--quote", "Critics in Yerevan", "--note", "=cmd()", "--tag", "a", "--tag", "b")
    counterpoint("bookmarks", "add", op, "--quote", "Obama's choosing", "--pair", other, "--pair-quote", "oil trade")
    rows = list(csv.DictReader(io.StringIO(counterpoint("bookmarks", "export", "--format", "csv").out, newline="")))
    assert len(rows) == 2
    first, pair = rows
    start = TEXT.index("Critics in Yerevan")
    assert {k: first[k] for k in ("id", "quote", "title", "author", "outlet", "date", "file", "start", "end",
                                  "status", "tags", "pair_quote")} == {
        "id": "1", "quote": "Critics in Yerevan", "title": "Heading the Debate", "author": "R. Writer",
        "outlet": "The Courier", "date": "2024-03-01", "file": str(op.resolve()), "start": str(start),
        "end": str(start + 18), "status": "anchored", "tags": "a; b", "pair_quote": ""}
    assert first["note"] == "'=cmd()"  # a spreadsheet shows it, never runs it
    assert (pair["quote"], pair["pair_quote"], pair["pair_title"], pair["pair_author"], pair["pair_file"]) == (
        "Obama’s choosing", "oil trade", "Another View", "A. Critic", str(other.resolve()))


def test_export_json_adds_citation_fields(counterpoint, tmp_path):
    op, _ = _articles(tmp_path)
    counterpoint("bookmarks", "add", op, "--quote", "Critics in Yerevan")
    [item] = counterpoint("bookmarks", "export", "--format", "json").json()["bookmarks"]
    assert item["author"] == "R. Writer" and item["outlet"] == "The Courier" and item["date"] == "2024-03-01"
    assert item["citation"] == "“Heading the Debate”, R. Writer, The Courier, 2024-03-01"
    assert item["path"] == str(op.resolve()) and item["orphan_reason"] is None
    assert {"start", "end", "quote", "title", "stored", "text", "status", "note", "tags", "created", "pair"} <= set(item)


def test_orphans_say_whether_the_file_or_the_words_are_gone(counterpoint, tmp_path):
    op, other = _articles(tmp_path)
    counterpoint("bookmarks", "add", op, "--quote", "Critics in Yerevan call the arrangement")
    counterpoint("bookmarks", "add", other, "--quote", "The oil trade is a lifeline")
    op.write_text(TEXT.replace("Critics in Yerevan call the arrangement a quiet alliance", "Something else."),
                  encoding="utf-8")
    other.rename(other.with_name("moved.txt"))
    items = counterpoint("bookmarks", "list", "--format", "json").json()["bookmarks"]
    assert [(b["status"], b["orphan_reason"]) for b in items] == [("orphaned", "text-gone"),
                                                                   ("orphaned", "file-missing")]
    table = counterpoint("bookmarks", "list").out
    assert "orphaned (words gone)" in table and "orphaned (file moved or deleted)" in table
    md = counterpoint("bookmarks", "export").out
    assert "the words are no longer in the file" in md and "the file was moved or deleted" in md


def test_a_quote_that_occurs_more_than_once_is_refused_in_one_line_as_links_add_refuses_it(counterpoint, tmp_path):
    op, other = _articles(tmp_path)
    result = counterpoint("bookmarks", "add", op, "--quote", "the")
    assert result.status == 2 and "occurs more than once" in result.err and "--occurrence N" in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    paired = counterpoint("bookmarks", "add", op, "--quote", "quiet alliance", "--pair", other, "--pair-quote", "li")
    assert paired.status == 2 and "--pair-occurrence N" in paired.err and paired.err.count("\n") == 1
    assert counterpoint("bookmarks", "list", "--format", "json").out.count('"id"') == 0  # nothing added
    chosen = counterpoint("bookmarks", "add", op, "--quote", "the", "--occurrence", "2")
    assert chosen.status == 0 and chosen.err == ""
    once = counterpoint("bookmarks", "add", op, "--quote", "quiet alliance")
    assert once.status == 0 and once.err == ""


def test_reading_bookmarks_and_decisions_creates_nothing(counterpoint, isolated_user_dirs):
    """A listing or export with no database yet says there is nothing, and makes no data
    folder or empty database (a read never creates user data)."""
    data = isolated_user_dirs / "data"
    runs = [(("bookmarks", "list"), "No bookmarks yet.\n"),
            (("bookmarks", "list", "--format", "json"), '{\n  "bookmarks": []\n}\n'),
            (("bookmarks", "export", "--links"), None),
            (("bookmarks", "export", "--format", "csv"), None),
            (("links", "list"), "No link decisions yet.\n"),
            (("links", "list", "--format", "json"), '{\n  "decisions": []\n}\n'),
            (("links", "export", "--format", "json"), None)]
    for args, printed in runs:
        result = counterpoint(*args)
        assert (result.status, result.err) == (0, ""), args
        if printed is not None:
            assert result.out == printed, args
        assert not data.exists(), args
    assert "No bookmarks yet." in counterpoint("bookmarks", "export").out
    assert not data.exists()


def test_deleting_or_undoing_with_no_database_says_so_and_creates_nothing(counterpoint, isolated_user_dirs):
    """Nothing saved yet: `delete` and `undo` say there is nothing to act on, as they would in
    an empty database, without making one."""
    data = isolated_user_dirs / "data"
    for args, said in [(("bookmarks", "delete", "3"), "no bookmark with id 3"),
                       (("links", "delete", "3"), "no link decision with id 3"),
                       (("links", "undo"), "nothing to undo: no link decision or deletion is left to undo")]:
        result = counterpoint(*args)
        assert result.status == 2 and said in result.err and "Traceback" not in result.err, args
        assert not data.exists(), args


def test_an_export_never_replaces_the_database_it_reads(counterpoint, isolated_user_dirs, tmp_path):
    """`-o` completed by the shell to the data folder's database (or reaching it through a
    symlink) would replace every bookmark and decision with their export."""
    op, other = _articles(tmp_path)
    assert counterpoint("bookmarks", "add", str(op), "--quote", "Critics in Yerevan").status == 0
    assert counterpoint("links", "add", str(op), str(other), "--quote-a", "Critics in Yerevan",
                        "--quote-b", "The oil trade").status == 0
    db = isolated_user_dirs / "data" / "bookmarks.sqlite3"
    (tmp_path / "link").symlink_to(db)
    for target in (db, tmp_path / "link", db.with_name(db.name + "-wal")):
        for command in (("bookmarks", "export"), ("links", "export", "--format", "json")):
            result = counterpoint(*command, "-o", str(target))
            assert result.status == 2, (target, command, result.err)
            [line] = result.err.strip().splitlines()
            assert line.startswith("counterpoint: error: ") and "the bookmarks database" in line, line
    assert counterpoint("bookmarks", "list", "--format", "json").out.count('"id"') == 1
    assert counterpoint("links", "list", "--format", "json").out.count('"id"') == 1
