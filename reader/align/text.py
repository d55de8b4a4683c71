"""Words as the matcher compares them: tokens with their offsets, folded to comparable keys.

Spelling differences that carry no meaning are folded away here so the engine sees one key:
case, accents, possessive "'s", hyphenated prefixes ("anti-Semitic" = "antisemitic"), and
inflection (a light suffix stripper: "attacks", "attacked", "attacking" -> "attack").
A word written wholly in a script that one Snowball language alone writes (Cyrillic, Greek,
Armenian) loses its case ending by that language's stemmer ("переговорах" -> "переговор"); a
Latin-script word does so by the stemmer of its article's language, when one is judged that
has one (language_key: "négociations" -> "negoci").
Numbers keep their digits ("4.85", "2016", "69%") because they are strong anchors.

Chinese and Japanese put no space between words, so a run of ideographs would be one token the
length of a clause, shared by nothing. Such runs are keyed as overlapping character bigrams
("红十字会" -> 红十, 十字, 字会), the usual dictionary-free indexing of CJK text: most words are
two characters, and a longer name shares all its bigrams with itself. Katakana runs (loanwords,
foreign names) are words as they stand; hiragana (particles, endings) says nothing. Thai,
Lao, Khmer and Burmese write no space between words either, and their words run longer (a
syllable is a consonant with its vowels and tone marks): their runs are keyed as overlapping
trigrams of characters ("สมศรี" -> สมศ, มศร, ศรี).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING, NamedTuple

from reader.corpus.dates import MONTHS
from reader.corpus.word_lists import read_list
from reader.corpus.marks import after_markers, marks

if TYPE_CHECKING:
    from snowballstemmer.basestemmer import BaseStemmer


def _marks() -> str:
    """The combining marks of the Basic Multilingual Plane, as a regex class's body. Python's
    \\w matches none of them, so a word written with Arabic vowel signs, Hebrew points, Devanagari
    vowels or a Russian stress mark ("э́том") fell apart at each one."""
    marks = [cp for cp in range(0x300, 0x10000) if unicodedata.category(chr(cp))[0] == "M"]
    ranges: list[list[int]] = []
    for cp in marks:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


MARKS = _marks()
# A word: letters/digits (with their combining marks), joined by inner hyphens, apostrophes,
# dots or commas between digits; a number keeps its percent sign or ordinal suffix ("69%", "18th").
# Arabic script writes its decimal point, thousands separator and percent sign as "٫", "٬" and
# "٪", Switzerland its thousands separator as an apostrophe ("1'200"). Hebrew and Arabic write
# a one-letter preposition or conjunction onto a figure ("ב-14", "و40"): the letter is a token
# of its own (a stop word), so the figure stays a number.
# (A token starts where the one before it ended, so a letter matched here opens its word.)
# Hebrew writes an acronym with gershayim between its last two letters, often typed as an
# ASCII double quote (מנכ"ל, יו״ר, צה"ל), and a foreign sound with a geresh (ג׳ורג׳): one word.
PREFIXED_FIGURE = r"[وفبلكבהוכלמש](?=[-־]?\d)"
_HEBREW_JOINER = r'(?<=[\u05d0-\u05ea])["\u05f3\u05f4](?=[\u05d0-\u05ea])'
# Persian writes a word's affixes on to it after a zero-width non-joiner ("کتاب‌ها", books;
# "می‌خواهم", I want), and Indic scripts shape a conjunct with a joiner or non-joiner: one word.
_WORD = rf"\w[\w{MARKS}]*(?:(?:[-'’\u200c\u200d]|{_HEBREW_JOINER})\w[\w{MARKS}]*)*"
# Turkish writes a case ending onto a figure after an apostrophe ("2023'te", "1990'larda"),
# Azerbaijani, Armenian and Russian after a hyphen ("2023-cü", "200-ə", "3-ին", "5-го"): the
# ending belongs to the figure, not a word of its own. After a hyphen only a short ending
# that is not English ("24-hour" keeps its hour): one with a letter outside ASCII, or one of
# Azerbaijani's ASCII ordinal and case endings (_ASCII_ENDINGS).
_ASCII_ENDINGS = "ci|cu|nci|ncu|inci|uncu|da|de|dan|den|ta|te|tan|ten|ya|ye|nin|nun|in|un"
_FIGURE_ENDING = (r"(?:['’][^\W\d_]+|-(?:(?=[^\W\d_]{0,3}[^\x00-\x7f])[^\W\d_]{1,4}"
                  rf"|(?:{_ASCII_ENDINGS}))(?![\w'’-]))")
_NUMBER = (r"\$?\d+(?:[.,:٫٬]\d+|['’]\d{3}(?!\d))*(?:[%٪]|(?:st|nd|rd|th)\b)?"
           rf"(?:{_FIGURE_ENDING})?")
_TOKEN = re.compile(_NUMBER + "|" + PREFIXED_FIGURE + "|" + _WORD)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")
_PREFIXES = frozenset({"anti", "pro", "non", "co", "pre", "post", "re", "counter", "neo", "pan", "semi"})
_POSSESSIVE = re.compile(r"['’]s?$")

STOPWORDS = frozenset("""
a about above after again against all almost also although am among an and another any are
around as at away be became because become been before being below between both but by can
cannot could did do does doing done down during each either else enough even ever every few
for from further had has have having he her here hers herself him himself his how however i if
in into is it its itself just least less let like many may me might more most much must my
myself neither no nor not now of off often on once one only onto or other others otherwise our
ours ourselves out over own per perhaps quite rather really same say said says shall she should
since so some still such than that the their theirs them themselves then there therefore these
they this those though through thus to too toward towards under until up upon us very via was
we well were what whatever when whenever where whereas whether which while who whom whose why
will with within without would yet you your yours yourself yourselves s t don didn doesn isn
wasn weren won wouldn couldn shouldn ve ll re d m o y mr mrs ms dr also told according
""".split())

class Word(NamedTuple):
    """What the matcher makes of one written word; made once per distinct surface and shared
    by all its occurrences, so a long document costs one lookup per token, not an object."""

    key: str  # the feature key: "w:" + folded stem, "n:" + number or month; "" for a stopword
    phrase: str  # the key glossary phrases match on (stopwords kept)
    capital: bool  # written with a capital letter (a name, unless it starts a sentence)


_SPLIT = re.compile(r"[-'’\"\u05f3\u05f4]")
_ENDING = re.compile(_FIGURE_ENDING + "$")
# The case endings Turkish and Azerbaijani write after a name's apostrophe, folded as fold()
# folds them (accents off, ı as i): dative, accusative, genitive, locative, ablative,
# instrumental, "-ki", and the plural, with their vowel and consonant variants.
_TURKIC_ENDINGS = frozenset("""
a e ə ya ye yə i u yi yu in un nin nun da de də ta te tə dan den dən tan ten tən la le lə yla
yle ylə ki daki deki dəki taki teki nda nde ndə ndan nden ndən na ne nə lar ler lər
""".split())
_LIST_MARKER = re.compile(r"\d{1,3}[.)](?:\s|$)")


# One letter typed two ways in Arabic script: Persian yeh and kaf on an Arabic keyboard (and
# back), alef maqsura for a final yeh; the tatweel is a typographic stretch, no letter.
_ARABIC_VARIANTS = str.maketrans({"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643", "\u0640": None,
                                  "\u200d": None})  # (a joiner changes a letter's shape, not the word)
_ZWNJ = "\u200c"
# The affixes Persian writes on to a word after a zero-width non-joiner, folded as fold() folds
# them (Persian yeh as Arabic yeh): the verbs' continuous prefix and its negation; the plural,
# with the ezafe and the possessive endings after it; the indefinite and possessive endings, the
# verbs' personal endings and the comparative and superlative. A word's key is what is left, as
# English keys "books" and "book" alike.
_PERSIAN_PREFIXES = frozenset("مي نمي".split())
_PERSIAN_SUFFIXES = frozenset("""
ها هاي هايي هايم هايت هايش هايمان هايتان هايشان اي ام ات اش ايم ايد اند يم يد ي تر ترين
""".split())


def _persian_stem(word: str) -> str:
    """A word written with non-joiners, without the Persian affixes its non-joiners set off
    ("كتاب\u200cها": "كتاب") and without the non-joiners."""
    parts = word.split(_ZWNJ)
    while len(parts) > 1 and parts[-1] in _PERSIAN_SUFFIXES:
        parts.pop()
    while len(parts) > 1 and parts[0] in _PERSIAN_PREFIXES:
        parts.pop(0)
    return "".join(parts)


def _turkic_name(word: str, ascii_only: bool) -> str:
    """A Turkish or Azerbaijani name without the case ending written after its apostrophe
    ("Ankara'dan", "Bakü'ye", "Azerbaycan'ın" are Ankara, Bakü, Azerbaycan). An ASCII word
    loses one-letter endings only if the word has other letters than ASCII: "Sana'a" stays."""
    head, _, tail = word.rpartition("'" if "'" in word else "’")
    if len(head) >= 2 and tail in _TURKIC_ENDINGS and (len(tail) > 1 or not ascii_only):
        return head
    return word


# French, Italian and Catalan write an article, preposition, pronoun or conjunction elided
# onto the next word ("l'usine", "d'euros", "qu'il", "dell'Italia", "un'altra"): the word is
# what follows the apostrophe, or "l'usine" and "une usine" would share nothing. ("O'Brien"
# and "Kur'an" are names: their first part is no article.)
_ELIDED = frozenset("""
l d j m n s t c qu jusqu lorsqu puisqu quoiqu dell dall nell sull coll all quell quest un nessun
""".split())


def unelided(word: str) -> str:
    """A lower-case word without the elided article or preposition written onto it ("c'est"
    -> "est"): as a language's word list has it."""
    return _unelided(word) if "'" in word or "’" in word else word


