"""Bookmarks as entries for a reference manager: BibTeX, CSL JSON and RIS.

One entry per bookmarked article (title, authors: a person's name in its parts, an organisation
whole; outlet, date issued, address, date retrieved), with each bookmark of it carried as a note:
its quote, the quote's character offsets in the file (so it can be found again), its note and
tags, and for a pair the other side's entry; no line of a note reads as a field of the entry. Zotero, JabRef and EndNote import these files; Pandoc reads the BibTeX and CSL JSON ones
as a bibliography.

Every value is article or user text: it goes through the one sanitiser first, then is written
in the format's own way (BibTeX's special characters spelled as commands, RIS kept to one line
per tag, CSL JSON as JSON). Metadata an article lacks is left out, never written empty.

A citation key (`aliyev2024oil`: the first author's last name, the year, the first word of
the title that is not a function word, folded to ASCII) is the same for the same article on
every export: of articles sharing one, the first bookmarked keeps it and the next are told
apart by a, b, c, so a later bookmark never renames an earlier entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reader.bookmarks.anchoring import Placement
from reader.bookmarks.export import offsets
from reader.bookmarks.model import PlacedBookmark
from reader.corpus.byline import written_date
from reader.corpus.dates import FOREIGN_MONTHS, MONTHS, iso_parts, real_parts
from reader.corpus.names import PARTICLES
from reader.corpus.sanitize import one_line, sanitize

REFERENCE_FORMATS = ("bibtex", "csl-json", "ris")

# Words a title's key word is never taken from (English function words).
KEY_SKIPPED_WORDS = frozenset("a an the of on in at to and or for with by from as is are".split())
KEY_FALLBACK = "ref"  # what a key starts with when nothing of the article folds to a letter
# Letters Unicode decomposition does not fold to ASCII, as transliteration writes them.
_FOLD = str.maketrans({"ə": "e", "Ə": "e", "ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss",
                       "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae",
                       "œ": "oe", "Œ": "oe", "ħ": "h", "Ħ": "h"})
_AUTHOR_SPLIT = re.compile(r"(\s*(?:,|;|&|\band\b)\s*)", re.IGNORECASE)
# What follows a name and is not part of it ("Martin Luther King Jr.", "Ion Drago, III").
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# A degree or a title of office a byline sets after a name and a comma ("Ana Petrov, PhD", "Ivo
# Marek, M.D."): what the writer holds, no author of its own and no part of the name a reference
# manager files under.
POST_NOMINALS = frozenset("phd dphil md ma msc mba llm jd esq".split())
# Words that make a byline an organisation, written as a whole ("Staff and agencies", "The
# Editorial Board", "Reuters staff"): kept short, the words a newsroom signs with, and those a
# body that puts out a statement or a bulletin is named by, in the languages bylines here come in
# ("Chemical Industries Association", "Verband Chemie Nord", "Halvorsen Chemie GmbH"), never a
# person's name.
ORGANISATION_WORDS = frozenset("""staff agencies agency board desk editors editorial correspondents reporters
    bureau newsroom team service wire press news
    association council committee federation foundation institute ministry union
    inc ltd llc plc gmbh ag e.v
    verband verein stiftung ministerium bundesamt
    fédération ministère asociación federación fundación ministerio associação federação fundação
    ministério""".split())
# A line a reference manager reads as a field of its own, not as note text: Zotero reads any
# line of Extra (a CSL JSON note) that starts "letters:" and citeproc-js the first lines so
# written, and `{:field: value}` anywhere. The pattern is wider than both readers.
FIELD_LIKE_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z\x20-\x5F]*:")
FIELD_GUARD = "— "  # what starts a line of a note that would otherwise read as a field
_ISO_DATE = re.compile(r"\b(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)")
_YEAR = re.compile(r"\b(1[5-9]\d\d|2\d\d\d)\b")
_DATE_TOKEN = re.compile(r"[^\W\d_]+|\d+")


# --- what an entry holds -----------------------------------------------------------------------

def clean_text(text: str) -> str:
    """Untrusted text sanitised, its lines kept (a note's line breaks mean something)."""
    # a carriage return of its own is a line break (the sanitiser drops it as a control: "one\rtwo"
    # would read "onetwo")
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in sanitize(text).text.splitlines()]
    return "\n".join(line for line in lines if line)


def authors(author: str) -> tuple[str, ...]:
    """The names of a byline as the corpus gives it: "A and B", "A, B", "A & B", "A; B". What a
    separator leaves that is no name of its own stays with the name before it: a suffix ("King,
    Jr."), or words in lower case ("Staff and agencies"); a degree after it ("PhD") is left out.
    A name written "Family, Given" stays one name, comma and all (see _given_sides)."""
    pieces = _AUTHOR_SPLIT.split(one_line(author or ""))
    given_sides = _given_sides(pieces)
    names: list[str] = []
    for at in range(0, len(pieces), 2):
        piece = pieces[at].strip()
        if not piece:
            continue
        if names and piece.lower().replace(".", "") in POST_NOMINALS:
            continue
        if names and _is_suffix(piece):
            names[-1] += " " + piece
        elif names and at in given_sides:
            names[-1] += pieces[at - 1] + piece
        elif names and piece[:1].islower() and at + 2 not in given_sides:  # ("van der Berg, Pieter" is a name)
            names[-1] += pieces[at - 1] + piece
        else:
            names.append(piece)
    return tuple(names)


# How many words the given names of a name written "Family, Given" have at most ("Ana María
# José", "J. R. R."): more after a comma are a second author's name.
INVERTED_GIVEN_WORDS = 3


def _given_sides(pieces: list[str]) -> set[int]:
    """Where, in a byline split at its separators (names at even places), the given names of a
    name written "Family, Given" are. A byline so written ("Gómez Quiroga, Beatriz", "Smith, J.
    and Jones, K.", "Kovács, Eszter; Nagy, Péter") has, between its "and", "&" or ";", a family
    name, a comma and given names, once or more ("Smith, J., Jones, K."); a list of authors
    ("Ana Pérez, Luis Gómez and Eva Ruiz", "Smith, Jones and Brown") has a whole name or a lone
    family name there. Told apart by what follows each comma: given names (see _given_like), and
    in every such part of the byline, or it is a list: "Ana Pérez, Beatriz and Luis Gómez" is three
    names, not a name written in reverse beside a name written in order. What no list tells
    ("Smith, John": "John" is on none here, and "Reuters, Bloomberg" reads alike) is split as a
    list."""
    groups: list[list[int]] = [[]]
    for at in range(0, len(pieces), 2):
        piece = pieces[at].strip()
        if at and pieces[at - 1].strip() != ",":
            groups.append([])
        if piece and not (piece.lower().replace(".", "") in POST_NOMINALS or _is_suffix(piece)
                          or _phrase_word(piece.split()[0])):
            groups[-1].append(at)
    given: set[int] = set()
    for group in groups:
        if not group:
            continue
        pairs = list(zip(group[::2], group[1::2]))
        if len(group) % 2 or not all(_family_side(pieces[f]) and _given_like(pieces[g], pieces[f]) for f, g in pairs):
            return set()
        given.update(g for _, g in pairs)
    return given


