"""A quote re-found after a word of it was edited is cited from its first word to its last:
the fuzzy match may not take in the punctuation and space the edit left beside it. Real files,
the real CLI and database."""

from __future__ import annotations

import json

TEXT = ("Floods in the valley\n\n"
        "According to the regional council, 1,200 people were evacuated and 340 homes were damaged.\n\n"
        "The ministry said the release had been announced a week before.\n")


def test_an_edited_number_does_not_drag_the_comma_before_it_into_the_quote(cli, write_article):
    article = write_article(TEXT)
    assert cli("bookmarks", "add", article.path, "--quote", "1,200 people were evacuated")[0] == 0
    write_article(TEXT.replace("1,200 people", "200 people"))  # the figure corrected

    status, out, err = cli("bookmarks", "list", "--format", "json")
    assert status == 0, err
    [item] = json.loads(out)["bookmarks"]
    assert item["status"] == "moved"
    edited = article.path.read_text(encoding="utf-8")
    assert edited[item["start"]:item["end"]] == "200 people were evacuated"
    status, out, _ = cli("bookmarks", "export", "--format", "md")
    assert "\n> 200 people were evacuated\n" in out