def _unelided(word: str) -> str:
    """A folded word without the elided article or preposition written onto it."""
    cut = min(i for i in (word.find("'"), word.find("’")) if i >= 0)
    if word[:cut] in _ELIDED and cut + 1 < len(word) and word[cut + 1].isalpha():
        return word[cut + 1:]
    return word


def fold(word: str) -> str:
    """Case, accents and punctuation folded away; possessive removed; prefix hyphens joined."""
    ascii_only = word.isascii()
    if not ascii_only:
        word = unicodedata.normalize("NFKD", word).translate(_ARABIC_VARIANTS)
        if _BREVE in word:  # Cyrillic "й" is a letter of its own, not an accented "и"
            word = word.replace("и" + _BREVE, "й").replace("И" + _BREVE, "Й")
        word = "".join(ch for ch in word if not unicodedata.combining(ch))
        if _ZWNJ in word:
            word = _persian_stem(word)
    # Turkish and Azerbaijani dotless ı is i once accents are gone: "KIZILHAÇ" = "Kızılhaç"
    # ("İ" loses its dot with the other accents).
    word = word.casefold() if ascii_only else word.casefold().replace("ı", "i")
    if "'" in word or "’" in word:
        word = _turkic_name(_unelided(word), ascii_only)
    if len(word) > 2 and word[-1] in "'’s":
        word = _POSSESSIVE.sub("", word)
    parts = _SPLIT.split(word)
    if len(parts) > 1 and parts[0] in _PREFIXES:
        parts = [parts[0] + parts[1], *parts[2:]]
    return "".join(parts)