def _family_side(text: str) -> bool:
    """Whether `text` may be the family name before a comma: a person's words, no organisation's."""
    words = text.split()
    return 0 < len(words) and words[0].lower() != "the" and not any(
        w.lower().strip(".,") in ORGANISATION_WORDS or _phrase_word(w) for w in words)


def _given_like(text: str, family: str) -> bool:
    """Whether `text`, after a comma, is the given names of `family`: at most INVERTED_GIVEN_WORDS
    words, each a given name of the lists here (Spanish and Catalan, Hungarian; accents kept or
    set aside) or an initial ("J.", "J.-P."), or names ending on an initial ("John A.": a whole
    name never ends on one), or any after a family name opening on its particle ("van der Berg,
    Pieter", "Ó Briain, Siobhán": a whole name never opens on one, nor on an Irish particle, which
    no given name spells as "Ben", "Al" or "Van" do), or Chinese romanisation after a common
    Chinese family name ("Zhang, Wei")."""
    words = text.split()
    if not 0 < len(words) <= INVERTED_GIVEN_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if (all(_listed_given(w) or _DOTTED_INITIALS.match(w) for w in words) or _DOTTED_INITIALS.match(words[-1])
            or family[:1].islower() or family.split()[0].lower() in IRISH_PARTICLES):
        return True
    return (family.lower() in CHINESE_FAMILY_NAMES and len(words) < PINYIN_NAME_WORDS[-1]
            and all(_PINYIN_WORD.fullmatch(w) for w in words))


def _listed_given(word: str) -> bool:
    """A given name of the lists here, its accents kept or set aside."""
    return (_folded(word) in IBERIAN_GIVEN_NAMES or _folded(word) in HUNGARIAN_GIVEN_NAMES
            or _plain(word) in _PLAIN_IBERIAN_GIVEN or _plain(word) in _UNMARKED_HUNGARIAN_GIVEN)


def _is_suffix(word: str) -> bool:
    return word.lower().rstrip(".") in NAME_SUFFIXES


@dataclass(frozen=True, slots=True)
class Name:
    """A byline's name as a reference manager takes it: a person's parts, or a literal (an
    organisation, a single word) that no reader may split."""

    family: str = ""
    given: str = ""
    suffix: str = ""
    literal: str = ""


# The lower-case words a person's name holds: its particles ("de la", "van der", "bin", "do",
# Catalan's "i"), also elided or hyphened to the name after them ("d'Estaing", "al-Turabi",
# "dell'Utri"). Any other word in lower case is a phrase's, an organisation's name ("Plataforma
# en Defensa del Río Duero", "Ligue des droits de l'Homme"), kept whole.
_NAME_PARTICLES = PARTICLES | frozenset("do dei degli delle dell des vom zum zur op het i".split())
_JOINED_PARTICLE = re.compile(r"([^\W\d_]+)['’-]")
# Between two family names, a conjunction makes them one ("Ortega y Gasset", "Puig i Cadafalch",
# "Costa e Silva").
_JOINING_PARTICLES = frozenset({"y", "i", "e"})
# Particles written with a capital, which a family name keeps and is filed under: Italian's and
# French's, as Italy and America write them ("De Luca", "Del Rey", "Le Guin", "La Fontaine"),
# Dutch as Belgium and America do ("Van Dyke", "Vanden Berghe"), Irish ("Ó Súilleabháin", "Ní
# Dhomhnaill", "Mac Stíofáin"), Arabic's "son of", "father of", "servant of" and article ("Ben
# Jelloun", "Abu Khdeir", "Abdel Rahman", "El Erian": "Abdel" and "Abu" never stand alone),
# and a saint's ("Saint Laurent", "San Martín", "St. Clair"). Before the last word of a name that
# is not all syllables Vietnamese spells ("Bao Van Nguyen": "Van" is Văn, a middle name), each
# joins the family name; a name's first word is its given name whatever it is ("Ben Smith").
IRISH_PARTICLES = frozenset("ó ua ní nic mhic uí".split())  # ("Mac" is a given name too)
CAPITALISED_PARTICLES = IRISH_PARTICLES | frozenset("""de di da del della dello dei degli delle des du le la lo les
    van vanden vander von der den ter ten dos das mac
    ben bin ibn abu abou abd abdel abdul abdal el al
    saint sainte san santa st st.""".split())


def _phrase_word(word: str) -> bool:
    """Whether `word` is in lower case and no particle of a name (see _NAME_PARTICLES)."""
    if not word[:1].islower():
        return False
    word = word.strip(".,")
    joined = _JOINED_PARTICLE.match(word)
    return word not in _NAME_PARTICLES and not (joined and (len(joined.group(1)) == 1 or joined.group(1) in _NAME_PARTICLES))


def is_organisation(name: str) -> bool:
    words = [w.lower().strip(".,") for w in name.split()]
    return (len(words) < 2 or words[0] == "the" or any(w in ORGANISATION_WORDS for w in words)
            or any(_phrase_word(w) for w in name.split()))


# A word of initials: each letter with its dot ("J.R.", "J.-P."), or capitals without a vowel
# ("JR", "TJ"), which no family name written in capitals is.
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.-?)+$")
_VOWELS = frozenset("aeiouy")
# A family name written first in capitals has at least this many letters: two capitals are a
# given name's initials ("AJ Rowe"), or, before a name of Chinese romanisation ("LI Wei"), as
# often a family name, so that name is kept whole.
CAPITALS_FAMILY_LETTERS = 3
# A given name of Korean (or Chinese) form: its syllables joined by a hyphen, the second in lower
# case ("Min-jun", "Xiao-ming"). Written last, it tells that the family name came first.
_HYPHENED_GIVEN = re.compile(r"^[^\W\d_][^\W\d_]*-[^\W\d_A-Z][^\W\d_]*$")
# A word made of one or two syllables of Chinese romanisation (an initial, then a final; a second
# syllable without an initial is written after an apostrophe, "Xi'an"). Of such a name ("Sun
# Wei", "Wei Sun") the order is not in the letters: it is told by its family names (below), or
# kept whole rather than split wrong.
# A Chinese family name is mostly one syllable: a first word of two is a given name written
# first ("Xiaoming Zhou") or a family name of two ("Ouyang Xiu"), the letters do not say which,
# but only when it is spelled as Chinese romanisation alone spells (an initial "x", "q", "zh", or
# a final "ao", "ou", "uo", "iu", "ong"): "Anna Li", "Lena Zhao", "Karen Wu", "Susan Chen" are an
# English given name first, written as a byline in English is, and split as usual.
_PINYIN_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
                    r"(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
                    r"|ua|uo|ui|un|ue|a|e|i|u|ü|v)|[bpmfwy]o)")  # a bare "o" only after a lip sound ("bo", "wo")
