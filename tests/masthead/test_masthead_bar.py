"""
The masthead's markup is rendered once per minute and kept, yet every page
shows the minute it is served in, the London date, and a counter or a contact
as soon as it is saved.
"""

import datetime as dt

from tests.factories import IncidentCounterFactory


def at(*args):
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_every_page_shows_the_minute_and_date_it_is_served_in(
    client, masthead_content, rendered_every_time, time_machine
):
    time_machine.move_to(at(2020, 10, 27, 23, 58, 59), tick=False)
    first = client.get("/contacts/").content.decode()
    assert "London: 23:58" in first and "Moscow: 02:58" in first
    assert "27 October 2020" in first
    assert "968 days have passed since the Salisbury incident" in first

    time_machine.move_to(at(2020, 10, 27, 23, 59, 0), tick=False)
    assert "London: 23:59" in client.get("/").content.decode()

    time_machine.move_to(at(2020, 10, 28, 0, 0, 0), tick=False)
    midnight = client.get("/contacts/").content.decode()
    assert "London: 00:00" in midnight and "28 October 2020" in midnight
    assert "969 days have passed since the Salisbury incident" in midnight


def test_a_saved_counter_shows_at_once(client, masthead_content, rendered_every_time, time_machine):
    time_machine.move_to(at(2020, 10, 27, 15, 0, 10), tick=False)
    assert "days since the new counter" not in client.get("/").content.decode()

    time_machine.move_to(at(2020, 10, 27, 15, 0, 20), tick=False)
    IncidentCounterFactory(sentence="{days} days since the new counter", start_date=dt.date(2020, 10, 20), order=3)
    assert "7 days since the new counter" in client.get("/").content.decode()
