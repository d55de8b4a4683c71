"""PDF files read as articles: their text mended as text copied out of a PDF is (paragraphs
joined, page furniture kept out of the body, a paragraph read on across a page break), their
metadata where it is real, and every bad PDF refused in one line."""

from __future__ import annotations

import io
import re
import time
import zlib

import pypdf
import pytest
from pdfmaker import PAGE_WIDTH, Page, make_pdf, page_content, unmapped_run, wrap

from reader.corpus.loader import load_article, load_paths
from reader.errors import UserError

# Invented texts: a transport review, and (the same rules on another kind of text) a ruling.
FERRY = [
    "The ferry across the Lenn stopped running in March after the council cut its grant, and the villages on "
    "the far bank now depend on a single bridge forty kilometres upstream.",
    "Residents say the detour adds two hours to every trip to the market town; the council says the ferry "
    "carried fewer than ninety passengers a day.",
    "A petition signed by 3,400 people asks the regional government to restore the grant for five years while a "
    "cheaper boat is found. The transport board will consider it in the autumn, and its chair has said that "
    "the old timetable could return.",
    "The operator of the old ferry has offered to run a smaller boat at half the former cost if the council "
    "guarantees a minimum number of crossings each week.",
]
RULING = [
    "The applicants own farmland beside the Orvet quarry and ask the court to quash the permit that allowed its "
    "extension to the northern ridge in the winter.",
    "The tribunal below found that the environmental statement considered dust, noise and the water table, and "
    "that the council was entitled to prefer the evidence of its own hydrologist to the evidence the applicants "
    "called about the springs.",
    "We do not agree that the statement was adequate on the question of the springs. It did not consider the "
    "wells that the applicants' families have used for three generations.",
]