_PINYIN_BARE = r"(?:ai|ei|ao|ou|an|en|ang|eng|er|a|o|e)"  # a syllable without an initial
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}|{_PINYIN_BARE})(?:'?{_PINYIN_SYLLABLE}|'{_PINYIN_BARE})?",
                          re.IGNORECASE)
_PINYIN_ONE_SYLLABLE = re.compile(rf"{_PINYIN_SYLLABLE}|{_PINYIN_BARE}", re.IGNORECASE)
_PINYIN_ONLY = re.compile(r"x|q|zh|ao|ou|uo|iu|ong", re.IGNORECASE)  # what English given names hardly spell
PINYIN_NAME_WORDS = (2, 3)  # how many words a name of that form has (family, one or two given)
# The commonest Chinese family names as romanised (those of the great majority of people, and the
# compound ones), with the Cantonese "Chan" and "Wong" that romanisation also spells. Of a name of
# that form, a family name at one end and none at the other tells the order: "Dan Chen" and "Mia
# Zhao" are a given name first, "Zhou Xiaoming" a family name first. A family name at both ends
# ("Sun Wei", "Gao Lin": "Wei" and "Lin" are family names too) or at neither leaves it open.
CHINESE_FAMILY_NAMES = frozenset("""
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
    xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su
    wei lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin
    qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong xiang chang
    kang niu yi lai wen ge hong zhuang qi ou ni tu geng guan chai ling cen bao ji hua zhan lou
    pang che mu sheng lian zhai rao ning an le qu bi xing shu lü
    ouyang zhuge sima shangguan situ dongfang xiahou huangfu
    chan wong""".split())


# A word spelled as one syllable of Vietnamese (its marks set aside): an initial, a vowel or
# one of the vowel groups Vietnamese writes, a final. Vietnamese writes the family name first ("Nguyen Van An"): a name of such
# words whose first word only Vietnamese spells (an initial neither Chinese romanisation nor
# English has, "ng", "tr", "ph"…, or a letter of its own, "ă", "ơ", "đ") and whose last
# could be Chinese romanisation as well is Family Given; with the Vietnamese spelling last too
# ("Pham Minh Chinh"), the order is open and the name is kept whole. Its given name first
# ("An Van Nguyen", as written abroad) is told by the last word spelled so, and split as usual.
# When neither end is spelled as only Vietnamese spells, the name is Vietnamese still by a final
# only it writes ("Thanh", "Minh") or the middle name of a man or a woman ("Van", "Thi"): "Le Van
# An" at home or "Thanh Van Le" abroad, its order not in the letters, is kept whole. Without
# either ("Kim Mai Ho", "Sam Li Chen", "Pam Sue Chan"), it is an English byline, split as usual.
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ph|th|tr|ch|kh|gh|gi|qu|[bcdghklmnprstvx])?"
                                  r"(?:ieu|yeu|uoi|uou|uya|uye|uyu|oai|oay|oeo|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa"
                                  r"|oe|oi|ua|ue|ui|uo|uu|uy|ya|ye|[aeiouy])(?:ch|nh|ng|[cmnpt])?", re.IGNORECASE)
_VIETNAMESE_LETTERS = frozenset("\u0306\u031b\u0111\u0110")  # breve, horn (after NFKD), đ, Đ
# The initials only Vietnamese spells (neither Chinese romanisation nor an English name such as
# "Pam", "Kim" or "Tom", whose final "m" or initial "k" Vietnamese shares): what makes a name's
# first word read as a Vietnamese family name.
_VIETNAMESE_INITIAL = re.compile(r"(?:ngh|ng|nh|tr|ph|kh|gh)", re.IGNORECASE)
VIETNAMESE_NAME_WORDS = (3, 4)  # how many words such a name has (family, middle, given)
_VIETNAMESE_FINAL = re.compile(r"nh$", re.IGNORECASE)  # a final English never ends a name with
VIETNAMESE_MIDDLE_NAMES = frozenset({"van", "thi"})  # Văn and Thị, marks set aside
# What only Hungarian spelling writes in a name: a double acute ("ő", "ű"), or "cs", "zs", "gy"
# ("Kovács", "Zsolt", "Nagy") in a name written with Hungarian's accents ("Nagy Péter"): English
# writes those letters too ("Peggy", "McSweeney", "Gyles"), never with the accents. Hungarian
# writes the family name first at home ("Nagy Péter") and last abroad ("Péter Nagy"): of a name
# so spelled the order is not in the letters: it is told by its given names (below), or kept
# whole. One without these and without such a given name at one end ("Peter Nagy" as an English
# byline writes it) is split as usual.
_HUNGARIAN_LETTERS = re.compile(r"[őűŐŰ]")
_HUNGARIAN_DIGRAPH = re.compile(r"cs|zs|gy|CS|ZS|GY|\b(?:Cs|Zs|Gy)")  # as Hungarian writes them ("McSweeney" is no "cs")
_HUNGARIAN_ACCENTS = re.compile(r"[áéíóöúüőűÁÉÍÓÖÚÜŐŰ]")
HUNGARIAN_NAME_WORDS = (2, 3)  # how many words such a name has (family, one or two given)
# The commonest Hungarian given names, as Hungarian spells them ("Dávid", "Róbert": not "David"
# or "Robert", a French family name as often; none of those other languages write alike and
# also use as a family name, "Anna", "Andrea", "Barbara", "Veronika", "Norbert": "José Barbara"
# is a given name first, while "Viktor" or "Attila", given names elsewhere too, stay). Of a
# name written with Hungarian's accents, a given name at one end and none at the other tells the
# order: "Orbán Viktor" and "Nagy Péter" are a family name first, "Erzsébet Tóth" a given name
# first. One at both ends ("Balázs Béla": "Balázs" is a family name too) or at neither leaves it
# to the spelling, as above. A byline typed without the accents ("Orban Viktor") is told by the
# given names Hungarian itself writes with none ("Viktor", "Zsolt", "Attila") when one ends the
# name and none opens it, its accents gone or not ("Jozsef Antal": "Antal" is a family name
# too): an English byline never ends on its given name. A name Hungarian writes with its accents
# tells nothing without them ("Peter", "David": other languages' too).
HUNGARIAN_GIVEN_NAMES = frozenset("""
    lászló istván józsef jános zoltán sándor gábor ferenc attila péter tamás zsolt tibor andrás
    csaba imre lajos györgy balázs gyula mihály károly róbert béla dávid dániel ádám krisztián
    miklós bence máté viktor gergely levente szabolcs ákos márton pál géza árpád ottó endre
    dezső kálmán ernő jenő vilmos barnabás bálint milán richárd márk kristóf benedek botond zsombor
    gellért lőrinc antal nándor csongor áron olivér marcell
    mária erzsébet katalin éva ilona zsuzsanna margit ágnes krisztina
    julianna irén eszter mónika szilvia csilla ildikó tímea gizella rozália
    magdolna hajnalka réka zsófia orsolya dóra boglárka noémi nóra viktória lilla kitti enikő
    emese klára piroska beáta tünde anikó renáta brigitta
    fanni zsanett bernadett adrienn nikolett fruzsina csenge
    virág borbála sára""".split())

