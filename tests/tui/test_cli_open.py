"""`counterpoint [PATH...]`: bad input ends in one line and exit 2 before any UI starts."""

from __future__ import annotations

from reader.cli.main import main


def test_missing_path_is_one_line_exit_2(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("counterpoint: error:")


def test_unknown_theme_is_one_line_exit_2(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text.\n", encoding="utf-8")
    assert main(["--theme", "no-such-theme", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-theme" in err
