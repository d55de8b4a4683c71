"""A court's or a tribunal's judgment: the number of the case and the date it was handed down
are its record's, not what it finds, and the headings over its first numbered paragraph
("DECISION", "Reasons") head it, not a menu."""

from __future__ import annotations

import pytest

from reader.corpus import load_article
from reader.corpus.kinds import classify

FIRST = ("1. The appellant council challenges the decision of the inspector dated 2 April 2026 to allow the "
         "water board's scheme for raising the Kessa dam by two metres.")
SECOND = "2. The inspector found that the engineers' objections had been answered by the revised design."

JUDGMENT = f"""IN THE PLANNING COURT OF LOWMERE

Claim No: PC-2026-118

KESSA TOWN COUNCIL
Claimant
and
KESSA WATER BOARD
Defendant

DECISION
Reasons

{FIRST}

{SECOND}

Handed down: 3 June 2026
"""


def test_a_judgments_record_lines_and_its_headings(tmp_path):
    path = tmp_path / "judgment.txt"
    path.write_text(JUDGMENT, encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    assert kinds["Claim No: PC-2026-118"] == kinds["Handed down: 3 June 2026"] == "boilerplate"
    assert kinds["DECISION"] == kinds["Reasons"] == "heading"
    assert kinds[FIRST] == kinds[SECOND] == "body"


@pytest.mark.parametrize(("line", "kind"), [
    ("Case No. LC/2026/0088", "boilerplate"), ("Appeal No. UT/2026/0412", "boilerplate"),
    ("Neutral Citation Number: [2026] UKUT 12 (LC)", "boilerplate"), ("Released: 14 May 2026", "boilerplate"),
    ("Date of judgment: 14 May 2026", "boilerplate"),
    ("Appeal No. 3 was dismissed in 2019 by the same court, on the same grounds.", "body"),
    ("The case number was never given to the council.", "body"),
])
def test_a_line_of_a_judgment(line, kind):
    assert classify(["A title", FIRST, line, SECOND])[2] == kind


def test_a_menu_above_the_title_is_still_a_menu():
    texts = ["Home", "World", "Politics", FIRST, SECOND]
    assert classify(texts)[:3] == ["boilerplate"] * 3


@pytest.mark.parametrize("line", ["Claim No. 1", "Case No. 3", "Claim #2"])
def test_a_heading_that_counts_claims_is_no_case_number(line):
    assert classify(["A title", FIRST, line, SECOND])[2] == "heading"


@pytest.mark.parametrize("labels", [["Politics", "Shipping", "Vellmar"], ["Listen", "Save", "Gift article"],
                                    ["Topics", "Ports", "Labour", "Orlen"]])
def test_a_pages_tags_or_buttons_over_an_unnumbered_text_are_still_a_menu(labels):
    body = ("The port authority of Vellmar closed the north quay on Monday after inspectors found cracks in "
            "the sea wall, and said ships would be sent to the south basin until repairs were done.")
    texts = ["Quay shut after cracks found", "By Dana Ilves", *labels, body, body.replace("Vellmar", "Orlen")]
    assert "heading" not in classify(texts)[1:]


def test_headings_over_a_judgments_first_paragraph_numbered_in_brackets():
    first = "[1] This appeal concerns the harbour board's refusal to licence a second ferry to Orlen island."
    texts = ["IN THE HARBOUR TRIBUNAL", "ORLEN ISLAND FERRIES LIMITED", "Appellant", "v", "THE VELLMAR HARBOUR BOARD",
             "Respondent", "JUDGMENT", "Introduction", first, "[2] The board gave its reasons in a letter of 4 March 2026."]
    assert classify(texts)[6:9] == ["heading", "heading", "body"]


# The parties' block: who is against whom is the case's record, as its number is, in whatever
# blocks its lines are set; and who signed the judgment at its foot is no heading.
PARTIES = f"""IN THE COURT OF APPEAL OF ORVANE

BETWEEN:

ANNA BERG

Appellant

v.

THE CITY OF LOWMERE

Respondent

JUDGMENT

{FIRST}

{SECOND}

Lady Justice Moss

Holt LJ
"""


@pytest.mark.parametrize(("text", "block", "judges", "heading"), [
    (PARTIES, ["BETWEEN:", "ANNA BERG", "Appellant", "v.", "THE CITY OF LOWMERE", "Respondent"],
     ["Lady Justice Moss", "Holt LJ"], "JUDGMENT"),
    # a block whose lines run on without blank lines between some ("Claimant" and "and" in one)
    (JUDGMENT + "\nJudge Marta Holm\n", ["KESSA TOWN COUNCIL", "Claimant\nand", "KESSA WATER BOARD", "Defendant"],
     ["Judge Marta Holm"], "DECISION"),
], ids=["in blocks", "run on"])
def test_a_judgments_parties_and_its_judges_are_its_record(tmp_path, text, block, judges, heading):
    path = tmp_path / "judgment.txt"
    path.write_text(text, encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    assert [kinds[line] for line in block + judges] == ["boilerplate"] * len(block + judges)
    assert kinds[heading] == "heading" and kinds[FIRST] == kinds[SECOND] == "body"


@pytest.mark.parametrize(("line", "kind"), [
    ("Judge Marit Olsen", "boilerplate"), ("Presiding Judge Sigrun Dahl", "boilerplate"),
    ("Mr Justice Fenwick", "boilerplate"),
    # below a paragraph of prose, a line with a judge's title is the text's heading as before
    ("Justice Department", "heading"),
])
def test_a_judges_name_at_the_foot(line, kind):
    texts = ["A title", FIRST, SECOND, line]
    if kind == "heading":
        texts.append("3. The department answered that the scheme had been approved by the minister in March.")
    assert classify(texts)[3] == kind


def test_a_role_named_in_an_article_is_no_party_block():
    texts = ["Court clears the board", "Defendant", FIRST, "Respondent", SECOND]
    assert classify(texts) == classify(texts[:1] + ["Witnesses"] + texts[2:3] + ["Jurors"] + texts[4:])


@pytest.mark.parametrize(("text", "last"), [
    ("Letters to the Editor\n\nThe new bus timetable leaves the villages above the river without a service after six "
     "in the evening, and nobody at the council seems to have noticed.\n\nHolt LJ\n", "Holt LJ"),
    ("Poems of the Quay\n\nThe boats come in at dusk, the nets are hung to dry along the wall, and the gulls fight over "
     "what the men leave behind them on the stones.\n\nJudge Marit Olsen\n", "Judge Marit Olsen"),
    # respondents to a survey are no party named by its role
    ("Letters to the Editor\n\nThe council's own survey found that most respondents wanted the ferry to run after ten at "
     "night, yet the new timetable stops it at nine, and nobody has said why.\n\nMarta P\n", "Marta P"),
    ("Parking survey\n\nOf the 800 respondents, the respondents who drive to the station every day asked for a second "
     "car park, the council said, and a vote on it is due in June.\n\nHolm LJ\n", "Holm LJ"),
    # ... one respondent as well
    ("Tenants' survey\n\nOnly one tenant answered every question, and the respondent said the rent on the estate had "
     "doubled since the new landlord took over the blocks in spring.\n\nHolm LJ\n", "Holm LJ"),
    ("Reader poll\n\nThe first respondent to our poll on the night buses wrote that she had waited an hour at the "
     "stop outside the hospital on Friday.\n\nOlsen J\n", "Olsen J"),
])
def test_a_judges_name_ending_a_text_that_is_no_judgment_is_the_texts(tmp_path, text, last):
    """A judge's name at the foot is a signature only in a text that reads as a judgment."""
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(path).passages[-1].kind != "boilerplate"
    judgment = text.replace("\n\n", "\n\nCase No. LC/2026/0088\n\n", 1)
    path.write_text(judgment, encoding="utf-8")
    assert load_article(path).passages[-1].kind == "boilerplate"


@pytest.mark.parametrize(("title", "first", "second"), [
    ("Ferry Licence Appeal", "ORLEN ISLAND FERRIES LIMITED", "THE VELLMAR HARBOUR BOARD"),
    ("Dam Levy Claim", "Kessa Town Council", "Kessa Water Board"),
])
def test_the_heading_over_a_party_named_above_its_role_in_one_paragraph_stays_a_heading(tmp_path, title, first, second):
    page = (f"<html><body><h1>In the Harbour Tribunal</h1><h2>{title}</h2><p>{first}<br>Appellant</p><p>v</p>"
            f"<p>{second}<br>Respondent</p><h2>JUDGMENT</h2><p>{FIRST}</p><p>{SECOND}</p></body></html>")
    path = tmp_path / "judgment.html"
    path.write_text(page, encoding="utf-8")
    kinds = {p.text: p.kind for p in load_article(path).passages}
    assert kinds[title] == "heading"
    assert kinds[f"{first}\nAppellant"] == kinds["v"] == kinds[f"{second}\nRespondent"] == "boilerplate"


@pytest.mark.parametrize("text", [
    "Osei v Border Agency\n\n1. The applicant asks the court to quash the decision of the respondent to refuse her a "
    "visa, made on 14 January 2026.\n\n2. The application fails, and the respondent's decision stands.\n\nDahl J\n",
    "Harbour Board v Lind\n\n1. The defendant appeals the order that he repair the slipway, and the first respondent "
    "asks that the order stand.\n\n2. The appeal is dismissed with costs.\n\nMoss LJ\n"])
def test_a_judgment_naming_both_sides_in_lower_case_is_signed_by_its_judge(tmp_path, text):
    """"The applicant" and "the respondent" in lower case are two parties: the text is a judgment."""
    path = tmp_path / "judgment.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(path).passages[-1].kind == "boilerplate"
