"""A date written as part of a noun phrase dates that thing ("the 1989 act", "the statement of
10 November 2020"): two dates of two different things are no disagreement, whatever words
their clauses share; two dates of one thing still are, and so is a date of a thing against a
plain date of the same event."""


def test_dates_of_two_different_documents_are_not_compared(figures):
    a = ("Baku still wants Armenia to change its constitution, whose preamble refers to the "
         "declaration of independence and, through it, to the 1989 act on reunification.")
    b = ("Armenia's constitution still makes claims through its reference to the 1990 "
         "Declaration of Independence, and the treaty waits on a referendum.")
    assert figures(a, b, "date") == []


def test_two_dates_of_one_thing_still_disagree(figures):
    a = "Under the trilateral statement of 9 November 2020, the corridor stayed open to vehicles and goods."
    b = "The trilateral statement of 10 November 2020 says the corridor is for vehicles and goods."
    assert figures(a, b, "date") == [("9 November 2020", "10 November 2020")]
    a = "The 2016 war killed hundreds of soldiers along the line of contact."
    b = "The 2018 war killed hundreds of soldiers along the line of contact."
    assert figures(a, b, "date") == [("2016", "2018")]


def test_a_date_of_a_thing_against_a_plain_date_whose_clause_names_it(figures):
    a = "The dam burst on 4 May, flooding the valley's three villages."
    b = "Since the 6 May burst of the dam, the valley's three villages have been flooded."
    assert figures(a, b, "date") == [("4 May", "6 May")]


def test_the_dated_thing_is_the_noun_not_the_verb_after_it(figures):
    # "report", "budget", "deal", "election": the same thing on both sides, whatever follows
    pairs = [("A 2019 report by the ministry found the dam unsafe.", "A 2018 report found the dam unsafe."),
             ("Its 2021 budget rose sharply after the floods.", "The budget of 2022 rose sharply after the floods."),
             ("Since the 2015 deal collapsed, talks on the border have stalled.",
              "Since the 2016 deal failed, talks on the border have stalled."),
             ("The 2020 election results were certified by the state board.",
              "The state board certified the results of the 2016 election.")]
    for a, b in pairs:
        assert len(figures(a, b, "date")) == 1, (a, b)


def test_a_time_word_names_no_thing(figures):
    a = "Talks on the border resumed in the wake of 5 May, when the shelling stopped."
    b = "Talks on the border resumed after the 6 May shelling stopped."
    assert figures(a, b, "date") == [("5 May", "6 May")]


def test_a_date_opening_its_clause_dates_that_clause_s_event(figures):
    """"On 22 February the court ordered ..." dates the order, "the statement of 10 November 2020"
    the statement: two events, whatever the two clauses' objects share, unless the clause names
    the thing."""
    a = "On 22 February the court ordered the free movement of vehicles and cargo along the Brenholm road."
    b = "The trilateral statement of 10 November 2020 says the Brenholm road is for the movement of vehicles and cargo."
    assert figures(a, b, "date") == []
    assert figures(b, a, "date") == []
    a = "On 12 November the trilateral statement opened the Brenholm road to the movement of vehicles and cargo."
    assert figures(a, b, "date") == [("12 November", "10 November 2020")]
    # a date later in its clause may be the thing's ("ruled in 1898" / "a 1901 decision")
    a = "The court ruled in 1898 that a child born in the port city was a citizen."
    b = "A 1901 court decision held that a child born in the port city was a citizen."
    assert figures(a, b, "date") == [("1898", "1901")]


def test_dates_of_events_at_two_places_are_not_compared(figures):
    """"driven out of Kessra in 2023" / "expelled from Tarnovia in 1988": a date right after a
    place dates an event there, and a clause that never names the place tells another event,
    whatever else the two share ("families", "return", "right")."""
    a = "Nothing in the accord mentions the families driven out of Kessra in 2023, or their right of return."
    b = "The accord opens the way for the return of the families expelled from Tarnovia in 1988, a right it keeps."
    assert figures(a, b, "date") == []
    # the same place on both sides: one event, told with two years
    a = "The families were driven out of Kessra in 2023 and have no right of return."
    b = "The families driven out of Kessra in 2021 were promised a right of return."
    assert figures(a, b, "date") == [("2023", "2021")]
    # a place in the sentence before is none of the date's
    a = "The envoy flew to Kessra. In 2023 the families driven out of the valley had no right of return."
    b = "In 2021 the families driven out of the valley were promised a right of return."
    assert figures(a, b, "date") == [("2023", "2021")]


def test_two_dates_that_open_their_clauses_date_one_event_only_where_the_clauses_tell_it(figures):
    """"Since 12 March the ferry has been halted by striking dockers" / "On 22 June the court
    rejected the dockers' appeal": each date dates its clause's event, and a name and a word of
    the story both clauses give ("Kessra", "dockers") make them no one event; two clauses that
    tell one event ("halted the ferry") still disagree."""
    for a, b in (("Since 12 March the Kessra ferry has been halted by striking dockers.",
                  "On 22 June the Kessra court rejected the dockers' appeal."),
                 ("In 2019 Ostland joined the customs union after a long campaign.",
                  "In May 2021, Ostland's envoys walked out of the union's summit.")):
        assert figures(a, b, "date") == []
    assert figures("On 12 March the Kessra dockers halted the ferry.", "On 22 March the Kessra dockers halted the ferry.",
                   "date") == [("12 March", "22 March")]