def stem(word: str) -> str:
    """A light, predictable suffix stripper (not a linguist): enough to join inflections."""
    n = len(word)
    if n <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and n > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix, keep in (("ingly", 4), ("edly", 4), ("ing", 4), ("ed", 4), ("ly", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "stopped" -> "stopp" -> "stop"
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # "arrive"/"arrival"... and "decide"/"decid" meet
    return word


# English plurals no suffix rule joins to their singular, joined where a figure counts them:
# "12 people" are "12 persons" (counted_key). Only there: as words they stay apart, since
# joining them moved BASIL's link F1 0.503 -> 0.501 (a story of birthright citizenship tells
# of "a child" and of "children" in different claims) and, with "people"/"person", the seeds'
# without a glossary 0.286 -> 0.283. Only nouns with no other reading: "lives", "leaves",
# "bases" and "analyses" are verbs or other plurals too.
IRREGULAR_PLURALS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "geese": "goose", "mice": "mouse", "wives": "wife", "knives": "knife",
    "crises": "crisis",
}
_COUNTED = {stem(plural): stem(singular) for plural, singular in IRREGULAR_PLURALS.items()}


def counted_key(key: str) -> str:
    """The key of the thing a figure counts, an irregular plural's as its singular's: "12
    people" and "12 persons" count one thing ("peopl" -> "person")."""
    return _COUNTED.get(key, key)


# Scripts written by one Snowball language alone, so a word's letters tell its language: the
# range of its letters and the stemmer that takes its endings off. Cyrillic is keyed by the
# Russian stemmer: Ukrainian and Bulgarian words keep the endings Russian lacks ("Україні",
# "правителството"), which is what they had before, and their shared endings go as Russian's
# do. A word with a letter Russian, Ukrainian and Bulgarian do not write (Serbian "ђ", "љ",
# Macedonian "ќ"...) keeps its key as it was. Arabic script is left out: Arabic and Persian
# write it, and the Arabic stemmer reads a Persian word's first letter as a conjunction
# ("وزير", minister, loses its "و").
_SCRIPT_STEMMERS = (
    (re.compile("[\u0430-\u044f\u0454\u0456\u0457\u0491]+"), "russian"),
    (re.compile("[\u03ac-\u03ce]+"), "greek"),
    (re.compile("[\u0561-\u0587]+"), "armenian"),
)
_BREVE = "\u0306"
# The Russian stemmer takes "-ов"/"-ев" for a plural's genitive ending ("переговоров"), but
# with a capital it ends a surname or a town ("Иванов", "Лавров", "Ростов"), whose other cases
# keep it ("Иванова", "Ростове"): there the stemmer's cut is not made.
_NAME_ENDINGS = ("ов", "ев")


@lru_cache(maxsize=65536)
def _script_stem(word: str) -> str | None:
    """A folded word written wholly in Cyrillic, Greek or Armenian, stemmed by its language's
    Snowball stemmer ("путина" -> "путин"); None for a word of any other script."""
    for letters, language in _SCRIPT_STEMMERS:
        if letters.fullmatch(word):
            return _stemmer(language).stemWord(word) or word
    return None


@lru_cache(maxsize=None)
def _stemmer(language: str) -> BaseStemmer:
    """One Snowball stemmer per language, made on first use (the package loads all its
    languages' stemmers: an English corpus need not)."""
    import snowballstemmer

    return snowballstemmer.stemmer(language)


def number_key(surface: str) -> str:
    """Digits as ASCII, without thousands separators, currency sign or ordinal suffix
    ("$4,850" and "4'850" -> "4850", "18th" -> "18", Arabic "٤٥٠" and Persian "۴۵۰" -> "450")."""
    text = _ORDINAL.sub("", _ENDING.sub("", surface.lstrip("$")))
    if not text.isascii():
        text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
        text = text.replace("٫", ".").replace("٬", ",").replace("٪", "%")
    if re.fullmatch(r"\d{1,3}(?:[,'’]\d{3})+(?:\.\d+)?%?", text):
        text = re.sub("[,'’]", "", text)
    return text


def word_keys(surface: str, language: str | None = None) -> tuple[str, str]:
    """(matching key, glossary phrase key) of a word; the first is "" for a stopword. A word
    of an article in `language` (a code of LATIN_STEMMERS) is keyed by that language's
    stemmer (language_key); the phrase key is the same for every language."""
    folded = fold(surface)
    if folded in STOPWORDS or len(folded) < 2:
        return "", folded
    key = None if folded.isascii() else _script_stem(folded)
    if key is not None and folded.endswith(_NAME_ENDINGS) and len(folded) - len(key) == 2 and surface[0].isupper():
        key = folded  # "Иванов" is "Иванова"'s, "Ивановым"'s nominative, no genitive plural
    if key is None:
        key = stem(folded)
        if language is not None:
            return language_key(surface, language) or key, key
    return key, key


# The languages of reader.align.background.LANGUAGES written in Latin letters that have a
# Snowball stemmer: a word of an article judged one of them loses its endings by that
# stemmer ("négociations", "négocier" -> "negoci"; "görüşmelerde" -> "gorusme"), as a
# Cyrillic word does by the Russian one. English keeps the light stripper `stem` (a Snowball
# English stemmer was worse on every English dev set). Azerbaijani has no stemmer: the Turkish
# one does not know its "ə" ("sərhədlər", "ölkələr" keep their plural) and cuts its stems
# ("hücum" -> "hüç"), so its words keep their keys.
LATIN_STEMMERS = {"fr": "french", "de": "german", "es": "spanish", "it": "italian", "pt": "portuguese",
                  "nl": "dutch", "tr": "turkish"}
# Languages that write every noun with a capital ("Verhandlungen"): a capital there tells no
# name, so a capitalised word is stemmed as any other.
NOUNS_CAPITALISED = frozenset({"de"})
# A word the Snowball stemmers read: Latin letters only (no hyphen, apostrophe or digit left).
_LATIN_WORD = re.compile("[a-z\u00df-\u00f6\u00f8-\u024f]+")


@lru_cache(maxsize=65536)
def language_key(surface: str, language: str) -> str | None:
    """The key of a word of an article in `language` by its Snowball stemmer, accents folded
    after it ("frappés" and "frappe" -> "frapp") but the letters the language tells its words
    apart by (_OWN_LETTERS: Turkish "öldü" is not "oldu"; a word typed without them is keyed as
    the word written with them, _lettered: "olduruldu" as "öldürüldü"), an elided article
    written onto it cut first ("l'accord", "L'accord" -> "accord"); None when the language has no stemmer or the word
    keeps its language-free key: a word with a capital, unless the language writes its nouns
    so, is a name, and a name must meet itself in an article of any language ("Macron",
    "L'Élysée", "Aliyev"; a Turkish name's case ending after its apostrophe is cut by fold; a
    sentence's first word its article also writes in lower case comes here lower-cased: word's
    `common`); a word with a hyphen, digit, other apostrophe or letter outside Latin is left as
    fold keys it."""
    stemmer = LATIN_STEMMERS.get(language)
    if stemmer is None:
        return None
    if ("'" in surface or "’" in surface) and len(lower := surface.lower()) == len(surface):
        surface = surface[len(surface) - len(_unelided(lower)):]  # the capital of "L'accord" is the article's
    if surface[0].isupper() and language not in NOUNS_CAPITALISED:
        return None
    lowered = unicodedata.normalize("NFC", surface).lower()
    if not _LATIN_WORD.fullmatch(lowered):
        return None
    if lowered.isascii() and language in _OWN_LETTERS:
        lowered = _lettered(language).get(lowered, lowered)
    stemmed = _stemmer(stemmer).stemWord(lowered)
    if language in _STEMS_MENDED:
        whole = _whole_stem(lowered, stemmed, language) or _voiced_stem(lowered, language)
        if whole is not None:
            stemmed = whole
        else:
            stemmed = _possessed(lowered, stemmed, language) or _own_consonant(lowered, stemmed, language) or stemmed
            if language in _BARE_VOWEL_CUT and not _noun(stemmed, language):
                stemmed = _as_bare(stemmed, stemmer)
    kept = _OWN_LETTERS.get(language)
    if kept is not None and not stemmed.isascii():
        return "".join(ch if ch in kept or ch.isascii() else fold(ch) for ch in stemmed)
    return fold(stemmed) or None


# Letters a language tells its words apart by, kept in the keys its stemmer gives (the other
# accents are folded): Turkish "oldu" (it became) is not "öldü" (he died), nor "sınır" (border)
# "sinir" (nerve), "yasama" (legislature) "yaşama" (living), "şu" (that) "su" (water). Over the
# Turkish word list, folding them joined 766 keys: of the 60 commonest, 45 joined two words and
# 15 one word written without its letters ("cok", "degil"); of 60 drawn at random, 28 and 31.
# A name keeps the key it has in every language, folded.
_OWN_LETTERS = {"tr": frozenset("şçğıöü")}
# Many write Turkish on a keyboard without those letters ("secim", "olduruldu", "cok"): such a
# word is keyed as the word of the list written so with them ("seçim", "öldürüldü", "çok"), the
# commonest of those, when the list knows that TYPED_BARE_MIN_RATIO times as often as the
# letterless form, or does not know the letterless form at all. A word the letterless form is
# too ("oldu", it became; "sinir", nerve; "yas", mourning: 0.13, 1.1 and 15 times) keeps its own
# key. Of the list's 1,233 letterless forms it knows beside a lettered one, the 35 of 20 to 30
# times are forms typed without the letters but "tas" (a bowl); those of 10 to 20 hold words of
# their own ("adi", vulgar; "cop", truncheon; "obur", glutton).
TYPED_BARE_MIN_RATIO = 20
_WITHOUT_LETTERS = {"tr": str.maketrans("şçğıöüâîû", "scgiouaiu")}


@lru_cache(maxsize=None)
def _lettered(language: str) -> dict[str, str]:
    """A word of `language`'s list as written without its own letters -> the word (_OWN_LETTERS
    and the accents, by TYPED_BARE_MIN_RATIO: "secim" -> "seçim", not "oldu" -> "öldü")."""
    known = read_list(language)
    table = _WITHOUT_LETTERS[language]
    commonest: dict[str, tuple[str, float]] = {}
    for word, frequency in known.items():
        bare = word.translate(table)
        if bare != word and frequency > commonest.get(bare, ("", 0.0))[1]:
            commonest[bare] = (word, frequency)
    return {bare: word for bare, (word, frequency) in commonest.items()
            if frequency >= TYPED_BARE_MIN_RATIO * known.get(bare, 0.0)}


# Languages whose stemmer takes a bare word's last vowel for a case ending but keeps it once it
# has cut a suffix after it: Turkish "müzakere" -> "müzaker", "müzakereler" and "müzakereye" ->
# "müzakere" (a case ending follows the plural's "-ler", never precedes it, so once that is cut
# no case ending is looked for). Its plural and cases are the many forms, so the bare word's cut
# is kept and the stem they leave is keyed as it.
_BARE_VOWEL_CUT = frozenset({"tr"})
# Syllables a stem must have for its last vowel to be dropped as the bare word's is: a shorter
# one would meet other words ("saha", "sahada" -> "sah" would be "şah"; "oda" is cut to "o").
BARE_VOWEL_MIN_SYLLABLES = 3
_VOWELS = frozenset("aeıioöuüâîû")


def _syllables(word: str) -> int:
    """A Turkish word's syllables: one to each vowel."""
    return sum(c in _VOWELS for c in word)


def _as_bare(stemmed: str, stemmer: str) -> str:
    """A stem the stemmer cut a suffix from keyed as the bare word is: without its last vowel when
    the stemmer, reading the stem as a word, would cut that vowel alone ("müzakere" -> "müzaker")."""
    if (stemmed[-1:] in _VOWELS and _syllables(stemmed) >= BARE_VOWEL_MIN_SYLLABLES
            and _stemmer(stemmer).stemWord(stemmed) == stemmed[:-1]):
        return stemmed[:-1]
    return stemmed


# The Turkish case endings, the one definition the mendings of a stem below read: what may follow
# a stem's own consonant the stemmer cut ("hükümete", "pasaportun": _own_consonant), its voiced
# consonant ("umudu", "umudumuzu", "kanadında": _voiced_stem) and the buffer "s" of a possessive
# ("bölgesi", "bölgesinde", "bölgesiyle": _possessed); not a suffix making another word
# ("komutan", "kanadalı", "vefasız"). After a consonant: the accusative "-I", the dative "-A" and
# the genitive "-In" (the locative's "-DA" is the stemmer's to cut); after a possessive's vowel
# and its person ("-Im", "-In", "-ImIz", "-InIz"): those, the locative and ablative "-DA(n)" and
# the instrumental "-lA", the third person's with an "n" before them ("-InA", "-InDA", "-InIn");
# after the buffer "s", its high vowel and the first letter of what follows that ("n" of "-nA",
# "-nDA", "-nIn"; "y" of "-ylA"; "d" of the copula "-DIr"), not "-sIz".
# A bare noun's own case endings (_noun) are read from it too: its one vowel ("-A", "-I"), that
# vowel after the buffer "y" and the locative "-DA". A case ending's vowel is never "o" or "ö"
# (nor one with a circumflex, written in a borrowed stem only).
_CASES = {"tr": {"vowel": "[aeıiuü]", "high": "[ıiuü]", "locative": "[dt][ae]",
                 "person": "(?:m|n|m{high}z|n{high}z)",
                 "after_consonant": "(?:{vowel}|{high}n)",
                 "after_person": "(?:{vowel}|{locative}n?|yl[ae]|n(?:{vowel}|d[ae]n?|{high}n))",
                 "after_possessive": "[nyd]",
                 "bare_noun": "(?:y?{vowel}|{locative})",
                 "genitive_after_vowel": "n{high}n"}}


def _case_forms(cases: dict[str, str]) -> dict[str, re.Pattern]:
    """The three tests of case endings, built from `cases` (_CASES)."""
    part = {name: text.format(**cases) for name, text in cases.items()}
    return {"after_consonant": re.compile(part["after_consonant"]),
            "voiced": re.compile(f"{part['vowel']}{part['person']}?{part['after_person']}?"),
            "possessive": re.compile(f"s{part['high']}(?:{part['after_possessive']}.*)?", re.S),
            "genitive_after_vowel": re.compile(part["genitive_after_vowel"])}


_CASE_FORMS = {language: _case_forms(cases) for language, cases in _CASES.items()}


BARE_NOUN_ENDING_MAX = 2  # letters of the longest case ending of a bare noun ("-yA", "-DA")


def _spelled(pattern: str, longest: int) -> tuple[str, ...]:
    """Every string of up to `longest` letters, of those `pattern` names, that it matches: the
    few ways a case ending is written, read from its pattern."""
    letters = sorted(set(re.findall(r"\w", pattern)))
    form = re.compile(pattern)
    return tuple("".join(spelling) for n in range(1, longest + 1) for spelling in product(letters, repeat=n)
                 if form.fullmatch("".join(spelling)))


# Turkish writes the possessive "-sI" after a vowel with a buffer "s" ("bölge", region: "bölgesi",
# "bölgesinde"), which its stemmer reads as the accusative "-I" of a stem in "s" and keeps
# ("bölges"): a thing and its possessive, the commonest of its forms in news, had two keys. The
# stem without its "s" is keyed as the bare word's plural and cases are when the language's word
# list knows the bare word and not the stem in "s": "kafesi" stays the cage's ("kafes"), not the
# café's ("kafe").
# After the possessive come only its case endings and the copula ("-sInA", "-sIyla", "-sIdIr"),
# not "-sIz" ("vefasız", disloyal).
_POSSESSIVE_BUFFER = frozenset({"tr"})
POSSESSED_STEM_MIN = 3  # letters of a stem ending vowel + "s": shorter ("as", "es") are words of their own


def _possessed(word: str, stemmed: str, language: str) -> str | None:
    """The bare word whose possessive `word` is, when the stemmer kept the possessive's buffer
    "s" as `stemmed`'s last letter ("bölgesi" -> "bölges": "bölge"); else None."""
    if (language not in _POSSESSIVE_BUFFER or len(stemmed) < POSSESSED_STEM_MIN or stemmed[-1] != "s"
            or stemmed[-2] not in _VOWELS or not word.startswith(stemmed)):
        return None
    if not _CASE_FORMS[language]["possessive"].fullmatch(word, len(stemmed) - 1):
        return None
    known = read_list(language)
    return stemmed[:-1] if stemmed[:-1] in known and stemmed not in known else None


# A Turkish stem ending in "t" or "d" ("hükümet", "şirket", "pasaport") loses it to the stemmer
# before a case ending of one vowel, read as the locative "-tA" or the past "-dI": "hükümete" (to
# the government) was "hüküme", "şirkete" "şirke", vinegar's "sirke" once accents are folded.
# The consonant is the stem's when the word list knows the stem with it and not without it, and
# the stem has STEM_CONSONANT_MIN_SYLLABLES or more (a shorter one is too often a word the list
# lacks by chance), and only a case ending follows it: one vowel, or the genitive's high vowel
# and "n" ("pasaportun"); not a suffix that makes another word ("komutan", commander, is no
# "komut", command; "asistan" no "asist").
# After a vowel the locative and the past are written with "d" alone ("odada", "hastaydı"): a
# "t" there is the stem's even when the list knows the stem without it too, as it knows
# "devle", "haya" and "mille" beside "devlet", "hayat" and "millet".
_STEM_CONSONANTS = {"tr": frozenset("td")}
_SUFFIX_CONSONANTS_AFTER_VOWEL = {"tr": frozenset("d")}
# The languages any of the three mendings of a stem above applies to (each asks its own set).
_STEMS_MENDED = _BARE_VOWEL_CUT | _POSSESSIVE_BUFFER | _STEM_CONSONANTS.keys()
# It bounds a stem whose last consonant is voiced before a case ending too (_voiced_stem): a
# shorter one reads a word's own consonant as voiced ("adı", his name, would be "at", horse;
# "kadı", the judge, "kat", the floor).
STEM_CONSONANT_MIN_SYLLABLES = 2


def _own_consonant(word: str, stemmed: str, language: str) -> str | None:
    """`stemmed` with the consonant of its own the stemmer cut as a suffix's ("hükümete" ->
    "hüküme": "hükümet"); else None."""
    consonants = _STEM_CONSONANTS.get(language)
    if consonants is None or not word.startswith(stemmed) or word[len(stemmed):len(stemmed) + 1] not in consonants:
        return None
    if not _CASE_FORMS[language]["after_consonant"].fullmatch(word, len(stemmed) + 1):
        return None
    if _syllables(stemmed) < STEM_CONSONANT_MIN_SYLLABLES:
        return None
    known = read_list(language)
    grown = word[:len(stemmed) + 1]
    no_suffix_of_its = stemmed[-1] in _VOWELS and grown[-1] not in _SUFFIX_CONSONANTS_AFTER_VOWEL[language]
    return grown if grown in known and (no_suffix_of_its or stemmed not in known) else None


# A Turkish noun's last syllable is often one of the stemmer's suffixes ("seçim", election: a
# possessive "-im"; "oda", room, and "masa", table: a dative "-a"), which it cuts from the bare
# word and its case forms ("seçim", "seçimde" -> "seç"; "oda" -> "o") but not after the plural,
# which no possessive or case precedes ("seçimler" -> "seçim"); cutting a vowel it also voices
# the consonant left ("kasaba", town -> "kasap", butcher). A word the list knows with its plural
# and a case ending is a noun of its own (a verb's past or participle takes "-ler" as a person,
# not a case: "girdiler", "vermişler"): the bare word, its forms the stemmer cuts as it cuts the
# bare word, and the stem its plural and cases leave are keyed as it: the longer noun, where a
# shorter one is a noun too ("adamla", with the man, was keyed as "ada", island; "dolarda" as "do").
_PLURALS = {"tr": ("lar", "ler")}
_CASE_ENDINGS = {language: _spelled(cases["bare_noun"].format(**cases), BARE_NOUN_ENDING_MAX)
                 for language, cases in _CASES.items()}
# A stem's last consonant as written before a vowel ("kitap", "kitabı"; "umut", "umudu").
_VOICED = {"tr": {"p": "b", "ç": "c", "t": "d", "k": "ğ"}}


def _noun(start: str, language: str) -> bool:
    """Whether the word list knows `start` with its plural and a case ending."""
    known = read_list(language)
    if start not in known or not any(start + plural in known for plural in _PLURALS[language]):
        return False
    voiced = _VOICED[language].get(start[-1])
    stems = (start,) if voiced is None else (start, start[:-1] + voiced)
    return any(stem + ending in known for stem in stems for ending in _CASE_ENDINGS[language])


def _whole_stem(word: str, stemmed: str, language: str) -> str | None:
    """The longest start of `word` (from `stemmed` on) that is a noun of the word list (_noun),
    when the stemmer cuts it (alone) to `stemmed` or kept it as `stemmed` ("seçimde" -> "seç":
    "seçim"); else None."""
    if language not in _PLURALS:
        return None
    stemmer = _stemmer(LATIN_STEMMERS[language])
    for end in range(len(word), len(stemmed) - 1, -1):
        start = word[:end]
        if not _noun(start, language):
            continue
        cut = stemmer.stemWord(start)
        if cut == start or (cut != stemmed and start != stemmed):
            continue
        if start != stemmed and _genitive_of_commoner(word, stemmed, start, language):
            continue
        return start
    return None


# A genitive of two nouns ("bilginin": "bilgi-nin", the information's, or "bilgin-in", the
# scholar's) is the shorter noun's when the word list writes that noun's plural (a noun's form
# alone: a bare word may be a verb's too, "kazan", win) at least this many times as often as the
# longer's: "bilgiler" 80 times "bilginler", "kazalar" (accidents) 3.5 times "kazanlar"
# (cauldrons); "seçmeler" only 1.2 times "seçmenler" (voters), so "seçmenin" stays the voter's.
GENITIVE_READING_RATIO = 2.0


def _genitive_of_commoner(word: str, stemmed: str, start: str, language: str) -> bool:
    """Whether `word` is as well the genitive ("-nIn") of the noun `stemmed` ending in a vowel,
    a noun the word list finds commoner than `start` (GENITIVE_READING_RATIO)."""
    if stemmed[-1:] not in _VOWELS or not _noun(stemmed, language):
        return False
    if _CASE_FORMS[language]["genitive_after_vowel"].fullmatch(word, len(stemmed)) is None:
        return False
    known = read_list(language)
    plurals = [sum(known.get(noun + plural, 0.0) for plural in _PLURALS[language]) for noun in (stemmed, start)]
    return plurals[0] >= GENITIVE_READING_RATIO * plurals[1]


def _voiced_stem(word: str, language: str) -> str | None:
    """The noun of the word list (_noun) of STEM_CONSONANT_MIN_SYLLABLES or more whose last
    consonant `word` voices before a case or possessive ending ("umuda", "umudu" -> "umut", which
    the stemmer cut or kept: "umu", "umudu"), when the voiced stem and its vowel are no noun of
    their own ("arabası" is the car's, "araba", not "arap"); else None."""
    voicing = _VOICED.get(language)
    if voicing is None:
        return None
    for end in range(len(word) - 1, 1, -1):
        if not _CASE_FORMS[language]["voiced"].fullmatch(word, end):
            continue
        for plain, voiced in voicing.items():
            if word[end - 1] == voiced:
                noun = word[:end - 1] + plain
                if (_syllables(noun) >= STEM_CONSONANT_MIN_SYLLABLES and _noun(noun, language)
                        and not _noun(word[:end + 1], language)):
                    return noun
    return None


@lru_cache(maxsize=65536)
def name_key(surface: str) -> str:
    """The aligner's word key of a name's word ("Stepanakert": "w:stepanakert"; "w:" alone for
    a stop word), as its links and their evidence know it."""
    return "w:" + word_keys(surface)[0]


def word(surface: str, language: str | None = None, common: bool = False, bare: bool = False) -> Word:
    """The Word of one token's surface, in an article in `language` (word_keys); `common`: a
    capitalised word its article also writes in lower case, a common word opening a sentence
    ("Négociations" where "négociations" is written too), keyed as that lower-case word (as a
    text typed without the language's letters lowers it, `bare`: typed_bare)."""
    first = surface[0]
    if first.isdigit() or first == "$":
        key = number_key(surface)
        return Word("n:" + key, key, False)
    key, phrase = word_keys(lowered(surface, language, bare) if common else surface, language)
    capital = first.isupper()
    # A month may be part of a date, an anchor as strong as a number ("April 2016", "1 to 2
    # April"); features.unit_features decides from its neighbours whether it is one.
    if capital and phrase in MONTHS:
        return Word(f"n:month{MONTHS[phrase]}", phrase, True)
    return Word("w:" + key if key else "", phrase, capital)


_HAN = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_KANA = "\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f"


def _spaceless() -> str:
    """The letters and marks of Thai, Lao, Burmese and Khmer (not their digits, which are
    numbers), as a regex class's body."""
    blocks = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
    return "".join(re.escape(chr(cp)) for lo, hi in blocks for cp in range(lo, hi + 1)
                   if unicodedata.category(chr(cp))[0] in "LM")


_IDEOGRAPH_PAIR = re.compile(f"[{_HAN}]{{2}}")


def ideograph_pair(word: str) -> bool:
    """Whether `word` is two ideographs: a key of a run of CJK text, which may be a word or
    straddle two ("县政" of "县政府")."""
    return _IDEOGRAPH_PAIR.fullmatch(word) is not None


_SPACELESS = _spaceless()
SPACELESS_GRAM = 3  # characters in a key of a Thai, Lao, Burmese or Khmer run
# Text in a script that writes no space between words: CJK, Thai, Lao, Burmese, Khmer.
IDEOGRAPHS_AND_KANA = _HAN + _KANA  # a regex class's body: Chinese and Japanese, read a character at a time
UNSPACED_SCRIPT = re.compile(f"[{_HAN}{_KANA}{_SPACELESS}]")
# Text with CJK in it: the same numbers and words as _TOKEN, a word never running into CJK; a
# figure with its CJK unit of date ("2026年", "3月", "14日"); runs of ideographs, of katakana
# and of hiragana, each its own group.
_CJK_TOKEN = re.compile(
    rf"(?P<ymd>\d{{1,4}})(?P<unit>[年月日])"
    rf"|(?P<number>{_NUMBER})|{PREFIXED_FIGURE}"
    rf"|(?P<han>[{_HAN}]+)|(?P<kata>[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]+)|(?P<hira>[\u3041-\u309f]+)"
    rf"|(?P<spaceless>[{_SPACELESS}]+)"
    rf"|(?P<word>[^\W{_HAN}{_KANA}{_SPACELESS}](?:[^\W{_HAN}{_KANA}{_SPACELESS}]|[{MARKS}])*"
    rf"(?:[-'’][^\W{_HAN}{_KANA}{_SPACELESS}](?:[^\W{_HAN}{_KANA}{_SPACELESS}]|[{MARKS}])*)*)"
)


class Token:
    """A token cut from CJK text: start(), end() and group() as a regex match has them (a
    bigram overlaps its neighbours, so it cannot be a match of its own)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _cjk_tokens(text: str, language: str | None = None,
                common: frozenset[str] | None = None) -> tuple[list[Token | re.Match], list[Word]]:
    """Tokens and Words of text holding CJK: ideographs as bigrams (one alone as itself), runs
    of Thai, Lao, Burmese and Khmer as trigrams (SPACELESS_GRAM; a shorter run as itself), the
    first ideograph after a figure on its own as the figure's unit or counter ("450吨", "12辆"),
    a date's figures as numbers and months."""
    tokens: list[Token | re.Match] = []
    words: list[Word] = []
    after_number = -1
    bare = typed_bare(common, language)
    for m in _CJK_TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "unit":
            figure, unit = m.group("ymd"), m.group("unit")
            value = number_key(figure)
            if unit == "月" and 1 <= int(value) <= 12:
                w = Word(f"n:month{int(value)}", m.group(), False)
            else:
                w = Word("n:" + value, value, False)
            tokens.append(m)
            words.append(w)
        elif kind == "han":
            run, lo = m.group(), m.start()
            if lo == after_number and len(run) > 1:
                tokens.append(Token(lo, lo + 1, run[0]))
                words.append(Word("w:" + run[0], run[0], False))
                run, lo = run[1:], lo + 1
            if len(run) == 1:
                tokens.append(Token(lo, lo + 1, run))
                words.append(Word("w:" + run, run, False))
            for k in range(len(run) - 1):
                pair = run[k : k + 2]
                tokens.append(Token(lo + k, lo + k + 2, pair))
                words.append(Word("w:" + pair, pair, False))
        elif kind == "spaceless":
            run, lo = m.group(), m.start()
            for k in range(max(1, len(run) - SPACELESS_GRAM + 1)):
                if k and unicodedata.category(run[k])[0] == "M":
                    continue  # a vowel or tone mark belongs to the letter before it: no key starts there
                gram = run[k : k + SPACELESS_GRAM]
                tokens.append(Token(lo + k, lo + k + len(gram), gram))
                words.append(Word("w:" + gram, gram, False))
        elif kind == "kata":
            tokens.append(m)
            words.append(Word("w:" + m.group(), m.group(), False))
        elif kind != "hira":
            tokens.append(m)
            words.append(word(m.group(), language, common_word(m.group(), common, language, bare), bare))
        after_number = m.end() if kind == "number" else -1
    return tokens, words


# A web address cited in a passage ("see https://example.org/long/path/dam-report") is where a
# reader may look, not what the passage says: the words of its host and path are no evidence,
# and a slug would link a passage to any heading with the same words.
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)


