"""The wordfreq word lists as read from the package's data files: a language's words and how
common each is. A module of their own, in the corpus below the aligner, so that the prior
(reader.align.background), the keys of words (reader.align.text, which asks whether a Turkish
stem is a word) and the corpus's reading of a word a line's end breaks (reader.corpus.columns)
read the one copy of each list."""

from __future__ import annotations

import gzip
import importlib.util
import threading
from pathlib import Path

_LOCK = threading.Lock()
_TABLES: dict[str, dict[str, float]] = {}


def _data_file(language: str) -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / f"small_{language}.msgpack.gz"


def _read_table(language: str) -> dict[str, float]:
    """word -> frequency per token, from wordfreq's cBpack file: a header, then one list of
    words per centibel of frequency (list i holds the words of frequency 10 ** (-i / 100))."""
    import msgpack

    path = _data_file(language)
    if path is None or not path.is_file():
        from wordfreq import get_frequency_dict  # a layout we do not know: the public API

        return get_frequency_dict(language, wordlist="small")
    with gzip.open(path, "rb") as stream:
        data = msgpack.load(stream, raw=False)
    header, buckets = data[0], data[1:]
    if not isinstance(header, dict) or header.get("format") != "cB":
        from wordfreq import get_frequency_dict

        return get_frequency_dict(language, wordlist="small")
    return {word: 10.0 ** (-i / 100.0) for i, words in enumerate(buckets) for word in words}


def read_list(language: str) -> dict[str, float]:
    """wordfreq's small list of `language` (lower-cased word -> frequency per token), read once."""
    with _LOCK:
        table = _TABLES.get(language)
        if table is None:
            table = _TABLES[language] = _read_table(language)
        return table


# A word counts as the language's from this frequency (per word of text; one in a million, the
# floor of wordfreq's small list): below it the list holds no words.
WORD_MIN_FREQUENCY = 1e-6


def known(word: str, language: str) -> bool:
    """Whether `language`'s list holds `word` (any case) as a word (see WORD_MIN_FREQUENCY)."""
    return read_list(language).get(word.lower(), 0.0) >= WORD_MIN_FREQUENCY
