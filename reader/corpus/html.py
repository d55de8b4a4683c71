"""Web pages as articles: the main text and metadata of an HTML page, extracted once.

Extraction (trafilatura, over lxml's parser) reads the markup only: no script runs and nothing
the page references (images, frames, stylesheets, links) is fetched. Broken markup is repaired
the way browsers do. The extracted text is what offsets, bookmarks and links point into, so it
is stored under the data directory keyed by the page's SHA-256: while the page file is
unchanged its text stays the same, even after an extractor upgrade would cut it differently.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from reader.corpus.decoding import decode, unlikely_characters
from reader.corpus.manifest import Entry
from reader.corpus.sanitize import sanitize
from reader.errors import UserError

HTML_SUFFIXES = (".html", ".htm")
# The largest page read or fetched. Article pages run 50 KB-2 MB; 10 MB leaves room for pages
# with inlined images or scripts and still extracts in seconds (BENCHMARKS.md, "Web pages").
MAX_PAGE_BYTES = 10 * 1024 * 1024
# Fewer words than this is a page with no article (a login wall, an index of links, an error
# page, whose leftovers run to a handful of words). The seeds' body paragraphs have a median of
# 41 words and their shortest article 393: an article is longer than one median paragraph, and
# 25 words keeps a short brief while refusing a page that is only a sign-in form or a cookie notice.
MIN_ARTICLE_WORDS = 25
# HTML's encoding sniffing looks for <meta charset> this far into the page.
_PRESCAN_BYTES = 4096
# A declared charset is believed unless its reading of the page is implausible: text read in
# its own encoding has under 3% unlikely characters (reader/corpus/decoding.py), while a page
# mislabelled by its server's default (Russian in cp1251 served as ISO-8859-1) reads as 69%
# of them; past this share the declaration is wrong and the detector decides. Judged on this
# much of the page, once it has enough non-ASCII characters to tell.
_MISDECLARED_SHARE = 0.12
_MISDECLARED_MIN_CHARS = 32
_MISDECLARED_SAMPLE = 64 * 1024
# A byline names its authors, and often their jobs ("By Anna Lind, Staff Writer", which the
# extractor reads as two authors) or the desk's editor ("Reporting by ...; Editing by ...").
# A part of it ending in one of these nouns is a job, not a person, and is left out unless it
# is all the byline says ("Staff Reporter", "Our Correspondent": the page's own attribution).
_JOB_NOUNS = frozenset({"correspondent", "correspondents", "writer", "writers", "reporter", "reporters", "editor",
                        "editors", "columnist", "contributor", "journalist", "producer", "photographer", "desk"})
_CREDIT = re.compile(r"^(?:additional\s+)?(?:reporting|writing|words|text)\s+by\s+", re.IGNORECASE)
_NOT_AUTHORS = re.compile(r"(?:editing|edited|compiled|graphics|photos?|pictures|illustrations?|video|design)\s+by\b",
                          re.IGNORECASE)
# A site name that is only a host name ("www.dailyledger.com", which some pages give as their
# og:site_name and the extractor prefers) gives way to the publisher the page's JSON-LD names.
_HOST_NAME = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+/?", re.IGNORECASE)
_JSON_LD = re.compile(r"""<script[^>]*?type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""",
                      re.IGNORECASE | re.DOTALL)
_JSON_LD_DEPTH = 8  # a publisher sits two or three levels down (@graph, an article, publisher)
# Bumped when the stored form changes; pages stored under another format are extracted again.
_STORE_FORMAT = 1

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Two line breaks in a row (whitespace between) end a paragraph, as a blank line does in text:
# pages laid out with <br><br> instead of <p> mean one, and the extractor would keep one <br>.
# Such a page's text then sits loose in a block, beside the blocks (a share bar, an
# advertisement) that break into it; these stay blocks of their own.
BLOCK_TAGS = frozenset({"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption",
                        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
                        "menu", "nav", "ol", "p", "pre", "section", "table", "ul"})
# A page that declares no charset is read in the Windows code page of the language it says it
# is in (<html lang="he">), when that reads it as text: short Hebrew text in cp1255 reads as
# plausible Cyrillic in cp1251, which the detector then prefers. Browsers fall back by locale.
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
_LANGUAGE_CODE_PAGES = {
    **dict.fromkeys(("he", "iw", "yi"), "cp1255"), **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr"), "cp1251"), "el": "cp1253",
    **dict.fromkeys(("tr", "az"), "cp1254"), **dict.fromkeys(("pl", "cs", "sk", "hu", "hr", "sl", "ro"), "cp1250"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"), "vi": "cp1258", "th": "cp874",
}
# The "mark of the web" a browser writes at the top of a page it saves; the length in brackets
# counts the address's characters.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d{1,5}\)(https?://[^\s<>\"']{1,2000}?)\s*-->", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Labels that the HTML standard reads as another encoding than Python's codec of that name.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
                   "iso-8859-9": "cp1254", "tis-620": "cp874", "x-user-defined": "cp1252"}


@dataclass(frozen=True)
class Page:
    """An extracted page: its text (paragraphs separated by blank lines) and what it says of
    itself; a field is empty where the page does not say."""

    text: str
    title: str = ""
    author: str = ""
    date: str = ""
    site: str = ""
    url: str = ""
    encoding: str = "utf-8"
    unread: str = ""  # what of the file could not be read and is left out (a PDF's pages), as a clause


def _codec(label: str | None) -> str | None:
    """Python's codec for a declared charset label, or None for a label nobody knows."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        name = codecs.lookup(_WHATWG_ALIASES.get(label, label)).name
    except LookupError:
        return None
    # UTF-8 is tried before any declaration; a page that declares UTF-16 in ASCII bytes is not
    # UTF-16. Either way the declaration tells nothing more, and the detector decides.
    return None if name.startswith("utf") else name


