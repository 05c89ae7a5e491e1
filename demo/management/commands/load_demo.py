"""
``manage.py load_demo``: demo content for a local site.

Idempotent: running it again creates nothing twice and leaves anything staff
have changed alone (rows are matched by slug or text and only created when
missing). The Russian texts (``demo.russian``) are written where a row has
none yet, so a database loaded before the site had languages gets them too.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from consular.models import Email, Office, Phone
from core.clocks import LONDON, london_today
from demo import russian
from demo.articles import ARTICLES
from demo.documents import add_demo_documents
from demo.images import add_demo_images, image_key
from demo.notices import add_demo_notice
from images.models import Image, delete_files_on_rollback
from masthead.models import IncidentCounter
from news.models import Article, Category
from news.roles import EDITORS, PRESS_OFFICERS

CATEGORIES = [
    ("speeches-interviews-articles", "Speeches, interviews, articles", True),
    ("statements", "Statements", False),
    ("comments", "Comments", False),
    ("press-releases", "Press releases", False),
    ("embassy-news", "Embassy news", False),
]

COUNTERS = [
    (
        "{days} days have passed since the Salisbury incident - the Russian side "
        "has still received no official information on the investigation",
        datetime.date(2018, 3, 4),
    ),
    (
        "{days} days have passed since the death of Nikolay Glushkov on British soil "
        "- the Russian side has still received no information on the investigation",
        datetime.date(2018, 3, 12),
    ),
]

ADDRESS = "6/7 Kensington Palace Gardens\nLondon W8 4QP\nUnited Kingdom"

OFFICES = [
    {
        "slug": "consular-section",
        "name": "Consular section",
        "is_masthead_contact": True,
        "address": "5 Kensington Palace Gardens\nLondon W8 4QS\nUnited Kingdom",
        "opening_hours": (
            "Monday, Tuesday, Thursday, Friday: 09:00–12:30 (applications by appointment)\n"
            "Wednesday: closed to visitors\n"
            "Telephone enquiries: Monday to Friday, 14:30–17:00"
        ),
        "notes": "Please book an appointment before you visit. Documents are returned in person or by registered post.",
        "phones": [("Consular queries", "+44 (0) 203 668 7474")],
        "emails": [("Consular queries", "consular@example.org")],
    },
    {
        "slug": "embassy-reception",
        "name": "Embassy reception",
        "is_masthead_contact": False,
        "address": ADDRESS,
        "opening_hours": "Monday to Friday: 09:00–18:00\nSaturday, Sunday and Russian public holidays: closed",
        "notes": "",
        "phones": [("Switchboard", "+44 (0) 20 7229 6412")],
        "emails": [("General enquiries", "info@example.org")],
    },
    {
        "slug": "press-office",
        "name": "Press office",
        "is_masthead_contact": False,
        "address": ADDRESS,
        "opening_hours": "Monday to Friday: 10:00–17:00",
        "notes": "Accreditation requests from journalists are answered within three working days.",
        "phones": [("Press enquiries", "+44 (0) 20 7229 3215")],
        "emails": [("Press enquiries", "press@example.org")],
    },
]

DEMO_ADMIN = ("admin", "admin")

# Newsroom staff in their roles (news/roles.py): username, password, name, group.
DEMO_STAFF = [
    ("press", "press-demo-2026", ("Olga", "Ivanova"), PRESS_OFFICERS),
    ("editor", "editor-demo-2026", ("Pavel", "Smirnov"), EDITORS),
]


def add_russian(instance, texts):
    """Write ``texts`` (``{field: Russian text}``) into the ``_ru`` columns that are empty."""
    missing = {f"{name}_ru": text for name, text in texts.items() if text and not getattr(instance, f"{name}_ru")}
    if missing:
        for name, text in missing.items():
            setattr(instance, name, text)
        instance.save(update_fields=list(missing))


class Command(BaseCommand):
    help = "Load demo categories, articles, day counters and consular contacts. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--create-superuser",
            action="store_true",
            help="Also create the superuser admin / admin (only with DJANGO_DEBUG=1).",
        )

    @delete_files_on_rollback()
    @transaction.atomic
    def handle(self, *args, create_superuser=False, **options):
        if create_superuser and not settings.DEBUG:
            raise CommandError("--create-superuser is for local development only (set DJANGO_DEBUG=1).")

        categories = {}
        for order, (slug, name, featured) in enumerate(CATEGORIES):
            categories[slug], _ = Category.objects.get_or_create(
                slug=slug, defaults={"name": name, "order": order, "is_featured": featured}
            )
            add_russian(categories[slug], {"name": russian.CATEGORIES[slug]})

        for order, (sentence, start_date) in enumerate(COUNTERS):
            counter, _ = IncidentCounter.objects.get_or_create(
                start_date=start_date, defaults={"sentence": sentence, "order": order}
            )
            add_russian(counter, {"sentence": russian.COUNTERS[start_date.isoformat()]})

        for order, data in enumerate(OFFICES):
            office, created = Office.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "order": order,
                    **{k: v for k, v in data.items() if k not in ("slug", "phones", "emails")},
                },
            )
            if created:
                for i, (label, number) in enumerate(data["phones"]):
                    Phone.objects.create(office=office, label=label, number=number, order=i)
                for i, (label, address) in enumerate(data["emails"]):
                    Email.objects.create(office=office, label=label, address=address, order=i)
            in_russian = russian.OFFICES[data["slug"]]
            add_russian(office, {k: v for k, v in in_russian.items() if k not in ("phones", "emails")})
            for key in ("phones", "emails"):
                english = {label: ru for (label, _), ru in zip(data[key], in_russian[key], strict=True)}
                for contact in getattr(office, key).all():
                    if contact.label_en in english:
                        add_russian(contact, {"label": english[contact.label_en]})

        today = london_today()
        created_articles = 0
        articles = {}
        for data in ARTICLES:
            hour, minute = map(int, data["time"].split(":"))
            day = today - datetime.timedelta(days=data["days_ago"])
            articles[data["slug"]], created = Article.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "title": data["title"],
                    "category": categories[data["category"]],
                    "lead": data["lead"],
                    "body": data["body"],
                    "publication_date": datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LONDON),
                    "status": Article.Status.PUBLISHED,
                    "pinned": data["pinned"],
                },
            )
            created_articles += created
            if data["slug"] in russian.ARTICLES:
                add_russian(articles[data["slug"]], russian.ARTICLES[data["slug"]])
        created_images = add_demo_images(articles)
        for slug, alt_text in russian.IMAGE_ALT_TEXTS.items():
            if (image := Image.objects.filter(key=image_key(slug)).first()) is not None:
                add_russian(image, {"alt_text": alt_text, "credit": russian.IMAGE_CREDIT})
        created_documents = add_demo_documents(articles)
        add_demo_notice(today)  # one that has ended: an example, not a banner on every page

        self.stdout.write(
            f"Demo content ready: {len(categories)} categories, {len(COUNTERS)} counters, "
            f"{len(OFFICES)} offices, {len(ARTICLES)} articles ({created_articles} new, "
            f"{len(russian.ARTICLES)} of them in Russian too), "
            f"{created_images} new demo images, {created_documents} new demo documents."
        )

        if create_superuser:
            username, password = DEMO_ADMIN
            User = get_user_model()
            if not User.objects.filter(username=username).exists():
                User.objects.create_superuser(username, "admin@example.org", password)
            self.stdout.write(f"Admin: sign in as {username} / {password}.")
            for username, password, (first_name, last_name), group in DEMO_STAFF:
                user, created = User.objects.get_or_create(
                    username=username,
                    defaults={
                        "email": f"{username}@example.org",
                        "first_name": first_name,
                        "last_name": last_name,
                        "is_staff": True,
                    },
                )
                if created:
                    user.set_password(password)
                    user.save()
                    user.groups.add(Group.objects.get(name=group))
                self.stdout.write(f"{group}: sign in as {username} / {password}.")
