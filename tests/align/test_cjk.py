"""Chinese and Japanese, written without spaces, are matched on character bigrams."""

from __future__ import annotations

from reader.align import align
from reader.align.features import unit_features
from reader.align.glossary import Glossary
from reader.align.text import scan
from reader.corpus import load_article

CHINESE_A = """人道主义车队在拉钦走廊被拦截

2026年3月14日上午，由12辆红十字会卡车组成的车队在阿卡里桥附近的检查站被拦下。

阿塞拜疆边防人员扣留了三名司机，并指控他们走私香烟和手机。

埃里温的人权活动人士要求召开联合国安理会会议。
"""
CHINESE_B = """拉钦检查站挫败一起走私企图

2026年3月14日，在阿卡里桥附近的拉钦检查站，边防人员对12辆红十字会卡车进行了例行检查。

足球俱乐部昨晚在首都赢得了本赛季的冠军奖杯。

检查中，边防人员在三名司机的驾驶室内发现了香烟和没有证件的手机。
"""


def _pair(tmp_path, a: str, b: str):
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    return load_article(tmp_path / "a.txt"), load_article(tmp_path / "b.txt")


def test_chinese_passages_telling_the_same_thing_are_linked(tmp_path):
    a, b = _pair(tmp_path, CHINESE_A, CHINESE_B)
    strong = {(link.a, link.b) for link in align(a, b).links if link.tier == "strong"}
    # the convoy stopped at the bridge; the three drivers held over cigarettes and phones
    assert {(1, 1), (2, 3)} <= strong
    assert not any(link.b == 2 for link in align(a, b).links)  # the football final is no one's claim


def test_a_clause_is_cut_into_overlapping_bigrams_with_offsets():
    text = "边防人员扣留了司机"
    matches, words = scan(text)
    assert [m.group() for m in matches] == ["边防", "防人", "人员", "员扣", "扣留", "留了", "了司", "司机"]
    assert all(text[m.start():m.end()] == m.group() for m in matches)
    assert words[0].key == "w:边防"


def test_figures_and_dates_inside_cjk_text_are_read():
    feats = unit_features("2026年3月14日上午，12辆卡车和450吨面粉。", Glossary())
    assert "n:2026-month3-14" in feats  # the same key as "March 14, 2026"
    assert {"n:12|辆", "n:450|吨"} <= feats.keys()  # a figure with its counter


def test_japanese_katakana_names_are_words_and_hiragana_is_left_out():
    matches, words = scan("アゼルバイジャンの国境警備隊は")
    assert [m.group() for m in matches] == ["アゼルバイジャン", "国境", "境警", "警備", "備隊"]


def test_common_words_and_pairs_straddling_a_function_word_are_no_reasons(tmp_path):
    a, b = _pair(tmp_path, CHINESE_A.replace("并指控", "并且没有指控"), CHINESE_B.replace("发现了", "没有发现了"))
    (held,) = [link for link in align(a, b).links if (link.a, link.b) == (2, 3)]
    shown = {e.a_text for e in held.evidence}
    assert {"司机", "香烟", "手机"} <= shown
    assert "没有" not in shown  # "not have": common Chinese, shared by chance
    assert not {"了三", "烟和", "和手"} & shown  # pairs across a function word ("了", "和")