def _believed(data: bytes, encodings: list[str]) -> str | None:
    """Of the encodings a page declares (server first, then its own <meta>), the one that
    reads it most plausibly, or None when none reads it as text (a mislabelled page)."""
    sample = data[:_MISDECLARED_SAMPLE]
    best: tuple[int, int, str] | None = None
    for encoding in encodings:
        unlikely, total = unlikely_characters(sample.decode(encoding, errors="replace"))
        if best is None or unlikely < best[0]:
            best = (unlikely, total, encoding)
    if best is None or (best[1] >= _MISDECLARED_MIN_CHARS and best[0] > _MISDECLARED_SHARE * best[1]):
        return None
    return best[2]


def decode_page(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """A page's text and encoding: a byte-order mark first, then UTF-8, then the charset the
    server declared or the page's own <meta> declaration, whichever reads it as text (the
    server's when both do), then the code page of the page's language, then a detector's
    guess."""
    meta = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    labels = (declared, meta[1].decode("ascii") if meta else None)
    encodings = list(dict.fromkeys(filter(None, map(_codec, labels))))
    believed = _believed(data, encodings)
    if believed is None and (lang := _HTML_LANG.search(data[:_PRESCAN_BYTES])):
        code_page = _LANGUAGE_CODE_PAGES.get(lang[1].decode("ascii").lower())
        believed = _believed(data, [code_page]) if code_page else None
    decoded = decode(data, name=name, declared=believed)
    return decoded.text, decoded.encoding


def _inline(element, skip: frozenset[str] = frozenset({"list"})) -> str:
    """An element's text on one line per <lb/>, whitespace inside each line collapsed."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if child.tag not in skip:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# What a table's cell holds when the table lays a page out rather than tabulating: headings,
# several paragraphs, lists, quotes, another table (an HTML mail is built of nested tables).
_BLOCKS_IN_CELL = frozenset({"p", "head", "list", "quote", "table", "div"})


def _laid_out(table) -> bool:
    """Whether a table (trafilatura's tree) is a page's layout: a cell of it holds a heading,
    or two blocks or more. A table of figures holds a word or a line in each cell (at most one
    paragraph), and is read a row per line."""
    for cell in table.iter("cell"):
        inner = [grand for grand in cell if grand.tag in _BLOCKS_IN_CELL]
        if len(inner) > 1 or any(grand.tag in ("head", "table") for grand in inner):
            return True
    return False


def _blocks(element) -> list[str]:
    """The block texts of trafilatura's output tree: paragraphs, headings, quotes, one list
    or table per block (an item or a row per line)."""
    out: list[str] = []
    for child in element:
        tag = child.tag
        if tag == "list":
            items = (_inline(item) for item in child.iter("item"))
            out.append("\n".join(f"- {text}" for text in items if text))
        elif tag == "table" and _laid_out(child):  # a page (a newsletter) set in a table's cells
            for cell in child.iter("cell"):
                if not any(ancestor.tag == "cell" for ancestor in cell.iterancestors() if ancestor is not child):
                    blocks = any(grand.tag in _BLOCKS_IN_CELL for grand in cell)
                    out.extend(_blocks(cell) if blocks else [_inline(cell)])
        elif tag == "table":
            rows = (" | ".join(filter(None, (_inline(cell) for cell in row.iter("cell"))))
                    for row in child.iter("row"))
            out.append("\n".join(row for row in rows if row))
        elif len(child) and any(grand.tag in ("p", "list", "table", "head", "quote", "div") for grand in child):
            out.extend(_blocks(child))
        else:
            out.append(_inline(child))
    return [block for block in out if block]


@lru_cache(maxsize=1)
def _quiet_extractor_logs() -> None:
    """The extractor logs what it rejects; with no logging set up Python would print those
    records on stderr, under the one line the reader reports instead."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).addHandler(logging.NullHandler())


def _refuse_huge(data: bytes, name: str) -> None:
    if len(data) > MAX_PAGE_BYTES:
        raise UserError(f"{name}: page is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB; not reading it")


def _refuse_short(text: str, name: str, blocks: list[str] | None = None) -> None:
    """UserError for a page with too few words to be an article: with its `blocks`, counting
    those that are not page furniture (a cookie notice, a sign-in prompt, a copyright line)."""
    furniture = False
    if blocks is not None:
        from reader.corpus.kinds import classify

        article = " ".join(b for b, kind in zip(blocks, classify(blocks)) if kind != "boilerplate")
        furniture, text = len(article) < len(text), article
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        found = "no text" if not words else f"only {words} word{'s' if words != 1 else ''} of text"
        found += " beside page furniture such as a cookie notice or sign-in prompt" if furniture else ""
        raise UserError(f"{name}: no article found in the page ({found})")


def text_page(data: bytes, name: str, *, declared_charset: str | None = None) -> Page:
    """A plain text page as an article: its text as the reader reads a .txt file (which finds
    its title, from its first lines: `reader.corpus.loader.text_title`); UserError when it is
    too large or too short to be an article, as for an HTML page."""
    _refuse_huge(data, name)
    text, encoding = decode_page(data, name, declared_charset)
    text = text.strip()
    _refuse_short(text, name)
    return Page(text=text + "\n", encoding=encoding)


def extract_page(data: bytes, name: str, *, declared_charset: str | None = None) -> Page:
    """Extract the article from a page's bytes, or raise UserError (one line) when the page is
    too large, not HTML, or has no article."""
    _refuse_huge(data, name)
    source, encoding = decode_page(data, name, declared_charset)
    # Escape sequences go whole before parsing: the parser drops a bare ESC and would leave the
    # rest of each ("[31m") in the article and its metadata.
    source = sanitize(_XML_DECLARATION.sub("", source, count=1)).text
    import trafilatura
    from trafilatura.utils import load_html

    _quiet_extractor_logs()

    try:
        tree = load_html(source)
        title = ""
        if tree is not None:
            _drop_comments(tree)
            _set_notes(tree)
            title = _document_title(tree)
            for element in [e for e in tree.iter("*") if _double_break(e) or _loose_beside_blocks(e)]:
                _break_paragraphs(element)
            for quote in list(tree.iter("blockquote")):
                _keep_attribution(quote)
            _join_line_divs(tree)
            _frame_loose_body(tree)
            _keep_inline_times(tree)
        document = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, include_formatting=False,
            # Dates from the page's markup only, never guessed from its text; the first
            # publication, not the last edit.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError):  # trafilatura's "not HTML" / lxml's refusals
        document = None
    blocks = _blocks(document.body) if document is not None and document.body is not None else []
    if len(blocks) == 1:  # perhaps the JSON-LD articleBody of a page its scripts would fill in
        blocks = _article_body_paragraphs(source, blocks[0]) or blocks
    text = "\n\n".join(blocks)
    _refuse_short(text, name, blocks)

    def meta(value: str | None) -> str:
        return " ".join(str(value).split()) if value else ""

    site = meta(document.sitename)
    if _HOST_NAME.fullmatch(site):
        site = _publisher(source) or site

    return Page(text=text + "\n", title=title or meta(document.title), author=authors(meta(document.author)),
                date=meta(document.date), site=site, url=meta(document.url) or _saved_from(source),
                encoding=encoding)


# A word processor's comments, as it exports a document to HTML: a marker in the text ("[a]",
# "[A1]") linking to the comment, and the comment itself at the document's end, linking back.
# Google Docs' "Download as HTML" names them "cmnt1"/"cmnt_ref1", Word's "Web Page" "_msocom_1".
# A comment is an editor's talk about the draft, not its text: both go.
_COMMENT_ID = re.compile(r"cmnt\d{1,5}|_msocom_\d{1,5}")


def _drop_comments(tree) -> None:
    """Take a word processor's comments out of its exported document (see _COMMENT_ID): their
    markers in the text and the comments at its end."""
    marked = {}
    for link in tree.iter("a"):
        href = link.get("href") or ""
        if href.startswith("#") and _COMMENT_ID.fullmatch(href[1:]):
            marked[href[1:]] = link
    if not marked:
        return
    for element in list(tree.iter("*")):
        if (element.get("id") or element.get("name")) in marked and element.getparent() is not None:
            holder = element
            # the comment's block: the <div> (Google's) or the element itself (Word's <div id=…>)
            while holder.tag not in ("div", "body") and holder.getparent() is not None:
                holder = holder.getparent()
            _drop(holder if holder.tag == "div" else element)
    for link in marked.values():
        parent = link.getparent()
        if parent is None:
            continue
        _drop(link)
        if parent.tag == "sup" and not "".join(parent.itertext()).strip() and parent.getparent() is not None:
            _drop(parent)


# A note's mark as its reference shows it ("1", "iv", "*", "[2]"): a few characters.
_NOTE_MARK_MAX = 6


def _text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _put_text(element, text: str) -> None:
    """Put `text` where `element` stands, and take `element` out (the text after it stays)."""
    element.tail = text + (element.tail or "")
    _drop(element)


# Links to one reference looked at for the one in its note (a note links back once, or once
# for each time it is cited): a page of thousands of links to one place costs no more.
_BACK_LINKS_LOOKED_AT = 16


def _link_within(links: list, back) -> object | None:
    """The first of `links` that is `back` or inside it, among the first few (see above)."""
    return next((link for link in links[:_BACK_LINKS_LOOKED_AT]
                 if link is back or any(up is back for up in link.iterancestors())), None)


def _set_notes(tree) -> None:
    """Set a page's footnotes and endnotes as the reader reads a document's: each reference in
    the text as its mark in brackets ("frost[1]", not "frost1" with the number run into the
    word), and each note as a paragraph at the end that opens with it ("[1] Nights stayed
    below zero…", which `kinds` takes for apparatus), not run into the text or dropped. A note
    is told by its links, as Word, LibreOffice, Google Docs and Markdown converters write
    them: a link in the text to the note, and a link in the note back to the reference (or to
    the <sup> that holds it)."""
    from lxml import etree

    named: dict[str, object] = {}
    place: dict[object, int] = {}  # each element's place in the page's order
    for n, element in enumerate(tree.iter("*")):
        place[element] = n
        for key in (element.get("id"), element.get("name")):
            if key:
                named.setdefault(key, element)
    pointing: dict[object, list] = {}  # an element, and the links to it, in the page's order
    for link in tree.iter("a"):
        href = link.get("href") or ""
        if href.startswith("#") and (to := named.get(href[1:])) is not None:
            pointing.setdefault(to, []).append(link)
    notes = []
    gone: set = set()  # the notes taken out, and their links
    for ref in list(tree.iter("a")):
        if ref in gone or any(up in gone for up in ref.iterancestors()):
            continue
        href, mark = ref.get("href") or "", _text_of(ref).strip("[]() ")
        back = named.get(href[1:]) if href.startswith("#") else None
        found = [link for to in (ref, ref.getparent()) if back is not None
                 and (link := _link_within(pointing.get(to, ()), back)) is not None]
        target = min(found, key=place.__getitem__) if found else None
        if target is None or not mark or len(mark) > _NOTE_MARK_MAX or place[target] < place[ref]:
            continue  # (a note before its reference is no note: its link is the reference's)
        note = next((up for up in target.iterancestors() if up.tag in ("p", "li")), None)
        if note is None or any(up is note for up in ref.iterancestors()):
            continue
        gone.update((target, note))
        holder = ref.getparent() if ref.getparent().tag == "sup" and _text_of(ref.getparent()) == _text_of(ref) else ref
        _put_text(holder, f"[{mark}]")
        _drop(target)
        notes.append((mark, _text_of(note)))
        _drop(note)
    body = tree.find(".//body")
    for mark, text in notes if body is not None else ():
        if text:
            etree.SubElement(body, "p").text = f"[{mark}] {text}"


# A document a word processor exported as HTML, by the generator it names or (Google Docs',
# which names none) the class of its body.
_WORD_PROCESSOR = re.compile(r"microsoft word|libreoffice|openoffice|google docs|cocoa html writer|abiword",
                             re.IGNORECASE)
# The class a paragraph in the "Title" style has in such an export (Google Docs' and
# LibreOffice's "title", Word's "MsoTitle").
_TITLE_CLASSES = frozenset({"title", "msotitle"})


def _word_processors(tree) -> bool:
    """Whether the page is a word processor's export (see _WORD_PROCESSOR)."""
    generator = next((m.get("content") or "" for m in tree.iter("meta") if (m.get("name") or "").lower() == "generator"),
                     "")
    body = tree.find(".//body")
    return bool(_WORD_PROCESSOR.search(generator)) or (
        body is not None and "doc-content" in (body.get("class") or "").split())


def _document_title(tree) -> str:
    """The title a word processor's export sets as its first paragraph in the "Title" style
    (see _TITLE_CLASSES); "" where it sets none. A page's own <title> is its title, unless the
    page is such an export (its <title> is then a file's name, or none)."""
    head_title = tree.find(".//head/title")
    if head_title is not None and " ".join("".join(head_title.itertext()).split()) and not _word_processors(tree):
        return ""
    body = tree.find(".//body")
    for element in body.iter("p", "h1", "h2") if body is not None else ():
        words = " ".join("".join(element.itertext()).split())
        if words:
            return words if _TITLE_CLASSES & set((element.get("class") or "").lower().split()) else ""
    return ""


def _frame_loose_body(tree) -> None:
    """Set the paragraphs of a page that holds them in its <body> itself, with no article or
    other frame around them, or of a word processor's export (Word sets them in a <div> that
    frames nothing the extractor knows), in an <article>: the extractor, finding no frame,
    would recover the paragraphs alone and drop the document's headings."""
    from lxml import etree

    body = tree.find(".//body")
    if body is None or not (any(child.tag == "p" and "".join(child.itertext()).strip() for child in body)
                            or _word_processors(tree)):
        return
    article = etree.Element("article")
    article.text, body.text = body.text, None
    article.extend(list(body))
    body.append(article)


def _saved_from(source: str) -> str:
    """The address a browser saved the page from, as it marks a page saved to disk
    (`<!-- saved from url=(0036)https://… -->` at its top); "" where it does not."""
    found = _SAVED_FROM.search(source, 0, _PRESCAN_BYTES)
    return found[1] if found else ""


def _keep_attribution(quote) -> None:
    """Set a quote's attribution (its <footer>, or a <cite> after its words) on a line of the
    quote's own, after a <br>: the extractor drops a footer as page furniture and runs a cite
    into the sentence before it ("…for a week.Ivo Marek"), while who said a quote belongs with
    it."""
    from lxml import etree

    for footer in list(quote.iter("footer")):
        words = " ".join("".join(footer.itertext()).split())
        _drop(footer)
        if words:
            paragraphs = list(quote.iter("p"))
            etree.SubElement(paragraphs[-1] if paragraphs else quote, "br").tail = words
    for cite in list(quote.iter("cite")):
        previous = cite.getprevious()
        before = (previous.tail if previous is not None else cite.getparent().text) or ""
        if before.strip() or (previous is not None and previous.tag != "br"):
            cite.addprevious(etree.Element("br"))


def _drop(element) -> None:
    """Take `element` out of the tree, keeping the text after it."""
    parent, tail = element.getparent(), element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _is_break(node) -> bool:
    return node.tag == "br"


def _double_break(element) -> bool:
    """Whether `element` holds two <br> in a row (nothing but whitespace between)."""
    children = list(element)
    return any(_is_break(a) and _is_break(b) and not (a.tail or "").strip() for a, b in zip(children, children[1:]))


# Elements that hold blocks, whose own loose text beside a block is a paragraph of its own.
_CONTAINERS = frozenset({"address", "article", "aside", "blockquote", "body", "center", "details", "div",
                         "fieldset", "figure", "footer", "form", "header", "main", "nav", "section", "td", "th"})


# A container with fewer <div>s than this holds no text written a line per <div>: a line, a
# blank line and another line at least.
_MIN_LINE_DIVS = 3


# ... and the sections of a page, whose text the extractor drops unless it is in a paragraph.
_SECTIONS = frozenset({"article", "main", "section"})


def _loose_beside_blocks(element) -> bool:
    """Whether `element` (a container: a <div>, a <section>) holds text of its own beside a
    block (`<div>Loose text<div>A block</div>more loose text</div>`), or is a section with
    text of its own: the extractor would run the three together ("text.A block.more"), drop
    what follows the block, or drop the section's text."""
    if element.tag not in _CONTAINERS:
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if element.tag not in _SECTIONS and not any(child.tag in BLOCK_TAGS for child in children):
        return False
    return bool((element.text or "").strip()) or any((child.tail or "").strip() for child in children)


def _break_paragraphs(element) -> None:
    """Wrap the loose text and inline markup of `element` in a <p> for each run between two
    <br> in a row or a block of its own (which stays where it is); a <p> so broken becomes
    those paragraphs."""
    from lxml import etree

    children = list(element)
    out: list = []
    text, nodes = element.text, []

    def close() -> None:
        if (text or "").strip() or nodes:
            paragraph = etree.Element("p")
            paragraph.text = text
            paragraph.extend(nodes)
            out.append(paragraph)

    i = 0
    while i < len(children):
        child = children[i]
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            close()
            tail, child.tail = child.tail, None
            out.append(child)
            text, nodes = tail, []
        elif (_is_break(child) and i + 1 < len(children) and _is_break(children[i + 1])
              and not (child.tail or "").strip()):
            close()
            while i + 1 < len(children) and _is_break(children[i + 1]) and not (children[i].tail or "").strip():
                i += 1  # the whole run of breaks goes; the text after its last starts a paragraph
            text, nodes = children[i].tail, []
        else:
            nodes.append(child)
        i += 1
    close()
    parent = element.getparent()
    if element.tag == "p" and parent is not None and out:  # a paragraph of paragraphs: they become siblings
        # put in its place one by one beside it: finding its index, or splicing the parent's list of
        # children, costs the length of that list, for each of a long page's paragraphs
        out[-1].tail, element.tail = element.tail, None
        for paragraph in reversed(out):
            element.addnext(paragraph)
        parent.remove(element)
        return
    element.text = None
    for child in children:
        if child.getparent() is element:  # not the inline markup the new paragraphs took in
            element.remove(child)
    element.extend(out)


def _keep_inline_times(tree) -> None:
    """Keep the words of a <time> that stands in a line of other words ("<time>14 October
    2026</time> · Updated 11:02"): the extractor drops every <time>, which would leave the rest
    of the line ("· Updated 11:02") a stray fragment rather than the dateline it is. The
    element stays, for the date its attributes give the article's metadata; its words go after
    it. A <time> alone in its block goes with it, as before: nothing is left behind."""
    for time in list(tree.iter("time")):
        parent, words = time.getparent(), _text_of(time)
        if parent is None or not words:
            continue
        line = _text_of(parent)
        if line != words:
            time.tail = f"{words}{time.tail or ''}"


def _line_div(node) -> bool:
    """Whether `node` is a <div> holding one line of text (or none): inline markup only, no
    block inside it, as a notes app or a mail program writes each line the person typed."""
    return (node.tag == "div" and not (node.tail or "").strip()
            and not any(isinstance(inner.tag, str) and inner.tag in BLOCK_TAGS for inner in node.iterdescendants()))


def _line_text(div) -> str:
    return " ".join("".join(div.itertext()).split())


def _join_line_divs(tree) -> None:
    """Join a run of one-line <div>s (see _line_div) that blank ones (`<div><br></div>`) part
    into paragraphs, as Apple Notes, Outlook and webmail save a text typed or pasted line by
    line: the lines are read as the lines of a text file are (`segment.paragraph_spans`: a
    blank line ends a paragraph, a block of wrapped lines or of one sentence a line is one, a
    heading's or a list item's line stands alone), and those of one paragraph become one
    <div>, a <br> between them, as a paragraph's lines broken by <br> are one. A run with no
    blank line in it is left as it is: each of its <div>s is then a paragraph of its own."""
    from reader.corpus.segment import paragraph_spans

    for container in [e for e in tree.iter("*") if sum(1 for child in e if child.tag == "div") >= _MIN_LINE_DIVS]:
        run: list = []
        for child in [*container, None]:
            if child is not None and isinstance(child.tag, str) and _line_div(child):
                run.append(child)
                continue
            lines = [_line_text(div) for div in run]
            if "" in lines and sum(1 for line in lines if line) >= 2:
                _join_lines(run, lines, paragraph_spans("\n".join(lines)))
            run = []


def _join_lines(divs: list, lines: list[str], spans: list[tuple[int, int]]) -> None:
    """Move into the first <div> of each of `spans` (offsets into `lines` joined by line
    breaks) the lines of the others, each after a <br>."""
    from lxml import etree

    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    n = 0
    for start, end in spans:
        group = []
        while n < len(divs) and starts[n] < end:
            if starts[n] >= start and lines[n]:
                group.append(divs[n])
            n += 1
        for div in group:  # a line's own closing break (Apple Notes' "line<br>") is no line
            if len(div) and div[-1].tag == "br" and not (div[-1].tail or "").strip():
                _drop(div[-1])
        first = group[0] if group else None
        for div in group[1:]:
            etree.SubElement(first, "br").tail = div.text
            first.extend(list(div))
            div.getparent().remove(div)


def authors(byline: str) -> str:
    """The people a byline names, "; "-separated as the extractor gives them, without their
    job titles and the editors it credits."""
    parts = [_CREDIT.sub("", part.strip(), count=1) for part in byline.split(";")]
    parts = [part for part in parts if part and not _NOT_AUTHORS.match(part)]
    people = [part for part in parts if re.sub(r"\W", "", part.rsplit(None, 1)[-1]).casefold() not in _JOB_NOUNS]
    return "; ".join(people or parts)


def _nodes(value, depth: int = 0):
    """Every JSON object in a JSON-LD value, as deep as a publisher sits."""
    if depth > _JSON_LD_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item, depth + 1)


def _json_ld_blocks(source: str):
    """The JSON objects of each of the page's JSON-LD blocks that parse, a list a block."""
    for block in _JSON_LD.findall(source):
        try:
            yield list(_nodes(json.loads(block)))
        except (ValueError, RecursionError):
            continue


def _article_body_paragraphs(source: str, text: str) -> list[str]:
    """The paragraphs of the page's JSON-LD articleBody, when that is `text` with its line
    breaks: a page whose scripts would lay out its article has no markup for the extractor to
    read, which then gives the articleBody whole, as one paragraph; [] otherwise."""
    words = text.split()
    for nodes in _json_ld_blocks(source):
        for node in nodes:
            body = node.get("articleBody")
            if isinstance(body, str) and "\n" in body.strip() and body.split() == words:
                return [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    return []


def _publisher(source: str) -> str:
    """The name of the publisher the page's JSON-LD names (directly, or by @id), or ""."""
    for nodes in _json_ld_blocks(source):
        named = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
        for node in nodes:
            publisher = node.get("publisher")
            publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
            if isinstance(publisher, dict) and isinstance(publisher.get("@id"), str) and "name" not in publisher:
                publisher = named.get(publisher["@id"], publisher)
            name = " ".join(str(publisher.get("name", "")).split()) if isinstance(publisher, dict) else ""
            if name and not _HOST_NAME.fullmatch(name):
                return name
    return ""


def page_entry(entry: Entry, page: Page) -> Entry:
    """What the page's own metadata says, with `entry` (from corpus.toml) filling the fields
    the page leaves empty: the page is the source, the manifest a fallback for pages that
    carry no byline, date or site name."""
    return replace(entry, title=page.title or entry.title, author=page.author or entry.author,
                   date=page.date or entry.date, outlet=page.site or entry.outlet,
                   url=page.url or entry.url)


def _store_path(digest: str) -> Path:
    from reader.paths import data_dir

    return data_dir() / "pages" / digest[:2] / f"{digest}.json"


# A page's record is its text and metadata, JSON-escaped: a byte of the page is at most 3 bytes of
# UTF-8 (a code page's letter) and each of those at most 2 once escaped; 8 leaves room, and the
# field names and format fit in the constant. A larger file there is no record of that page.
_RECORD_GROWTH = 8
_RECORD_FIELDS_BYTES = 4096


def _stored(path: Path, page_bytes: int) -> Page | bool:
    """The page stored at `path` (the record of a page of `page_bytes`); else whether what is
    there is to be left alone (another format's record, written by another Counterpoint; or no
    record at all: a FIFO, a device, a folder, a file too large) rather than missing or damaged.
    What is no regular file is never opened, so a FIFO there cannot keep the reader waiting."""
    from reader.files import exists, is_regular, read_regular

    if not exists(path):
        return False
    if not is_regular(path):
        return True
    try:
        data = read_regular(path, _RECORD_GROWTH * page_bytes + _RECORD_FIELDS_BYTES, "page record")
    except UserError:  # too large, or replaced meanwhile by what is no file: not ours to replace
        return True
    try:
        stored = json.loads(data.decode("utf-8"))
    except ValueError:
        return False
    names = {f.name for f in fields(Page)}
    if not isinstance(stored, dict):
        return False
    if stored.get("format") != _STORE_FORMAT:
        return isinstance(stored.get("format"), int)
    if set(stored) - {"format"} != names or not all(isinstance(stored[n], str) for n in names):
        return False
    return Page(**{n: stored[n] for n in names})


def load_page(data: bytes, name: str, charset: str | None = None) -> Page:
    """The page in `data` (in the `charset` its container declares, if any), extracted on first
    sight and read back from the store after.

    A store that cannot be written (read-only data directory) costs speed, not correctness:
    the page is then extracted again next time. So does a record in another format (written
    by a newer Counterpoint): it is left as it is, since what that reader's bookmarks point
    into is its text; a damaged record of this format is replaced.
    """
    digest = hashlib.sha256(data + (charset or "").encode("ascii", "replace")).hexdigest()
    path = _store_path(digest)
    stored = _stored(path, len(data))
    if isinstance(stored, Page):
        return stored
    page = extract_page(data, name, declared_charset=charset)
    if not stored:  # nothing there, or a damaged record of this format
        from reader.files import write_atomic

        try:
            write_atomic(path, json.dumps({"format": _STORE_FORMAT, **asdict(page)}, ensure_ascii=False), make_parents=True)
        except OSError:
            pass
    return page
