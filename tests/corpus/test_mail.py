"""A newsletter or a letter saved from an e-mail program as text: its headers are metadata, the
program's and the list's lines are furniture, and a reply's quotation of the other message is
not what the reply itself says."""

from __future__ import annotations

import pytest

from reader.corpus.kinds import classify

BODY = ("The Kelmet ferry returns to its full timetable in April. The landing stage\n"
        "passed its inspection in February after a repair that replaced the rotten\n"
        "piles under the deck, and the ministry will publish the company's accounts.")
MORE = ("The repair cost 4.2 million crowns. The ministry paid from its emergency\n"
        "fund and expects the government to reimburse the full cost before the end\n"
        "of the financial year.")

NEWSLETTER = f"""\
From: Ministry of Waterways <news@waterways.example>
To: subscriber@example.org
Subject: Waterways Weekly: the Kelmet ferry returns in April
Date: Tue, 3 Mar 2026 09:15:00 +0100
MIME-Version: 1.0

View this email in your browser

Dear subscriber,

{BODY}

{MORE}

Best wishes,
The Waterways Weekly team

--
Ministry of Waterways, Harbour Road 4, Brennmoor
You are receiving this email because you subscribed to Waterways Weekly.
Unsubscribe | Update your preferences | Privacy policy
"""

REPLY = f"""\
Subject: Re: Waterways Weekly: the Kelmet ferry returns in April
From: Dana Ilves <dana.ilves@council.example>
Date: 4 March 2026

Dear all,

On 3 March 2026, Waterways Weekly <news@waterways.example> wrote:
> {MORE.replace(chr(10), chr(10) + '> ')}

The ministry's newsletter leaves out that the repair cost twice the
estimate it gave the council, and that the company's own survey of 2022
had warned that the piles were rotting away under the deck.

> the ministry will publish the company's accounts.

It promised them for the autumn. The council will not release the second
instalment until the accounts are audited.

Regards,
Dana

-- 
Dana Ilves
Treasurer, River Council of the Harrow Valley

Sent from my phone
"""


def test_an_emails_headers_give_its_title_author_and_date(write_article):
    article = write_article(NEWSLETTER, "newsletter.txt")
    assert (article.title, article.author, article.date) == (
        "Waterways Weekly: the Kelmet ferry returns in April", "Ministry of Waterways", "2026-03-03")
    reply = write_article(REPLY, "reply.txt")
    assert (reply.title, reply.author, reply.date) == (
        "Waterways Weekly: the Kelmet ferry returns in April", "Dana Ilves", "2026-03-04")


def test_a_newsletters_furniture_greeting_sign_off_and_signature_are_boilerplate(write_article):
    article = write_article(NEWSLETTER, "newsletter.txt")
    assert [p.text[:20] for p in article.passages if p.kind != "boilerplate"] == [BODY[:20], MORE[:20]]


def test_a_replys_quotation_of_the_other_message_and_signature_are_not_its_own_words(write_article):
    article = write_article(REPLY, "reply.txt")
    assert [p.text[:20] for p in article.passages if p.kind != "boilerplate"] == [
        "The ministry's newsl", "It promised them for"]


@pytest.mark.parametrize("line", ["View this email in your browser", "Having trouble viewing this email? Click here",
                                  "Unsubscribe | Update your preferences | Privacy policy",
                                  "You are receiving this email because you subscribed to Waterways Weekly.",
                                  "Sent from my iPhone", "Forward to a friend",
                                  "This email was sent to subscriber@example.org by the Ministry of Waterways."])
def test_a_mailing_lists_lines_are_furniture(line):
    assert classify(["Ferry returns", BODY, line, MORE])[2] == "boilerplate"


def test_quoted_lines_without_a_reply_stay_the_newsletters_text():
    quoted = "> When will the ferry run at weekends again?\n> -- a reader in Kelmet"
    assert classify(["Ferry returns", BODY, quoted, MORE])[2] == "body"