def paged(paragraphs: list[str], per_page: int, header: str, *, right: bool = False) -> list[Page]:
    """The paragraphs' lines, `per_page` a page, a line's space between two paragraphs, under
    a running header and over the page's number (a paragraph goes on over a page's end where
    the lines fall)."""
    lines = [line for paragraph in paragraphs for line in [*wrap(paragraph), ""]]
    return [Page(lines=lines[n:n + per_page], header=header, footer=str(n // per_page + 1))
            for n in range(0, len(lines), per_page)]


def write(tmp_path, data: bytes, name: str = "report.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def body(article) -> list[str]:
    return [" ".join(p.text.split()) for p in article.passages if p.kind == "body"]


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize(("paragraphs", "header"), [(FERRY, "Lenn Valley Transport Review"),
                                                    (RULING, "Orvet Farms v Harl District Council")])
def test_a_pdf_reads_as_its_paragraphs_without_its_page_furniture(tmp_path, compress, paragraphs, header):
    pdf = make_pdf(paged(paragraphs, 4, header), compress=compress, kerned=True)
    article = load_article(write(tmp_path, pdf))
    # each paragraph whole, one passage, though a page break cuts some of them
    assert body(article) == [" ".join(p.split()) for p in paragraphs]
    furniture = [p.text.strip() for p in article.passages if p.kind != "body"]
    assert all(text == header or text.isdigit() for text in furniture)
    # offsets index the text read out of the PDF, which the article keeps
    for passage in article.passages:
        assert passage.text.split()[0] in article.text[passage.start:passage.end].split()[:1]
    assert article.text.count("\f") == len(paged(paragraphs, 4, header)) - 1  # pages parted as pdftotext parts them


# Paragraphs set as a book or a court sets them, with no space between them, each line as wide
# as the others: the line that ends one paragraph ends a sentence at the margin.
SET_IN = [
    [["The applicants own farmland beside the Orvet quarry and ask the court to",
      "quash the permit that allowed its extension to the northern ridge, which",
      "the council granted after a short hearing in the spring of the year 2024."],
     ["The tribunal found that the statement considered dust, noise and the water",
      "table, and that the council could prefer the evidence of its hydrologist",
      "to the evidence that the applicants called about the springs on the hill."],
     ["We do not agree. The statement said nothing of the wells the families use",
      "on the ridge, and it did not ask where their water would come from if the",
      "springs failed; the permit must be quashed for that reason above all else."]],
    [["The ferry across the Lenn stopped running in March after the council cut",
      "its grant, and the villages on the far bank now depend on a single bridge",
      "forty kilometres upstream that was built for carts and not for the buses."],
     ["Residents say the detour adds two hours to every trip to the market town;",
      "the council says the ferry carried fewer than ninety passengers each day",
      "and cost more for every crossing than a taxi to the bridge would have cost."],
     ["A petition signed by 3,400 people asks the regional government to restore",
      "the grant for five years, while a cheaper and smaller boat is being found",
      "by the transport board, which meets to consider it at the end of the month."]],
]


@pytest.mark.parametrize("paragraphs", SET_IN)
def test_paragraphs_told_by_their_first_lines_indent_alone_stay_apart(tmp_path, paragraphs):
    """A paragraph's first line set in tells where it starts, though the line before it ends
    a sentence at the margin ("…in 2024." then "The tribunal…")."""
    lines = [("\t" if n == 0 else "") + line for paragraph in paragraphs for n, line in enumerate(paragraph)]
    article = load_article(write(tmp_path, make_pdf([Page(lines=lines[:6]), Page(lines=lines[6:])])))
    assert body(article) == [" ".join(paragraph) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "header"), zip(SET_IN, ["Orvet Farms v Harl", "Lenn Valley Transport Review"]))
def test_paragraphs_told_by_their_indent_stay_apart_under_a_running_header(tmp_path, paragraphs, header):
    """The blank line that sets a page's header apart does not make the page's lines one block
    of wrapped text: the first lines' indents still part its paragraphs."""
    lines = [("\t" if n == 0 else "") + line for paragraph in paragraphs for n, line in enumerate(paragraph)]
    article = load_article(write(tmp_path, make_pdf([Page(lines=lines[:6], header=header),
                                                     Page(lines=lines[6:], header=header)])))
    assert body(article) == [" ".join(paragraph) for paragraph in paragraphs]
    assert [p.kind for p in article.passages if p.text == header] == ["boilerplate"] * 2


def test_a_word_hyphenated_across_lines_reads_whole(tmp_path):
    lines = ["The reservoir flooded eleven villages, and the families moved from them to the",
             "ridge were promised new houses, schools and a clinic before the gates were clo-",
             "sed, though only the clinic had been built by the time the water rose."]
    article = load_article(write(tmp_path, make_pdf([Page(lines=lines)])))
    assert body(article) == [" ".join(lines).replace("clo- sed", "closed")]


def test_a_two_column_page_reads_a_column_at_a_time(tmp_path):
    left = [line for p in FERRY[:2] for line in wrap(p, 52)]
    right = [line for p in FERRY[2:] for line in wrap(p, 52)]
    article = load_article(write(tmp_path, make_pdf([Page(lines=left, right=right)])))
    assert body(article) == [" ".join(p.split()) for p in FERRY]


def test_title_author_and_date_come_from_its_metadata_where_they_are_real(tmp_path):
    info = {"Title": "The last ferry on the Lenn", "Author": "Mara Olsen", "CreationDate": "D:20250304120000+01'00'"}
    article = load_article(write(tmp_path, make_pdf(paged(FERRY, 5, "Transport Review"), info=info)))
    assert (article.title, article.author, article.date) == ("The last ferry on the Lenn", "Mara Olsen", "2025-03-04")
    # a title that is a file's name, a login for an author: the text's own opening line instead
    info = {"Title": "Microsoft Word - ruling_final3.docx", "Author": "hclerk", "CreationDate": "D:2024"}
    article = load_article(write(tmp_path, make_pdf([Page(lines=["Orvet Farms v Harl District Council"]
                                                          + wrap(RULING[0]))], info=info)))
    assert (article.title, article.author, article.date) == ("Orvet Farms v Harl District Council", "", "2024")
    for blank in ("Untitled document", "Document1", "C:\\Rulings\\orvet.pdf", "  "):
        info = {"Title": blank}
        assert load_article(write(tmp_path, make_pdf([Page(lines=wrap(RULING[1]))], info=info))).title != blank
    for given, kept in (("Windows User", ""), ("user01", ""),
                        ("Ильдар Гарипов", "Ильдар Гарипов"), ("王小明", "王小明")):
        info = {"Author": given}
        assert load_article(write(tmp_path, make_pdf([Page(lines=wrap(RULING[1]))], info=info))).author == kept


def test_a_date_line_in_the_text_comes_before_the_date_the_pdf_was_made(tmp_path):
    lines = ["The last ferry on the Lenn", "2 March 2026"] + wrap(FERRY[0])
    info = {"CreationDate": "D:20260410093000Z", "Title": "The last ferry on the Lenn"}
    article = load_article(write(tmp_path, make_pdf([Page(lines=lines)], info=info)))
    assert article.date == "2026-03-02"


@pytest.mark.parametrize(("made", "date"), [("D:20230231", "2023-02"), ("D:20211131093000Z", "2021-11"),
                                             ("D:00000000", ""), ("D:99999999", ""), ("D:98761201", "")])
def test_a_creation_date_that_is_no_day_is_as_precise_as_it_is_real(tmp_path, made, date):
    """A day past its month's end is that month; a year 0, or a day not yet come (a clock set
    wrong), is no date."""
    info = {"CreationDate": made, "Title": "The last ferry on the Lenn"}
    assert load_article(write(tmp_path, make_pdf([Page(lines=wrap(RULING[1]))], info=info))).date == date


def test_the_manifest_says_more_than_the_pdf(tmp_path):
    write(tmp_path, make_pdf(paged(FERRY, 5, "Transport Review"), info={"Title": "Draft for the board"}))
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "report.pdf"\ntitle = "The last ferry"\n',
                                          encoding="utf-8")
    (article,) = load_paths([tmp_path])
    assert article.title == "The last ferry"


def _encrypted(user_password: str, algorithm: str = "RC4-128") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([Page(lines=wrap(FERRY[0]))]))))
    writer.encrypt(user_password=user_password, owner_password="board-only", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_pdf_with_a_password_is_refused_in_one_line(tmp_path, run_cli, algorithm):
    result = run_cli("list", str(write(tmp_path, _encrypted("open-sesame", algorithm), "locked.pdf")))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "locked.pdf: a PDF document, encrypted with a password" in result.stderr


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_encrypted_only_against_changes_is_read(tmp_path, algorithm):
    """Acrobat's "restrict editing" locks with AES as often as with RC4; neither asks a reader
    for a password."""
    article = load_article(write(tmp_path, _encrypted("", algorithm)))
    assert body(article) == [" ".join(FERRY[0].split())]


@pytest.mark.parametrize("damage", [lambda pdf: pdf[:len(pdf) // 2], lambda pdf: pdf[:9] + bytes(range(256)) * 8,
                                    lambda pdf: pdf[:pdf.index(b"2 0 obj")]])
def test_a_damaged_pdf_is_refused_in_one_line(tmp_path, run_cli, damage):
    path = write(tmp_path, damage(make_pdf(paged(FERRY, 4, "Transport Review"))), "cut.pdf")
    result = run_cli("list", str(path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "cut.pdf: a PDF document, damaged" in result.stderr and "Traceback" not in result.stderr


def test_a_scan_with_no_text_says_so_and_suggests_ocr(tmp_path, run_cli):
    scan = b"q 500 0 0 700 50 50 cm 0.5 g 0 0 1 1 re f Q"  # a page that paints, and sets no text
    result = run_cli("list", str(write(tmp_path, make_pdf([], contents=[scan, scan]), "scan.pdf")))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "scan.pdf: a PDF document with no text in it" in result.stderr and "OCR" in result.stderr


def test_pypdf_warnings_about_a_mended_file_do_not_reach_the_terminal(tmp_path, run_cli):
    pdf = make_pdf(paged(FERRY, 4, "Transport Review"))
    at = pdf.rindex(b"startxref\n") + len(b"startxref\n")
    mended = pdf[:at] + b"%d" % (int(pdf[at:].split()[0]) + 7) + b"\n%%EOF\n"  # a wrong cross-reference offset
    result = run_cli("list", str(write(tmp_path, mended, "mended.pdf")))
    assert result.returncode == 0 and result.stderr == ""


def test_a_decompression_bomb_stops_at_the_limit(tmp_path):
    from reader.corpus.pdf import read_pdf

    bomb = b"BT /F1 11 Tf 72 700 Td (x) Tj ET\n" + b" " * (8 * 1024 * 1024)
    pdf = make_pdf([], contents=[bomb])
    assert len(pdf) < 100_000 and zlib.decompress(pdf[pdf.index(b"stream\n") + 7:]) is not None
    with pytest.raises(UserError, match="unpacks to more than 1 MB; refused"):
        read_pdf(pdf, "bomb.pdf", 1024 * 1024)


def test_a_form_drawn_again_and_again_stops_at_the_operations_a_pdf_may_run(tmp_path, monkeypatch):
    """A file of 1 kB whose page draws a form of 300 operations 1,000 times (300,000 operations:
    pypdf takes seconds over them, and a page may draw it 5,000 times, every page of 2,000):
    reading stops once the pages have run MAX_OPERATIONS, here made 20,000."""
    from reader.corpus import pdf

    monkeypatch.setattr(pdf, "MAX_OPERATIONS", 20_000)
    form = b"BT /F1 11 Tf 72 700 Td (x) Tj ET\n" * 60
    bomb = make_pdf([], contents=[b"q /X1 Do Q\n" * 1000], form=form)
    assert len(bomb) < 2000
    started = time.perf_counter()
    with pytest.raises(UserError, match="its pages run more than 20,000 operations; refused"):
        load_article(write(tmp_path, bomb))
    assert time.perf_counter() - started < 5
    # a report of text runs far fewer
    assert body(load_article(write(tmp_path, make_pdf(paged(FERRY * 5, 40, "Transport Review"))))) == \
        [" ".join(p.split()) for p in FERRY * 5]


@pytest.mark.parametrize("drawn", ["no form", "one name", "many names"])
def test_operands_no_operation_takes_stop_at_the_tokens_a_pdf_may_hold(tmp_path, monkeypatch, drawn):
    """A page (or a form it draws) of numbers with no operator after them: pypdf parses every
    one, some 4 µs each, but runs no operation (a 65 kB file of 16 such pages took 131 s, a 5 kB
    one drawing such a form 5 times 56 s). Reading stops once the streams parsed, a form's at
    each draw, hold MAX_TOKENS, here made 50,000."""
    from reader.corpus import pdf

    monkeypatch.setattr(pdf, "MAX_TOKENS", 50_000)
    text = b"BT /F1 11 Tf 72 700 Td (The harbour board met on Friday.) Tj ET\n"
    filler = b"7 " * 20_000 + b"/n " * 10_000  # 30,000 operands a stream, and no operator takes them
    if drawn == "no form":
        bomb = make_pdf([], contents=[text + filler] * 2)
    elif drawn == "one name":
        bomb = make_pdf([], contents=[text + b"q /X1 Do Q\n" * 2] * 2, form=filler)
    else:  # one form under a name a draw each, as if each were another
        names = tuple(f"F{n}" for n in range(4))
        bomb = make_pdf([], contents=[text + b"".join(b"/%s Do\n" % n.encode() for n in names)], form=filler,
                        form_names=names)
    with pytest.raises(UserError, match="its pages hold more than 50,000 tokens; refused"):
        load_article(write(tmp_path, bomb))
    # a page of text holds far fewer
    assert body(load_article(write(tmp_path, make_pdf(paged(FERRY * 5, 40, "Transport Review"))))) == \
        [" ".join(p.split()) for p in FERRY * 5]


def test_a_pdf_of_more_pages_than_an_article_is_refused_at_once(tmp_path):
    from reader.corpus.pdf import MAX_PAGES

    pages = [Page(lines=[f"Line {n}"]) for n in range(MAX_PAGES + 1)]
    started = time.perf_counter()
    with pytest.raises(UserError, match=f"of more than {MAX_PAGES:,} pages"):
        load_article(write(tmp_path, make_pdf(pages)))
    # nor does a page tree that says it holds one page stop them being counted
    with pytest.raises(UserError, match=f"of more than {MAX_PAGES:,} pages"):
        load_article(write(tmp_path, make_pdf([], contents=[b""] * (MAX_PAGES * 10), count=1)))
    assert time.perf_counter() - started < 10
    # a page tree that lies about its count: its pages are counted, and read
    article = load_article(write(tmp_path, make_pdf([Page(lines=wrap(FERRY[0]))], count=10 ** 9)))
    assert body(article) == [" ".join(FERRY[0].split())]


def test_a_pdf_in_a_folder_is_read_beside_the_other_articles_and_a_bad_one_left_out(tmp_path, run_cli):
    write(tmp_path, make_pdf(paged(FERRY, 5, "Transport Review"), info={"Title": "The last ferry"}), "ferry.pdf")
    write(tmp_path, b"%PDF-1.7\n1 0 obj\n<<", "broken.pdf")
    (tmp_path / "ruling.txt").write_text("Orvet Farms v Harl District Council\n\n" + "\n\n".join(RULING) + "\n",
                                         encoding="utf-8")
    result = run_cli("list", str(tmp_path))
    assert result.returncode == 0 and "The last ferry" in result.stdout and "Orvet Farms" in result.stdout
    assert "broken.pdf: a PDF document, damaged" in result.stderr and "left out" in result.stderr
    aligned = run_cli("align", str(tmp_path / "ferry.pdf"), str(tmp_path / "ruling.txt"))
    assert aligned.returncode == 0, aligned.stderr
    mapped = run_cli("map", str(tmp_path), "--format", "json", "--no-pager")
    assert mapped.returncode == 0 and "ferry" in mapped.stdout, mapped.stderr


def test_add_reads_a_saved_pdf_into_the_corpus(tmp_path):
    from reader.tomlread import load_toml
    from reader.web.add import add_page

    info = {"Title": "The last ferry on the Lenn", "Author": "Mara Olsen", "CreationDate": "D:20250304"}
    added = add_page(str(write(tmp_path, make_pdf(paged(FERRY, 4, "Transport Review"), info=info))),
                     tmp_path / "corpus")
    (entry,) = load_toml(tmp_path / "corpus" / "corpus.toml")["article"]
    assert (entry["title"], entry["author"], entry["date"]) == (
        "The last ferry on the Lenn", "Mara Olsen", "2025-03-04")
    (article,) = load_paths([tmp_path / "corpus"])
    assert article.path == added.file and body(article) == [" ".join(p.split()) for p in FERRY]


def test_a_running_header_on_the_first_line_is_furniture_when_the_metadata_names_the_title(tmp_path):
    info = {"Title": "The last ferry on the Lenn"}
    article = load_article(write(tmp_path, make_pdf(paged(FERRY, 4, "Lenn Valley Transport Review"), info=info)))
    headers = [p for p in article.passages if p.text == "Lenn Valley Transport Review"]
    assert headers[0] is article.passages[0] and {p.kind for p in headers} == {"boilerplate"}
    # the same in a text copied out of a PDF, its title in the corpus.toml
    copy = "\n".join(line for n, paragraph in enumerate(RULING, 1)
                     for line in ["Orvet Farms v Harl District Council", *wrap(paragraph), str(n)])
    (tmp_path / "ruling.txt").write_text(copy + "\n", encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[article]]\nfile = "ruling.txt"\ntitle = "The Orvet quarry ruling"\n',
                                          encoding="utf-8")
    (ruling,) = load_paths([tmp_path / "ruling.txt"])
    assert ruling.passages[0].text == "Orvet Farms v Harl District Council"
    assert {p.kind for p in ruling.passages if p.text == ruling.passages[0].text} == {"boilerplate"}
    assert body(ruling) == [" ".join(p.split()) for p in RULING]


def test_escape_sequences_in_its_metadata_reach_neither_the_corpus_toml_nor_a_file_name(tmp_path):
    from reader.tomlread import load_toml
    from reader.web.add import add_page

    info = {"Title": "The \x1b[31mlast\x1b[0m ferry \u202eon the Lenn", "Author": "Mara \x1b]0;owned\x07Olsen"}
    added = add_page(str(write(tmp_path, make_pdf(paged(FERRY, 4, "Transport Review"), info=info))),
                     tmp_path / "corpus")
    (entry,) = load_toml(tmp_path / "corpus" / "corpus.toml")["article"]
    assert entry["title"] == "The last ferry on the Lenn" and added.file.name == "the-last-ferry-on-the-lenn.txt"
    assert "\x1b" not in entry["author"] and "\x07" not in entry["author"]


def _printed(paragraphs: list[str], pages: int, title: str, url: str) -> list[list[str]]:
    """Each page's lines as a browser prints a page to PDF: the date and the page's title atop
    it, its address and "n/N" under it, the paragraphs running on from page to page."""
    lines = [line for paragraph in paragraphs for line in [*wrap(paragraph), ""]]
    per = -(-len(lines) // pages)
    return [[f"12/6/26, 11:53 PM {title}", "", *lines[n * per:(n + 1) * per], "", f"{url} {n + 1}/{pages}"]
            for n in range(pages)]


def test_a_page_a_browser_printed_to_pdf_reads_without_its_header_and_footer(tmp_path):
    printed = _printed(FERRY, 3, "The last ferry on the Lenn | Aldmere Review", "https://aldmere.example/news/ferry")
    contents = []
    for lines in printed:
        header, *text, footer = lines
        contents.append("\n".join([f"BT /F1 8 Tf 20 775 Td ({header}) Tj ET", "BT /F1 11 Tf 14 TL 72 720 Td",
                                   *(f"({line}) Tj T*" for line in text[1:-1]), "ET",
                                   f"BT /F1 8 Tf 20 20 Td ({footer}) Tj ET"]).encode("latin-1"))
    info = {"Title": "The last ferry on the Lenn | Aldmere Review"}  # the page's title, as a browser sets it
    article = load_article(write(tmp_path, make_pdf([], contents=contents, info=info)))
    assert body(article) == [" ".join(p.split()) for p in FERRY]
    assert article.title == "The last ferry on the Lenn | Aldmere Review"
    # the same printed page's text, as pdftotext copies it (a blank line between blocks)
    copy = "\n\f".join("\n".join(lines) for lines in
                       _printed(RULING, 3, "Orvet quarry ruling | Harl Courts", "https://courts.example/orvet"))
    (tmp_path / "ruling.txt").write_text(copy + "\n", encoding="utf-8")
    ruling = load_article(tmp_path / "ruling.txt")
    assert body(ruling) == [" ".join(p.split()) for p in RULING]
    assert ruling.passages[-1].kind == "boilerplate" and ruling.passages[-1].text.endswith("3/3")


def test_a_short_line_taken_out_where_a_paragraph_ran_across_it_is_furniture_only_at_a_page_edge(tmp_path):
    """A reference manual repeats a short line ("Costs per crossing") in its text; taken out
    once where a paragraph ran across it, it stays the text's elsewhere on a page."""
    lines = wrap(FERRY[0])
    copy = "\n".join([*lines[:2], "", "Costs per crossing", "", *lines[2:], "", "Costs per crossing", "",
                      *wrap(FERRY[1]), "", *wrap(FERRY[3])])
    (tmp_path / "ferry.txt").write_text(copy + "\n", encoding="utf-8")
    article = load_article(tmp_path / "ferry.txt")
    assert body(article)[:1] == [" ".join(FERRY[0].split())]  # taken out where the paragraph runs across it
    (table,) = [p for p in article.passages if p.text == "Costs per crossing"]
    assert table.kind != "boilerplate"


def test_reading_many_pdfs_leaves_pypdfs_logger_one_quiet_handler(tmp_path):
    import logging

    path = write(tmp_path, make_pdf([Page(lines=wrap(FERRY[0]))]))
    for _ in range(3):
        load_article(path)
    assert sum(isinstance(h, logging.NullHandler) for h in logging.getLogger("pypdf").handlers) == 1


def test_an_author_as_long_as_a_book_is_cut_as_a_title_is(tmp_path):
    from reader.corpus.documents import TITLE_MAX

    info = {"Title": "The last ferry", "Author": "Ann Lee " * 20000}
    article = load_article(write(tmp_path, make_pdf([Page(lines=wrap(FERRY[0]))], info=info)))
    assert article.author.startswith("Ann Lee Ann Lee") and len(article.author) <= TITLE_MAX


@pytest.mark.parametrize("broken", [
    lambda pages: make_pdf(pages, cut=(2,)),  # its stream cut short
    lambda pages: _unknown_filter(make_pdf(pages), 2),  # under a filter pypdf does not know
])
def test_a_page_that_cannot_be_read_is_left_out_and_said_to_be(tmp_path, run_cli, broken):
    pages = paged(FERRY, 3, "Transport Review")
    path = write(tmp_path, broken(pages), "ferry.pdf")
    article = load_article(path)
    assert article.unread == "page 3 could not be read and is left out"
    kept = [line for n, page in enumerate(pages) if n != 2 for line in page.lines if line]
    assert all(line in article.text for line in kept)
    assert not any(line in article.text for line in pages[2].lines if line)
    listed = run_cli("list", str(path))
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == f"counterpoint: warning: {path}: page 3 could not be read and is left out\n"


def test_pages_left_out_are_named_in_one_line_and_a_pdf_of_none_readable_is_refused(tmp_path, run_cli):
    pages = paged(RULING, 2, "Orvet Farms v Harl District Council")
    article = load_article(write(tmp_path, _unknown_filter(make_pdf(pages), 0, 2), "ruling.pdf"))
    assert article.unread == "pages 1 and 3 could not be read and are left out"
    assert "tribunal below" in article.text
    result = run_cli("list", str(write(tmp_path, _unknown_filter(make_pdf(pages), *range(len(pages))), "none.pdf")))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "none.pdf: a PDF document, damaged" in result.stderr


def _unknown_filter(pdf: bytes, *pages: int) -> bytes:
    """`pdf` with the content streams of `pages` (from 0) under a filter no reader knows (a
    name of the same length, so every offset stands)."""
    at, out = -1, bytearray(pdf)
    for n in range(max(pages) + 1):
        at = pdf.index(b"/FlateDecode", at + 1)
        if n in pages:
            out[at:at + len(b"/FlateDecode")] = b"/FlateDekode"
    return bytes(out)


@pytest.mark.parametrize(("paragraphs", "header", "footer"), [
    (FERRY, "", "Lenn Valley Transport Review"),  # a footer on two pages, no page number
    (RULING, "Orvet Farms v Harl District Council, page {}", ""),  # a header numbering its pages
])
def test_a_running_line_on_only_two_pages_is_furniture_on_both_by_where_it_stands(tmp_path, paragraphs, header,
                                                                                  footer):
    from reader.corpus.segment import running_line

    half = len(paragraphs) // 2  # (each page's paragraphs end on it: no furniture stands inside one)
    pages = [Page(lines=[line for paragraph in part for line in [*wrap(paragraph), ""]], header=header.format(n + 1),
                  footer=footer) for n, part in enumerate((paragraphs[:half], paragraphs[half:]))]
    article = load_article(write(tmp_path, make_pdf(pages)))
    running = running_line(header.format(1) or footer)
    kinds = [p.kind for p in article.passages if running_line(p.text) == running]
    assert kinds and set(kinds) == {"boilerplate"}, [(p.kind, p.text) for p in article.passages]
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


def test_a_heading_two_pages_set_at_the_same_height_below_their_margins_is_no_running_line(tmp_path):
    from reader.corpus.pdf import read_pdf

    pages = [Page(lines=["Findings", "", *wrap(FERRY[0])], header="Transport Review"),
             Page(lines=["Findings", "", *wrap(RULING[0])], header="Transport Review")]
    assert read_pdf(make_pdf(pages), "report.pdf", 10**6).running == {"Transport Review"}


# Invented text in other scripts, each read from a composite font as a PDF of that script sets it.
SCRIPTS = {
    "latin": "The ferry across the Lenn stopped running in March after the council cut its grant.",
    "armenian": "Լեռնային գյուղերի բնակիչները ասում են, որ ճանապարհը փակ է արդեն երեք ամիս։",
    "hebrew": "תושבי הכפרים אומרים שהדרך סגורה כבר שלושה חודשים, והמועצה לא הודיעה מתי תיפתח.",
    "arabic": "يقول سكان القرى إن الطريق مغلق منذ ثلاثة أشهر ولم يعلن المجلس متى سيفتح.",
    "cjk": "山村的居民说，这条路已经封闭了三个月，县政府没有说明何时重新开放。",
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_text_of_any_script_in_a_font_with_a_unicode_map_reads_and_without_one_is_refused(tmp_path, script):
    from reader.corpus.pdf import read_pdf

    pages = [Page(lines=wrap(SCRIPTS[script], 40)), Page(lines=wrap(SCRIPTS[script][::-1], 40))]
    mapped = read_pdf(make_pdf(pages, glyphs="mapped"), "a.pdf", 10**6)
    assert mapped.unread == "" and len(set(mapped.text) & set(SCRIPTS[script])) > 10
    with pytest.raises(UserError, match=r"^a\.pdf: its fonts carry no readable text \(try OCR"):
        read_pdf(make_pdf(pages, glyphs="unmapped"), "a.pdf", 10**6)


def test_a_pdf_whose_fonts_carry_no_text_is_refused_in_one_line(tmp_path, run_cli):
    path = write(tmp_path, make_pdf(paged(RULING, 4, "Orvet Farms v Harl District Council"), glyphs="unmapped"),
                 "ruling.pdf")
    result = run_cli("list", str(path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert f"{path}: its fonts carry no readable text" in result.stderr and "Traceback" not in result.stderr


def test_a_page_of_glyph_numbers_among_readable_ones_is_left_out_and_said_to_be(tmp_path):
    pages = paged(FERRY, 4, "Transport Review")
    streams = [page_content(page) for page in pages]
    # a page whose font writes its glyphs' numbers: control characters, and glyph names
    streams[1] = (b"BT /F1 11 Tf 14 TL 72 700 Td <0B0C0D0E0F101112131415161718191A1B> Tj T* "
                  b"(/g12/g13/g14/g15/g16/g17/g18/g19) Tj ET")
    article = load_article(write(tmp_path, make_pdf([], contents=streams)))
    assert article.unread == "page 2 holds only what its fonts map to no text and is left out"
    assert "/g12" not in article.text and "\x0b" not in article.text and "cheaper boat" in article.text


def test_headings_that_count_their_parts_in_a_pdf_are_headings(tmp_path):
    lines = [line for n, paragraph in enumerate(FERRY[:3]) for line in [f"Day {n + 1} of 3", "", *wrap(paragraph), ""]]
    article = load_article(write(tmp_path, make_pdf([Page(lines=lines[:9], footer="Lenn Valley Transport Review"),
                                                     Page(lines=lines[9:], footer="Lenn Valley Transport Review")])))
    kinds = {p.text: p.kind for p in article.passages}
    assert [kinds[f"Day {n} of 3"] for n in (1, 2, 3)] == ["heading"] * 3
    assert body(article) == [" ".join(paragraph.split()) for paragraph in FERRY[:3]]


def test_a_page_cut_short_is_read_as_far_as_it_goes_and_said_to_be(tmp_path):
    pages = paged(RULING, 2, "Orvet Farms v Harl District Council")
    article = load_article(write(tmp_path, make_pdf(pages, cut=(2,))))
    assert article.unread == "page 3 stops short of its end and is read as far as it goes"
    assert "tribunal below" in article.text and "three generations" in article.text
    # a stream that lacks only the checksum after its last block, as some writers leave it, is whole
    whole = [zlib.compress(page_content(page))[:-4] for page in pages]
    pdf = make_pdf([], contents=whole, compress=False).replace(b"<< /Length", b"<< /Filter /FlateDecode /Length")
    pdf = _fixed_offsets(pdf)
    article = load_article(write(tmp_path, pdf, "whole.pdf"))
    assert article.unread == "" and "three generations" in article.text


def _fixed_offsets(pdf: bytes) -> bytes:
    """`pdf` with its cross-reference table giving each object's offset as it now stands."""
    head, _, _ = pdf.partition(b"xref\n")
    offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj\n", head)]
    table = b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1) + b"".join(b"%010d 00000 n \n" % at for at in offsets)
    trailer = pdf[pdf.index(b"trailer"):]
    trailer = re.sub(rb"startxref\n\d+", b"startxref\n%d" % len(head), trailer)
    return head + table + trailer


@pytest.mark.parametrize("paragraphs", [
    [["The river authority said the new weir would hold back the spring floods that",
      "have reached the lower town three times in ten years, and work starts in May."],
     ["Farmers downstream fear that the weir will starve their fields of the silt the",
      "floods leave behind, and have asked for a study of the river's sediment first."],
     ["The authority has promised to publish its survey of the river bed before the",
      "first stones are laid."]],
    [["The library board met on Tuesday and agreed to open the reading room on Sundays",
      "from the first of October, with volunteers from the parish at the front desk."],
     ["Two members asked who would pay for the heating on winter afternoons; the chair",
      "said the district had promised a grant but had not yet named the sum it gives."],
     ["The board meets again in November."]],
])
@pytest.mark.parametrize("spacing", [3, 4])
def test_a_paragraph_ending_at_the_margin_stays_apart_from_the_next_by_the_space_after_it(tmp_path, paragraphs,
                                                                                           spacing):
    """A word processor's 'spacing after' of a few points, not a blank line, parts paragraphs
    whose last lines run to the right margin."""
    lines = [line for paragraph in paragraphs for line in [*paragraph, ""]]
    article = load_article(write(tmp_path, make_pdf([Page(lines=lines, spacing=spacing)])))
    assert body(article) == [" ".join(paragraph) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "table"), [
    (FERRY, ["Crossings cancelled", "03/01/2024", "17/01/2024", "02/02/2024 (storm)", "29/02/2024", "14/03/2024"]),
    (RULING, ["Wells", "7/10  6/10  9/10", "4/10  8/10  5/10", "3/12  11/12"]),
])
def test_a_page_of_dates_or_fractions_is_text_not_glyph_numbers(tmp_path, paragraphs, table):
    """Numbers parted by slashes (a chronology's dates, a table's marks out of ten) are no
    glyph names: the page is read, not left out as nonsense."""
    article = load_article(write(tmp_path, make_pdf([*paged(paragraphs, 6, "Appendix"), Page(lines=table)])))
    assert article.unread == ""
    assert table[1].split()[0] in article.text and table[-1].split()[0] in article.text


@pytest.mark.parametrize("paragraphs", [FERRY[:2], RULING[:2]])
@pytest.mark.parametrize("pushed", [2.5, 4.5])  # points past the usual 14: under and over 1.3 times it
def test_a_line_pushed_down_inside_a_sentence_does_not_part_its_paragraph(tmp_path, paragraphs, pushed):
    """A line that holds a larger word or a superscript stands further below the one before
    it than the page's usual spacing: where the sentence runs on across the gap, it is no
    paragraph's space."""
    lines = [line for paragraph in paragraphs for line in [*wrap(paragraph), ""]]
    inside = next(n for n in range(1, len(lines)) if lines[n][:1].islower() and lines[n - 1][-1:].isalpha())
    heights, y = [], 700.0
    for n, line in enumerate(lines):
        heights.append(y)
        y -= 14 + (pushed if n + 1 == inside else 0)
    stream = "BT /F1 11 Tf " + " ".join(f"1 0 0 1 72 {h:.1f} Tm ({line}) Tj" for h, line in zip(heights, lines) if line)
    article = load_article(write(tmp_path, make_pdf([], contents=[(stream + " ET").encode("latin-1")])))
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "headings"), [
    (FERRY[:3], ["The crossing", "The detour", "The petition"]),
    (RULING, ["The permit", "The tribunal below", "The springs"]),
])
def test_a_heading_atop_a_page_is_no_line_of_the_paragraph_the_page_before_ends(tmp_path, paragraphs, headings):
    """A page that ends its paragraph, then a heading atop the next page, set apart from its
    text: the heading is one, not the last line of the paragraph before."""
    pages = [Page(lines=[heading, "", *wrap(paragraph)]) for heading, paragraph in zip(headings, paragraphs)]
    article = load_article(write(tmp_path, make_pdf(pages)))
    assert [p.text for p in article.passages if p.kind == "heading"] == headings
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


def _narrow(lines: list[str]) -> bytes:
    """A page of `lines` under Word's "Narrow" margins (half an inch): its first line in the
    top 8% of the page, where a running header stands under wider ones."""
    shown = " ".join(f"({line}) Tj T*" for line in lines)
    return f"BT /F1 11 Tf 14 TL 36 {792 - 36 - 9} Td {shown} ET".encode("latin-1")


@pytest.mark.parametrize(("paragraphs", "headings"), [
    (FERRY[:3], ["Day 1 of 3", "Day 2 of 3", "Day 3 of 3"]),
    (RULING, ["Part 1/3", "Part 2/3", "Part 3/3"]),
])
def test_headings_that_count_parts_atop_pages_of_narrow_margins_are_headings(tmp_path, paragraphs, headings):
    """The same words at the same height atop each page, but for their numbers: where those
    count the parts ("Day 2 of 3"), the lines are headings, not a running header."""
    streams = [_narrow([heading, "", *wrap(paragraph, 100)]) for heading, paragraph in zip(headings, paragraphs)]
    article = load_article(write(tmp_path, make_pdf([], contents=streams)))
    assert [p.text for p in article.passages if p.kind == "heading"] == headings
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize("paragraphs", [FERRY, RULING])
@pytest.mark.parametrize("entry", [b"999 0 R", b"null"])
def test_a_page_whose_contents_name_a_missing_stream_is_read_from_the_others(tmp_path, paragraphs, entry):
    """A page's /Contents array with a null entry or an object the file lacks: pypdf reads
    the page from its other streams, and so does the reader (no page left out)."""
    pdf = make_pdf(paged(paragraphs, 4, "Appendix"))
    found = re.search(rb"/Contents (\d+) 0 R", pdf)
    pdf = pdf[:found.start()] + b"/Contents [%s 0 R %s]" % (found.group(1), entry) + pdf[found.end():]
    article = load_article(write(tmp_path, pdf))
    assert article.unread == ""
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "footer"), [(FERRY, "Review {} of {}"), (RULING, "Judgment {}/{}")])
def test_a_footer_that_counts_the_pages_after_one_word_is_furniture(tmp_path, paragraphs, footer):
    """At a page's foot the count is the pages' ("Review 2 of 3"): a footer, though atop a
    page the same words would be a heading that counts parts."""
    pages = paged(paragraphs, 4, "")
    for n, page in enumerate(pages):
        page.footer = footer.format(n + 1, len(pages))
    article = load_article(write(tmp_path, make_pdf(pages)))
    footers = {footer.format(n + 1, len(pages)) for n in range(len(pages))}
    assert {p.text for p in article.passages if p.kind == "boilerplate"} == footers
    assert not any(f in text for f in footers for text in body(article))


@pytest.mark.parametrize(("paragraphs", "headings"), [
    (FERRY[:3], ["Chapter 1", "Chapter 2", "Chapter 3"]),
    (RULING, ["Section 4", "Section 5", "Section 6"]),
])
@pytest.mark.parametrize("narrow", [False, True])
def test_headings_that_number_their_parts_atop_pages_are_headings(tmp_path, paragraphs, headings, narrow):
    """"Chapter 2" atop a page numbers the part it heads, not the page: a heading, whether the
    page sets it under its margin or in the band where a running header stands."""
    if narrow:
        pdf = make_pdf([], contents=[_narrow([h, "", *wrap(p, 100)]) for h, p in zip(headings, paragraphs)])
    else:
        pdf = make_pdf([Page(lines=[h, "", *wrap(p)]) for h, p in zip(headings, paragraphs)])
    article = load_article(write(tmp_path, pdf))
    assert [p.text for p in article.passages if p.kind == "heading"] == headings
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "header"), [(FERRY, "Chapter 1"), (RULING, "Part 2")])
def test_a_part_numbered_the_same_atop_every_page_is_a_running_header(tmp_path, paragraphs, header):
    """The same part's number atop page after page is the part's running header."""
    article = load_article(write(tmp_path, make_pdf(paged(paragraphs, 4, header))))
    assert header in {p.text for p in article.passages if p.kind == "boilerplate"}
    assert not any(header in text for text in body(article))
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "aside"), [
    (FERRY, ["Timetable from the first of May", "Boats leave the quay on the hour"]),
    (RULING, ["Schedule of the wells", "North well, east well and the old spring"]),
])
def test_text_set_in_a_font_with_no_map_beside_readable_text_is_left_out_and_said_to_be(tmp_path, paragraphs,
                                                                                         aside):
    """A page mostly of readable text, with a few lines in a font that maps its glyphs to no
    text: those lines are left out (not read as shifted letters), the rest of the page read."""
    pages = paged(paragraphs, 6, "")
    streams = [page_content(page) for page in pages]
    streams[1] += unmapped_run(aside, 200)
    article = load_article(write(tmp_path, make_pdf([], contents=streams, unmapped_font=True)))
    assert article.unread == "page 2: some text in fonts with no readable text is left out"
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]
    shifted = "".join(chr(ord(c) - 29) for c in aside[0].split()[0])  # what the glyphs' numbers read as
    assert shifted not in article.text


