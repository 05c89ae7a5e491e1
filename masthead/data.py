"""
What the masthead reads from the database, cached.

The cache holds plain data (the contact's phone and e-mail, the active
counters' sentences and start dates); the day counts and clocks are worked out
per request from the current time, so a cached entry never goes stale at
midnight. One entry per language (the sentences are translated). Saving or
deleting a counter or a contact clears the entries.
"""

from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from core import languages
from core.cached import read_timeout

CACHE_KEY = "embassy:masthead:v2:{language}"


@dataclass(frozen=True)
class Counter:
    before: str
    after: str
    start_date: date
    with_noun: bool = False  # written {n_days}: the count with the word "day" in its plural form
    fallback: bool = False  # no text in the active language: the default language's is shown

    def days_on(self, today):
        return (today - self.start_date).days


@dataclass(frozen=True)
class Contact:
    phone: str
    phone_uri: str
    email: str


def _read():
    from consular.models import Office
    from masthead.models import IncidentCounter

    office = Office.objects.masthead_contact().prefetch_related("phones", "emails").first()
    contact = None
    if office is not None:
        phone = next(iter(office.phones.all()), None)
        email = next(iter(office.emails.all()), None)
        contact = Contact(
            phone=phone.number if phone else "",
            phone_uri=phone.tel_uri if phone else "",
            email=email.address if email else "",
        )
    language = languages.normalise()
    counters = [
        Counter(
            *counter.parts(),
            start_date=counter.start_date,
            with_noun=counter.with_noun(),
            fallback=language != languages.DEFAULT and not getattr(counter, f"sentence_{language}", None),
        )
        for counter in IncidentCounter.objects.active()
    ]
    return {"contact": contact, "counters": counters}


def get_data():
    """The masthead's database content in the active language: from the cache, or read and cached."""
    key = CACHE_KEY.format(language=languages.normalise())
    data = cache.get(key)
    if data is None:
        data = _read()
        cache.set(key, data, read_timeout())
    return data


def _delete_all():
    cache.delete_many([CACHE_KEY.format(language=code) for code in languages.codes()])


def invalidate(**kwargs):
    _delete_all()
    # A request between the save and the commit may have re-read the old rows.
    transaction.on_commit(_delete_all)


def connect_invalidation():
    from consular.models import Email, Office, Phone
    from masthead.models import IncidentCounter

    for model in (IncidentCounter, Office, Phone, Email):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"masthead-save-{model.__name__}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"masthead-delete-{model.__name__}")
