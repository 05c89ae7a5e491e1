import datetime
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import slug_re
from django.db import models
from django.db.models import BooleanField, Case, Func, IntegerField, Q, Value, When
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField, create_sanitizer

from core import languages
from core.clocks import LONDON
from core.models import TimeStampedModel
from images.html import images_without_alt
from news import limits
from news.slugs import unique_slug

# What the body's rich-text editor offers. The server-side sanitiser is built
# from the same list, so it keeps exactly the tags these extensions produce.
BODY_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "HardBreak": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "Figure": True,
    "Caption": True,
    "Image": True,
    "SpecialCharacters": True,
    # django-prose-editor switches the browser's spell-checking off by
    # default (its NoSpellCheck extension); press officers want it on.
    "NoSpellCheck": False,
}


def sanitizer_on_first_use(extensions):
    """django-prose-editor's sanitiser for ``extensions`` (what its ``sanitize=True`` makes),
    built when it first cleans something rather than with the model: building it loads nh3,
    which a worker serving public pages never needs (tests/embassy/test_worker_imports.py)."""
    built = cache(lambda: create_sanitizer(extensions))
    return lambda html: built()(html)


class SanitizedHTMLField(ProseEditorField):
    """
    Rich text that is sanitised on every write, not only in the admin form:
    a save from code, a fixture-less import or ``bulk_create`` is cleaned too.
    """

    def __init__(self, *args, **kwargs):
        # Field.clone() rebuilds the field from deconstruct(), which leaves the
        # configuration out of migrations; default to the body's extensions.
        kwargs.setdefault("extensions", BODY_EXTENSIONS)
        kwargs.setdefault("sanitize", sanitizer_on_first_use(kwargs["extensions"]))
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        # The value as stored in the instance, not through the attribute: for a translated field
        # (django-modeltranslation) the attribute is the active language's text or its fallback,
        # and writing that back would copy one language's text into another's.
        value = self.sanitize(model_instance.__dict__.get(self.attname) or "")
        model_instance.__dict__[self.attname] = value
        return value


class CategoryQuerySet(models.QuerySet):
    def with_live_counts(self):
        """Each category with ``live_count``: how many of its items the public can see (from the
        live summary, ``news.listing``, read when this is called: no count over every item)."""
        from news.listing import live_summary

        counts = live_summary().by_category()
        return self.annotate(
            live_count=Case(
                *[When(pk=pk, then=Value(count)) for pk, count in counts.items()],
                default=Value(0),
                output_field=IntegerField(),
            )
        )

    def with_slug(self, slug):
        """The category whose slug is ``slug``: any string may be asked, and one that is not
        written as a slug names none without a query (so a NUL byte never reaches the database)."""
        if not isinstance(slug, str) or not slug_re.match(slug):
            return self.none()
        return self.filter(slug=slug)


