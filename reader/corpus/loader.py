"""Turn whatever paths a user names into a Corpus, or one clear UserError.

Files are read whole (they are articles, not logs), up to `ARTICLE_MAX_BYTES` (64 MB); only
regular files are opened, so a FIFO or a device named as an article is refused, not waited on.
Everything after decoding is linear in the text length, so even a 50 MB single-line file loads
in seconds.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from reader.corpus.byline import byline, dateline
from reader.corpus.clippings import is_clippings
from reader.corpus.columns import keeps_hyphen, read_columns
from reader.corpus.clippings import read as read_clippings
from reader.corpus.decoding import Decoded, decode
from reader.corpus.formats import (DOCUMENT_SUFFIXES, GZIP_SUFFIX, JSON_SUFFIX, MHTML_SUFFIXES, WEB_ARCHIVE_SUFFIX, inner_stem,
                                   inner_suffix, unpack)
from reader.corpus.html import HTML_SUFFIXES, MAX_PAGE_BYTES, load_page, page_entry
from reader.corpus.kinds import NOTE_LINES, classify, numbered_notes, outlet_line
from reader.corpus.manifest import MANIFEST_NAME, Entry, ManifestCache, read_manifest
from reader.corpus.marks import footnote_marks
from reader.corpus.markup import header_block, header_fields, markdown
from reader.corpus.model import Article, Corpus, Passage, unique_id
from reader.corpus.own_exports import markdown_export
from reader.corpus.sanitize import CleanText, file_name_shown, one_line, sanitize, visible
from reader.corpus.segment import (PAGE_BREAK, PAGE_NUMBER, cut_furniture, names_page_number, numbers_part,
                                    page_breaks, page_heads, paragraph_spans, running_line)
from reader.corpus.subtitles import is_subtitles
from reader.corpus.subtitles import read as read_subtitles
from reader.errors import UserError
from reader.files import ARTICLE_MAX_BYTES, exists, is_folder, is_regular, out_of_sight, read_regular, resolved
from reader.paths import user_path

# Text as people save it: plain and Markdown, a mail message (.eml: its text part is read, see
# `formats.mail_body`), subtitles (.srt, .vtt: read as paragraphs of what was said, see `subtitles`).
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".eml", ".srt", ".vtt")
# A word processor's document or an EPUB: its paragraphs and headings are read (`reader.corpus.documents`);
# a PDF: its text, read as text copied out of a PDF (`reader.corpus.pdf`);
# and an article exported as data: a feed's item (RSS, Atom), JSON (`reader.corpus.exports`).
PDF_SUFFIX = ".pdf"
WORD_SUFFIXES = (".docx", ".odt", ".epub", ".rtf", PDF_SUFFIX, ".json", ".xml", ".rss", ".atom", ".enex")
MARKDOWN_SUFFIXES = (".md", ".markdown")
# Files a folder of articles often holds beside them that are about the folder, not articles:
# skipped when a folder is read, unless its corpus.toml lists them. So are hidden files (a
# leading dot), as `ls` hides them: an editor's `.#draft.md` lock, the `._article.txt` of
# resource bytes macOS leaves on shared drives and in archives.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "copying", "contributing"})
PAGE_SUFFIXES = (*HTML_SUFFIXES, *MHTML_SUFFIXES)
# A gzip-compressed article ("page.html.gz") is read as what it packs.
# A page Safari saved as a Web Archive: read as the page inside (`formats.web_archive_page`); the
# file, pictures and all, may be as large as an article, the page in it no larger than a page.
ARTICLE_SUFFIXES = (*TEXT_SUFFIXES, *PAGE_SUFFIXES, *WORD_SUFFIXES, WEB_ARCHIVE_SUFFIX,
                    *(suffix + GZIP_SUFFIX for suffix in (*TEXT_SUFFIXES, *PAGE_SUFFIXES)))
_TITLE_MAX = 100
_HINT_FOLDERS_SCANNED = 50  # folders looked into for that hint; a huge tree is not walked


def _file_label(path: Path) -> str:
    """The file's stem, display-safe: file names are as untrusted as the text inside (escape
    sequences go, as from article text; bytes that are not text are spelled out: `caf\\xe9`)."""
    return file_name_shown(inner_stem(path)).strip() or "article"


def _entry_id(entry: Entry) -> str:
    return sanitize(entry.id).text.strip() or _file_label(entry.file)


def text_title(text: str) -> str:
    """The title `load_article` gives a text file without one in its metadata: its first
    heading or line that is not page furniture; "" when nothing in `text` can be one."""
    clean = sanitize(text).text
    return _opening_title([clean[s:e] for s, e in paragraph_spans(clean)])


def text_date(text: str) -> str:
    """The date `load_article` gives a text file without one in its metadata: a date line's
    near its top; "" when it has none."""
    clean = sanitize(text).text
    return dateline([clean[s:e] for s, e in paragraph_spans(clean)], frozenset())


def _opening_title(texts: list[str], author: str = "", headings: Collection[int] = (),
                   page_notes: Collection[int] | None = None) -> str:
    """`page_notes`: kinds.numbered_notes(texts), where the caller has read it."""
    opening = texts[:20]  # the title is near the top; do not classify a huge file twice
    in_opening = None if page_notes is None else [i for i in page_notes if i < len(opening)]
    untitled = classify(opening, "", author, headings, page_notes=in_opening)
    return _first_line([t for t, k in zip(opening, untitled) if k != "boilerplate"] or texts)


# What parts a running header's words from its page number ("Orvet v Harl, page 3"), left with it.
_NUMBER_SEPARATOR = " ,;:|·-–—"
# ... and the abbreviation its number may follow ("Orvet v Harl, p. 3").
_PAGE_ABBREVIATION = re.compile(r"(?:^|\s)p\.$", re.IGNORECASE)


def _without_page_number(title: str, furniture: set[str]) -> str:
    """A title the text's first line gives, without the page number at its edge where that line
    is a running header (one of the `furniture` the pages repeat, or a line whose number says it
    is the page's): the header's words are often the title, its number never is."""
    key = running_line(title)
    if key == " ".join(title.split()) or not (key in furniture or names_page_number(title)):
        return title
    return _PAGE_ABBREVIATION.sub("", key).rstrip(_NUMBER_SEPARATOR).lstrip(_NUMBER_SEPARATOR) or title


def _header_title(texts: list[str], furniture: set[str]) -> str:
    """The title a running header atop the first page gives, without its page number ("The
    inquiry — 3" gives "The inquiry"): the text's first line, where it is such a header (see
    _without_page_number), whole where every page repeats its number ("Vision 2030"); "" where it
    is not. The header's words name the document before its first sentence does. A header that
    ends in a part's number ("Page 3 — Section 2") gives none: what is left of it is no title, nor
    does a page's number alone ("Page 1 of 2")."""
    first = texts[0].strip() if texts else ""
    if not first or "\n" in first or numbers_part(" ".join(first.split()[-2:])) or PAGE_NUMBER.fullmatch(first):
        return ""
    title = _without_page_number(first, furniture)
    if title == first:
        return ""
    key, line = running_line(first), " ".join(first.split())
    again = [" ".join(t.split()) for t in texts[1:] if len(t) <= 2 * len(first) and running_line(t) == key]
    return first if again and all(other == line for other in again) else title


def _first_line(texts: list[str]) -> str:
    for text in texts:
        line = text.strip().lstrip("#").strip().split("\n", 1)[0]
        if len(line) > _TITLE_MAX:
            from reader.corpus.sentences import split_sentences

            first = split_sentences(line[: _TITLE_MAX * 3])[:1]
            line = line[first[0][0] : first[0][1]] if first else line
        if line:
            if len(line) > _TITLE_MAX:
                line = line[:_TITLE_MAX].rsplit(" ", 1)[0] + "…"
            return line
    return ""


def _headings(starts: list[int], marked: list[tuple[int, int]]) -> frozenset[int]:
    """The passages (by where each starts in the source, in order) that begin on a line the
    markup marks as a heading (`marked`: source spans, in order)."""
    out, n = set(), 0
    for i, start in enumerate(starts):
        while n < len(marked) and marked[n][1] <= start:
            n += 1
        if n < len(marked) and marked[n][0] <= start:
            out.add(i)
    return frozenset(out)


# A word a line's end breaks with a hyphen, as text copied out of a PDF keeps it ("occu-" then
# "pation" on the next line): a lower-case letter on either side.
_LETTER = re.compile(r"[^\W\d_]")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_WORD_MAX = 60  # characters of a word looked at on either side of the break
# A hyphenated compound, from its first letter: without the look behind, each letter of a long
# run with no hyphen after it would start a try that runs to the run's end (quadratic).
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]+-[^\W\d_]+")


