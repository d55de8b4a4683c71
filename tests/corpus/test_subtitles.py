"""Subtitles saved as text (SubRip's numbered cues, WebVTT's): the cue numbers and timings are
furniture, never headings or part of what is said, and a cue's words are speech, not a heading."""

from __future__ import annotations

SRT = """\
1
00:00:01,000 --> 00:00:04,200
Good evening. Tonight the Kelmet ferry

2
00:00:04,200 --> 00:00:08,000
crossed the river again for the first time
since the floods closed it eleven weeks ago.

3
00:00:08,500 --> 00:00:12,900
The minister, Ivo Marek, said the repair
of the landing stage was a success.
"""

VTT = """\
WEBVTT

00:00:00.500 --> 00:00:03.800 align:start
The ferry is back, but the bill
is twice what we were told

00:00:04.000 --> 00:00:08.200
The company's own survey warned
about the rotten piles in 2022.
"""


def test_cue_numbers_and_timings_are_furniture_and_cues_are_speech(write_article):
    article = write_article(SRT, "news.txt")
    assert [(p.kind, p.text.split("\n")[0]) for p in article.passages] == [
        ("boilerplate", "1"), ("boilerplate", "00:00:01,000 --> 00:00:04,200"),
        ("body", "Good evening. Tonight the Kelmet ferry"),
        ("boilerplate", "2"), ("boilerplate", "00:00:04,200 --> 00:00:08,000"),
        ("body", "crossed the river again for the first time"),
        ("boilerplate", "3"), ("boilerplate", "00:00:08,500 --> 00:00:12,900"),
        ("body", "The minister, Ivo Marek, said the repair")]
    assert article.title == "Good evening. Tonight the Kelmet ferry"


def test_a_webvtt_files_header_and_timings_are_furniture(write_article):
    article = write_article(VTT, "talk.txt")
    assert [p.kind for p in article.passages] == ["boilerplate", "boilerplate", "body", "boilerplate", "body"]


def test_a_cues_voice_tag_is_a_speakers_label_not_words_of_the_text():
    from reader.align.text import scan
    from reader.corpus.marks import marks

    cue = "<v Dana Ilves>The company's own survey warned\nabout the rotten piles in 2022."
    assert marks(cue) == [(0, len("<v Dana Ilves>"))]
    assert "Ilves" not in [m.group() for m in scan(cue)[0]]
