"""`counterpoint bookmarks add|list|export|delete` as scripts use them."""

from __future__ import annotations

import json
import re

from reader.bookmarks import BookmarkStore


def test_add_prints_the_id_and_list_shows_it(cli, cli_json, write_article, sample):
    article = write_article()
    status, out, err = cli("bookmarks", "add", article.path, "--quote", sample.QUOTE,
                           "--note", "the figure", "--tag", "oil", "--tag", "trade")
    assert (status, out, err) == (0, "1\n", "")
    [item] = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    start = article.text.index(sample.QUOTE)
    assert item == {
        "id": 1, "path": str(article.path.resolve()), "title": "Pipelines and Promises", "quote": sample.QUOTE,
        "start": start, "end": start + len(sample.QUOTE), "status": "anchored", "note": "the figure",
        "tags": ["oil", "trade"], "created": item["created"], "pair": None, "orphan_reason": None, "file": "article.txt",
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", item["created"])


def test_list_reports_moved_and_orphaned(cli, cli_json, write_article, sample):
    article = write_article()
    cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)
    cli("bookmarks", "add", article.path, "--quote", "The drones that flew over the mountains")
    write_article("Prologue.\n\n" + sample.TEXT.replace(sample.PARAGRAPHS[4], "A different paragraph."))
    items = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    assert [(b["status"], b["start"]) for b in items] == [
        ("moved", sample.TEXT.index(sample.QUOTE) + len("Prologue.\n\n")), ("orphaned", None)]
    assert items[1]["quote"] == "The drones that flew over the mountains"
    article.path.unlink()
    items = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    assert [b["status"] for b in items] == ["orphaned", "orphaned"]
    assert items[0]["title"] == "Pipelines and Promises"
    status, out, _ = cli("bookmarks", "list")
    assert status == 0 and "orphaned" in out and "Pipelines and Promises" in out


def test_quote_must_occur(cli, write_article, sample):
    article = write_article()
    status, out, err = cli("bookmarks", "add", article.path, "--quote", "Armenia exported gold")
    assert status == 2 and out == ""
    assert err.startswith("counterpoint: error: ") and "does not occur in the article" in err
    assert len(err.strip().splitlines()) == 1
    status, _, err = cli("bookmarks", "add", article.path.parent / "missing.txt", "--quote", "x")
    assert status == 2 and "no such file" in err


def test_occurrence_picks_a_repeated_quote(cli, cli_json, write_article, sample):
    article = write_article()
    status, out, err = cli("bookmarks", "add", article.path, "--quote", "Jerusalem")
    # found twice, it is ambiguous: refused in one line, as `links add` refuses it
    assert (status, out) == (2, "") and err.count("\n") == 1 and "say which with --occurrence N" in err, err
    cli("bookmarks", "add", article.path, "--quote", "Jerusalem", "--occurrence", "1")
    cli("bookmarks", "add", article.path, "--quote", "Jerusalem", "--occurrence", "2")
    starts = [b["start"] for b in cli_json("bookmarks", "list", "--format", "json")["bookmarks"]]
    first = article.text.index("Jerusalem")
    assert starts == [first, article.text.index("Jerusalem", first + 1)]
    status, _, err = cli("bookmarks", "add", article.path, "--quote", "Jerusalem", "--occurrence", "5")
    assert status == 2 and "occurs only 2 time(s)" in err


def test_pair_from_the_command_line(cli, cli_json, write_article, sample):
    left = write_article()
    right = write_article("Another view\n\nThe oil trade is a lifeline for Baku.\n", name="right.txt")
    status, out, _ = cli("bookmarks", "add", left.path, "--quote", sample.QUOTE,
                         "--pair", right.path, "--pair-quote", "a lifeline for Baku")
    assert status == 0
    [item] = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    assert item["pair"]["title"] == "Another view" and item["pair"]["status"] == "anchored"
    assert item["pair"]["quote"] == "a lifeline for Baku"
    status, _, err = cli("bookmarks", "add", left.path, "--quote", sample.QUOTE, "--pair", right.path)
    assert status == 2 and "go together" in err


def test_delete(cli, cli_json, write_article, sample):
    article = write_article()
    cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)
    cli("bookmarks", "add", article.path, "--quote", "Critics in Yerevan")
    assert cli("bookmarks", "delete", "1")[:2] == (0, "deleted bookmark 1\n")
    assert [b["id"] for b in cli_json("bookmarks", "list", "--format", "json")["bookmarks"]] == [2]
    status, _, err = cli("bookmarks", "delete", "1")
    assert status == 2 and err == "counterpoint: error: no bookmark with id 1\n"
    status, _, err = cli("bookmarks", "delete", "one")
    assert status == 2 and "invalid int value" in err


