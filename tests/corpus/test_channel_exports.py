"""A channel's or a feed's posts copied out one after another: each post's counters (views,
"edited", its time), the note that it was passed on from another channel and where its photo
or video stood are the export's, not what the posts say."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

FIRST = "The water board will raise the Kessa dam by two metres; work starts in July and ends before the rains."
SECOND = "Our engineers warned that the old wall cannot bear the load. The board did not publish their report."
THIRD = "Residents below the dam are invited to a meeting at the school hall on Friday at 19:00."

EXPORT = f"""Kessa Residents

Forwarded from Kessa Water Board
{FIRST}
1,204 views · 09:15

{SECOND}
❤ 230  🔁 41  edited  11:02

Photo
{THIRD}
3.4K views  edited  12:30
"""


def test_a_channels_counters_and_forwards_are_boilerplate(tmp_path):
    path = tmp_path / "channel.txt"
    path.write_text(EXPORT, encoding="utf-8")
    passages = [(p.kind, p.text) for p in load_article(path).passages]
    assert [text for kind, text in passages if kind == "body"] == [FIRST, SECOND, THIRD]
    assert {kind for kind, text in passages if text not in (FIRST, SECOND, THIRD, "Kessa Residents")} == {"boilerplate"}


@pytest.mark.parametrize("line", ["👁 2.1K  14:02", "👁 800  17:30", "1,204 views · 09:15", "❤ 230  🔁 41  edited  11:02",
                                  "Forwarded from Orvane Transport Ministry", "Video", "Voice message"])
def test_a_posts_counters_are_boilerplate(line):
    assert classify(["A title", FIRST, line, SECOND])[2] == "boilerplate"


@pytest.mark.parametrize("line", ["2.1M", "£12  14:02", "1991", "Video evidence shown to the board on Friday",
                                  "Forwarded from the ministry, the letter reached the board on Tuesday."])
def test_a_figure_or_a_sentence_is_not_a_posts_counters(line):
    assert classify(["A title", FIRST, line, SECOND])[2] != "boilerplate"


@pytest.mark.parametrize(("listing", "lines"), [
    ("Kelmet Harbour Run\n\n{first}\n\n5K 09:00\n\n10K 10:30\n\n{second}\n", ["5K 09:00", "10K 10:30"]),
    ("Orlen Sportive\n\n{first}\n\n50K 08:30\n\n100K 07:45\n\n{second}\n", ["50K 08:30", "100K 07:45"]),
])
def test_a_races_distances_and_start_times_are_no_posts_counters(tmp_path, listing, lines):
    """A whole figure with its "K" beside a time is as often a distance as a count."""
    path = tmp_path / "race.txt"
    path.write_text(listing.format(first=FIRST, second=SECOND), encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    assert [kinds[line] for line in lines] == ["heading"] * len(lines)
