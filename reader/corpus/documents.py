"""Word processors' documents as articles: the paragraphs and headings of a .docx or an .odt,
and those of an EPUB book's chapters (a long article saved as one), in reading order.

Both are zip archives of XML: Word's text is in `word/document.xml` (its styles' names in
`word/styles.xml`, its footnotes and endnotes in `word/footnotes.xml` and `word/endnotes.xml`),
an OpenDocument text's in `content.xml`. They are read with the standard library's zip reader and lxml's XML parser
(as `reader.corpus.xmlparse` sets it), no part read past what an article can hold. What is
read: the paragraphs in order, which of them are headings (a "Heading N" style or an outline
level) and which the title (the "Title" style), a table a row per line, a list an item per
line, and the footnotes and endnotes, each marker in the text as "[1]" and each note at the end as "[1] …"
(where the reader takes them for apparatus). What is not: comments, text a tracked change
deleted, text boxes and pictures.

The text made this way is the article's text: every offset points into it, as into a web
page's extracted text.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from reader.corpus.xmlparse import DUBLIN_CORE, parse_xml
from reader.errors import UserError

_ZIP_MAGIC = b"PK\x03\x04"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_ODT_TYPE = b"application/vnd.oasis.opendocument.text"
_EPUB_TYPE = b"application/epub+zip"  # an EPUB's first part, "mimetype", says so
_KINDS = {"docx": "a Word document", "odt": "an OpenDocument text", "epub": "an EPUB book"}
# A style that makes a paragraph a heading ("heading 1", "Heading 2") or the title, by the name
# Word and LibreOffice give it in any language's edition (the name is English; its id may not be).
_HEADING_STYLE = re.compile(r"heading", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"title", re.IGNORECASE)
TITLE_MAX = 300


@dataclass
class Document:
    """A document's text (its blocks separated by blank lines), the spans of its headings in
    that text, and its title ("" when it sets none)."""

    text: str = ""
    headings: list[tuple[int, int]] = field(default_factory=list)
    title: str = ""


class _Writer:
    """Builds a Document block by block."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.doc = Document()
        self.length = 0
        self.list_items: list[str] = []

    def add(self, text: str, *, heading: bool = False, title: bool = False, item: bool = False) -> None:
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
        if not text:
            return
        if item:
            self.list_items.append(f"- {text}")
            return
        self.close_list()
        self._block(text, heading or title)
        if title and not self.doc.title:
            self.doc.title = " ".join(text.split())[:TITLE_MAX]

    def close_list(self) -> None:
        if self.list_items:
            items, self.list_items = self.list_items, []
            self._block("\n".join(items), False)

    def _block(self, text: str, heading: bool) -> None:
        start = self.length + (2 if self.blocks else 0)
        self.blocks.append(text)
        self.length = start + len(text)
        if heading:
            self.doc.headings.append((start, self.length))

    def done(self) -> Document:
        self.close_list()
        self.doc.text = "\n\n".join(self.blocks) + ("\n" if self.blocks else "")
        return self.doc


def document_kind(data: bytes) -> str | None:
    """"docx", "odt" or "epub" for a Word or OpenDocument text's or an EPUB book's bytes; else None."""
    if not data.startswith(_ZIP_MAGIC):
        return None
    head = data[:4096]
    if _ODT_TYPE in head and b"application/vnd.oasis.opendocument.text-" not in head:
        return "odt"
    if _EPUB_TYPE in head:
        return "epub"
    if b"word/" in head or b"[Content_Types].xml" in head:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else None
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
    return None


