"""Whether two articles are written in different languages, which the aligner cannot link.

Passages are linked by the words, figures and names they share, so two tellings in different
languages share only their figures and a few names: few or no links, and every passage "only
in this article". That is no finding about the articles, and a reader should be told why.
An article's language is its script when one language writes it (Armenian, Greek, Hebrew,
Georgian, Korean...), Japanese or Chinese by whether kana are among its ideographs, and else
the word list (reader.align.background) that knows most of its words, if it knows enough of
them (Azerbaijani, written in Latin letters, has no list of its own). A short text is judged
on nothing and never reported.
"""

from __future__ import annotations

import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import compress
from operator import itemgetter, methodcaller

from reader.align.background import LANGUAGES, OWN_LISTS, best_language
from reader.corpus.word_lists import read_list
from reader.align.text import (LATIN_STEMMERS, NOUNS_CAPITALISED, LowerWords, lowered, sentence_initial, tokens, typed_bare,
                               unelided)
from reader.corpus import Article
from reader.corpus.naming import file_label

# Words an article needs before its language is judged (a heading alone says too little).
MIN_WORDS = 40
# The share of an article's words its language's list must know: every test article in a
# language of LANGUAGES has 0.4 or more (Chinese, cut into pairs of characters, the least).
# Below it, the language is one no list knows, unless it is one whose list is its function
# words (background.OWN_LISTS: Azerbaijani, chosen over Turkish only for words of its own).
MIN_COVERAGE = 0.3
UNLISTED = "unlisted"
# Letters looked at to find an article's script, and words to find its language.
_SAMPLE_CHARS = 20_000
NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "tr": "Turkish", "ar": "Arabic",
    "fa": "Persian", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "el": "Greek", "hi": "Hindi",
    "ko": "Korean", "hy": "Armenian", "az": "Azerbaijani",
}
# Scripts that more than one language of LANGUAGES writes: the word lists tell them apart.
_SHARED_SCRIPTS = {"LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "CJK"}
_KANA = {"HIRAGANA", "KATAKANA"}


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return "CJK" if first == "CJK" else first


# Each article's language once judged, and the language its stemmer keys its words by (both
# from one reading of its sample), so a pair realigned, or a claim map built again, does not
# judge it again (an Article is hashed by identity; one no longer used is forgotten).
_judged: weakref.WeakKeyDictionary[Article, str | None] = weakref.WeakKeyDictionary()
_keyed: weakref.WeakKeyDictionary[Article, str | None] = weakref.WeakKeyDictionary()


def language(article: Article) -> str | None:
    """The article's language: a code of LANGUAGES, a script's name ("Armenian") when one
    language writes it, or None when there is too little text to tell. Judged once per article."""
    try:
        return _judged[article]
    except KeyError:
        _judge(article)
        return _judged[article]


def keyed_language(article: Article) -> str | None:
    """The language whose stemmer keys the article's words in Latin letters (a code of
    text.LATIN_STEMMERS), or None: English, a language without one, or too little text to tell,
    whose words keep the keys of no language. The words the stemmer keys (those without a
    capital, but in German) must read as that language too: a short English report full of
    Spanish names and bodies ("Junta de Andalucía") reads as Spanish, its words as English.
    Judged once per article, with its language."""
    try:
        return _keyed[article]
    except KeyError:
        _judge(article)
        return _keyed[article]


def _judge(article: Article) -> None:
    """Judge the article's language and its keyed language from one cut of its sample."""
    found, words = _language(_sample(article))
    _judged[article] = found
    _keyed[article] = _keyed_language(found, words)


def lower_words(article: Article) -> frozenset[str] | None:
    """The words the article writes in lower case more often than with a capital inside a
    sentence (NAME_SHARE), when its language's stemmer keys only the words without a capital (keyed_language; None
    else: English, German...). A capitalised word among them is a common word opening a
    sentence or a heading ("Négociations" where "négociations" is written too) and is keyed as
    it (text.word); one never written in lower case is a name, keyed alike in every language,
    and so is one the article writes with a capital inside a sentence, where a name wears one, as
    often as in lower case ("el ministro Santos" beside "los santos": "Santos" opening a sentence
    is the minister too, and meets him in an article of another language); one written in lower
    case more often is a common word the article capitalises now and then ("el Gobierno" beside
    "el gobierno" twice). Judged once per article."""
    try:
        return _lower[article]
    except KeyError:
        found = _lower[article] = _lower_words(article)
        return found


# The share of a word's writings inside sentences (in lower case or with a capital) its capitals
# must reach for the word to be a name: an article writing "el Gobierno" once and "el gobierno"
# three times writes a common word it capitalises now and then, as Spanish, Portuguese and
# Italian news do with institutions; one writing "Santos" ten times and "los santos" once names
# a man. A tie is a name's: keying a name as a common word merges it with another word (the
# minister with the saints) and loses it in other languages, keying a common word as a name
# only splits it from its lower-case writings in its own article.
NAME_SHARE = 0.5
# A passage whose words are mostly capitalised (more than this share) is a heading in title case:
# its capitals tell no name from a common word, so it is not counted either way.
TITLE_CASE_SHARE = 0.5
_lower: weakref.WeakKeyDictionary[Article, frozenset[str] | None] = weakref.WeakKeyDictionary()
_GROUP = methodcaller("group")  # a token's text, a regex match's or a Token's

# Spanish news capitalises its institutions after the article, and never writes them otherwise:
# "el Gobierno", "del Congreso", "al Ejército", "la Policía". Such a word is an ordinary noun of
# the language, no name: it keeps its key (one written so in another article still meets it) but
# is not a name's evidence (text.LowerWords.institutions). A word is one where every writing of it
# with a capital inside a sentence follows one of the language's articles (lower-case, or opening
# the sentence: "El Gobierno anunció"), and the language's word list knows its lower-case form
# and that form's plural: a name has no plural ("el Líbano", "el Kremlin", "el Ebro" keep theirs),
# and a country written without its article too ("en India") stays a name.
def _spanish_plurals(word: str) -> tuple[str, ...]:
    """The plurals a Spanish noun may take ("gobierno" -> "gobiernos", "constitución" ->
    "constituciones", "luz" -> "luces")."""
    if word[-1] in _SPANISH_VOWELS:
        return (word + "s", word + "es")  # ("rubí" -> "rubíes")
    if word[-1] == "z":
        return (word[:-1] + "ces",)
    return (word + "es", word[:-2] + _UNSTRESSED.get(word[-2], word[-2]) + word[-1] + "es")  # (its stress moves)


_SPANISH_VOWELS = frozenset("aeiouáéíóú")
_UNSTRESSED = dict(zip("áéíóú", "aeiou"))


# By language: the articles its institutions follow, and the plurals its nouns take: one entry
# holds both, so a language is never given one without the other.
INSTITUTION_WRITING: dict[str, tuple[frozenset[str], Callable[[str], tuple[str, ...]]]] = {
    "es": (frozenset({"el", "la", "los", "las", "del", "al"}), _spanish_plurals),
}


def _lower_words(article: Article) -> frozenset[str] | None:
    code = keyed_language(article)
    if code is None or code in NOUNS_CAPITALISED:
        return None
    lower: Counter[str] = Counter()
    inside: list[str] = []  # capitalised words inside a sentence
    articles = INSTITUTION_WRITING[code][0] if code in INSTITUTION_WRITING else None
    articled: list[str] = []  # ... of them, those after one of the language's articles
    for p in article.passages:
        if p.kind == "boilerplate":
            continue
        matches = tokens(p.text)
        surfaces = list(map(_GROUP, matches))  # (a run of ideographs is a Token, not a match)
        lower.update(filter(str.islower, surfaces))
        capitals = list(compress(range(len(surfaces)), map(str.isupper, map(itemgetter(0), surfaces))))
        if len(capitals) > TITLE_CASE_SHARE * len(surfaces):
            continue  # a heading in title case: no capital in it tells a name
        for i in capitals:
            if not sentence_initial(p.text, matches[i].start()):
                inside.append(surfaces[i])
                if articles and i and _after_article(p.text, matches, surfaces, i, articles):
                    articled.append(surfaces[i])
    bare = typed_bare(frozenset(lower), code)
    named = Counter(lowered(surface, code, bare) for surface in inside)
    institutions = _institutions(Counter(lowered(surface, code, bare) for surface in articled), named, code)
    return LowerWords((w for w, n in lower.items() if named[w] < NAME_SHARE * (n + named[w])), bare, institutions)


def institutions(article: Article) -> frozenset[str]:
    """The words (lower-cased) the article capitalises only as its language writes an
    institution (INSTITUTION_WRITING: "el Gobierno"), no name; none in most languages."""
    return getattr(lower_words(article), "institutions", frozenset())


def _after_article(text: str, matches: list, surfaces: list[str], i: int, articles: frozenset[str]) -> bool:
    """Whether the capitalised word `i` follows one of `articles` (INSTITUTION_WRITING), written
    in lower case or opening its sentence ("El Gobierno"; "El Salvador" inside a sentence is a name's)."""
    before = surfaces[i - 1]
    if before.lower() not in articles or not text[matches[i - 1].end():matches[i].start()].isspace():
        return False
    return before.islower() or sentence_initial(text, matches[i - 1].start())


def _institutions(articled: Counter[str], named: Counter[str], code: str) -> frozenset[str]:
    """The words (lower-cased) an article capitalises inside a sentence only after an article,
    that its language's word list knows as a noun with a plural (INSTITUTION_WRITING)."""
    if not articled:
        return frozenset()
    known, plurals = read_list(code), INSTITUTION_WRITING[code][1]
    return frozenset(w for w, n in articled.items()
                     if n == named[w] and w in known and any(p in known for p in plurals(w)))


def _keyed_language(code: str | None, words: list[str]) -> str | None:
    """Whether the words of an article in `code` its stemmer would key (`words`, its sample's
    tokens) read as that language too: `code` if so, else None."""
    if code not in LATIN_STEMMERS:
        return None
    if code in NOUNS_CAPITALISED:
        return code
    keyed = {unelided(w.lower()) for w in words if not w[0].isupper() and not w[0].isdigit()}
    return code if keyed and best_language(keyed)[0] == code else None


def _sample(article: Article) -> str:
    """The text an article's language is judged by: its body, up to _SAMPLE_CHARS."""
    return "\n".join(p.text for p in article.passages if p.kind == "body")[:_SAMPLE_CHARS]


def _language(text: str) -> tuple[str | None, list[str]]:
    """The language of a sample `text` (language), and its tokens as written when they were cut
    to judge it (none for Chinese and Japanese, told by their script alone)."""
    scripts: Counter[str] = Counter()
    for ch, n in Counter(filter(str.isalpha, text)).items():  # each letter's script looked up once
        scripts[_script(ch)] += n
    if not scripts:
        return None, []
    script, letters = scripts.most_common(1)[0]
    kana = sum(scripts[k] for k in _KANA)
    if script in _KANA or (script == "CJK" and kana):
        return ("ja" if letters + kana >= MIN_WORDS else None), []
    if script == "CJK":
        return ("zh" if letters >= MIN_WORDS else None), []
    cut = list(map(_GROUP, tokens(text)))
    # the words as the lists write them: lower case, accents kept, no elided article
    words = {unelided(w.lower()) for w in cut if not w[0].isdigit()}
    if len(words) < MIN_WORDS:
        return None, cut
    if script not in _SHARED_SCRIPTS:
        return script.capitalize(), cut
    code, coverage = best_language(words)
    return (code if coverage >= MIN_COVERAGE or code in OWN_LISTS else f"{UNLISTED} {script.lower()}"), cut


def name(code: str) -> str:
    """A language code of LANGUAGES as people say it ("fr" -> "French"), a script's name as it is,
    a language no list knows as "a language in Latin script"."""
    if code.startswith(UNLISTED):
        return f"a language in {code.split()[1].capitalize()} script"
    return NAMES.get(code, code)


def different_languages(a: Article, b: Article) -> tuple[str, str] | None:
    """The names of the two articles' languages when they differ for sure, else None."""
    la, lb = language(a), language(b)
    if la is None or lb is None or la == lb:
        return None
    return name(la), name(lb)


_WHY = ("passages are linked by the words they share, so expect few or no links between "
        "articles in different languages")
NAMED_PER_LANGUAGE = 3  # articles named for each language in a corpus's notice, before "and N more"


def languages_notice(a: Article, b: Article) -> str | None:
    """One line telling that articles `a` and `b` are in two languages (different_languages),
    or None when they are not."""
    if (languages := different_languages(a, b)) is None:
        return None
    language_a, language_b = languages
    return f"A ({file_label(a, [b])}) reads as {language_a} and B ({file_label(b, [a])}) as {language_b}: {_WHY}"


def corpus_languages_notice(articles: Sequence[Article]) -> str | None:
    """One line telling that `articles` (a claim map's) are in more than one language, each
    with the articles that read as it (articles too short to tell are left out), or None when
    they are not."""
    by_language: dict[str, list[Article]] = {}
    for article in articles:
        if (code := language(article)) is not None:
            by_language.setdefault(code, []).append(article)
    if len(by_language) < 2:
        return None

    def told(code: str, members: list[Article]) -> str:
        named = ", ".join(file_label(a, articles) for a in members[:NAMED_PER_LANGUAGE])
        more = len(members) - NAMED_PER_LANGUAGE
        return f"{name(code)} ({named}{f' and {more} more' if more > 0 else ''})"

    parts = [told(code, members) for code, members in by_language.items()]
    return f"the articles read as {', '.join(parts[:-1])} and {parts[-1]}: {_WHY}"


assert set(NAMES) == set(LANGUAGES)