def _outside(spans: list[tuple[int, int]], matches: list[re.Match]) -> list[re.Match]:
    """The matches that start in none of `spans` (ordered, not overlapping): one walk."""
    if not spans:
        return matches
    out, k = [], 0
    for m in matches:
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k == len(spans) or m.start() < spans[k][0]:
            out.append(m)
    return out


# Marks a common word's entry in scan's cache: "\0Négociations" is "Négociations" keyed as the
# lower-case word its article also writes, "Négociations" the name another article may write.
# Both are functions of the surface alone, so one cache serves articles that decide apart.
_COMMON = "\0"
_COMMON_BARE = "\1"


# Languages whose "I" is the capital of a dotless "ı" (Python lower-cases "I" as "i"). Their
# "İ" is the capital of "i", in any language that writes it: Python would lower it to "i" and
# a combining dot, which no text writes.
_DOTTED_I = frozenset({"tr", "az"})


# A text typed on a keyboard without a language's own letters (_OWN_LETTERS: "Isciler greve
# gitti", "isciler") writes "I" for the capital of "i", which it writes for "ı" too: lowered as
# "ı", "Isciler" opening a sentence would be "ısciler", a word the text never writes, and keyed
# as a name. A text is typed so when the words it writes in lower case hold those letters less
# than TYPED_BARE_SHARE times as often as the language's word list does, by frequency (Turkish:
# 37% of words): one written with them holds them in about as many of its words (over 40% of
# the words of an invented report or of the list's commonest thousand), one typed without them
# in none but a name or a quotation pasted in. TYPED_BARE_MIN_WORDS words at least tell it
# (fewer say nothing: its "I" is lowered as the language writes it).
TYPED_BARE_SHARE = 0.25
TYPED_BARE_MIN_WORDS = 20