def zip_part(archive: zipfile.ZipFile, name: str, what: str, limit: int) -> bytes | None:
    """One part of the archive (None when it has none of that name), read no further than
    `limit` bytes unpacked (UserError, naming `what`, past that)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise unpacks_past(f"{what}: its text", limit)
    with archive.open(info) as part:
        data = part.read(limit + 1)
    if len(data) > limit:
        raise unpacks_past(f"{what}: its text", limit)
    return data


def unpacks_past(what: str, limit: int) -> UserError:
    """The refusal of `what` (a file, or a part of one) unpacking to more than `limit` bytes."""
    return UserError(f"{what} unpacks to more than {limit // (1024 * 1024)} MB; refused")


def _xml(data: bytes, what: str):
    return parse_xml(data, f"{what}: a damaged document")


def read_document(data: bytes, name: str, kind: str, limit: int) -> Document:
    """The paragraphs and headings of a .docx (`kind` "docx"), .odt ("odt") or .epub ("epub");
    UserError for a damaged one, or one whose text unpacks to more than `limit` bytes."""
    what = f"{name}: {_KINDS[kind]}"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            doc = {"docx": _docx, "odt": _odt, "epub": _epub}[kind](archive, what, limit)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError):
        # a damaged archive or compressed stream, an encrypted part, a compression the zip reader lacks
        raise UserError(f"{what}, damaged or encrypted; save it as plain text (.txt)") from None
    if not doc.text.strip():
        raise UserError(f"{what} with no text in it")
    return doc


# --- Word (.docx) ---------------------------------------------------------------------------

def _docx(archive: zipfile.ZipFile, what: str, limit: int) -> Document:
    body_xml = zip_part(archive, "word/document.xml", what, limit)
    if body_xml is None:
        raise UserError(f"{what} with no text in it (no word/document.xml)")
    root = _xml(body_xml, what)
    styles = _docx_styles(archive, what, limit)
    notes = _docx_footnotes(archive, what, limit)
    writer = _Writer()
    cited: list[str] = []
    body = root.find(f"{_W}body")
    for block in _docx_blocks(body if body is not None else root):
        if block.tag == f"{_W}tbl":
            writer.add("\n".join(_docx_row(row, notes, cited) for row in block.iter(f"{_W}tr")))
            continue
        style = styles.get(_docx_style_id(block), "")
        text = _docx_text(block, notes, cited)
        writer.add(text, heading=bool(_HEADING_STYLE.match(style)) or _outline_level(block),
                   title=bool(_TITLE_STYLE.fullmatch(style)), item=block.find(f"{_W}pPr/{_W}numPr") is not None)
    return _finished(writer, [notes.get(marker, "") for marker in cited], archive, "docProps/core.xml", what, limit)


def _finished(writer: _Writer, notes: list[str], archive: zipfile.ZipFile, meta: str, what: str,
              limit: int) -> Document:
    """The document `writer` holds, its `notes` after its text ("[1] …", as their markers in
    the text number them) and, where no paragraph is styled its title, the title its
    properties (`meta`, a part of the archive) give."""
    for number, note in enumerate(notes, 1):
        writer.add(f"[{number}] {note}")
    doc = writer.done()
    if not doc.title:
        doc.title = _core_title(archive, meta, what, limit)
    return doc


def _docx_blocks(parent):
    """The paragraphs and tables of a body, in order, content controls opened."""
    for child in parent:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt" and (inner := child.find(f"{_W}sdtContent")) is not None:
            yield from _docx_blocks(inner)
        elif child.tag in (f"{_W}customXml", f"{_W}ins"):
            yield from _docx_blocks(child)


def _docx_style_id(paragraph) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val", "") if style is not None else ""


def _outline_level(paragraph) -> bool:
    level = paragraph.find(f"{_W}pPr/{_W}outlineLvl")
    return level is not None and level.get(f"{_W}val", "9") not in ("9", "")


def _docx_styles(archive: zipfile.ZipFile, what: str, limit: int) -> dict[str, str]:
    """Each paragraph style's id and its name ("Heading1": "heading 1"; a style with an
    outline level is named a heading)."""
    data = zip_part(archive, "word/styles.xml", what, limit)
    if data is None:
        return {}
    names: dict[str, str] = {}
    for style in _xml(data, what).iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId", "")
        name = style.find(f"{_W}name")
        names[sid] = name.get(f"{_W}val", sid) if name is not None else sid
        if _outline_level(style) and not _TITLE_STYLE.fullmatch(names[sid]):
            names[sid] = "heading"
    return names


# Word keeps footnotes and endnotes in parts of their own, each numbering its notes from 1: a
# note is known by its kind and its number ("endnote:1"), as its reference in the text names it.
_NOTE_PARTS = (("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml"))


def _docx_footnotes(archive: zipfile.ZipFile, what: str, limit: int) -> dict[str, str]:
    """The text of each footnote and endnote, by its kind and number (see _NOTE_PARTS)."""
    notes = {}
    for kind, part in _NOTE_PARTS:
        data = zip_part(archive, part, what, limit)
        for note in _xml(data, what).iter(f"{_W}{kind}") if data is not None else ():
            if note.get(f"{_W}type") in (None, "normal"):
                text = " ".join(_docx_text(p, {}, []) for p in note.iter(f"{_W}p"))
                notes[f"{kind}:{note.get(f'{_W}id', '')}"] = " ".join(text.split())
    return notes


# Parts of a paragraph whose text is not the document's: a deletion tracked, the field code
# under a field's result, a drawing's text box (and its fallback copy).
_DOCX_SKIPPED = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}txbxContent", f"{_W}drawing",
                           f"{_W}pict", "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"})


def _docx_text(paragraph, notes: dict[str, str], cited: list[str]) -> str:
    """A paragraph's text: its runs' text, tabs and line breaks, a footnote's marker as "[n]"."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if tag in _DOCX_SKIPPED:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference") and notes:
                kind = "footnote" if tag == f"{_W}footnoteReference" else "endnote"
                cited.append(f"{kind}:{child.get(f'{_W}id', '')}")
                parts.append(f"[{len(cited)}]")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _docx_row(row, notes: dict[str, str], cited: list[str]) -> str:
    cells = (" ".join(" ".join(_docx_text(p, notes, cited).split()) for p in cell.iter(f"{_W}p"))
             for cell in row.iter(f"{_W}tc"))
    return " | ".join(cell for cell in cells if cell)


