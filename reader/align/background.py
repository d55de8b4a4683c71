"""How common a word is in the language at large: the prior that keeps two articles' statistics sane.

Word statistics drawn from just the two articles being compared (what `counterpoint align A B`
has) cannot tell a rare name from a common word that happens to occur once in each: with forty
paragraphs, "said" and "Halvorsen" may both have a document frequency of two. The wordfreq
package (frequencies of the words of many languages from many sources, shipped inside its
wheel, nothing fetched) supplies the expected share of ordinary paragraphs containing each word, which
reader.align.scoring.idf_table blends into the document frequencies as pseudo-units.

Only its "small" lists are read (words of at least one in a million tokens, about 125 kB
each), English unless the articles are in another language (see LANGUAGES): a
rarer word adds under 0.003 pseudo-occurrences, so the long tail changes nothing. The list is
read straight from the package's data file, because importing wordfreq itself (its tokenisers
and language tables) costs a second of start-up that the reader would pay on every alignment.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from collections.abc import Collection, Mapping
from functools import lru_cache

from reader.align.policy import BACKGROUND_UNIT_WORDS, FUNCTION_RANK, SHOWN_MAX_SHARE
from reader.align.text import NOUNS_CAPITALISED, UNSPACED_SCRIPT as _UNSPACED_SCRIPT
from reader.corpus.word_lists import read_list

_LOCK = threading.Lock()
_TABLES: dict[str, dict[str, float]] = {}

# Articles in another language are weighed with that language's list, or its articles and
# prepositions ("de", "la", "une") would count as rare words shared by chance. The list is
# chosen by how many of the articles' distinct words it knows; English is kept whenever it
# knows at least ENGLISH_COVERAGE of them (every English dev article: 0.80 or more), so
# English text costs no other list. Candidates: the languages of most news, one list each.
# Chinese and Japanese words are looked up as reader.align.text cuts them (two-character
# words are most of their lists), so "没有" is common and a proper name is rare.
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "ar", "fa", "he", "zh", "ja",
             "el", "hi", "ko", "hy", "az")
ENGLISH_COVERAGE = 0.6
# Armenian and Azerbaijani, the languages of the story the reader was made for, have no
# wordfreq list: theirs are their function words (auxiliaries, conjunctions, pronouns,
# postpositions, particles), each as common as a function word is (FUNCTION_FREQUENCY), so
# that "են", "որ", "և" (also written "եւ", as case folding writes it) or "və", "üçün", "görə"
# are never a reason for a link nor a side's own word. Azerbaijani's list is Turkish's, which knows most of the words the two languages share,
# with these added: words Turkish writes otherwise (with ə, "ilə" for "ile"), so a Turkish
# article still takes Turkish's list (LANGUAGES lists Turkish first, and it wins a tie).
_FUNCTION_WORDS = {
    "hy": """
    է են եմ ես ենք եք էր էին էի էիր էինք և եւ ու որ որը որի որին որից որոնք որոնց թե այս այդ այն
    նա նրա նրան նրանից նրանք նրանց իր իրեն իրենց մենք մեր մեզ դուք ձեր ձեզ իմ ինձ քո դու դա սա
    դրա սրա մի մեկ էլ էլի բայց իսկ կամ եթե քան հետ համար մասին վրա մեջ մոտ տակ առաջ հետո դեմ
    պես նման միջև ըստ առանց չի չեն չէ չէր չէին ոչ այո պետք կա կան կար կային կլինի եղել եղավ
    արդեն դեռ նաև միայն շատ ավելի բոլոր ամեն ամբողջ ինչ ինչպես ով ովքեր երբ որտեղ այնտեղ
    այստեղ հիմա արդյոք թեև քանի սակայն ապա ուստի որովհետև քանզի ևս այսպես այդպես նույն
    այնպես միշտ երբեք նույնպես լինել լինի կլինեն
    """,
    "az": """
    və ilə üçün görə isə də ki bu o onun ona onu ondan onda onlar onların onlara onları bir hər
    heç nə niyə necə harada ancaq amma lakin çünki əgər yaxud həm kimi qədər sonra əvvəl artıq
    hələ daha ən çox bütün özü özünü biz siz mən sən bizim sizin mənim sənin olan olub olaraq
    olunub olunur edib etdi edir edən var yox deyil idi imiş üzrə barədə haqqında tərəfindən
    arasında zaman həmçinin eləcə yalnız məhz bəzi başqa digər belə elə həmin burada orada
    indi hansı kim ilə da bəli xeyr əsasən isə həmişə edilib edildi edilir edilən edilmişdir olundu
    olunan olunacaq olacaq olmuşdur edəcək etmək etmişdir
    """,
}
FUNCTION_FREQUENCY = 0.005
_FUNCTION_SHARE = min(1.0, BACKGROUND_UNIT_WORDS * FUNCTION_FREQUENCY)
OWN_LISTS = frozenset(_FUNCTION_WORDS)
# The most a word that is no function word may weigh as: just short of being one, so that it is
# still shown as a reason for a link and may be a side's own word.
_NAME_SHARE = math.nextafter(SHOWN_MAX_SHARE, 0.0)


def _table(language: str = "en") -> dict[str, float]:
    if language in _FUNCTION_WORDS:
        if (table := _TABLES.get(language)) is None:
            base = _table("tr") if language == "az" else {}  # read outside the lock, which is not re-entrant
            with _LOCK:
                table = _TABLES.setdefault(language, base | dict.fromkeys(_FUNCTION_WORDS[language].split(),
                                                                          FUNCTION_FREQUENCY))
        return table
    return read_list(language)


def _coverage(table: Mapping[str, float], words: set[str]) -> float:
    return sum(1 for w in words if w in table) / len(words) if words else 1.0


def language_of(words: set[str]) -> str:
    """The language (of LANGUAGES) whose list knows most of `words`, English when it knows enough."""
    return best_language(words)[0]


def best_language(words: set[str]) -> tuple[str, float]:
    """language_of `words`, and the share of them its list knows."""
    english = _coverage(_table("en"), words)
    if english >= ENGLISH_COVERAGE:
        return "en", english
    return max(((language, _coverage(_table(language), words)) for language in LANGUAGES), key=lambda lc: lc[1])


def word_list(language: str) -> Mapping[str, float]:
    """A language's word list (lower-cased word -> frequency per token); `language` one of LANGUAGES."""
    return _table(language)


