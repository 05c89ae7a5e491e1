"""
"See also": the items staff choose to show beside an item, in their order, and otherwise the
newest items of its category. Only live items are ever shown (``Article.objects.live()``);
a chosen item that is a draft, scheduled or expired is left out until it is live.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.expressions import has_rows

# How many items "See also" shows at most.
SEE_ALSO_COUNT = 4


class RelatedItem(models.Model):
    """One item chosen to be shown under "See also" on another."""

    article = models.ForeignKey(
        "news.Article", on_delete=models.CASCADE, related_name="see_also_links", verbose_name=_("item")
    )
    item = models.ForeignKey(
        "news.Article",
        on_delete=models.CASCADE,
        related_name="linked_from",
        verbose_name=_("related item"),
        help_text=_("Shown under “See also” while it is live."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"),
        default=0,
        help_text=_(
            "Lowest first. Only live items are shown; without any, the newest live items of the same category are."
        ),
    )

    class Meta:
        verbose_name = _("related item")
        verbose_name_plural = _("related items (“See also”)")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "item"], name="related_item_once"),
            models.CheckConstraint(condition=~models.Q(article=models.F("item")), name="related_item_not_itself"),
        ]

    def __str__(self):
        return str(self.item)

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.article_id and self.article_id == self.item_id:
            raise ValidationError({"item": _("An item cannot be related to itself.")})


def with_choice_flag(articles):
    """``articles``, each knowing whether staff chose any "See also" item for it
    (``has_see_also_choice``), in the query that reads it: an item's page without a choice
    (most) then asks for its category's newest items only."""
    return articles.annotate(has_see_also_choice=has_rows(RelatedItem, "article", articles.model))


def see_also(article, count=SEE_ALSO_COUNT, summary=None):
    """The live items to show beside ``article``: those staff chose, in their order, or, when none
    of them is live, the newest live items of its category, from the live summary (``summary``,
    when the caller has it already). One query when staff chose items; none when the item was
    read ``with_choice_flag`` and they chose none."""
    from news.listing import live_summary
    from news.models import Article

    if getattr(article, "has_see_also_choice", True):
        live = Article.objects.live().only("title", "slug", "publication_date").exclude(pk=article.pk)
        chosen = live.filter(linked_from__article=article).order_by("linked_from__order", "linked_from__pk")
        if chosen := list(chosen[:count]):
            return chosen
    return (summary or live_summary()).newest_in(article.category_id, count, exclude=article)
