"""The corpus data model: articles, and the passages (paragraphs or sentences) they split into.

Every offset is a character offset into `Article.text`, the decoded source text as Python reads
it with universal newlines, so `article.text[p.start:p.end]` is the passage's source. What is
*shown* is `Passage.text`: the same span with terminal-unsafe characters removed (and, in a
Markdown file, its markup: reader.corpus.markup).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from threading import Lock
from typing import Callable, Iterable, Literal

from reader.corpus.sanitize import CleanText

Kind = Literal["body", "heading", "boilerplate"]
KINDS: tuple[Kind, ...] = ("body", "heading", "boilerplate")
GRANULARITIES = ("paragraph", "sentence")  # what Article.units() cuts an article into


def unit_index(units: list[Passage], offset: int) -> int:
    """Index of the unit (paragraph or sentence, in source order) holding source offset
    `offset`, or of the next one when it falls in a gap; len(units) past the end."""
    return bisect_right([u.end for u in units], offset)


def unit_label(number: int, granularity: str = "paragraph") -> str:
    """A unit's number as people read it everywhere (tables, status, search): `¶12` for a
    paragraph, `s12` for a sentence."""
    return f"{'s' if granularity == 'sentence' else '¶'}{number}"


@dataclass(frozen=True, slots=True)
class Passage:
    article_id: str
    index: int
    kind: Kind
    start: int  # source offsets
    end: int
    text: str  # display-safe text of the span
    sentence: bool = False  # a sentence of the article re-cut (Article.sentences), not a paragraph

    @property
    def is_body(self) -> bool:
        return self.kind == "body"

    @property
    def number(self) -> int:
        """The passage's number for people (tables, markdown, the status line): 1-based and
        fixed by its place in the article, so hiding boilerplate or filtering never renumbers.
        JSON keeps the 0-based `index`."""
        return self.index + 1

    @property
    def label(self) -> str:
        """`¶12` (a sentence: `s12`): how a passage is cited to people everywhere."""
        return unit_label(self.number, "sentence" if self.sentence else "paragraph")


def holds_no_text(label: str) -> str:
    """What the shell and the reading room say of an article with no passage (`label`: its
    file, as the caller shows paths), so the two say it alike."""
    return f"{label}: holds no text (the file is empty or blank)"


@dataclass(eq=False)
class Article:
    id: str
    path: Path
    title: str
    author: str
    outlet: str
    date: str
    side: str
    text: str
    encoding: str = "utf-8"
    replaced: int = 0  # byte sequences that were not valid in `encoding`, shown as U+FFFD
    url: str = ""  # where the text came from (corpus.toml, a page's metadata, front matter)
    clean: CleanText = field(default=None, repr=False)  # type: ignore[assignment]
    passages: list[Passage] = field(default_factory=list, repr=False)
    # How its id is given out (reader.corpus.loader.assign_ids): the id before any `-2`, and
    # the place that decides which of two articles sharing it keeps it (loader.IdOrder).
    id_base: str = field(default="", repr=False)
    id_order: tuple = field(default=(), repr=False)
    retrieved: str = ""  # when the text was fetched from `url` (corpus.toml's `retrieved`)
    # What of its file could not be read and is left out, as a clause the loader tells the user
    # ("page 7 could not be read and is left out": a PDF's page pypdf cannot decode); "" for none.
    unread: str = ""
    _cutting: Lock = field(default_factory=Lock, init=False, repr=False)  # one cut of the sentences at a time

    def __post_init__(self) -> None:
        if self.clean is None:
            self.clean = CleanText(self.text)
        if not self.id_base:
            self.id_base = self.id
        if not self.id_order:  # as a file named alone and listed in no corpus.toml
            self.id_order = (str(self.path.resolve().parent), 1, 0, self.path.name)

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the decoded text: tells a bookmark whether its article changed."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def display(self, start: int, end: int) -> str:
        """The display-safe text of a source span."""
        clean = self.clean
        return clean.text[clean.to_clean(start) : clean.to_clean(end)]

    def source_span(self, passage: Passage, lo: int, hi: int) -> tuple[int, int]:
        """Source offsets of `passage.text[lo:hi]`."""
        clean = self.clean
        base = clean.to_clean(passage.start)
        return clean.to_source(base + lo), clean.to_source(base + hi, end=True)

    def quoter(self, passage: Passage) -> Callable[[int, int], tuple[tuple[int, int], str]]:
        """For spans of `passage.text`, `(source_span(passage, lo, hi), display(*that span))`:
        read from the clean offsets directly (they map to the source and back unchanged), the
        passage's place worked out once for all its spans (a long alignment's evidence quotes
        hundreds of thousands)."""
        clean = self.clean
        base, text, to_source = clean.to_clean(passage.start), clean.text, clean.to_source
        if not clean.changed:
            return lambda lo, hi: ((base + lo, base + hi), text[base + lo : base + hi])
        return lambda lo, hi: ((to_source(base + lo), to_source(base + hi, end=True)), text[base + lo : base + hi])

    def local_span(self, passage: Passage, start: int, end: int) -> tuple[int, int]:
        """Offsets into `passage.text` of a source span inside the passage (for highlighting)."""
        clean = self.clean
        base = clean.to_clean(passage.start)
        return clean.to_clean(start) - base, clean.to_clean(end) - base

    def passage_at(self, offset: int) -> Passage | None:
        """The passage containing a source offset, or the next one after it."""
        i = unit_index(self.passages, offset)
        return self.passages[i] if i < len(self.passages) else None

    def counts(self) -> dict[str, int]:
        out = {kind: 0 for kind in KINDS}
        for passage in self.passages:
            out[passage.kind] += 1
        return out

    @property
    def sentences(self) -> list[Passage]:
        """The article re-cut into sentences; each keeps the kind of its paragraph. Cut once:
        asked for from several threads at once (a pane's layout, the aligner, S pressed twice),
        the others wait for the first cut and take it. The lock is the article's own: a
        `cached_property` (Python 3.11) held one lock for every article, so a long article's
        cut, even one walked away from, held up every other article's; from 3.12 it holds none,
        and each thread cut the article again, each its own copy."""
        cut = self.__dict__.get("_sentences")
        if cut is None:
            with self._cutting:
                cut = self.__dict__.get("_sentences")
                if cut is None:
                    cut = self.__dict__["_sentences"] = self._cut_sentences()
        return cut

    def _cut_sentences(self) -> list[Passage]:
        from reader.corpus.sentences import split_sentences

        out: list[Passage] = []
        for passage in self.passages:
            for lo, hi in split_sentences(passage.text):
                start, end = self.source_span(passage, lo, hi)
                out.append(Passage(self.id, len(out), passage.kind, start, end, passage.text[lo:hi], sentence=True))
        return out

    @cached_property
    def sentence_paragraphs(self) -> list[int]:
        """For each sentence, the index of the paragraph it lies in."""
        ends = [p.end for p in self.passages]
        return [bisect_right(ends, s.start) for s in self.sentences]

    def units_ready(self, granularity: str) -> bool:
        """Whether `units(granularity)` returns at once: sentences are cut on first use, which
        takes a second or more at thousands of paragraphs (a reader does it off the UI thread)."""
        return granularity != "sentence" or "_sentences" in self.__dict__

    def units(self, granularity: str) -> list[Passage]:
        """Paragraphs or sentences, the two granularities alignment works at."""
        if granularity == "sentence":
            return self.sentences
        return self.passages


@dataclass
class Corpus:
    articles: list[Article]
    # What the user should know about how the files were read (bytes that were not text).
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {a.id: a for a in self.articles}

    def __iter__(self):
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def get(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    def add(self, articles: Iterable[Article]) -> list[Article]:
        """Take in articles read later (a file opened from inside the reader). A file already
        here is not added twice: its article here is returned instead, unless the file's text
        changed since (another content hash), when the article read now takes its place. Ids
        are then given out as loading every article at once would give them (`counterpoint
        list` with their folders): of two sharing an id, the first in folder order keeps it and
        the other gets `-2`, whichever arrived first, so an article here may change its id.
        Returns the articles as they are in the corpus, in the order given."""
        here = {a.path.resolve(): a for a in self.articles}
        out = []
        for article in articles:
            known = here.get(article.path.resolve())
            if known is None:
                self.articles.append(article)
                known = here[article.path.resolve()] = article
            elif known is not article and known.content_hash != article.content_hash:
                self.articles[next(k for k, a in enumerate(self.articles) if a is known)] = article
                known = here[article.path.resolve()] = article
            out.append(known)
        taken: set[str] = set()
        for article in sorted(self.articles, key=lambda a: a.id_order):  # stable: a file named twice
            article.id = unique_id(article.id_base, taken)
        self._by_id = {a.id: a for a in self.articles}
        return out


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, made unique among `taken` (which it joins) by `-2`, `-3`."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
