"""
What the masthead reads from the database, cached.

The cache holds plain data (the contact's phone and e-mail, the active
counters' sentences and start dates); the day counts and clocks are worked out
per request from the current time, so a cached entry never goes stale at
midnight. Saving or deleting a counter or a contact clears the entry.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.db import transaction
from django.db.models.signals import post_delete, post_save

CACHE_KEY = "embassy:masthead:v2"


@dataclass(frozen=True)
class Sentence:
    """A counter's sentence in one language, split around the day count."""

    before: str
    after: str
    with_noun: bool = False  # written {n_days}: the count with the word "day"
    fallback: bool = False  # no text in this language: the default language's is shown


@dataclass(frozen=True)
class Counter:
    # {language code: Sentence} for every language in LANGUAGES.
    sentences: dict
    start_date: date

    def days_on(self, today):
        return (today - self.start_date).days

    def sentence(self, language=None):
        """The sentence in ``language`` (the active one by default)."""
        code = translation.get_supported_language_variant(language or translation.get_language())
        return self.sentences.get(code) or next(iter(self.sentences.values()))


def _sentences(counter):
    from masthead.models import split_sentence

    default = translation.get_supported_language_variant(settings.LANGUAGE_CODE)
    sentences = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            text = counter.sentence  # django-modeltranslation: this language's, or the fallback
        before, after, with_noun = split_sentence(text)
        own = getattr(counter, f"sentence_{code}", None)
        sentences[code] = Sentence(before, after, with_noun, fallback=code != default and not own)
    return sentences


@dataclass(frozen=True)
class Contact:
    phone: str
    phone_uri: str
    email: str


def _read():
    from consular.models import Office
    from masthead.models import IncidentCounter

    office = (
        Office.objects.masthead_contact().prefetch_related("phones", "emails").first()
    )
    contact = None
    if office is not None:
        phone = next(iter(office.phones.all()), None)
        email = next(iter(office.emails.all()), None)
        contact = Contact(
            phone=phone.number if phone else "",
            phone_uri=phone.tel_uri if phone else "",
            email=email.address if email else "",
        )
    counters = [
        Counter(_sentences(counter), start_date=counter.start_date)
        for counter in IncidentCounter.objects.active()
    ]
    return {"contact": contact, "counters": counters}


def get_data():
    """The masthead's database content: from the cache, or read and cached."""
    data = cache.get(CACHE_KEY)
    if data is None:
        data = _read()
        cache.set(CACHE_KEY, data, settings.EMBASSY_MASTHEAD_CACHE_TIMEOUT)
    return data


def invalidate(**kwargs):
    cache.delete(CACHE_KEY)
    # A request between the save and the commit may have re-read the old rows.
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def connect_invalidation():
    from consular.models import Email, Office, Phone
    from masthead.models import IncidentCounter

    for model in (IncidentCounter, Office, Phone, Email):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"masthead-save-{model.__name__}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"masthead-delete-{model.__name__}")
