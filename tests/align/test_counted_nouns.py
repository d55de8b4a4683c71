"""A figure counts the noun its modifiers qualify: "2,600 tram and bus drivers" counts drivers,
as "2,600 drivers" does on the other side, so the shared figure is evidence of the link."""

from __future__ import annotations

from reader.align import align
from reader.align.features import unit_features
from reader.align.glossary import Glossary
from reader.corpus import load_article

# A long report against a short one: the walkout's passage shares only "drivers", a word half
# of each article uses, with its counterpart; the figure is what tells them apart.
TRANSIT_LONG = """City transit halted as drivers strike over rosters

Some 2,600 tram and bus drivers stopped work at midnight, leaving commuters across the city without a service.

Drivers say new rosters force them into split shifts of up to thirteen hours.

The transit authority said the rosters were agreed with drivers' representatives last year.

Depots in the north and east of the city were shuttered, with drivers gathered at the gates.

Commuters queued for taxis at the central station, where fares doubled within an hour.

Cycling groups reported a sharp rise in bike hire as drivers stayed away.

The mayor, Helena Brandt, said she would not intervene in what she called an industrial matter.

The drivers' union leader, Piotr Nowak, said members had been ignored for a year.

Schools advised pupils who depend on buses to study from home.

Shopkeepers in the old town said trade had fallen by half since the morning.

Some drivers who are not union members crossed picket lines at the western depot.

Police said the picket lines were peaceful.

A previous strike by drivers three years ago lasted nine days.

The authority said it had offered drivers an extra rest day each month.

Drivers rejected that offer at a mass meeting on Sunday.

Night buses will not run while the action continues.

The regional rail operator added carriages to suburban lines to carry stranded passengers.

Drivers' families brought food to the depots in the evening.

Talks are due to resume at the conciliation service on Thursday.

The authority will publish a revised timetable if the strike goes on.
"""
TRANSIT_SHORT = """Strike strands commuters on first day

Around 2,600 drivers have downed tools, the authority confirmed.

Drivers object to rosters that stretch shifts past twelve hours.

Mayor Helena Brandt declined to step into the dispute.

Piotr Nowak, for the union, said drivers had run out of patience.

Drivers at one depot broke ranks and took out their vehicles.

Taxi fares rose sharply near the station.

The offer of an extra rest day was turned down by drivers.

Schools told pupils to learn from home.

Rail services added capacity on suburban routes.

Conciliation talks resume on Thursday.

Drivers say further stoppages may follow.
"""
WARDS_A = """Nurses walk out as pay talks collapse

Some 3,200 hospital and clinic nurses walked off their wards on Tuesday morning.

The health board said routine operations would be cancelled for two days.
"""
WARDS_B = """Hospitals brace for second day of stoppage

Around 3,200 nurses have left their posts, the union confirmed.

Planned surgery was halted across the region.
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _link(tmp_path, long_text, short_text, figure):
    a, b = _write(tmp_path, "a.txt", long_text), _write(tmp_path, "b.txt", short_text)
    ia = next(p.index for p in a.passages if figure in p.text)
    ib = next(p.index for p in b.passages if figure in p.text)
    return next((link for link in align(a, b).links if (link.a, link.b) == (ia, ib)), None)


def test_a_walkout_told_with_its_modifiers_links_to_the_same_count(tmp_path):
    link = _link(tmp_path, TRANSIT_LONG, TRANSIT_SHORT, "2,600")
    assert link is not None
    assert ("2,600 tram and bus drivers", "2,600 drivers") in {(e.a_text, e.b_text) for e in link.evidence}


def test_the_same_count_in_another_story_is_evidence(tmp_path):
    link = _link(tmp_path, WARDS_A, WARDS_B, "3,200")
    assert link is not None
    assert ("3,200 hospital and clinic nurses", "3,200 nurses") in {(e.a_text, e.b_text) for e in link.evidence}


def _counted(text):
    return {k for k in unit_features(text, Glossary(), language="en") if k.startswith("n:")}


def test_modifiers_joined_before_a_plural_noun_count_that_noun():
    assert _counted("Some 2,400 port and rail engineers walked out.") == {"n:2400|engineer"}
    assert _counted("About 300 federal or state inspectors were sent.") == {"n:300|inspector"}
    assert _counted("There were 40 bus and tram routes.") == {"n:40|rout"}  # "bus" is singular


def test_a_plural_count_followed_by_and_keeps_its_own_noun():
    # the first noun is the count; "and" goes on to something else
    assert _counted("The fire cost 600 homes and aid agencies were stretched.") == {"n:600|home"}
    assert _counted("He scored 12 points and grabbed rebounds.") == {"n:12|point"}
    # a modifier pair not before a plural noun, or broken by punctuation, is no noun phrase
    assert _counted("Some 200 men and women marched.") == {"n:200|man"}  # men: see below
    assert _counted("Some 80 bus and tram, the board said.") == {"n:80|bus"}


def test_an_irregular_plural_counts_what_its_singular_does():
    """"12 people" and "12 persons" count one thing, "4 children" what "a child" is; the words
    themselves keep their own keys."""
    assert _counted("Police said 12 people were killed.") == _counted("Police said 12 persons were killed.") \
        == {"n:12|person"}
    assert _counted("Some 4 children died.") == {"n:4|child"}
    assert _counted("About 1,200 men marched.") == {"n:1200|man"}
    people = unit_features("Police said 12 people were killed.", Glossary())
    assert "w:peopl" in people and "w:person" not in people