@pytest.mark.parametrize(("paragraphs", "header", "title"), [
    (RULING, "Orvet Farms v Harl District Council, page {}", "Orvet Farms v Harl District Council"),
    (FERRY, "Page {} - Lenn Valley Transport Review", "Lenn Valley Transport Review"),
])
@pytest.mark.parametrize("items", [0, 24])  # (a first page of so many paragraphs that its header is met again late)
def test_a_running_header_that_gives_the_title_gives_it_without_its_page_number(tmp_path, paragraphs, header,
                                                                                 title, items):
    """No /Title: the running header atop the first page gives the title, but never its page number."""
    listed = [f"Item {n + 1}: the clerk noted request number {n + 1} and closed it." for n in range(items)]
    lines = [line for paragraph in [*listed, *paragraphs] for line in [*wrap(paragraph), ""]]
    per_page = len(lines) if not items else 2 * items + 2
    pages = [Page(lines=lines[n:n + per_page], header=header.format(n // per_page + 1))
             for n in range(0, len(lines), per_page)]
    article = load_article(write(tmp_path, make_pdf(pages)))
    assert article.title == title


@pytest.mark.parametrize("title", ["Lenn Valley Route 9", "Orvet Quarry Phase 2"])
def test_a_titles_own_number_stays_in_it(tmp_path, title):
    article = load_article(write(tmp_path, make_pdf([Page(lines=[title, "", *wrap(FERRY[0])])])))
    assert article.title == title


@pytest.mark.parametrize(("paragraphs", "header"), [(FERRY, "Page {} - Lenn Valley Transport Review"),
                                                    (RULING, "page {}: Orvet Farms v Harl")])
def test_a_running_header_that_opens_with_its_page_number_is_furniture(tmp_path, paragraphs, header):
    pages = paged(paragraphs, 4, "")
    for n, page in enumerate(pages):
        page.header = header.format(n + 1)
    article = load_article(write(tmp_path, make_pdf(pages, info={"Title": "Report"})))
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]
    assert all(p.kind == "boilerplate" for p in article.passages if p.text.lower().startswith("page"))


@pytest.mark.parametrize("turn", [90, 180, 270])
@pytest.mark.parametrize(("paragraphs", "header"), [(FERRY, "Lenn Valley Transport Review"),
                                                    (RULING, "Orvet Farms v Harl District Council")])
def test_a_running_header_on_pages_turned_for_viewing_is_furniture_on_every_page(tmp_path, turn, paragraphs, header):
    """A page turned by its /Rotate has its header at the top a reader sees, not at the top of
    the frame its content is drawn in."""
    half = len(paragraphs) // 2
    pages = [Page(lines=[line for paragraph in part for line in [*wrap(paragraph), ""]], header=header)
             for part in (paragraphs[:half], paragraphs[half:])]
    article = load_article(write(tmp_path, make_pdf(pages, rotate=turn)))
    assert [p.kind for p in article.passages if p.text.strip() == header] == ["boilerplate"] * 2
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize("turn", [90, 270])
@pytest.mark.parametrize("paragraphs", SET_IN)
def test_paragraphs_told_by_their_indent_on_pages_turned_for_viewing_stay_apart(tmp_path, turn, paragraphs):
    lines = [("\t" if n == 0 else "") + line for paragraph in paragraphs for n, line in enumerate(paragraph)]
    article = load_article(write(tmp_path, make_pdf([Page(lines=lines[:6]), Page(lines=lines[6:])], rotate=turn)))
    assert body(article) == [" ".join(paragraph) for paragraph in paragraphs]


@pytest.mark.parametrize("turn", [90, 180, 270])
@pytest.mark.parametrize("paragraphs", SET_IN)
def test_pages_a_viewer_shows_turned_read_in_the_frame_their_text_is_drawn_in(tmp_path, turn, paragraphs):
    """A /Rotate over a drawing not turned back (a page turned in a viewer and saved): its lines
    run as they are drawn, so their spacing, indents and running header are told in that frame."""
    lines = [("\t" if n == 0 else "") + line for paragraph in paragraphs for n, line in enumerate(paragraph)]
    pages = [Page(lines=lines[:6]), Page(lines=lines[6:])]
    article = load_article(write(tmp_path, make_pdf(pages, rotate=turn, turn_back=False)))
    assert body(article) == [" ".join(paragraph) for paragraph in paragraphs]
    half = len(FERRY) // 2
    pages = [Page(lines=[line for paragraph in part for line in [*wrap(paragraph), ""]], header="Lenn Valley Review")
             for part in (FERRY[:half], FERRY[half:])]
    article = load_article(write(tmp_path, make_pdf(pages, rotate=turn, turn_back=False), "ferry.pdf"))
    assert [p.kind for p in article.passages if p.text.strip() == "Lenn Valley Review"] == ["boilerplate"] * 2
    assert body(article) == [" ".join(paragraph.split()) for paragraph in FERRY]


@pytest.mark.parametrize("paragraphs", SET_IN)
def test_a_turned_page_whose_text_a_form_draws_reads_in_the_forms_frame(tmp_path, paragraphs):
    """pypdf gives a form's text the places of the form's own frame, without the turn the page
    draws it under: a /Rotate over it does not turn those places again."""
    lines = [("\t" if n == 0 else "") + line for paragraph in paragraphs for n, line in enumerate(paragraph)]
    data = make_pdf([], contents=[b"q 0 1 -1 0 %d 0 cm /X1 Do Q" % PAGE_WIDTH], form=page_content(Page(lines=lines)),
                    compress=False)
    article = load_article(write(tmp_path, data.replace(b"/Rotate 0 /Contents", b"/Rotate 90/Contents")))
    assert body(article) == [" ".join(paragraph) for paragraph in paragraphs]


def test_a_turned_page_beside_upright_ones_reads_in_its_own_frame(tmp_path):
    """Pages turned each their own way (one drawn turned back, one not) in one PDF."""
    paragraphs = SET_IN[1]
    lines = [("\t" if n == 0 else "") + line for paragraph in paragraphs for n, line in enumerate(paragraph)]
    first = make_pdf([Page(lines=lines[:6])], rotate=90, compress=False)
    second = make_pdf([Page(lines=lines[6:])], rotate=180, turn_back=False, compress=False)
    writer = pypdf.PdfWriter()
    for data in (first, second):
        for page in pypdf.PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    article = load_article(write(tmp_path, out.getvalue()))
    assert body(article) == [" ".join(paragraph) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "header", "title"), [
    (RULING, "The inquiry — {}", "The inquiry"),
    (FERRY, "Lenn Valley Transport Review – {}", "Lenn Valley Transport Review"),
])
def test_a_header_numbering_its_pages_gives_the_title_before_the_first_sentence_does(tmp_path, paragraphs, header,
                                                                                      title):
    """No /Title, a number after a dash on every page's header (and the page's number at its
    foot too): the header's words name the document, its number is the page's."""
    pages = paged(paragraphs, 4, "")
    for n, page in enumerate(pages):
        page.header = header.format(n + 1)
    article = load_article(write(tmp_path, make_pdf(pages)))
    assert article.title == title
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "header"), [(FERRY, "Page {} — Section 2"), (RULING, "{} – Chapter 3")])
def test_a_header_that_numbers_its_page_before_the_part_it_stays_in_is_furniture(tmp_path, paragraphs, header):
    """The page's number changes from page to page, the part's stays: a running header, and no
    title ("Section", "Chapter") is made of what is left of it."""
    pages = paged(paragraphs, 4, "")
    for n, page in enumerate(pages):
        page.header = header.format(n + 1)
    article = load_article(write(tmp_path, make_pdf(pages)))
    headers = [p for p in article.passages if re.fullmatch(re.escape(header).replace(r"\{\}", r"\d+"), p.text)]
    assert headers and {p.kind for p in headers} == {"boilerplate"}
    assert article.title.split()[:3] == paragraphs[0].split()[:3]
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "header"), [(FERRY, "Vision 2030"), (RULING, "2025 Harbour Budget"),
                                                    (FERRY, "Lenn Valley Annual Report 2025")])
