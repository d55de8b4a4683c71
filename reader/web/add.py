"""Add web pages to a corpus folder: the extracted text as `<slug>.txt`, its entry in `corpus.toml`.

The folder stays what a person could have written by hand: plain text files beside a
`corpus.toml` whose comments and layout survive (tomlkit edits it in place). Each page is added
whole or not at all: the text and the manifest are each replaced in one rename, and when the
manifest cannot be written the text file is put back as it was. A `corpus.toml` that does not
parse, or that the reader would refuse, is never rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from reader.files import ARTICLE_MAX_BYTES, DATA_TOML_MAX_BYTES, file_lock, write_atomic
from reader.corpus.formats import Unpacked, inner_stem, inner_suffix, unpack
from reader.corpus.html import MAX_PAGE_BYTES, Page, extract_page, text_page
from reader.corpus.loader import PDF_SUFFIX, TEXT_SUFFIXES, text_date, text_title
from reader.corpus.manifest import MANIFEST_NAME, read_manifest
from reader.corpus.sanitize import sanitize
from reader.errors import UserError
from reader.paths import user_path
from reader.tomlread import read_toml_text
from reader.web.fetch import TEXT_TYPE, Fetched, fetch, shown

_SLUG_MAX = 60  # characters; long enough to tell articles apart, short enough for `ls`
_NEW_MANIFEST = """\
# Articles added with `counterpoint add`. Edit freely: a non-empty title, author, outlet or
# date here is what the reader shows; `counterpoint add` of the same url updates its entry.
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


@dataclass(frozen=True)
class Added:
    file: Path
    title: str
    url: str
    updated: bool  # an entry for this page was there already
    words: int  # in the article's text (under TEASER_WORDS, `describe` says it may be a teaser)
    unread: str = ""  # what of the file could not be read and is left out ("page 7 could not be read …")


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


def _read_page_file(source: str) -> tuple[Page, str]:
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
    if inner_suffix(path.name) in TEXT_SUFFIXES:
        raise UserError(f"{path}: already a text file; copy it into the corpus folder and describe it in corpus.toml")
    pdf = inner_suffix(path.name) == PDF_SUFFIX  # pictures and fonts and all, as large as an article file
    most = ARTICLE_MAX_BYTES if pdf else MAX_PAGE_BYTES
    if info.st_size > most:
        raise UserError(f"{path}: {'PDF' if pdf else 'page'} is larger than {most // (1024 * 1024)} MB; not reading it")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
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
    encoded = text.encode("utf-8")
    for table in articles:
        path = folder / str(table.get("file", ""))
        try:
            if path.is_file() and path.stat().st_size == len(encoded) and path.read_bytes() == encoded:
                return table
        except OSError:
            continue
    return None


def _cited_by_another(articles, url: str) -> bool:
    return any(isinstance(t.get("url"), str) and address_key(t["url"]) == address_key(url) for t in articles)


def _free_name(folder: Path, stem: str, taken: set[str]) -> str:
    name, n = f"{stem}.txt", 2
    while name.casefold() in taken or (folder / name).exists():
        name, n = f"{stem}-{n}.txt", n + 1
    return name


def _write_entry(folder: Path, page: Page, addresses: list[str], canonical: str, fallback_stem: str, *,
                 side: str, outlet: str, today: str) -> Added:
    """Add or update the entry for `page`, found at `addresses` (where it was fetched and the
    address given, or a saved page's own) and naming `canonical` as its own address."""
    import tomlkit

    manifest = folder / MANIFEST_NAME
    document, newline = _manifest_document(manifest)
    if "article" not in document:
        document.append("article", tomlkit.aot())
    articles = document["article"]
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
        table = tomlkit.table()
        table["file"] = name
        if not tomlkit.dumps(document).endswith("\n\n"):
            table.trivia.indent = "\n"  # a blank line before each [[article]], as people write them
        articles.append(table)
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

    try:
        previous = text_path.read_bytes() if text_path.is_file() else None
    except OSError as exc:
        raise UserError(f"{text_path}: cannot read the file it replaces ({exc.strerror or exc})") from None
    result = tomlkit.dumps(document)
    if newline != "\n":
        result = re.sub(r"(?<!\r)\n", newline, result)
    try:
        write_atomic(text_path, page.text)
        try:
            write_atomic(manifest, result)
        except BaseException:  # a full disk, or ctrl+c between the two renames
            if previous is None:
                text_path.unlink(missing_ok=True)
            else:
                write_atomic(text_path, previous)
            raise
    except OSError as exc:
        raise UserError(f"{folder}: cannot write ({exc.strerror or exc}); nothing added") from None
    return Added(file=text_path, title=title, url=url, updated=updated, words=len(page.text.split()),
                 unread=page.unread)


def add_page(source: str, folder: Path, *, side: str = "", outlet: str = "",
             fetcher: Callable[[str], Fetched] = fetch) -> Added:
    """Fetch (a URL) or read (a saved page) `source`, extract its article and add it to
    `folder`. The same address added again updates its entry and text; UserError (one line)
    when anything fails, with nothing written."""
    if is_url(source):
        page, final, fallback = _fetch_page(source, fetcher)
        addresses, canonical = [final, source], page.url
    else:
        page, fallback = _read_page_file(source)
        addresses, canonical = [page.url], ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from None
    today = datetime.now(timezone.utc).date().isoformat()
    try:
        with file_lock(folder / f".{MANIFEST_NAME}.lock"):  # one add at a time edits a folder's corpus.toml
            return _write_entry(folder, page, addresses, canonical, fallback, side=side, outlet=outlet, today=today)
    except OSError as exc:  # the lock file could not be made: a read-only folder
        raise UserError(f"{folder}: cannot write ({exc.strerror or exc}); nothing added") from None


def describe(added: Added) -> str:
    """One display-safe line for an added page."""
    verb = "updated" if added.updated else "added"
    line = f"{verb} {added.file.name}: {added.title or '(untitled)'}"
    if added.words < TEASER_WORDS:
        line += f"  (only {added.words} words: a paywall or sign-in may hide the rest)"
    if added.unread:
        line += f"  ({added.unread})"
    return sanitize(line).text
