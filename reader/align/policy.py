"""The aligner's scoring policy: every constant that decides what becomes a link, in one place.

Each value was chosen on all dev sets at once (`python benchmarks/quality.py --sweep`: BASIL
news triplets, the seeds with and without their glossary, ECB+ sentences and ECB+ paragraphs)
and is reported on every one of them in BENCHMARKS.md; none was fitted on a single set.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

# A link is shown when its score reaches LINK_THRESHOLD: the value with the best mean link F1
# over the five dev sets on a grid of 0.01 (0.366; 0.20 gives 0.362, 0.18 0.350, 0.15 and 0.25
# about 0.32 and 0.34).
LINK_THRESHOLD = 0.19
# A link is "strong" (same claim: the counterpart the reader jumps to) from STRONG_THRESHOLD,
# "weak" (related context) below it. Strong links are right about twice as often as weak ones
# on every set (BASIL 0.72 against 0.34, glossed seeds 0.67 against 0.32, ECB+ paragraphs 0.44
# against 0.19); a passage without a strong link is marked as told only by its own article.
STRONG_THRESHOLD = 0.3

# A pair's score is 1 - exp(-rate * s) of its similarity s, so strong pairs approach 1 without
# a cap and stay ordered; the rate puts a similarity of CURVE_SIMILARITY on a score of
# CURVE_SCORE (the curve the thresholds above and below were chosen on; moving a threshold
# does not move the scores).
CURVE_SIMILARITY = 0.16
CURVE_SCORE = 0.2
# s blends the pivoted cosine c with how close the pair comes to being each unit's best match:
# s = c * (1 - MUTUAL_WEIGHT + MUTUAL_WEIGHT * sqrt(c / best of A's unit * c / best of B's unit)).
# A unit's runner-up partners are damped, its best kept. Against 0, 0.5 raises the mean F1 at
# the best shared threshold from 0.334 to 0.352 (per set, each at its own best threshold: BASIL
# +0.011, seeds +0.007 and +0.045, ECB+ sentences -0.010, paragraphs -0.003) and moves ranking
# hit@1 by at most 0.022 (BASIL +0.011, ECB+ sentences -0.022). A trade, not a free gain: the
# sets of ordinary articles gain, the event-coreference sentences lose a little.
MUTUAL_WEIGHT = 0.5
# Pivoted length normalisation (Singhal, Buckley & Mitra 1996): 1 is plain cosine, 0.2 the
# usual choice in retrieval; a paragraph making several claims is not penalised against each.
PIVOT_SLOPE = 0.2

# Conflict evidence (reader.align.conflict): a pair whose units both carry a rare name and
# share no name keeps CONFLICT_FACTOR of its similarity. Names from sqrt-idf 1.8 up are rare:
# below it sit capitalised titles and the story's own protagonists ("President", "Minister",
# a country every paragraph names). Against no discount, at the same threshold: mean F1 0.358
# -> 0.366, BASIL F1 0.487 -> 0.504, glossed seeds 0.433 -> 0.444, ECB+ sentences 0.222 ->
# 0.227 and paragraphs 0.362 -> 0.371, the seeds without a glossary unchanged; hit@1 at most
# 0.004 lower on any set. 0.7 and 0.5 gain a little more F1 (mean 0.369, 0.367) but cost
# ECB+ sentences 0.007 hit@1; discounting dates or quantities that disagree costs more than
# it gains (right pairs disagree on them as often as wrong ones, or more). See BENCHMARKS.md.
CONFLICT_FACTOR = 0.8
CONFLICT_NAME_IDF = 1.8

# Word statistics from two articles alone are too thin to tell a rare name from a common word,
# so document frequencies are smoothed towards general English (reader.align.background):
# BACKGROUND_UNITS pseudo-units of ordinary text, each BACKGROUND_UNIT_WORDS words long.
BACKGROUND_UNITS = 50.0
BACKGROUND_UNIT_WORDS = 50
# A word its language uses in at least this share of ordinary paragraphs (by the same list) is
# a function word: "de", "la", "un", "pour" in French. It still counts towards a score (with
# the little weight its frequency leaves it) but is never shown as a reason for a link.
# English has its own stop list (reader.align.text.STOPWORDS), which already removes every
# English word this common; for other languages it keeps articles, pronouns and prepositions
# out of the evidence and of each side's words. At 0.1 every word of the fr, de, es, it, pt
# and ru lists between 0.1 and 0.25 is one ("sus", "pero", "mais", "avec", "dass", "aber",
# "anche", "você"; 0.25 let them through); below 0.1 content words begin (English "people",
# "new", "time" at 0.08), and the only English words from 0.1 outside the stop list are "00",
# "0000" and "it's".
SHOWN_MAX_SHARE = 0.1
# A language with no stop list (every one but English) has function words rarer than that:
# an inflected language spreads its frequency over many forms, so French "depuis" and "selon",
# Spanish "durante", German "wurden", Turkish "göre" and "tarafından" fall between 0.02 and
# 0.09, among its common nouns. Rank alone cannot tell them apart: the 250 commonest words of
# each list hold 72 French words no stop list has ("temps", "pays", "monde", "ville"), 35
# Spanish ("gobierno", "país"), 31 German, 121 Turkish ("dünya", "devlet") and, in a script
# without capitals, the names of its news (Arabic "مصر", Hebrew "ישראל", Persian "ایران",
# Chinese "美国"). Nor can length ("temps" and "selon" are both five letters; "tarafından" ten).
# So a language's stop list (reader.align.background.stop_list: stopwords-iso's) decides,
# among its FUNCTION_RANK commonest words: to 1,000 its words are function words seven or
# eight times in ten ("notamment", "cependant", "través", "allerdings", "rağmen", "itibaren",
# "حسب", "למרות"), past that its content words ("façon", "ejemplo", "زيارة") thicken. A word the
# articles write as a name stays one ("Türkiye", "Estados"), as before.
FUNCTION_RANK = 1000

# A link must be among the TOP_K best of A's unit or of B's unit: it bounds the links of a
# long document. 5 against 3: BASIL F1 0.488 -> 0.497 (its passages tell a claim several times),
# every other set within 0.001; 8 and 12 change nothing more. At 2,500 paragraphs 12,191 links
# instead of 9,018, aligned in the same time.
# TOP_K is a bound on what a reader can use of one passage, not on work, so it stays the same
# for an article of 5 paragraphs (where it never binds: the other side has no more) and of
# 5,000 (where it does: 31,176 links against 48,015 at 10 and 50,932 at 20, in speed.py's
# documents, made of sentences that recur).
TOP_K = 5
# A pair sharing one key alone (function words aside) whose idf is under LONE_KEY_IDF keeps
# LONE_KEY_FACTOR of its similarity: a short unit meets a long one on "federal", "milk" or
# "minutes", and one ordinary word is not the same claim. idf is log((units + 50) / df) at
# most, and a shared key is in two units at least, so in articles of under 130 units together
# every lone key is discounted; in longer ones a word only those two units use is not. On the
# dev sets (against no discount): ECB+ sentences rank@1 0.694 -> 0.696, P 0.165 -> 0.166, F1
# 0.230 -> 0.231, its ten links on one word (none right) gone; every other figure of every set
# unchanged. Factors from 0.2 to 0.6 give the same; 0.8 keeps the ranking as it was; 0 (no
# candidate) lifts ECB+ sentences rank@1 to 0.713 but costs BASIL 0.004. Two shared keys under
# an idf sum of 5 to 6.5 (ECB+ sentences' next-worst links, 5% right) raise its F1 to 0.233-
# 0.244 but cost it hit@1 0.003-0.012 (their few right ones are a unit's only partner): kept out.
LONE_KEY_IDF = 4.5
LONE_KEY_FACTOR = 0.5
MAX_CANDIDATES = 12  # per unit, by cosine, before scoring: bounds work on long documents
MIN_COSINE = 0.05  # pairs sharing less than a trace of weight are never candidates
# Neither cuts a link at either end. On the dev sets (a few to a hundred units a side) no
# cut at all (MAX_CANDIDATES 1,000, MIN_COSINE 0) changes no link at the shipped threshold;
# only the ranking below it moves, MIN_COSINE 0.03 or 0 giving the seeds without a glossary
# rank@1 0.452 instead of 0.438 (one passage), no other set. At 5,000 paragraphs a side,
# MAX_CANDIDATES 24 or 48 adds 23 links of 31,176 (0.07%) for 10 MB and 35 MB more peak
# memory; MIN_COSINE 0 adds none. So fixed numbers serve both sizes.

# Spelling variants ("Karabagh"/"Karabakh") are joined when rapidfuzz's ratio reaches the
# cutoff, for words of at least FUZZY_MIN_LEN letters (names: NAME_MIN, "Kesra"/"Kessra") that
# only one side uses, and never when one word is the other plus a suffix ("Week"/"Weekly",
# "Israel"/"Israeli"). At 86 a name of four or five letters meets only itself with one letter
# more or less (one letter changed scores 75-80). On the dev sets of benchmarks/quality.py
# shorter names joining changed no figure.
FUZZY_CUTOFF = 86.0
FUZZY_MIN_LEN = 6
# Names are transliterated more freely than words are spelt ("Kharkiv"/"Kharkov", "Zelenskyy"/
# "Zelensky", "Odesa"/"Odessa"), so two name words of at least NAME_MIN letters are one name
# (reader.align.aliases.same_name) when they begin and end with the same letter and
# rapidfuzz's ratio reaches NAME_CUTOFF: "Iran"/"Iraq" and "Iran"/"Iron" (75), "Slovakia"/
# "Slovenia" (75) stay apart, and so, at that price, do "Kyiv"/"Kiev" and "Lviv"/"Lvov" (75: a
# glossary group joins them). Some different places meet ("Austria"/"Australia", 87.5): used
# where a false "different name" is the worse mistake, for a name one side lacks.
NAME_CUTOFF = 80.0
NAME_MIN = 4  # shorter, a name is as like as not an abbreviation ("CIA" is no "China")
# A final vowel one transliteration writes and another drops ("Tskhinvali"/"Tskhinval")
# leaves the name one name, for names of at least this many letters without it: shorter, the
# vowel makes another name or a people as often ("Mari"/"Maria", "Israel"/"Israeli"). The
# price: some given names meet ("Leonard"/"Leonardo"), where a false "different name" is
# the worse mistake anyway (see NAME_CUTOFF).
NAME_VOWEL_MIN = 7
# A figure one side writes without the thing it counts ("ruled 9,200 of them invalid") meets
# the same figure the other side counts ("9,200 ballots", reader.align.aliases.figure_aliases)
# from this many digits: a figure that long is the story's own, while a short one ("3", "12")
# stands bare in many places. On the dev sets 4 changes no figure; 3 gains ECB+ sentences 0.001
# F1 (hit@1 +0.002) and costs ECB+ paragraphs 0.001.
FIGURE_MIN_DIGITS = 4
MAX_EVIDENCE = 8


def shown(score: float) -> str:
    """A score as the reader sees it: two decimals, rounded down, so that no score reads as
    reaching a threshold it is below (a weak link at 0.2968 is 0.29, not the strong tier's 0.30;
    thresholds themselves sit on the 0.01 grid)."""
    # the shortest decimal that reads back as the score: exact, so 0.29 stays 0.29 (in binary
    # it is a hair below) and a hair below 0.30 is never 0.30
    return str(Decimal(repr(float(score))).quantize(Decimal("0.01"), rounding=ROUND_FLOOR))


def tier(score: float) -> str:
    """The tier of a link with this score."""
    return "strong" if score >= STRONG_THRESHOLD else "weak"
