"""`counterpoint [PATH...]`: a bad path ends in one line and exit 2 before any UI starts; a bad
theme does not stop the reader."""

from __future__ import annotations

from tui_helpers import notices

from reader.cli.main import main


def _run_headless(monkeypatch) -> dict:
    """`counterpoint` runs the app headless here, in place of the terminal; what it showed at
    start (theme, notices) is in the dict returned."""
    import asyncio

    from reader.tui.app import CounterpointApp

    seen: dict = {}

    def run_headless(app, *args, **kwargs):
        async def go():
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                seen["theme"] = app.theme
                seen["notices"] = notices(app)
                await pilot.press("q")

        asyncio.run(go())

    monkeypatch.setattr(CounterpointApp, "run", run_headless)
    monkeypatch.setattr("reader.cli.open.has_terminal", lambda: True)  # the headless app is its terminal
    return seen


def test_missing_path_is_one_line_exit_2(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("counterpoint: error:")


def test_unknown_theme_starts_with_the_default_and_a_notice(tmp_path, monkeypatch, capsys):
    """`--theme` naming no theme is not an error: the reader opens in the default theme and
    says why (the app runs headless here, in place of the terminal)."""
    from reader.config import DEFAULT_THEME

    seen = _run_headless(monkeypatch)
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text.\n", encoding="utf-8")
    assert main(["--theme", "no-such-theme", "--config-dir", str(tmp_path / "cfg"), str(article)]) == 0
    assert capsys.readouterr().err == ""
    assert seen["theme"] == DEFAULT_THEME
    assert [n for n in seen["notices"] if "no-such-theme" in n] == [
        f"--theme: no theme named 'no-such-theme'; using {DEFAULT_THEME!r}"]
    assert not (tmp_path / "cfg" / "config.toml").exists()  # a fallback is not a choice to save


def test_an_empty_article_opens_with_a_notice_saying_so(tmp_path, monkeypatch):
    seen = _run_headless(monkeypatch)
    empty, blank = tmp_path / "empty.txt", tmp_path / "blank.txt"
    empty.write_text("", encoding="utf-8")
    blank.write_text("\n   \n\n", encoding="utf-8")
    assert main(["--config-dir", str(tmp_path / "cfg"), str(empty), str(blank)]) == 0
    told = [n for n in seen["notices"] if "no text to show" in n]
    assert len(told) == 2 and any("empty.txt" in n for n in told) and any("blank.txt" in n for n in told)