# Spanish and Catalan write two family names, the father's then the mother's, and a reference
# manager files a person under the first ("García Márquez, Gabriel", as Chicago and APA index it);
# Portuguese under the last, its particle set after the given names as library catalogues (RDA
# F.11.8) and Chicago ("Beauvoir, Simone de") set a particle the name is used without: "Silva,
# Luiz Inácio Lula da" (_portuguese_particle). So of a
# name in Spanish or Catalan spelling (accents, "ñ", the particles "de", "del", "de la", "y",
# "i"), and not Portuguese by its letters ("ã", "õ") or particles ("da", "do", "dos", "das",
# "e"), the given names are its leading words that are given names (below) and the rest is the
# family name; a name not opening with one is split as usual. Without those marks ("Mario Vargas
# Llosa", "Gabriel Garcia Marquez" typed without accents) a name is Spanish still when its given
# names, as above but their accents set aside, are followed by a Spanish family name: one of the
# patronymic's form (below) or of the commonest others (SPANISH_FAMILY_NAMES): "Vargas Llosa,
# Mario". What no letter tells is kept as before: an English byline with a middle name
# ("John Paul Jones", "Daniel Craig Morton", "David Foster Wallace": its first word no Spanish
# given name, or the next no Spanish family name) is split at its last word; a Spanish given name
# nobody listed ("Federico García Lorca") is too; and a name that is Spanish by both signs but
# files under its last word ("Sara Lopez Whitfield", an American middle name taken from a mother's
# family; a Philippine name, whose middle name is the mother's) reads as Spanish.
_IBERIAN_LETTERS = re.compile(r"[áéíóúñüàèòïçÁÉÍÓÚÑÜÀÈÒÏÇ]")
_PORTUGUESE_LETTERS = re.compile(r"[ãõÃÕ]")
_IBERIAN_PARTICLES = frozenset("de del la las los y i".split())
_PORTUGUESE_PARTICLES = frozenset("da do dos das e".split())
# Common given names of Spain, Catalonia and Latin America, as those languages spell them, listed
# by hand (not taken from a statistics office's file): men's and women's, about 150,
# enough for most bylines; a rarer name is not guessed at, and its name is split as before. Names
# that are common family names as well (IBERIAN_FAMILY_LIKE_GIVEN) count only as a name's first
# word: "José Martín" is Martín's, "Martín López" López's.
IBERIAN_GIVEN_NAMES = frozenset("""
    antonio josé manuel francisco david juan javier daniel carlos jesús alejandro miguel rafael
    pedro pablo ángel sergio fernando jorge luis alberto álvaro adrián diego raúl enrique ramón
    vicente iván rubén óscar andrés joaquín santiago eduardo víctor roberto jaime mario ignacio
    alfonso salvador ricardo marcos jordi emilio julián julio guillermo gabriel tomás agustín
    gonzalo félix josep joan hugo nicolás felipe lucas martín cristian samuel mateo marc pau
    xavier sebastián esteban gustavo rodrigo hernán fabián gerardo arturo héctor
    maría carmen ana isabel dolores pilar josefa teresa rosa cristina ángela antonia lucía
    mercedes laura elena francisca marta manuela raquel sara concepción paula rosario juana
    beatriz encarnación julia silvia patricia irene montserrat andrea rocío mónica alicia nuria
    sonia alba inmaculada marina verónica susana ángeles yolanda esther natalia claudia amparo
    eva inés noelia carolina lorena victoria sofía núria mireia montse gabriela valentina
    daniela camila fernanda ximena guadalupe lourdes soledad consuelo esperanza catalina""".split())
IBERIAN_FAMILY_LIKE_GIVEN = frozenset("martín cruz santiago domingo salvador vicente tomás lorenzo marcos andrés "
                                      "román pascual gil león nicolás lucas rosa paz esteban gabriel".split())
# A Spanish patronymic: "-ez" ending a word of four letters or more, its accents set aside
# ("Pérez", "López", "Fernández"; Portuguese writes "-es", "Peres"). The few Spanish ones on
# "-az", "-iz", "-oz", "-uz" ("Díaz", "Ruiz", "Ortiz", "Muñoz", "Cruz") are listed below: those
# endings are as often Arabic, Urdu, Turkish or Portuguese ("Nawaz", "Riaz", "Aziz", "Deniz",
# "Queiroz", "Diniz"), which would read "Daniel Riaz Khan" as Spanish.
_SPANISH_PATRONYMIC = re.compile(r"[^\W\d_]{2,}ez", re.IGNORECASE)
# The commonest Spanish family names of another form, as Spain and Latin America write them,
# listed by hand; none is a given name in English ("Lara", "Miranda", "León" are left out), nor
# spelled alike as often in Portuguese ("Silva", "Santos", "Costa", "Castro", "Torres").
SPANISH_FAMILY_NAMES = frozenset("""
    garcía moreno romero alonso navarro serrano blanco molina morales ortega delgado rubio marín
    iglesias garrido cortés castillo lozano guerrero prieto herrera peña cabrera calvo vega
    fuentes carrasco reyes caballero aguilar herrero montero hidalgo durán arias vargas carmona
    crespo soto velasco gallardo rojas rivera mendoza sosa contreras salazar guzmán acosta ríos
    aguirre cárdenas zapata figueroa ochoa maldonado carrillo villanueva escobar bustamante
    quintana echeverría zamora valdés cisneros ayala sandoval villalobos cuevas pizarro
    díaz ruiz ortiz muñoz muñiz cruz""".split())
# "María del Carmen", "María de los Ángeles": a particle and a name of these continue the given
# names (of the family's, "Juan de la Cruz", none is one).
_GIVEN_AFTER_PARTICLE = frozenset("carmen pilar rosario mar jesús ángeles dolores mercedes rocío "
                                  "montserrat consuelo remedios luz sol".split())


