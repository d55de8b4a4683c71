"""English verbs whose past tense or past participle does not end in "-ed": one table, read where
a word has to be known for a verb without its ending, by the corpus (whether a caption holds a
verb: reader.corpus.kinds) and by the differ (whether a count had a deed done to it:
reader.differ.differences)."""

from __future__ import annotations

# base form, past tense, past participle
_TABLE = """
arise arose arisen                bear bore borne                   beat beat beaten                  become became become
begin began begun                 bend bent bent                    bind bound bound                  bite bit bitten
bleed bled bled                   blow blew blown                   break broke broken                bring brought brought
build built built                 burst burst burst                 buy bought bought                 catch caught caught
choose chose chosen               come came come                    cut cut cut                       deal dealt dealt
dig dug dug                       draw drew drawn                   drink drank drunk                 drive drove driven
fall fell fallen                  feed fed fed                      feel felt felt                    fight fought fought
find found found                  flee fled fled                    fly flew flown                    forget forgot forgotten
forgive forgave forgiven          freeze froze frozen               get got got                       give gave given
go went gone                      grow grew grown                   hang hung hung                    hear heard heard
hide hid hidden                   hit hit hit                       hold held held                    hurt hurt hurt
keep kept kept                    know knew known                   lay laid laid                     lead led led
leave left left                   lend lent lent                    lose lost lost                    make made made
mean meant meant                  meet met met                      overcome overcame overcome        pay paid paid
put put put                       quit quit quit                    ride rode ridden                  ring rang rung
rise rose risen                   run ran run                       see saw seen                      seek sought sought
sell sold sold                    send sent sent                    set set set                       shake shook shaken
shoot shot shot                   shut shut shut                    sing sang sung                    sink sank sunk
sit sat sat                       sleep slept slept                 slide slid slid                   speak spoke spoken
spend spent spent                 split split split                 spread spread spread              stand stood stood
steal stole stolen                stick stuck stuck                 stride strode stridden            strike struck struck
swear swore sworn                 sweep swept swept                 swim swam swum                    swing swung swung
take took taken                   teach taught taught               tear tore torn                    think thought thought
throw threw thrown                understand understood understood  undertake undertook undertaken    wake woke woken
wear wore worn                    weep wept wept                    win won won                       withdraw withdrew withdrawn
write wrote written
"""
_WORDS = _TABLE.split()
# base form -> (past tense, past participle)
IRREGULAR_VERBS: dict[str, tuple[str, str]] = {
    _WORDS[i]: (_WORDS[i + 1], _WORDS[i + 2]) for i in range(0, len(_WORDS), 3)}
IRREGULAR_PASTS = frozenset(past for past, _participle in IRREGULAR_VERBS.values())
IRREGULAR_PARTICIPLES = frozenset(participle for _past, participle in IRREGULAR_VERBS.values())
