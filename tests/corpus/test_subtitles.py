"""Subtitles saved as text (SubRip's numbered cues, WebVTT's): the cue numbers, timings and
header go, cues join into paragraphs of what was said, and the title is the file's name (or the
WebVTT header's), not the first cue."""

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


def test_cue_numbers_and_timings_go_and_a_cue_broken_mid_sentence_reads_on(write_article):
    article = write_article(SRT, "Kelmet ferry news.srt")
    assert [(p.kind, " ".join(p.text.split())) for p in article.passages] == [
        ("body", "Good evening. Tonight the Kelmet ferry crossed the river again for the first time since "
                 "the floods closed it eleven weeks ago. The minister, Ivo Marek, said the repair of the "
                 "landing stage was a success.")]
    first = article.passages[0]
    source = article.text[first.start:first.end]  # the passage still points into the file, cues and all
    assert source.startswith("Good evening") and source.endswith("was a success.") and "-->" in source


def test_a_subtitle_files_title_is_its_name_not_its_first_cue(write_article):
    assert write_article(SRT, "Kelmet ferry news.srt").title == "Kelmet ferry news"
    assert write_article(SRT, "evening news.txt").title == "evening news"  # told by what it holds


def test_a_webvtt_header_gives_the_title_and_a_note_the_author(write_article):
    text = VTT.replace("WEBVTT\n", "WEBVTT - Harbour board, March meeting\nKind: captions\nLanguage: en\n\n"
                       "NOTE\nAuthor: Dana Ilves\n\nSTYLE\n::cue { color: yellow }\n")
    article = write_article(text, "talk.vtt")
    assert (article.title, article.author) == ("Harbour board, March meeting", "Dana Ilves")
    assert [p.kind for p in article.passages] == ["body"]  # the first cue stops mid-sentence
    assert not any("captions" in p.text or "yellow" in p.text for p in article.passages)


def test_a_long_pause_or_another_speaker_starts_a_paragraph_and_formatting_goes(write_article):
    text = """\
1
00:00:01,000 --> 00:00:03,000
<i>The landing stage is finished.</i>

2
00:00:03,200 --> 00:00:05,000
{\\an8}It opens on Monday.

3
00:00:09,000 --> 00:00:11,000
The bill went to the council.

4
00:00:11,500 --> 00:00:13,000
[applause]

5
00:00:13,500 --> 00:00:16,000
- Was it worth the money?
- Every <b>crown</b> of it.
"""
    article = write_article(text, "ferry.srt")
    assert [(p.kind, " ".join(p.text.split())) for p in article.passages] == [
        ("body", "The landing stage is finished. It opens on Monday."),
        ("body", "The bill went to the council."),
        ("boilerplate", "[applause]"),
        ("body", "- Was it worth the money?"),
        ("body", "- Every crown of it.")]


def test_one_speakers_cues_join_and_their_voice_tag_shows_once(write_article):
    text = """\
WEBVTT

00:00:00.500 --> 00:00:03.800
<v Dana Ilves>The ferry is back, but the bill
is twice what we were told,

00:00:04.000 --> 00:00:08.200
<v Dana Ilves>and the survey warned us.</v>

00:00:08.400 --> 00:00:10.200
<v Ivo Marek>That survey was never finished.
"""
    article = write_article(text, "talk.vtt")
    assert [" ".join(p.text.split()) for p in article.passages] == [
        "<v Dana Ilves>The ferry is back, but the bill is twice what we were told, and the survey warned us.",
        "<v Ivo Marek>That survey was never finished."]


def test_a_cues_voice_tag_is_a_speakers_label_not_words_of_the_text():
    from reader.align.text import scan
    from reader.corpus.marks import marks

    cue = "<v Dana Ilves>The company's own survey warned\nabout the rotten piles in 2022."
    assert marks(cue) == [(0, len("<v Dana Ilves>"))]
    assert "Ilves" not in [m.group() for m in scan(cue)[0]]