def _folded(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def _unmarked(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))


def _plain(word: str) -> str:
    return _unmarked(word).lower()


_PLAIN_IBERIAN_GIVEN = frozenset(_plain(name) for name in IBERIAN_GIVEN_NAMES)  # "jose", "maria"
_PLAIN_FAMILY_LIKE_GIVEN = frozenset(_plain(name) for name in IBERIAN_FAMILY_LIKE_GIVEN)
_PLAIN_SPANISH_FAMILY = frozenset(_plain(name) for name in SPANISH_FAMILY_NAMES)


def _spanish_family(word: str) -> bool:
    """A Spanish family name by its form or as one of the commonest (see above)."""
    plain = _plain(word)
    return bool(_SPANISH_PATRONYMIC.fullmatch(plain)) or plain in _PLAIN_SPANISH_FAMILY


def _iberian_family_cut(words: list[str]) -> int | None:
    """How many leading words of a Spanish or Catalan name are its given names (see above); None
    when the name is not of that spelling, is Portuguese, or opens with no given name."""
    if _portuguese(words):
        return None
    if not (_IBERIAN_LETTERS.search(" ".join(words)) or {w.lower() for w in words} & _IBERIAN_PARTICLES):
        cut = _given_names(words, _plain, _PLAIN_IBERIAN_GIVEN, _PLAIN_FAMILY_LIKE_GIVEN)
        return cut if cut and _spanish_family(words[cut]) else None  # "Mario Vargas Llosa"
    return _given_names(words, _folded, IBERIAN_GIVEN_NAMES, IBERIAN_FAMILY_LIKE_GIVEN) or None


def _given_names(words: list[str], key: Callable[[str], str], given: frozenset[str],
                 family_like: frozenset[str]) -> int:
    """How many leading words of a name are given names: words in `given` (by `key`), those in
    `family_like` only first, and a particle with a name that continues them ("María del Carmen")."""
    cut = 0
    while cut < len(words) - 1:
        word = key(words[cut])
        if word in given and (cut == 0 or word not in family_like):
            cut += 1
            continue
        run = cut
        while run < len(words) - 1 and words[run] in _IBERIAN_PARTICLES:
            run += 1
        if cut and run > cut and run < len(words) - 1 and _folded(words[run]) in _GIVEN_AFTER_PARTICLE:
            cut = run + 1  # "María del Carmen", with a family name after it
            continue
        break
    return cut


def _portuguese(words: list[str]) -> bool:
    """Whether a name is Portuguese by its letters or its particles (see _PORTUGUESE_LETTERS)."""
    return bool(_PORTUGUESE_LETTERS.search(" ".join(words)) or {w.lower() for w in words} & _PORTUGUESE_PARTICLES)


# "da" is Italian's particle too, which Italian files with the family name ("Da Ponte, Lorenzo",
# "da Vinci, Leonardo"): it is Portuguese only where another sign says so, a mark Italian never
# writes (a tilde, a circumflex, a cedilla, or an accent inside a word: "Inácio"; Italian marks a
# word's last vowel, "Niccolò") or one of Portuguese's other particles.
_SHARED_WITH_ITALIAN = frozenset({"da"})
_UNITALIAN_MARK = re.compile(r"[ãõâêôç]|[áéíóú](?=[^\W\d_])", re.IGNORECASE)


def _portuguese_particle(particle: str, words: list[str]) -> bool:
    """Whether `particle`, before the last word of the name `words`, is a Portuguese one, set
    with the given names (see above)."""
    if particle not in _PORTUGUESE_PARTICLES - _JOINING_PARTICLES or not _portuguese(words):
        return False
    return particle not in _SHARED_WITH_ITALIAN or bool(
        _UNITALIAN_MARK.search(" ".join(words)) or {w.lower() for w in words} & (_PORTUGUESE_PARTICLES - {particle}))


_UNMARKED_HUNGARIAN_GIVEN = frozenset(_unmarked(name) for name in HUNGARIAN_GIVEN_NAMES)  # "jozsef", "viktor"


def _vietnamese_letter(word: str) -> bool:
    """Whether `word` holds a letter only Vietnamese writes (see _VIETNAMESE_LETTERS)."""
    return bool(_VIETNAMESE_LETTERS & set(unicodedata.normalize("NFKD", word)))


def _only_vietnamese(word: str) -> bool:
    """A Vietnamese syllable Chinese romanisation does not spell."""
    return _vietnamese_letter(word) or not _PINYIN_WORD.fullmatch(_unmarked(word))


def _vietnamese_family(word: str) -> bool:
    """A word only Vietnamese spells, by a letter of its own or by its initial."""
    return _vietnamese_letter(word) or bool(_VIETNAMESE_INITIAL.match(_unmarked(word)))


def _vietnamese_order(words: list[str]) -> str | None:
    """"family" when `words` are a Vietnamese name written family name first, "open" when
    they are Vietnamese and the order is not in the letters, None otherwise (a name of other
    words, or its given name first: see above)."""
    if len(words) not in VIETNAMESE_NAME_WORDS or not all(
            w[:1].isupper() and _VIETNAMESE_SYLLABLE.fullmatch(_unmarked(w)) for w in words):
        return None
    if not _vietnamese_family(words[0]):
        return None if _vietnamese_family(words[-1]) or not _vietnamese_marked(words) else "open"
    return "open" if _only_vietnamese(words[-1]) else "family"


def _is_initials(word: str) -> bool:
    letters = [c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalpha()]
    return bool(_DOTTED_INITIALS.match(word)) or (word.isupper() and not _VOWELS & set(letters))


def _vietnamese_marked(words: list[str]) -> bool:
    """Whether a name of Vietnamese syllables is Vietnamese by a word only Vietnamese spells, a
    final only it writes, or a middle name of its own (see above)."""
    return (any(_vietnamese_family(w) or _VIETNAMESE_FINAL.search(_unmarked(w)) for w in words)
            or any(_unmarked(w).lower() in VIETNAMESE_MIDDLE_NAMES for w in words[1:-1]))


def _hungarian(words: list[str]) -> bool:
    """A name in Hungarian spelling (see _HUNGARIAN_LETTERS)."""
    name = " ".join(words)
    return bool(_HUNGARIAN_LETTERS.search(name)
                or _HUNGARIAN_DIGRAPH.search(name) and _HUNGARIAN_ACCENTS.search(name))


def _one_end(words: list[str], known: frozenset[str], key: Callable[[str], str]) -> str | None:
    """"first" or "last": the one end of `words` (by `key`) in `known`; None for both or neither."""
    first, last = key(words[0]) in known, key(words[-1]) in known
    return None if first == last else "first" if first else "last"


