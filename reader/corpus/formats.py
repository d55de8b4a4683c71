"""What a saved article file holds, told by its first bytes rather than its name.

People hand the reader whatever their browser or word processor saved: a page saved as one
file (.mhtml, a MIME message around the page's HTML), a page fetched with `curl` and left
gzip-compressed under an .html name, a PDF or a Word document. The pages are read (the HTML
inside them), and so are Word's and OpenDocument's texts, EPUB books and RTF documents (.docx,
.odt, .epub, .rtf: `reader.corpus.documents`) and PDFs' text (`reader.corpus.pdf`); the other
documents, which hold no text a reader can take without their own software, are refused with
one line that names the format and how to get its text out.
"""

from __future__ import annotations

import email.header
import email.message
import email.parser
import email.policy
import email.utils
import io
import plistlib
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from reader.corpus.documents import Document, document_kind, read_document, read_rtf, unpacks_past, zip_part
from reader.corpus.exports import is_feed, read_feed, read_json
from reader.corpus.html import MAX_PAGE_BYTES
from reader.corpus.pdf import PdfText, is_pdf, read_pdf
from reader.errors import UserError

GZIP_SUFFIX = ".gz"
JSON_SUFFIX = ".json"  # an article exported as JSON (`reader.corpus.exports`)
MHTML_SUFFIXES = (".mhtml", ".mht")
_GZIP_MAGIC = b"\x1f\x8b"
# A single-file page opens with its MIME headers ("From: <Saved by Blink>", "MIME-Version: 1.0",
# "Content-Type: multipart/related; ..."): the type is declared within its first lines.
_MHTML_HEAD = 4096
_MHTML_TYPE = re.compile(rb"^content-type:\s*multipart/related\b", re.IGNORECASE | re.MULTILINE)
# The address a single-file page was saved from, as its headers give it: a web address with no
# space, quote, angle bracket or control character in it (an escape sequence is no address).
_ADDRESS = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f<>\"']{1,2000}", re.IGNORECASE)
HTML_TYPES = ("text/html", "application/xhtml+xml")  # the media types of a web page

