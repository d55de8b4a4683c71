"""Claim maps remembered per corpus, so reopening a corpus shows its map at once.

A map is stored in `<data dir>/claims/<key>.json`, where the key is a SHA-256 of everything
the map depends on: the stored format, the code that makes a map (its tuning included) and
the aligner code its keys and weights come from, the glossary, the reader's link decisions
applied (reader.claims.decided), and for each article in order its content hash and its
passages' spans and kinds (so a change of the segmenter, a file, the corpus's order or a
decision is a different key, never a stale map). Files are written atomically. They
are derived data the reader itself wrote: one that cannot be read or does not fit its corpus
is treated as absent and replaced by a fresh build.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from reader.align.glossary import Glossary
import reader.claims
from reader.claims.builder import build
from reader.claims.decided import Decided, decisions_key
from reader.claims.keys import fingerprint, package_digest
from reader.claims.model import Claim, ClaimMap, ClaimPassage, RelatedPassage
from reader.errors import UserError
from reader.files import read_regular, write_atomic
from reader.corpus import Article, Passage

FORMAT = 3
FOLDER = "claims"
MAX_BYTES = 256 * 1024 * 1024  # a stored map past this is not one the reader wrote
# Every change of a corpus (a file edited, added, reordered; another glossary) is a new key, so
# the folder would only grow: the KEPT maps used last are kept, older ones removed after a write.
# A map of 200 articles is about 0.5 MB; 32 of them cost little and cover a reader's corpora.
KEPT = 32
_NAME = re.compile(r"[0-9a-f]{64}\.json")  # only files named as this module names them are removed


@cache
def _code() -> str:
    """A digest of the code that makes a map (all of reader.claims and the aligner it borrows)."""
    digest = hashlib.sha256(fingerprint().encode())
    package_digest(reader.claims, digest)
    return digest.hexdigest()


def corpus_key(articles: Sequence[Article], glossary: Glossary, decisions: Sequence[Decided] = ()) -> str:
    digest = hashlib.sha256()
    digest.update(repr((FORMAT, _code(), glossary.groups)).encode("utf-8", "surrogatepass"))
    if decisions:  # none: the key of the machine's links alone, which --ignore-decisions shares
        digest.update(repr(decisions_key(decisions)).encode())
    for article in articles:
        spans = [(p.start, p.end, p.kind) for p in article.passages]
        digest.update(repr((article.content_hash, spans)).encode())
    return digest.hexdigest()


def _to_json(claim_map: ClaimMap, key: str) -> str:
    return json.dumps({
        "format": FORMAT,
        "key": key,
        "links": claim_map.links,
        "claims": [{"label": c.label, "terms": list(c.terms), "central": c.central,
                    "passages": [[p.article, p.passage.index] for p in c.passages],
                    "links": [list(link) for link in c.links],
                    "related": [[p.article, p.passage.index, p.weight, p.telling] for p in c.related]}
                   for c in claim_map.claims],
    }, ensure_ascii=False)


def _passage(articles: Sequence[Article], article: int, index: int) -> Passage | None:
    """Body passage `index` of article `article`, or None when the stored numbers name none
    (a negative one too, which Python would count from the end)."""
    if not (isinstance(article, int) and isinstance(index, int) and 0 <= article < len(articles)
            and 0 <= index < len(articles[article].passages)):
        return None
    passage = articles[article].passages[index]
    return passage if passage.is_body else None


def _from_json(text: str, key: str, articles: Sequence[Article]) -> ClaimMap | None:
    """The stored map, or None when the file is not one this corpus could have produced."""
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT or data.get("key") != key:
            return None
        claims = []
        seen = set()  # (article, passage) told already: a passage is in one claim at most
        for n, raw in enumerate(data["claims"], start=1):
            passages = []
            for a, i in raw["passages"]:
                passage = _passage(articles, a, i)
                if passage is None or (a, i) in seen:
                    return None
                seen.add((a, i))
                passages.append(ClaimPassage(a, passage))
            central = raw["central"]
            links = tuple((int(i), int(j), float(w)) for i, j, w in raw["links"])
            if not 0 <= central < len(passages) or not isinstance(raw["label"], str) or \
                    not all(0 <= i < len(passages) and 0 <= j < len(passages) for i, j, _ in links):
                return None
            related = []
            for a, i, w, telling in raw["related"]:
                passage = _passage(articles, a, i)
                if passage is None or not 0 <= telling < len(passages) or \
                        a in {p.article for p in passages} or a in {r.article for r in related}:
                    return None
                related.append(RelatedPassage(a, passage, float(w), int(telling)))
            claims.append(Claim(n, raw["label"], tuple(str(t) for t in raw["terms"]), tuple(passages), central,
                                links, tuple(related)))
        return ClaimMap(tuple(articles), tuple(claims), int(data["links"]), from_cache=True)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def cached_build(articles: Sequence[Article], glossary: Glossary | None = None, *, data_dir: Path,
                 decisions: Sequence[Decided] = (),
                 progress: Callable[[float], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ClaimMap:
    """The corpus's map from `data_dir` when one is stored for exactly these articles and
    decisions, else built (see reader.claims.builder) and stored."""
    glossary = Glossary() if glossary is None else glossary
    key = corpus_key(articles, glossary, decisions)
    path = Path(data_dir) / FOLDER / f"{key}.json"
    try:
        stored = _from_json(read_regular(path, MAX_BYTES, "stored claim map").decode("utf-8"), key, articles)
    except (UserError, UnicodeDecodeError):
        stored = None  # absent, not a regular file, too big or not text: built afresh
    if stored is not None:
        try:
            os.utime(path)  # used now: the last to be pruned
        except OSError:
            pass
        if progress is not None:
            progress(1.0)
        return stored
    claim_map = build(articles, glossary, decisions=decisions, progress=progress, cancelled=cancelled)
    try:
        write_atomic(path, _to_json(claim_map, key), make_parents=True)
        prune(path.parent)
    except OSError:
        pass  # a read-only data directory costs the next run a rebuild, nothing else
    return claim_map


def prune(folder: Path, kept: int = KEPT) -> None:
    """Remove all but the `kept` most recently used stored maps of `folder`."""
    maps = []
    for entry in os.scandir(folder):
        if _NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            maps.append((entry.stat(follow_symlinks=False).st_mtime, entry.path))
    for _, stale in sorted(maps, reverse=True)[kept:]:
        try:
            os.unlink(stale)
        except OSError:
            pass  # removed meanwhile by another reader, or not ours to remove
