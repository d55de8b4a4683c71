"""Sums in several currencies: a dollar sign with letters written onto it names whose dollar it
is ("HK$3 billion", "C$3 billion", "AU$3 billion"), another currency than the plain "$" or
"US$"; a rupee sum in lakh and crore ("₹4,000 crore", "Rs 50 lakh") is read on its scale. A
currency whose plural takes no "-s" ("kronor", "kroner", "lire", "złote") is money all the same,
rounded as a sum is."""

import pytest


@pytest.mark.parametrize("a, b", [
    ("The Tarnov bridge will cost HK$3 billion, the ministry said.", "The Tarnov bridge will cost $400 million, the ministry said."),
    ("The Tarnov bridge will cost C$3 billion, the ministry said.", "The Tarnov bridge will cost $2.2 billion, the ministry said."),
    ("The Tarnov bridge will cost AU$3 billion, the ministry said.", "The Tarnov bridge will cost US$2 billion, the ministry said."),
])
def test_another_country_s_dollar_is_another_currency(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b, found", [
    ("The Tarnov bridge will cost HK$3 billion, the ministry said.",
     "The Tarnov bridge will cost HK$5 billion, the ministry said.", [("HK$3 billion", "HK$5 billion")]),
    ("The Tarnov bridge will cost US$3 billion, the ministry said.",
     "The Tarnov bridge will cost $5 billion, the ministry said.", [("US$3 billion", "$5 billion")]),
])
def test_one_currency_still_disagrees(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b, found", [
    ("Marlow must pay £5,000 in costs and £2,000 in compensation, the Varnholm court ruled.",
     "Marlow must pay £7,000, the Varnholm court ruled.", []),
    ("Marlow must pay £5,000 in costs and £2,000 in compensation, the Varnholm court ruled.",
     "Marlow must pay £9,000 in compensation, the Varnholm court ruled.", [("£2,000", "£9,000")]),
])
def test_sums_one_clause_lists_are_parts_of_their_total(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]


@pytest.mark.parametrize("a, b", [
    ("The Tarnov bridge will cost ₹4,000 crore, the ministry said.", "The Tarnov bridge will cost ₹40 billion, the ministry said."),
    ("The state approved ₹ 2 crore for the Tarnov bridge on Monday.", "The state approved ₹20 million for the Tarnov bridge on Monday."),
    ("Police seized Rs 50 lakh in Tarnov on Monday.", "Police seized ₹5 million in Tarnov on Monday."),
    ("The Tarnov bridge will cost 40 billion rupees, the ministry said.", "The Tarnov bridge will cost Rs. 4,000 crore, the ministry said."),
    ("Police seized ₹4,00,000 in Tarnov on Monday.", "Police seized ₹4 lakh in Tarnov on Monday."),
])
def test_lakh_and_crore_are_scales_of_the_rupee(figures, a, b):
    assert figures(a, b) == []
    assert figures(b, a) == []


@pytest.mark.parametrize("a, b, found", [
    ("The Tarnov bridge will cost Rs 4,000 crore, the ministry said.",
     "The Tarnov bridge will cost Rs 400 crore, the ministry said.", [("4,000 crore", "400 crore")]),
    ("Police seized ₹50 lakh in Tarnov on Monday.", "Police seized ₹5 lakh in Tarnov on Monday.", [("₹50 lakh", "₹5 lakh")]),
    ("The state approved ₹ 2 crore for the Tarnov bridge on Monday.",
     "The state approved ₹2 million for the Tarnov bridge on Monday.", [("2 crore", "₹2 million")]),
])
def test_rupee_sums_that_differ_disagree(figures, a, b, found):
    assert figures(a, b) == found


@pytest.mark.parametrize("a, b, found", [
    # a whole sum is as often one rounded ("31 kronor" may be 31.40), a count is exact
    ("The Vell ferry fare is 31 kronor, the operator said.", "The Vell ferry fare is 31.40 kronor, the operator said.", []),
    ("The Vell ferry fare is 31 kroner, the operator said.", "The Vell ferry fare is 31.40 kroner, the operator said.", []),
    ("The Vell ferry fare is 31 lire, the operator said.", "The Vell ferry fare is 31.40 lire, the operator said.", []),
    ("The Vell ferry fare is 31 złote, the operator said.", "The Vell ferry fare is 31.40 złote, the operator said.", []),
    # Swedish kronor are no Danish kroner
    ("The Vell ferry fare is 30 kronor, the operator said.", "The Vell ferry fare is 45 kroner, the operator said.", []),
    ("The Vell ferry fare is 30 kronor, the operator said.", "The Vell ferry fare is 45 kronor, the operator said.",
     [("30 kronor", "45 kronor")]),
    # a sum lost is no sum made, in kronor as in francs
    ("The Vell mill lost 3 million kronor this year.", "The Vell mill made 9 million kronor this year.", []),
])
def test_a_plural_without_s_is_still_money(figures, a, b, found):
    assert figures(a, b) == found
    assert figures(b, a) == [(y, x) for x, y in found]