# Formats with no article text a reader can take as it is, by their signature: what the file
# is, and what to do instead. A zip is told apart by the names inside it.
_SAVE_AS_TEXT = "save it as plain text (.txt), or copy its text into a .txt file"
_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 document (or another Office file)", _SAVE_AS_TEXT),
    (b"bplist00", "a Safari web archive", "save the page as \"Page Source\" (.html) instead"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "an article is read from its text"),
    (b"\xff\xd8\xff", "a JPEG image", "an article is read from its text"),
    (b"GIF8", "a GIF image", "an article is read from its text"),
)
# Files of those formats by name, for telling a person why a folder of them holds no article.
DOCUMENT_SUFFIXES = (".doc", ".pages")
# ... and by the media type a server declares for them.
DOCUMENT_TYPES = frozenset({
    "application/msword", "application/rtf", "application/epub+zip",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text"})
_ZIP_MAGIC = b"PK\x03\x04"
_RTF_MAGIC = b"{\\rtf"  # an RTF document (TextEdit's, WordPad's): its text is read (`reader.corpus.rtf`)
# An Office or EPUB file names its parts (or its media type) in the archive's first entries.
_ZIP_HEAD = 4096
_ZIPPED = (
    (b"word/", "a Word document (.docx)", _SAVE_AS_TEXT),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file (.odt)", _SAVE_AS_TEXT),
)


@dataclass(frozen=True)
class Unpacked:
    """A file's content once unpacked: its bytes, whether they are a web page, and the charset
    its container declares for them and the address it was saved from (an .mhtml part's), and
    the headers of a mail message it was the body of."""

    data: bytes
    page: bool
    charset: str | None = None
    url: str = ""
    headers: tuple[tuple[str, str], ...] = ()  # a mail's Subject, From and Date, decoded
    document: Document | None = None  # a word processor's document, read (`data` is then empty)
    pdf: PdfText | None = None  # a PDF's metadata (`data` is then its text, in UTF-8)


def refuse_documents(data: bytes, name: str) -> None:
    """UserError, naming the format, for a file that is a document or image, not text."""
    for magic, what, instead in _SIGNATURES:
        if data.startswith(magic):
            raise UserError(f"{name}: {what}, not a text article or web page; {instead}")
    if data.startswith(_ZIP_MAGIC):
        head = data[:_ZIP_HEAD]
        what, instead = next(((what, instead) for marker, what, instead in _ZIPPED if marker in head),
                             ("a zip archive", "unpack it and open the article inside"))
        raise UserError(f"{name}: {what}, not a text article or web page; {instead}")


# A page downloaded zipped with its pictures, as Google Docs gives "Web page (.html, zipped)":
# one HTML file, the rest images (its images/ folder) and stylesheets. Its page is read; a zip
# holding more (several pages, other files) is refused as any archive is.
_PAGE_BESIDES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".css")
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_MAC_FORKS = "__MACOSX/"  # the resource forks a Mac's zip keeps beside each file: no file of the page


def zipped_page(data: bytes, name: str, limit: int) -> bytes | None:
    """The HTML of a page zipped with its pictures (see _PAGE_BESIDES), at most `limit` bytes
    of it, and no more than a page may be (UserError past that); None for a zip that is not one, or cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            files = [info.filename for info in archive.infolist()
                     if not info.is_dir() and not info.filename.startswith(_MAC_FORKS)]
            pages = [file for file in files if file.lower().endswith(_PAGE_SUFFIXES)]
            if len(pages) != 1 or not all(file.lower().endswith(_PAGE_BESIDES) for file in files if file != pages[0]):
                return None
            return zip_part(archive, pages[0], f"{name}: a zipped web page", min(limit, MAX_PAGE_BYTES))
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError):
        return None  # damaged or encrypted: refused as an archive


# A page Safari saved as a Web Archive (its default): a binary property list whose main
# resource holds the page's HTML, its charset and address, beside the pictures it shows.
WEB_ARCHIVE_SUFFIX = ".webarchive"
_PLIST_MAGIC = b"bplist00"


def web_archive_page(data: bytes) -> Unpacked | None:
    """The page a Safari web archive holds, with its charset and address; None for a property
    list that is not one, or cannot be read (refused then as a web archive, by its signature)."""
    try:
        archive = plistlib.loads(data, fmt=plistlib.FMT_BINARY)
    except Exception:  # a damaged list fails in many ways (struct, index, type, recursion)
        return None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    html = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(html, bytes) or main.get("WebResourceMIMEType") not in HTML_TYPES:
        return None
    charset, url = main.get("WebResourceTextEncodingName"), main.get("WebResourceURL")
    url = "".join(url.split()) if isinstance(url, str) else ""
    return Unpacked(html, True, charset if isinstance(charset, str) else None, url if _ADDRESS.fullmatch(url) else "")


def gunzip(data: bytes, name: str, limit: int) -> bytes:
    """The bytes a gzip file packs (at most `limit` of them, so a small bomb stops there)."""
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = unpacker.decompress(data, limit + 1)
    except zlib.error:
        raise UserError(f"{name}: a damaged gzip file") from None
    if len(out) > limit or unpacker.unconsumed_tail:
        raise unpacks_past(f"{name}:", limit)
    if not unpacker.eof:
        raise UserError(f"{name}: a gzip file cut short")
    return out


def is_mhtml(data: bytes) -> bool:
    """Whether `data` is a page saved as a single file (a MIME message of related parts)."""
    head = data[:_MHTML_HEAD]
    return _MHTML_TYPE.search(head) is not None and not head.lstrip().startswith(b"<")


def _header(message: email.message.Message, name: str) -> str:
    """A header's value as text ("" where there is none): a value with bytes that are not ASCII
    comes as a Header object, and a parameter in RFC 2231's form as a tuple."""
    value = message.get(name)
    return "" if value is None else str(value)


def mhtml_page(data: bytes, name: str) -> Unpacked:
    """The saved page inside a single-file page: the HTML part the message says it is about
    (by Content-Location or Content-ID), else its first HTML part, with its charset and
    address."""
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    if not message.is_multipart():
        raise UserError(f"{name}: not a readable single-file web page (no parts)")
    parts = [part for part in message.walk() if part.get_content_type() in HTML_TYPES]
    if not parts:
        raise UserError(f"{name}: a single-file web page with no HTML page inside")
    start = email.utils.collapse_rfc2231_value(message.get_param("start") or "").strip("<>")
    location = _header(message, "Snapshot-Content-Location")
    chosen = next((p for p in parts if location and _header(p, "Content-Location") == location
                   or start and _header(p, "Content-ID").strip("<>") == start), parts[0])
    payload = chosen.get_payload(decode=True)
    url = "".join((location or _header(chosen, "Content-Location")).split())  # a folded header unfolded
    return Unpacked(payload if isinstance(payload, bytes) else b"", True, chosen.get_content_charset(),
                    url if _ADDRESS.fullmatch(url) else "")


# A mail message as a mail program saves it (.eml): header lines (a name, a colon, a value, or
# a folded continuation) up to the first blank line, among them who sent it and one of the
# headers only a message in transit or a MIME body has. A text that merely opens with "From:"
# and "Subject:" lines (a mail copied as text) lacks those and is read as text, header and all.
# A page saved as one file has MIME headers too, but says so ("From: <Saved by Blink>", a
# "Snapshot-Content-Location:"): that is a page (`mhtml_page`), not a message.
_MAIL_HEAD = 16384
_MAIL_HEADER_LINE = re.compile(rb"[!-9;-~]{1,76}:|[ \t]")
_MAIL_MARKS = re.compile(rb"^(?:mime-version|content-type|content-transfer-encoding|message-id|received|return-path)"
                         rb"[ \t]*:", re.IGNORECASE | re.MULTILINE)
_MAIL_SENDER = re.compile(rb"^from[ \t]*:", re.IGNORECASE | re.MULTILINE)
_SAVED_PAGE = re.compile(rb"^(?:from[ \t]*:[ \t]*<saved by |snapshot-content-location[ \t]*:)", re.IGNORECASE | re.MULTILINE)
_MAIL_FIELDS = ("Subject", "From", "Date")  # what a message tells of itself: title, author, date


def is_mail(data: bytes) -> bool:
    """Whether `data` is a mail message with MIME or transport headers (see _MAIL_MARKS)."""
    head = data[:_MAIL_HEAD]
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None or not head[:1].isalpha():
        return False
    block = head[:end.start()]
    return (all(_MAIL_HEADER_LINE.match(line) for line in block.split(b"\n"))
            and _MAIL_SENDER.search(block) is not None and _MAIL_MARKS.search(block) is not None
            and _SAVED_PAGE.search(block) is None)


def _decoded_header(message: email.message.Message, name: str) -> str:
    """A header's text, its encoded words ("=?utf-8?q?…?=") decoded and its folds unfolded."""
    value = _header(message, name)
    try:
        value = str(email.header.make_header(email.header.decode_header(value)))
    except (LookupError, ValueError, UnicodeError):  # an unknown charset or a damaged encoded word
        pass
    return " ".join(value.split())


def _is_body(part: email.message.Message, types: tuple[str, ...]) -> bool:
    """Whether `part` is the message's own text of one of `types`, not a file attached to it."""
    return part.get_content_type() in types and part.get_content_disposition() != "attachment"


def mail_body(data: bytes, name: str) -> Unpacked:
    """The text of a mail message: its plain-text part (what a mail program shows when told to
    show plain text), else its HTML part read as a page, with the part's charset, its transfer
    encoding (quoted-printable, base64) undone, and the message's Subject, From and Date."""
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    headers = tuple((field, text) for field in _MAIL_FIELDS if (text := _decoded_header(message, field)))
    parts = list(message.walk())
    chosen = next((p for p in parts if _is_body(p, ("text/plain",))), None) \
        or next((p for p in parts if _is_body(p, HTML_TYPES)), None)
    if chosen is None:
        raise UserError(f"{name}: a mail message with no text to read (only attachments)")
    payload = chosen.get_payload(decode=True)
    return Unpacked(payload if isinstance(payload, bytes) else b"", chosen.get_content_type() in HTML_TYPES,
                    chosen.get_content_charset(), headers=headers)


def unpack(data: bytes, name: str, limit: int, *, page: bool) -> Unpacked:
    """What an article file holds: gzip unpacked, the page of a single-file page, the text of a
    mail message, a Word or OpenDocument text's paragraphs, a PDF's text and a feed's item or a
    JSON export's article taken out, other documents refused (UserError). `page`: whether the file's name
    says it is a web page."""
    if data.startswith(_GZIP_MAGIC):
        data = gunzip(data, name, limit)
    if (kind := document_kind(data)) is not None:
        return Unpacked(b"", False, document=read_document(data, name, kind, limit))
    if data.startswith(_ZIP_MAGIC) and (zipped := zipped_page(data, name, limit)) is not None:
        return Unpacked(zipped, True)
    if data.startswith(_PLIST_MAGIC) and (saved := web_archive_page(data)) is not None:
        return saved
    if data.startswith(_RTF_MAGIC):
        return Unpacked(b"", False, document=read_rtf(data, name))
    if is_pdf(data):  # its text, read as text copied out of a PDF is
        pdf = read_pdf(data, name, limit)
        return Unpacked(pdf.text.encode("utf-8"), False, "utf-8", pdf=pdf)
    refuse_documents(data, name)
    if not page and (is_feed(data) or inner_suffix(name) == JSON_SUFFIX):  # a feed's item, an export
        export = read_feed(data, name) if is_feed(data) else read_json(data, name)
        return Unpacked(export.data, export.page, "utf-8", export.url, export.headers)
    if is_mail(data):  # before pages: a message of HTML with its images is multipart/related too
        return mail_body(data, name)
    if is_mhtml(data):
        return mhtml_page(data, name)
    return Unpacked(data, page)


def _unpacked_name(name: str) -> str:
    """A file name without its ".gz": the name of what it packs."""
    return name[: -len(GZIP_SUFFIX)] if name.lower().endswith(GZIP_SUFFIX) else name


def inner_suffix(name: str) -> str:
    """A file name's suffix, lower case, under a ".gz" ("page.html.gz": ".html")."""
    lower = _unpacked_name(name).lower()
    dot = lower.rfind(".")
    return lower[dot:] if dot > 0 and "/" not in lower[dot:] else ""


def inner_stem(path: Path) -> str:
    """A file's stem under a ".gz" ("Dam report.html.gz": "Dam report")."""
    return Path(_unpacked_name(path.name)).stem
