"""Add articles to a corpus folder: a web page's extracted text as `<slug>.txt`, a text file
the reader reads (.txt, .md, .eml, ...) copied as it is, each with its entry in `corpus.toml`.

The folder stays what a person could have written by hand: plain text files beside a
`corpus.toml` whose comments and layout survive (tomlkit edits it in place). Each page is added
whole or not at all: the text and the manifest are each replaced in one rename, and when the
manifest cannot be written the text file is put back as it was. A `corpus.toml` that does not
parse, or that the reader would refuse, is never rewritten.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from reader.files import ARTICLE_MAX_BYTES, DATA_TOML_MAX_BYTES, NAME_MAX, file_lock, read_regular, write_atomic
from reader.corpus.formats import Unpacked, inner_stem, inner_suffix, unpack
from reader.corpus.html import MAX_PAGE_BYTES, Page, extract_page, text_page
from reader.corpus.loader import (ARTICLE_SUFFIXES, PDF_SUFFIX, TEXT_SUFFIXES, WORD_SUFFIXES, load_article,
                                 text_date, text_title)
from reader.corpus.manifest import MANIFEST_NAME, read_manifest
from reader.corpus.model import Article
from reader.corpus.sanitize import file_name_shown, one_line, sanitize
from reader.errors import UserError
from reader.paths import user_path
from reader.tomlread import read_toml_text
from reader.web.fetch import TEXT_TYPE, Fetched, fetch, shown

_SLUG_MAX = 60  # characters; long enough to tell articles apart, short enough for `ls`
_NEW_MANIFEST = """\
# Articles added with `counterpoint add`. Edit freely: a non-empty title, author, outlet or
# date here is what the reader shows; `counterpoint add` of the same url or file updates its entry.
"""

# Query parameters that say who sent the reader to a page, not which page it is (campaign
# tags, ad and social click ids): links shared from a newsletter or a feed carry them.
_TRACKING = re.compile(r"utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|ocid|cmpid",
                       re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Fewer words than this is likely a teaser: what a paywall or sign-in page shows of a story, a
# headline (~8 words), a lead (the seeds' median paragraph is 41) and a pitch (~25). The seeds'
# shortest article has 393; a brief this short is only flagged, and still added.
TEASER_WORDS = 80
# The longest name a copied file keeps, in bytes: a file system's (NAME_MAX) less what the atomic
# write adds to it for its temporary file (".NAME.XXXXXXXX.tmp") and a free name's "-99"; a
# longer one would fail to write, so its stem is cut.
NAME_BYTES_COPIED = NAME_MAX - len("..XXXXXXXX.tmp") - len("-99")
# Files copied into the folder as they are: text, and the exports and feeds the reader reads
# (a Markdown or JSON export, an RSS or Atom item, an Evernote note) whose text `add` cannot
# extract as a page's; pages, PDFs and documents are written as their text instead.
_DOCUMENT_SUFFIXES = (".docx", ".odt", ".epub", ".rtf", PDF_SUFFIX)
COPIED_SUFFIXES = (*TEXT_SUFFIXES, *(suffix for suffix in WORD_SUFFIXES if suffix not in _DOCUMENT_SUFFIXES))


@dataclass(frozen=True)
class Added:
    file: Path
    title: str
    url: str
    updated: bool  # an entry for this page was there already
    words: int  # in the article's text (under TEASER_WORDS, `describe` says it may be a teaser)
    unread: str = ""  # what of the file could not be read and is left out ("page 7 could not be read …")
    page: bool = True  # a web page's text (a short one may be a teaser), not a file copied as it is
    taken: str = ""  # the name the file had, when another file in the folder has it already
    shortened: str = ""  # the name the file had, when it was too long to copy under (NAME_BYTES_COPIED)


def is_url(source: str) -> bool:
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def without_tracking(url: str) -> str:
    """`url` without its fragment and tracking parameters: the address of the page itself."""
    parts = urlsplit(url)
    query = "&".join(pair for pair in parts.query.split("&") if pair and not _TRACKING.fullmatch(pair.split("=", 1)[0]))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def address_key(url: str) -> str:
    """What two addresses of one page share: the host in any case, http or https, the
    default port or none, a trailing slash or none, tracking parameters or none."""
    try:
        parts = urlsplit(without_tracking(url.strip()))
        port = parts.port
    except ValueError:
        return url
    host = (parts.hostname or "") + (f":{port}" if port not in (None, _DEFAULT_PORTS.get(parts.scheme.lower())) else "")
    return urlunsplit(("", host, parts.path.rstrip("/") or "/", parts.query, ""))


def cited_address(fetched: str, canonical: str) -> str:
    """The address an entry keeps: the page's canonical one (an AMP or tracking copy names
    the article's own address) unless it is only a site's root (some sites name the home
    page on every article), else the fetched address without tracking parameters."""
    try:
        parts = urlsplit(canonical)
    except ValueError:
        parts = urlsplit("")
    if parts.scheme.lower() in ("http", "https") and parts.hostname and parts.path.strip("/"):
        return canonical
    return without_tracking(fetched)


def slug(text: str) -> str:
    """A file name stem from a title: its words, lower case, joined by hyphens."""
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > _SLUG_MAX:
            break
        out = f"{out}-{word}" if out else word
    return out or (words[0][:_SLUG_MAX] if words else "")


def _reads_as_address(source: str) -> bool:
    """Whether `source` reads as an address pasted without its scheme: `www.site.org/...`,
    `site.org/news/...`, `localhost:8000/...`."""
    return re.match(r"(www\.|[\w-]+(\.[\w-]+)+(:\d+)?/|[\w.-]+:\d+(/|$))", source) is not None


def _source_file(source: str) -> tuple[Path, os.stat_result]:
    """The file `source` names and its size; UserError when it is missing or no regular file."""
    path = user_path(source)
    try:
        info = path.stat()
    except FileNotFoundError:
        hint = " (a web page's address starts with https:// or http://)" if _reads_as_address(source) else ""
        raise UserError(f"{path}: no such file{hint}") from None
    except OSError as exc:
        raise UserError(f"{path}: {exc.strerror}") from None
    if not path.is_file():
        raise UserError(f"{path}: not a regular file")
    return path, info


def _read_article_file(path: Path, info: os.stat_result) -> tuple[bytes, Article]:
    """A text article's bytes, as they will be copied, and what the reader reads of them (its
    title, author, outlet and date); UserError when the reader would not read it."""
    return _read_bytes(path, info, ARTICLE_MAX_BYTES, "file"), load_article(path)


def _read_bytes(path: Path, info: os.stat_result, most: int, what: str) -> bytes:
    """At most `most` bytes of the regular file at `path`: a file that grows past it, or is
    replaced by a FIFO or a device after `info` was taken, is refused instead of read whole or
    waited on."""
    if info.st_size > most:
        raise UserError(f"{path}: {what} is larger than {most // (1024 * 1024)} MB; not reading it")
    return read_regular(path, most, what)


def _read_page_file(path: Path, info: os.stat_result) -> tuple[Page, str]:
    pdf = inner_suffix(path.name) == PDF_SUFFIX  # pictures and fonts and all, as large as an article file
    most = ARTICLE_MAX_BYTES if pdf else MAX_PAGE_BYTES
    data = _read_bytes(path, info, most, "PDF" if pdf else "page")
    # a single-file page, a gzip'd one; a PDF's text; a document's
    content = unpack(data, str(path), most, page=True)
    if (page := _document_page(content, str(path))) is not None:
        return page, inner_stem(path)
    page = extract_page(content.data, name=str(path), declared_charset=content.charset)
    return replace(page, url=page.url or content.url), inner_stem(path)


def _document_page(content: Unpacked, name: str) -> Page | None:
    """A PDF's or a word processor's document's text as a text article's, with what its
    metadata says (a PDF's date: the one its text gives first); None for a page."""
    if content.pdf is not None:
        page = text_page(content.data, name=name, declared_charset=content.charset)
        meta = content.pdf
        return replace(page, title=meta.title, author=meta.author, date=text_date(page.text) or meta.date,
                       unread=meta.unread)
    if content.document is not None:  # a Word, OpenDocument or RTF document, an EPUB: read already
        page = text_page(content.document.text.encode("utf-8"), name=name, declared_charset="utf-8")
        return replace(page, title=content.document.title or page.title)
    return None


def _fetch_page(url: str, fetcher: Callable[[str], Fetched]) -> tuple[Page, str, str]:
    fetched = fetcher(url)
    name = shown(fetched.url)
    # what a server sends as a page may be a gzip file or a document all the same
    content = unpack(fetched.data, name, MAX_PAGE_BYTES, page=fetched.kind != TEXT_TYPE)
    if (page := _document_page(content, name)) is None:
        read = extract_page if content.page else text_page
        page = read(content.data, name=name, declared_charset=content.charset or fetched.charset)
    parts = urlsplit(fetched.url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return page, fetched.url, unquote(last.rsplit(".", 1)[0]) or parts.hostname or ""


def _manifest_document(path: Path):
    """The manifest as a tomlkit document, and the newline it uses; UserError when it does not
    parse or the reader would refuse it (then it is left alone)."""
    import tomlkit

    if not path.exists():
        return tomlkit.parse(_NEW_MANIFEST), "\n"
    try:
        read_manifest(path)  # the reader's own checks, with its messages (line, column, key)
    except UserError as exc:
        raise UserError(f"{exc}; not adding to it until it is fixed") from None
    text = read_toml_text(path, DATA_TOML_MAX_BYTES)  # as large as the reader reads it
    return tomlkit.parse(text.removeprefix("\ufeff")), "\r\n" if "\r\n" in text else "\n"


def _holding(folder: Path, name: str, data: bytes) -> bool:
    """Whether the file `name` in `folder` holds exactly `data`."""
    path = folder / name
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _entry_holding(articles, folder: Path, data: bytes):
    """The entry whose file holds exactly `data`, or None."""
    return next((table for table in articles if _holding(folder, str(table.get("file", "")), data)), None)


def _find_entry(articles, folder: Path, addresses: set[str], text: str, *, canonical: str = "", title: str = ""):
    """The entry for this page: the one with one of its addresses (`address_key`), or with the
    address the page names as its own and the page's title (a site that names one listing as
    every article's own address must not make them one article); else (a saved page with no
    address) the one whose text file holds exactly its text."""
    keys = {address_key(url) for url in addresses}
    own = address_key(canonical) if canonical else None
    for table in articles:
        url = table.get("url")
        if isinstance(url, str) and url and (
                address_key(url) in keys or (address_key(url) == own and str(table.get("title", "")) == title)):
            return table
    if addresses or canonical:
        return None
    return _entry_holding(articles, folder, text.encode("utf-8"))


def _cited_by_another(articles, url: str) -> bool:
    return any(isinstance(t.get("url"), str) and address_key(t["url"]) == address_key(url) for t in articles)


def _occupied(path: Path) -> bool:
    """Whether anything is at `path`, a dangling symlink too: writing there would replace it,
    or write through it to wherever it points, outside the folder."""
    return os.path.lexists(path)


def _name_bytes(name: str) -> int:
    """Bytes of `name` as the file system gets it (a byte that was not text counted as one)."""
    return len(name.encode("utf-8", "surrogateescape"))


def _cut_to_bytes(stem: str, most: int) -> str:
    """`stem`'s first characters, at most `most` bytes of them."""
    while _name_bytes(stem) > most:
        stem = stem[:-1]
    return stem


def _free_name(folder: Path, stem: str, taken: set[str], suffix: str = ".txt") -> str:
    name, n = f"{stem}{suffix}", 2
    while name.casefold() in taken or _occupied(folder / name):
        name, n = f"{stem}-{n}{suffix}", n + 1
    return name


def _articles(document):
    """The document's array of [[article]] tables, made when it has none."""
    import tomlkit

    if "article" not in document:
        document.append("article", tomlkit.aot())
    return document["article"]


def _new_entry(document, articles, name: str):
    import tomlkit

    table = tomlkit.table()
    table["file"] = name
    if not tomlkit.dumps(document).endswith("\n\n"):
        table.trivia.indent = "\n"  # a blank line before each [[article]], as people write them
    articles.append(table)
    return table


def _commit(folder: Path, manifest: Path, document, newline: str, file: Path, data: str | bytes | None) -> None:
    """Write `data` to `file` (None: leave it) and then the manifest, each in one rename; when
    the manifest cannot be written the file is put back as it was."""
    import tomlkit

    try:
        previous = file.read_bytes() if data is not None and file.is_file() else None
    except OSError as exc:
        raise UserError(f"{file}: cannot read the file it replaces ({exc.strerror or exc})") from None
    result = tomlkit.dumps(document)
    if newline != "\n":
        result = re.sub(r"(?<!\r)\n", newline, result)
    try:
        if data is not None:
            write_atomic(file, data)
        try:
            write_atomic(manifest, result)
        except BaseException:  # a full disk, or ctrl+c between the two renames
            if data is None:
                pass
            elif previous is None:
                file.unlink(missing_ok=True)
            else:
                write_atomic(file, previous)
            raise
    except OSError as exc:
        raise UserError(f"{folder}: cannot write ({exc.strerror or exc}); nothing added") from None


def _copy_entry(folder: Path, source: Path, data: bytes, article: Article, *, side: str, outlet: str) -> Added:
    """Copy `source` (its bytes `data`) into `folder` under its own name, or the first free
    `name-2.txt` when another file has that name, and add its entry; a file whose entry is
    there already (the same bytes) keeps its name and has its entry updated instead."""
    manifest = folder / MANIFEST_NAME
    document, newline = _manifest_document(manifest)
    articles = _articles(document)
    table = _entry_holding(articles, folder, data)
    updated, copy, taken, shortened = table is not None, False, "", ""
    if table is None:
        listed = {str(t.get("file", "")).casefold() for t in articles}
        name = source.name
        if name.casefold() in listed or not _holding(folder, name, data):
            copy = True
            stem = inner_stem(source)  # "notes" of notes.md, of notes.txt.gz
            suffix = name[len(stem):]
            if _name_bytes(name) > NAME_BYTES_COPIED:
                stem = _cut_to_bytes(stem, NAME_BYTES_COPIED - _name_bytes(suffix)) or "article"
                shortened, name = name, f"{stem}{suffix}"
            if name.casefold() in listed or _occupied(folder / name):
                taken, name = name, _free_name(folder, stem, listed, suffix)
        table = _new_entry(document, articles, name)
    file = folder / str(table["file"])
    read = {"title": article.title, "author": article.author, "outlet": article.outlet, "date": article.date}
    for key, value in read.items():  # what the reader reads of the file; an edit in corpus.toml stays
        if key not in table:
            table[key] = one_line(value)
    for key, value in {"outlet": outlet, "side": side}.items():  # what the user says now
        if value or key not in table:
            table[key] = value
    _commit(folder, manifest, document, newline, file, data if copy else None)
    return Added(file=file, title=str(table.get("title", "")) or file.stem, url="", updated=updated,
                 words=len(article.text.split()), unread=article.unread, page=False, taken=taken,
                 shortened=shortened)


def _write_entry(folder: Path, page: Page, addresses: list[str], canonical: str, fallback_stem: str, *,
                 side: str, outlet: str, today: str) -> Added:
    """Add or update the entry for `page`, found at `addresses` (where it was fetched and the
    address given, or a saved page's own) and naming `canonical` as its own address."""
    manifest = folder / MANIFEST_NAME
    document, newline = _manifest_document(manifest)
    articles = _articles(document)
    # A page names no title when it is plain text: then the title the reader gives its text,
    # so `add` reports, and corpus.toml keeps, what `list` will show.
    title = page.title or text_title(page.text)
    table = _find_entry(articles, folder, set(filter(None, addresses)), page.text, canonical=canonical, title=title)
    updated = table is not None
    url = cited_address(addresses[0], canonical)
    if not updated and url == canonical and _cited_by_another(articles, url):
        url = without_tracking(addresses[0])  # another article already names that address as its own
    if table is None:
        taken = {str(t.get("file", "")).casefold() for t in articles}
        name = _free_name(folder, slug(page.title) or slug(fallback_stem) or "article", taken)
        table = _new_entry(document, articles, name)
    name = str(table["file"])
    text_path = folder / name
    if updated and (text_path.suffix.lower() not in TEXT_SUFFIXES or text_path.resolve().parent != folder.resolve()):
        raise UserError(f"{manifest}: this page is already listed as {name!r}, which `add` does not replace; "
                        "remove that entry to add the page as text")
    title = title or text_path.stem
    fields = {"title": title, "author": page.author, "outlet": outlet or page.site,
              "date": page.date, "side": side}
    for key, value in fields.items():
        if value or key not in table:  # an update keeps what the page (or the flag) leaves out
            table[key] = value
    if "url" not in table or (url and address_key(str(table["url"])) != address_key(url)):
        table["url"] = url  # the same address written another way stays as it was
    table["retrieved"] = today
    _commit(folder, manifest, document, newline, text_path, page.text)
    return Added(file=text_path, title=title, url=url, updated=updated, words=len(page.text.split()),
                 unread=page.unread)


def add_page(source: str, folder: Path, *, side: str = "", outlet: str = "",
             fetcher: Callable[[str], Fetched] = fetch) -> Added:
    """Fetch (a URL) or read (a saved page) `source`, extract its article and add it to
    `folder`; copy a text file or export the reader reads (`COPIED_SUFFIXES`) as it is. The
    same address, or the same file, added again updates its entry (and a page's text);
    UserError (one line) when anything fails, with nothing written."""
    if is_url(source):
        page, final, fallback = _fetch_page(source, fetcher)
        addresses, canonical = [final, source], page.url
    else:
        path, info = _source_file(source)
        if inner_suffix(path.name) in COPIED_SUFFIXES and path.name.lower().endswith(ARTICLE_SUFFIXES):
            data, article = _read_article_file(path, info)
            return _locked(folder, lambda: _copy_entry(folder, path, data, article, side=side, outlet=outlet))
        page, fallback = _read_page_file(path, info)
        addresses, canonical = [page.url], ""
    today = datetime.now(timezone.utc).date().isoformat()
    return _locked(folder, lambda: _write_entry(folder, page, addresses, canonical, fallback, side=side,
                                                outlet=outlet, today=today))


def _locked(folder: Path, write: Callable[[], Added]) -> Added:
    """`write()` into `folder` (made if need be) while no other add edits its corpus.toml."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from None
    try:
        with file_lock(folder / f".{MANIFEST_NAME}.lock"):  # one add at a time edits a folder's corpus.toml
            return write()
    except OSError as exc:  # the lock file could not be made: a read-only folder
        raise UserError(f"{folder}: cannot write ({exc.strerror or exc}); nothing added") from None


def describe(added: Added) -> str:
    """One display-safe line for an added page."""
    verb = "updated" if added.updated else "added"
    line = f"{verb} {file_name_shown(added.file.name)}: {one_line(added.title) or '(untitled)'}"
    if added.shortened:
        line += f"  ({file_name_shown(added.shortened)} is too long a name to copy under)"
    if added.taken:
        line += f"  ({file_name_shown(added.taken)} is another file's name there)"
    if added.page and added.words < TEASER_WORDS:
        line += f"  (only {added.words} words: a paywall or sign-in may hide the rest)"
    if added.unread:
        line += f"  ({added.unread})"
    return sanitize(line).text