def _core_title(archive: zipfile.ZipFile, part: str, what: str, limit: int) -> str:
    data = zip_part(archive, part, what, limit)
    if data is None:
        return ""
    title = _xml(data, what).find(f".//{DUBLIN_CORE}title")
    return " ".join((title.text or "").split())[:TITLE_MAX] if title is not None else ""


# --- OpenDocument text (.odt) ---------------------------------------------------------------

def _odt(archive: zipfile.ZipFile, what: str, limit: int) -> Document:
    content = zip_part(archive, "content.xml", what, limit)
    if content is None:
        raise UserError(f"{what} with no text in it (no content.xml)")
    root = _xml(content, what)
    parents = {}  # an automatic style's name and the named style it is made from
    for styles in (root, _xml(data, what) if (data := zip_part(archive, "styles.xml", what, limit)) else None):
        for style in styles.iter(f"{_STYLE}style") if styles is not None else ():
            parents[style.get(f"{_STYLE}name", "")] = style.get(f"{_STYLE}parent-style-name", "")
    writer = _Writer()
    notes: list[str] = []
    text = root.find(f"{_OFFICE}body/{_OFFICE}text")
    _odt_blocks(text if text is not None else root, writer, notes, parents)
    return _finished(writer, notes, archive, "meta.xml", what, limit)


def _odt_style(name: str, parents: dict[str, str]) -> str:
    """The named style an automatic one ("P3") is made from, or the name itself."""
    seen = 0
    while name in parents and parents[name] and seen < 10:
        name, seen = parents[name], seen + 1
    return name.replace("_20_", " ")


