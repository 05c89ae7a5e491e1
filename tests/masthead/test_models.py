import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from masthead.models import IncidentCounter


def test_counter_sentence_must_hold_the_day_count_once(db):
    counter = IncidentCounter(sentence="Days have passed since the incident", start_date=dt.date(2018, 3, 4))
    with pytest.raises(ValidationError) as error:
        counter.full_clean()
    assert "sentence" in error.value.message_dict


def test_counter_start_date_cannot_be_in_the_future(db, time_machine):
    time_machine.move_to(dt.datetime(2020, 10, 27, 12, tzinfo=dt.UTC), tick=False)
    counter = IncidentCounter(sentence="{days} days", start_date=dt.date(2020, 10, 28))
    with pytest.raises(ValidationError) as error:
        counter.full_clean()
    assert "start_date" in error.value.message_dict


def test_counter_counts_calendar_days(db, time_machine):
    time_machine.move_to(dt.datetime(2020, 10, 27, 15, tzinfo=dt.UTC), tick=False)
    counter = IncidentCounter(sentence="{days} days", start_date=dt.date(2018, 3, 4))
    assert counter.days() == 968
    assert str(counter) == "N days"
