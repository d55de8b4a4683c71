"""HTML pages written for these tests (none copied from the web): each one shape a saved or
fetched article takes, with the sentences a test looks for."""

from __future__ import annotations

import json

PARAGRAPHS = [
    "Negotiators from both delegations met in Geneva on Tuesday for the first direct talks since "
    "the ceasefire collapsed in the spring, according to officials familiar with the agenda.",
    "The talks focused on the return of displaced families to villages along the line of contact, "
    "a question that has stalled every previous round of mediation between the two capitals.",
    "Observers said the atmosphere was tense but businesslike, and that both sides agreed to meet "
    "again within a month to discuss the exchange of prisoners and the reopening of roads.",
]


def article_html(paragraphs: list[str] = PARAGRAPHS) -> str:
    return "".join(f"<p>{p}</p>\n" for p in paragraphs)


def page(head: str = "", body: str = "", *, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}">{head}</head>\n'
            f"<body>{body}</body></html>\n")


META = page(
    '<title>Talks resume in Geneva | Example Gazette</title>'
    '<meta name="author" content="Jane Roe">'
    '<meta name="date" content="2023-05-02">'
    '<meta name="application-name" content="Example Gazette">',
    f"<article><h1>Talks resume in Geneva</h1>{article_html()}</article>",
)

JSON_LD = page(
    "<title>page</title><script type=\"application/ld+json\">" + json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Ceasefire talks restart after a long pause",
        "author": {"@type": "Person", "name": "Ali Example"},
        "datePublished": "2023-07-25T09:00:00+04:00",
        "publisher": {"@type": "Organization", "name": "Caspian Daily Example"},
    }) + "</script>",
    f"<main><article>{article_html()}</article></main>",
)

OPEN_GRAPH = page(
    '<meta property="og:title" content="Delegations meet in Geneva">'
    '<meta property="og:site_name" content="Open Graph Times">'
    '<meta property="article:published_time" content="2023-04-15T08:30:00Z">'
    '<meta property="og:url" content="https://news.example.org/2023/04/geneva-talks">',
    f"<div class=\"story\">{article_html()}</div>",
)

NO_METADATA = page("", f"<div>{article_html()}</div>")

NAV_WORDS = ["Homepage", "Sportsdesk", "Weatherwatch"]
COMMENT = "Totally agree with every word, this author is always right about everything!"
RELATED = "Another unrelated story about football transfers"
NESTED = page(
    "<title>Talks resume in Geneva</title>",
    "<header><div class=\"logo\">Example Gazette</div><nav class=\"menu\"><ul>"
    + "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in NAV_WORDS)
    + "</ul></nav></header>"
    "<div class=\"wrapper\"><div class=\"row\"><div class=\"col-main\"><div class=\"inner\">"
    f"<article class=\"post\"><div class=\"entry-content\"><h1>Talks resume in Geneva</h1>{article_html()}"
    "</div></article></div></div>"
    "<aside class=\"sidebar\"><h3>Related</h3><ul>"
    f'<li><a href="/a">{RELATED}</a></li><li><a href="/b">Weather for the weekend ahead</a></li>'
    "</ul></aside></div></div>"
    "<section id=\"comments\" class=\"comments\"><h3>3 Comments</h3>"
    + "".join(f'<div class="comment"><span class="comment-author">reader{i}</span><p>{COMMENT}</p></div>'
              for i in range(3))
    + "</section><footer><p>Copyright 2023 Example Gazette. All rights reserved.</p></footer>",
)

BROKEN = (
    "<html><head><title>Broken page</title><body>\n"
    "<div class=main><p>" + PARAGRAPHS[0] + "\n"
    "<p>" + PARAGRAPHS[1] + " <b>bold never closes <i>and italic overlaps</b> here</i>\n"
    "</div></div></span><p class='unterminated>" + PARAGRAPHS[2] + "\n"
    "<table><tr><td>stray cell"  # no closing tags at all from here on
)

RUSSIAN = [
    "Переговоры делегаций возобновились в Женеве во вторник после долгого перерыва, сообщили "
    "официальные лица, знакомые с повесткой дня встречи.",
    "Главным вопросом стало возвращение перемещённых семей в сёла вдоль линии соприкосновения, "
    "который остановил все прежние раунды посредничества.",
]

# Text a detector reads as cp1252 when nothing declares its encoding: only the page's own
# declaration gets it right.
POLISH = [
    "Rozmowy delegacji zostały wznowione w Genewie we wtorek po długiej przerwie, powiedział "
    "urzędnik znający porządek obrad.",
    "Głównym tematem był powrót przesiedlonych rodzin do wsi wzdłuż linii styku, który zatrzymał "
    "wszystkie poprzednie rundy mediacji.",
]

NO_ARTICLE = page(
    "<title>Sign in</title>",
    "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About</a></nav>"
    "<form action=\"/login\" method=\"post\"><label>Email <input name=\"email\"></label>"
    "<label>Password <input type=\"password\" name=\"pw\"></label><button>Sign in</button></form>"
    "<footer><a href=\"/privacy\">Privacy</a></footer>",
)
