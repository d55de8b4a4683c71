"""The article picker's line under each article agrees with the marks beside it."""

from __future__ import annotations

from tui_helpers import pair_corpus, settle

TOLD = ["The Marrowby lock keepers stopped work on Tuesday over the new rota.",
        "Keeper Jonas Pell said the rota left two keepers alone on the night locks."]
RETOLD = ["Barges waited at Fenwick basin on Tuesday as the Marrowby lock keepers walked out.",
          "The canal trust called the rota safe and said Jonas Pell had refused to discuss it."]


async def test_an_article_in_both_panes_is_said_to_be_shown_in_both(make_app, tmp_path):
    from reader.tui.picker import PickerScreen

    corpus = pair_corpus(tmp_path / "canal", TOLD, RETOLD)
    alone = corpus.articles[0]
    app = make_app(corpus, pair=(alone.id, alone.id))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        picker = app.screen  # one article alone: the picker offers a second at once
        assert isinstance(picker, PickerScreen)
        prompt = str(picker.query_one("#articles").get_option(alone.id).prompt.body)
        assert "shown in both panes" in prompt, prompt
