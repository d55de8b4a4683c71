"""Articles exported as data: a feed's item saved as XML (RSS or Atom), a note exported from
Evernote (.enex, whose note is HTML), and an article exported as JSON (by a read-later app, a
CMS, a script: `{"title": …, "author": …, "body": …}`).

Each is turned into what the reader already reads: the item's HTML content as a web page (its
title over it), or a JSON body as a page when it is HTML and as text when it is not; the title,
author, date and address the export gives are read as a mail message's headers are. A feed of
many items is read for its first. XML is parsed as `reader.corpus.xmlparse` parses it.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from reader.corpus.xmlparse import DUBLIN_CORE, parse_xml
from reader.errors import UserError

# A feed, by its root element near its start: RSS's <rss> (or RDF's), Atom's <feed>, and
# Evernote's export of notes, <en-export> (after its DOCTYPE).
_FEED_HEAD = 2048
_FEED_ROOT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*)*"
                        rb"(?:<!DOCTYPE[^>]{0,500}>\s*)?<(?:rss|rdf:RDF|feed|en-export)\b", re.DOTALL)
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_MAIL_AND_NAME = re.compile(r"[^\s@]+@[^\s@]+\s+\((.+)\)")  # RSS's author: "anna@courier.example (Anna Lind)"
# Fields of an exported article, as tools name them, for each thing the reader reads from it.
_JSON_FIELDS = {
    "body": ("body", "content", "text", "articleBody", "article_body", "content_html", "html", "markdown",
             "body_html", "content_text", "fullText", "full_text"),
    "Subject": ("title", "headline", "name", "resolved_title", "given_title"),
    "From": ("author", "authors", "byline", "creator", "author_name"),
    "Date": ("date", "datePublished", "published", "published_at", "pubDate", "publish_date", "created_at", "created"),
    "url": ("url", "link", "canonical_url", "resolved_url", "given_url", "source_url"),
}
_JSON_DEPTH = 3  # an article object nested in a wrapper ({"article": {…}}, {"data": {…}})
_LOOKS_HTML = re.compile(r"<(?:p|div|br|h[1-6]|article|section|ul|ol|blockquote)\b[^>]{0,500}>", re.IGNORECASE)


@dataclass(frozen=True)
class Export:
    """What an export holds: `data` (HTML when `page`, else text, in UTF-8), its address, and
    the title, author and date it gives, as (field, value) pairs read as a mail's headers."""

    data: bytes
    page: bool
    url: str
    headers: tuple[tuple[str, str], ...]


def is_feed(data: bytes) -> bool:
    """Whether `data` is an RSS or Atom document (see _FEED_ROOT)."""
    return _FEED_ROOT.match(data[:_FEED_HEAD]) is not None


def _fields(title: str, author: str, date: str) -> tuple[tuple[str, str], ...]:
    if (named := _MAIL_AND_NAME.fullmatch(author.strip())) is not None:
        author = named.group(1)
    return tuple((field, " ".join(value.split())) for field, value in (("Subject", title), ("From", author),
                                                                      ("Date", date)) if value.strip())


def _page(title: str, body_html: str) -> bytes:
    heading = html.escape(title)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{heading}</title></head><body><article>"
            f"<h1>{heading}</h1>{body_html}</article></body></html>").encode("utf-8")


