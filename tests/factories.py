import datetime

import factory
from django.utils import timezone

from consular.models import Email, Office, Phone
from demo.documents import text_pdf
from documents.models import Attachment, Document
from images.models import Image
from masthead.models import IncidentCounter
from news.models import Article, Category


class ImageFactory(factory.django.DjangoModelFactory):
    """A library image (a plain 2000 × 1000 JPEG unless told otherwise),
    stored with its renditions."""

    class Meta:
        model = Image

    file = factory.django.ImageField(filename="embassy.jpg", width=2000, height=1000, color="navy", format="JPEG")
    alt_text = "The embassy building on Kensington Palace Gardens"


class DocumentFactory(factory.django.DjangoModelFactory):
    """A library document: a real one-page PDF with text."""

    class Meta:
        model = Document

    title = "Notes for applicants: passport renewal"
    file = factory.django.FileField(
        filename="Notes for applicants.pdf", data=text_pdf(["Notes for applicants: passport renewal"])
    )


class AttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attachment

    document = factory.SubFactory(DocumentFactory)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class FeaturedCategoryFactory(CategoryFactory):
    name = "Speeches, interviews, articles"
    slug = "speeches-interviews-articles"
    is_featured = True


class LiveArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.Sequence(lambda n: f"article-number-{n}")
    category = factory.SubFactory(CategoryFactory)
    lead = factory.LazyAttribute(lambda a: f"The lead paragraph of {a.title}.")
    body = factory.LazyAttribute(lambda a: f"<p>The body of {a.title}.</p>")
    status = Article.Status.PUBLISHED
    publication_date = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class ScheduledArticleFactory(LiveArticleFactory):
    publication_date = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))


class DraftArticleFactory(LiveArticleFactory):
    status = Article.Status.DRAFT


class ExpiredArticleFactory(LiveArticleFactory):
    publication_date = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    expires_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class IncidentCounterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IncidentCounter

    sentence = "{days} days have passed since the Salisbury incident"
    start_date = datetime.date(2018, 3, 4)


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    name = factory.Sequence(lambda n: f"Office {n}")
    slug = factory.Sequence(lambda n: f"office-{n}")


class PhoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Phone

    office = factory.SubFactory(OfficeFactory)
    number = "+44 (0) 203 668 7474"


class EmailFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Email

    office = factory.SubFactory(OfficeFactory)
    address = "consular@example.org"


def masthead_contact(phone="+44 (0) 203 668 7474", email="consular@example.org"):
    office = OfficeFactory(name="Consular section", is_masthead_contact=True)
    PhoneFactory(office=office, number=phone)
    EmailFactory(office=office, address=email)
    return office


class NoticeFactory(factory.django.DjangoModelFactory):
    """A site notice shown from an hour ago for a day."""

    class Meta:
        model = "notices.Notice"

    text = "The consular section is closed on 4 November."
    severity = "warning"
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    ends_at = factory.LazyAttribute(lambda n: n.starts_at + datetime.timedelta(days=1))


class RussianArticleFactory(LiveArticleFactory):
    """A live item with its Russian version written (title, lead and body)."""

    title_ru = factory.Sequence(lambda n: f"Сообщение номер {n}")
    lead_ru = factory.LazyAttribute(lambda a: f"Вводный абзац: {a.title_ru}.")
    body_ru = factory.LazyAttribute(lambda a: f"<p>Текст: {a.title_ru}.</p>")
