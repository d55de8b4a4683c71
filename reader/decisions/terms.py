"""Terms a reader might teach from a linked pair: what each passage says that the other does not.

When two passages tell one event in their own words ("Tel Aviv" / "Israel"; "offensive
actions" / "started war"), the words to teach are among those only one side uses. Names (runs
of capitalised words, "Nagorno-Karabakh", "Tel Aviv") come first, as they are what sides most
often name differently; then other content words, in reading order. Words both passages share
(as the matcher folds them: case, inflection, by each article's language's stemmer) are left
out: the engine already matches those.
"""

from __future__ import annotations

from reader.align.glossary import MAX_TERM_WORDS
from reader.align.text import scan

MAX_CANDIDATES = 12  # a dialog's list, not an index: more is noise to scroll past


def _runs(text: str, language: str | None,
          common: frozenset[str] | None) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, tuple[str, ...]]]]:
    """(names, words) of `text`, a passage of an article in `language` that writes the words of
    `common` in lower case: each as (surface, the matcher's keys)."""
    matches, words = scan(text, None, language, common)
    names: list[tuple[str, tuple[str, ...]]] = []
    singles: list[tuple[str, tuple[str, ...]]] = []
    run: list[int] = []

    def close() -> None:
        # A lone capitalised word opening the text may be an ordinary word: listed with those.
        if len(run) == 1 and run[0] == 0:
            singles.append((matches[0].group(), (words[0].key,)))
        elif run:
            lo, hi = matches[run[0]].start(), matches[run[-1]].end()
            names.append((text[lo:hi], tuple(words[i].key for i in run)))
        run.clear()

    for i, (match, word) in enumerate(zip(matches, words)):
        content = bool(word.key) and word.key.startswith("w:")
        if content and word.capital and len(run) < MAX_TERM_WORDS and (
                not run or not text[matches[run[-1]].end():match.start()].strip()):
            run.append(i)
            continue
        close()
        if content and word.capital:
            run.append(i)
        elif content and len(match.group()) > 3:
            singles.append((match.group(), (word.key,)))
    close()
    return names, singles


def candidate_terms(text: str, other: str, limit: int = MAX_CANDIDATES,
                    languages: tuple[str | None, str | None] = (None, None),
                    commons: tuple[frozenset[str] | None, frozenset[str] | None] = (None, None)) -> list[str]:
    """Terms of `text` (names first, then content words) whose words `other` does not use;
    `languages`: those keying the words of `text`'s article and `other`'s
    (reader.align.language.keyed_language), and `commons` the words each writes in lower case
    (reader.align.language.lower_words), as the matcher keys them."""
    _, other_words = scan(other, None, languages[1], commons[1])
    shared = {w.key for w in other_words if w.key}
    names, singles = _runs(text, languages[0], commons[0])
    out: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for surface, keys in [*names, *singles]:
        if keys in seen or all(k in shared for k in keys):
            continue
        seen.add(keys)
        out.append(" ".join(surface.split()))
        if len(out) == limit:
            break
    return out
