"""Verbs that name one deed. Two sides tell one round of arrests as "detained" and "arrested",
one closure as "closed" and "shut", one hostage-taking as "took", "seized" or "held": the
differ's deed of a count (differences._deed) is read through this table, so that a count told
by two verbs of one group is one deed's, while verbs of no common group stay two deeds
("arrested" / "released"). Only verbs that name the same act whoever tells it are grouped
here, never a verb and a broader one ("arrested" / "held", "sent" / "moved"): when in doubt, two
verbs are two deeds, and two counts of two deeds are never set against each other."""

from __future__ import annotations

from reader.corpus.irregular_verbs import IRREGULAR_VERBS

# One group a line: its name, then its verbs (base forms; an irregular verb's past and
# participle come from reader.corpus.irregular_verbs, a regular one's are made here, a doubled
# consonant written out as "kidnap=kidnapped").
_GROUPS = """
arrest: arrest detain apprehend
close: close shut
deploy: deploy send dispatch
release: release free liberate
kidnap: kidnap=kidnapped abduct
launch: launch fire
destroy: destroy demolish raze
displace: displace uproot
rescue: rescue save
"""
# Groups whose verbs name the deed only when what the count counts is one of these nouns:
# "took 12 hostages" is taking hostages, "took 12 passengers" is what a ferry holds (a count
# after "took", "held" or "seized" of anything else keeps the reading differences gives it).
_GROUPS_OF_NOUNS = {
    "hostage-taking": ("take seize hold capture", frozenset({"hostage", "hostages", "captive", "captives"})),
}


def _forms(verb: str) -> tuple[str, ...]:
    """A verb's forms: its base, third person, -ing, past and participle ("free": "frees",
    "freeing", "freed")."""
    base, _, past = verb.partition("=")
    if base in IRREGULAR_VERBS:
        past_forms: tuple[str, ...] = IRREGULAR_VERBS[base]
    else:
        past_forms = (past or (base + "d" if base.endswith("e") else base + "ed"),)
    third = base + "es" if base.endswith(("s", "sh", "ch", "x")) else base + "s"
    stem = past[: -len("ed")] if past else base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    return (base, third, stem + "ing", *past_forms)


def _table(groups: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in groups.strip().splitlines():
        name, _, verbs = line.partition(":")
        for verb in verbs.split():
            for form in _forms(verb):
                out.setdefault(form, set()).add(name)
    return {form: frozenset(names) for form, names in out.items()}


_DEEDS = _table(_GROUPS)
_NOUN_DEEDS = {name: (_table(f"{name}: {verbs}"), nouns) for name, (verbs, nouns) in _GROUPS_OF_NOUNS.items()}
# The past tenses of the table's regular verbs that the differ's test for a past ("-ed", not
# "-eed": "speed", "breed") would miss: "freed".
TABLE_PASTS = frozenset(form for form in _DEEDS if form.endswith("eed"))


def deed_groups(verb: str) -> frozenset[str] | None:
    """The groups of deeds a verb form names (lowercase: "detained": {"arrest"}), or None for a
    verb of no group."""
    return _DEEDS.get(verb)


def noun_deed(verb: str, noun: str) -> frozenset[str] | None:
    """The deed a verb form names of a count of `noun` (lowercase) that names it by itself
    ("took" of "hostages": {"hostage-taking"}), or None."""
    for name, (forms, nouns) in _NOUN_DEEDS.items():
        if noun in nouns and verb in forms:
            return frozenset({name})
    return None
