"""Chinese and Japanese full stops (。！？) end sentences like their Latin counterparts."""

from __future__ import annotations

import pytest

from reader.corpus.kinds import classify
from reader.corpus.segment import paragraph_spans

BODY = "这是第二段，内容更长一些，讲述了两国之间多年来不断扩大的石油贸易和军事合作。"


@pytest.mark.parametrize("opening", ["以色列与阿塞拜疆的关系很密切。", "停火协议已经签署！", "イスラエルとアゼルバイジャンの関係は深い。"])
def test_a_short_cjk_sentence_first_is_body_not_a_heading(opening):
    assert classify([opening, BODY], "", "") == ["body", "body"]


def test_a_cjk_title_without_a_full_stop_is_still_a_heading():
    assert classify(["以色列与阿塞拜疆", BODY], "", "")[0] == "heading"


ARMENIAN = [  # the Armenian full stop "։" ends sentences as "。" does
    "Ադրբեջանցի սահմանապահները ձերբակալել են երեք վարորդի և մեղադրել նրանց մաքսանենգության մեջ։",
    "Կարմիր Խաչի ներկայացուցիչը հայտարարել է, որ բոլոր բեռները նախապես ստուգվել են անցակետում։",
    "Հայաստանի ԱԳՆ-ն ձերբակալումն անվանել է եռակողմ հայտարարության կոպիտ խախտում այսօր։",
]


@pytest.mark.parametrize("lines", [[
    "阿塞拜疆和亚美尼亚的军队在托乌兹附近的接触线上交火，双方都指责对方首先开火，造成了伤亡。",
    "以色列向阿塞拜疆出售无人机已有十多年，这一点在二零二零年的战争中变得格外明显而且引人注目。",
    "伊朗官方媒体认为这种合作威胁到地区的稳定，并且多次警告巴库不要让外国军队进入其领土范围。",
], ARMENIAN])
def test_lines_ending_in_full_stops_are_not_hard_wrapped(lines):
    text = "\n".join(lines) + "\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == lines
