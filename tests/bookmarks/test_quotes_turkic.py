"""A quote typed in Turkish or Azerbaijani is found whichever way its i's were capitalised."""

import pytest

from reader.bookmarks.quotes import find_quote
from reader.corpus import load_article

TEXT = "Göçük\n\nIŞIKLI köyü sakinleri, İzmir'deki Işıklı madeninin kapatılmasını istiyor.\n"


@pytest.mark.parametrize(("typed", "found"), [
    ("ışıklı köyü sakinleri", "IŞIKLI köyü sakinleri"),
    ("izmir'deki ışıklı", "İzmir'deki Işıklı"),
    ("İZMİR'DEKİ IŞIKLI", "İzmir'deki Işıklı"),
])
def test_a_quote_is_found_whichever_way_its_is_were_capitalised(tmp_path, typed, found):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    article = load_article(tmp_path / "a.txt")
    start, end = find_quote(article, typed)
    assert article.text[start:end] == found