def _odt_blocks(parent, writer: _Writer, notes: list[str], parents: dict[str, str], item: bool = False) -> None:
    for child in parent:
        tag = child.tag
        if tag == f"{_TEXT}h":
            writer.add(_odt_text(child, notes), heading=True)
        elif tag == f"{_TEXT}p":
            style = _odt_style(child.get(f"{_TEXT}style-name", ""), parents)
            writer.add(_odt_text(child, notes), title=bool(_TITLE_STYLE.fullmatch(style)),
                       heading=bool(_HEADING_STYLE.match(style)), item=item)
        elif tag == f"{_TEXT}list":
            for entry in child.iter(f"{_TEXT}list-item"):
                _odt_blocks(entry, writer, notes, parents, item=True)
        elif tag == f"{_TABLE}table":
            writer.add("\n".join(_odt_row(row, notes) for row in child.iter(f"{_TABLE}table-row")))
        elif tag in (f"{_TEXT}section", f"{_TEXT}index-body", f"{_TABLE}table-header-rows"):
            _odt_blocks(child, writer, notes, parents, item)


# Comments, and a drawing's frame (a picture, a text box beside the text).
_ODT_SKIPPED = frozenset({f"{_OFFICE}annotation", f"{_OFFICE}annotation-end",
                          "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame"})


def _odt_text(paragraph, notes: list[str]) -> str:
    """A paragraph's text: its spans and links, spaces (<text:s c="3"/>), tabs and line
    breaks, a footnote's marker as "[n]"; comments and deletions left out."""
    parts: list[str] = [paragraph.text or ""]

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if tag == f"{_TEXT}s":
                count = child.get(f"{_TEXT}c", "1")
                parts.append(" " * (min(int(count), 100) if count.isdecimal() and len(count) < 4 else 1))
            elif tag == f"{_TEXT}tab":
                parts.append("\t")
            elif tag == f"{_TEXT}line-break":
                parts.append("\n")
            elif tag == f"{_TEXT}note":
                body = child.find(f"{_TEXT}note-body")
                notes.append(" ".join(" ".join(_odt_text(p, []) for p in body.iter(f"{_TEXT}p")).split())
                             if body is not None else "")
                parts.append(f"[{len(notes)}]")
            elif tag not in _ODT_SKIPPED:
                parts.append(child.text or "")
                walk(child)
            parts.append(child.tail or "")

    walk(paragraph)
    return "".join(parts)


def _odt_row(row, notes: list[str]) -> str:
    cells = (" ".join(" ".join(_odt_text(p, notes).split()) for p in cell.iter(f"{_TEXT}p"))
             for cell in row.iter(f"{_TABLE}table-cell"))
    return " | ".join(cell for cell in cells if cell)


# --- EPUB (.epub) ---------------------------------------------------------------------------
# A book, or a long article saved as one (by a read-later service, a browser's "save as
# e-book", Calibre): a zip of XHTML chapters, which its package document (.opf, named by
# META-INF/container.xml) lists in reading order (its spine). Each chapter's headings and
# blocks are read in that order; the title is the package's.

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_CHAPTER_TYPES = ("application/xhtml+xml", "text/html")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that hold a paragraph's text: the innermost of them is one block. A table is read a
# row per line, a list an item per line.
_EPUB_BLOCKS = frozenset({"p", "div", "blockquote", "pre", "dt", "dd", "figcaption", "caption", "section",
                          "article", "aside", "header", "footer", "li", "tr", "td", "th", "table", "ul", "ol",
                          "dl", "figure", "body", "main", "nav"} | _HEADINGS)