def _broken_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hyphen and line break inside each word a paragraph of `text` breaks over two lines,
    to be taken out so the word reads (and is matched) whole. A compound the text also writes
    with its hyphen inside a line ("long-term"), or that the word list reads as two words
    (`keeps_hyphen`), keeps the hyphen, and loses only the break."""
    out: list[tuple[int, int]] = []
    compounds: set[str] | None = None  # found once, on the first broken word
    for start, end in spans:
        hyphen = text.find("-\n", start, end)
        while hyphen != -1:
            # the word before, read back from the hyphen: a search forward for a run of letters
            # that ends there would try every start in the window, each running to its end
            first, floor = hyphen, max(start, hyphen - _WORD_MAX)
            while first > floor and _LETTER.match(text, first - 1):
                first -= 1
            left = text[first:hyphen]
            right = _WORD_AFTER.match(text, hyphen + 2, min(end, hyphen + 2 + _WORD_MAX))
            if left and right and left[-1].islower() and right.group()[0].islower():
                if compounds is None:
                    compounds = set(_COMPOUND.findall(text))
                kept = keeps_hyphen(left, right.group(), compounds)
                out.append((hyphen + 1, hyphen + 2) if kept else (hyphen, hyphen + 2))
            hyphen = text.find("-\n", hyphen + 2, end)
    return out


def _at_page_edge(source: str, clean: CleanText, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether passage i is the first or last of a page: a form feed (a page break) or the
    text's start or end next to it, with no passage between."""
    before = clean.to_source(spans[i - 1][1], end=True) if i else 0
    after = clean.to_source(spans[i + 1][0]) if i + 1 < len(spans) else len(source)
    start, end = clean.to_source(spans[i][0]), clean.to_source(spans[i][1], end=True)
    return not i or i + 1 == len(spans) or PAGE_BREAK in source[before:start] or PAGE_BREAK in source[end:after]