def test_markup_in_notes_and_quotes_is_printed_literally(cli, write_article, sample, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    text = sample.TEXT.replace("Critics in Yerevan", "[bold red]Critics[/] in [link=x]Yerevan")
    article = write_article(text)
    cli("bookmarks", "add", article.path, "--quote", "[bold red]Critics[/] in [link=x]Yerevan",
        "--note", "[/] unbalanced [i]", "--tag", "[x]")
    status, out, err = cli("bookmarks", "list")
    assert status == 0, err
    assert "[bold red]Critics[/]" in out and "[/] unbalanced [i]" in out and "#[x]" in out


def test_export_markdown(cli, write_article, sample, tmp_path):
    left = write_article()
    right = write_article("Another view\n\nThe oil trade is a lifeline for Baku.\n", name="right.txt")
    (left.path.parent / "corpus.toml").write_text(
        '[[article]]\nfile = "article.txt"\ntitle = "Pipelines and Promises"\noutlet = "The Courier"\n'
        'date = "2024-03-01"\n\n[[article]]\nfile = "right.txt"\ntitle = "Another view"\noutlet = "Gazette"\n',
        encoding="utf-8")
    cli("bookmarks", "add", left.path, "--quote", sample.QUOTE, "--note", "key *figure*", "--tag", "oil")
    cli("bookmarks", "add", right.path, "--quote", "a lifeline for Baku")
    cli("bookmarks", "add", left.path, "--quote", "Critics in Yerevan", "--pair", right.path,
        "--pair-quote", "The oil trade")
    target = tmp_path / "out.md"
    status, out, err = cli("bookmarks", "export", "--format", "md", "-o", target)
    assert status == 0 and out == "" and "exported 3 bookmarks" in err
    md = target.read_text(encoding="utf-8")
    assert md.startswith("# Bookmarks\n")
    left_at, right_at = md.index("## Pipelines and Promises"), md.index("## Another view")
    assert left_at < right_at
    left_part = md[left_at:right_at]
    assert "The Courier · 2024-03-01" in left_part
    assert f"> {sample.QUOTE}\n" in left_part
    assert "**Note:** key \\*figure\\*" in left_part and "**Tags:** `oil`" in left_part
    # A pair: the two quotes side by side, one column per article, each with its citation.
    assert "| “Pipelines and Promises”, The Courier, 2024-03-01 | “Another view”, Gazette |\n| --- | --- |\n" \
           "| Critics in Yerevan | The oil trade |\n" in left_part
    assert "Gazette" in md[right_at:] and "> a lifeline for Baku" in md[right_at:]
    status, out, _ = cli("bookmarks", "export", "--format", "md")
    assert status == 0 and out == md


def test_exports_quote_what_the_article_says_now_when_a_quote_moved_and_was_reworded(cli, write_article, sample):
    import csv
    import io

    article = write_article()
    whole = sample.PARAGRAPHS[3]  # a long quote: found again after a word of it changes
    assert cli("bookmarks", "add", article.path, "--quote", whole)[0] == 0
    reworded = whole.replace("a quiet alliance", "a silent alliance")
    write_article(sample.TEXT.replace(whole, "A new paragraph comes first.\n\n" + reworded))
    [item] = json.loads(cli("bookmarks", "export", "--format", "json")[1])["bookmarks"]
    assert item["status"] == "moved" and item["text"] == reworded and item["quote"] == whole
    md = cli("bookmarks", "export", "--format", "md")[1]
    assert f"> {reworded}\n" in md and f"> {whole}\n" not in md
    assert "*(moved and reworded: quoted as the article says it now; as bookmarked: “" in md
    [row] = list(csv.DictReader(io.StringIO(cli("bookmarks", "export", "--format", "csv")[1])))
    assert row["quote"] == whole and row["text"] == reworded and row["status"] == "moved"


def test_export_json_carries_everything(cli, write_article, sample):
    article = write_article()
    cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--note", "n", "--tag", "t")
    status, out, _ = cli("bookmarks", "export", "--format", "json")
    data = json.loads(out)
    assert data["format"] == "counterpoint-bookmarks" and data["version"] == 1
    [item] = data["bookmarks"]
    start = article.text.index(sample.QUOTE)
    assert item["quote"] == sample.QUOTE and item["note"] == "n" and item["tags"] == ["t"]
    assert item["stored"]["prefix"] == article.text[start - 32 : start]
    assert item["stored"]["suffix"] == article.text[start + len(sample.QUOTE) : start + len(sample.QUOTE) + 32]
    assert item["stored"]["content_hash"] == article.content_hash
    assert item["text"] == sample.QUOTE and item["status"] == "anchored" and item["pair"] is None


def test_data_dir_flag(cli, write_article, sample, tmp_path):
    article = write_article()
    elsewhere = tmp_path / "elsewhere"
    assert cli("bookmarks", "add", article.path, "--quote", sample.QUOTE, "--data-dir", elsewhere)[0] == 0
    with BookmarkStore.open(elsewhere) as store:
        assert len(store.bookmarks()) == 1
    assert json.loads(cli("bookmarks", "list", "--format", "json")[1]) == {"bookmarks": []}
    assert json.loads(cli("--data-dir", elsewhere, "bookmarks", "list", "--format", "json")[1])["bookmarks"]


def test_export_to_an_unwritable_place(cli, tmp_path):
    status, _, err = cli("bookmarks", "export", "--format", "json", "-o", tmp_path / "no" / "such" / "dir" / "x.json")
    assert status == 2 and "cannot write the export" in err


def test_hostile_file_names_stay_out_of_tables_and_exports(cli, cli_json, write_article, sample, data_dir):
    import sqlite3

    article = write_article(name="x\x1b[31mRED\u202e.txt")
    cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)
    with sqlite3.connect(data_dir / "bookmarks.sqlite3") as conn:
        conn.execute("UPDATE anchor SET title = ''")  # a row written before titles were kept
    article.path.unlink()  # orphaned: the table falls back to the file name
    status, out, err = cli("bookmarks", "list")
    assert status == 0, err
    assert "\x1b" not in out and "\u202e" not in out
    assert "x\\x1b[31mRED" in out  # the name's escapes are spelled out, not obeyed
    for fmt in ("md", "json"):
        status, out, err = cli("bookmarks", "export", "--format", fmt)
        assert status == 0, err
        assert "\x1b" not in out and "\u202e" not in out, out
    [item] = cli_json("bookmarks", "export", "--format", "json")["bookmarks"]
    assert item["path"] == str(article.path.resolve())  # JSON escapes, data unchanged