@lru_cache(maxsize=None)
def _letters_share(language: str) -> float:
    """The share of the words of `language`'s list, by frequency, holding one of its own letters."""
    known = read_list(language)
    kept = _OWN_LETTERS[language]
    total = sum(known.values())
    return sum(f for w, f in known.items() if not kept.isdisjoint(w)) / total if total else 0.0


class LowerWords(frozenset):
    """The common words of an article (reader.align.language.lower_words) with whether the
    article is typed without its language's letters (`bare`), decided once on every word it
    writes in lower case: counting its names and keying its words then read it alike, where
    deciding again on the common words alone could judge one article both ways; and the words
    it capitalises only as its language writes an institution (`institutions`, in lower case:
    "el Gobierno"), which keep their key but are no name."""

    bare: bool
    institutions: frozenset[str]  # capitalised by convention, no name (language.institutions)

    def __new__(cls, words, bare: bool, institutions: frozenset[str] = frozenset()) -> LowerWords:
        kept = super().__new__(cls, words)
        kept.bare = bare
        kept.institutions = institutions
        return kept


def typed_bare(words: frozenset[str] | None, language: str | None) -> bool:
    """Whether an article in `language` writing `words` in lower case is typed without the
    language's own letters (TYPED_BARE_SHARE; False for a language without them); an article's
    LowerWords carry the answer. Answers are kept by the set's identity (scan asks once a
    passage; a cache keyed by value would compare an equal set of another article's word by word)."""
    if language not in _OWN_LETTERS or not words:
        return False
    if isinstance(words, LowerWords):
        return words.bare
    if len(words) < TYPED_BARE_MIN_WORDS:
        return False
    kept_answer = _bare_answers.get(id(words))
    if kept_answer is not None and kept_answer[0] is words and kept_answer[1] == language:
        return kept_answer[2]
    kept = _OWN_LETTERS[language]
    share = sum(not kept.isdisjoint(w) for w in words) / len(words)
    bare = share < TYPED_BARE_SHARE * _letters_share(language)
    if len(_bare_answers) >= _BARE_ANSWERS_KEPT:
        _bare_answers.clear()
    _bare_answers[id(words)] = (words, language, bare)  # the set kept alive, so its id is not reused
    return bare


