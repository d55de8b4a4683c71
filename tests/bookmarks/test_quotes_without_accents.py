"""A quote typed without its accents ("reunio" for "reunió") names the words as search finds
them, and the bookmark keeps the article's own words, accents and all."""

from __future__ import annotations

import unicodedata

import pytest

from reader.bookmarks.quotes import find_quote
from reader.corpus import load_article

MARCH = ("La marcha\n\n"
         "La manifestación del domingo en Albarreal reunió a 9.500 personas según la policía, "
         "y a más de 15.000 según la Coordinadora Ñandú.\n")


def article_of(tmp_path, text: str, name: str = "marcha.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_article(tmp_path / name)


@pytest.mark.parametrize(("typed", "found"), [
    ("Albarreal reunio a 9.500", "Albarreal reunió a 9.500"),
    ("LA MANIFESTACION DEL DOMINGO", "La manifestación del domingo"),
    ("mas de 15.000 segun la coordinadora nandu", "más de 15.000 según la Coordinadora Ñandú"),
    ("Albarreal réunió à 9.500", "Albarreal reunió a 9.500"),  # an accent too many is forgiven too
])
def test_a_quote_without_its_accents_is_found(tmp_path, typed, found):
    article = article_of(tmp_path, MARCH)
    start, end = find_quote(article, typed)
    assert article.text[start:end] == found


def test_an_accent_written_apart_in_the_article_is_kept_with_its_letter(tmp_path):
    article = article_of(tmp_path, unicodedata.normalize("NFD", MARCH))
    start, end = find_quote(article, "Albarreal reunio")
    assert article.text[start:end] == unicodedata.normalize("NFD", "Albarreal reunió")
    assert article.text[end - 1] == "\u0301"


def test_a_mark_that_makes_another_letter_is_not_taken_off(tmp_path):
    """Japanese が is not か with a mark: a quote with か does not find が."""
    article = article_of(tmp_path, "題\n\n駅前の店がかわいい。\n")
    assert article.text[slice(*find_quote(article, "店がか"))] == "店がか"
    with pytest.raises(Exception, match="does not occur"):
        find_quote(article, "店かか")


def test_the_cli_bookmarks_the_articles_own_words(cli, cli_json, tmp_path):
    path = tmp_path / "marcha.txt"
    path.write_text(MARCH, encoding="utf-8")
    status, out, err = cli("bookmarks", "add", path, "--quote", "Albarreal reunio a 9.500")
    assert (status, out, err) == (0, "1\n", "")
    [item] = cli_json("bookmarks", "list", "--format", "json")["bookmarks"]
    assert item["quote"] == "Albarreal reunió a 9.500"
    assert MARCH[item["start"]:item["end"]] == "Albarreal reunió a 9.500"
    assert item["status"] == "anchored"


def test_a_quote_still_wrong_once_accents_are_folded_is_refused(cli, tmp_path):
    path = tmp_path / "marcha.txt"
    path.write_text(MARCH, encoding="utf-8")
    status, out, err = cli("bookmarks", "add", path, "--quote", "Albarreal reunio a 9.600")
    assert status == 2 and out == ""
    assert "does not occur in the article; closest (paragraph 2): “Albarreal reunió a 9.500" in err


def test_a_quote_typed_with_its_accents_finds_the_place_written_with_them(tmp_path):
    # the plain "cafe" comes first; the quote's own accent names the later "café", in another case
    article = article_of(tmp_path, "Menu\n\nLe Cafe du port ferme. Le café de la gare ouvre.\n")
    start, end = find_quote(article, "LE CAFÉ")
    assert article.text[start:end] == "Le café"
    start, end = find_quote(article, "LE CAFE")  # typed plain: the first place, as search finds it
    assert article.text[start:end] == "Le Cafe"