def _order_by_names(words: list[str]) -> str | None:
    """The order of a name of Chinese romanisation or in Hungarian's accents (see above): "family"
    when written family name first, "given" when given name first, "open" when the letters and the
    names do not say; None for a name of neither form."""
    first = words[0]
    if (len(words) in PINYIN_NAME_WORDS and all(_PINYIN_WORD.fullmatch(w) for w in words)
            and (_PINYIN_ONE_SYLLABLE.fullmatch(first) or _PINYIN_ONLY.search(first))):
        end = _one_end(words, CHINESE_FAMILY_NAMES, str.lower)
        return {"first": "family", "last": "given"}.get(end or "", "open")
    if len(words) in HUNGARIAN_NAME_WORDS and _HUNGARIAN_ACCENTS.search(" ".join(words)):
        end = _one_end(words, HUNGARIAN_GIVEN_NAMES, _folded)
        if end:
            return {"first": "given", "last": "family"}[end]
        return "open" if _hungarian(words) else None
    if len(words) in HUNGARIAN_NAME_WORDS and _folded(words[-1]) in HUNGARIAN_GIVEN_NAMES and (
            _unmarked(first).lower() not in _UNMARKED_HUNGARIAN_GIVEN):
        return "family"  # "Orban Viktor", not "Jozsef Antal": see above
    return None


def parse_name(name: str) -> Name:
    """A person's name read as "Given Family [Suffix]": the last word, with the lower-case
    particles before it ("van der", "de la"; a Portuguese one stays with the given names), is the
    family name. A family name is taken as
    written first when the name says so: in capitals ("SUN Wei"; not initials, "JR Smith"), or
    before a hyphened given name ("Kim Min-jun"), in Vietnamese spelling ("Nguyen Van An"), or
    by its names ("Zhou Xiaoming", "Orbán Viktor"). An organisation is a literal, and so is a name
    whose order neither its letters nor its names tell ("Sun Wei", "LI Wei", "Le Van An", "Balázs
    Béla"): whole rather than split wrong."""
    name = " ".join(name.split())
    if "," in name:  # written "Family, Given" (see authors)
        family, given = (part.strip() for part in name.split(",", 1))
        suffix = given.split()[-1] if len(given.split()) > 1 and _is_suffix(given.split()[-1]) else ""
        return Name(family=family, given=given.removesuffix(suffix).strip(), suffix=suffix)
    if is_organisation(name):
        return Name(literal=name)
    words = name.split()
    suffix = ""
    if len(words) > 2 and _is_suffix(words[-1]):  # (of two words the last is the family name: "Ivo Ii")
        suffix = words.pop()
    composed = [unicodedata.normalize("NFC", w) for w in words]  # (a letter and its mark as one: "Lü", "Orbán")
    first = words[0]
    if len(words) > 1 and first.isupper() and not _is_initials(first) and not all(w.isupper() for w in words):
        if sum(c.isalpha() for c in first) >= CAPITALS_FAMILY_LETTERS:
            return Name(family=first, given=" ".join(words[1:]), suffix=suffix)  # "SUN Wei"
        if all(_PINYIN_WORD.fullmatch(w) for w in words[1:]):
            return Name(literal=name)  # "LI Wei"; else initials ("AJ Rowe"), split as usual below
    if len(words) == 2 and _HYPHENED_GIVEN.match(words[1]) and not _HYPHENED_GIVEN.match(first):
        return Name(family=first, given=words[1], suffix=suffix)
    order = None if suffix else _order_by_names(composed) or _vietnamese_order(words)
    if order == "open":
        return Name(literal=name)
    if order == "family":
        return Name(family=first, given=" ".join(words[1:]))
    iberian = None if order else _iberian_family_cut(composed)
    if iberian:
        return Name(family=" ".join(words[iberian:]), given=" ".join(words[:iberian]), suffix=suffix)
    cut = len(words) - 1
    vietnamese = all(_VIETNAMESE_SYLLABLE.fullmatch(_unmarked(w)) for w in words)
    while cut > 1 and (words[cut - 1][:1].islower() and not _portuguese_particle(words[cut - 1], composed)
                       or not vietnamese and _capitalised_particle(composed[cut - 1])):
        cut -= 1  # (a particle before the last name goes with it, a Portuguese one with the given names: see above)
    if cut > 1 and words[cut] in _JOINING_PARTICLES:
        cut -= 1
    return Name(family=" ".join(words[cut:]), given=" ".join(words[:cut]), suffix=suffix)


def _capitalised_particle(word: str) -> bool:
    return word[:1].isupper() and word.lower() in CAPITALISED_PARTICLES


def inverted(name: str) -> str:
    """"Family, Given, Suffix" (or the name whole): how RIS takes a name without guessing."""
    parsed = parse_name(name)
    return parsed.literal or ", ".join(p for p in (parsed.family, parsed.given, parsed.suffix) if p)


def field_safe(line: str) -> str:
    """A line of a note that no reference manager reads as a field (see FIELD_LIKE_LINE)."""
    line = line.replace("{:", "{ :")
    return FIELD_GUARD + line if FIELD_LIKE_LINE.match(line) else line


def date_parts(text: str) -> tuple[int, ...]:
    """(year,), (year, month) or (year, month, day) of a date as articles write it
    ("2024-05-01", "1 May 2024", "May 1, 2024", "14 de marzo de 2021"); () without a year."""
    text = one_line(text)
    if found := written_date(text):  # a whole day, read as the reader reads date lines
        return tuple(int(part) for part in found[0].split("-"))
    if m := _ISO_DATE.search(text):
        return real_parts(int(g) for g in m.groups() if g is not None)
    year = _YEAR.search(text)
    if year is None:
        return ()
    for token in _DATE_TOKEN.findall(text.lower()):  # "March 2020"; "31 June 2022" is June's
        if month := MONTHS.get(token.rstrip(".")) or FOREIGN_MONTHS.get(token):
            return int(year.group(1)), month
    return (int(year.group(1)),)


# What every entry's note holds (Annotation.lines): how a file is known as an earlier export.
NOTE_SIGNATURE = re.compile(r"\(characters \d+–\d+; (?:bookmark \d+|linked passage)\)")