_BARE_ANSWERS_KEPT = 64  # the articles' sets whose answers are kept
_bare_answers: dict[int, tuple[frozenset[str], str, bool]] = {}


def lowered(surface: str, language: str | None, bare: bool = False) -> str:
    """`surface` in lower case as its article's language writes it ("Işık" -> "ışık" in
    Turkish, but in a text typed without its letters, `bare`: typed_bare; "İlk" -> "ilk" in any)."""
    if language in _DOTTED_I and not bare:
        surface = surface.replace("I", "ı")
    return surface.replace("İ", "i").lower()


def common_word(surface: str, common: frozenset[str] | None, language: str | None, bare: bool = False) -> bool:
    """Whether `surface` is capitalised and written in lower case in its article too (`common`,
    the words the article writes in lower case more often than it capitalises them inside a sentence:
    reader.align.language.lower_words; `bare`: the article is typed without its language's
    letters, typed_bare)."""
    return common is not None and surface[0].isupper() and lowered(surface, language, bare) in common


def scan(text: str, cache: dict[str, Word] | None = None, language: str | None = None,
         common: frozenset[str] | None = None, speakers: frozenset[str] = frozenset(),
         ) -> tuple[list[re.Match | Token], list[Word]]:
    """The tokens of `text` (regex matches or Tokens, for their offsets) and their Words, of
    an article in `language` (word_keys; None: keys of no language) that writes the words of
    `common` in lower case (a capitalised one among them is that common word: word); `cache`
    (surface -> Word, one per language) saves refolding words seen before; `speakers`: the
    names a debate's record labels its turns with (reader.corpus.marks.speakers), no words of them."""
    matches, words = _cut(text, language, common, speakers)
    if words is not None:
        return matches, words
    cache = {} if cache is None else cache
    surfaces = list(map(re.Match.group, matches))
    bare = typed_bare(common, language)
    if common:
        mark = _COMMON_BARE if bare else _COMMON  # the two lowerings of one surface cached apart
        surfaces = [mark + s if common_word(s, common, language, bare) else s for s in surfaces]
    words = list(map(cache.get, surfaces))
    if None in words:
        for i, w in enumerate(words):
            if w is None:
                s = surfaces[i]
                words[i] = cache[s] = (word(s[1:], language, True, bare) if s[0] in (_COMMON, _COMMON_BARE)
                                       else word(s, language))
    return matches, words


