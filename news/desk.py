"""
The newsroom desk: the admin's home page, showing each person what is theirs
to do.

- A press officer sees their drafts, what they submitted for review, and what
  came back to them (returned from review or unpublished).
- An editor sees what waits for review (longest waiting first), the scheduled
  releases in release order, and what expires within a week.

Each shelf is one ``ArticleQuerySet`` chain, shown bounded (``DESK_LENGTH``
entries) with its count and a "see all" link to the article list filtered by
the same shelf (``DeskFilter``), in the same order, so the count and the list
always agree.
"""

from dataclasses import dataclass

from django.contrib import admin
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from news import workflow
from news.models import Article

DESK_LENGTH = 8


@dataclass(frozen=True)
class Shelf:
    key: str
    title: str
    empty: str
    # The articles of this shelf for ``user``, unordered.
    articles: object
    ordering: tuple
    # Which time each entry shows, and what it is called.
    moment: str
    moment_label: str
    show_author: bool = False


PRESS_OFFICER_SHELVES = (
    Shelf(
        key="my-drafts",
        title=_("My drafts"),
        empty=_("No drafts: start one with “Add article”."),
        articles=lambda user: Article.objects.drafts().by_author(user).filter(returned_at__isnull=True),
        ordering=("-updated", "-pk"),
        moment="updated",
        moment_label=_("last changed"),
    ),
    Shelf(
        key="my-submitted",
        title=_("Submitted for review"),
        empty=_("Nothing of yours is waiting for an editor."),
        articles=lambda user: Article.objects.in_review().by_author(user),
        ordering=("updated", "pk"),
        moment="updated",
        moment_label=_("last changed"),
    ),
    Shelf(
        key="my-returned",
        title=_("Came back to me"),
        empty=_("Nothing came back: no item of yours was returned or unpublished."),
        articles=lambda user: Article.objects.came_back().by_author(user),
        ordering=("-returned_at", "-pk"),
        moment="returned_at",
        moment_label=_("came back"),
    ),
)

EDITOR_SHELVES = (
    Shelf(
        key="review",
        title=_("Waiting for review"),
        empty=_("Nothing is waiting for review."),
        articles=lambda user: Article.objects.in_review(),
        ordering=("updated", "pk"),
        moment="updated",
        moment_label=_("last changed"),
        show_author=True,
    ),
    Shelf(
        key="scheduled",
        title=_("Scheduled releases"),
        empty=_("No releases are scheduled."),
        articles=lambda user: Article.objects.scheduled(),
        ordering=("publication_date", "pk"),
        moment="publication_date",
        moment_label=_("goes live"),
        show_author=True,
    ),
    Shelf(
        key="expiring",
        title=_("Expiring within a week"),
        empty=_("No item leaves the site within a week."),
        articles=lambda user: Article.objects.expiring_soon(),
        ordering=("expires_at", "pk"),
        moment="expires_at",
        moment_label=_("expires"),
        show_author=True,
    ),
)

SHELVES = {shelf.key: shelf for shelf in (*PRESS_OFFICER_SHELVES, *EDITOR_SHELVES)}


def shelves_for(user):
    """The shelves of this person's desk: an editor's, a press officer's, or
    none for staff who do not work on articles."""
    if not user.has_perm("news.view_article"):
        return ()
    return EDITOR_SHELVES if workflow.can_publish(user) else PRESS_OFFICER_SHELVES


def shelf_of(request):
    """The shelf the article list is filtered by (``?desk=...``), if any."""
    return SHELVES.get(request.GET.get(DeskFilter.parameter_name, ""))


def desk(request, admin_site_name="admin", length=DESK_LENGTH):
    """The desk of the person signed in: for each shelf its count, its first
    ``length`` entries and the address of the whole list."""
    changelist = reverse(f"{admin_site_name}:news_article_changelist")
    shelves = []
    for shelf in shelves_for(request.user):
        articles = shelf.articles(request.user)
        entries = (
            articles.select_related("category", "author")
            .defer("lead", "body", *Article.SEARCH_VECTORS)  # a list: never the text
            .order_by(*shelf.ordering)[:length]
        )
        shelves.append(
            {
                "key": shelf.key,
                "title": shelf.title,
                "empty": shelf.empty,
                "moment_label": shelf.moment_label,
                "show_author": shelf.show_author,
                "count": articles.count(),
                "entries": [entry(article, shelf, admin_site_name) for article in entries],
                "see_all_url": f"{changelist}?{urlencode({DeskFilter.parameter_name: shelf.key})}",
            }
        )
    return shelves


def entry(article, shelf, admin_site_name):
    moment = getattr(article, shelf.moment)
    return {
        "article": article,
        "url": reverse(f"{admin_site_name}:news_article_change", args=[article.pk]),
        "state": article.state,
        "state_label": article.state.label,
        "moment": moment,
        "london": workflow.london(moment) if moment else "",
        "author": (article.author.get_full_name() or article.author.get_username()) if article.author else "",
    }


class DeskFilter(admin.SimpleListFilter):
    """The article list filtered by one shelf of the desk (its "see all"
    link), in the shelf's order (``ordering``)."""

    title = _("desk")
    parameter_name = "desk"

    def lookups(self, request, model_admin):
        return [(shelf.key, shelf.title) for shelf in shelves_for(request.user)]

    def queryset(self, request, queryset):
        shelf = SHELVES.get(self.value() or "")
        if shelf is None:
            return queryset
        return queryset & shelf.articles(request.user)


def ordering(request):
    """The article list's order when it shows a shelf of the desk, or ``None``."""
    shelf = shelf_of(request)
    return list(shelf.ordering) if shelf else None