@dataclass(frozen=True, slots=True)
class Annotation:
    """One bookmark (or link) as a note of an entry: what it quotes of this article, where."""

    quote: str
    start: int
    end: int
    bookmark: int | None = None  # None for a link
    note: str = ""
    tags: tuple[str, ...] = ()
    other_key: str = ""  # the entry of a pair's or link's other article
    other_quote: str = ""

    def lines(self) -> list[str]:
        """The annotation as plain lines: the quote and where it is, then note, tags, other side;
        no line a reference manager would read as a field of the entry."""
        label = f"bookmark {self.bookmark}" if self.bookmark is not None else "linked passage"
        out = [f"“{self.quote}” (characters {self.start}–{self.end}; {label})"]
        if self.note:
            out += [f"Note — {line}" if n == 0 else line for n, line in enumerate(self.note.splitlines())]
        if self.tags:
            out.append("Tags — " + ", ".join(self.tags))
        if self.other_key:
            out.append(f"{'Paired' if self.bookmark is not None else 'Linked'} with {self.other_key} — "
                       f"“{self.other_quote}”")
        return [field_safe(line) for line in out]


@dataclass(slots=True)
class Reference:
    """One article as a reference manager's entry. Empty fields are what the article lacks."""

    key: str
    path: str
    title: str = ""
    authors: tuple[str, ...] = ()
    outlet: str = ""
    date: str = ""  # as the article writes it
    issued: tuple[int, ...] = ()
    url: str = ""
    accessed: tuple[int, ...] = ()
    annotations: list[Annotation] = field(default_factory=list)

    def notes(self) -> str:
        """The annotations as one note, a blank line between two (BibTeX's annote, CSL's note)."""
        return "\n\n".join("\n".join(a.lines()) for a in self.annotations)


def _fold(text: str) -> str:
    """Lower-case ASCII letters and digits of `text` ("Ağdam" → "agdam"); non-Latin letters go."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed.lower() if c.isascii() and c.isalnum())


def base_key(reference: Reference) -> str:
    """author + year + first title word, each folded to ASCII; the parts that fold to nothing left out."""
    family = _fold(_key_name(reference.authors[0])) if reference.authors else ""
    year = str(reference.issued[0]) if reference.issued else ""
    words = (_fold(w) for w in reference.title.split())
    word = next((w for w in words if w and w not in KEY_SKIPPED_WORDS), "")
    key = family + year + word
    return key if key[:1].isalpha() else KEY_FALLBACK + key


def _key_name(name: str) -> str:
    """The word of a name a key starts with: a person's family name's first word that is no
    particle, an organisation's first word that is not a function word: biblatex's label (its
    default `useprefix=false`) leaves "van der" out of "van der Berg", and a name spoken of by
    its first family name ("García Márquez", "Costa e Silva") is looked for by it: "garcia",
    "costa"; a particle with a capital is the name's, for biblatex too, and joins the word after it
    ("De Luca" → "deluca"). (Better BibTeX's `[auth]` would join the whole family name,
    "garciamarquez".)"""
    parsed = parse_name(name)
    if not parsed.literal:
        words = parsed.family.split()
        at = next((at for at, w in enumerate(words) if not w[:1].islower()), len(words) - 1)  # (a particle is in lower case)
        end = at + 1
        while end < len(words) and _capitalised_particle(words[end - 1]):
            end += 1  # one with a capital is the name's: "De Luca" → deluca, "Ó Súilleabháin" → osuilleabhain
        return "".join(words[at:end])
    words = parsed.literal.split()
    return next((w for w in words if w.lower() not in KEY_SKIPPED_WORDS), words[0])


def _suffix(n: int) -> str:
    """"", "a", "b", … "z", "aa", "ab": the n-th article sharing a key."""
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def _side_quote(placement: Placement) -> str:
    return one_line(placement.text)


def give_keys(refs: Iterable[Reference]) -> None:
    """Give each reference its citation key, in order (the order first bookmarked: a key once
    given stays): its base key, with a, b, c … for the second, third … sharing it, each suffix
    tried once however many share it."""
    given: set[str] = set()
    tried: dict[str, int] = {}  # the next suffix to try for a base key
    for ref in refs:
        base = base_key(ref)
        n = tried.get(base, 0)
        while base + _suffix(n) in given:  # also past another article's key that ends in a letter
            n += 1
        ref.key = base + _suffix(n)
        given.add(ref.key)
        tried[base] = n + 1


def references(bookmarks: Sequence[PlacedBookmark], links: Sequence = ()) -> list[Reference]:
    """One Reference per bookmarked article, in the order first bookmarked, each with its
    bookmarks' annotations (in the article's order); `links` (placed decisions with sides `a`
    and `b`) add an annotation to both of their articles."""
    first: dict[str, tuple[int, Placement]] = {}
    for b in bookmarks:
        for side in b.placements():
            path = side.anchor.path
            if path not in first or b.id < first[path][0]:
                first[path] = (b.id, side)
    refs: dict[str, Reference] = {}
    for path, (_, side) in sorted(first.items(), key=lambda item: (item[1][0], item[0])):
        refs[path] = Reference(key="", path=path, title=one_line(side.title), authors=authors(side.author),
                               outlet=one_line(side.outlet), date=one_line(side.date),
                               issued=date_parts(side.date), url=one_line(side.url),
                               accessed=date_parts(side.retrieved))
    give_keys(refs.values())
    order: dict[str, list[tuple[int, int, Annotation]]] = {path: [] for path in refs}

    def annotate(side: Placement, other: Placement | None, **extra) -> None:
        start, end = offsets(side)
        note = Annotation(quote=_side_quote(side), start=start, end=end, **extra,
                          other_key=refs[other.anchor.path].key if other is not None else "",
                          other_quote=_side_quote(other) if other is not None else "")
        order[side.anchor.path].append((start, extra.get("bookmark") or 0, note))

    for b in bookmarks:
        extra = {"bookmark": b.id, "note": clean_text(b.note), "tags": tuple(one_line(t) for t in b.tags)}
        annotate(b.main, b.pair, **extra)
        if b.pair is not None:
            annotate(b.pair, b.main, **extra)
    for link in links:
        if link.a.anchor.path in refs and link.b.anchor.path in refs:
            annotate(link.a, link.b)
            annotate(link.b, link.a)
    for path, ref in refs.items():
        ref.annotations = [note for *_, note in sorted(order[path], key=lambda x: x[:2])]
    return list(refs.values())


# --- BibTeX ------------------------------------------------------------------------------------

# BibTeX's special characters escaped. A brace of the text that has its partner is written `\{`
# ... `\}`, which every reader decodes; one without a partner as a command, since BibTeX counts a
# brace even after a backslash: so the file's braces always balance, and none can end a field.
_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
                   "#": r"\#", "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}
_LONE_BRACES = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_BIBTEX_SPECIAL = re.compile("[" + re.escape("".join(_BIBTEX_ESCAPES)) + "]")


def _lone_braces(text: str) -> set[int]:
    """Where the braces of `text` are that close nothing or are never closed."""
    opened: list[int] = []
    lone: set[int] = set()
    for at, ch in enumerate(text):
        if ch == "{":
            opened.append(at)
        elif ch == "}":
            if opened:
                opened.pop()
            else:
                lone.add(at)
    return lone | set(opened)


def bibtex_value(text: str) -> str:
    """Text as the inside of a braced BibTeX field."""
    lone = _lone_braces(text)
    return _BIBTEX_SPECIAL.sub(lambda m: _LONE_BRACES[m.group()] if m.start() in lone
                               else _BIBTEX_ESCAPES[m.group()], text)


# The characters of an address that a verbatim BibTeX field cannot hold, percent-encoded: the
# same address, as a browser sends it.
_URL_UNSAFE = re.compile(r"[{}\\\s]")


def bibtex_url(url: str) -> str:
    """An address for BibTeX's `url` field, which biblatex, JabRef and Zotero read verbatim."""
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)