def _share(table: Mapping[str, float], word: str) -> float:
    return min(1.0, BACKGROUND_UNIT_WORDS * table.get(word, 0.0))


def is_function_share(share: float) -> bool:
    """Whether a word expected in this share of ordinary paragraphs is a function word of its
    language (policy.SHOWN_MAX_SHARE): "de", "la", "und"; English ones are stop words already."""
    return share >= SHOWN_MAX_SHARE


def unit_share(word: str) -> float:
    """The expected share of ordinary English paragraphs that contain `word` (lower-cased); 0
    for a word general English does not know (a rare name, a number, a glossary group)."""
    return _share(_table(), word)


def prior(written: Mapping[str, str], names: Collection[str] = ()) -> dict[str, float]:
    """unit_share of each word key ("w:…") given the words it was written as (numbers, dates
    and glossary groups have none: they are rare), in the language of those words (of each
    script's words, when they are written in several: languages_of), for scoring.idf_table; a
    function word of that language (function_set) at least as common as FUNCTION_FREQUENCY
    makes it, unless its key is one of `names` (keys the articles write as a name); any other
    word weighs as no function word (is_function_share), however common."""
    languages = languages_of({w for k, w in written.items() if k.startswith("w:")})
    # each language's table, function words and whether a capital marks a name, looked up once
    # (the table behind a lock), not once per word
    per_language = {language: (_table(language), function_set(language), capital_names(language))
                    for language in set(languages.values())}
    shares = {}
    for k, w in written.items():
        if k.startswith("w:"):
            table, function, capitals = per_language[languages[w]]
            known = _share(table, w)
            share = known or _pair_share(table, w)
            if w in function and (k not in names or not capitals):
                share = max(share, _FUNCTION_SHARE)
            elif known and is_function_share(share):  # common, yet a name: "ישראל", "ایران", or one written as one
                share = _NAME_SHARE
            shares[k] = share
    return shares


