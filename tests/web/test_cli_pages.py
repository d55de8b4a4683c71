"""Saved pages through the real command line: list, align and bookmarks see the extracted text."""

from __future__ import annotations

import json

from web_pages import JSON_LD, META, NO_ARTICLE, PARAGRAPHS


def test_list_align_and_bookmarks_open_html(tmp_path, run_cli):
    (tmp_path / "geneva.html").write_text(META, encoding="utf-8")
    (tmp_path / "restart.htm").write_text(JSON_LD.replace("Tuesday", "Monday"), encoding="utf-8")
    listed = run_cli("list", str(tmp_path), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    titles = [a["title"] for a in json.loads(listed.stdout)["articles"]]
    assert titles == ["Talks resume in Geneva", "Ceasefire talks restart after a long pause"]

    aligned = run_cli("align", str(tmp_path / "geneva.html"), str(tmp_path / "restart.htm"), "--format", "json")
    assert aligned.returncode == 0, aligned.stderr
    assert json.loads(aligned.stdout)["links"]

    quote = "the return of displaced families"
    added = run_cli("bookmarks", "add", str(tmp_path / "geneva.html"), "--quote", quote)
    assert added.returncode == 0, added.stderr
    shown = run_cli("bookmarks", "list", "--format", "json")
    (bookmark,) = json.loads(shown.stdout)["bookmarks"]
    assert bookmark["status"] == "anchored" and bookmark["quote"] == quote
    text = "\n\n".join(["Talks resume in Geneva", *PARAGRAPHS]) + "\n"
    assert text[bookmark["start"]:bookmark["end"]] == quote  # offsets into the extracted text


def test_a_page_with_no_article_is_one_line_and_status_2(tmp_path, run_cli):
    (tmp_path / "login.html").write_text(NO_ARTICLE, encoding="utf-8")
    result = run_cli("list", str(tmp_path / "login.html"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no article found" in result.stderr


def test_add_to_a_file_fetches_nothing_and_says_so_once(server, tmp_path, run_cli):
    handler, base = server
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my notes\n", encoding="utf-8")
    result = run_cli("add", "--to", str(not_a_folder), f"{base}/page", f"{base}/hop/2")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "is a file, not a folder" in result.stderr
    assert handler.requests == []
    assert not_a_folder.read_text(encoding="utf-8") == "my notes\n"


def test_an_address_without_its_scheme_gets_a_hint(server, tmp_path, run_cli):
    _, base = server
    bare = base.removeprefix("http://") + "/page"
    result = run_cli("add", "--to", str(tmp_path / "corpus"), bare)
    assert result.returncode == 2
    assert "no such file" in result.stderr and "https://" in result.stderr
    assert "https://" not in run_cli("add", "--to", str(tmp_path / "corpus"), "saved/page.html").stderr