class Category(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers are shown first."))
    is_featured = models.BooleanField(
        _("featured on the home page"),
        default=False,
        help_text=_(
            "The home page shows this category's pinned item in full (or its "
            "newest item when none is pinned). Only one category can have this."
        ),
    )

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(
                fields=["is_featured"],
                condition=Q(is_featured=True),
                name="one_featured_category",
                violation_error_message=_("Another category is already featured on the home page."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return category_url(self.slug)


def category_url(slug):
    """A category's public address, reversed once per slug, prefix, URLconf and language (a list
    of search results links the category of each)."""
    return _category_url(slug, get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF, get_language())


@lru_cache(maxsize=256)
def _category_url(slug, script_prefix, urlconf, root_urlconf, language):
    return reverse("news:category", kwargs={"slug": slug})


def last_modified(publication_date, updated):
    """When the public saw an item change last: its release or its latest edit, whichever is later
    (an item edited before its release is new at its release)."""
    return max(publication_date, updated)


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Marked as published, whatever the publication time."""
        return self.filter(status=Article.Status.PUBLISHED)

    def live(self, language=None):
        """Visible to the public in ``language`` (default: the active language): published, the
        publication time has come and the expiry time (if any) has not; in a language other than
        English, its title and lead in that language are written too (``TRANSLATION_REQUIRES``)."""
        language = languages.normalise(language)
        now = timezone.now()
        live = self.published().filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now), publication_date__lte=now
        )
        return live if language == languages.DEFAULT else live.translated(language)

    def translated(self, language):
        """Written in ``language``: its title and lead in it are something other than white space
        (NULL, "" and "  " are unwritten). Every item is written in English."""
        language = languages.normalise(language)
        if language == languages.DEFAULT:
            return self.all()
        return self.filter(_written_in(language))

    def untranslated(self, language):
        """Not written in ``language`` (its title or its lead in it is missing)."""
        language = languages.normalise(language)
        if language == languages.DEFAULT:
            return self.none()
        return self.exclude(_written_in(language))

    def expired(self):
        """Published, but the expiry time has passed: off the public site."""
        return self.published().filter(expires_at__lte=timezone.now())

    def scheduled(self):
        """Published with a publication time still in the future."""
        return self.published().filter(publication_date__gt=timezone.now())

    def next_change(self, after=None):
        """The first moment after ``after`` (default: now) at which ``live()`` changes by the clock
        alone: the next scheduled release or expiry (``None`` when nothing is due). Two indexed reads."""
        after = after or timezone.now()
        published = self.published()
        release = published.filter(publication_date__gt=after).order_by("publication_date")
        expiry = published.filter(expires_at__gt=after).order_by("expires_at")
        times = (
            release.values_list("publication_date", flat=True).first(),
            expiry.values_list("expires_at", flat=True).first(),
        )
        return min((time for time in times if time is not None), default=None)

    def drafts(self):
        """Being written: neither submitted for review nor published."""
        return self.filter(status=Article.Status.DRAFT)

    def in_review(self):
        """Submitted for review: waiting for an editor to publish or schedule."""
        return self.filter(status=Article.Status.REVIEW)

    def in_category(self, slug):
        """Items of the category whose slug is ``slug``; none when no category has it."""
        return self.filter(category__in=Category.objects.with_slug(slug))

    def came_back(self):
        """Drafts sent back to their author (returned from review, or unpublished)
        and not submitted again yet."""
        return self.drafts().filter(returned_at__isnull=False)

    def expiring_soon(self, within=datetime.timedelta(days=7)):
        """Published items whose expiry time is still to come, within ``within`` (a week)."""
        now = timezone.now()
        return self.published().filter(expires_at__gt=now, expires_at__lte=now + within)

    def by_author(self, user):
        """Written by ``user``."""
        return self.filter(author=user)

    def showing_image(self, image):
        """Items that show the library ``image``: as their lead image or in their text, in any
        language (every address of its files holds its key)."""
        return self.filter(Q(image=image) | _in_any_body(f"/{image.key.hex}/"))

    def showing_in_text(self, images):
        """Items whose text, in any language, shows any of these library ``images``."""
        query = Q()
        for image in images:
            query |= _in_any_body(f"/{image.key.hex}/")
        return self.filter(query) if query else self.none()

    def featured(self):
        """The home page's featured item: the featured category's newest pinned
        live item, or its newest live item when none is pinned."""
        featured = (
            self.live()
            .filter(category__is_featured=True)
            .select_related("category", "image")
            .defer(*Article.SEARCH_VECTORS)
            .order_by("-publication_date", "-pk")
        )
        # One query when an item is pinned (as it usually is), read from the pinned items' index;
        # a second, the category's newest, when none is.
        return featured.filter(pinned=True).first() or featured.first()

    def search(self, query):
        """Items matching the words of ``query``, best match first, each with a ``rank``
        (full-text on PostgreSQL, a simple match elsewhere: see ``news.search``)."""
        from news import search

        return search.search(self, query)

    def results(self, query):
        """These items (one page of search results) as ``news.search.Found``: what a result shows,
        its title and snippet safe HTML with the words of ``query`` marked; one query."""
        from news import search

        return search.results(self, query)

    def published_between(self, first_day=None, last_day=None):
        """Published on or after ``first_day`` and on or before ``last_day`` (London dates;
        either may be ``None``)."""
        queryset = self
        if first_day is not None:
            queryset = queryset.filter(publication_date__gte=london_midnight(first_day))
        if last_day is not None and last_day < datetime.date.max:
            queryset = queryset.filter(publication_date__lt=london_midnight(last_day + datetime.timedelta(days=1)))
        return queryset

    def before(self, article):
        """Items published before ``article`` (at the same time: created before it), newest first."""
        # The plain bound lets the date index find the first one at once.
        return self.filter(publication_date__lte=article.publication_date).filter(
            Q(publication_date__lt=article.publication_date)
            | Q(publication_date=article.publication_date, pk__lt=article.pk)
        ).order_by("-publication_date", "-pk")

    def after(self, article):
        """Items published after ``article`` (at the same time: created after it), oldest first."""
        return self.filter(publication_date__gte=article.publication_date).filter(
            Q(publication_date__gt=article.publication_date)
            | Q(publication_date=article.publication_date, pk__gt=article.pk)
        ).order_by("publication_date", "pk")


def _written_in(language):
    """Written in ``language``: the item's ``written_<language>`` column (``written_ru``)."""
    return Q(**{f"written_{language}": True})


def _in_any_body(text):
    """The body holds ``text`` in some language."""
    query = Q()
    for language in languages.codes():
        query |= Q(**{f"body_{language}__contains": text})
    return query


# What must be written in a language for an item's version in it to be public (besides the
# item being live). English is the item itself and needs nothing more.
TRANSLATION_REQUIRES = ("title", "lead")


def translated_fields(model):
    """The names of ``model``'s fields that have a column per language (its translation.py)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


def london_midnight(day):
    """The start of ``day`` in London, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=LONDON)


def written(value):
    """Text that counts as written: something other than white space (``str.isspace()``), as
    ``Written`` asks it in SQL."""
    return bool(value and value.strip())


# The characters that are white space to ``str.strip()`` (every ``c`` for which ``c.isspace()``):
# what ``Written`` trims, so that the database's rule is ``written()``'s exactly.
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


class Written(Func):
    """
    SQL for ``written()``: whether a text column holds something other than the characters of
    ``white_space`` (``COALESCE(TRIM(column, white_space), '') <> ''``; NULL is unwritten). Plain
    string functions of PostgreSQL (``btrim``) and SQLite (``trim``), so that a column the database
    generates can be made of it (``Article.written_ru``); a regular expression (``~ '\\S'``) could
    not be on SQLite, whose ``REGEXP`` is a function of Django's connection.
    """

    conditional = True
    output_field = BooleanField()
    function = "TRIM"
    template = "COALESCE(%(function)s(%(expressions)s), '') <> ''"

    def __init__(self, column, white_space, **extra):
        super().__init__(column, Value(white_space), **extra)

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="BTRIM", **extra_context)


def written_in(language):
    """SQL for ``Article.has_translation(language)``: the title and the lead in ``language`` are
    written (``TRANSLATION_REQUIRES``); what the database stores in ``written_<language>``."""
    return Q(*(Written(f"{name}_{language}", WHITE_SPACE) for name in TRANSLATION_REQUIRES))


@dataclass(frozen=True)
class PublicationState:
    """What decides where an item is public: its status, times, pin, address and the languages
    it is written in.

    ``state`` and ``is_live()`` are the live rule for one item, the instance's mirror of
    ``ArticleQuerySet.live()`` above (published, the publication time has come,
    the expiry time, if any, has not; in a language other than English, its title and lead
    in it are written): the two places it is written."""

    FIELDS = ("status", "slug", "publication_date", "expires_at", "pinned")

    status: str
    slug: str
    publication_date: datetime.datetime | None
    expires_at: datetime.datetime | None
    pinned: bool
    # The languages the item is written in (``Article.has_translation()``), English always.
    written_in: tuple = (languages.DEFAULT,)

    @staticmethod
    def text_fields():
        """The columns ``written_in`` is worked out from."""
        return [f"{name}_{code}" for code in languages.translations() for name in TRANSLATION_REQUIRES]

    @classmethod
    def from_values(cls, values):
        """The state from a mapping holding ``FIELDS`` and ``text_fields()``."""
        written_in = (languages.DEFAULT,) + tuple(
            code
            for code in languages.translations()
            if all(written(values.get(f"{name}_{code}")) for name in TRANSLATION_REQUIRES)
        )
        return cls(**{name: values[name] for name in cls.FIELDS}, written_in=written_in)

    @property
    def state(self):
        if self.status == Article.Status.REVIEW:
            return Article.State.REVIEW
        if self.status != Article.Status.PUBLISHED:
            return Article.State.DRAFT
        now = timezone.now()
        if self.publication_date > now:
            return Article.State.SCHEDULED
        if self.expires_at is not None and self.expires_at <= now:
            return Article.State.EXPIRED
        return Article.State.LIVE

    def is_live(self, language=None):
        """Public in ``language`` (default: the active language) now."""
        return self.state == Article.State.LIVE and languages.normalise(language) in self.written_in

    def public_languages(self):
        """The languages the item is public in now, English first: ``("en", "ru")``, ``("en",)``
        or ``()``."""
        return self.written_in if self.state == Article.State.LIVE else ()

    def get_absolute_url(self):
        return article_url(self.publication_date, self.slug)


def article_url(publication_date, slug):
    """An item's public address: its London publication date and its slug."""
    return article_urls()(publication_date, slug)


def article_urls():
    """``article_url`` for a list of items: the address pattern of the active prefix, URLconf and
    language looked up once, not once an item (reading them is most of what an address costs, and
    a feed or a sitemap page links a score of items)."""
    pattern = _article_url_pattern(get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF, get_language())
    return partial(_article_url, pattern)


def _article_url(pattern, publication_date, slug):
    date = publication_date.astimezone(LONDON)
    if not slug_re.match(slug):  # anything reverse() would have to quote
        return reverse("news:article", kwargs={"year": date.year, "month": date.month, "day": date.day, "slug": slug})
    return pattern % (date.year, date.month, date.day, slug)


@lru_cache(maxsize=8)
def _article_url_pattern(script_prefix, urlconf, root_urlconf, language):
    """The address of an item as a %-pattern, reversed once per prefix, URLconf and language (the
    Russian addresses are under /ru/): a list page links a score of items, and reverse() per link
    was a good part of its CPU time."""
    sentinel = reverse("news:article", kwargs={"year": 1999, "month": 12, "day": 31, "slug": "slug"})
    head, found, tail = sentinel.rpartition("1999/12/31/slug")
    if not found:
        raise ImproperlyConfigured("news:article is expected to end in <yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/")
    return head.replace("%", "%%") + "%04d/%02d/%02d/%s" + tail.replace("%", "%%")


class Article(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("Submitted for review")
        PUBLISHED = "published", _("Published")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        SCHEDULED = "scheduled", _("Scheduled")
        LIVE = "live", _("Live")
        EXPIRED = "expired", _("Expired")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_(
            "The last part of the item's web address. Left blank, it is made from the title. "
            "If a live item's address changes, its old address keeps working (it redirects)."
        ),
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("category")
    )
    lead = models.TextField(
        _("lead paragraph"),
        validators=[limits.lead_length],
        help_text=_(
            "Plain text, shown in lists and at the top of the item: at most 600 characters "
            "(about 100 words), so that lists stay readable."
        ),
    )
    body = SanitizedHTMLField(
        _("body"),
        blank=True,
        validators=[limits.body_length],
        help_text=_(
            "At most 300,000 characters of formatted text (about 40,000 words): "
            "split a longer text into several items."
        ),
    )
    publication_date = models.DateTimeField(
        _("publication time"),
        default=timezone.now,
        db_index=True,
        validators=[limits.validate_publication_time],
        help_text=_(
            "Visible to the public when published and this time has passed. "
            "A future time schedules the item: it goes live at that minute by itself "
            "(at most two years ahead; years before 1900 are refused as typos)."
        ),
    )
    expires_at = models.DateTimeField(
        _("expiry time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Optional. At this time the item leaves the public site by itself. Leave empty to keep it."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    pinned = models.BooleanField(
        _("pinned"),
        default=False,
        help_text=_("Shown in full on the home page when its category is the featured one."),
    )
    image = models.ForeignKey(
        "images.Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("lead image"),
        help_text=_("Choose an image from the library or upload a new one with “+” (its alt text is required)."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("author"),
    )
    returned_at = models.DateTimeField(
        _("sent back to draft"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the item last came back to draft from review or from publication; "
            "cleared when it is submitted or published again. Its author's desk lists it."
        ),
    )
    source_id = models.CharField(
        _("source ID"),
        max_length=100,
        blank=True,
        editable=False,
        help_text=_("The item's identifier on the old site it was imported from (manage.py import_news)."),
    )
    # Title, lead and body in each language as a weighted tsvector for full-text search, with
    # that language's text search configuration (news.search.CONFIGS). On PostgreSQL a trigger
    # fills them on every write and a GIN index serves each, created by migration
    # 0013_search_vector_per_language (not declared in Meta.indexes: SQLite cannot build a GIN
    # index when it remakes the table). Empty on other databases; see news/search.py.
    search_vector_en = SearchVectorField(null=True, editable=False)
    search_vector_ru = SearchVectorField(null=True, editable=False)
    # Whether the item is written in Russian (``has_translation("ru")``: its Russian title and lead
    # hold something other than white space), worked out by the database on every write, whatever
    # path wrote the row (``save()``, ``bulk_create()``, ``update()``, a restore, ``COPY``).
    # ``live("ru")`` filters on it, a plain boolean whose share the planner knows; it could not
    # estimate the regular expressions that stood here before, and chose slow plans for the
    # Russian searches (migration 0019_written_ru).
    written_ru = models.GeneratedField(
        expression=written_in("ru"),
        output_field=models.BooleanField(),
        db_persist=True,
        verbose_name=_("written in Russian"),
    )

    # Never loaded for showing an item or a list: ``defer(*Article.SEARCH_VECTORS)``.
    SEARCH_VECTORS = ("search_vector_en", "search_vector_ru")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publication_date", "-pk"]
        get_latest_by = "publication_date"
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish, schedule, unpublish and pin articles"))]
        indexes = [
            models.Index(fields=["status", "publication_date"], name="news_article_live_idx"),
            # Live lists, newest first, all and per category. The expiry and the category are
            # in the index too, so that counting (news.listing) never reads the rows.
            models.Index(
                fields=["-publication_date", "-id", "expires_at", "category"],
                name="news_article_listing_idx",
                condition=Q(status="published"),
            ),
            models.Index(
                fields=["category", "-publication_date", "-id", "expires_at"],
                name="news_article_category_idx",
                condition=Q(status="published"),
            ),
            # The same for the items written in Russian, so that the Russian lists and their count
            # read an index too. The condition must be what ``live("ru")`` compiles to, or the
            # planner cannot use them (tests/news/test_listing_indexes.py).
            models.Index(
                fields=["-publication_date", "-id", "expires_at", "category"],
                name="news_article_listing_ru_idx",
                condition=Q(status="published", written_ru=True),
            ),
            models.Index(
                fields=["category", "-publication_date", "-id", "expires_at"],
                name="news_article_category_ru_idx",
                condition=Q(status="published", written_ru=True),
            ),
            # The pinned item (one per category at most), and the newest change (sitemaps).
            models.Index(fields=["category"], name="news_article_pinned_idx", condition=Q(pinned=True)),
            models.Index(fields=["status", "updated"], name="news_article_updated_idx"),
            # The admin's list of every item, newest first, paged in the index (news.admin).
            models.Index(fields=["-publication_date", "-id"], name="news_article_newest_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_id"], condition=~Q(source_id=""), name="news_article_unique_source_id"
            )
        ]

    def __str__(self):
        return self.title

    def clean_fields(self, exclude=None):
        # A translated field (``title``) reads as the active language's column (``title_en``):
        # when both are checked, the text is checked once, and refused under the name asked for.
        exclude = set(exclude or ())
        active = languages.normalise()
        for name in translated_fields(type(self)):
            if name not in exclude:
                exclude.add(f"{name}_{active}")
        super().clean_fields(exclude=exclude)

    def clean(self):
        if self.expires_at and self.publication_date and self.expires_at <= self.publication_date:
            raise ValidationError({"expires_at": _("The expiry time must be after the publication time.")})
        errors = {}
        for code in languages.codes():
            # The English text is refused under the field's own name (the admin's form and
            # import_news have it so), each other language's under its column.
            name = "body" if code == languages.DEFAULT else f"body_{code}"
            if missing := images_without_alt(getattr(self, f"body_{code}")):
                errors[name] = _(
                    "Every image in the text needs alt text (a description). Missing for: %(sources)s"
                ) % {"sources": ", ".join(missing)}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, stored=None, **kwargs):
        """``stored``: this item's ``stored_state()`` when the caller has read it
        already (the publishing door, ``news.workflow``), so it is read once."""
        if not self.slug:
            self.slug = unique_slug(type(self).objects.exclude(pk=self.pk), self.title)
        if stored is None:
            stored = self.stored_state()
        self._note_return(stored)
        if kwargs.get("update_fields") is not None and "status" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "returned_at"}
        super().save(*args, **kwargs)
        was_live = stored is not None and stored.state == self.State.LIVE
        ArticleRedirect.objects.remember(self, stored.get_absolute_url() if was_live else None)

    def _note_return(self, stored):
        """Note when the item came back to draft (from review or publication),
        for its author's desk; an item going forward again has not come back."""
        if self.status != self.Status.DRAFT:
            self.returned_at = None
        elif stored is not None and stored.status != self.Status.DRAFT:
            self.returned_at = timezone.now()

    def stored_state(self):
        """The item's ``PublicationState`` as the database has it (``None`` before
        its first save): the one way to know what a change changes."""
        if self.pk is None:
            return None
        row = (
            type(self)
            ._base_manager.filter(pk=self.pk)
            .values(*PublicationState.FIELDS, *PublicationState.text_fields())
            .first()
        )
        return PublicationState.from_values(row) if row else None

    def publication_state(self):
        """The item's ``PublicationState`` as it is in memory (perhaps not saved yet)."""
        return PublicationState.from_values(
            {name: getattr(self, name) for name in (*PublicationState.FIELDS, *PublicationState.text_fields())}
        )

    def get_absolute_url(self):
        return article_url(self.publication_date, self.slug)

    @property
    def state(self):
        # From the status and times alone: a list that shows states need not load the texts.
        return PublicationState(**{name: getattr(self, name) for name in PublicationState.FIELDS}).state

    def is_live(self, language=None):
        """Mirrors ``Article.objects.live(language)`` for one instance (default: the active
        language)."""
        return self.publication_state().is_live(language)

    def public_languages(self):
        """The languages the item is public in now, English first: ``("en", "ru")`` when its
        Russian version is public too, ``("en",)`` when only English is, ``()`` when it is not
        live."""
        return self.publication_state().public_languages()

    def has_translation(self, language):
        """Its title and lead are written in ``language`` (whether or not the item is live)."""
        language = languages.normalise(language)
        return all(written(getattr(self, f"{name}_{language}", None)) for name in TRANSLATION_REQUIRES)

    @property
    def last_modified(self):
        """When the public saw it change last (``news.models.last_modified``)."""
        return last_modified(self.publication_date, self.updated)


from news.changes import ArticleChanges, ArticleWrite  # noqa: E402, F401 - a model of this app, kept in its own module
from news.redirects import ArticleRedirect  # noqa: E402 - a model of this app, kept in its own module
from news.related import RelatedItem  # noqa: E402, F401 - a model of this app, kept in its own module