def _script(word: str) -> str:
    """The script of a word's first letter ("LATIN", "ARMENIAN"; Chinese and Japanese are one,
    "CJK"), "" for a word without letters."""
    for ch in word:
        if ch.isalpha():
            first = unicodedata.name(ch, "").split(" ", 1)[0]
            return "CJK" if first in ("CJK", "HIRAGANA", "KATAKANA") else first
    return ""


def languages_of(words: Collection[str]) -> dict[str, str]:
    """The language of each of `words`: language_of them all, or, when they are written in
    several scripts (an English article among Armenian ones in one claim map, an English
    article beside a Persian one), language_of each script's words, so that each is weighed
    with its own language's list ("որ" is an Armenian function word however many English
    words stand beside it). Words without letters take the language of the most words."""
    groups: dict[str, set[str]] = {}
    for w in words:
        groups.setdefault(_script(w), set()).add(w)
    lettered = [g for script, g in groups.items() if script]
    if len(lettered) <= 1:
        return dict.fromkeys(words, language_of(set(words)))
    out: dict[str, str] = {}
    for script, group in sorted(groups.items(), key=lambda sg: -len(sg[1])):
        if script:
            out.update(dict.fromkeys(group, language_of(group)))
    main = out[next(iter(max(lettered, key=len)))]
    out.update(dict.fromkeys(groups.get("", ()), main))
    return out


def _pair_share(table: Mapping[str, float], word: str) -> float:
    """The share of a Chinese or Japanese character pair its language's list does not know
    (reader.align.text cuts runs of ideographs into overlapping pairs): as common as its
    commoner character standing as a word. Most such pairs straddle two words, and one with
    a function word in it ("的车", "在阿": "of" + "car", "at" + the first syllable of a name)
    is that function word's neighbour, not a rare word two passages share; a pair of rare
    characters (a name's, "斯捷") stays rare."""
    if len(word) != 2 or word.isascii() or not _UNSPACED_SCRIPT.match(word):
        return 0.0
    return max(_share(table, word[0]), _share(table, word[1]))


# The stop lists of stopwords-iso (the stopwordsiso package: one list per language, kept by its
# project), which say which of a language's common words are function words. A list is taken
# only among its language's FUNCTION_RANK commonest words: further down, the lists hold content
# words as often ("effet", "zurück", "زيارة"). Some lists miss function words their language's
# news writes often: those are added here, function words at any rank (Hebrew's "כבר", "עוד",
# "כדי"; Chinese "已经", "没有"; German's "laut", "zufolge" and "nach Angaben"; Turkish's and
# Azerbaijani's passive and auxiliary forms, "edildi", "edilen", "olmuştur").
_MORE_STOP_WORDS = {
    "he": """
    כבר עוד כדי עכשיו הרבה מאוד אפילו תמיד יותר אחד אחת היו הייתה היה היום פעם ביותר לאחר אלא
    עדיין באמת ממש הכל כמה זו הזה הזאת האלה הזו שום כמעט בלבד לגבי מאז במשך תוך ידי לפי פי
    ללא כלומר כמובן בעיקר מדי פחות רוב כולל אולם בכלל
    """,
    "zh": "已经 没有 没 还 还没 现在 可能 不能 应该 不会 必须 一定 真的 这种 一起 起来",
    "de": "angaben zufolge laut gemäß aufgrund anhand infolge mithilfe seitens bezüglich hinsichtlich angesichts",
    "tr": """
    edildi edilen edilir edilmiş edilmiştir edilmektedir edildiği edilebilir edilmesi edilecek
    ediliyor etmek etmiş etmiştir etmektedir etmeye etmeyi etmeden etme ettiler eder ederken edip
    edin olacak olabilir olmuş olmuştur olacaktır olmuştu olduğundan olduğuna olmasına olmasını
    olmadan olmaya olmadığını olamaz olurdu olunca
    """,
}
# Letters Hebrew and Arabic write onto the next word: "and", "the" (Hebrew), "in", "to", "from",
# "that", "as" ("ולא", "שהוא", "בכל"; "ولكن", "فإن", "بأن"). A word that is one or two of them and
# a stop word is one.
_CLITICS = {"he": ("ובהלמשכ", 2), "ar": ("وفبلك", 1)}
# Arabic spells one word with and without its hamza and vowel signs ("أيضا", "ايضا"): compared without.
_PLAIN_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "\u0640": None})


