"""Search in scripts without spaces between words, and in scripts whose words carry combining
marks: a word is found where it stands, and only its own characters are marked."""

from __future__ import annotations

import pytest
from tui_helpers import covers, reading_room, settle
from test_widths import styled_runs

from reader.corpus import load_article, load_paths
from reader.tui.finding import search_passages

CHINESE = ("青石镇化工厂爆炸\n\n消防部门出动了80辆消防车，火势在5小时后被扑灭。\n\n"
           "附近居民李红梅说：“爆炸声像打雷一样。”\n")
JAPANESE = "緑川町で土砂崩れ\n\n被災した住民の山田花子さんは「家が傾いた」と話した。\n"
THAI = "น้ำท่วมที่เชียงใหม่\n\nชาวบ้านชื่อสมศรีเล่าว่าน้ำขึ้นเร็วมาก\n"
HINDI = ("रामपुर में पुल गिरा\n\nघायलों को ज़िला अस्पताल ले जाया गया।\n\n"
         "पुलिस ने कंपनी के मालिक को हिरासत में लिया है।\n")


@pytest.mark.parametrize(("text", "query", "found"), [
    (CHINESE, "消防车", [(1, ["消防车"])]),  # inside the run "辆消防车"
    (CHINESE, "李红梅", [(2, ["李红梅"])]),  # a name inside "附近居民李红梅说"
    (JAPANESE, "山田花子", [(1, ["山田花子"])]),
    (THAI, "สมศรี", [(1, ["สมศรี"])]),  # Thai writes no space between words either
    (HINDI, "अस्पताल", [(1, ["अस्पताल"])]),  # one word with its vowel signs and virama
    (HINDI, "पुल", [(0, ["पुल"])]),  # the word, not every "प" and "ल" of the text
])
def test_a_word_is_found_where_it_stands_in_its_script(tmp_path, text, query, found):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = load_article(tmp_path / "a.txt")
    hits = search_passages([article.passages], query)
    assert [(h.index, [article.passages[h.index].text[lo:hi] for lo, hi in h.spans]) for h in hits] == found


async def test_a_chinese_name_found_is_marked_in_the_pane(make_app, tmp_path):
    covers("search.open")
    (tmp_path / "a.txt").write_text(CHINESE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CHINESE.replace("李红梅", "王芳"), encoding="utf-8")
    app = make_app(load_paths([tmp_path / "a.txt", tmp_path / "b.txt"]))
    async with reading_room(app, (100, 30)) as (pilot, screen):
        await pilot.press("slash", *"李红梅")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert styled_runs(screen.panes[0], "reverse") == ["李红梅"]