def test_a_header_whose_number_every_page_repeats_titles_the_text_whole(tmp_path, paragraphs, header):
    """A number that stays from page to page is the title's own (a year, a plan's), no page's."""
    article = load_article(write(tmp_path, make_pdf(paged(paragraphs, 4, header))))
    assert article.title == header
    assert {p.kind for p in article.passages if p.text == header} == {"boilerplate"}
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "header", "title"), [
    (FERRY, "Lenn Valley Transport Review, p. {}", "Lenn Valley Transport Review"),
    (RULING, "Orvet Farms v Harl - p. {}", "Orvet Farms v Harl"),
])
def test_a_header_numbering_its_pages_after_p_gives_the_title_without_it(tmp_path, paragraphs, header, title):
    pages = paged(paragraphs, 4, "")
    for n, page in enumerate(pages):
        page.header = header.format(n + 1)
    article = load_article(write(tmp_path, make_pdf(pages)))
    assert article.title == title


@pytest.mark.parametrize(("paragraphs", "headings"), [
    (FERRY[:3], ["The crossing, part 1", "The crossing, part 2", "The crossing, part 3"]),
    (RULING, ["Orvet v Harl: Section 4", "Orvet v Harl: Section 5", "Orvet v Harl: Section 6"]),
])
def test_a_titled_heading_that_numbers_its_part_atop_each_page_keeps_its_number_and_is_a_heading(
        tmp_path, paragraphs, headings):
    article = load_article(write(tmp_path, make_pdf([Page(lines=[h, "", *wrap(p)], footer=str(n + 1))
                                                     for n, (h, p) in enumerate(zip(headings, paragraphs))])))
    assert [p.text for p in article.passages if p.kind == "heading"] == headings
    assert article.title == headings[0]
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]


@pytest.mark.parametrize(("paragraphs", "header"), [(FERRY, "The crossing, part 2"), (RULING, "Orvet v Harl: Section 4")])
def test_a_titled_part_numbered_the_same_atop_every_page_is_still_a_running_header(tmp_path, paragraphs, header):
    article = load_article(write(tmp_path, make_pdf(paged(paragraphs, 4, header))))
    assert {p.kind for p in article.passages if p.text == header} == {"boilerplate"}
    assert body(article) == [" ".join(paragraph.split()) for paragraph in paragraphs]