def test_list_warns_of_a_broken_manifest_and_still_places(cli, write_article, sample):
    article = write_article()
    cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)
    (article.path.parent / "corpus.toml").write_text("x = ", encoding="utf-8")
    status, out, err = cli("bookmarks", "list", "--format", "json")
    assert status == 0
    assert [b["status"] for b in json.loads(out)["bookmarks"]] == ["anchored"]
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("counterpoint: warning: ") and "corpus.toml" in lines[0]


def test_the_table_shows_what_a_reworded_passage_says_now(cli, write_article, sample, monkeypatch):
    """As the reading room and the exports do: the current words, and that they changed."""
    monkeypatch.setenv("COLUMNS", "200")
    article = write_article()
    cli("bookmarks", "add", article.path, "--quote", sample.QUOTE)
    edited = sample.TEXT.replace("forty percent of its crude oil last", "forty per cent of its crude oil last")
    write_article("Prologue.\n\n" + edited)
    status, out, err = cli("bookmarks", "list")
    assert status == 0, err
    assert "forty per cent of its crude oil last year" in out and "moved (reworded)" in out


def test_list_tells_apart_articles_that_share_a_title(cli, cli_json, tmp_path, sample):
    """Two files with one title (a report saved on two days) read alike by title alone: the list
    shows each article's file, with as much of its folder as tells it from the other's."""
    paths = []
    for day in ("monday", "tuesday"):
        for copy in ("draft", "final"):
            folder = tmp_path / day / "desk"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{copy}.txt"
            path.write_text(sample.TEXT.replace("last year", f"last year ({day})"), encoding="utf-8")
            paths.append(path)
            assert cli("bookmarks", "add", path, "--quote", sample.QUOTE)[0] == 0
    status, out, err = cli("bookmarks", "add", paths[0], "--quote", "Critics in Yerevan",
                           "--pair", paths[2], "--pair-quote", "Officials in Jerusalem")
    assert status == 0, err
    items = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    assert [b["title"] for b in items[:4]] == ["Pipelines and Promises"] * 4
    assert [b["file"] for b in items] == ["monday/desk/draft.txt", "monday/desk/final.txt",
                                         "tuesday/desk/draft.txt", "tuesday/desk/final.txt",
                                         "monday/desk/draft.txt"]
    assert items[4]["pair"]["file"] == "tuesday/desk/draft.txt"
    status, out, _ = cli("bookmarks", "list")
    assert status == 0
    flat = " ".join(out.split())
    for label in ("monday/desk/draft.txt", "tuesday/desk/draft.txt", "monday/desk/final.txt"):
        assert label in flat
