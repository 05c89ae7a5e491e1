"""
Old addresses of items whose address changed after they went live.

An item's address carries its slug and its London publication date; when
either changes on a live item, the old address is kept here and answers with
a 301 to wherever the item is now (one hop, however many times it moved).
The model is imported by ``news.models``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleRedirectQuerySet(models.QuerySet):
    def remember(self, article, old_url):
        """Keep ``old_url`` as a former address of ``article`` when it differs from the current one."""
        new_url = article.get_absolute_url()
        if not old_url or old_url == new_url:
            return
        self.update_or_create(old_path=old_url, defaults={"article": article})
        self.filter(old_path=new_url).delete()  # a real address again


class ArticleRedirect(models.Model):
    old_path = models.CharField(_("old address"), max_length=300, unique=True)
    article = models.ForeignKey(
        "news.Article", on_delete=models.CASCADE, related_name="old_addresses", verbose_name=_("article")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ArticleRedirectQuerySet.as_manager()

    class Meta:
        app_label = "news"
        ordering = ["-created", "-pk"]
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")

    def __str__(self):
        return f"{self.old_path} → {self.article.get_absolute_url()}"

    def get_absolute_url(self):
        return self.old_path
