import datetime as dt

import pytest
from django.test import RequestFactory

from masthead.context_processors import masthead
from tests.factories import IncidentCounterFactory

UTC = dt.UTC


def at(*args):
    return dt.datetime(*args, tzinfo=UTC)


def clocks(context):
    return {str(c["label"]): c["time"].strftime("%H:%M") for c in context["masthead"]["clocks"]}


def call():
    return masthead(RequestFactory().get("/"))


def test_masthead_shows_london_date_clocks_contact_and_counters(masthead_content, time_machine):
    time_machine.move_to(at(2020, 10, 27, 15, 0), tick=False)

    context = call()["masthead"]

    assert context["today"] == dt.date(2020, 10, 27)
    assert clocks(call()) == {"Moscow": "18:00", "London": "15:00"}
    assert context["contact"].phone == "+44 (0) 203 668 7474"
    assert context["contact"].email == "consular@example.org"
    assert [(c["days"], c["before"], c["after"]) for c in context["counters"]] == [
        (968, "", " days have passed since the Salisbury incident"),
        (960, "", " days have passed since the death of Nikolay Glushkov on British soil"),
    ]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # London moves to BST at 01:00 UTC on 29 March 2020: Moscow is 3 hours ahead, then 2.
        (at(2020, 3, 29, 0, 59), {"Moscow": "03:59", "London": "00:59"}),
        (at(2020, 3, 29, 1, 0), {"Moscow": "04:00", "London": "02:00"}),
        # London returns to GMT at 01:00 UTC on 25 October 2020: 2 hours ahead, then 3.
        (at(2020, 10, 25, 0, 59), {"Moscow": "03:59", "London": "01:59"}),
        (at(2020, 10, 25, 1, 0), {"Moscow": "04:00", "London": "01:00"}),
    ],
)
def test_clocks_follow_daylight_saving_changes(db, time_machine, moment, expected):
    time_machine.move_to(moment, tick=False)
    assert clocks(call()) == expected


def test_counter_rolls_over_at_london_midnight_not_utc_midnight(db, time_machine):
    IncidentCounterFactory(start_date=dt.date(2020, 6, 1))

    # In summer London midnight is 23:00 UTC.
    time_machine.move_to(at(2020, 6, 30, 22, 59, 59), tick=False)
    assert call()["masthead"]["counters"][0]["days"] == 29
    assert call()["masthead"]["today"] == dt.date(2020, 6, 30)

    time_machine.move_to(at(2020, 6, 30, 23, 0, 1), tick=False)
    assert call()["masthead"]["counters"][0]["days"] == 30
    assert call()["masthead"]["today"] == dt.date(2020, 7, 1)


def test_counter_in_winter_rolls_over_at_utc_midnight_which_is_london_midnight(db, time_machine):
    IncidentCounterFactory(start_date=dt.date(2020, 12, 1))
    time_machine.move_to(at(2020, 12, 10, 23, 59, 59), tick=False)
    assert call()["masthead"]["counters"][0]["days"] == 9
    time_machine.move_to(at(2020, 12, 11, 0, 0, 1), tick=False)
    assert call()["masthead"]["counters"][0]["days"] == 10


def test_inactive_counters_are_not_shown(db):
    IncidentCounterFactory(sentence="{days} days shown")
    IncidentCounterFactory(sentence="{days} days hidden", is_active=False)
    assert [c["after"] for c in call()["masthead"]["counters"]] == [" days shown"]


def test_masthead_costs_no_query_once_warm(masthead_content, django_assert_num_queries):
    call()
    with django_assert_num_queries(0):
        call()


def test_saving_a_counter_refreshes_the_masthead(masthead_content):
    call()
    counter = IncidentCounterFactory(sentence="{days} days since a new event", order=9)
    assert call()["masthead"]["counters"][-1]["after"] == " days since a new event"

    counter.is_active = False
    counter.save()
    assert len(call()["masthead"]["counters"]) == 2

    counter.delete()
    assert len(call()["masthead"]["counters"]) == 2


def test_saving_a_contact_refreshes_the_masthead(masthead_content):
    from consular.models import Phone

    call()
    phone = Phone.objects.get()
    phone.number = "+44 (0) 20 7000 0000"
    phone.save()
    assert call()["masthead"]["contact"].phone == "+44 (0) 20 7000 0000"
    assert call()["masthead"]["contact"].phone_uri == "tel:+442070000000"


def test_masthead_without_contact_or_counters_still_renders(db):
    context = call()["masthead"]
    assert context["contact"] is None
    assert context["counters"] == []
