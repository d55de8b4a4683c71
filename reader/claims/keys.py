"""The one place the claim map reaches into the aligner: what a passage says, as weighted keys.

The map must weigh words exactly as the two-pane aligner does (the same stems, numbers,
glossary groups, idf and its general-English prior), or a claim would group passages the reading room
does not link. Everything it borrows from `reader.align` is imported here and nowhere else in
`reader.claims`, so when the aligner's scoring changes this adapter is the only file to follow.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from types import ModuleType

import reader.align
from reader.align.features import Occurrence, article_speakers, unit_features, words_of
from reader.align.glossary import Glossary
from reader.align.language import keyed_language, lower_words
from reader.align.scoring import corpus_idf, key_weight
from reader.corpus import Article, Passage, word_lists

__all__ = ["Keys", "fingerprint", "passage_keys", "weigh"]

Keys = dict[str, Occurrence]  # key -> how often and where it first occurs in the passage


def passage_keys(passage_text: str, glossary: Glossary, words: dict, article: Article) -> Keys:
    """The keys of one passage's display text, a passage of `article` (its words keyed by its
    language and the words it writes in lower case, as the aligner keys them; `words` maps words
    to keys within one build; a debate's speakers' labels give none, as in the aligner)."""
    code = keyed_language(article)
    return unit_features(passage_text, glossary, words_of(words, code), code, lower_words(article),
                         article_speakers(article))


def weigh(units: Sequence[Keys], passages: Sequence[Passage]) -> list[dict[str, float]]:
    """Each unit's keys (those of `passages`, in order) weighted as the aligner weighs them,
    with the idf taken over all of them (the corpus's body passages: a word every article uses
    tells no claim apart), smoothed towards general English as the aligner smooths it."""
    idf = corpus_idf([(list(passages), list(units))])
    return [{k: key_weight(k, occ, idf) for k, occ in keys.items()} for keys in units]


def package_digest(package: ModuleType, digest) -> None:
    """Feed every module of `package` (by name, so in one order everywhere) into `digest`: a
    list of the modules that matter would miss the next one a threshold moves into."""
    for path in sorted(Path(package.__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())


@cache
def fingerprint() -> str:
    """A digest of the aligner code the keys and weights come from, all of it (its keys, weights,
    thresholds and the word lists' reading: the prior weighs words by them and Turkish keys look
    stems up in them): a stored claim map made with other keys or weights is never taken for
    this code's."""
    digest = hashlib.sha256()
    package_digest(reader.align, digest)
    digest.update(Path(word_lists.__file__).read_bytes())  # (read by the corpus too, so kept below it)
    return digest.hexdigest()
