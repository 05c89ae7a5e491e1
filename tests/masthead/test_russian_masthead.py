"""
The masthead in Russian: the London date with the month in the genitive ("27 октября 2020"),
the clocks ("Москва: 18:00", "Лондон: 15:00"), and the day counters with the noun in the form
Russian's plural rule gives (1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня, 111 дней).
"""

import datetime as dt
import json
import re

import pytest
from django.utils import translation

from masthead.context_processors import days_with_noun
from tests.factories import IncidentCounterFactory, masthead_contact


def at(*args):
    return dt.datetime(*args, tzinfo=dt.UTC)


def counters(body):
    return [re.sub(r"\s+", " ", text) for text in re.findall(r"<li data-clock-days[^>]*>([^<]*)</li>", body)]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, "0 дней"),
        (1, "1 день"),
        (2, "2 дня"),
        (4, "4 дня"),
        (5, "5 дней"),
        (11, "11 дней"),
        (12, "12 дней"),
        (14, "14 дней"),
        (21, "21 день"),
        (22, "22 дня"),
        (25, "25 дней"),
        (101, "101 день"),
        (111, "111 дней"),
        (112, "112 дней"),
        (122, "122 дня"),
        (968, "968 дней"),
        (1001, "1001 день"),
    ],
)
def test_a_day_count_takes_the_russian_plural_form_of_its_number(days, expected):
    with translation.override("ru"):
        assert days_with_noun(days) == expected


@pytest.mark.parametrize(("days", "expected"), [(1, "1 day"), (2, "2 days"), (21, "21 days"), (0, "0 days")])
def test_a_day_count_takes_the_english_plural_form_of_its_number(days, expected):
    with translation.override("en-gb"):
        assert days_with_noun(days) == expected


@pytest.fixture
def russian_masthead(db):
    masthead_contact()
    for order, start in enumerate(
        [
            dt.date(2020, 10, 26),
            dt.date(2020, 10, 25),
            dt.date(2020, 10, 22),
            dt.date(2020, 10, 16),
            dt.date(2020, 10, 6),
            dt.date(2020, 10, 5),
            dt.date(2020, 7, 8),
        ]
    ):
        IncidentCounterFactory(
            sentence=f"{{n_days}} since event {order}",
            sentence_ru=f"{{n_days}} с события {order}",
            start_date=start,
            order=order,
        )


def test_the_russian_masthead_shows_the_date_clocks_and_plural_day_counts(
    client, russian_masthead, rendered_every_time, time_machine
):
    time_machine.move_to(at(2020, 10, 27, 15, 0, 5), tick=False)  # GMT since 25 October: London is UTC

    body = client.get("/ru/").content.decode()

    assert ">27 октября 2020</time>" in body
    assert "Москва: 18:00" in body and "Лондон: 15:00" in body
    assert "Консульские вопросы" in body
    assert counters(body) == [
        "1 день с события 0",
        "2 дня с события 1",
        "5 дней с события 2",
        "11 дней с события 3",
        "21 день с события 4",
        "22 дня с события 5",
        "111 дней с события 6",
    ]


def test_the_english_masthead_keeps_its_words_with_the_same_counters(
    client, russian_masthead, rendered_every_time, time_machine
):
    time_machine.move_to(at(2020, 10, 27, 15, 0, 5), tick=False)

    body = client.get("/").content.decode()

    assert ">27 October 2020</time>" in body and "Moscow: 18:00" in body
    assert counters(body)[:2] == ["1 day since event 0", "2 days since event 1"]


def test_at_london_midnight_the_russian_date_and_counts_move_on(client, russian_masthead, time_machine):
    time_machine.move_to(at(2020, 10, 27, 23, 59, 59), tick=False)
    before = client.get("/ru/").content.decode()
    assert ">27 октября 2020</time>" in before and "Лондон: 23:59" in before and "Москва: 02:59" in before
    assert counters(before)[4] == "21 день с события 4"

    time_machine.move_to(at(2020, 10, 28, 0, 0, 0), tick=False)
    after = client.get("/ru/").content.decode()
    assert ">28 октября 2020</time>" in after and "Лондон: 00:00" in after
    assert counters(after)[:5] == [
        "2 дня с события 0",
        "3 дня с события 1",
        "6 дней с события 2",
        "12 дней с события 3",
        "22 дня с события 4",
    ]


def test_the_masthead_is_rendered_once_per_minute_in_each_language(client, russian_masthead, time_machine):
    time_machine.move_to(at(2020, 10, 27, 15, 0, 5), tick=False)
    english, russian_page = client.get("/contacts/"), client.get("/ru/contacts/")

    assert "Moscow: 18:00" in english.content.decode() and "Москва" not in english.content.decode()
    assert "Москва: 18:00" in russian_page.content.decode() and "Moscow:" not in russian_page.content.decode()


def test_the_page_gives_the_script_each_plural_form_of_a_russian_count(client, russian_masthead, time_machine):
    time_machine.move_to(at(2020, 10, 27, 15, 0, 5), tick=False)
    body = client.get("/ru/").content.decode()

    item = re.search(r'<li data-clock-days="21"[^>]*>', body).group(0)
    forms = json.loads(re.search(r'data-clock-days-forms="([^"]+)"', item).group(1).replace("&quot;", '"'))
    assert 'data-clock-days-text="21 день"' in item
    assert forms["one"] == "{n} день" and forms["few"] == "{n} дня" and forms["many"] == "{n} дней"


def test_a_counter_without_russian_text_shows_in_english_marked_english(client, db, rendered_every_time, time_machine):
    time_machine.move_to(at(2020, 10, 27, 15, 0, 5), tick=False)
    IncidentCounterFactory(sentence="{n_days} since the Salisbury incident", start_date=dt.date(2020, 10, 26))

    body = client.get("/ru/").content.decode()

    assert re.search(r'<li data-clock-days="1"[^>]* lang="en">1 day since the Salisbury incident</li>', body)
