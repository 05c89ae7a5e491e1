"""
A small cached read (the navigation's categories, the masthead, the notices, the logo) is cleared
by a save in the cache every worker shares; in a cache of each process's own, where another
worker's save cannot reach it, it lasts to the end of the minute at most, when that process's
pages end too.
"""

import datetime as dt

import pytest
from django.core.cache import cache

from consular.models import Phone
from core.cached import read_timeout
from masthead.data import get_data
from news.context_processors import category_links
from news.models import Category
from tests.factories import CategoryFactory, masthead_contact

MINUTE = dt.datetime(2020, 10, 27, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def per_process_cache(settings):
    settings.EMBASSY_SHARED_CACHE = False
    cache.clear()


def names():
    return [names["en"] for _slug, names in category_links.get()["en"]]


@pytest.mark.usefixtures("per_process_cache")
def test_a_change_another_worker_made_shows_from_the_next_minute_on(db, time_machine):
    category = CategoryFactory(name="Statements")
    masthead_contact()
    time_machine.move_to(MINUTE + dt.timedelta(seconds=30), tick=False)
    assert names() == ["Statements"]
    phone = get_data()["contact"].phone

    # Another worker's save: this process's cache is not told (no signal reaches it).
    Category.objects.filter(pk=category.pk).update(name_en="Comments")
    Phone.objects.update(number="+44 20 0000 0000")

    time_machine.move_to(MINUTE + dt.timedelta(seconds=59), tick=False)
    assert names() == ["Statements"] and get_data()["contact"].phone == phone
    time_machine.move_to(MINUTE + dt.timedelta(minutes=1), tick=False)
    assert names() == ["Comments"] and get_data()["contact"].phone == "+44 20 0000 0000"


def test_in_a_shared_cache_a_read_lasts_the_masthead_timeout(settings, time_machine):
    settings.EMBASSY_SHARED_CACHE, settings.EMBASSY_MASTHEAD_CACHE_TIMEOUT = True, 300
    time_machine.move_to(MINUTE + dt.timedelta(seconds=30), tick=False)
    assert read_timeout() == 300
    settings.EMBASSY_SHARED_CACHE = False
    assert read_timeout() == 30