def read_feed(data: bytes, name: str) -> Export:
    """The first item of a feed, as a page: its content (or, lacking it, its description or
    summary), title, author, date and link."""
    root = parse_xml(data, f"{name}: a damaged RSS or Atom feed")

    def text(node, *tags: str) -> str:
        for tag in tags:
            found = node.find(tag)
            if found is not None and "".join(found.itertext()).strip():
                return "".join(found.itertext()).strip()
        return ""

    item = next(iter(root.iter("item", "{http://purl.org/rss/1.0/}item", f"{_ATOM}entry", "note")), None)
    if item is None:
        raise UserError(f"{name}: an RSS or Atom feed with no item in it")
    if item.tag == "note":  # Evernote's: the note's HTML, its title, author, day and source
        link, author = text(item, "note-attributes/source-url"), text(item, "note-attributes/author")
        content, title = text(item, "content"), text(item, "title")
        date = re.sub(r"\A(\d{4})(\d{2})(\d{2})T.*", r"\1-\2-\3", text(item, "created"))
    elif item.tag == f"{_ATOM}entry":
        link = next((e.get("href", "") for e in item.iter(f"{_ATOM}link") if e.get("rel", "alternate") == "alternate"),
                    "")
        author = text(item, f"{_ATOM}author/{_ATOM}name")
        content = _atom_content(item.find(f"{_ATOM}content")) or _atom_content(item.find(f"{_ATOM}summary"))
        title, date = text(item, f"{_ATOM}title"), text(item, f"{_ATOM}published", f"{_ATOM}updated")
    else:
        link = text(item, "link", "{http://purl.org/rss/1.0/}link")
        author = text(item, "author", f"{DUBLIN_CORE}creator")
        content = text(item, _CONTENT, "description", "{http://purl.org/rss/1.0/}description")
        title, date = text(item, "title", "{http://purl.org/rss/1.0/}title"), text(item, "pubDate", f"{DUBLIN_CORE}date")
    if not content.strip():
        raise UserError(f"{name}: a feed item with no text (only its title and link); open the page it links to")
    body = content if _LOOKS_HTML.search(content) else "".join(
        f"<p>{html.escape(block)}</p>" for block in re.split(r"\n\s*\n", content) if block.strip())
    return Export(_page(title, body), True, link.strip(), _fields(title, author, date))


def _atom_content(node) -> str:
    """An Atom content or summary element's HTML: escaped HTML as its text ("html"), XHTML as
    markup inside it ("xhtml"), or plain text."""
    if node is None:
        return ""
    kind = node.get("type", "text")
    if kind == "xhtml":
        from lxml import etree

        return "".join(etree.tostring(child, encoding="unicode") for child in node)
    inner = "".join(node.itertext())
    return inner if kind == "html" else "".join(f"<p>{html.escape(block)}</p>" for block in re.split(r"\n\s*\n", inner)
                                                if block.strip())


def read_json(data: bytes, name: str) -> Export:
    """An article exported as JSON (see _JSON_FIELDS): its body as a page when HTML, else as
    text, with the title, author, date and address it gives; UserError for JSON that holds no
    article."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise UserError(f"{name}: not a JSON file the reader can parse") from None
    found = _article_object(value, 0)
    if found is None:
        keys = ", ".join(f'"{k}"' for k in _JSON_FIELDS["body"][:3])
        raise UserError(f"{name}: JSON with no article text in it (looked for a {keys} field)")
    fields = {field: _json_text(next((found[k] for k in keys if k in found), "")) for field, keys in _JSON_FIELDS.items()}
    headers = _fields(fields["Subject"], fields["From"], fields["Date"])
    body = fields["body"]
    if _LOOKS_HTML.search(body):
        return Export(_page(fields["Subject"], body), True, fields["url"], headers)
    return Export(body.encode("utf-8"), False, fields["url"], headers)


def _article_object(value, depth: int) -> dict | None:
    """The object of `value` (itself, or one nested a few levels down, or the first of a list)
    that has an article's body as text, and is no span of one (`_is_span`)."""
    if depth > _JSON_DEPTH:
        return None
    if isinstance(value, dict):
        if _is_span(value):
            return None
        if any(isinstance(value.get(k), str) and value[k].strip() for k in _JSON_FIELDS["body"]):
            return value
        children = list(value.values())
    elif isinstance(value, list):
        children = value[:1]
    else:
        return None
    return next((found for child in children if (found := _article_object(child, depth + 1)) is not None), None)


# What this reader writes beside a span's offsets: a bookmark's side its quote, an `align`
# passage its index and kind. Offsets alone tell no span: an event's or a live blog's article
# may give its "start" and "end" as times in whole seconds.
_SPAN_MARKS = (("quote",), ("index", "kind"))


def _is_span(value: dict) -> bool:
    """Whether an object is a span of an article as this reader's own `align` JSON and bookmark
    exports give one (its offsets and _SPAN_MARKS): its text is a piece of an article, never an
    article of its own."""
    offsets = all(isinstance(value.get(k), int) and not isinstance(value[k], bool) for k in ("start", "end"))
    return offsets and any(all(k in value for k in marks) for marks in _SPAN_MARKS)


def _json_text(value) -> str:
    """A field's text: a string; the names of a list of authors ("; "-joined); an author object's name."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _json_text(value.get("name", ""))
    if isinstance(value, list):
        return "; ".join(filter(None, (_json_text(v) for v in value[:20])))
    return ""
