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


HARBOR = ("The Harbor Vote\n\n"
          "Supporters say the new docks will bring four hundred jobs and revive the fishing trade.\n\n"
          "Critics answer that the dunes shelter nesting birds found nowhere else on this coast.\n")


def test_a_word_inserted_into_a_short_quote_keeps_the_bookmark(cli, write_article):
    """The quote's words are nearly all still there (fuzz.ratio well above QUOTE_MIN) between
    the same words as before: an inserted word is an edit, not the passage gone."""
    article = write_article(HARBOR)
    for quote in ("four hundred jobs", "nesting birds found nowhere else"):
        assert cli("bookmarks", "add", article.path, "--quote", quote)[0] == 0
    write_article(HARBOR.replace("four hundred jobs", "four hundred new jobs")
                  .replace("nesting birds found", "nesting birds that are found"))

    status, out, err = cli("bookmarks", "list", "--format", "json")
    assert status == 0, err
    edited = article.path.read_text(encoding="utf-8")
    found = [(b["status"], edited[b["start"]:b["end"]]) for b in json.loads(out)["bookmarks"]]
    assert found == [("moved", "four hundred new jobs"), ("moved", "nesting birds that are found nowhere else")]
