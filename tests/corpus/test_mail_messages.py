"""A newsletter or a letter saved by a mail program (.eml): its text part is the article, with
the transfer encoding undone, and its Subject, From and Date are the title, author and date.
A page saved as one file is also a MIME message, and stays a page."""

from __future__ import annotations

from email.message import EmailMessage

from reader.corpus import load_paths
from reader.corpus.formats import is_mail

FIRST = ("The Kelmet ferry returns to its full timetable in April. The landing stage passed its "
         "inspection in February, and the ministry\u2019s engineers say the new piles will last twenty years.")
SECOND = ("The repair cost 4.2 million crowns \u2013 twice the estimate. The ministry paid from its "
          "emergency fund and expects the government to reimburse it before the end of the year.")


def _message(subject: str = "Waterways Weekly: the Kelmet ferry\u2019s return \u2014 what it cost") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Ministry of Waterways <news@waterways.example>"
    message["To"] = "subscriber@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 3 Mar 2026 09:15:00 +0100"
    message["Message-ID"] = "<weekly-41@waterways.example>"
    message["Received"] = ("from mail.waterways.example (mail.waterways.example [192.0.2.1]) by mx.example.org "
                           "with ESMTPS id 4411 for <subscriber@example.org>; Tue, 3 Mar 2026 09:15:02 +0100")
    return message


def _load(tmp_path, message: EmailMessage, name: str = "weekly.eml"):
    path = tmp_path / name
    path.write_bytes(bytes(message))
    (article,) = load_paths([path]).articles
    return article


def test_a_saved_message_is_its_text_with_its_headers_as_metadata(tmp_path):
    message = _message()
    message.set_content(f"{FIRST}\n\n{SECOND}\n", cte="quoted-printable")
    message.add_alternative(f"<html><body><p>{FIRST}</p><p>{SECOND}</p></body></html>", subtype="html",
                            cte="quoted-printable")
    raw = bytes(message)
    assert b"=E2=80=99" in raw and b"=?utf-8?" in raw and b"\n mx.example.org" in raw  # encoded, folded
    article = _load(tmp_path, message)
    assert (article.title, article.author, article.date) == (
        "Waterways Weekly: the Kelmet ferry\u2019s return \u2014 what it cost", "Ministry of Waterways", "2026-03-03")
    assert [(p.kind, p.text) for p in article.passages] == [("body", FIRST), ("body", SECOND)]
    for p in article.passages:  # offsets index the text the reader shows and cites
        assert article.text[p.start:p.end] == p.text


def test_a_message_in_a_legacy_charset_and_base64_reads_as_its_charset_says(tmp_path):
    message = _message(subject="Re: Fähre über den Kelmet")
    text = "Die Fähre fährt ab April wieder nach dem vollen Fahrplan. Die Reparatur kostete doppelt so viel."
    message.set_content(text.encode("iso-8859-1"), maintype="text", subtype="plain", cte="base64",
                        params={"charset": "iso-8859-1"})
    article = _load(tmp_path, message)
    assert article.title == "Fähre über den Kelmet"  # a reply's mark is not the title
    assert [p.text for p in article.passages] == [text]


def test_an_html_only_message_with_its_images_is_read_as_a_page_and_keeps_its_headers(tmp_path):
    message = _message()
    message.set_content(f"<html><body><h1>Kelmet ferry</h1><p>{FIRST}</p><p>{SECOND}</p>"
                        "<img src=\"cid:logo\"></body></html>", subtype="html")
    message.add_related(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", cid="<logo>")
    assert bytes(message).count(b"multipart/related") == 1
    article = _load(tmp_path, message)
    assert article.author == "Ministry of Waterways" and article.date == "2026-03-03"
    assert [p.text for p in article.passages if p.kind == "body"] == [FIRST, SECOND]


def test_an_attached_file_is_not_the_message_text(tmp_path):
    message = _message()
    message.set_content(f"{FIRST}\n")
    message.add_attachment("Minutes of the board: nothing about ferries.", filename="minutes.txt")
    article = _load(tmp_path, message)
    assert [p.text for p in article.passages] == [FIRST]


def test_a_folder_lists_saved_messages_and_subtitles(tmp_path):
    message = _message()
    message.set_content(f"{FIRST}\n")
    (tmp_path / "weekly.eml").write_bytes(bytes(message))
    (tmp_path / "evening.srt").write_text("1\n00:00:01,000 --> 00:00:04,000\nThe ferry returns in April.\n",
                                          encoding="utf-8")
    (tmp_path / "evening.vtt").write_text("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nThe ferry returns in April.\n",
                                          encoding="utf-8")
    names = sorted(a.path.name for a in load_paths([tmp_path]).articles)
    assert names == ["evening.srt", "evening.vtt", "weekly.eml"]


def test_a_page_saved_as_one_file_is_no_message():
    page = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/ferry\r\n"
            b"Subject: Ferry\r\nDate: Tue, 3 Mar 2026 09:15:00 +0100\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"b\"\r\n\r\n--b\r\n")
    assert not is_mail(page)


def test_a_mail_copied_as_text_is_read_as_text():
    """Lines of "From:" and "Subject:" that a person pasted above a text are no MIME message:
    the text keeps them, and the header reader (tests/corpus/test_mail.py) takes them."""
    assert not is_mail(b"From: Dana Ilves <dana@council.example>\nSubject: The ferry\n\nThe ferry returns.\n")
    assert not is_mail(b"Dear all,\nFrom: the council\nMIME-Version: 1.0\n\nText.\n")  # not a header block


def test_a_newsletter_laid_out_in_tables_reads_as_its_headings_and_paragraphs(tmp_path):
    """An HTML mail sets its whole page in a table's cells (tables inside tables): a cell's
    heading and paragraphs are passages of their own, not one run of words glued together."""
    message = _message()
    message.set_content(
        "<html><body><table width=\"100%\"><tr><td><table width=\"600\">"
        "<tr><td><a href=\"https://waterways.example/view\">View this email in your browser</a></td></tr>"
        f"<tr><td><h2>The ferry is back</h2><p>{FIRST}</p><p>{SECOND}</p></td></tr>"
        "<tr><td><p>You are receiving this because you signed up at waterways.example.</p>"
        "<p><a href=\"https://waterways.example/u\">Unsubscribe</a></p></td></tr>"
        "</table></td></tr></table></body></html>", subtype="html")
    article = _load(tmp_path, message)
    assert [(p.kind, p.text) for p in article.passages if p.kind != "boilerplate"] == [
        ("heading", "The ferry is back"), ("body", FIRST), ("body", SECOND)]
