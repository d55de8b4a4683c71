"""How common a word is in English at large: the prior that keeps two articles' statistics sane.

Word statistics drawn from just the two articles being compared (what `counterpoint align A B`
has) cannot tell a rare name from a common word that happens to occur once in each: with forty
paragraphs, "said" and "Kristol" may both have a document frequency of two. The wordfreq
package (frequencies of English words from many sources, shipped inside its wheel, nothing
fetched) supplies the expected share of ordinary paragraphs containing each word, which
reader.align.scoring.idf_table blends into the document frequencies as pseudo-units.

Only its "small" English list is read (words of at least one in a million tokens, 125 kB): a
rarer word adds under 0.003 pseudo-occurrences, so the long tail changes nothing. The list is
read straight from the package's data file, because importing wordfreq itself (its tokenisers
and language tables) costs a second of start-up that the reader would pay on every alignment.
"""

from __future__ import annotations

import gzip
import importlib.util
import threading
from collections.abc import Mapping
from pathlib import Path

from reader.align.policy import BACKGROUND_UNIT_WORDS

_LOCK = threading.Lock()
_TABLE: dict[str, float] | None = None


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "small_en.msgpack.gz"


def _read_table() -> dict[str, float]:
    """word -> frequency per token, from wordfreq's cBpack file: a header, then one list of
    words per centibel of frequency (list i holds the words of frequency 10 ** (-i / 100))."""
    import msgpack

    path = _data_file()
    if path is None or not path.is_file():
        from wordfreq import get_frequency_dict  # a layout we do not know: the public API

        return get_frequency_dict("en", wordlist="small")
    with gzip.open(path, "rb") as stream:
        data = msgpack.load(stream, raw=False)
    header, buckets = data[0], data[1:]
    if not isinstance(header, dict) or header.get("format") != "cB":
        from wordfreq import get_frequency_dict

        return get_frequency_dict("en", wordlist="small")
    return {word: 10.0 ** (-i / 100.0) for i, words in enumerate(buckets) for word in words}


def _table() -> dict[str, float]:
    global _TABLE
    with _LOCK:
        if _TABLE is None:
            _TABLE = _read_table()
        return _TABLE


def unit_share(word: str) -> float:
    """The expected share of ordinary paragraphs that contain `word` (lower-cased); 0 for a
    word general English does not know (a rare name, a number, a glossary group)."""
    return min(1.0, BACKGROUND_UNIT_WORDS * _table().get(word, 0.0))


def prior(written: Mapping[str, str]) -> dict[str, float]:
    """unit_share of each word key ("w:…") given the words it was written as (numbers, dates
    and glossary groups have none: they are rare), for scoring.idf_table."""
    table = _table()
    return {k: min(1.0, BACKGROUND_UNIT_WORDS * table.get(w, 0.0))
            for k, w in written.items() if k.startswith("w:")}