_EPUB_SKIPPED = frozenset({"script", "style", "head", "nav"})  # no text of the chapter's


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _epub(archive: zipfile.ZipFile, what: str, limit: int) -> Document:
    import posixpath
    from urllib.parse import unquote

    container = zip_part(archive, "META-INF/container.xml", what, limit)
    rootfile = _xml(container, what).find(f".//{_CONTAINER}rootfile") if container is not None else None
    opf_name = rootfile.get("full-path", "") if rootfile is not None else ""
    opf = zip_part(archive, opf_name, what, limit) if opf_name else None
    if opf is None:
        raise UserError(f"{what} with no contents list (META-INF/container.xml and its package document)")
    package = _xml(opf, what)
    folder = posixpath.dirname(opf_name)
    chapters = {item.get("id"): posixpath.normpath(posixpath.join(folder, unquote(item.get("href", ""))))
                for item in package.iter(f"{_OPF}item")
                if item.get("media-type") in _CHAPTER_TYPES and "nav" not in (item.get("properties") or "").split()}
    locked = _encrypted(archive, what, limit)
    writer = _Writer()
    left = limit  # all chapters together unpack no further than an article may be
    read: set[str] = set()  # a chapter the spine names again is read once (in its first place)
    for ref in package.iter(f"{_OPF}itemref"):
        chapter = chapters.get(ref.get("idref"))
        if chapter in locked:
            raise UserError(f"{what} whose text is encrypted (DRM); copy the article's text into a .txt file")
        if chapter in read:
            continue
        read.add(chapter)
        data = zip_part(archive, chapter, what, limit) if chapter else None
        if data is None:
            continue
        left -= len(data)
        if left < 0:
            raise UserError(f"{what}: its text unpacks to more than {limit // (1024 * 1024)} MB; refused")
        body = next((e for e in _xml(data, what).iter() if _local(e) == "body"), None)
        if body is not None:
            _epub_blocks(body, writer)
    doc = writer.done()
    title = package.find(f".//{DUBLIN_CORE}title")
    doc.title = " ".join((title.text or "").split())[:TITLE_MAX] if title is not None else ""
    return doc


def _encrypted(archive: zipfile.ZipFile, what: str, limit: int) -> set[str]:
    """The parts of an EPUB its META-INF/encryption.xml says are encrypted (a shop's DRM, or
    fonts obfuscated as the standard allows)."""
    data = zip_part(archive, "META-INF/encryption.xml", what, limit)
    if data is None:
        return set()
    return {ref.get("URI", "") for ref in _xml(data, what).iter() if _local(ref) == "cipherreference"}


def _epub_blocks(element, writer: _Writer) -> None:
    """The blocks of a chapter's `element`: an innermost block's text (a <br> a line break),
    a heading as a heading; loose text beside blocks in a container, a block of its own."""
    if not any(_local(inner) in _EPUB_BLOCKS for inner in element.iterdescendants()):
        writer.add(_epub_text(element), heading=_local(element) in _HEADINGS)
        return
    loose = [element.text or ""]
    for child in element:
        name = _local(child)
        if name in _EPUB_SKIPPED:
            pass
        elif name in _EPUB_BLOCKS:
            writer.add("".join(loose))
            loose = []
            _epub_blocks(child, writer)
        else:
            loose.append(_epub_text(child))
        loose.append(child.tail or "")
    writer.add("".join(loose))


def _epub_text(element) -> str:
    """An inline element's text, a <br> a line break, scripts and styles left out."""
    parts: list[str] = [element.text or ""] if _local(element) not in _EPUB_SKIPPED else []

    def walk(node) -> None:
        for child in node:
            name = _local(child)
            if name == "br":
                parts.append("\n")
            elif name not in _EPUB_SKIPPED:
                parts.append(child.text or "")
                walk(child)
            parts.append(child.tail or "")

    if parts:
        walk(element)
    return "".join(parts)


# --- RTF (.rtf) -----------------------------------------------------------------------------

def read_rtf(data: bytes, name: str) -> Document:
    """The paragraphs of an RTF document (`reader.corpus.rtf`); UserError for one with none."""
    from reader.corpus.rtf import rtf_paragraphs

    writer = _Writer()
    for paragraph in rtf_paragraphs(data):
        writer.add(paragraph)
    doc = writer.done()
    if not doc.text.strip():
        raise UserError(f"{name}: an RTF document with no text in it")
    return doc
