"""The article picker looks each row's link count up under the pair's glossary files as they
are, without reading those files' stamps once per row on the UI thread: with many articles
and many glossaries that would hold the list up before it is drawn."""

from __future__ import annotations

import os
import threading

import pytest

from tui_helpers import settle

CANAL = ["The lock keepers at Marrowby stopped work over the new night rota.",
         "Barges queued at the basin while the trust called the rota safe.",
         "Keeper Jonas Pell said two keepers were left alone on the night locks."]
SCHOOL = ["The school board voted to close the Hillfield annex in June.",
          "Parents packed the gym to ask where the annex pupils would go.",
          "The board chair said the annex roof could not be mended this year."]


def write_corpus(folder, paragraphs: list[str], count: int):
    """`count` articles, each a variation of `paragraphs`, in `folder`, loaded as a corpus."""
    from reader.corpus import load_paths

    folder.mkdir(parents=True)
    for n in range(count):
        text = "\n\n".join(f"{p} Report {n}." for p in paragraphs[n % len(paragraphs):] + paragraphs[:n % len(paragraphs)])
        (folder / f"report-{n:02}.txt").write_text(text + "\n", encoding="utf-8")
    return load_paths([folder])


def glossary_files(tmp_path, folder, own_folder_glossary: bool, user_files: int) -> set[str]:
    made = []
    if own_folder_glossary:
        (folder / "corpus.toml").write_text('glossary = "terms.toml"\n', encoding="utf-8")
        made.append(folder / "terms.toml")
    users = tmp_path / "config" / "glossaries"
    users.mkdir(parents=True)
    made += [users / f"terms-{n}.toml" for n in range(user_files)]
    for n, path in enumerate(made):
        path.write_text(f'[[group]]\nname = "term{n}"\nterms = ["term{n}", "word{n}"]\n', encoding="utf-8")
    return {str(path) for path in made}


@pytest.mark.parametrize(("paragraphs", "count", "own_folder_glossary", "user_files"),
                         [(CANAL, 12, False, 3), (SCHOOL, 9, True, 2)])
async def test_opening_the_picker_reads_each_glossary_files_stamp_not_once_per_row(
        make_app, tmp_path, monkeypatch, paragraphs, count, own_folder_glossary, user_files):
    from reader.tui.picker import PickerScreen

    folder = tmp_path / "articles"
    corpus = write_corpus(folder, paragraphs, count)
    files = glossary_files(tmp_path, folder, own_folder_glossary, user_files)
    app = make_app(corpus, pair=(corpus.articles[0].id, corpus.articles[1].id))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        on_ui_thread: list[str] = []
        stat = os.stat

        def recording(path, *args, **kwargs):
            if threading.current_thread() is threading.main_thread() and os.fspath(path) in files:
                on_ui_thread.append(os.fspath(path))
            return stat(path, *args, **kwargs)

        monkeypatch.setattr(os, "stat", recording)
        await pilot.press("o")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        monkeypatch.setattr(os, "stat", stat)
        # once for the rows of one folder at each fill (one, or two at most), not once per row
        assert len(on_ui_thread) <= 2 * len(files) < (count - 2) * len(files), on_ui_thread
        options = picker.query_one("#articles")
        rows = [str(options.get_option(a.id).prompt.body) for a in corpus.articles[2:]]
        assert all("links with pane" in row or "link with pane" in row for row in rows), rows
        await pilot.press("escape", "q")
