"""How an article's file names it when its title does not tell it apart (reader.corpus.naming)."""

from __future__ import annotations

from pathlib import Path

from reader.corpus import load_article
from reader.corpus.naming import file_label


def test_a_file_name_with_a_line_break_is_one_line_with_the_break_spelt_out(tmp_path: Path) -> None:
    odd = tmp_path / "line\nbreak.txt"
    odd.write_text("A passage about the harbour strike.\n", encoding="utf-8")
    label = file_label(load_article(odd))
    assert label == "line\\nbreak.txt"
    assert "\n" not in label


def test_a_shared_file_name_is_told_by_its_folder(tmp_path: Path) -> None:
    (tmp_path / "wire").mkdir()
    (tmp_path / "paper").mkdir()
    for folder in ("wire", "paper"):
        (tmp_path / folder / "strike.txt").write_text(f"The strike as the {folder} tells it.\n", encoding="utf-8")
    wire, paper = (load_article(tmp_path / f / "strike.txt") for f in ("wire", "paper"))
    assert file_label(wire, [wire, paper]) == "wire/strike.txt"
    assert file_label(wire, [wire]) == "strike.txt"