def _split_at(text: str, spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """The paragraph `spans` of `text` split at each of `cuts` (offsets, in order) inside one,
    each part without the whitespace around it; a part of only whitespace is none."""
    out: list[tuple[int, int]] = []
    n = 0
    for start, end in spans:
        while n < len(cuts) and cuts[n] <= start:
            n += 1
        bounds = [start]
        while n < len(cuts) and cuts[n] < end:
            bounds.append(cuts[n])
            n += 1
        bounds.append(end)
        for lo, hi in zip(bounds, bounds[1:]):
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if lo < hi:
                out.append((lo, hi))
    return out


# A report's footnote marks as text copied out of a PDF sets them (reader.corpus.marks.note_marks:
# "the record1 was set", "what remains.4", "in May 2024.3 The"), and the notes under the text, each
# line opening with its number ("4 Vell Meteorological Station rainfall records"). A mark is taken
# out of the passage's text (its offsets still lead to it in the file) only where a note read as
# apparatus carries its number, and only when the text has MARKS_MIN such marks: one figure after
# a word may be a typo or a version's ("release.2").
MARKS_MIN = 2


def _note_marks(texts: Sequence[str], kinds: Sequence[str], spans: list[tuple[int, int]],
                page_notes: Sequence[int]) -> list[tuple[int, int]]:
    """Where each footnote mark (see note_marks) stands in the passages before the last body
    passage's end whose number a note after it, or at a page's foot (`page_notes`:
    kinds.numbered_notes), carries."""
    last = max((i for i, kind in enumerate(kinds) if kind == "body"), default=-1)
    notes = [i for i in range(last + 1, len(texts)) if kinds[i] == "boilerplate"] + list(page_notes)
    numbers = {m[1] for i in notes for m in NOTE_LINES.finditer(texts[i])}
    if not numbers:
        return []  # no note to mark: the text is not read for marks (a long file loads sooner)
    read = [text if i <= last and kinds[i] != "boilerplate" else "" for i, text in enumerate(texts)]
    marks = [(spans[i][0] + m.start(), spans[i][0] + m.end()) for i, found in enumerate(footnote_marks(read))
             for m in found if m[1] in numbers]
    return marks if len(marks) >= MARKS_MIN else []


def _taken_out(clean: CleanText, source: str, spans: list[tuple[int, int]],
               cut: list[tuple[int, int]]) -> tuple[CleanText, list[tuple[int, int]]]:
    """The clean text with the `cut` spans taken out, and `spans` as they stand in it."""
    if not cut:
        return clean, spans
    joined = clean.without(source, cut)
    return joined, [(joined.to_clean(clean.to_source(s)), joined.to_clean(clean.to_source(e, end=True)))
                    for s, e in spans]


def load_article(path: Path, entry: Entry | None = None, article_id: str | None = None) -> Article:
    """Read, decode, sanitise and segment one article file (a web page: its extracted text)."""
    meta = entry or Entry(file=path)
    suffix = inner_suffix(path.name)
    named_page = suffix in PAGE_SUFFIXES
    limit = MAX_PAGE_BYTES if named_page else ARTICLE_MAX_BYTES
    content = unpack(read_regular(path, limit, "web page" if named_page else "text article"), str(path), limit,
                     page=named_page)
    is_page = content.page
    document = content.document  # a word processor's: its blocks are its paragraphs, as a page's
    if document is not None:
        decoded = Decoded(document.text, "utf-8")
        meta = meta if meta.title else replace(meta, title=document.title)
    elif is_page:
        page = load_page(content.data, name=str(path), charset=content.charset)
        decoded = Decoded(page.text, page.encoding)
        meta = page_entry(meta, page)
    else:
        decoded = decode(content.data, name=str(path), declared=content.charset)
        if suffix in MARKDOWN_SUFFIXES and markdown_export(decoded.text):
            raise UserError(f"{path}: a bookmarks or link decisions export the reader wrote, "
                            "not an article")
        if suffix not in MARKDOWN_SUFFIXES and (columns := read_columns(decoded.text)) is not None:
            decoded = replace(decoded, text=columns)  # two columns side by side, read one after the other
    if content.headers:  # a mail message's Subject, From and Date, read as a text's header is
        meta = replace(meta, **header_fields(content.headers))
    if content.pdf is not None:  # what a PDF's metadata says, where the entry says nothing
        fields = {"title": content.pdf.title, "author": content.pdf.author}
        meta = replace(meta, **{k: v for k, v in fields.items() if v and not getattr(meta, k)})
    if content.url and not meta.url:  # the address a single-file page or an export was saved from
        meta = replace(meta, url=content.url)
    clean = sanitize(decoded.text)
    marked: list[tuple[int, int]] = []  # source spans of lines the markup makes headings
    noted: list[tuple[int, int]] = []  # ... and of its footnotes' markers
    blocks: list[int] = []  # ... and where its HTML tags end a paragraph (source offsets)
    if document is not None:
        marked = list(document.headings)
    subtitles = None  # a subtitle file's cues, or a reader's clippings: passages of their own
    if suffix in MARKDOWN_SUFFIXES:  # link targets, emphasis marks: not the article's words
        read = markdown(clean.text)
        meta = replace(meta, **read.fields)  # the file's own metadata, as a page's is (page_entry)
        marked = [(clean.to_source(lo), clean.to_source(hi, end=True)) for lo, hi in read.headings]
        noted = [(clean.to_source(lo), clean.to_source(hi, end=True)) for lo, hi in read.notes]
        blocks = [clean.to_source(lo) for lo, _ in read.blocks]
        clean = clean.without(decoded.text, read.spans)
    elif document is not None:
        pass  # no header, cue or page of its own: its paragraphs are what it says
    elif not is_page and is_subtitles(clean.text):  # what was said, without cue numbers and timings
        subtitles = read_subtitles(clean.text)
        meta = replace(meta, **{k: v for k, v in subtitles.fields.items() if not getattr(meta, k)})
        clean, spans = _taken_out(clean, decoded.text, subtitles.paragraphs, subtitles.cut)
    elif not is_page and is_clippings(clean.text):  # the highlights, without the lines about them
        subtitles = read_clippings(clean.text)
        meta = replace(meta, **{k: v for k, v in subtitles.fields.items() if not getattr(meta, k)})
        clean, spans = _taken_out(clean, decoded.text, subtitles.paragraphs, subtitles.cut)
    elif not is_page:
        header, fields = header_block(clean.text)  # "Title: …" lines heading a text file
        if header is not None:
            meta = replace(meta, **fields)
            clean = clean.without(decoded.text, [header])
    if subtitles is None:
        spans = paragraph_spans(clean.text, page=is_page or document is not None, pages=PAGE_BREAK in decoded.text)
    if blocks:
        spans = _split_at(clean.text, spans, [clean.to_clean(at) for at in blocks])
    furniture: set[str] = set()  # the running lines taken out as a page's furniture
    if not is_page and subtitles is None and document is None:
        if PAGE_BREAK in decoded.text:  # (a heading atop a page, a form feed before it: a passage of its own)
            starts = [clean.to_clean(m.end()) for m in re.finditer(PAGE_BREAK, decoded.text)]
            spans = _split_at(clean.text, spans, page_heads(clean.text, starts))
        whole = spans
        spans, breaks = page_breaks(clean.text, spans)
        furniture = cut_furniture(clean.text, whole, breaks)
        clean, spans = _taken_out(clean, decoded.text, spans, breaks)  # a page's furniture inside a paragraph
        clean, spans = _taken_out(clean, decoded.text, spans, _broken_words(clean.text, spans))
    if content.pdf is not None:  # the running lines the pages set at their edges, found by their place
        furniture |= content.pdf.running
    texts = [clean.text[s:e] for s, e in spans]
    starts = [clean.to_source(s) for s, _ in spans]
    headings, notes = _headings(starts, marked), _headings(starts, noted)
    # one line each: a multi-line TOML or front-matter value would break every table showing it
    author, outlet = one_line(meta.author), one_line(meta.outlet)
    if not is_page and subtitles is None and not (author.strip() and outlet.strip()):
        # A text file's own byline, where its metadata (corpus.toml, front matter) is silent.
        by, at = byline(texts, headings)
        if not at and (name := outlet_line(texts)) is not None:
            at = name  # the outlet's name under the title, the sender's over it
        author, outlet = (author if author.strip() else by), (outlet if outlet.strip() else at)
    date = one_line(meta.date)
    if not is_page and subtitles is None and not date.strip():
        date = dateline(texts, headings)  # a text file's own date line, where its metadata is silent
    if not date.strip() and content.pdf is not None:
        date = content.pdf.date  # when the PDF was made: after the date the text gives itself
    page_notes = numbered_notes(texts) if subtitles is None else []  # (read once: the title, the kinds and the marks ask it)
    title = one_line(meta.title)
    if not title and subtitles is not None:
        title = _file_label(path)  # a subtitle file's first cue is speech, not its title
    elif not title:
        title = _header_title(texts, furniture) or _without_page_number(
            _opening_title(texts, author, headings, page_notes), furniture) or _file_label(path)
    aid = article_id or _entry_id(meta)
    kinds = (["boilerplate" if aside else "body" for aside in subtitles.asides] if subtitles is not None
             else classify(texts, title, author, headings, notes, page_notes))
    if furniture:  # the same footer or header at a page's edge where no paragraph runs across it (the last page's)
        kinds = ["boilerplate" if "\n" not in text.strip() and running_line(text) in furniture
                 and _at_page_edge(decoded.text, clean, spans, i) else kind
                 for i, (text, kind) in enumerate(zip(texts, kinds))]
    if not is_page and subtitles is None and document is None and (marks := _note_marks(texts, kinds, spans, page_notes)):
        clean, spans = _taken_out(clean, decoded.text, spans, marks)
        texts = [clean.text[s:e] for s, e in spans]
    passages = [
        Passage(aid, i, kind, clean.to_source(s), clean.to_source(e, end=True), text)
        for i, ((s, e), text, kind) in enumerate(zip(spans, texts, kinds))
    ]
    return Article(
        id=aid,
        path=path,
        title=title,
        author=author,
        outlet=outlet,
        date=date,
        side=one_line(meta.side),
        text=decoded.text,
        encoding=decoded.encoding,
        replaced=decoded.replaced,
        url=sanitize(meta.url).text.strip(),
        retrieved=one_line(meta.retrieved),
        unread=content.pdf.unread if content.pdf is not None else "",
        clean=clean,
        passages=passages,
    )


def directory_entries(directory: Path) -> list[Entry]:
    """The manifest's entries first (in its order), then any other article files, sorted: the
    articles opening `directory` gives, in the order that gives them their ids."""
    manifest = directory / MANIFEST_NAME
    entries = read_manifest(manifest) if exists(manifest) else []
    listed = {resolved(e.file) for e in entries}
    try:
        names = sorted(os.listdir(directory))
    except OSError as exc:
        raise UserError(f"{directory}: cannot list the directory ({exc.strerror or exc})") from None
    for name in names:
        path = directory / name
        if (name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
                and Path(name).stem.lower() not in NOT_ARTICLES
                and is_regular(path) and resolved(path) not in listed):
            entries.append(Entry(file=path))
    for entry in entries:
        if not exists(entry.file):
            raise UserError(f"{manifest}: lists {entry.file.name!r}, which does not exist")
    return entries


def _documents_hint(directory: Path) -> str:
    """For a folder without articles: the documents in it the reader does not read (PDFs, Word
    files), which a person may have expected it to."""
    try:
        found = sorted(name for name in os.listdir(directory)
                       if name.lower().endswith(DOCUMENT_SUFFIXES) and not name.startswith("."))
    except OSError:
        return ""
    if not found:
        return ""
    shown = ", ".join(visible(name) for name in found[:3]) + (", …" if len(found) > 3 else "")
    return f"; {'its document' if len(found) == 1 else f'its {len(found)} documents'} ({shown}) cannot be read: " \
           "copy the article's text into a .txt file"


def _subfolders_hint(directory: Path) -> str:
    """For a folder without articles: the folders in it that hold some, since a folder's own
    folders are not searched (a corpus is one folder), so the person can name them instead."""
    try:
        inner = sorted(p for p in directory.iterdir() if not p.name.startswith(".") and p.is_dir())
    except OSError:
        return ""
    held = []
    for folder in inner[:_HINT_FOLDERS_SCANNED]:
        try:
            if directory_entries(folder):
                held.append(folder)
        except UserError:  # a broken manifest or an unreadable folder: named when opened itself
            held.append(folder)
    if not held:
        return ""
    shown = ", ".join(str(p) for p in held[:3]) + (", …" if len(held) > 3 else "")
    return f"; folders inside are not searched: name {'it' if len(held) == 1 else 'them'} ({shown})"


def article_id(entry: Entry, taken: set[str]) -> str:
    """The id the article of `entry` gets: the manifest's id, else the file's stem, made
    unique among `taken` (which it joins) by `-2`, `-3`: what `counterpoint list` shows and
    a person types."""
    return unique_id(_entry_id(entry), taken)


# Where an article stands when ids are given out: its folder (resolved), then its place in that
# folder's order (the manifest's entries as listed, then the other files by name).
IdOrder = tuple[str, int, int, str]


def id_order(folder: Path, position: int | None, name: str) -> IdOrder:
    """The place that decides which of two articles sharing an id keeps it and which gets
    `-2`: the same for a file named alone as for it found in its folder, so ids do not hang on
    the order a person names files or folders in."""
    return (str(resolved(folder)), 0, position, "") if position is not None else (str(resolved(folder)), 1, 0, name)


def file_order(file: Path, manifests: ManifestCache) -> IdOrder:
    """`id_order` of an article file, however it was found: named itself or in its folder."""
    return id_order(file.parent, manifests.position(file), file.name)


def assign_ids(entries: Sequence[Entry], taken: set[str], order: Sequence[IdOrder] | None = None) -> list[str]:
    """The ids of `entries` (see `article_id`), given out in `order` (one key per entry; the
    entries' own order when None): the first in that order keeps a shared id."""
    ids = [""] * len(entries)
    for i in sorted(range(len(entries)), key=None if order is None else order.__getitem__):
        ids[i] = article_id(entries[i], taken)
    return ids


def load_paths(paths: Iterable[str | os.PathLike[str]], *, distinct: bool = False) -> Corpus:
    """Load every article named by `paths` (files or directories) into one corpus; with
    `distinct`, a file named twice (`a.txt ./a.txt`, a folder and a file in it) is one article,
    as a corpus of whole articles needs (`align A A` wants the file twice)."""
    entries: list[Entry] = []
    order: list[IdOrder] = []  # where each entry stands when ids are given out
    in_folders: set[Path] = set()  # files found in a folder named (resolved) ...
    named: set[Path] = set()  # ... and files named themselves, which are wanted whatever is found
    manifests = ManifestCache()  # files named from one folder parse its corpus.toml once
    for raw in paths:
        path = user_path(raw)
        if not exists(path):
            raise UserError(f"{path}: {out_of_sight(path) or 'no such file or directory'}")
        if path.name == MANIFEST_NAME and is_regular(path):
            path = path.parent  # no article: the corpus it describes
        if is_folder(path):
            found = directory_entries(path)
            if not found:
                looked = ", ".join((*TEXT_SUFFIXES, *PAGE_SUFFIXES, *WORD_SUFFIXES, WEB_ARCHIVE_SUFFIX))
                raise UserError(f"{path}: no articles here (looked for {looked} and gzip'd files)"
                                + _documents_hint(path) + _subfolders_hint(path))
            entries.extend(found)
            order.extend(file_order(e.file, manifests) for e in found)
            in_folders.update(resolved(e.file) for e in found)
        else:
            entries.append(manifests.entry_for(path))
            order.append(file_order(path, manifests))
            named.add(resolved(path))
    if distinct:
        first: dict[Path, int] = {}
        for n, e in enumerate(entries):
            first.setdefault(resolved(e.file), n)
        entries, order = [entries[n] for n in first.values()], [order[n] for n in first.values()]
    return _corpus(entries, skippable=in_folders - named, order=order)


def _corpus(entries: list[Entry], loaded: Iterable[Article] = (), unreadable: list[Path] | None = None,
            skippable: Collection[Path] = (), order: Sequence[IdOrder] | None = None) -> Corpus:
    """The articles of `entries`, reusing those of `loaded` read from the same files. A file
    that is no article raises, unless `unreadable` is given: then it is added there and left
    out. One of `skippable` (resolved paths: found in a folder, not named) is left out with a
    problem saying why, as long as some file is an article: one broken file must not close a
    folder. Ids are given out in `order` (see `assign_ids`)."""
    reuse = {resolved(a.path): a for a in loaded}
    taken: set[str] = {a.id for a in reuse.values()}
    new = [n for n, e in enumerate(entries) if resolved(e.file) not in reuse]
    if order is None:
        manifests = ManifestCache()
        order = [file_order(e.file, manifests) for e in entries]
    ids = dict(zip(new, assign_ids([entries[n] for n in new], taken, [order[n] for n in new])))
    articles: list[Article] = []
    skipped: list[tuple[Path, UserError]] = []
    for n, e in enumerate(entries):
        try:
            article = reuse.get(resolved(e.file))
            if article is None:
                article = load_article(e.file, e, ids[n])
                article.id_base, article.id_order = _entry_id(e), order[n]
            articles.append(article)
        except UserError as exc:
            if unreadable is not None:
                unreadable.append(e.file)
            elif resolved(e.file) in skippable:
                skipped.append((e.file, exc))
            else:
                raise
    if skipped and not articles:
        raise skipped[0][1]
    return Corpus(articles, [f"{a.path}: {a.replaced} byte sequence{'s' if a.replaced > 1 else ''} "
                             f"not valid {a.encoding}, shown as \ufffd" for a in articles if a.replaced]
                  + [f"{a.path}: {a.unread}" for a in articles if a.unread]
                  + _left_out(skipped))


# A folder the reader's own exports are saved in (bookmarks, links, an alignment, as JSON or
# Markdown) holds many files that are no article, the same every time it is opened: those are
# told in one line, how many and the first, not one line each. Any other file left out (a
# damaged PDF, a page too large) is still told alone: each says something the user can mend.
_DATA_SUFFIXES = (JSON_SUFFIX, *MARKDOWN_SUFFIXES)


def _left_out(skipped: list[tuple[Path, UserError]]) -> list[str]:
    """The lines telling the files of a folder left out as no articles (see _DATA_SUFFIXES)."""
    data = [exc for file, exc in skipped if file.suffix.lower() in _DATA_SUFFIXES]
    others = [f"{exc}; left out" for file, exc in skipped if file.suffix.lower() not in _DATA_SUFFIXES]
    if len(data) < 2:
        return [f"{exc}; left out" for _file, exc in skipped]
    return others + [f"{len(data)} JSON or Markdown files left out, not articles (the reader's own exports, "
                     f"say); the first: {data[0]}"]


def manifest_corpus(paths: Iterable[str | os.PathLike[str]], loaded: Iterable[Article] = ()) -> Corpus | None:
    """The corpus of the one folder holding every file of `paths`, when a corpus.toml there
    describes it; else None. Two articles of one described corpus are aligned with word
    statistics from all of it, by `counterpoint align` and the reading room alike. Articles
    of `loaded` (those already open) are used as they are, not read again."""
    files = [user_path(raw) for raw in paths]
    folders = {resolved(f).parent for f in files if exists(f)}
    if len(folders) != 1 or len(files) != sum(1 for f in files if exists(f)):
        return None
    folder = folders.pop()
    if not is_regular(folder / MANIFEST_NAME):
        return None
    entries = directory_entries(folder)
    return _corpus(entries, loaded) if entries else None


# Offering the articles beside one opened alone reads them all before anything is picked, so
# what is read is bounded: a file over BESIDE_MAX_BYTES (a book, a data dump; an article is
# rarely over a few hundred kB) or past the first BESIDE_LIMIT files is left for the reader to
# open by name. Reading costs about ten times a file's size in memory.
BESIDE_MAX_BYTES = 8 * 1024 * 1024
BESIDE_LIMIT = 200


def load_beside(path: str | os.PathLike[str], loaded: Iterable[Article] = ()) -> tuple[Corpus, list[Path]]:
    """The articles of the folder holding `path`, for choosing a second article (those of
    `loaded`, the ones open already, reused as they are); and the files left out: too large,
    past the first BESIDE_LIMIT, or not readable as articles (one bad file must not hide the
    others)."""
    loaded = list(loaded)
    open_already = {resolved(a.path) for a in loaded}
    kept: list[Entry] = []
    left: list[Path] = []
    for entry in directory_entries(user_path(path).parent):
        if resolved(entry.file) in open_already or (len(kept) < BESIDE_LIMIT and _size(entry.file) <= BESIDE_MAX_BYTES):
            kept.append(entry)
        else:
            left.append(entry.file)
    return _corpus(kept, loaded, left), left


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # gone or unreadable: reading it says which


def load_seeds() -> Corpus:
    """The bundled corpus."""
    from reader.paths import seeds_dir

    return load_paths([seeds_dir()])