def tokens(text: str) -> list[re.Match | Token]:
    """The tokens of `text` as scan cuts them, without making their Words (what a word's
    language is judged by)."""
    return _cut(text, None)[0]


def _cut(text: str, language: str | None, common: frozenset[str] | None = None,
         speakers: frozenset[str] = frozenset()) -> tuple[list[re.Match | Token], list[Word] | None]:
    """scan's tokens, and their Words if text holding CJK made them with its tokens (else None)."""
    cjk = not text.isascii() and UNSPACED_SCRIPT.search(text) is not None
    matches, words = _cjk_tokens(text, language, common) if cjk else (list(_TOKEN.finditer(text)), None)
    if ("://" in text or "www." in text) and not cjk:
        matches = _outside([m.span() for m in _ADDRESS.finditer(text)], matches)
    if not cjk and (spans := marks(text, speakers)):
        matches = _outside(spans, matches)  # a reference marker's number, a speaker's label
    if matches and _LIST_MARKER.match(text, matches[0].start()) and not text[: matches[0].start()].strip():
        del matches[0]  # "1." or "2)" opening a list item numbers the list, it says nothing
        if words is not None:
            del words[0]
    return matches, words


# What a sentence, quote or bracket opens after: also the Armenian full stop, the quotes of
# other languages («Лачин», „so“) and Spanish opening marks.
SENTENCE_OPENERS = frozenset('.!?:;"“‘([—–-։«„¡¿')


def sentence_initial(text: str, start: int, openers: frozenset[str] = SENTENCE_OPENERS) -> bool:
    """Whether the word at `start` opens a sentence (or a quote, a bracket, a list item): only
    space, or nothing, stands between it and one of `openers`, reference markers aside
    ("…route.[5][6] Additional")."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] == "]":  # only then may markers stand between (most words skip this)
        k = after_markers(text, start) - 1
        while k >= 0 and text[k].isspace():
            k -= 1
    return k < 0 or text[k] in openers


def phrase_keys(text: str) -> tuple[str, ...]:
    """The keys of a phrase as scan() would make them, stopwords kept (for glossary terms)."""
    return tuple(w.phrase for w in scan(text)[1])
