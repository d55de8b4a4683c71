"""Whatever markup a page holds, extraction gives an article or one clear error, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader.corpus.html import extract_page
from reader.errors import UserError

TAGS = ["p", "div", "article", "nav", "b", "i", "table", "tr", "td", "ul", "li", "script", "style", "h1",
        "br", "aside", "footer", "span", "pre", "blockquote", "html", "body", "head", "title", "meta"]
WORDS = ["talks", "Geneva", "ceasefire", "Artsakh", "Карабах", "&amp;", "&#x27;", "&bogus;", "\u202e", "\x1b[31m",
         "<!--", "-->", "<![CDATA[", "]]>", "\x00", "\r\n", "\t", '"', "'", "=", "/>", "<"]

# Enough words, in one piece, for an article to be found among the soup.
SENTENCE = ("Negotiators from both delegations met in Geneva on Tuesday for the first direct talks since the "
            "ceasefire collapsed, and agreed to meet again within a month to discuss prisoners and roads. ")

pieces = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(TAGS).map(lambda t: f'<{t} class="x" id=\'y\' data-z=w>'),
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=12),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=200), st.integers(0, 3), st.floats(0, 1),
       st.sampled_from(["utf-8", "cp1251", "latin-1"]))
def test_tag_soup_gives_an_article_or_one_line(soup, sentences, where, encoding):
    at = int(len(soup) * where)
    markup = "".join(soup[:at]) + "<p>" + SENTENCE * sentences + "</p>" + "".join(soup[at:])
    data = markup.encode(encoding, errors="replace")
    try:
        page = extract_page(data, "soup.html")
    except UserError as exc:
        assert "\n" not in str(exc)
    else:
        event("article found")
        assert page.text.endswith("\n") and "\n\n\n" not in page.text
        assert all(len(getattr(page, f).splitlines()) <= 1 for f in ("title", "author", "date", "site", "url"))
