"""Saved web pages: lines a <br> breaks are one paragraph, a quote keeps who said it."""

from __future__ import annotations

from reader.corpus import load_article

LEAD = ("<p>The council treasurer refused on Tuesday to release the second instalment for the ferry repair "
        "until the company's accounts had been audited by an independent firm of accountants.</p>")
CLOSE = ("<p>The company said the accounts would be published within a month and that the delay was caused "
         "by the floods, which had destroyed its office records last winter.</p>")


def _page(tmp_path, body: str):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Treasurer holds the purse</title></head><body><article>"
                    f"<h1>Treasurer holds the purse</h1>{LEAD}{body}{CLOSE}</article></body></html>", encoding="utf-8")
    return load_article(path)


def _passages(tmp_path, body: str) -> list[tuple[str, str]]:
    """(kind, text) of each passage of a page holding `body` between two paragraphs."""
    return [(p.kind, p.text) for p in _page(tmp_path, body).passages]


BROKEN = ("<p>The ferry will run again from April<br>after a repair to the landing stage<br>"
          "that cost twice what engineers first estimated</p>"
          "<p>The river runs<br>beneath the dam<br>and no one asks<br>who holds the key</p>"
          "<p>Kelmet Ferry Company<br>Harbour Road 4<br>Kelmet</p>")
QUOTES = ("<blockquote><p>We will not sign another cheque until we see where the last one went.</p>"
          "<footer>— Dana Ilves, <cite>council treasurer</cite></footer></blockquote>"
          "<blockquote>Every receipt was under water for a week.<cite>Ivo Marek, the ferry company's spokesman</cite>"
          "</blockquote>")


def test_lines_a_break_joins_in_one_paragraph_are_one_passage_not_headings(tmp_path):
    passages = _passages(tmp_path, BROKEN)
    for text in ("The ferry will run again from April\nafter a repair to the landing stage\n"
                 "that cost twice what engineers first estimated",
                 "The river runs\nbeneath the dam\nand no one asks\nwho holds the key",
                 "Kelmet Ferry Company\nHarbour Road 4\nKelmet"):
        assert ("body", text) in passages
    assert [k for k, _ in passages].count("heading") == 1  # the title


def test_a_paragraphs_first_line_set_as_its_heading_stays_one(tmp_path):
    passages = _passages(tmp_path, "<p>Background<br>The ferry has crossed at Kelmet since 1921 and carried about "
                                   "four hundred passengers a day before the floods.</p>")
    assert passages[2:4] == [("heading", "Background"),
                             ("body", "The ferry has crossed at Kelmet since 1921 and carried about four hundred "
                                      "passengers a day before the floods.")]


def test_a_quotes_footer_or_cite_stays_with_the_quote(tmp_path):
    passages = _passages(tmp_path, QUOTES)
    assert passages[2:4] == [
        ("body", "We will not sign another cheque until we see where the last one went.\n— Dana Ilves, council treasurer"),
        ("body", "Every receipt was under water for a week.\nIvo Marek, the ferry company's spokesman")]
