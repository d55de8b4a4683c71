"""Articles as people save them, round six: emphasis marks in threes, block tags with no space
between them, a web page's menus saved as text, word processors' exports, and the text forms
(feeds, JSON, soft hyphens, old code pages) they come in."""

from __future__ import annotations

import pytest

from reader.corpus import load_article

BODY = ("The river council voted on Tuesday to reopen the Kelmet ferry, closed since the floods of last "
        "winter, after engineers said the landing stage had been repaired and had passed its inspection.")


@pytest.mark.parametrize("marked, shown", [
    ("***never again***", "never again"), ("___never again___", "never again"),
    ("**_never again_**", "never again"), ("__*never again*__", "never again"),
    ("***never** again*", "never again"), ("*never **again***", "never again"),
])
def test_emphasis_in_threes_leaves_no_mark_in_the_text_or_its_words(tmp_path, marked, shown):
    path = tmp_path / "ferry.md"
    path.write_text(f"# Ferry report\n\nThe council said {marked} after the vote, and {BODY[4:]}\n", encoding="utf-8")
    article = load_article(path)
    assert article.passages[1].text.startswith(f"The council said {shown} after the vote, and")
    assert not any(mark in p.text for p in article.passages for mark in "*_")


def test_marks_in_a_word_or_escaped_stay_beside_emphasis_in_threes(tmp_path):
    path = tmp_path / "code.md"
    path.write_text("The file snake_case_name holds 5*3*2 rows, \\***not bold**, and ***this one***.\n",
                    encoding="utf-8")
    assert load_article(path).passages[0].text == "The file snake_case_name holds 5*3*2 rows, *not bold, and this one."