def bibtex_name(name: str) -> str:
    """A name in BibTeX's "Family, Suffix, Given" form; an organisation in braces, which BibTeX
    takes whole (its "and" and its words never split)."""
    parsed = parse_name(name)
    if parsed.literal:
        return "{" + bibtex_value(parsed.literal) + "}"
    parts = [parsed.family, parsed.suffix, parsed.given] if parsed.suffix else [parsed.family, parsed.given]
    return ", ".join(bibtex_value(p) for p in parts if p or parsed.suffix)


def _bibtex_entry(ref: Reference) -> str:
    fields = [("title", ref.title), ("journal", ref.outlet), ("entrysubtype", "newspaper" if ref.outlet else "")]
    if ref.issued:
        fields += [("date", iso_parts(ref.issued)), ("year", str(ref.issued[0]))]
        fields += [("month", str(ref.issued[1]))] if len(ref.issued) > 1 else []
    fields += [("urldate", iso_parts(ref.accessed) if ref.accessed else "")]
    fields.append(("annote", ref.notes()))
    lines = [f"  {name} = {{{bibtex_value(value)}}}" for name, value in fields if value]
    if ref.authors:
        lines.insert(1 if ref.title else 0, f"  author = {{{' and '.join(bibtex_name(n) for n in ref.authors)}}}")
    if ref.url:
        lines.insert(-1 if ref.annotations else len(lines), f"  url = {{{bibtex_url(ref.url)}}}")
    kind = "article" if ref.outlet else "misc"
    body = ",\n".join(lines)
    return f"@{kind}{{{ref.key},\n{body}\n}}\n"


def as_bibtex(bookmarks: Sequence[PlacedBookmark], links: Sequence = ()) -> str:
    return "\n".join(_bibtex_entry(ref) for ref in references(bookmarks, links))


# --- CSL JSON ----------------------------------------------------------------------------------

def _csl_name(name: str) -> dict:
    """A person's name in CSL's parts, its particles in their own: one before the family name
    ("de Beauvoir", "van der Berg") is its `non-dropping-particle`, one the given names end on
    ("Lula da") a `dropping-particle`. So each style sets them as it says: Chicago's (its CSL
    `demote-non-dropping-particle="display-and-sort"`) "Beauvoir, Simone de", filed under B; APA's
    ("never") "de Beauvoir, S."; and "Silva, Luiz Inácio Lula da" in every style. A particle inside
    a family name ("Gómez de Liaño", "Ortega y Gasset") or elided to it ("d'Estaing") is the name's."""
    parsed = parse_name(name)
    if parsed.literal or not parsed.given:
        return {"literal": parsed.literal or name}
    family, given = parsed.family.split(), parsed.given.split()
    leading = next((at for at, word in enumerate(family) if not word[:1].islower()), 0)
    trailing = next((at for at in range(len(given), 0, -1) if not given[at - 1][:1].islower()), len(given))
    out = {"family": " ".join(family[leading:]), "given": " ".join(given[:trailing])}
    if leading:
        out["non-dropping-particle"] = " ".join(family[:leading])
    if given[trailing:]:
        out["dropping-particle"] = " ".join(given[trailing:])
    return out | ({"suffix": parsed.suffix} if parsed.suffix else {})


def _csl_item(ref: Reference) -> dict:
    item: dict = {"id": ref.key, "type": "article-newspaper" if ref.outlet else "article"}
    if ref.title:
        item["title"] = ref.title
    if ref.authors:
        item["author"] = [_csl_name(name) for name in ref.authors]
    if ref.outlet:
        item["container-title"] = ref.outlet
    if ref.issued:
        item["issued"] = {"date-parts": [list(ref.issued)]}
    elif ref.date:
        item["issued"] = {"literal": ref.date}
    if ref.url:
        item["URL"] = ref.url
    if ref.accessed:
        item["accessed"] = {"date-parts": [list(ref.accessed)]}
    if ref.annotations:
        item["note"] = ref.notes()
    return item


def as_csl_json(bookmarks: Sequence[PlacedBookmark], links: Sequence = ()) -> list[dict]:
    """The CSL JSON items (a list: what Pandoc's `--bibliography refs.json` and Zotero read)."""
    return [_csl_item(ref) for ref in references(bookmarks, links)]


# --- RIS ---------------------------------------------------------------------------------------

RIS_LINE_END = "\r\n"  # as the format's definition asks; importers read a bare newline too
RIS_LINE_JOIN = " / "  # what stands for a line break inside a value: each tag is one line


def ris_value(text: str) -> str:
    """A value on one RIS line: its line breaks (and any control left) cannot start a tag."""
    return RIS_LINE_JOIN.join(line.strip() for line in text.splitlines() if line.strip())


def _ris_date(parts: tuple[int, ...]) -> str:
    """YYYY/MM/DD/ (the last part for other information) with the parts not known left empty,
    the slashes kept: "2021///" is a year alone, as RIS writes a date."""
    return "/".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:]), *[""] * (4 - len(parts))])


def _ris_entry(ref: Reference) -> str:
    tags = [("TY", "NEWS" if ref.outlet else "GEN"), ("ID", ref.key), ("TI", ref.title)]
    tags += [("AU", inverted(name)) for name in ref.authors]
    tags += [("T2", ref.outlet)]
    if ref.issued:
        tags += [("PY", str(ref.issued[0])), ("DA", _ris_date(ref.issued))]
    tags += [("UR", ref.url), ("Y2", _ris_date(ref.accessed) if ref.accessed else "")]
    tags += [("N1", RIS_LINE_JOIN.join(a.lines())) for a in ref.annotations]
    lines = [f"{tag}  - {ris_value(value)}" for tag, value in tags if ris_value(value)]
    return RIS_LINE_END.join([*lines, "ER  - "]) + RIS_LINE_END


def as_ris(bookmarks: Sequence[PlacedBookmark], links: Sequence = ()) -> str:
    return RIS_LINE_END.join(_ris_entry(ref) for ref in references(bookmarks, links))