@pytest.mark.parametrize("line", ["-- the council's treasurer, who signed the cheque", "Dear Prudence",
                                  "You received a letter from the council in May, the ministry says.",
                                  "You have received this award for your work on the river."])
def test_lines_like_a_letters_that_are_text_stay_text(line):
    assert classify(["Ferry returns", BODY, line, MORE])[2] != "boilerplate"


def test_a_quote_and_who_asked_it_are_one_passage_and_an_issue_line_is_furniture(write_article):
    article = write_article(f"Waterways Weekly\n\nIssue 112 | 3 March 2026\n\n{BODY}\n\n"
                            "> When will the ferry run at weekends again?\n> -- a reader in Kelmet\n\n"
                            f"{MORE}\n")
    assert [p.kind for p in article.passages] == ["heading", "boilerplate", "body", "body", "body"]
    assert article.passages[3].text == "> When will the ferry run at weekends again?\n> -- a reader in Kelmet"


OUTLOOK_REPLY = f"""\
Subject: RE: Kelmet ferry timetable
From: Dana Ilves <dana.ilves@council.example>
Date: 4 March 2026

Dear all,

The ministry's newsletter leaves out that the repair cost twice the estimate it gave the council.

Best regards,
Dana

-----Original Message-----
From: Ministry of Waterways <news@waterways.example>
Sent: Tuesday, March 3, 2026 9:15 AM
To: Council <council@council.example>
Subject: Kelmet ferry timetable

{BODY}

{MORE}
"""


def test_the_message_below_an_outlook_reply_is_not_the_replys_own_text(write_article):
    """Outlook does not quote the message it answers line by line: it sets it below a line of
    its own, and all of it is the other message's words."""
    article = write_article(OUTLOOK_REPLY, "reply.txt")
    assert [p.text[:20] for p in article.passages if p.kind != "boilerplate"] == ["The ministry's newsl"]


def test_a_forwarded_message_is_the_text_and_its_marker_is_furniture(write_article):
    forwarded = OUTLOOK_REPLY.replace("-----Original Message-----", "---------- Forwarded message ---------")
    article = write_article(forwarded, "forward.txt")
    assert [p.text[:20] for p in article.passages if p.kind != "boilerplate"] == [
        "The ministry's newsl", BODY[:20], MORE[:20]]


def test_words_about_an_original_message_stay_text():
    assert classify(["Ferry returns", BODY, "The original message of the campaign was lost.", MORE])[2:] == [
        "body", "body"]
    assert classify(["Ferry returns", BODY, "--- Original message ---", MORE])[2:] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("closing", ["With kind regards,", "With best wishes,", "Mit freundlichen Grüßen",
                                     "Viele Grüße,", "Atenciosamente,", "Com os melhores cumprimentos,",
                                     "Un saludo,", "Cordialement,"])
def test_a_closing_and_every_line_of_the_signature_under_it_are_boilerplate(closing):
    # a bulletin signed by a name, a role and the body signed for, each on a line of its own
    texts = ["Ferry returns", BODY, MORE, closing, "Thomas Behrendt", "Director of Communications",
             "Ministry of Waterways"]
    assert classify(texts)[3:] == ["boilerplate"] * 4


@pytest.mark.parametrize("line", ["With kind regards to the council, the ministry paid.", "Greetings from Kelmet"])
def test_a_closing_that_is_a_sentence_stays_text(line):
    assert classify(["Ferry returns", BODY, line, MORE])[2] != "boilerplate"


def test_a_subheading_in_a_sentences_case_under_a_quoted_signature_stays_a_heading():
    # a letter quoted in a story, its signature's name and role, then the story's own subheading
    texts = ["Ferry returns", BODY, "With kind regards,", "Thomas Behrendt", "Director of Communications",
             "What happens next", MORE]
    assert classify(texts)[2:] == ["boilerplate"] * 3 + ["heading", "body"]