def _plain(word: str, language: str) -> str:
    if language not in ("ar", "fa"):
        return word
    return "".join(c for c in word if not unicodedata.combining(c)).translate(_PLAIN_ARABIC)


@lru_cache(maxsize=len(LANGUAGES))
def stop_list(language: str) -> frozenset[str]:
    """A language's stop words: stopwords-iso's list (Turkish's for Azerbaijani, which has none)
    and the words _MORE_STOP_WORDS adds; empty when there is no list."""
    from stopwordsiso import stopwords  # parses its lists: only when a language other than English is read

    words = stopwords("tr" if language == "az" else language) | set(_MORE_STOP_WORDS.get(language, "").split())
    return frozenset(_plain(w, language) for w in words)


def _listed(word: str, stop: frozenset[str], language: str) -> bool:
    """Whether `word` is on its language's stop list, or (Hebrew, Arabic) a stop word with the
    letters for "and", "the", "in"... written onto it."""
    word = _plain(word, language)
    if word in stop:
        return True
    letters, most = _CLITICS.get(language, ("", 0))
    k = 0
    while k < most and k < len(word) - 2 and word[k] in letters:
        k += 1
        if word[k:] in stop:
            return True
    return False


@lru_cache(maxsize=len(LANGUAGES))
def function_set(language: str) -> frozenset[str]:
    """The function words of a language: articles, prepositions, pronouns and auxiliaries,
    which say nothing about a passage or a side. In English, those common enough
    (is_function_share; its stop list does the rest). In another language, also those of its
    stop list (stop_list) among its policy.FUNCTION_RANK commonest words, where its rarer
    function words are ("depuis", "durante", "göre") but its commonest nouns too ("temps",
    "gobierno"), which the stop list leaves out. In a script without capitals (Arabic, Hebrew,
    Persian, Chinese) a common word must be on the stop list as well: the commonest words hold
    the names of its news ("ישראל", "ایران", "中国"), which no capital tells from a function
    word. A few hundred words at most."""
    table = _table(language)
    common = {w for w in table if is_function_share(_share(table, w))}
    stop = stop_list(language) if language != "en" else frozenset()
    if not stop:
        return frozenset(common)
    first = sorted(table, key=table.__getitem__, reverse=True)[:FUNCTION_RANK]
    if not _cased(first):
        common = {w for w in common if _listed(w, stop, language)}
    common.update(w for w in first if _listed(w, stop, language))
    common.update(_MORE_STOP_WORDS.get(language, "").split())
    return frozenset(common)


def capital_names(language: str) -> bool:
    """Whether a word written with a capital inside a sentence is a name in `language`, and so
    no function word: not in German, which writes every noun so ("nach Angaben")."""
    return language not in NOUNS_CAPITALISED


def _cased(words: list[str]) -> bool:
    """Whether most of `words` are written in a script with capitals, where a name can be told
    from a common word by how the articles write it."""
    return 2 * sum(w.upper() != w for w in words) > len(words)


def function_words(words: set[str], language: str | None = None) -> frozenset[str]:
    """Those of `words` (lower-cased) that are function words of their language (`language`,
    else told from the words, each script's by its own: languages_of)."""
    if language:
        return function_set(language).intersection(words)
    return frozenset(w for w, found in languages_of(words).items() if w in function_set(found))
