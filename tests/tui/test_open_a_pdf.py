"""The reading room opens a PDF as it opens any article (real files): its paragraphs in the
pane, its title from its metadata; a scan with no text keeps the open dialog with the reason; a
page that cannot be read is left out and said to be, once."""

from __future__ import annotations

from pdfmaker import Page, make_pdf, wrap

from tui_helpers import covers, notices, reading_room, type_path

# Invented text.
REPORT = [
    "The coastal path between Skarn and Elvik closed in June after a landslip carried away two hundred metres "
    "of it, and the county has not said when it will open again.",
    "Walkers now follow a road without a pavement for six kilometres; the parish council has asked for a speed "
    "limit until the path is rebuilt.",
]


async def test_a_pdf_opened_in_the_room_reads_as_its_paragraphs(make_app, seeds, tmp_path):
    covers("open.path")
    from reader.tui.open_dialog import OpenDialog

    lines = [line for paragraph in REPORT for line in [*wrap(paragraph), ""]]
    report = tmp_path / "landslip.pdf"
    report.write_bytes(make_pdf([Page(lines=lines[:4], header="Skarn Parish News", footer="1"),
                                 Page(lines=lines[4:], header="Skarn Parish News", footer="2")],
                                info={"Title": "The path that fell into the sea"}))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf([], contents=[b"q 400 0 0 600 50 50 cm 0 0 1 1 re f Q"]))
    async with reading_room(make_app(seeds), (100, 30)) as (pilot, screen):
        await pilot.press("O")
        await type_path(pilot, str(scan))
        dialog = pilot.app.screen
        assert isinstance(dialog, OpenDialog)
        assert "no text in it" in str(dialog.query_one("#error").render())
        await type_path(pilot, str(report))
        assert pilot.app.screen is screen
        article = screen.articles[1]
        assert article.path == report and article.title == "The path that fell into the sea"
        assert [" ".join(p.text.split()) for p in article.passages if p.kind == "body"] == REPORT


async def test_a_pdf_page_that_cannot_be_read_is_told_once_and_the_rest_is_shown(make_app, seeds, tmp_path):
    lines = [line for paragraph in REPORT for line in [*wrap(paragraph), ""]]
    report = tmp_path / "landslip.pdf"
    pdf = make_pdf([Page(lines=lines[:4]), Page(lines=lines[4:])])
    at = pdf.index(b"/FlateDecode", pdf.index(b"/FlateDecode") + 1)  # page 2's stream, under no known filter
    report.write_bytes(pdf[:at] + b"/FlateDekode" + pdf[at + len(b"/FlateDecode"):])
    async with reading_room(make_app(seeds), (100, 30)) as (pilot, screen):
        await pilot.press("O")
        await type_path(pilot, str(report))
        assert pilot.app.screen is screen
        article = screen.articles[1]
        assert [" ".join(p.text.split()) for p in article.passages if p.kind == "body"] == REPORT[:1]
        told = [n for n in notices(pilot.app) if "left out" in n]
        assert told == [f"{report}: page 2 could not be read and is left out"]
